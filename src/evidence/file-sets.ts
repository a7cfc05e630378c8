// Named sets of files that rules refer to as @tests, @source, @docs, @ci, @scaffolding, @all.
import picomatch from 'picomatch';
import { ciSystemOf } from './ci.js';
import { isSourceFile } from './languages.js';

/**
 * One RegExp for a list of globs (picomatch's, joined): a path is tested once, not once per glob. Paths here are
 * always POSIX, so the POSIX form of each glob is the right one on every platform.
 */
function anyOf(globs: string[], options: { nocase?: boolean } = {}): (file: string) => boolean {
  const re = new RegExp(globs.map((g) => picomatch.makeRe(g, { dot: true, windows: false, ...options }).source).join('|'), options.nocase ? 'i' : '');
  return (file) => re.test(file);
}

const TEST_FILE = anyOf(
  [
    '**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
    '**/__tests__/**/*.{js,jsx,ts,tsx,mjs,cjs}',
    '**/{test,tests,e2e,integration,cypress}/**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
    // Jasmine's spec/ holds *Spec.js / *.spec.js files; other modules there (OpenAPI schemas, helpers) are not tests.
    '**/spec/**/*{Spec,spec,.test,_test}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}',
    '**/*.cy.{js,jsx,ts,tsx}',
    '**/test_*.py',
    '**/*_test.py',
    '**/tests.py',
    '**/conftest.py',
    '**/{test,tests}/**/*.py',
    // A suite of its own in a folder named for tests with a qualifier (tests_e2e/, integ_tests/, e2e_tests/): pytest
    // collects it with its own `python_files` pattern (e2e_test_*.py), so its file names need not say test_.
    '**/{tests_*,*_tests}/**/*.py',
    '**/*_test.go',
    '**/src/test/**/*.{java,kt,groovy,scala}',
    '**/src/*{integrationTest,IntegrationTest,it}/**/*.{java,kt}',
    '**/*{Test,Tests,IT,Spec}.{java,kt,groovy,scala}',
    '**/spec/**/*_spec.rb',
    '**/test/**/*_test.rb',
    // Each runner's own suffix in the other's folder name: RSpec specs kept under test/ (Homebrew's
    // Library/Homebrew/test/*_spec.rb, run by `rspec` with its default path set there), Minitest files under spec/.
    '**/{test,tests}/**/*_spec.rb',
    '**/spec/**/*_test.rb',
    '**/{test,tests}/spec_helper.rb',
    // Minitest's and Bacon's other naming: test/test_router.rb, test/spec_builder.rb (a prefix, as in Python).
    '**/{test,tests,spec}/**/{test,spec}_*.rb',
    // RSpec's and Minitest's support code runs only under the tests: spec_helper, rails_helper, spec/support/.
    '**/spec/{spec_helper,rails_helper}.rb',
    '**/spec/{support,factories,shared_examples,shared_contexts}/**/*.rb',
    '**/test/{test_helper,application_system_test_case}.rb',
    '**/test/{support,factories,test_helpers}/**/*.rb',
    '**/*.{Tests,UnitTests,IntegrationTests,FunctionalTests,Test}/**/*.cs',
    // .NET test projects are folders named like UnitTests or Web.FunctionalTests, or under tests/.
    '**/*{UnitTests,IntegrationTests,FunctionalTests,Tests,Specs}/**/*.{cs,fs}',
    '**/{test,tests}/**/*.{cs,fs}',
    '**/*{Test,Tests}.cs',
    '**/tests/**/*.rs',
  ],
);

// RDoc pages (a Ruby project's doc/command_line_usage.rdoc) are docs as Markdown pages are.
const DOC_FILE = anyOf(['**/*.{md,mdx,markdown,rst,adoc,asciidoc,txt,rdoc}', '**/README', '**/README.*'], { nocase: true });

/**
 * A question about a path, answered once per path: every detector asks the same paths many times over. Bounded, so a
 * process grading many repositories does not keep every path it saw.
 */
