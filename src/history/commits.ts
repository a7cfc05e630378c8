// Which past commits a history grades: the first-parent line of HEAD since a date, thinned to the last
// commit of each month, the tagged commits, or every Nth commit. Read with git plumbing only.
import { checkoutOf } from '../github/base.js';
import { git as gitAt } from '../inventory/git.js';

/** git plumbing at the checkout holding `repo`, with the checkout named explicitly (src/inventory/git.ts). */
async function git(repo: string, args: string[]): Promise<string> {
  const checkout = await checkoutOf(repo);
  if (!checkout) throw new Error(`${repo} is not inside a git repository`);
  return gitAt(checkout, args);
}
import { UsageError } from '../errors.js';

export type Every = { kind: 'month' } | { kind: 'tag' } | { kind: 'commits'; n: number };

export interface PastCommit {
  sha: string;
  /** Committer date, ISO 8601. */
  date: string;
  /** Tags pointing at it (with --every tag). */
  tags?: string[];
}

/** "month", "tag", "10" or "10-commits". */
export function parseEvery(text: string): Every {
  if (text === 'month' || text === 'tag') return { kind: text };
  const m = /^(\d+)(-commits?)?$/.exec(text);
  if (m && Number(m[1]) >= 1) return { kind: 'commits', n: Number(m[1]) };
  throw new UsageError(`--every must be month, tag or N-commits (e.g. 10-commits), not "${text}"`);
}

/** "2y", "18m", "6w", "30d", or a date (2024-01-31); returns the date it stands for. */
export function parseSince(text: string, now = new Date()): Date {
  const m = /^(\d+)\s*(d|w|m|y)$/.exec(text);
  if (m) {
    const n = Number(m[1]);
    const d = new Date(now);
    if (m[2] === 'd') d.setUTCDate(d.getUTCDate() - n);
    if (m[2] === 'w') d.setUTCDate(d.getUTCDate() - 7 * n);
    if (m[2] === 'm') d.setUTCMonth(d.getUTCMonth() - n);
    if (m[2] === 'y') d.setUTCFullYear(d.getUTCFullYear() - n);
    return d;
  }
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(text) && !Number.isNaN(Date.parse(text))) return new Date(text);
  throw new UsageError(`--since must be a span (2y, 18m, 6w, 30d) or a date (2024-01-31), not "${text}"`);
}

/** The commits to grade, oldest first, at most `max` (the newest kept). */
export async function selectCommits(repo: string, since: Date, every: Every, max: number): Promise<PastCommit[]> {
  let line: PastCommit[];
  try {
    const log = await git(repo, ['log', '--first-parent', `--since=${since.toISOString()}`, '--format=%H%x09%cI', 'HEAD', '--']);
    line = log
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [sha, date] = l.split('\t');
        return { sha: sha!, date: new Date(date!).toISOString() };
      })
      .reverse();
  } catch (error) {
    throw new UsageError(`cannot read the history (${String((error as { stderr?: string }).stderr || (error as Error).message).split('\n')[0]})`);
  }
  let picked: PastCommit[];
  if (every.kind === 'month') {
    // The last commit of each calendar month (UTC).
    const byMonth = new Map<string, PastCommit>();
    for (const c of line) byMonth.set(c.date.slice(0, 7), c);
    picked = [...byMonth.values()];
  } else if (every.kind === 'commits') {
    // Every Nth, counted back from the newest, so the current state is always the last point.
    picked = line.filter((_, i) => (line.length - 1 - i) % every.n === 0);
  } else {
    const tags = await tagsByCommit(repo);
    picked = line.filter((c) => tags.has(c.sha)).map((c) => ({ ...c, tags: tags.get(c.sha)! }));
  }
  return picked.slice(-max);
}

/** Tag names by the commit they point at (annotated tags peeled). */
async function tagsByCommit(repo: string): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const refs = await git(repo, ['for-each-ref', '--format=%(refname:short)%09%(objectname)%09%(*objectname)', 'refs/tags']);
  for (const line of refs.split('\n').filter(Boolean)) {
    const [name, object, peeled] = line.split('\t');
    const commit = peeled || object!;
    out.set(commit, [...(out.get(commit) ?? []), name!]);
  }
  return out;
}
