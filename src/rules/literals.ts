// The literals a rule pattern cannot match without: a set of strings, one of which is in every match. Text rules
// use it to skip files that contain none of them, with one scan of the file for all patterns together.
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import { patternParts } from './pattern.js';

/** A one-character literal occurs in nearly every file and would filter nothing. */
const MIN_LITERAL = 2;
/**
 * Words nearly every source file has: a sequence that offers one of these and a rarer literal ("lazy(" in
 * lazy(() => import) is judged by the rarer one. Only the choice changes; any literal stays sound.
 */
const COMMON_WORDS = new Set(['import', 'from', 'require', 'export', 'const', 'return', 'function', 'class', 'public', 'private', 'static', 'string', 'self', 'this', 'def', 'func', 'package', 'true', 'false', 'null', 'none', 'async', 'await', 'new', 'var', 'let']);
/** A literal's first characters are as telling as all of it, and keep the scanner's automaton small. */
const MAX_LITERAL = 12;
/** More literals than this filter little, and a pattern (a custom rule's, from the repository) could list thousands. */
const MAX_LITERALS = 256;
/** Alternatives and classes are expanded into exact strings only up to this many. */
const MAX_EXACT = 16;

/**
 * What a piece of a pattern can match: `exact`, every string it can match (when few); `req`, strings one of which
 * is in every match. Strings are ASCII without whitespace, lowercased: a match is looked for with ASCII case
 * folded, which only ever finds more.
 */
interface Info {
  exact?: string[];
  req?: string[];
  /** Of a sequence: every requirement its pieces and chains give (each is in every match; `req` is the best). */
  all?: string[][];
  /**
   * Of a positive lookaround: strings one of which the text holds wherever the pattern matches, though not inside
   * the match (`\w+(?<=Manager)`). Only a file test may use it (LiteralRequirement), never `req`.
   */
  around?: string[];
}

/**
 * What a pattern needs, as a file test: any of the branches, a branch being all of its sets, a set any of its
 * strings (lowercase, ASCII case folded). A match of a top-level alternative contains one string of each of that
 * alternative's sets: a file that lacks a set of every branch cannot match.
 */
export type LiteralRequirement = readonly (readonly (readonly string[])[])[];

/** A branch is tested for this many of its sets at most: the rarest pieces; more filter little and grow the scanner. */
const MAX_CONJUNCTS = 3;

const NOTHING_KNOWN: Info = {};
const EMPTY: Info = { exact: [''] };
const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Lowercased literals, one of which every match of `pattern` contains (ASCII case folded); undefined when the
 * pattern has no literal of at least two characters in every alternative, so every file must be tested.
 */