export function answeredOncePerPath(question: (file: string) => boolean, limit = 500_000): (file: string) => boolean {
  const answers = new Map<string, boolean>();
  return (file) => {
    let yes = answers.get(file);
    if (yes === undefined) {
      if (answers.size >= limit) answers.clear();
      yes = question(file);
      answers.set(file, yes);
    }
    return yes;
  };
}

// Picomatch over twenty globs is worth answering once per path.
const testFileAnswer = answeredOncePerPath((file) => TEST_FILE(file));

/** True for files that are tests by name or folder. */
export function isTestFile(file: string): boolean {
  return testFileAnswer(file);
}

// The folder names that say "this is not the running project", one group per reason. Each entry is a RegExp piece
// for one folder name (`tests?` is test/ or tests/). The path tests below and in the detectors are built from these
// groups with inFolderNamed, each taking the groups it needs, with except() for the names it leaves out and its own
// extras spelled beside them: a new folder name goes into its group once, and the differences between the sets stay
// named where each set is made.

/** Folders of tests: the suites (test/, __tests__/), Go's test-helper packages (testing/), end-to-end suites (e2e/). */
export const TEST_FOLDERS = ['tests?', '__tests__', 'testing', 'e2e'] as const;
/** Folders of what tests read, not what the project runs: Go's testdata/, fixtures, Jest's __fixtures__/ and __mocks__/. */
// Go's tools skip folders whose name starts with _ (echo's _fixture/): test data by the same convention as testdata/.
export const TEST_DATA_FOLDERS = ['testdata', 'fixtures?', '_fixtures?', '_testdata', '__fixtures__', '__mocks__'] as const;
/**
 * Files of what tests read, by their own name where no folder says it: a module of mock data or fixtures a test
 * imports (`mock.ts`, `mocks.go`, `user.mock.ts`, `client_mock.go`, `mock_server.py`, `UserServiceMock.java`,
 * `fixtures.py`, `order.fixture.ts`), the file-name counterpart of TEST_DATA_FOLDERS (__mocks__/, fixtures/). Not a
 * test itself (isTestFile counts tests; a mock asserts nothing), and not the running project either.
 */
const TEST_DATA_FILE = /(^|\/)(?:(?:[^/]{1,120}[._-])?(?:mocks?|fixtures?)(?:[._-][^/]{1,120})?|[A-Za-z0-9]{1,80}Mocks?|Mocks?[A-Z][A-Za-z0-9]{1,80})\.[A-Za-z0-9]{1,8}$/;

// Asked of the same paths by every import matcher, and the RegExp backtracks at each slash: every match names mock,
// Mock or fixture, so a path without them is answered by includes.
const testDataAnswer = answeredOncePerPath((file) => (file.includes('ock') || file.includes('fixture')) && TEST_DATA_FILE.test(file));

/** True for a file named as mock data or fixtures (see TEST_DATA_FILE), wherever it sits. */
export function isTestDataFile(file: string): boolean {
  return testDataAnswer(file);
}
/**
 * Folders of sample apps that show how to use the project (examples/, Go's _examples/, sample-app/), not the project;
 * under any name that says so (demos/, a framework's acme-demo/ or acme-samples/ modules, examples-web/, demo_files/). A
 * singular demo/ is left out: it is as often the product's own demo mode (app/models/demo/); so is a name that only
 * ends in _example (a Python package named styleguide_example is the project).
 */
