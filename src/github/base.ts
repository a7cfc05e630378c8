// Grades the pull request's base commit when the checkout has it. Nothing of the scanned repository is
// run: git plumbing (ls-tree, cat-file) with a fixed argv copies the base tree's files into a temp dir,
// with hooks and fsmonitor off, no shell, no filters or attributes applied.
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BaseState } from '../report/comment.js';
import type { GradeReport } from '../types.js';
import { isCommitSha } from './event.js';

const run = promisify(execFile);

const GIT_PREFIX = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '--no-replace-objects'];
const GIT_ENV = { GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', GIT_NO_LAZY_FETCH: '1' };
/** Blobs larger than this are not copied out of the base commit (the scan itself reads at most 1 MiB of a file). */
const MAX_BLOB_BYTES = 5 * 1024 * 1024;

export const FETCH_DEPTH_HINT = 'To see what changed, give `actions/checkout` the base commit with `fetch-depth: 0`.';

/** Runs git plumbing in `cwd` with hooks, fsmonitor and replace objects off, no shell, no prompt (also used by history). */
export async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', [...GIT_PREFIX, ...args], {
    cwd,
    env: { ...process.env, ...GIT_ENV },
    maxBuffer: 256 * 1024 * 1024,
    encoding: 'utf8',
  });
  return stdout;
}

export interface BaseOptions<R = GradeReport> {
  /** The graded folder (inside a git checkout). */
  root: string;
  baseSha: string;
  /** The checked-out head of the pull request, for the merge-commit fallback. */
  headSha?: string;
  /** Grades the copied folder: grade() for one report, gradeMonorepo() in monorepo mode. */
  grade: (root: string) => Promise<R>;
  tempRoot?: string;
}

/** The base commit graded (R: a report, or a monorepo's), or why it was not. */
export type BaseOutcome<R = GradeReport> = { kind: 'graded'; sha: string; report: R } | Extract<BaseState, { kind: 'unavailable' }>;

