// ts-morph's TypeScript with the code a parse never reaches left out: the checker, the emitter, the language
// service's features, tsserver. levelgate only parses (src/evidence/js-facts.ts: createSourceFile, forEachChild, the
// node tests, the nodes' own methods), and loading the parser is mostly compiling its file, so the smaller file is
// what a grade that parses pays for (issue 15). The code kept is TypeScript's own, statement for statement.
/** TypeScript's bundle: `var ts = {}; ((module) => { …statements… })({ get exports() … })`, one CommonJS file. */
const HEAD = 'var ts = {}; ((module) => {\n';

/**
 * What a parse's code reaches, kept; every other top-level statement left out. A statement is kept when it declares
 * a name something kept refers to, or does work of its own at load (a root: `setObjectAllocator(…)`, the `if (sys …)`
 * set-up). An assignment to a declared object (`X.a = …`, a namespace's `((X2) => …)(X || (X = {}))`) is kept with
 * that object; a namespace object (`__export(ns, { a: () => a, … })`) keeps only the members something kept reads
 * (`ns.a`), all of them when it is used whole. The language service's code-fix and refactor registrations are its
 * features, not the parser's, and left out. Names are matched as written, ignoring scopes: a local of the same name
 * keeps a top-level declaration that may not be needed, never the reverse.
 * `source` is TypeScript's file, `exports` the names the module exports, `ts` the compiler to read it with; returns
 * ESM source (strict mode implied, as in TypeScript's file).
 */
export function typescriptForParsing(source, exports, ts) {
  const start = source.indexOf(HEAD);
  const end = source.lastIndexOf('\n})({ get exports()');
  if (start < 0 || end < start) throw new Error("TypeScript's file is not laid out as expected: typescript-for-parsing.mjs needs updating");
  const body = source.slice(start + HEAD.length, end);
  const sf = ts.createSourceFile('typescript.js', body, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const statements = sf.statements;

  const callee = (s) => (ts.isExpressionStatement(s) && ts.isCallExpression(s.expression) && ts.isIdentifier(s.expression.expression) ? s.expression.expression.text : undefined);
  const namespaces = new Set(statements.filter((s) => callee(s) === '__export').map((s) => s.expression.arguments[0].text));
  // The module's own export object and CommonJS plumbing are replaced by `export { … }`.
  const dropped = (s) => {
    if (ts.isVariableStatement(s) && s.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && d.name.text === 'typescript_exports')) return true;
    if (callee(s) === '__export' && s.expression.arguments[0].text === 'typescript_exports') return true;
    if (callee(s) === 'registerCodeFix' || callee(s) === 'registerRefactor') return true;
    return ts.isExpressionStatement(s) && /\bmodule\.exports\b/.test(s.getText(sf));
  };

  /** The top-level names a node refers to: `ns.a` names the member, a namespace alone names all of it. */
  const references = (node) => {
    const out = new Set();
    const visit = (n) => {
      if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && namespaces.has(n.expression.text)) {
        out.add(`${n.expression.text}.${n.name.text}`);
        out.add(`${n.expression.text}.`);
        return;
      }
      if (ts.isIdentifier(n) && !isNameNotReference(n)) out.add(namespaces.has(n.text) ? `${n.text}.*` : n.text);
      ts.forEachChild(n, visit);
    };
    visit(node);
    return out;
  };
  const isNameNotReference = (n) => {
    const p = n.parent;
    if (p.name !== n) return false;
    if (ts.isPropertyAccessExpression(p) || ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isGetAccessor(p) || ts.isSetAccessor(p)) return true;
    // A top-level declaration's own name.
    return (ts.isFunctionDeclaration(p) || ts.isClassDeclaration(p)) ? p.parent === sf : ts.isVariableDeclaration(p) && p.parent.parent.parent === sf;
  };

  // The graph: a node per statement ('#i') and per namespace member ('ns.a'); `providers` maps a name to the nodes
  // that must be kept when something refers to it.
  const providers = new Map();
  const provide = (name, node) => (providers.get(name) ?? providers.set(name, []).get(name)).push(node);
  const edges = new Map();
  const roots = [];
  statements.forEach((s, i) => {
    const node = `#${i}`;
    if (dropped(s)) return;
    if (callee(s) === '__export') {
      const ns = s.expression.arguments[0].text;
      for (const member of s.expression.arguments[1].properties) {
        edges.set(`${ns}.${member.name.text}`, references(member.initializer));
        provide(`${ns}.${member.name.text}`, `${ns}.${member.name.text}`);
        provide(`${ns}.*`, `${ns}.${member.name.text}`);
      }
      edges.set(node, new Set(['__export']));
      provide(`${ns}.`, node);
      provide(`${ns}.*`, node);
      return;
    }
    edges.set(node, references(s));
    const declared = declaredNames(ts, s);
    const target = assignedObject(ts, s);
    for (const name of declared) provide(namespaces.has(name) ? `${name}.` : name, node);
    if (target) provide(namespaces.has(target) ? `${target}.` : target, node);
    if (!declared.length && !target) roots.push(node);
  });
  for (const ns of namespaces) for (const node of providers.get(`${ns}.`) ?? []) provide(`${ns}.*`, node);

  const kept = new Set();
  const queue = [];
  const keep = (node) => {
    if (kept.has(node)) return;
    kept.add(node);
    queue.push(node);
  };
  const reach = (name) => (providers.get(name) ?? []).forEach(keep);
  roots.forEach(keep);
  for (const name of exports) {
    if (!providers.has(name)) throw new Error(`TypeScript declares no ${name} at its top level`);
    reach(name);
  }
  while (queue.length) for (const name of edges.get(queue.pop()) ?? []) reach(name);

  const parts = [];
  statements.forEach((s, i) => {
    if (!kept.has(`#${i}`)) return;
    if (callee(s) !== '__export') return parts.push(s.getFullText(sf));
    const ns = s.expression.arguments[0].text;
    const members = s.expression.arguments[1].properties.filter((m) => kept.has(`${ns}.${m.name.text}`)).map((m) => m.getText(sf));
    parts.push(`\n__export(${ns}, {\n  ${members.join(',\n  ')}\n});`);
  });
  return `${parts.join('')}\nexport { ${exports.join(', ')} };\n`;
}