export const SAMPLE_FOLDERS = ['examples?', '_examples?', 'samples?', 'example[-_]apps?', 'sample[-_]apps?', 'demos', '[^/]{1,60}-(?:examples?|samples?|demos?)', '(?:examples?|samples?|demos?)[-_][^/]{1,60}'] as const;
/** Folders of benchmarks (Rust's benches/, benchmarks/): they measure the project, they do not run as it. */
export const BENCHMARK_FOLDERS = ['benches', 'bench', 'benchmarks?'] as const;
/** Folders of someone else's code kept in the repository: Go's vendor/, third_party/, installed node_modules/. */
export const VENDORED_FOLDERS = ['vendor', 'third_party', 'node_modules'] as const;
/** Folders of documentation (docs/, doc/): what the project says, not what it does. */
export const DOC_FOLDERS = ['docs?'] as const;
/** Folders of seed scripts and seed data (seeds/, seeders/, seeding/): they fill a database once, they are not the app. */
export const SEED_FOLDERS = ['seeds?', 'seeders?', 'seeding'] as const;

/** A group without some of its names, for a set that leaves them out on purpose; a name not in the group is a mistake. */
export function except(group: readonly string[], ...names: string[]): string[] {
  for (const name of names) if (!group.includes(name)) throw new Error(`${name} is not in the folder group ${group.join('|')}`);
  return group.filter((name) => !names.includes(name));
}

const folderPatterns: RegExp[] = [];

/**
 * A RegExp true for a path with a folder named by one of these RegExp pieces, at any depth (`a/tests/b.ts` for
 * `tests?`). Every such pattern is kept in folderPatternsMade, so the backtracking check sees them as it sees literals.
 */
export function inFolderNamed(names: readonly string[], flags: '' | 'i' = ''): RegExp {
  const re = new RegExp(`(^|\\/)(${names.join('|')})\\/`, flags);
  folderPatterns.push(re);
  return re;
}

/** Every RegExp made by inFolderNamed so far (for the backtracking check of shipped patterns). */
export function folderPatternsMade(): readonly RegExp[] {
  return folderPatterns;
}

// Any file under a folder of tests or test data (a syntax-test sample main.tf, a fixture openapi.yaml, a Go testdata/
// config): what the tests read, not what the project runs. spec/ is left out: it also holds OpenAPI schema modules.
// Narrower than the groups, as it has always been: testing/, e2e/ and fixtures/ are not in it, and names are case-sensitive.
export const IN_TEST_FOLDER = inFolderNamed([...except(TEST_FOLDERS, 'testing', 'e2e'), ...except(TEST_DATA_FOLDERS, 'fixtures?', '_fixtures?')]);

/** True for test files and for every file inside a test or test-data folder. */
export function isTestOrTestData(file: string): boolean {
  return IN_TEST_FOLDER.test(file) || isTestFile(file);
}

// Skills, rules and prompts for coding agents (.agents/skills/gh-cli/SKILL.md, .cursor/rules/, .claude/commands/):
// they teach an agent its tools and chores, often someone else's CLI, and document nothing of the project.
const AGENT_TOOLING = /^(\.(agents?|claude|cursor|codex|windsurf|gemini|kiro|roo|clinerules|continue|junie|opencode)\/|\.github\/(instructions|prompts|chatmodes|agents|skills)\/)/;

/** True for files of a coding agent's own configuration folder. */
export function isAgentTooling(file: string): boolean {
  return AGENT_TOOLING.test(file);
}

export function isDocFile(file: string): boolean {
  return DOC_FILE(file) && !/(^|\/)(LICENSE|LICENCE|COPYING|NOTICE|requirements|CMakeLists)[^/]*$/i.test(file);
}

// Files around the project that are not its running behaviour (rubric: "evidence is about the running project").
/** The folder of a repository path ('.' for a file at the root). */
export const folderOf = (file: string): string => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');
/** A Dockerfile by its name: Dockerfile, api.Dockerfile, Dockerfile.prod. */
export const DOCKERFILE_NAME = /(^|\/)(?:[\w.-]{1,80}\.)?Dockerfile(?:\.[\w.-]{1,80})?$/;

