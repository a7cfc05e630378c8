// What the triggering event says: which pull request (if any), its base and head commits, and whether
// it comes from a fork (whose workflow token is read-only).
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  baseSha?: string;
  headSha?: string;
  /** The head branch lives in another repository: the pull_request token cannot write. */
  fromFork: boolean;
  /** The pull request is closed (or merged): nothing to comment on. */
  closed?: boolean;
}

export interface EventContext {
  name: string;
  repo?: RepoRef;
  pullRequest?: PullRequestInfo;
  /** workflow_run: the commit the triggering run graded. */
  workflowRunHeadSha?: string;
  /** Link to this run, where the job summary is. */
  runUrl?: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

export function readEvent(env: NodeJS.ProcessEnv = process.env): EventContext {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const payload: Json = env.GITHUB_EVENT_PATH ? readPayload(env.GITHUB_EVENT_PATH) : {};
  const repo = repoFrom(env.GITHUB_REPOSITORY) ?? repoFrom(str(obj(payload.repository)?.full_name));
  const context: EventContext = { name, repo, runUrl: runUrl(env) };

  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = obj(payload.pull_request);
    const number = num(pr?.number) ?? num(payload.number);
    if (pr && number) {
      const base = obj(pr.base);
      const head = obj(pr.head);
      const baseRepo = str(obj(base?.repo)?.full_name);
      const headRepo = str(obj(head?.repo)?.full_name);
      context.pullRequest = {
        number,
        baseSha: sha(base?.sha),
        headSha: sha(head?.sha),
        // A deleted fork has head.repo null: still a fork.
        fromFork: headRepo === undefined ? baseRepo !== undefined : headRepo !== baseRepo,
        ...(payload.action === 'closed' || pr.state === 'closed' ? { closed: true } : {}),
      };
    }
  } else if (name === 'workflow_run') {
    const run = obj(payload.workflow_run);
    context.workflowRunHeadSha = sha(run?.head_sha);
    // Filled for pull requests from the same repository only; fork pull requests come with an empty list.
    const prs = Array.isArray(run?.pull_requests) ? run.pull_requests.map(obj) : [];
    const match = prs.find((p) => sha(obj(p?.head)?.sha) === context.workflowRunHeadSha) ?? prs[0];
    const number = num(match?.number);
    if (number) {
      context.pullRequest = { number, baseSha: sha(obj(match?.base)?.sha), headSha: sha(obj(match?.head)?.sha), fromFork: false };
    }
  }
  return context;
}

/** The event payload; a file that cannot be read or is not a JSON object is a clear error, never a guess. */
function readPayload(file: string): Json {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`the event file (GITHUB_EVENT_PATH) could not be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not the parser's message: it quotes the file, whose text comes partly from the pull request.
    throw new UsageError('the event file (GITHUB_EVENT_PATH) is not valid JSON');
  }
  const payload = obj(value);
  if (!payload) throw new UsageError('the event file (GITHUB_EVENT_PATH) is not a JSON object');
  return payload;
}

function sha(v: unknown): string | undefined {
  return typeof v === 'string' && isCommitSha(v) ? v : undefined;
}

function repoFrom(fullName: string | undefined): RepoRef | undefined {
  const m = fullName ? /^([^/\s]+)\/([^/\s]+)$/.exec(fullName) : null;
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!env.GITHUB_REPOSITORY || !/^\d+$/.test(env.GITHUB_RUN_ID ?? '')) return undefined;
  const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? '') && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}

/** A full commit id: SHA-1 (40 hex digits) or SHA-256 (64). */
export function isCommitSha(value: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value);
}
