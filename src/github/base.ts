// Grades the pull request's base commit when the checkout has it. Nothing of the scanned repository is
// run: git plumbing (ls-tree, cat-file) with a fixed argv copies the base tree's files into a temp dir,
// at the work tree with GIT_DIR named (src/inventory/git.ts), no shell, no filters or attributes applied.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findCheckout, git, gitArgs, gitEnv, type GitCheckout } from '../inventory/git.js';
import type { BaseState } from '../report/comment.js';
import type { GradeReport } from '../types.js';
import { isCommitSha } from './event.js';

/** Blobs larger than this are not copied out of the base commit (the scan itself reads at most 1 MiB of a file). */
const MAX_BLOB_BYTES = 5 * 1024 * 1024;

export const FETCH_DEPTH_HINT = 'To see what changed, give `actions/checkout` the base commit with `fetch-depth: 0`.';
/** A full clone without the base commit: it was fetched from elsewhere, or the base branch moved. */
export const FETCH_BASE_HINT = 'To see what changed, fetch the base commit before levelgate runs (e.g. `git fetch origin <base sha>`).';

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
  const { baseSha } = options;
  const checkout = await checkoutOf(options.root);
  if (!checkout) return { kind: 'unavailable', sha: baseSha, reason: 'the graded folder is not a git checkout' };
  const { prefix } = checkout;
  const commit = await resolveBase(checkout, baseSha, options.headSha);
  if (!commit) {
    // "A shallow clone" only when it is one: a full clone can miss the commit too (a force-pushed base branch).
    const shallow = await isShallow(checkout);
    return { kind: 'unavailable', sha: baseSha, reason: `it is not in this checkout${shallow ? ' (a shallow clone)' : ''}`, hint: shallow ? FETCH_DEPTH_HINT : FETCH_BASE_HINT };
  }
  const tempRoot = options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir());
  const dir = await mkdtemp(path.join(tempRoot, 'levelgate-base-'));
  try {
    const copied = await extractTree(checkout, commit, prefix, dir);
    if (copied === undefined) {
      return { kind: 'unavailable', sha: baseSha, reason: prefix ? `the folder "${prefix.replace(/\/$/, '')}" does not exist in it` : 'its tree could not be read' };
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
async function resolveBase(repo: GitCheckout, baseSha: string, headSha: string | undefined): Promise<string | undefined> {
  if (await hasCommit(repo, baseSha)) return baseSha;
  if (!headSha) return undefined;
  try {
    const parents = (await git(repo, ['rev-list', '--parents', '-n', '1', 'HEAD'])).trim().split(' ');
    if (parents.length === 3 && parents[2] === headSha && (await hasCommit(repo, parents[1]!))) return parents[1];
  } catch {
    // no HEAD: nothing to fall back on
  }
  return undefined;
}

async function hasCommit(repo: GitCheckout, sha: string): Promise<boolean> {
  if (!isCommitSha(sha)) return false;
  try {
    await git(repo, ['cat-file', '-e', `${sha}^{commit}`]);
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
export async function extractTree(repo: GitCheckout, commit: string, prefix: string, dir: string): Promise<number | undefined> {
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
function catFileBatch(repo: GitCheckout, objects: string[], onBlob: (index: number, content: Buffer) => Promise<void>): Promise<void> {
  if (objects.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('git', gitArgs(repo, ['cat-file', '--batch']), {
      cwd: repo.workTree,
      env: gitEnv(repo),
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

/** Why grading failed, in words for the comment: never git's own "fatal: …" text, which reads as levelgate crashing. */
function firstLine(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  if (e?.stderr && String(e.stderr).trim()) return 'git could not read the commit';
  const text = (e?.message || String(error)).split('\n')[0]!;
  if (/^(fatal|error):|^git\b|\bgit cat-file\b|Command failed/i.test(text)) return 'git could not read the commit';
  return text.slice(0, 200);
}

/** Whether the graded folder's checkout is a shallow clone. */
export async function isShallowCheckout(root: string): Promise<boolean> {
  const checkout = await checkoutOf(root);
  return !!checkout && isShallow(checkout);
}

/** Whether the checkout is a shallow clone (git keeps the cut-off commits in "shallow"). */
async function isShallow(repo: GitCheckout): Promise<boolean> {
  try {
    return (await git(repo, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    return false;
  }
}

// ── reading single files of a commit (the policy: config and rule packs of the base commit) ──────────────

/** The git checkout holding the graded folder (found by walking up to `.git`, never discovered by git). */
export async function checkoutOf(root: string): Promise<GitCheckout | undefined> {
  return realpath(root).then(findCheckout, () => undefined);
}

/** The graded folder's path inside its git checkout ("" at the top, "pkg/" below); undefined outside git. */
export async function gitPrefix(root: string): Promise<string | undefined> {
  return (await checkoutOf(root))?.prefix;
}

/** The commit checked out (HEAD); undefined outside git or without a commit. */
export async function checkedOutCommit(root: string): Promise<string | undefined> {
  const checkout = await checkoutOf(root);
  if (!checkout) return undefined;
  try {
    const sha = (await git(checkout, ['rev-parse', '--verify', '-q', 'HEAD^{commit}'])).trim();
    return isCommitSha(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

/** The pull request's base commit as gradeBase finds it (itself, or the merge commit's first parent); undefined when absent. */
export async function baseCommitOf(root: string, baseSha: string, headSha?: string): Promise<string | undefined> {
  const checkout = await checkoutOf(root);
  return checkout && resolveBase(checkout, baseSha, headSha);
}

/** Largest config or rule file read out of a commit (loadConfig refuses more anyway). */
const MAX_POLICY_FILE_BYTES = 1_000_000;

/**
 * The content of one regular file of a commit, by its path from the top of the checkout; undefined when the
 * commit has no regular file there (absent, a folder, a symlink, a submodule) or it is too large.
 */
export async function readFileAtCommit(root: string, commit: string, file: string): Promise<Buffer | undefined> {
  const checkout = await checkoutOf(root);
  if (!checkout || !isCommitSha(commit) || !safeRelative(file)) return undefined;
  let listing: string;
  try {
    listing = await git(checkout, ['--literal-pathspecs', 'ls-tree', '-z', '--long', '--full-tree', commit, '--', file]);
  } catch {
    return undefined;
  }
  const m = /^(\d{6}) (\w+) ([0-9a-f]+)\s+(-|\d+)\t([\s\S]+)$/.exec(listing.split('\0')[0] ?? '');
  if (!m || m[2] !== 'blob' || (m[1] !== '100644' && m[1] !== '100755') || m[5] !== file || Number(m[4]) > MAX_POLICY_FILE_BYTES) return undefined;
  let content: Buffer | undefined;
  await catFileBatch(checkout, [m[3]!], async (_index, blob) => {
    content = blob;
  });
  return content;
}

/** Whether `folder` (from the top of the checkout) is a folder of the commit. */
export async function isFolderAtCommit(root: string, commit: string, folder: string): Promise<boolean> {
  const checkout = await checkoutOf(root);
  if (!checkout || !isCommitSha(commit) || !safeRelative(folder)) return false;
  try {
    return (await git(checkout, ['cat-file', '-t', `${commit}:${folder}`])).trim() === 'tree';
  } catch {
    return false;
  }
}
