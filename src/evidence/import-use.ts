// A text-only check that lets the parser skip a file: can any import of these modules in it be used at all?
// It answers "no" only when every imported name appears nowhere but in its import, so it never hides a use
// the AST would find; anything it cannot read is a "maybe", and the file is parsed.

const IMPORT = /\bimport\s+(type\s+)?([\w$*{},][\w$*{}\s,]{0,500}?)\s+from\s*(['"`])([^'"`\n]+)\3/g;
const REQUIRE_BINDING = /\b(?:const|let|var)\s+([\w${},:][\w${}\s,:]{0,500}?)\s*=\s*require\s*\(\s*(['"`])([^'"`\n]+)\2\s*\)/g;
const ANY_REFERENCE = /\b(?:import|require|from|export)\b[^;\n]{0,500}?(['"`])([^'"`\n]+)\1/g;

function refersTo(specifier: string, modules: readonly string[]): boolean {
  return modules.some((m) => specifier === m || specifier.startsWith(`${m}/`));
}

/** Names bound by an import clause ("a, { b as c, type d }", "* as ns") or a require pattern ("{ a, b: c }"). */
function boundNames(clause: string): string[] | undefined {
  const names: string[] = [];
  const cleaned = clause.replace(/\btype\s+/g, ' ');
  for (const part of cleaned.replace(/[{}]/g, ',').split(',')) {
    const words = part.trim().split(/\s+|:/).filter(Boolean);
    if (words.length === 0) continue;
    const name = words[words.length - 1]!; // "b as c" → c, "* as ns" → ns, "a: c" → c
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    names.push(name);
  }
  return names;
}

function occurrences(code: string, name: string): number {
  const escaped = name.replace(/\$/g, '\\$');
  return code.match(new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, 'g'))?.length ?? 0;
}

/** False only when the comment-free `code` shows no possible use of its imports of `modules`. */
export function mayUseImportOf(code: string, modules: readonly string[]): boolean {
  let references = 0;
  for (const m of code.matchAll(ANY_REFERENCE)) if (refersTo(m[2]!, modules)) references++;
  if (references === 0) return true; // the index saw it somewhere this check does not read: let the parser decide
  let bound = 0;
  const names: string[] = [];
  const statements: [number, number][] = [];
  // [statement pattern, group of the bound names, group of the specifier]
  const forms: [RegExp, number, number][] = [
    [IMPORT, 2, 4],
    [REQUIRE_BINDING, 1, 3],
  ];
  for (const [form, clauseGroup, specifierGroup] of forms) {
    for (const m of code.matchAll(form)) {
      if (!refersTo(m[specifierGroup]!, modules)) continue;
      const found = boundNames(m[clauseGroup]!);
      if (!found) return true;
      for (const name of found) names.push(name);
      statements.push([m.index, m.index + m[0].length]);
      bound++;
    }
  }
  // Side-effect imports, re-exports, bare require() and import() are uses, and forms this check does not read are maybes.
  if (bound !== references) return true; // a statement one pattern read and the other did not (a line over its bound)
  // The rest of the file, without the import statements themselves (whose specifier may spell the name too).
  let rest = '';
  let from = 0;
  for (const [start, end] of statements.sort((a, b) => a[0] - b[0])) {
    rest += code.slice(from, start) + ' ';
    from = end;
  }
  rest += code.slice(from);
  return names.some((name) => occurrences(rest, name) > 0);
}