const SCAFFOLDING: RegExp[] = [
  // Seed scripts and seed data: prisma/seed.ts, db/seeds.rb, seeders/, scripts/seed-db.js, create_seed.py.
  /(^|\/)(seeds?|seeders?|seeding)(\/|\.[^/]*$|[-_][^/]*$)/i,
  /(^|\/)[^/]*[-_](seed|seeds|seeder|seeders)\.[^/]+$/i,
  // Scripts that wait for a database or service before something else starts: wait-for-it.sh, wait_for_db.py.
  /(^|\/)wait[-_](for|until)([-_.][^/]*)?$/i,
  /(^|\/)wait[-_](db|database|postgres|mysql|mongo|redis|kafka|services?)[^/]*$/i,
  // Helper scripts CI calls (the CI configuration itself is not scaffolding: it is how the project ships).
  /^(\.?ci|\.github\/scripts|scripts\/ci|tools\/ci|hack\/ci)\//i,
  /(^|\/)scripts\/ci[-_][^/]+$/i,
  // Calibration round 22: the rest of .github/ is the repository's automation too, wherever its code sits: a workflow's
  // helper script beside it (.github/workflows/scripts/redeliver.mjs, .github/workflows/notify/notify.js), a custom
  // action (.github/actions/triage/src/index.ts with its package.json), .github/utils/check_version.py, a release's
  // version script. Its configuration (workflows, renovate.json, dependabot.yml) is not code and stays what it is.
  /^\.github\/actions\//,
  /^\.github\/(?:[^/]{1,80}\/){0,6}[^/]{1,120}\.(?:[cm]?js|[cm]?ts|jsx|tsx|py|rb|go|rs|java|kts?|cs|sh|bash|ps1|php|pl|lua)$/i,
  /^(docs\/)?samples?\//i,
  // Code written for the documentation to show (the FastAPI family's docs_src/ tutorials, which the docs include).
  /(^|\/)docs?[-_]src\//i,
  // Compose files of a test harness: e2e/docker-compose.yml, docker-compose.test.yml, compose.ci.yaml.
  /(^|\/)(tests?|e2e|it|integration[-_]?tests?|testing|playwright|cypress)\/[^/]*compose[^/]*\.ya?ml$/i,
  /(^|\/)(docker-)?compose[^/]*[-_.](tests?|e2e|ci|it|integration|testing)([-_.][^/]*)?\.ya?ml$/i,
  // Templates a reporter copies to reproduce a bug (Rails' guides/bug_report_templates/): the reporter's script.
  /(^|\/)bug[-_]report[-_]templates?\//i,
  // Scripts that generate the project's documentation or API description (generate_openapi.py, gen_docs.go,
  // build-docs.sh, docgen.ts): they run for the maintainers when the docs are built, not as the running project.
  /(^|\/)(?:(?:generate|gen|build|make)[-_]?(?:[a-z]{1,30}[-_]){0,2}(?:docs?|openapi|swagger|readme)|docs?gen)(?:[-_.][^/]{0,80})?\.(?:py|js|mjs|cjs|ts|rb|sh|go)$/i,
  // The history of the project, not what it does now.
  /(^|\/)(CHANGELOG|CHANGES|HISTORY|NEWS|RELEASES?|RELEASE[-_]NOTES)(\.(md|mdx|markdown|rst|txt|adoc|asciidoc))?$/i,
  /(^|\/)(\.changeset|changelogs?|release[-_]notes)\//i,
];

// Sample applications that show how to use the project. samples/ is scaffolding only at the root or under docs/
// (SCAFFOLDING above), not at any depth.
export const EXAMPLES_FOLDER = inFolderNamed(except(SAMPLE_FOLDERS, 'samples?'), 'i');
// Below a JVM source root the folders are the package's name: `src/main/java/com/example/app/` is the project's own
// code in the package com.example (the default of Android Studio and Spring Initializr), not a sample app.
const JVM_SOURCE_ROOT = /(?:^|\/)src\/[\w-]{1,60}\/(?:java|kotlin|scala|groovy)\//;

/** Whether a file sits in a sample-app folder (examples/, example-app/), package names of JVM sources aside. */
function inExamplesFolder(file: string): boolean {
  const root = JVM_SOURCE_ROOT.exec(file);
  return EXAMPLES_FOLDER.test(root ? file.slice(0, root.index + 1) : file);
}