/** Grades the base commit's version of `root`, or says plainly why it could not. */
export async function gradeBase<R = GradeReport>(options: BaseOptions<R>): Promise<BaseOutcome<R>> {
  const { root, baseSha } = options;
  let prefix: string;
  try {
    prefix = (await git(root, ['rev-parse', '--show-prefix'])).trim();
  } catch (error) {
    return { kind: 'unavailable', sha: baseSha, reason: `the graded folder is not a git checkout (${firstLine(error)})` };
  }
  const commit = await resolveBase(root, baseSha, options.headSha);
  if (!commit) {
    return { kind: 'unavailable', sha: baseSha, reason: 'it is not in this checkout (a shallow clone)', hint: FETCH_DEPTH_HINT };
  }
  const tempRoot = options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir());
  const dir = await mkdtemp(path.join(tempRoot, 'levelgate-base-'));
  try {
    const copied = await extractTree(root, commit, prefix, dir);
    if (copied === undefined) {
      return { kind: 'unavailable', sha: baseSha, reason: `the folder ${prefix ? `"${prefix.replace(/\/$/, '')}"` : ''} does not exist in it` };
    }
    const report = await options.grade(dir);
    return { kind: 'graded', sha: commit, report };
  } catch (error) {
    return { kind: 'unavailable', sha: baseSha, reason: `grading it failed (${firstLine(error)})` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The base commit itself when present; otherwise, when HEAD is GitHub's merge commit of this pull request
 * (the default pull_request checkout, fetch-depth 2), its first parent: the base branch it merges into.
 */
async function resolveBase(root: string, baseSha: string, headSha: string | undefined): Promise<string | undefined> {
  if (await hasCommit(root, baseSha)) return baseSha;
  if (!headSha) return undefined;
  try {
    const parents = (await git(root, ['rev-list', '--parents', '-n', '1', 'HEAD'])).trim().split(' ');
    if (parents.length === 3 && parents[2] === headSha && (await hasCommit(root, parents[1]!))) return parents[1];
  } catch {
    // no HEAD: nothing to fall back on
  }
  return undefined;
}

async function hasCommit(root: string, sha: string): Promise<boolean> {
  if (!isCommitSha(sha)) return false;
  try {
    await git(root, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

interface Entry {
  mode: string;
  type: string;
  object: string;
  size: number;
  path: string;
}

/** Writes the regular files of `<commit>:<prefix>` under `dir`; undefined when that folder does not exist. */
export async function extractTree(repo: string, commit: string, prefix: string, dir: string): Promise<number | undefined> {
  const treeish = `${commit}:${prefix.replace(/\/$/, '')}`;
  try {
    const type = (await git(repo, ['cat-file', '-t', treeish])).trim();
    if (type !== 'tree') return undefined;
  } catch {
    return undefined;
  }
  const listing = await git(repo, ['ls-tree', '-r', '-z', '--long', '--full-tree', treeish]);
  const entries: Entry[] = [];
  for (const record of listing.split('\0')) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+)\s+(-|\d+)\t([\s\S]+)$/.exec(record);
    if (!m) continue;
    const [, mode, type, object, size, file] = m;
    // Regular files only: symlinks (120000) and submodules (commit) are not followed, as in a scan.
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755')) continue;
    if (!safeRelative(file!)) continue;
    entries.push({ mode: mode!, type: type!, object: object!, size: Number(size), path: file! });
  }
  const wanted = entries.filter((e) => e.size <= MAX_BLOB_BYTES);
  const made = new Set<string>();
  let written = 0;
  await catFileBatch(repo, wanted.map((e) => e.object), async (index, content) => {
    const entry = wanted[index]!;
    const target = path.join(dir, entry.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(target, content, { mode: entry.mode === '100755' ? 0o755 : 0o644, flag: 'wx' });
    written++;
  });
  return written;
}

/** No absolute paths, no "..", no ".git" components: a tree entry always stays inside the temp dir. */
function safeRelative(file: string): boolean {
  if (file.startsWith('/') || file.includes('\\')) return false;
  return file.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && part.toLowerCase() !== '.git');
}

/** Streams blobs through one `git cat-file --batch`; calls onBlob in order. */
function catFileBatch(repo: string, objects: string[], onBlob: (index: number, content: Buffer) => Promise<void>): Promise<void> {
  if (objects.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...GIT_PREFIX, 'cat-file', '--batch'], {
      cwd: repo,
      env: { ...process.env, ...GIT_ENV },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let buffer: Buffer = Buffer.alloc(0);
    let index = 0;
    let stderr = '';
    let chain = Promise.resolve();
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(error);
    };
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        const nl = buffer.indexOf(10);
        if (nl === -1) return;
        const header = buffer.subarray(0, nl).toString('utf8');
        const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!m) return fail(new Error(`git cat-file: unexpected output "${header.slice(0, 80)}"`));
        const size = Number(m[3]);
        if (buffer.length < nl + 1 + size + 1) return;
        const content = Buffer.from(buffer.subarray(nl + 1, nl + 1 + size));
        buffer = buffer.subarray(nl + 1 + size + 1);
        const i = index++;
        chain = chain.then(() => onBlob(i, content)).catch((e: Error) => fail(e));
      }
    });
    child.on('close', (code) => {
      if (failed) return;
      if (code !== 0) return fail(new Error(`git cat-file exited with ${code}: ${stderr.trim().split('\n')[0] ?? ''}`));
      chain.then(() => (index === objects.length ? resolve() : fail(new Error('git cat-file: incomplete output'))), fail);
    });
    child.stdin.on('error', () => {});
    child.stdin.end(objects.join('\n') + '\n');
  });
}

function firstLine(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  const text = (e?.stderr && String(e.stderr).trim()) || e?.message || String(error);
  return text.split('\n')[0]!.slice(0, 200);
}
