import { inFolderNamed, isTestFile, VENDORED_FOLDERS } from '../evidence/file-sets.js';
import { lineAt } from '../evidence/languages.js';
import { goModulePath } from '../evidence/manifests.js';
import { parseYamlWithMerges } from '../evidence/yaml-once.js';
import type { Measurement } from '../types.js';
import { assertingTests } from './asserting-tests.js';
import type { Detector } from './types.js';

/** Module name of a test or source file: "src/users/service.test.ts" → "service". */
export function moduleName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return base
    .replace(/\.(test|spec|cy|e2e|int|integration)$/i, '')
    .replace(/^test_|_test$|_spec$/i, '')
    .replace(/(Tests?|IT|Spec)$/, '')
    .toLowerCase();
}

/** The feature a file belongs to by name: "user.controller" → "user", "auth_service" stays whole. */
function featureOf(module: string): string {
  return module.split('.')[0]!;
}

// Files that are not modules worth a test: barrels, settings, migrations, generated code, assets, vendored code.
const NOT_A_MODULE =
  /(^|\/)(index|main|__init__|__main__|types?|constants?|config|setup|settings|urls|apps|admin|wsgi|asgi|manage|package-info|module-info|AssemblyInfo|GlobalUsings|vite\.config|vitest\.config|jest\.config|eslint\.config|[\w.-]+\.d)\.\w+$|(^|\/)(migrations?|migrate|alembic|versions|scripts?|bin|docs?|config|vendor|third_party|assets|static|public|generated|__generated__|mocks?|__mocks__|fixtures|testdata|examples?)\//i;
// Someone else's code or the program's sample input, under any of their usual names: vendored code anywhere (vendor/,
// vendored_parsers/, third-party/), and examples, samples and demos at the top of the tree (sample apps, or the files a
// diff or parser tool is run on: sample_files/, demo_files/). Deeper, `example` and `samples` are package names
// (com/example/android, com/google/samples/apps, org/springframework/samples) whose tests are the project's.
// Neither a module of the project nor a test of it, whatever assertions it holds.
const SAMPLE_OR_VENDORED = /(^|\/)(?:vendor|vendored(?:[-_][\w-]{1,40})?|third[-_]party|node_modules)\/|^(?:[^/]{1,100}\/)?(?:examples?|_examples|samples?|sample[-_]files|demos?|demo[-_]files)\//i;
// Build and tool configs by name: webpack.config.js, tailwind.config.ts, karma.conf.js, gulpfile.js, .eslintrc.cjs;
// and build scripts written in a source language: Gradle's Kotlin scripts (build.gradle.kts, settings.gradle.kts),
// a Cargo build script (build.rs), nox/fabric/mage/Cake task files. They configure the build, no test calls them.
const TOOL_CONFIG = /(^|\/)([^/]{1,200}\.(config|conf)\.[cm]?[jt]sx?|\.[\w-]{1,60}rc\.[cm]?js|gulpfile\.[cm]?[jt]s|Gruntfile\.[cm]?js|[^/]{1,200}\.gradle\.kts|build\.rs|noxfile\.py|fabfile\.py|magefile\.go|build\.cake)$/i;
// Test support outside the test-file globs: factories, helpers and page objects of a test tree (spec/factories,
// spec/support, test/support), shared test utilities, and UI stories. A spec/ folder is test support only in
// these parts: one of OpenAPI schema modules is the project's source.
const TEST_SUPPORT =
  /(^|\/)(tests?|__tests__|e2e|cypress|playwright|test[-_]?utils?|test[-_]?helpers?|testing|testutils?|factories|page[-_]?objects?|pageobjects?)\/|(^|\/)specs?\/(support|factories|helpers?|shared|fixtures)\/|(^|\/)(spec|rails|test)_helper\.rb$|(^|\/)[\w.-]+\.(stories|story|page|po)\.[cm]?[jt]sx?$|PageObject\w*\.\w+$/i;
