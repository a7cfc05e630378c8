// TS/JS facts through the AST (ts-morph's bundled compiler, parse only: no type checker, no lib files):
// imported modules and whether the import is used, calls and decorators. Comments never count.
import { ts } from 'ts-morph';

export interface ImportFact {
  module: string;
  file: string;
  line: number;
  /** False when nothing in the file refers to the imported bindings. Side-effect imports count as used. */
  used: boolean;
}

export interface CallFact {
  /** Callee as written, without arguments or type arguments: "expect", "app.use", "new Redis". */
  callee: string;
  file: string;
  line: number;
  /** Callees of calls among the arguments, e.g. ["helmet"] for app.use(helmet()). */
  argCallees: string[];
}

export interface DecoratorFact {
  name: string;
  file: string;
  line: number;
}

export interface JsFacts {
  imports: ImportFact[];
  calls: CallFact[];
  decorators: DecoratorFact[];
  parseErrors: number;
}

function scriptKind(file: string): ts.ScriptKind {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.[mc]?ts$/.test(file)) return ts.ScriptKind.TS;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}

/** Text of a callee expression without call arguments: a.b.c, this.x.y, new Foo. */
function calleeText(node: ts.Expression, sf: ts.SourceFile): string {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return 'this';
  if (node.kind === ts.SyntaxKind.ImportKeyword) return 'import';
  if (ts.isPropertyAccessExpression(node)) return `${calleeText(node.expression, sf)}.${node.name.text}`;
  if (ts.isCallExpression(node)) return `${calleeText(node.expression, sf)}()`;
  if (ts.isElementAccessExpression(node)) return `${calleeText(node.expression, sf)}[]`;
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) return calleeText(node.expression, sf);
  return '?';
}

/** Parses one file and extracts its facts. */
export function extractJsFacts(file: string, text: string): JsFacts {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const pending: { module: string; line: number; bindings: string[] }[] = [];
  const calls: CallFact[] = [];
  const decorators: DecoratorFact[] = [];
  const referenced = new Map<string, number>();
  const declaredBindings = new Set<ts.Node>();

  const bindingNames = (name: ts.BindingName | undefined, into: string[], nodes: Set<ts.Node>) => {
    if (!name) return;
    if (ts.isIdentifier(name)) {
      into.push(name.text);
      nodes.add(name);
    } else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, into, nodes);
  };

  const isRequireCall = (e: ts.Expression | undefined): boolean =>
    !!e && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'require';
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node)) {
      const init = node.initializer;
      // Mark `const x = require('x')` bindings before the name is visited, so the declaration is not a use.
      if (isRequireCall(init) || (init && ts.isPropertyAccessExpression(init) && isRequireCall(init.expression))) bindingNames(node.name, [], declaredBindings);
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings: string[] = [];
      const clause = node.importClause;
      if (clause?.name) bindingNames(clause.name, bindings, declaredBindings);
      const named = clause?.namedBindings;
      if (named && ts.isNamespaceImport(named)) bindingNames(named.name, bindings, declaredBindings);
      if (named && ts.isNamedImports(named)) for (const el of named.elements) bindingNames(el.name, bindings, declaredBindings);
      pending.push({ module: node.moduleSpecifier.text, line: lineOf(node), bindings: clause ? bindings : ['*side-effect*'] });
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      pending.push({ module: node.moduleSpecifier.text, line: lineOf(node), bindings: ['*side-effect*'] });
    }
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      const bindings: string[] = [];
      bindingNames(node.name, bindings, declaredBindings);
      pending.push({ module: node.moduleReference.expression.text, line: lineOf(node), bindings });
      return;
    }
    if (ts.isCallExpression(node)) {
      const arg = node.arguments[0];
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if ((isRequire || isDynamicImport) && arg && ts.isStringLiteralLike(arg)) {
        const bindings: string[] = [];
        const parent = node.parent;
        if (isRequire && ts.isVariableDeclaration(parent)) bindingNames(parent.name, bindings, declaredBindings);
        else if (isRequire && ts.isPropertyAccessExpression(parent) && ts.isVariableDeclaration(parent.parent)) bindingNames(parent.parent.name, bindings, declaredBindings);
        pending.push({ module: arg.text, line: lineOf(node), bindings: bindings.length ? bindings : ['*side-effect*'] });
        // A dynamic import() is also a call, for rules about loading code on demand.
        if (isDynamicImport) calls.push({ callee: 'import', file, line: lineOf(node), argCallees: [] });
      } else {
        calls.push({
          callee: calleeText(node.expression, sf),
          file,
          line: lineOf(node),
          argCallees: node.arguments.filter(ts.isCallExpression).map((a) => calleeText(a.expression, sf)),
        });
      }
    } else if (ts.isNewExpression(node)) {
      calls.push({ callee: `new ${calleeText(node.expression, sf)}`, file, line: lineOf(node), argCallees: [] });
    } else if (ts.isDecorator(node)) {
      const expr = ts.isCallExpression(node.expression) ? node.expression.expression : node.expression;
      decorators.push({ name: calleeText(expr, sf), file, line: lineOf(node) });
    } else if (ts.isIdentifier(node) && !declaredBindings.has(node)) {
      referenced.set(node.text, (referenced.get(node.text) ?? 0) + 1);
    } else if (ts.isJsxOpeningLikeElement(node) && ts.isIdentifier(node.tagName)) {
      referenced.set(node.tagName.text, (referenced.get(node.tagName.text) ?? 0) + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  const imports = pending.map(({ module, line, bindings }) => ({
    module,
    file,
    line,
    used: bindings.includes('*side-effect*') || bindings.some((b) => (referenced.get(b) ?? 0) > 0),
  }));
  const parseErrors = ((sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics ?? []).length;
  return { imports, calls, decorators, parseErrors };
}