/** The names a top-level statement declares. */
function declaredNames(ts, s) {
  if ((ts.isFunctionDeclaration(s) || ts.isClassDeclaration(s)) && s.name) return [s.name.text];
  if (ts.isVariableStatement(s)) return s.declarationList.declarations.filter((d) => ts.isIdentifier(d.name)).map((d) => d.name.text);
  return [];
}

/** The declared object a statement only adds to: `X.a = …`, `X[k] = …`, or a namespace's `((X2) => …)(X || (X = {}))`. */
function assignedObject(ts, s) {
  if (!ts.isExpressionStatement(s)) return undefined;
  const e = s.expression;
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken && (ts.isPropertyAccessExpression(e.left) || ts.isElementAccessExpression(e.left))) {
    let object = e.left;
    while (ts.isPropertyAccessExpression(object) || ts.isElementAccessExpression(object)) object = object.expression;
    return ts.isIdentifier(object) ? object.text : undefined;
  }
  if (ts.isCallExpression(e) && ts.isParenthesizedExpression(e.expression) && e.arguments.length === 1) {
    const arg = e.arguments[0];
    if (ts.isBinaryExpression(arg) && arg.operatorToken.kind === ts.SyntaxKind.BarBarToken && ts.isIdentifier(arg.left)) return arg.left.text;
  }
  return undefined;
}

/**
 * The run-time names of `ts` that the given sources use (`ts.createSourceFile`, `ts.SyntaxKind`, `ts.isIdentifier`):
 * every `ts.X` written in them that TypeScript's module has (types are not in it, so they drop out).
 */
export function parserNamesUsedBy(sources, ts) {
  const names = new Set();
  for (const text of sources) for (const m of text.matchAll(/\bts\.([A-Za-z_$][\w$]*)/g)) if (m[1] in ts) names.add(m[1]);
  return [...names].sort();
}
