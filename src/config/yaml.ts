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
  const raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
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
  const first = issues[0]!;
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

function lineAt(doc: Document, counter: LineCounter, path: PathKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const prefix = path.slice(0, n);
    const node = prefix.length ? doc.getIn(prefix, true) : doc.contents;
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      // For a key that exists, point at the key rather than its value (same line in block style).
      if (n > 0) {
        const parent = n > 1 ? doc.getIn(prefix.slice(0, -1), true) : doc.contents;
        if (isMap(parent)) {
          const pair = parent.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === String(prefix[n - 1]));
          const keyRange = (pair?.key as { range?: [number, number] } | undefined)?.range;
          if (keyRange) return counter.linePos(keyRange[0]).line;
        }
        if (isSeq(parent)) return counter.linePos(node.range[0]).line;
      }
      return counter.linePos((node.range as [number, number])[0]).line;
    }
  }
  return 1;
}
