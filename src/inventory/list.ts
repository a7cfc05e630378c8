// Lists the repository once: fast-glob with the default ignores and the repo's own .gitignore files,
// never following a symlink out of the root.
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import * as fs from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { GradeError } from '../errors.js';
import type { ScanNote } from '../types.js';
import { DEFAULT_IGNORES } from './ignore-defaults.js';

export interface Inventory {
  /** Absolute, real path of the root. */
  root: string;
  /** POSIX paths relative to the root, sorted. */
  files: string[];
  notes: ScanNote[];
}

export interface ListOptions {
  /** Extra glob patterns to skip (from config). */
  ignore?: string[];
  /** Stop listing after this many files, with a note. */
  maxFiles?: number;
}

const MAX_DEPTH = 128;

/** Lists the files of a checkout; throws GradeError when the root is not a readable directory. */
export async function listRepository(rootPath: string, options: ListOptions = {}): Promise<Inventory> {
  const root = await resolveRoot(rootPath);
  const notes: ScanNote[] = [];
  const missed = watchListing(root);
  const entries = await fg('**', {
    fs: missed.fs,
    cwd: root,
    dot: true,
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: false,
    objectMode: true,
    suppressErrors: true,
    deep: MAX_DEPTH,
    ignore: [...DEFAULT_IGNORES, ...(options.ignore ?? [])],
  });
  const files: string[] = [];
  const symlinks: string[] = [];
  for (const failure of missed.failures) notes.push({ kind: 'unreadable', path: shorten(failure.path), message: `folder could not be listed (${failure.code}); its files are not graded` });
  // fast-glob's matcher never matches a name with a line break: list those entries here.
  for (const odd of missed.newlineNames) for (const file of await filesUnder(root, odd, notes)) files.push(file);
  let deepest = '';
  for (const entry of entries) {
    if (entry.dirent.isSymbolicLink()) symlinks.push(entry.path.replace(/\/$/, ''));
    else if (entry.dirent.isFile()) files.push(entry.path);
    else if (!deepest && entry.dirent.isDirectory() && depthOf(entry.path) >= MAX_DEPTH) deepest = entry.path.replace(/\/$/, '');
  }
  // A folder at the depth limit may hold more; say so instead of silently grading less.
  if (deepest) notes.push({ kind: 'limit', path: shorten(deepest), message: `folders nested deeper than ${MAX_DEPTH} levels were not listed` });
  for (const link of symlinks) {
    const verdict = await classifySymlink(root, link);
    if (verdict === 'file') files.push(link);
    else if (verdict !== 'directory') notes.push({ kind: 'skipped-symlink', path: link, message: verdict });
  }
  let kept = await applyGitignores(root, files);
  kept.sort();
  const maxFiles = options.maxFiles ?? 200_000;
  if (kept.length > maxFiles) {
    notes.push({ kind: 'limit', path: '.', message: `only the first ${maxFiles} of ${kept.length} files were graded` });
    kept = kept.slice(0, maxFiles);
  }
  return { root, files: kept, notes };
}

/**
 * The fs fast-glob walks with, watched: names with a line break (which fast-glob drops silently) and folders
 * that could not be read (ENAMETOOLONG, EACCES; suppressErrors would hide them).
 */
function watchListing(root: string) {
  const newlineNames: string[] = [];
  const failures: { path: string; code: string }[] = [];
  const relative = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const watchedReaddir = ((dir: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) => {
    fs.readdir(dir, options as { withFileTypes: true }, (error, entries) => {
      if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') failures.push({ path: relative(dir) || '.', code: error.code ?? 'error' });
      for (const entry of entries ?? []) if (entry.name.includes('\n')) newlineNames.push(relative(path.join(dir, entry.name)));
      callback(error, entries);
    });
  }) as typeof fs.readdir;
  return { fs: { ...fs, readdir: watchedReaddir }, newlineNames, failures };
}

/** Regular files at or below `entry` (a file or folder named with a line break); symlinks are not followed. */
async function filesUnder(root: string, entry: string, notes: ScanNote[], depth = 0): Promise<string[]> {
  const info = await fs.promises.lstat(path.join(root, entry)).catch(() => undefined);
  if (info?.isFile()) return [entry];
  if (!info?.isDirectory() || depth >= MAX_DEPTH) {
    if (info?.isSymbolicLink()) notes.push({ kind: 'skipped-symlink', path: entry, message: 'symlink named with a line break, not followed' });
    return [];
  }
  const out: string[] = [];
  for (const name of await readdir(path.join(root, entry)).catch(() => [] as string[])) {
    for (const file of await filesUnder(root, `${entry}/${name}`, notes, depth + 1)) out.push(file);
  }
  return out;
}

function depthOf(entryPath: string): number {
  return entryPath.replace(/\/$/, '').split('/').length;
}

/** A very long path, cut in the middle so a note stays one readable line. */
function shorten(p: string): string {
  return p.length > 120 ? `${p.slice(0, 60)}…${p.slice(-59)}` : p;
}

async function resolveRoot(rootPath: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(rootPath);
  } catch {
    throw new GradeError(`cannot grade "${rootPath}": no such directory`);
  }
  const info = await stat(real).catch(() => undefined);
  if (!info?.isDirectory()) throw new GradeError(`cannot grade "${rootPath}": it is not a directory`);
  try {
    await fg('*', { cwd: real, deep: 1, suppressErrors: false });
  } catch {
    throw new GradeError(`cannot grade "${rootPath}": the directory is not readable`);
  }
  return real;
}

/** A link inside the repository to a file is graded; anything leaving the root, dangling or looping is not. */
async function classifySymlink(root: string, link: string): Promise<'file' | 'directory' | string> {
  let target: string;
  try {
    target = await realpath(path.join(root, link));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ELOOP' ? 'symlink loop, not followed' : 'dangling symlink, not followed';
  }
  if (target !== root && !target.startsWith(root + path.sep)) return 'symlink points outside the repository, not followed';
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return 'file';
  if (info?.isDirectory()) return 'directory';
  return 'symlink to a special file, not followed';
}

/** Applies every .gitignore in the listing to the files below its folder. */
async function applyGitignores(root: string, files: string[]): Promise<string[]> {
  const gitignores = files.filter((f) => f === '.gitignore' || f.endsWith('/.gitignore'));
  if (gitignores.length === 0) return files;
  const matchers: { dir: string; ig: Ignore }[] = [];
  for (const file of gitignores) {
    const text = await readFile(path.join(root, file), 'utf8').catch(() => '');
    const dir = file === '.gitignore' ? '' : file.slice(0, -'/.gitignore'.length);
    matchers.push({ dir, ig: ignore().add(text) });
  }
  return files.filter((file) => {
    for (const { dir, ig } of matchers) {
      if (dir && !file.startsWith(dir + '/')) continue;
      const rel = dir ? file.slice(dir.length + 1) : file;
      if (ig.ignores(rel)) return false;
    }
    return true;
  });
}
