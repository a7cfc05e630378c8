// Lists the repository once, never following a symlink out of the root or into `.git`. In a git checkout the
// files are the ones git holds (tracked, plus untracked ones it does not ignore); elsewhere fast-glob walks the
// folder and the repository's own .gitignore files apply. The default ignores apply to both.
import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import * as fs from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { GradeError } from '../errors.js';
import type { ScanNote } from '../types.js';
import picomatch from 'picomatch';
import { findCheckout, listGitFiles } from './git.js';
import { ignoringPieces, mayBeIgnored } from './gitignore-pieces.js';
import { DEFAULT_IGNORES, nameTest } from './ignore-defaults.js';
import { isInside, passesThroughGit } from '../util/paths.js';

export interface Inventory {
  /** Absolute, real path of the root. */
  root: string;
  /** POSIX paths relative to the root, sorted. */
  files: string[];
  /**
   * Committed build output (JavaScript under dist/, build/, out/), sorted: never graded as the project's code,
   * but a secret committed there is still committed. Absent when nothing was listed.
   */
  buildOutput?: string[];
  notes: ScanNote[];
  /**
   * The files are listed as the grade sees a collection of samples (evidence/samples-view.ts): sample folders under
   * marked names, read from disk under their real names.
   */
  samplesViewed?: boolean;
}

export interface ListOptions {
  /** Extra glob patterns to skip (from config). */
  ignore?: string[];
  /** Stop listing after this many files, with a note. */
  maxFiles?: number;
}

const MAX_DEPTH = 128;

/** Folders of build output: the default ignores keep them out of the graded files. */
const BUILD_OUTPUT_FOLDERS = new Set(['dist', 'build', 'out']);
const BUILD_OUTPUT_IGNORED = new Set([...BUILD_OUTPUT_FOLDERS].map((f) => `**/${f}/**`));
/** At most this many build output files are listed: enough for an app's compiled config, not a whole bundle tree. */
export const MAX_BUILD_OUTPUT_FILES = 300;
/**
 * JavaScript at any depth under a build output folder (git mode reads them off its listing); also a C# build
 * program directly in build/ (Nuke, Bullseye, Cake Frosting: .NET compiles to bin/ and obj/, so C# in build/ is
 * source), which CI runs with `dotnet run --project build`.
 */
const BUILD_OUTPUT_FILE = /(^|\/)(dist|build|out)\/(.+\/)?[^/]+\.(js|cjs|mjs)$/;
const BUILD_PROGRAM_FILE = /(^|\/)build\/[^/]+\.(cs|csproj)$/;

/** Lists the files of a checkout; throws GradeError when the root is not a readable directory. */
export async function listRepository(rootPath: string, options: ListOptions = {}): Promise<Inventory> {
  const root = await resolveRoot(rootPath);
  const notes: ScanNote[] = [];
  const ignored = [...DEFAULT_IGNORES, ...(options.ignore ?? [])];
  const checkout = await findCheckout(root);
  const fromGit = checkout && (await listGitFiles(checkout));
  const listed = fromGit ? await classifyGitListing(root, fromGit, ignored) : await walkFolder(root, ignored, notes);
  const files = [...listed.files];
  for (const link of listed.symlinks) {
    const verdict = await classifySymlink(root, link);
    if (verdict === 'file') files.push(link);
    else if (verdict !== 'directory') notes.push({ kind: 'skipped-symlink', path: link, message: verdict });
  }
  // git has already left out what it ignores; a folder that is not a checkout applies its .gitignore files here.
  const notIgnored = fromGit ? () => true : await gitignoreFilter(root, files.filter((f) => f === '.gitignore' || f.endsWith('/.gitignore')));
  let kept = files.filter(notIgnored);
  kept.sort();
  const maxFiles = options.maxFiles ?? 200_000;
  if (kept.length > maxFiles) {
    const left = kept.slice(maxFiles);
    const named = left.slice(0, 5).map(shorten).join(', ');
    notes.push({
      kind: 'limit',
      path: '.',
      message: `only the first ${maxFiles} of ${kept.length} files were graded; the other ${left.length} (${named}${left.length > 5 ? ', …' : ''}) were not read, not even for committed secrets`,
    });
    kept = kept.slice(0, maxFiles);
  }
  const buildOutput = fromGit
    ? listed.buildOutput ?? []
    : await listBuildOutput(root, listed.buildFolders ?? [], notIgnored, options.ignore ?? []);
  return { root, files: kept, ...(buildOutput.length ? { buildOutput } : {}), notes };
}

interface Listing {
  files: string[];
  symlinks: string[];
  /** git mode: the committed build output, already filtered. */
  buildOutput?: string[];
  /** walk mode: build output folders the walk skipped, to be listed apart. */
  buildFolders?: string[];
}

