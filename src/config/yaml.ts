// YAML in, validated data out, or a ConfigError that names the file, the line and the field.
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';

export type PathKey = string | number;

/** A parsed YAML document that can say on which line a field is. */
export interface LocatedDocument<T> {
  data: T;
  /** Line of the field at `path`, or of its nearest existing parent. */
  lineOf(path: PathKey[]): number;
}

/** Builds the standard error message: "file:line: field: message". */
export function configError(name: string, line: number | undefined, field: PathKey[], message: string): ConfigError {
  const where = field.length ? field.join('.') : '(root)';
  return new ConfigError(`${name}${line ? `:${line}` : ''}: ${where}: ${message}`);
}

/** Parses YAML text and validates it against a zod schema; every failure is a ConfigError. */
export function parseYaml<S extends z.ZodType>(name: string, text: string, schema: S): LocatedDocument<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0].line ?? counter.linePos(e.pos[0]).line;
    throw new ConfigError(`${name}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const lineOf = (path: PathKey[]) => lineAt(doc, counter, path);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // yaml refuses an alias bomb (aliases of aliases, expanding to billions of nodes) by throwing.
    throw new ConfigError(`${name}:1: invalid YAML: ${String((error as Error).message).split('\n')[0]}`);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${name}:1: (root): expected a mapping of settings, got ${Array.isArray(raw) ? 'a list' : typeof raw}`);
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = pickIssue(result.error.issues);
    const path = [...(issue.path as PathKey[])];
    // Point at the unknown key itself rather than at the object around it.
    if (issue.code === 'unrecognized_keys' && 'keys' in issue && Array.isArray(issue.keys) && issue.keys.length) path.push(String(issue.keys[0]));
    throw configError(name, lineOf(path), path, describeIssue(issue));
  }
  return { data: result.data, lineOf };
}

type Issue = z.core.$ZodIssue;

/** The most specific issue: a union's inner issue rather than "invalid input". */
function pickIssue(issues: readonly Issue[]): Issue {
  // An unknown key is usually the cause (a typo), even when zod also misses the field it was meant to be.
  const first = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0]!;
  if (first.code === 'invalid_union' && 'errors' in first && first.errors.length) {
    // The branch that got furthest (longest path) says most about what was meant.
    const candidates = first.errors.map((branch) => pickIssue(branch)).map((i) => ({ ...i, path: [...first.path, ...i.path] }) as Issue);
    candidates.sort((a, b) => b.path.length - a.path.length);
    return candidates[0] ?? first;
  }
  return first;
}

function describeIssue(issue: Issue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_value' && 'values' in issue) return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

function lineAt(_doc: Document, counter: LineCounter, path: PathKey[]): number {
  // Walk the nodes by hand: keys may be numbers in YAML ("2:") and strings in the path, or the reverse.
  let node: unknown = _doc.contents;
  let line = node && typeof node === 'object' && 'range' in node ? counter.linePos((node as { range: [number] }).range[0]).line : 1;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown } | null)?.value ?? p.key) === String(segment));
      if (!pair) break;
      const keyRange = (pair.key as { range?: [number, number] } | null)?.range;
      if (keyRange) line = counter.linePos(keyRange[0]).line;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as { range?: [number, number] } | undefined;
      if (!item) break;
      if (item.range) line = counter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}