export function requiredLiterals(pattern: string): string[] | undefined {
  const { source, flags } = patternParts(pattern);
  // Unicode case folding maps ſ to s and K (Kelvin) to k: an ASCII literal could then be spelled without ASCII.
  if (flags.includes('i') && /[uv]/.test(flags)) return undefined;
  try {
    const ast = parser.parsePattern(source, undefined, undefined, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
    const info = disjunction(ast.alternatives);
    const set = best([info.req, info.exact]);
    // Whoever contains a literal contains its start too.
    return set && shortest(set) >= MIN_LITERAL ? minimal(set.map((literal) => literal.slice(0, MAX_LITERAL))) : undefined;
  } catch {
    // An invalid pattern (the rule loader reports it) or one nested too deep to walk: every file is tested.
    return undefined;
  }
}

/**
 * The requirement of `pattern` by top-level alternative (see LiteralRequirement): each alternative needs its best
 * literal set, as in requiredLiterals, and also the next rarest sets its sequence cannot do without (a route
 * pattern needs ".get(" and "'/v"; a file with only one of them cannot match). Undefined when some alternative has
 * no literal of two characters: every file must be tested.
 */
export function literalRequirement(pattern: string): LiteralRequirement | undefined {
  const { source, flags } = patternParts(pattern);
  if (flags.includes('i') && /[uv]/.test(flags)) return undefined;
  try {
    const ast = parser.parsePattern(source, undefined, undefined, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
    let alternatives = ast.alternatives;
    // A pattern wrapped whole in one group, (a|b), is its alternatives.
    while (alternatives.length === 1 && alternatives[0]!.elements.length === 1 && /^(Capturing)?Group$/.test(alternatives[0]!.elements[0]!.type)) {
      alternatives = (alternatives[0]!.elements[0] as AST.Group | AST.CapturingGroup).alternatives;
    }
    if (alternatives.length > MAX_LITERALS) return undefined;
    let branches: string[][][] = [];
    for (const alternative of alternatives) {
      const info = sequence(alternative.elements);
      // Judged whole, as best() judges them, and cut to MAX_LITERAL characters only at the end.
      const usable = (info.all ?? []).filter((set) => set.length > 0 && set.length <= MAX_LITERALS && shortest(set) >= MIN_LITERAL).map(minimal);
      if (usable.length === 0) return undefined;
      usable.sort((a, b) => weakest(b) - weakest(a) || a.length - b.length);
      const chosen: string[][] = [];
      for (const set of usable) {
        if (chosen.length >= MAX_CONJUNCTS) break;
        if (!chosen.some((c) => implies(c, set))) chosen.push(set);
      }
      branches.push(chosen);
    }
    // A branch that needs all that a one-set branch needs adds nothing to it: timeout|connect_timeout is timeout.
    branches = branches.filter((branch, i) => !branches.some((other, j) => j !== i && other.length === 1 && (j < i || !sameBranch(branch, other)) && branch.some((set) => implies(set, other[0]!))));
    const cut = branches.map((branch) => branch.map((set) => minimal(set.map((literal) => literal.slice(0, MAX_LITERAL)))));
    return cut.reduce((n, branch) => n + branch.reduce((m, set) => m + set.length, 0), 0) <= MAX_LITERALS * 2 ? cut : undefined;
  } catch {
    return undefined;
  }
}

const alternativesCache = new Map<string, readonly string[] | null>();

/** The alternatives of the shipped patterns, split by the build (the compiled catalog): not parsed again. */
export function useCompiledAlternatives(table: Readonly<Record<string, readonly string[] | null>>): void {
  for (const [pattern, alternatives] of Object.entries(table)) if (!alternativesCache.has(pattern)) alternativesCache.set(pattern, alternatives);
}

/**
 * A pattern's top-level alternatives, each as a pattern of its own with the same flags (a pattern wrapped whole
 * in a group is its alternatives): the pattern matches a text exactly when one of them does. Undefined for a
 * single alternative, an empty one, a pattern with a backreference (splitting would renumber its groups), or an
 * invalid pattern. Worked out once per pattern.
 */
export function alternativesOf(pattern: string): readonly string[] | undefined {
  let alternatives = alternativesCache.get(pattern);
  if (alternatives === undefined) alternativesCache.set(pattern, (alternatives = splitAlternatives(pattern) ?? null));
  return alternatives ?? undefined;
}

function splitAlternatives(pattern: string): string[] | undefined {
  const { source, flags } = patternParts(pattern);
  if (/\\[1-9]|\\k</.test(source)) return undefined;
  try {
    let alternatives = parser.parsePattern(source, undefined, undefined, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') }).alternatives;
    while (alternatives.length === 1 && alternatives[0]!.elements.length === 1 && /^(Capturing)?Group$/.test(alternatives[0]!.elements[0]!.type)) {
      alternatives = (alternatives[0]!.elements[0] as AST.Group | AST.CapturingGroup).alternatives;
    }
    if (alternatives.length < 2 || alternatives.length > MAX_LITERALS || alternatives.some((a) => a.raw === '')) return undefined;
    // Always written /source/flags, so an alternative that looks like /x/ is never read as one.
    return alternatives.map((a) => `/${a.raw}/${flags}`);
  } catch {
    return undefined;
  }
}

/** Whether a text with a string of `set` always has one of `other`: each string of set contains one of other's. */
const implies = (set: readonly string[], other: readonly string[]): boolean => set.every((s) => other.some((o) => s.includes(o)));
const sameBranch = (a: string[][], b: string[][]): boolean => JSON.stringify(a) === JSON.stringify(b);

function node(n: AST.Node): Info {
  switch (n.type) {
    case 'Character':
      return character(n.value);
    case 'CharacterClass':
      return n.negate ? NOTHING_KNOWN : characterClass(n.elements);
    case 'Assertion':
      // \b ^ $ and lookarounds consume nothing; what a positive lookaround sees is still in the text.
      return (n.kind === 'lookahead' || n.kind === 'lookbehind') && !n.negate ? lookaround(n.alternatives) : EMPTY;
    case 'Group':
    case 'CapturingGroup':
      return disjunction(n.alternatives);
    case 'Quantifier':
      return quantifier(n);
    default:
      return NOTHING_KNOWN; // ., \d \w \s, \p{..}, backreferences, class-set operations
  }
}

function lookaround(alternatives: AST.Alternative[]): Info {
  const inner = disjunction(alternatives);
  const around = best([inner.req, inner.exact]);
  return around ? { exact: [''], around } : EMPTY;
}

function character(code: number): Info {
  if (code > 0x7e || code <= 0x20) return NOTHING_KNOWN; // whitespace breaks literals; comment blanking can shift it
  return { exact: [String.fromCharCode(code).toLowerCase()] };
}

function characterClass(elements: AST.CharacterClassElement[]): Info {
  const chars = new Set<string>();
  for (const e of elements) {
    const codes: number[] = [];
    if (e.type === 'Character') codes.push(e.value);
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_EXACT) {
      for (let c = e.min.value; c <= e.max.value; c++) codes.push(c);
    } else return NOTHING_KNOWN;
    for (const code of codes) {
      const exact = character(code).exact;
      if (!exact) return NOTHING_KNOWN;
      chars.add(exact[0]!);
    }
  }
  return chars.size > 0 && chars.size <= MAX_EXACT ? { exact: [...chars] } : NOTHING_KNOWN;
}

function quantifier(q: AST.Quantifier): Info {
  if (q.max === 0) return EMPTY;
  const inner = node(q.element);
  if (q.min === 0) return q.max === 1 && inner.exact ? { exact: unique(['', ...inner.exact]) } : NOTHING_KNOWN;
  // At least one copy: whatever one copy must contain, the whole must too.
  if (q.min === 1 && q.max === 1) return inner;
  return { req: best([inner.req, inner.exact]) };
}

function disjunction(alternatives: AST.Alternative[]): Info {
  const infos = alternatives.map((a) => sequence(a.elements));
  const exacts = infos.map((i) => i.exact);
  const exact = exacts.every((e) => e) ? unique(exacts.flatMap((e) => e!)) : undefined;
  const reqs = infos.map((i) => best([i.req, i.exact]));
  const all = reqs.every((r) => r) ? reqs.flatMap((r) => r!) : undefined;
  const req = all && all.length <= MAX_LITERALS ? minimal(all) : undefined;
  return { exact: exact && exact.length <= MAX_EXACT ? exact : undefined, req };
}

/**
 * A sequence: adjacent exact pieces join into longer strings (a chain); a piece that is not exact ends the chain.
 * Every finished chain and every piece's own requirement is a candidate; the best one is the requirement.
 */
function sequence(elements: AST.Element[]): Info {
  let chain = [''];
  let whole = true;
  const candidates: (string[] | undefined)[] = [];
  const around: string[][] = [];
  for (const element of elements) {
    const info = node(element);
    if (info.around) around.push(info.around);
    if (info.exact && chain.length * info.exact.length <= MAX_EXACT) {
      chain = unique(chain.flatMap((head) => info.exact!.map((tail) => head + tail)));
      continue;
    }
    whole = false;
    candidates.push(chain, info.req);
    chain = info.exact ?? [''];
  }
  candidates.push(chain);
  return { exact: whole ? chain : undefined, req: best(candidates), all: [...candidates.filter((c): c is string[] => !!c), ...around] };
}

/** The candidate whose weakest string is strongest (an empty string in a set means it requires nothing). */
function best(candidates: (string[] | undefined)[]): string[] | undefined {
  let chosen: string[] | undefined;
  for (const set of candidates) {
    if (!set || set.length === 0 || set.includes('')) continue;
    if (!chosen || weakest(set) > weakest(chosen) || (weakest(set) === weakest(chosen) && set.length < chosen.length)) chosen = set;
  }
  return chosen && minimal(chosen);
}

/** How selective a set is: its shortest string's length, a common word counting as two characters. */
const weakest = (set: string[]): number => Math.min(...set.map((s) => (COMMON_WORDS.has(s) ? Math.min(2, s.length) : s.length)));
const shortest = (set: string[]): number => Math.min(...set.map((s) => s.length));
const unique = (list: string[]): string[] => [...new Set(list)];

/** Drops strings that contain another member: finding the shorter one is already enough. */
function minimal(set: string[]): string[] {
  const sorted = unique(set).sort((a, b) => a.length - b.length);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((shorter) => s.includes(shorter)));
}
