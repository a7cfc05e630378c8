// Named sets of files that rules refer to as @tests, @source, @docs, @ci, @config.
import picomatch from 'picomatch';
import { ciSystemOf } from './ci.js';
import { isSourceFile } from './languages.js';

const TEST_FILE = picomatch(
  [
    '**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
    '**/__tests__/**/*.{js,jsx,ts,tsx,mjs,cjs}',
    '**/{test,tests,spec,e2e,integration,cypress}/**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
    '**/*.cy.{js,jsx,ts,tsx}',
    '**/test_*.py',
    '**/*_test.py',
    '**/tests.py',
    '**/conftest.py',
    '**/{test,tests}/**/*.py',
    '**/*_test.go',
    '**/src/test/**/*.{java,kt,groovy,scala}',
    '**/src/*{integrationTest,IntegrationTest,it}/**/*.{java,kt}',
    '**/*{Test,Tests,IT,Spec}.{java,kt,groovy,scala}',
    '**/spec/**/*_spec.rb',
    '**/test/**/*_test.rb',
    '**/*.{Tests,UnitTests,IntegrationTests,FunctionalTests,Test}/**/*.cs',
    // .NET test projects are folders named like UnitTests or Web.FunctionalTests, or under tests/.
    '**/*{UnitTests,IntegrationTests,FunctionalTests,Tests,Specs}/**/*.{cs,fs}',
    '**/{test,tests}/**/*.{cs,fs}',
    '**/*{Test,Tests}.cs',
    '**/tests/**/*.rs',
  ],
  { dot: true },
);

const DOC_FILE = picomatch(['**/*.{md,mdx,markdown,rst,adoc,asciidoc,txt}', '**/README', '**/README.*'], { dot: true, nocase: true });

// Every detector asks about the same paths; picomatch over twenty globs is worth answering once per path.
const testFileAnswers = new Map<string, boolean>();

/** True for files that are tests by name or folder. */
export function isTestFile(file: string): boolean {
  let yes = testFileAnswers.get(file);
  if (yes === undefined) {
    if (testFileAnswers.size >= 500_000) testFileAnswers.clear();
    yes = TEST_FILE(file);
    testFileAnswers.set(file, yes);
  }
  return yes;
}

export function isDocFile(file: string): boolean {
  return DOC_FILE(file) && !/(^|\/)(LICENSE|LICENCE|COPYING|NOTICE|requirements[^/]*|CMakeLists)\.?[^/]*$/i.test(file);
}

export type FileSetName = '@tests' | '@source' | '@docs' | '@ci' | '@all';

const SETS: Record<FileSetName, (file: string) => boolean> = {
  '@tests': (f) => isSourceFile(f) && isTestFile(f),
  '@source': (f) => isSourceFile(f) && !isTestFile(f),
  '@docs': isDocFile,
  '@ci': (f) => ciSystemOf(f) !== undefined,
  '@all': () => true,
};

const globCache = new Map<string, (file: string) => boolean>();

/** A predicate for a list of globs and named sets (any may match). "!glob" entries exclude. */
export function fileFilter(patterns: string[] | undefined): (file: string) => boolean {
  if (!patterns || patterns.length === 0) return () => true;
  const key = patterns.join('\u0000');
  let filter = globCache.get(key);
  if (!filter) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const tests = include.map((p) => (p in SETS ? SETS[p as FileSetName] : picomatch(p, { dot: true })));
    const notTests = exclude.map((p) => (p in SETS ? SETS[p as FileSetName] : picomatch(p, { dot: true })));
    filter = (file) => tests.some((t) => t(file)) && !notTests.some((t) => t(file));
    if (include.length === 0) filter = (file) => !notTests.some((t) => t(file));
    globCache.set(key, filter);
  }
  return filter;
}

const matchingCache = new WeakMap<readonly string[], Map<string, string[]>>();

/** The files of `files` that `patterns` select (see fileFilter), worked out once per file list and pattern list. */
export function filesMatching(files: readonly string[], patterns: string[] | undefined): readonly string[] {
  if (!patterns || patterns.length === 0) return files;
  let byKey = matchingCache.get(files);
  if (!byKey) matchingCache.set(files, (byKey = new Map()));
  const key = patterns.join('\u0000');
  let list = byKey.get(key);
  if (!list) byKey.set(key, (list = selectFiles(files, patterns)));
  return list;
}

interface NameIndex {
  /** Indices of the files by extension ("ts" for a.test.ts, "" for Dockerfile), lowercased. */
  byExtension: Map<string, number[]>;
  /** Indices of the files by base name. */
  byBase: Map<string, number[]>;
}
const nameIndexes = new WeakMap<readonly string[], NameIndex>();

function nameIndex(files: readonly string[]): NameIndex {
  let index = nameIndexes.get(files);
  if (!index) {
    index = { byExtension: new Map(), byBase: new Map() };
    files.forEach((file, i) => {
      const base = file.slice(file.lastIndexOf('/') + 1);
      const dot = base.lastIndexOf('.');
      const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
      push(index!.byExtension, ext, i);
      push(index!.byBase, base, i);
    });
    nameIndexes.set(files, index);
  }
  return index;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Which files a glob can match at all, judged by its last segment: a literal name ("Dockerfile") or a literal
 * extension ("*.py", "*.{yml,yaml}") narrows the candidates; anything else keeps every file. A superset, never
 * fewer: picomatch still decides.
 */
function candidates(glob: string, files: readonly string[], index: NameIndex): Iterable<number> {
  const last = glob.slice(glob.lastIndexOf('/') + 1);
  if (last && !/[*?[\]{}()!+@]/.test(last)) return index.byBase.get(last) ?? [];
  const ext = /\.(?:([\w-]+)|\{([\w-]+(?:,[\w-]+)*)\})$/.exec(last);
  const before = ext ? last.slice(0, ext.index) : '';
  // The extension must be the name's last dot-part: "*.{a,b}" or "name.ext", not "{x,y.z}" braces that hide dots.
  if (ext && !/[{}]/.test(before)) {
    const exts = (ext[1] ?? ext[2]!).split(',').map((e) => e.toLowerCase());
    return exts.flatMap((e) => index.byExtension.get(e) ?? []);
  }
  return files.keys();
}

/** files.filter(fileFilter(patterns)), without testing every file against every glob. */
function selectFiles(files: readonly string[], patterns: string[]): string[] {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = fileFilter(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
  const hasExclude = patterns.some((p) => p.startsWith('!'));
  if (include.length === 0) return files.filter((f) => !exclude(f));
  const index = nameIndex(files);
  const chosen = new Uint8Array(files.length);
  for (const glob of include) {
    const test = glob in SETS ? SETS[glob as FileSetName] : picomatch(glob, { dot: true });
    const pool = glob in SETS ? files.keys() : candidates(glob, files, index);
    for (const i of pool) if (!chosen[i] && test(files[i]!)) chosen[i] = 1;
  }
  const out: string[] = [];
  for (let i = 0; i < files.length; i++) if (chosen[i] && (!hasExclude || !exclude(files[i]!))) out.push(files[i]!);
  return out;
}