const scaffoldingAnswer = answeredOncePerPath((file) => ciSystemOf(file) === undefined && (SCAFFOLDING.some((re) => re.test(file)) || inExamplesFolder(file)));

/**
 * True for files that sit around the project without being its running behaviour: seed and wait scripts, CI helper
 * scripts, sample apps under examples/, test-harness compose files, changelogs. Their words and imports are not
 * what the project does, so rules never count them (the matchers leave them out; @source and @docs exclude them).
 */
export function isScaffolding(file: string): boolean {
  return scaffoldingAnswer(file);
}

export type FileSetName = '@tests' | '@source' | '@docs' | '@ci' | '@scaffolding' | '@all';

const SETS: Record<FileSetName, (file: string) => boolean> = {
  '@tests': (f) => isSourceFile(f) && isTestFile(f),
  '@source': (f) => isSourceFile(f) && !isTestFile(f) && !isScaffolding(f),
  '@docs': (f) => isDocFile(f) && !isScaffolding(f) && !isAgentTooling(f),
  '@ci': (f) => ciSystemOf(f) !== undefined,
  '@scaffolding': isScaffolding,
  '@all': () => true,
};

const globCache = new Map<string, (file: string) => boolean>();
/** Globs compiled by the build and not asked for yet: their RegExp sources. */
const compiledGlobSources = new Map<string, string>();

/**
 * The RegExp source picomatch compiles each glob to (`{ dot: true }`, POSIX), for the build to ship with the
 * catalog: compiling the rules' globs costs a run about 20 ms. Named sets ("@source") are not globs.
 */
export function compileGlobs(globs: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const glob of globs) if (!(glob in SETS)) out[glob] = picomatch.makeRe(glob, { dot: true, windows: false }).source;
  return out;
}

/**
 * Globs compiled by the build (compileGlobs): each answers as picomatch's matcher does, an empty path never and
 * the glob itself always, else by its RegExp. On Windows picomatch compiles for Windows paths, so they are not used.
 */
export function useCompiledGlobs(sources: Readonly<Record<string, string>>, platform = process.platform): void {
  if (platform === 'win32') return;
  // Each RegExp is made when a rule first asks for its glob: a small repository asks for a few of about 300.
  for (const [glob, source] of Object.entries(sources)) if (!globCache.has(glob)) compiledGlobSources.set(glob, source);
}

function compiledGlobTest(glob: string, source: string): (file: string) => boolean {
  const re = new RegExp(source);
  return (file) => file !== '' && (file === glob || re.test(file));
}

/** The test for one glob or named set ("@source"), compiled once. */
function globTest(glob: string): (file: string) => boolean {
  if (glob in SETS) return SETS[glob as FileSetName];
  let test = globCache.get(glob);
  if (!test) {
    const source = compiledGlobSources.get(glob);
    globCache.set(glob, (test = source === undefined ? picomatch(glob, { dot: true }) : compiledGlobTest(glob, source)));
  }
  return test;
}

const filterCache = new Map<string, (file: string) => boolean>();

