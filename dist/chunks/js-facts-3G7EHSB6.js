import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import "./chunk-5DGXIFSJ.js";

// levelgate-typescript:ts-morph
import { createRequire } from "node:module";
var ts = createRequire(import.meta.url)("./typescript.cjs");

// src/evidence/js-facts.ts
function scriptKind(file) {
  if (/\.tsx$/.test(file)) return ts.ScriptKind.TSX;
  if (/\.[mc]?ts$/.test(file)) return ts.ScriptKind.TS;
  if (/\.jsx$/.test(file)) return ts.ScriptKind.JSX;
  return ts.ScriptKind.JS;
}
function calleeText(node, sf) {
  if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) return node.text;
  if (node.kind === ts.SyntaxKind.ThisKeyword) return "this";
  if (node.kind === ts.SyntaxKind.ImportKeyword) return "import";
  if (ts.isPropertyAccessExpression(node)) return `${calleeText(node.expression, sf)}.${node.name.text}`;
  if (ts.isCallExpression(node)) return `${calleeText(node.expression, sf)}()`;
  if (ts.isElementAccessExpression(node)) return `${calleeText(node.expression, sf)}[]`;
  if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node) || ts.isAsExpression(node)) return calleeText(node.expression, sf);
  return "?";
}
function extractJsFacts(file, text) {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, scriptKind(file));
  const lineOf = (node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const pending = [];
  const calls = [];
  const decorators = [];
  const referenced = /* @__PURE__ */ new Map();
  const declaredBindings = /* @__PURE__ */ new Set();
  const bindingNames = (name, into, nodes) => {
    if (!name) return;
    if (ts.isIdentifier(name)) {
      into.push(name.text);
      nodes.add(name);
    } else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bindingNames(el.name, into, nodes);
  };
  const isRequireCall = (e) => !!e && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "require";
  const visit = (node) => {
    if (ts.isVariableDeclaration(node)) {
      const init = node.initializer;
      if (isRequireCall(init) || init && ts.isPropertyAccessExpression(init) && isRequireCall(init.expression)) bindingNames(node.name, [], declaredBindings);
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const bindings = [];
      const clause = node.importClause;
      if (clause?.name) bindingNames(clause.name, bindings, declaredBindings);
      const named = clause?.namedBindings;
      if (named && ts.isNamespaceImport(named)) bindingNames(named.name, bindings, declaredBindings);
      if (named && ts.isNamedImports(named)) for (const el of named.elements) bindingNames(el.name, bindings, declaredBindings);
      pending.push({ module: node.moduleSpecifier.text, line: lineOf(node), bindings: clause ? bindings : ["*side-effect*"] });
      return;
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      pending.push({ module: node.moduleSpecifier.text, line: lineOf(node), bindings: ["*side-effect*"] });
    }
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      const bindings = [];
      bindingNames(node.name, bindings, declaredBindings);
      pending.push({ module: node.moduleReference.expression.text, line: lineOf(node), bindings });
      return;
    }
    if (ts.isCallExpression(node)) {
      const arg = node.arguments[0];
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === "require";
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if ((isRequire || isDynamicImport) && arg && ts.isStringLiteralLike(arg)) {
        const bindings = [];
        const parent = node.parent;
        if (isRequire && ts.isVariableDeclaration(parent)) bindingNames(parent.name, bindings, declaredBindings);
        else if (isRequire && ts.isPropertyAccessExpression(parent) && ts.isVariableDeclaration(parent.parent)) bindingNames(parent.parent.name, bindings, declaredBindings);
        pending.push({ module: arg.text, line: lineOf(node), bindings: bindings.length ? bindings : ["*side-effect*"] });
        if (isDynamicImport) calls.push({ callee: "import", file, line: lineOf(node), argCallees: [] });
      } else {
        calls.push({
          callee: calleeText(node.expression, sf),
          file,
          line: lineOf(node),
          argCallees: node.arguments.filter(ts.isCallExpression).map((a) => calleeText(a.expression, sf))
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
    used: bindings.includes("*side-effect*") || bindings.some((b) => (referenced.get(b) ?? 0) > 0)
  }));
  const parseErrors = (sf.parseDiagnostics ?? []).length;
  return { imports, calls, decorators, parseErrors };
}
export {
  extractJsFacts
};