/** Splits git's listing into regular files and symlinks, as they are on disk now, minus the ignored paths. */
async function classifyGitListing(root: string, listing: { tracked: string[]; untracked: string[] }, ignored: string[]): Promise<Listing> {
  const isIgnored = ignoreTest(ignored);
  const isIgnoredBuildOutput = ignoreTest(ignored.filter((g) => !BUILD_OUTPUT_IGNORED.has(g)));
  const out: Listing = { files: [], symlinks: [], buildOutput: [] };
  const all = [...new Set([...listing.tracked, ...listing.untracked])];
  const names = all.filter((name) => !isIgnored(name));
  const kinds = await Promise.all(names.map((name) => fs.promises.lstat(path.join(root, name)).catch(() => undefined)));
  names.forEach((name, i) => {
    const info = kinds[i];
    // A tracked file deleted from the checkout, a submodule (a folder) or a special file is not a file to grade.
    if (info?.isSymbolicLink()) out.symlinks.push(name);
    else if (info?.isFile()) out.files.push(name);
  });
  const built = all.filter((name) => (BUILD_OUTPUT_FILE.test(name) || BUILD_PROGRAM_FILE.test(name)) && isIgnored(name) && !isIgnoredBuildOutput(name)).sort().slice(0, MAX_BUILD_OUTPUT_FILES);
  const builtKinds = await Promise.all(built.map((name) => fs.promises.lstat(path.join(root, name)).catch(() => undefined)));
  out.buildOutput = built.filter((_, i) => builtKinds[i]?.isFile());
  return out;
}

/**
 * Whether a path is ignored the way fast-glob's `ignore` treats it: the pattern matches the path itself or one of
 * its folders (a folder pattern prunes everything below it).
 */
export function ignoreTest(patterns: string[]): (file: string) => boolean {
  // The default ignores are each a test of one segment (nameTest): cheaper than a glob on every path. A path
  // with a line break keeps the globs, whose `**` never crosses one.
  const defaults = patterns.filter((p) => DEFAULT_IGNORE_SET.has(p));
  const others = patterns.filter((p) => !DEFAULT_IGNORE_SET.has(p));
  const namedAway = defaults.length ? nameTest(defaults) : () => false;
  const matches = others.length ? picomatch(others, { dot: true }) : () => false;
  let globTest: ((file: string) => boolean) | undefined;
  const test = ignoredBy(matches, namedAway);
  return (file) => (file.includes('\n') ? (globTest ??= ignoredBy(picomatch(patterns, { dot: true }), () => false))(file) : test(file));
}

/** A path is ignored when it or one of its folders matches, or has a name `named` matches. */
function ignoredBy(matches: (path: string) => boolean, named: (name: string) => boolean): (file: string) => boolean {
  const folders = new Map<string, boolean>();
  const folderIgnored = (dir: string): boolean => {
    let known = folders.get(dir);
    if (known === undefined) {
      const slash = dir.lastIndexOf('/');
      known = (slash > 0 && folderIgnored(dir.slice(0, slash))) || named(dir.slice(slash + 1)) || matches(dir) || matches(`${dir}/`);
      folders.set(dir, known);
    }
    return known;
  };
  return (file) => {
    const slash = file.lastIndexOf('/');
    return (slash > 0 && folderIgnored(file.slice(0, slash))) || named(file.slice(slash + 1)) || matches(file);
  };
}

const DEFAULT_IGNORE_SET = new Set(DEFAULT_IGNORES);
/**
 * The default ignores as fast-glob applies them in a walk: a folder pattern (`**\/dist/**`) drops any entry of
 * that name and prunes the folder; a name pattern (`**\/*.min.js`) drops a file or link of that name, but a
 * folder so named is still walked (fast-glob prunes only on patterns that end in `**`).
 */
const PRUNED_NAME = nameTest(DEFAULT_IGNORES.filter((p) => p.endsWith('/**')));
const DROPPED_FILE_NAME = nameTest(DEFAULT_IGNORES.filter((p) => !p.endsWith('/**')));

/** Walks a folder that is not a git checkout with fast-glob; notes what it could not list. */
async function walkFolder(root: string, ignored: string[], notes: ScanNote[]): Promise<Listing> {
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
    // The default ignores are applied by name as each folder is read (watchListing): the same files, for less.
    ignore: ignored.filter((p) => !DEFAULT_IGNORE_SET.has(p)),
  });
  const out: Listing = { files: [], symlinks: [] };
  for (const failure of missed.failures) notes.push({ kind: 'unreadable', path: shorten(failure.path), message: `folder could not be listed (${failure.code}); its files are not graded` });
  // fast-glob's matcher never matches a name with a line break: list those entries here.
  for (const odd of missed.newlineNames) for (const file of await filesUnder(root, odd, notes)) out.files.push(file);
  let deepest = '';
  for (const entry of entries) {
    if (entry.dirent.isSymbolicLink()) out.symlinks.push(entry.path.replace(/\/$/, ''));
    else if (entry.dirent.isFile()) out.files.push(entry.path);
    else if (!deepest && entry.dirent.isDirectory() && depthOf(entry.path) >= MAX_DEPTH && !DROPPED_FILE_NAME(entry.name)) deepest = entry.path.replace(/\/$/, '');
  }
  // A folder at the depth limit may hold more; say so instead of silently grading less.
  if (deepest) notes.push({ kind: 'limit', path: shorten(deepest), message: `folders nested deeper than ${MAX_DEPTH} levels were not listed, nor scanned for committed secrets` });
  out.buildFolders = missed.buildFolders;
  return out;
}

