// Links of the comment: a rule id to its docs page at the action's version, evidence to the line of the file at the
// commit graded, a commit to its page, base…head to the compare view. Without a repository (the CLI, a test) the
// same text comes out unlinked. Every URL is built from validated parts, each path segment percent-encoded.
import type { Finding } from '../types.js';
import { codeRef } from './escape.js';

export interface LinkContext {
  /** https://github.com/owner/repo (or a GitHub Enterprise Server's); no links to the repository without it. */
  repoUrl?: string;
  /** The graded folder inside the repository ("" or "packages/web/"): findings are relative to it. */
  prefix?: string;
  /** The tool version whose rule docs to link (the report's own). */
  version?: string;
  /** Ids of the configuration's custom rules: they have no docs page. */
  custom?: ReadonlySet<string>;
}

const DOCS = 'https://github.com/levelgate/levelgate/blob';
const NAME = /^[A-Za-z0-9._-]+$/;
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const RULE_ID = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$/;
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** The repository's web address, when the server and name are sound. */
export function repositoryUrl(server: string | undefined, owner: string | undefined, repo: string | undefined): string | undefined {
  const base = (server || 'https://github.com').replace(/\/+$/, '');
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo) || !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/.test(base)) return undefined;
  return `${base}/${owner}/${repo}`;
}

/** The rule's docs page: built-in rules only, at the version that graded. */
export function ruleDocsUrl(id: string, ctx: LinkContext): string | undefined {
  if (!ctx.version || !VERSION.test(ctx.version) || !RULE_ID.test(id) || ctx.custom?.has(id)) return undefined;
  return `${DOCS}/v${ctx.version}/docs/rules/${id}.md`;
}

/** `rule.id`, linked to its docs page when it has one. */
export function ruleRef(id: string, ctx: LinkContext): string {
  const url = ruleDocsUrl(id, ctx);
  return url ? `[${codeRef(id)}](${url})` : codeRef(id);
}

/** `file:line`, linked to that line at the commit. */
export function evidenceRef(finding: Pick<Finding, 'file' | 'line'>, sha: string | undefined, ctx: LinkContext): string {
  const text = codeRef(finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file);
  const url = fileUrl(finding.file, finding.line, sha, ctx);
  return url ? `[${text}](${url})` : text;
}

export function fileUrl(file: string, line: number, sha: string | undefined, ctx: LinkContext): string | undefined {
  if (!ctx.repoUrl || !sha || !SHA.test(sha)) return undefined;
  const segments = `${ctx.prefix ?? ''}${file}`.split('/').filter(Boolean);
  if (!segments.length || segments.some((s) => s === '..' || s === '.')) return undefined;
  const anchor = Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  return `${ctx.repoUrl}/blob/${sha}/${segments.map(encodeSegment).join('/')}${anchor}`;
}

/** A commit as its short id in code, linked to its page. */
export function commitRef(sha: string, ctx: LinkContext): string {
  if (!SHA.test(sha)) return codeRef(sha.slice(0, 12));
  const text = codeRef(sha.slice(0, 7));
  return ctx.repoUrl ? `[${text}](${ctx.repoUrl}/commit/${sha})` : text;
}

export function compareUrl(base: string, head: string, ctx: LinkContext): string | undefined {
  return ctx.repoUrl && SHA.test(base) && SHA.test(head) ? `${ctx.repoUrl}/compare/${base}...${head}` : undefined;
}

/** Percent-encodes a path segment, including the characters Markdown reads in a link destination. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
