// Runs git plumbing on the checkout without letting the checkout steer git: the repository is named
// explicitly (GIT_DIR, never discovered, so a committed bare-repository layout inside a graded folder is
// inert), system and global config are not read, hooks and fsmonitor are off, no shell, a fixed argv.
import { execFile } from 'node:child_process';
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A git work tree found above (or at) a graded folder. */
export interface GitCheckout {
  /** Absolute path of the work tree (the folder holding `.git`). */
  workTree: string;
  /** Absolute path of the repository's git directory. */
  gitDir: string;
  /** The graded folder relative to the work tree, POSIX, '' or ending in '/'. */
  prefix: string;
}

/** Walks up from `root` to the nearest folder with a `.git` entry; undefined outside any checkout. */
export async function findCheckout(root: string): Promise<GitCheckout | undefined> {
  for (let dir = root; ; ) {
    const gitDir = await gitDirOf(dir);
    if (gitDir) {
      const relative = path.relative(dir, root).split(path.sep).join('/');
      return { workTree: dir, gitDir, prefix: relative ? `${relative}/` : '' };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * `dir/.git` as git would read it: a folder, or a `gitdir:` file (linked work trees). Git refuses to commit a
 * path named `.git`, so neither comes from the graded repository's contents.
 */
async function gitDirOf(dir: string): Promise<string | undefined> {
  const dotGit = path.join(dir, '.git');
  const info = await lstat(dotGit).catch(() => undefined);
  if (info?.isDirectory()) return dotGit;
  if (!info?.isFile() || info.size > 4096) return undefined;
  const m = /^gitdir: (.+)$/m.exec(await readFile(dotGit, 'utf8').catch(() => ''));
  return m ? path.resolve(dir, m[1]!.trim()) : undefined;
}

/** The argv prefix every git call starts with. */
export function gitArgs(checkout: GitCheckout, args: string[]): string[] {
  return [
    '-c', 'core.hooksPath=/dev/null',
    '-c', 'core.fsmonitor=false',
    '-c', 'core.untrackedCache=false',
    '-c', 'safe.bareRepository=explicit',
    // Command-line config is "protected": git honours it where it ignores a repository's own safe.directory.
    '-c', `safe.directory=${checkout.workTree}`,
    '--no-replace-objects',
    ...args,
  ];
}

/** The environment every git call runs with. */
export function gitEnv(checkout: GitCheckout): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // Keep what git needs to run (PATH, HOME, locale, temp); drop every GIT_* the caller's environment set.
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value;
  return {
    ...env,
    GIT_DIR: checkout.gitDir,
    GIT_WORK_TREE: checkout.workTree,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_LAZY_FETCH: '1',
  };
}

/** Runs one git plumbing command at the work tree; resolves to its stdout. */
export async function git(checkout: GitCheckout, args: string[], maxBuffer = 256 * 1024 * 1024): Promise<string> {
  const { stdout } = await run('git', gitArgs(checkout, args), {
    cwd: checkout.workTree,
    env: gitEnv(checkout),
    maxBuffer,
    encoding: 'utf8',
  });
  return stdout;
}

/**
 * The files the repository holds under the graded folder, relative to it: every tracked file (even one a
 * .gitignore lists: a force-added file is committed) plus the untracked files git does not ignore, with
 * git's own reading of nested .gitignore files and their `!` negations. Undefined when git cannot list them.
 */
export async function listGitFiles(checkout: GitCheckout): Promise<{ tracked: string[]; untracked: string[] } | undefined> {
  const pathspec = checkout.prefix ? ['--', `:(literal)${checkout.prefix}`] : [];
  try {
    const [cached, others] = await Promise.all([
      git(checkout, ['ls-files', '-z', '--cached', '--full-name', ...pathspec]),
      git(checkout, ['ls-files', '-z', '--others', '--exclude-standard', '--full-name', ...pathspec]),
    ]);
    const strip = (out: string) => {
      const seen = new Set<string>();
      for (const name of out.split('\0')) {
        // A nested repository shows as "dir/"; a path outside the prefix cannot come back, but stay exact.
        if (!name || name.endsWith('/') || !name.startsWith(checkout.prefix)) continue;
        seen.add(name.slice(checkout.prefix.length));
      }
      return [...seen];
    };
    return { tracked: strip(cached), untracked: strip(others) };
  } catch {
    return undefined;
  }
}