/** A predicate for a list of globs and named sets (any may match). "!glob" entries exclude. */
export function fileFilter(patterns: string[] | undefined): (file: string) => boolean {
  if (!patterns || patterns.length === 0) return () => true;
  const key = patterns.join('\u0000');
  let filter = filterCache.get(key);
  if (!filter) {
    const include = patterns.filter((p) => !p.startsWith('!'));
    const tests = include.map(globTest);
    const notTests = patterns.filter((p) => p.startsWith('!')).map((p) => globTest(p.slice(1)));
    filter = (file) => tests.some((t) => t(file)) && !notTests.some((t) => t(file));
    if (include.length === 0) filter = (file) => !notTests.some((t) => t(file));
    filterCache.set(key, filter);
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
  /** Indices of the files by extension ("ts" for a.test.ts, "sln" for .sln, "" for Dockerfile), lowercased. */
  byExtension: Map<string, number[]>;
  /** Indices of the files by base name. */
  byBase: Map<string, number[]>;
  /** Indices of the files by the names of the folders on their path ("src" for src/app/main.ts, and "app"). */
  byFolder: Map<string, number[]>;
  /** Indices of the files each glob or named set selects, as worked out so far. */
  byGlob: Map<string, number[]>;
}
const nameIndexes = new WeakMap<readonly string[], NameIndex>();

function nameIndex(files: readonly string[]): NameIndex {
  let index = nameIndexes.get(files);
  if (!index) {
    index = { byExtension: new Map(), byBase: new Map(), byFolder: new Map(), byGlob: new Map() };
    files.forEach((file, i) => {
      const parts = file.split('/');
      const base = parts.pop()!;
      const dot = base.lastIndexOf('.');
      const ext = dot >= 0 ? base.slice(dot + 1).toLowerCase() : ''; // ".sln" too: with dot: true, *.sln matches it
      push(index!.byExtension, ext, i);
      push(index!.byBase, base, i);
      for (const folder of new Set(parts)) push(index!.byFolder, folder, i);
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
 * The names a glob segment stands for when it is literal text with {a,b} alternatives ("dependabot.{yml,yaml}",
 * "{controllers,routes}"); undefined for anything with wildcards, classes, ranges, nesting or escapes.
 */
function literalNames(segment: string, limit = Infinity): string[] | undefined {
  if (/[*?[\]()!+@\\]/.test(segment)) return undefined;
  let names = [''];
  for (const part of segment.split(/(\{[^{}]*\})/)) {
    if (part.startsWith('{')) {
      const options = part.slice(1, -1).split(',');
      if (options.length < 2 || part.includes('..')) return undefined; // {x} and {1..3} are not plain alternatives
      // A product of lists grows fast (one rule glob's tail is 5,760 names): past the caller's use, stop making it.
      if (names.length * options.length > limit) return undefined;
      names = names.flatMap((head) => options.map((o) => head + o));
    } else if (/[{}]/.test(part)) return undefined;
    else names = names.map((head) => head + part);
  }
  return names;
}

const MAX_ENDINGS = 64;
/**
 * The names of a segment's longest literal tail of at most MAX_ENDINGS names (".e2e.test.ts" and ".e2e.spec.ts" of
 * "*.e2e.{test,spec}.ts"): every name the segment matches ends in one of them.
 */
function literalEndings(segment: string): string[] | undefined {
  // A tail that holds a wildcard is not literal: start after the last one (the answer is the same, without asking
  // literalNames of every tail before it).
  for (let i = Math.max(1, lastWildcard(segment) + 1); i < segment.length; i++) {
    const names = literalNames(segment.slice(i), MAX_ENDINGS);
    if (names) return names.includes('') ? undefined : names;
  }
  return undefined;
}

/** The index of the last character of `segment` that literalNames refuses (a wildcard, class, extglob, escape); -1 if none. */
function lastWildcard(segment: string): number {
  for (let i = segment.length - 1; i >= 0; i--) if ('*?[]()!+@\\'.includes(segment[i]!)) return i;
  return -1;
}

/** A glob's path segments, or undefined when a {…} group spans a slash (then segments cannot be read apart). */
function segmentsOf(glob: string): string[] | undefined {
  const segments = glob.split('/');
  for (const segment of segments) if ((segment.match(/\{/g)?.length ?? 0) !== (segment.match(/\}/g)?.length ?? 0)) return undefined;
  return segments;
}

/** The literal start of a glob segment, up to its first special character ("db" for "db[-_]*"). */
const literalPrefix = (segment: string): string => /^[^*?[\]{}()!+@\\]*/.exec(segment)![0];
function keysStarting(map: Map<string, number[]>, start: string): number[][] {
  const lists: number[][] = [];
  for (const [key, list] of map) if (key.startsWith(start)) lists.push(list);
  return lists;
}
function keysEnding(map: Map<string, number[]>, endings: string[]): number[][] {
  const lists: number[][] = [];
  for (const [key, list] of map) if (endings.some((e) => key.endsWith(e))) lists.push(list);
  return lists;
}
/** The files of `pool` whose names end in one of `endings` (no ending holds a slash, so the path's end is the name's). */
function filesEnding(pool: (number[] | undefined)[], files: readonly string[], endings: string[]): number[] {
  const out: number[] = [];
  for (const list of pool) for (const i of list ?? []) if (endings.some((e) => files[i]!.endsWith(e))) out.push(i);
  return out.sort((a, b) => a - b);
}

/**
 * Which files a glob can match at all, from its literal parts: the name, the start of the name or the extension in
 * its last segment, or a folder name it requires. A superset, never fewer: picomatch still decides, on the smallest of these pools.
 */
function candidates(glob: string, files: readonly string[], index: NameIndex): Iterable<number> {
  const segments = segmentsOf(glob);
  if (!segments) return files.keys();
  // Each pool is a few index lists; only the smallest pool is merged.
  const pools: (number[] | undefined)[][] = [];
  const last = segments[segments.length - 1]!;
  const names = literalNames(last);
  const start = literalPrefix(last);
  if (names && !names.includes('')) pools.push(names.map((n) => index.byBase.get(n)));
  else if (start.length >= 2) pools.push(keysStarting(index.byBase, start));
  else {
    const ext = /\.(?:([\w-]+)|\{([\w-]+(?:,[\w-]+)*)\})$/.exec(last);
    // A name that matches ends in ".ext", whatever comes before: its extension is ext.
    const byExtension = ext ? (ext[1] ?? ext[2]!).split(',').map((e) => index.byExtension.get(e.toLowerCase())) : undefined;
    if (byExtension) pools.push(byExtension);
    // A longer literal tail than the extension ("*.e2e.{test,spec}.ts") narrows further, by base name: among the
    // files of the extension when there is one (a few hundred names to test, not every base name of the tree).
    const endings = literalEndings(last);
    if (endings && endings.some((e) => e.length > (ext?.[0].length ?? 0))) {
      pools.push(byExtension ? [filesEnding(byExtension, files, endings)] : keysEnding(index.byBase, endings));
    }
  }
  for (const segment of segments.slice(0, -1)) {
    const folders = literalNames(segment);
    const start = literalPrefix(segment);
    // "docs/**" also matches a file named docs (the globstar may match nothing), hence the base names too.
    if (folders && !folders.includes('')) pools.push(folders.flatMap((f) => [index.byFolder.get(f), index.byBase.get(f)]));
    else if (start.length >= 2) pools.push([...keysStarting(index.byFolder, start), ...keysStarting(index.byBase, start)]);
  }
  if (pools.length === 0) return filesHoldingPiece(segments, files);
  const size = (pool: (number[] | undefined)[]) => pool.reduce((n, list) => n + (list?.length ?? 0), 0);
  const smallest = pools.reduce((a, b) => (size(b) < size(a) ? b : a));
  return smallest.length === 1 ? smallest[0] ?? [] : new Set(smallest.flatMap((list) => list ?? []));
}

/**
 * The literal pieces of a glob segment between its wildcards, each as the names it stands for ("auth" and "token"
 * of "*{auth,token}*", ".spec." and ".test." of "*.{spec,test}.*"): a path the segment matches holds one name of
 * every piece. None for a segment with classes, extglobs or escapes.
 */
function literalPieces(segment: string): string[][] {
  if (/[[\]()!+@\\^$|]/.test(segment)) return [];
  const pieces: string[][] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= segment.length; i++) {
    const c = segment[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (i === segment.length || (depth === 0 && (c === '*' || c === '?'))) {
      const names = i > start ? literalNames(segment.slice(start, i), MAX_ENDINGS) : undefined;
      if (names && !names.includes('')) pieces.push(names);
      start = i + 1;
    }
  }
  return pieces;
}

/**
 * The files that hold some name of the glob's most telling literal piece (its shortest name the longest): for a glob
 * no name, extension or folder narrows (a last segment `*{auth,token}*` under any folder), one `includes` per file
 * instead of picomatch's RegExp, which tries every split of the path. Every file when the glob has no such piece.
 */
function filesHoldingPiece(segments: string[], files: readonly string[]): Iterable<number> {
  let best: string[] | undefined;
  const shortest = (names: string[]) => Math.min(...names.map((n) => n.length));
  for (const piece of segments.flatMap(literalPieces)) if (!best || shortest(piece) > shortest(best)) best = piece;
  return best ? filesHoldingOne(files, best) : files.keys();
}

/** The indices of the files that hold one of `names` (a loop of its own, so V8 optimizes only it: see mark). */
function filesHoldingOne(files: readonly string[], names: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    for (let k = 0; k < names.length; k++) {
      if (file.includes(names[k]!)) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}

/** files.filter(fileFilter(patterns)), without testing every file against every glob. */
function selectFiles(files: readonly string[], patterns: string[]): string[] {
  const index = nameIndex(files);
  const include = patterns.filter((p) => !p.startsWith('!'));
  const chosen = new Uint8Array(files.length).fill(include.length === 0 ? 1 : 0);
  for (const glob of include) mark(chosen, indicesMatching(glob, files, index), 1);
  for (const p of patterns) if (p.startsWith('!')) mark(chosen, indicesMatching(p.slice(1), files, index), 0);
  return chosenFiles(files, chosen);
}

// The loops over files are small functions of their own: V8 optimizes what runs hot, and a loop inside selectFiles
// had it compile selectFiles with everything it calls (the glob's candidates, its pools), once per process.
function mark(chosen: Uint8Array, indices: readonly number[], value: 0 | 1): void {
  for (let k = 0; k < indices.length; k++) chosen[indices[k]!] = value;
}
function chosenFiles(files: readonly string[], chosen: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < files.length; i++) if (chosen[i]) out.push(files[i]!);
  return out;
}

/** `**\/*.ts`, `**\/*.{ts,tsx}`: a glob that says only what a file's name ends in. */
const EXTENSION_ONLY = /^\*\*\/\*\.(?:([\w-]+)|\{([\w-]+(?:,[\w-]+)*)\})$/;

/** The indices of the files one glob or named set selects; rule file lists share globs, so each is worked out once. */
function indicesMatching(glob: string, files: readonly string[], index: NameIndex): number[] {
  let found = index.byGlob.get(glob);
  if (!found) {
    const extension = process.platform === 'win32' ? null : EXTENSION_ONLY.exec(glob);
    if (extension) found = filesEndingIn(extension, index, files);
    else {
      found = matching(files, glob in SETS ? files.keys() : candidates(glob, files, index), globTest(glob));
    }
    index.byGlob.set(glob, found);
  }
  return found;
}

/** The indices of `pool` whose file passes `test`. */
function matching(files: readonly string[], pool: Iterable<number>, test: (file: string) => boolean): number[] {
  const found: number[] = [];
  for (const i of pool) if (test(files[i]!)) found.push(i);
  return found;
}

/**
 * The files an EXTENSION_ONLY glob selects, without its RegExp: picomatch matches any POSIX path whose name ends in
 * ".ext" (with `dot`, ".ext" alone too; a listed path has no "." or ".." folder), and only in that case.
 */
function filesEndingIn(extension: RegExpExecArray, index: NameIndex, files: readonly string[]): number[] {
  const found = new Set<number>();
  for (const ext of (extension[1] ?? extension[2]!).split(',')) {
    for (const i of index.byExtension.get(ext.toLowerCase()) ?? []) if (files[i]!.endsWith(`.${ext}`)) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}