/**
 * The JavaScript files of the build output folders the listing walked past (each seen by name while its parent
 * was read, so finding them costs no second walk of the tree), unless a .gitignore or an ignore leaves them out.
 */
async function listBuildOutput(root: string, folders: string[], notIgnored: (file: string) => boolean, ignore: string[]): Promise<string[]> {
  if (folders.length === 0) return [];
  const committed = folders.map((f) => `${f}/`).filter(notIgnored);
  if (committed.length === 0) return [];
  const entries = await fg(
    committed.flatMap((f) => [`${fg.escapePath(f)}**/*.{js,cjs,mjs}`, ...(/(^|\/)build\/$/.test(f) ? [`${fg.escapePath(f)}*.{cs,csproj}`] : [])]),
    {
      cwd: root,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      deep: 16,
      ignore: [...DEFAULT_IGNORES.filter((g) => !BUILD_OUTPUT_IGNORED.has(g)), ...ignore],
    },
  );
  return entries.filter(notIgnored).sort().slice(0, MAX_BUILD_OUTPUT_FILES);
}

/**
 * The fs fast-glob walks with, watched: names with a line break (which fast-glob drops silently), folders
 * that could not be read (ENAMETOOLONG, EACCES; suppressErrors would hide them), and build output folders.
 */
function watchListing(root: string) {
  const newlineNames: string[] = [];
  const failures: { path: string; code: string }[] = [];
  const buildFolders: string[] = [];
  const relative = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const watchedReaddir = ((dir: string, options: unknown, callback: (error: NodeJS.ErrnoException | null, entries: fs.Dirent[]) => void) => {
    fs.readdir(dir, options as { withFileTypes: true }, (error, entries) => {
      if (error && error.code !== 'ENOENT' && error.code !== 'ENOTDIR') failures.push({ path: relative(dir) || '.', code: error.code ?? 'error' });
      const kept: fs.Dirent[] = [];
      // Below a name with a line break fast-glob's globs match nothing, so its ignores prune nothing there either.
      const globsApply = !relative(dir).includes('\n');
      for (const entry of entries ?? []) {
        if (entry.name.includes('\n')) newlineNames.push(relative(path.join(dir, entry.name)));
        else if (BUILD_OUTPUT_FOLDERS.has(entry.name) && entry.isDirectory?.()) buildFolders.push(relative(path.join(dir, entry.name)));
        // A name the default ignores match is dropped here: a folder is never walked, a file never listed.
        // (fast-glob drops names with a line break itself; they are listed apart, as before.)
        if (!globsApply || entry.name.includes('\n') || !(PRUNED_NAME(entry.name) || (!entry.isDirectory() && DROPPED_FILE_NAME(entry.name)))) kept.push(entry);
      }
      callback(error, error ? entries : kept);
    });
  }) as typeof fs.readdir;
  return { fs: { ...fs, readdir: watchedReaddir }, newlineNames, failures, buildFolders };
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
  if (!isInside(root, target)) return 'symlink points outside the repository, not followed';
  // The checkout's .git holds what the repository does not: its config, and the credential actions/checkout persists.
  if (passesThroughGit(root, target)) return 'symlink points into .git, not followed';
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return 'file';
  if (info?.isDirectory()) return 'directory';
  return 'symlink to a special file, not followed';
}

/** A test for what the .gitignore files of the listing leave out, each applied to the paths below its folder (a folder with a trailing slash). */
async function gitignoreFilter(root: string, gitignores: string[]): Promise<(file: string) => boolean> {
  if (gitignores.length === 0) return () => true;
  const matchers: { dir: string; ig: Ignore; pieces: string[] | undefined }[] = [];
  for (const file of gitignores) {
    const text = await readFile(path.join(root, file), 'utf8').catch(() => '');
    const dir = file === '.gitignore' ? '' : file.slice(0, -'/.gitignore'.length);
    matchers.push({ dir, ig: ignore().add(text), pieces: ignoringPieces(text) });
  }
  return (file) => {
    for (const { dir, ig, pieces } of matchers) {
      if (dir && !file.startsWith(dir + '/')) continue;
      const rel = dir ? file.slice(dir.length + 1) : file;
      // The package's answer only for a path some rule could match (see gitignore-pieces.ts).
      if (mayBeIgnored(pieces, rel) && ig.ignores(rel)) return false;
    }
    return true;
  };
}