// Gradle's build logic (convention plugins in build-logic/ or buildSrc/) is build configuration, and benchmark
// modules measure the code rather than being code to test.
const BUILD_OR_BENCHMARK = /(^|\/)(buildSrc|build-logic|build_logic|benchmarks?|macrobenchmarks?|microbenchmarks?)\//;
// Test-support modules of a multi-module build: core/data-test, sync/sync-test, testing-utils, src/testFixtures.
const TEST_MODULE = /(^|\/)(?:[A-Za-z0-9]{1,40}[-_]){0,4}(?:test|tests|testing|testkit|testfixtures)(?:[-_][A-Za-z0-9]{1,40}){0,4}\/|(^|\/)src\/testFixtures\//i;
// Gradle's test source sets besides src/test/: Android's instrumented tests (src/androidTest/, whose helpers such as
// UiTestExtensions.kt are test support) and the per-flavour sets (src/testDemo/, src/androidTestProd/).
const TEST_SOURCE_SET = /(^|\/)src\/(?:androidTest\w{0,40}|test[A-Z]\w{0,40})\//;
// A Kotlin file of declarations only: data classes, enums, interfaces with no function body, typealiases.
const KOTLIN_FUNCTION_BODY = /\bfun\b[^\n]{0,300}[{=]|\b(?:init|get\(\)|set\(\w+\))[ \t]*\{|\bby[ \t]+lazy\b|\bobject\b[^\n]{0,200}\{/;
// A migration by name, whatever its folder is called: 20240101120000_create_users.rb, 1678901234567-AddUsers.ts,
// 0001_initial.py, V2__add_index.java.
const MIGRATION_NAME = /(^|\/)(\d{3,20}[_-]|V\d{1,6}(_\d{1,6}){0,3}__)[^/]{1,200}$/;
// Migrations by folder under another name: a qualified migrations folder (data_migrations/, ManualMigrations/,
// PostgresMigrations/) and upgrade scripts filed by the release that runs them (src/upgrades/1.10.0/, patches/v14_0/).
// An upgrades/ or patches/ folder alone is as often the product's own code (an auto-updater, monkey patches).
const MIGRATION_FOLDER = /(^|\/)(?:(?:[a-z]{1,30}[-_]){1,3}migrations|[A-Z][A-Za-z0-9]{0,40}Migrations)\/|(^|\/)(?:upgrades?|patches)\/v?\d{1,4}(?:[._]\d{1,4}){1,3}\//;
// A migration by content (the first lines): TypeORM, Django, Rails, Alembic, knex.
const MIGRATION_CODE = /\bMigrationInterface\b|\bmigrations\.Migration\b|ActiveRecord::Migration|^revision[ \t]*=|^down_revision[ \t]*=|exports\.up\s*=|export (async )?function up\(/m;
const GENERATED = /@generated|auto-?generated|Code generated .{0,120}DO NOT EDIT|This file (is|was) (automatically )?generated|<auto-generated|\bGenerated by\b|\bdo not (edit|modify)\b/i;
// A TS/JS file of declarations only: types and interfaces, no value a test could call.
const DECLARES_TYPES = /^[ \t]*(export[ \t]+)?(declare[ \t]+)?(interface|type)[ \t]+\w+/m;
const DECLARES_VALUES = /^[ \t]*(export[ \t]+)?(default[ \t]+)?(async[ \t]+)?(function|const|let|var|class|enum|abstract)\b|module\.exports|exports\.\w+[ \t]*=|^[ \t]*export[ \t]+default\b/m;

// C#, Java, Go, Python and Rust files of declarations only: interfaces, DTOs and view models of auto-properties or
// fields, enums, structs; pydantic/dataclass/SQLAlchemy/TypedDict/Enum classes of annotated fields; Rust structs,
// enums and traits without a method body. No method, constructor, accessor, function or lambda a test could call.
const TYPE_ONLY: Record<string, { declares: RegExp; body: RegExp }> = {
  cs: { declares: /\b(?:class|interface|record|struct|enum)[ \t]+\w/, body: /\)[ \t]*(?:\r?\n[ \t]*)?(?:\{|=>)|=>|\b(?:get|set|init)[ \t]*\{/ },
  java: { declares: /\b(?:class|interface|enum|record)[ \t]+\w/, body: /\)[ \t]*(?:throws[ \t][^{;\n]{0,200})?(?:\r?\n[ \t]*)?\{|->/ },
  go: { declares: /^type[ \t]+\w|^type[ \t]*\(/m, body: /^func\b|\bfunc[ \t]*\(/m },
  py: { declares: /^class[ \t]+\w/m, body: /^[ \t]*(?:async[ \t]+)?def[ \t]|\blambda\b/m },
  rs: { declares: /^[ \t]*(?:pub(?:\([\w: ]{1,40}\))?[ \t]+)?(?:struct|enum|trait|type)[ \t]+\w/m, body: /\bfn\b[^;{]{0,400}\{|\bmacro_rules!/ },
};

/** A C#, Java, Go, Python or Rust file that declares types and holds no code a test could call. */
function declaresTypesOnly(file: string, text: string): boolean {
  const kind = TYPE_ONLY[file.slice(file.lastIndexOf('.') + 1)];
  return kind !== undefined && kind.declares.test(text) && !kind.body.test(text);
}

/**
 * Whether a source file counts in the breadth denominator: a module of the project's own code that a test could
 * cover, not a test, test support, a build or tool config, a migration, a generated file, a type-only file or a story.
 */
export function isBreadthModule(file: string, text: string | undefined): boolean {
  if (isTestFile(file) || NOT_A_MODULE.test(file) || SAMPLE_OR_VENDORED.test(file) || TOOL_CONFIG.test(file) || TEST_SUPPORT.test(file) || MIGRATION_NAME.test(file) || MIGRATION_FOLDER.test(file) || BUILD_OR_BENCHMARK.test(file) || TEST_MODULE.test(file) || TEST_SOURCE_SET.test(file)) return false;
  const head = (text ?? '').slice(0, 2000);
  if (GENERATED.test(head.slice(0, 600)) || MIGRATION_CODE.test(head)) return false;
  if (/\.[cm]?tsx?$/.test(file) && text !== undefined && DECLARES_TYPES.test(text) && !DECLARES_VALUES.test(text)) return false;
  if (file.endsWith('.kt') && text !== undefined && /^[ \t]*(?:(?:data|enum|sealed|value|annotation)[ \t]+)?(?:class|interface)\b|^[ \t]*typealias\b/m.test(text) && !KOTLIN_FUNCTION_BODY.test(text)) return false;
  if (text !== undefined && declaresTypesOnly(file, text)) return false;
  return true;
}

/**
 * Folders holding another project's Go module, wired in by a `replace` directive of the root go.mod
 * (`replace github.com/ory/x => ./oryx`, where oryx/go.mod says `module github.com/ory/x`): a copy of someone else's
 * code kept in the tree, vendored under another name (calibration round 35: 235 of a service's 321 breadth modules).
 * A replaced module under the root module's own path (`example.com/app/api => ./api`, etcd's `go.etcd.io/etcd/api/v3`
 * beside its root `go.etcd.io/etcd/v3`) is the project's own.
 */
function forkedModuleFolders(evidence: Parameters<Detector['detect']>[0]): string[] {
  const root = evidence.text('go.mod');
  // The root module's path without its major version (`go.etcd.io/etcd/v3` → go.etcd.io/etcd): the project's own
  // modules sit under it (`go.etcd.io/etcd/api/v3`).
  const own = goModulePath(root)?.replace(/\/v\d{1,3}$/, '');
  if (root === undefined || own === undefined || !root.includes('=>')) return [];
  const out: string[] = [];
  for (const m of root.matchAll(/=>[ \t]*\.\/([\w./-]{1,200}?)\/?[ \t]*(?:\/\/[^\n]*)?$/gm)) {
    const dir = m[1]!;
    if (dir.split('/').includes('..')) continue;
    const module = goModulePath(evidence.text(`${dir}/go.mod`));
    if (module !== undefined && module !== own && !module.startsWith(`${own}/`)) out.push(`${dir}/`);
  }
  return out;
}

/** An enforced coverage threshold (percent) in a config file or CI command, or undefined. */
export function coverageThreshold(evidence: Parameters<Detector['detect']>[0]): { file: string; line: number; percent: number } | undefined {
  const patterns = [
    /fail[-_]under\s*(?:[=:]\s*)?(\d{2,3})/,
    /--cov-fail-under[= ](\d{2,3})/,
    /coverageThreshold[\s\S]{0,200}?(?:lines|statements|branches)["']?\s*:\s*(\d{2,3})/,
    /thresholds\s*:\s*\{[\s\S]{0,200}?(?:lines|statements|branches)\s*:\s*(\d{2,3})/,
    /--(?:check-coverage|lines)[= ](\d{2,3})/,
    /<minimum>0?\.(\d{2})\d*<\/minimum>/,
    /minimum\s*=\s*0?\.(\d{2})/,
    /minimum_coverage\s+(\d{2,3})/,
    /\/p:Threshold=(\d{2,3})/,
  ];
  const configs = evidence.files.filter((f) => /(^|\/)(pyproject\.toml|setup\.cfg|tox\.ini|\.coveragerc|pytest\.ini|package\.json|\.nycrc[\w.]*|\.c8rc[\w.]*|(vitest|vite|jest)\.config(\.[\w-]+)*\.\w+|pom\.xml|build\.gradle(\.kts)?|\.simplecov|spec_helper\.rb|test_helper\.rb|codecov\.ya?ml|Makefile)$/.test(f));
  for (const file of configs) {
    const text = evidence.code(file) ?? '';
    for (const re of patterns) {
      const m = re.exec(text);
      if (m) return { file, line: lineAt(text, m.index), percent: Number(m[1]) };
    }
  }
  for (const c of evidence.ci) {
    for (const re of patterns) {
      const m = re.exec(c.expanded);
      if (m) return { file: c.file, line: c.line, percent: Number(m[1]) };
    }
  }
  return codecovProjectTarget(evidence);
}

const VENDORED = inFolderNamed(VENDORED_FOLDERS);

/**
 * Codecov's project status with a fixed target fails the commit below it, less the drop its threshold allows
 * (`coverage.status.project.<name>.target: 75%`, `threshold: 5`): an enforced threshold where CI uploads coverage to
 * Codecov. `target: auto` (no drop from the base commit), an informational status and a patch target (the diff only)
 * set no floor for the whole project.
 */
function codecovProjectTarget(evidence: Parameters<Detector['detect']>[0]): { file: string; line: number; percent: number } | undefined {
  if (!evidence.ci.some((c) => /\bcodecov\b/i.test(c.expanded))) return undefined;
  for (const file of evidence.files.filter((f) => /(^|\/)\.?codecov\.ya?ml$/.test(f) && !VENDORED.test(f))) {
    const text = evidence.text(file) ?? '';
    let config: unknown;
    try {
      config = parseYamlWithMerges(text);
    } catch {
      continue;
    }
    const project = (config as { coverage?: { status?: { project?: unknown } } } | null)?.coverage?.status?.project;
    if (!project || typeof project !== 'object') continue;
    for (const status of Object.values(project as Record<string, unknown>)) {
      if (!status || typeof status !== 'object') continue;
      const { target, threshold, informational } = status as Record<string, unknown>;
      if (informational === true) continue;
      const percent = percentOf(target);
      if (percent === undefined) continue;
      const at = /^[ \t]*target[ \t]*:/m.exec(text);
      return { file, line: at ? lineAt(text, at.index) : 1, percent: Math.max(0, percent - (percentOf(threshold) ?? 0)) };
    }
  }
  return undefined;
}

/** 75, "75", "75%", "75.5%" as a number; undefined for "auto" or anything else. */
function percentOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const m = typeof value === 'string' ? /^(\d{1,3}(?:\.\d{1,4})?)%?$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : undefined;
}

// Python doctests: where pytest collects them (`--doctest-modules` in its configuration or a CI command), a module
// whose docstrings hold examples (`>>> area(2)` and the expected output) is tested by its own examples.
const DOCTEST_RUNNER = /--doctest-modules\b|\bdoctest_modules[ \t]*=[ \t]*(?:true|1)\b/i;
const DOCTEST_EXAMPLE = /^[ \t]*>>>[ \t]+\S/m;

/** Whether the test runner collects Python doctests from the modules. */
function runsDoctests(evidence: Parameters<Detector['detect']>[0]): boolean {
  const configs = evidence.files.filter((f) => /(^|\/)(pyproject\.toml|pytest\.ini|setup\.cfg|tox\.ini)$/.test(f) && !VENDORED.test(f));
  return configs.some((f) => DOCTEST_RUNNER.test(evidence.text(f) ?? '')) || evidence.ci.some((c) => DOCTEST_RUNNER.test(c.expanded));
}

const percent = (share: number) => Math.round(share * 100);
/** The share needed, as a percentage to one decimal (a third is 33.3 %): a whole 33 would read as met by 33 %. */
export const needPercent = (share: number) => Math.round(share * 1000) / 10;
/**
 * A measured share as a percentage that compares with needPercent as the share compares with the need: whole numbers
 * rounded down, and one decimal where the whole number would read the other way (a third met exactly is 33.3 %; 118 of 355 is 33, short).
 */
export function shareShown(share: number, need: number): number {
  const whole = Math.floor(share * 100 + 1e-9);
  return share >= need !== whole >= needPercent(need) ? Math.floor(share * 1000 + 1e-9) / 10 : whole;
}
/** "a third", "40%": the share needed, as the rubric says it. */
const shareWords = (share: number) => (Math.abs(share - 1 / 3) < 0.005 ? 'a third' : Math.abs(share - 0.5) < 0.005 ? 'a half' : `${percent(share)}%`);

/**
 * Breadth, measured three ways (any one is enough, with at least minTests asserting test files): the share of
 * source modules with a test file (minShare), an enforced coverage threshold (minThreshold), or, in a large
 * codebase, many asserting test files (minAssertingTests).
 */
export const testBreadth: Detector = {
  name: 'testBreadth',
  question: 'Is the suite broad: a share of the source modules with a test file, an enforced coverage threshold, or many asserting test files?',
  detect(evidence, options) {
    const minShare = typeof options.minShare === 'number' ? options.minShare : 1 / 3;
    const minTests = typeof options.minTests === 'number' ? options.minTests : 1;
    const minThreshold = typeof options.minThreshold === 'number' ? options.minThreshold : 60;
    const minAssertingTests = typeof options.minAssertingTests === 'number' ? options.minAssertingTests : 150;
    // Asserting files among sample input or vendored code test no module of the project.
    const forks = forkedModuleFolders(evidence);
    const inFork = (file: string) => forks.some((dir) => file.startsWith(dir));
    const tests = assertingTests.detect(evidence, {}).filter((t) => !SAMPLE_OR_VENDORED.test(t.file) && !inFork(t.file));
    if (tests.length === 0) return [];
    const modules = evidence.sourceFiles.filter((f) => !inFork(f) && isBreadthModule(f, evidence.text(f)));
    const threshold = coverageThreshold(evidence);
    const doctested = runsDoctests(evidence) ? modules.filter((f) => f.endsWith('.py') && DOCTEST_EXAMPLE.test(evidence.text(f) ?? '')) : [];
    const share = modules.length ? shareOfModulesTested(modules, [...tests.map((t) => t.file), ...doctested]) : { covered: 0, share: 0 };
    const byShare = modules.length > 0 && share.share >= minShare;
    const byThreshold = threshold !== undefined && threshold.percent >= minThreshold;
    const byCount = tests.length >= minAssertingTests;
    // What the share is of, in whole modules: the reader can check a near miss (118 tested, 119 needed) by counting.
    const shown = shareShown(share.share, minShare);
    const tested = Math.round(share.share * modules.length);
    const needed = Math.ceil(minShare * modules.length - 1e-9);
    const measured: Measurement = {
      summary: [
        modules.length
          ? `${shown}% of ${modules.length} source modules have a test file (${tested} of them, by name or by count${doctested.length ? `; ${doctested.length} with doctests pytest runs` : ''})`
          : 'no source modules to measure',
        `${shareWords(minShare)}${modules.length ? ` (${needed})` : ''} needed, or an enforced coverage threshold of ${minThreshold}% (${threshold ? `${threshold.percent}% found` : 'none found'})`,
        `or ${minAssertingTests} asserting test files (${tests.length} found)`,
      ].join('; ').replace('; or ', ', or ') + (tests.length < minTests ? `; and at least ${minTests} asserting test files in any case` : ''),
      values: [
        { name: 'modules-with-tests', value: shown, need: needPercent(minShare), unit: 'percent' },
        { name: 'coverage-threshold', value: threshold?.percent ?? 0, need: minThreshold, unit: 'percent' },
        { name: 'asserting-test-files', value: tests.length, need: minAssertingTests, unit: 'count' },
        ...(tests.length < minTests ? [{ name: 'minimum-test-files', value: tests.length, need: minTests, unit: 'count' as const }] : []),
      ],
    };
    const strong = tests.length >= minTests && (byShare || byThreshold || byCount);
    const strength = strong ? 'strong' : 'weak';
    if (byThreshold && tests.length >= minTests) {
      return [{ file: threshold.file, line: threshold.line, message: `${tests.length} asserting test files and an enforced coverage threshold of ${threshold.percent}%`, strength, measured }];
    }
    const first = tests[0]!;
    const message = byCount && !byShare
      ? `${tests.length} asserting test files (a large suite)`
      : `${tests.length} asserting test files for ${modules.length} source modules (${shown}% covered by name or count)`;
    return [{ file: first.file, line: first.line, message, strength, measured }];
  },
};

// Folder names that say nothing about which part of the code a file belongs to: source roots, test roots, language
// and layout folders (src/main/java, pkg/, internal/) and reverse-domain package roots.
const LAYOUT_FOLDER = /^(?:src|lib|libs|app|apps|main|source|sources|test|tests|spec|specs|__tests__|unit|units|integration|e2e|java|kotlin|scala|groovy|python|internal|pkg|packages|modules|com|org|net|io|dev)$/i;

// Module names that say what role a file plays in its feature, not which feature it is: the layers each feature
// folder repeats.
const ROLE_NAME = /^(?:services?|views?|models?|handlers?|controllers?|repositor(?:y|ies)|repo|routes?|router|schemas?|serializers?|flows?|forms?|utils?|helpers?|api|admin|tasks?|jobs?|messaging|scheduled|enums?|plugins?|types?|store|dao|mapper|resolvers?|commands?|queries|events?|config|constants|exceptions|errors?|client|server|manager|provider|module|component|interactive)$/;

/** The folder names of a path that place it in the code (its package or feature folders), lowercased. */
function placeOf(file: string): string[] {
  return file.split('/').slice(0, -1).map((f) => f.toLowerCase()).filter((f) => !LAYOUT_FOLDER.test(f));
}

/** The share of `modules` with a test file, paired by name or feature, or (tests grouped by feature) by count. */
function shareOfModulesTested(modules: string[], testFiles: string[]): { covered: number; share: number } {
  const moduleNames = new Set(modules.map(moduleName));
  const tested = new Set<string>();
  // A module that holds its own tests (a Rust file's #[cfg(test)] module, a Python module's doctests) tests itself:
  // plume-models/src/posts.rs is no test of src/routes/posts.rs or src/api/posts.rs, nor its mod.rs of every mod.rs.
  const moduleSet = new Set(modules);
  const selfTested = new Set<string>();
  // Where the tests of each name sit: the package or feature folders of their paths.
  const testPlaces = new Map<string, Set<string>>();
  const placeTest = (key: string, t: string) => {
    const places = testPlaces.get(key) ?? new Set<string>();
    for (const f of placeOf(t)) places.add(f);
    testPlaces.set(key, places);
  };
  for (const t of testFiles) {
    if (moduleSet.has(t)) {
      selfTested.add(t);
      continue;
    }
    const name = moduleName(t);
    tested.add(name);
    placeTest(name, t);
    placeTest(featureOf(name), t);
    // A folder of tests named after a unit ("BasketTests/", "test_orders/") tests that unit.
    const dir = t.split('/').slice(-2, -1)[0];
    if (dir && /tests?|spec/i.test(dir)) {
      const unit = moduleName(`${dir}.x`);
      tested.add(unit);
      placeTest(unit, t);
      placeTest(featureOf(unit), t);
    }
  }
  const features = new Set([...tested].map(featureOf));
  // Tests named for a behaviour of a unit ("BasketAddItem", "CatalogControllerIndex") cover the unit they start with.
  // A test named exactly for a module tests that module: AccountServiceTest covers AccountService, not the Account
  // entity its name starts with.
  const prefixes = new Set<string>();
  const prefixPlaces = new Map<string, Set<string>>();
  for (const name of tested) {
    if (moduleNames.has(name)) continue;
    for (let n = 4; n < name.length; n++) {
      const prefix = name.slice(0, n);
      prefixes.add(prefix);
      const places = prefixPlaces.get(prefix) ?? new Set<string>();
      for (const f of testPlaces.get(name) ?? []) places.add(f);
      prefixPlaces.set(prefix, places);
    }
  }
  for (const [prefix, places] of prefixPlaces) {
    const all = testPlaces.get(prefix) ?? new Set<string>();
    for (const f of places) all.add(f);
    testPlaces.set(prefix, all);
  }
  // A role every feature folder has (service.py, views.py, handler.go in each feature) pairs a test with the module
  // of the test's own package or feature folders; where none is there, with one of them: a test named for one
  // module covers one module (tests/database/test_service.py is no test of every feature's service.py). A feature
  // name several layers share (entity/user.go, usecase/user.go) still pairs with each: that is a feature's test.
  const dirsByKey = new Map<string, Set<string>>();
  for (const m of modules) {
    const name = moduleName(m);
    const dir = m.slice(0, m.lastIndexOf('/') + 1);
    for (const key of new Set([name, featureOf(name)])) dirsByKey.set(key, (dirsByKey.get(key) ?? new Set()).add(dir));
  }
  const granted = new Set<string>();
  const pairs = (key: string, m: string): boolean => {
    if (!ROLE_NAME.test(key) || (dirsByKey.get(key)?.size ?? 0) <= 1) return true;
    const places = testPlaces.get(key);
    if (places && placeOf(m).some((f) => places.has(f))) return true;
    if (granted.has(key)) return false;
    granted.add(key);
    return true;
  };
  // A test named after a feature ("user.test.ts") covers that feature's files ("user.controller.ts", "user.service.ts").
  const covered = modules.filter((m) => {
    const name = moduleName(m);
    const feature = featureOf(name);
    return selfTested.has(m) || (tested.has(name) && pairs(name, m)) || (features.has(feature) && pairs(feature, m)) || (name.length >= 4 && prefixes.has(name) && pairs(name, m));
  }).length;
  // A suite of many tests relative to the code counts even when names do not pair (tests grouped by feature).
  return { covered, share: Math.max(covered / modules.length, Math.min(1, testFiles.length / modules.length)) };
}
