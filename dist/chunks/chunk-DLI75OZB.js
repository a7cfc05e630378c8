import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  ciSystemOf,
  commandLines,
  isSourceFile,
  languageOf,
  lineAt,
  lineIndex,
  require_picomatch,
  stripComments
} from "./chunk-4IOWKBMJ.js";
import {
  isInside,
  passesThroughGit
} from "./chunk-7WGVYSY7.js";
import {
  require_dist
} from "./chunk-XRICSXDT.js";
import {
  escapeRegExp
} from "./chunk-LU6SHCMF.js";
import {
  ConfigError
} from "./chunk-OO2RKC3Q.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import {
  __toESM
} from "./chunk-5DGXIFSJ.js";

// src/evidence/file-sets.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function anyOf(globs, options = {}) {
  const re = new RegExp(globs.map((g) => import_picomatch.default.makeRe(g, { dot: true, windows: false, ...options }).source).join("|"), options.nocase ? "i" : "");
  return (file) => re.test(file);
}
var TEST_FILE = anyOf(
  [
    "**/*.{test,spec}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
    "**/__tests__/**/*.{js,jsx,ts,tsx,mjs,cjs}",
    "**/{test,tests,e2e,integration,cypress}/**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
    // Jasmine's spec/ holds *Spec.js / *.spec.js files; other modules there (OpenAPI schemas, helpers) are not tests.
    "**/spec/**/*{Spec,spec,.test,_test}.{js,jsx,ts,tsx,mjs,cjs,mts,cts}",
    "**/*.cy.{js,jsx,ts,tsx}",
    "**/test_*.py",
    "**/*_test.py",
    "**/tests.py",
    "**/conftest.py",
    "**/{test,tests}/**/*.py",
    // A suite of its own in a folder named for tests with a qualifier (tests_e2e/, integ_tests/, e2e_tests/): pytest
    // collects it with its own `python_files` pattern (e2e_test_*.py), so its file names need not say test_.
    "**/{tests_*,*_tests}/**/*.py",
    "**/*_test.go",
    "**/src/test/**/*.{java,kt,groovy,scala}",
    "**/src/*{integrationTest,IntegrationTest,it}/**/*.{java,kt}",
    "**/*{Test,Tests,IT,Spec}.{java,kt,groovy,scala}",
    "**/spec/**/*_spec.rb",
    "**/test/**/*_test.rb",
    // Each runner's own suffix in the other's folder name: RSpec specs kept under test/ (Homebrew's
    // Library/Homebrew/test/*_spec.rb, run by `rspec` with its default path set there), Minitest files under spec/.
    "**/{test,tests}/**/*_spec.rb",
    "**/spec/**/*_test.rb",
    "**/{test,tests}/spec_helper.rb",
    // Minitest's and Bacon's other naming: test/test_router.rb, test/spec_builder.rb (a prefix, as in Python).
    "**/{test,tests,spec}/**/{test,spec}_*.rb",
    // RSpec's and Minitest's support code runs only under the tests: spec_helper, rails_helper, spec/support/.
    "**/spec/{spec_helper,rails_helper}.rb",
    "**/spec/{support,factories,shared_examples,shared_contexts}/**/*.rb",
    "**/test/{test_helper,application_system_test_case}.rb",
    "**/test/{support,factories,test_helpers}/**/*.rb",
    "**/*.{Tests,UnitTests,IntegrationTests,FunctionalTests,Test}/**/*.cs",
    // .NET test projects are folders named like UnitTests or Web.FunctionalTests, or under tests/.
    "**/*{UnitTests,IntegrationTests,FunctionalTests,Tests,Specs}/**/*.{cs,fs}",
    "**/{test,tests}/**/*.{cs,fs}",
    "**/*{Test,Tests}.cs",
    "**/tests/**/*.rs"
  ]
);
var DOC_FILE = anyOf(["**/*.{md,mdx,markdown,rst,adoc,asciidoc,txt,rdoc}", "**/README", "**/README.*"], { nocase: true });
function answeredOncePerPath(question, limit = 5e5) {
  const answers = /* @__PURE__ */ new Map();
  return (file) => {
    let yes = answers.get(file);
    if (yes === void 0) {
      if (answers.size >= limit) answers.clear();
      yes = question(file);
      answers.set(file, yes);
    }
    return yes;
  };
}
var testFileAnswer = answeredOncePerPath((file) => TEST_FILE(file));
function isTestFile(file) {
  return testFileAnswer(file);
}
var TEST_FOLDERS = ["tests?", "__tests__", "testing", "e2e"];
var TEST_DATA_FOLDERS = ["testdata", "fixtures?", "_fixtures?", "_testdata", "__fixtures__", "__mocks__"];
var TEST_DATA_FILE = /(^|\/)(?:(?:[^/]{1,120}[._-])?(?:mocks?|fixtures?)(?:[._-][^/]{1,120})?|[A-Za-z0-9]{1,80}Mocks?|Mocks?[A-Z][A-Za-z0-9]{1,80})\.[A-Za-z0-9]{1,8}$/;
var testDataAnswer = answeredOncePerPath((file) => (file.includes("ock") || file.includes("fixture")) && TEST_DATA_FILE.test(file));
function isTestDataFile(file) {
  return testDataAnswer(file);
}
var SAMPLE_FOLDERS = ["examples?", "_examples?", "samples?", "example[-_]apps?", "sample[-_]apps?", "demos", "[^/]{1,60}-(?:examples?|samples?|demos?)", "(?:examples?|samples?|demos?)[-_][^/]{1,60}"];
var BENCHMARK_FOLDERS = ["benches", "bench", "benchmarks?"];
var VENDORED_FOLDERS = ["vendor", "third_party", "node_modules"];
var DOC_FOLDERS = ["docs?"];
var SEED_FOLDERS = ["seeds?", "seeders?", "seeding"];
function except(group, ...names) {
  for (const name of names) if (!group.includes(name)) throw new Error(`${name} is not in the folder group ${group.join("|")}`);
  return group.filter((name) => !names.includes(name));
}
var folderPatterns = [];
function inFolderNamed(names, flags = "") {
  const re = new RegExp(`(^|\\/)(${names.join("|")})\\/`, flags);
  folderPatterns.push(re);
  return re;
}
var IN_TEST_FOLDER = inFolderNamed([...except(TEST_FOLDERS, "testing", "e2e"), ...except(TEST_DATA_FOLDERS, "fixtures?", "_fixtures?")]);
function isTestOrTestData(file) {
  return IN_TEST_FOLDER.test(file) || isTestFile(file);
}
var AGENT_TOOLING = /^(\.(agents?|claude|cursor|codex|windsurf|gemini|kiro|roo|clinerules|continue|junie|opencode)\/|\.github\/(instructions|prompts|chatmodes|agents|skills)\/)/;
function isAgentTooling(file) {
  return AGENT_TOOLING.test(file);
}
function isDocFile(file) {
  return DOC_FILE(file) && !/(^|\/)(LICENSE|LICENCE|COPYING|NOTICE|requirements|CMakeLists)[^/]*$/i.test(file);
}
var folderOf = (file) => file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
var DOCKERFILE_NAME = /(^|\/)(?:[\w.-]{1,80}\.)?Dockerfile(?:\.[\w.-]{1,80})?$/;
var SCAFFOLDING = [
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
  /(^|\/)(\.changeset|changelogs?|release[-_]notes)\//i
];
var EXAMPLES_FOLDER = inFolderNamed(except(SAMPLE_FOLDERS, "samples?"), "i");
var JVM_SOURCE_ROOT = /(?:^|\/)src\/[\w-]{1,60}\/(?:java|kotlin|scala|groovy)\//;
function inExamplesFolder(file) {
  const root = JVM_SOURCE_ROOT.exec(file);
  return EXAMPLES_FOLDER.test(root ? file.slice(0, root.index + 1) : file);
}
var scaffoldingAnswer = answeredOncePerPath((file) => ciSystemOf(file) === void 0 && (SCAFFOLDING.some((re) => re.test(file)) || inExamplesFolder(file)));
function isScaffolding(file) {
  return scaffoldingAnswer(file);
}
var SETS = {
  "@tests": (f) => isSourceFile(f) && isTestFile(f),
  "@source": (f) => isSourceFile(f) && !isTestFile(f) && !isScaffolding(f),
  "@docs": (f) => isDocFile(f) && !isScaffolding(f) && !isAgentTooling(f),
  "@ci": (f) => ciSystemOf(f) !== void 0,
  "@scaffolding": isScaffolding,
  "@all": () => true
};
var globCache = /* @__PURE__ */ new Map();
var compiledGlobSources = /* @__PURE__ */ new Map();
function compileGlobs(globs) {
  const out = {};
  for (const glob of globs) if (!(glob in SETS)) out[glob] = import_picomatch.default.makeRe(glob, { dot: true, windows: false }).source;
  return out;
}
function useCompiledGlobs(sources, platform = process.platform) {
  if (platform === "win32") return;
  for (const [glob, source] of Object.entries(sources)) if (!globCache.has(glob)) compiledGlobSources.set(glob, source);
}
function compiledGlobTest(glob, source) {
  const re = new RegExp(source);
  return (file) => file !== "" && (file === glob || re.test(file));
}
function globTest(glob) {
  if (glob in SETS) return SETS[glob];
  let test = globCache.get(glob);
  if (!test) {
    const source = compiledGlobSources.get(glob);
    globCache.set(glob, test = source === void 0 ? (0, import_picomatch.default)(glob, { dot: true }) : compiledGlobTest(glob, source));
  }
  return test;
}
var filterCache = /* @__PURE__ */ new Map();
function fileFilter(patterns) {
  if (!patterns || patterns.length === 0) return () => true;
  const key = patterns.join("\0");
  let filter = filterCache.get(key);
  if (!filter) {
    const include = patterns.filter((p) => !p.startsWith("!"));
    const tests = include.map(globTest);
    const notTests = patterns.filter((p) => p.startsWith("!")).map((p) => globTest(p.slice(1)));
    filter = (file) => tests.some((t) => t(file)) && !notTests.some((t) => t(file));
    if (include.length === 0) filter = (file) => !notTests.some((t) => t(file));
    filterCache.set(key, filter);
  }
  return filter;
}
var matchingCache = /* @__PURE__ */ new WeakMap();
function filesMatching(files, patterns) {
  if (!patterns || patterns.length === 0) return files;
  let byKey = matchingCache.get(files);
  if (!byKey) matchingCache.set(files, byKey = /* @__PURE__ */ new Map());
  const key = patterns.join("\0");
  let list = byKey.get(key);
  if (!list) byKey.set(key, list = selectFiles(files, patterns));
  return list;
}
var nameIndexes = /* @__PURE__ */ new WeakMap();
function nameIndex(files) {
  let index = nameIndexes.get(files);
  if (!index) {
    index = { byExtension: /* @__PURE__ */ new Map(), byBase: /* @__PURE__ */ new Map(), byFolder: /* @__PURE__ */ new Map(), byGlob: /* @__PURE__ */ new Map() };
    files.forEach((file, i) => {
      const parts = file.split("/");
      const base = parts.pop();
      const dot = base.lastIndexOf(".");
      const ext = dot >= 0 ? base.slice(dot + 1).toLowerCase() : "";
      push(index.byExtension, ext, i);
      push(index.byBase, base, i);
      for (const folder of new Set(parts)) push(index.byFolder, folder, i);
    });
    nameIndexes.set(files, index);
  }
  return index;
}
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
function literalNames(segment, limit = Infinity) {
  if (/[*?[\]()!+@\\]/.test(segment)) return void 0;
  let names = [""];
  for (const part of segment.split(/(\{[^{}]*\})/)) {
    if (part.startsWith("{")) {
      const options = part.slice(1, -1).split(",");
      if (options.length < 2 || part.includes("..")) return void 0;
      if (names.length * options.length > limit) return void 0;
      names = names.flatMap((head2) => options.map((o) => head2 + o));
    } else if (/[{}]/.test(part)) return void 0;
    else names = names.map((head2) => head2 + part);
  }
  return names;
}
var MAX_ENDINGS = 64;
function literalEndings(segment) {
  for (let i = Math.max(1, lastWildcard(segment) + 1); i < segment.length; i++) {
    const names = literalNames(segment.slice(i), MAX_ENDINGS);
    if (names) return names.includes("") ? void 0 : names;
  }
  return void 0;
}
function lastWildcard(segment) {
  for (let i = segment.length - 1; i >= 0; i--) if ("*?[]()!+@\\".includes(segment[i])) return i;
  return -1;
}
function segmentsOf(glob) {
  const segments = glob.split("/");
  for (const segment of segments) if ((segment.match(/\{/g)?.length ?? 0) !== (segment.match(/\}/g)?.length ?? 0)) return void 0;
  return segments;
}
var literalPrefix = (segment) => /^[^*?[\]{}()!+@\\]*/.exec(segment)[0];
function keysStarting(map, start) {
  const lists = [];
  for (const [key, list] of map) if (key.startsWith(start)) lists.push(list);
  return lists;
}
function keysEnding(map, endings) {
  const lists = [];
  for (const [key, list] of map) if (endings.some((e) => key.endsWith(e))) lists.push(list);
  return lists;
}
function filesEnding(pool, files, endings) {
  const out = [];
  for (const list of pool) for (const i of list ?? []) if (endings.some((e) => files[i].endsWith(e))) out.push(i);
  return out.sort((a, b) => a - b);
}
function candidates(glob, files, index) {
  const segments = segmentsOf(glob);
  if (!segments) return files.keys();
  const pools = [];
  const last = segments[segments.length - 1];
  const names = literalNames(last);
  const start = literalPrefix(last);
  if (names && !names.includes("")) pools.push(names.map((n) => index.byBase.get(n)));
  else if (start.length >= 2) pools.push(keysStarting(index.byBase, start));
  else {
    const ext = /\.(?:([\w-]+)|\{([\w-]+(?:,[\w-]+)*)\})$/.exec(last);
    const byExtension = ext ? (ext[1] ?? ext[2]).split(",").map((e) => index.byExtension.get(e.toLowerCase())) : void 0;
    if (byExtension) pools.push(byExtension);
    const endings = literalEndings(last);
    if (endings && endings.some((e) => e.length > (ext?.[0].length ?? 0))) {
      pools.push(byExtension ? [filesEnding(byExtension, files, endings)] : keysEnding(index.byBase, endings));
    }
  }
  for (const segment of segments.slice(0, -1)) {
    const folders = literalNames(segment);
    const start2 = literalPrefix(segment);
    if (folders && !folders.includes("")) pools.push(folders.flatMap((f) => [index.byFolder.get(f), index.byBase.get(f)]));
    else if (start2.length >= 2) pools.push([...keysStarting(index.byFolder, start2), ...keysStarting(index.byBase, start2)]);
  }
  if (pools.length === 0) return filesHoldingPiece(segments, files);
  const size = (pool) => pool.reduce((n, list) => n + (list?.length ?? 0), 0);
  const smallest = pools.reduce((a, b) => size(b) < size(a) ? b : a);
  return smallest.length === 1 ? smallest[0] ?? [] : new Set(smallest.flatMap((list) => list ?? []));
}
function literalPieces(segment) {
  if (/[[\]()!+@\\^$|]/.test(segment)) return [];
  const pieces = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= segment.length; i++) {
    const c = segment[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (i === segment.length || depth === 0 && (c === "*" || c === "?")) {
      const names = i > start ? literalNames(segment.slice(start, i), MAX_ENDINGS) : void 0;
      if (names && !names.includes("")) pieces.push(names);
      start = i + 1;
    }
  }
  return pieces;
}
function filesHoldingPiece(segments, files) {
  let best2;
  const shortest2 = (names) => Math.min(...names.map((n) => n.length));
  for (const piece of segments.flatMap(literalPieces)) if (!best2 || shortest2(piece) > shortest2(best2)) best2 = piece;
  return best2 ? filesHoldingOne(files, best2) : files.keys();
}
function filesHoldingOne(files, names) {
  const out = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    for (let k = 0; k < names.length; k++) {
      if (file.includes(names[k])) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}
function selectFiles(files, patterns) {
  const index = nameIndex(files);
  const include = patterns.filter((p) => !p.startsWith("!"));
  const chosen = new Uint8Array(files.length).fill(include.length === 0 ? 1 : 0);
  for (const glob of include) mark(chosen, indicesMatching(glob, files, index), 1);
  for (const p of patterns) if (p.startsWith("!")) mark(chosen, indicesMatching(p.slice(1), files, index), 0);
  return chosenFiles(files, chosen);
}
function mark(chosen, indices, value) {
  for (let k = 0; k < indices.length; k++) chosen[indices[k]] = value;
}
function chosenFiles(files, chosen) {
  const out = [];
  for (let i = 0; i < files.length; i++) if (chosen[i]) out.push(files[i]);
  return out;
}
var EXTENSION_ONLY = /^\*\*\/\*\.(?:([\w-]+)|\{([\w-]+(?:,[\w-]+)*)\})$/;
function indicesMatching(glob, files, index) {
  let found = index.byGlob.get(glob);
  if (!found) {
    const extension = process.platform === "win32" ? null : EXTENSION_ONLY.exec(glob);
    if (extension) found = filesEndingIn(extension, index, files);
    else {
      found = matching(files, glob in SETS ? files.keys() : candidates(glob, files, index), globTest(glob));
    }
    index.byGlob.set(glob, found);
  }
  return found;
}
function matching(files, pool, test) {
  const found = [];
  for (const i of pool) if (test(files[i])) found.push(i);
  return found;
}
function filesEndingIn(extension, index, files) {
  const found = /* @__PURE__ */ new Set();
  for (const ext of (extension[1] ?? extension[2]).split(",")) {
    for (const i of index.byExtension.get(ext.toLowerCase()) ?? []) if (files[i].endsWith(`.${ext}`)) found.add(i);
  }
  return [...found].sort((a, b) => a - b);
}

// node_modules/@eslint-community/regexpp/index.mjs
var latestEcmaVersion = 2025;
var largeIdStartRanges = void 0;
var largeIdContinueRanges = void 0;
function isIdStart(cp) {
  if (cp < 65)
    return false;
  if (cp < 91)
    return true;
  if (cp < 97)
    return false;
  if (cp < 123)
    return true;
  return isLargeIdStart(cp);
}
function isIdContinue(cp) {
  if (cp < 48)
    return false;
  if (cp < 58)
    return true;
  if (cp < 65)
    return false;
  if (cp < 91)
    return true;
  if (cp === 95)
    return true;
  if (cp < 97)
    return false;
  if (cp < 123)
    return true;
  return isLargeIdStart(cp) || isLargeIdContinue(cp);
}
function isLargeIdStart(cp) {
  return isInRange(cp, largeIdStartRanges !== null && largeIdStartRanges !== void 0 ? largeIdStartRanges : largeIdStartRanges = initLargeIdStartRanges());
}
function isLargeIdContinue(cp) {
  return isInRange(cp, largeIdContinueRanges !== null && largeIdContinueRanges !== void 0 ? largeIdContinueRanges : largeIdContinueRanges = initLargeIdContinueRanges());
}
function initLargeIdStartRanges() {
  return restoreRanges("4q 0 b 0 5 0 6 m 2 u 2 cp 5 b f 4 8 0 2 0 3m 4 2 1 3 3 2 0 7 0 2 2 2 0 2 j 2 2a 2 3u 9 4l 2 11 2 1 7 14 3 1 1w q 5 3 1a 16 10 1 2 2q 2 0 g 1 8 1 b 2 3 0 h 0 2 t u 2g c 0 p w a 1 5 0 6 l 5 0 a 0 4 0 o o 8 a 6 n 2 6 h 15 1n 1h 4 0 j 0 8 9 g f 5 7 3 1 3 l 2 6 2 0 4 3 4 0 h 0 e 1 2 2 f 1 b 0 9 5 5 1 3 l 2 6 2 1 2 1 2 1 w 3 2 0 k 2 h 8 2 2 2 l 2 6 2 1 2 4 4 0 j 0 g 1 o 0 c 7 3 1 3 l 2 6 2 1 2 4 4 0 v 1 2 2 g 0 i 0 2 5 4 2 2 3 4 1 2 0 2 1 4 1 4 2 4 b n 0 1h 7 2 2 2 m 2 f 4 0 r 2 2 1 3 1 v 0 5 7 2 2 2 m 2 9 2 4 4 0 v 2 2 1 g 1 i 8 2 2 2 14 3 0 h 0 6 2 9 2 p 5 6 h 4 n 2 8 2 0 3 6 1n 1b 2 1 d 6 1n 1 2 0 2 4 2 n 2 0 2 9 2 1 a 0 3 4 2 0 m 3 x 0 1s 7 2 z s 4 38 16 l 0 h 5 5 3 4 0 4 1 8 2 5 c d 0 i 11 2 0 6 0 3 16 2 98 2 3 3 6 2 0 2 3 3 14 2 3 3 w 2 3 3 6 2 0 2 3 3 e 2 1k 2 3 3 1u 12 f h 2d 3 5 4 h7 3 g 2 p 6 22 4 a 8 h e i f h f c 2 2 g 1f 10 0 5 0 1w 2g 8 14 2 0 6 1x b u 1e t 3 4 c 17 5 p 1j m a 1g 2b 0 2m 1a i 7 1j t e 1 b 17 r z 16 2 b z 3 a 6 16 3 2 16 3 2 5 2 1 4 0 6 5b 1t 7p 3 5 3 11 3 5 3 7 2 0 2 0 2 0 2 u 3 1g 2 6 2 0 4 2 2 6 4 3 3 5 5 c 6 2 2 6 39 0 e 0 g g 2r 0 5 0 3 9 2 0 3 5 7 0 2 0 2 0 2 f 3 3 6 4 5 0 i 14 22g 6c 7 3 4 1 d 11 2 0 6 0 3 1j 8 0 h m a 6 2 6 2 6 2 6 2 6 2 6 2 6 2 6 fb 2 q 8 8 4 3 4 5 2d 5 4 2 2h 2 3 6 16 2 2l i v 1d f e9 533 1t h3g 1w 19 3 7g 4 f b 1 l 1a h u 3 27 14 8 3 2u 3 2a 5 0 f g 2 2 2 3 2 m u 1f f 1d 1r 5 4 0 2 1 c r b m q s 8 1a t 0 h 4 2 9 b 4 2 14 o 2 2 7 l m 4 0 4 1d 2 0 4 1 3 4 3 0 2 0 p 2 3 a 8 2 d 5 3 5 3 5 a 6 2 6 2 16 2 d 3 1 3 36 u 8mb d m 5 1c 6it a5 3 2x 13 6 d 4 6 0 2 9 2 c 2 4 2 0 2 1 2 1 2 2z y a2 j 1r 3 1h 15 b 39 4 2 3q 11 p 7 p c 2g 4 5 3 5 3 5 3 2 10 b 2 p 2 i 2 1 2 e 3 d z 3e 1y 1g 7g s 4 1c 1c v e t 6 11 b t 3 z 5 7 2 4 17 4d j z 5 z 5 13 9 1f d a 2 e 2 6 2 1 2 a 2 e 2 6 2 1 4 1f d 8m a l b 7 p 5 2 15 2 d 1t 5 3 0 2 17 2 1 4 0 3 m b m a u 1u i 2 1 b l b p 7 p 13 1j 7 1 1t 0 g 3 2 2 2 s 17 s 4 s 10 7 2 r s 1h b l b i e h 33 20 1k 1e e 1e e z 13 r a m 6z 15 7 1 h 5 i l i s b 0 9 l 17 h 1b k s m d 1g 1m 1 3 0 e 18 x o r z u 0 3 0 9 y 4 0 d 1b f 3 m 0 2 0 10 h 2 o k 1 1s 6 2 0 2 3 2 e 2 9 8 1a 13 7 3 1 3 l 2 6 2 1 2 4 4 0 j 0 d 4 v 9 2 0 3 0 2 11 2 0 q 0 2 0 19 1g j 3 l 2 v 1b l 1 2 0 55 1a 16 3 11 1b l 0 1o 16 e 0 20 q 12 6 56 17 39 1r w 7 3 0 3 7 2 1 2 n g 0 2 0 2n 7 3 12 h 0 2 0 t 0 b 13 8 0 m 0 c 19 k 0 j 20 i 0 52 w w 8 2 10 i 0 1e t 35 6 2 1 2 11 m 0 q 5 2 1 2 v f 0 o 17 m 0 6n i g 0 2 c 2 x 3h 0 28 pl 2v 33 6 5q d 8m 1sa 2o g tr i 5 q 32y 6 g6 5a2 t 1cz fs 8 u i 26 i t j 1b h 3 w k 6 i c1 18 5w 1r x o 3 o 19 22 6 0 1v c 1t 1 2 0 f 4 a 5p6 11 x 2o 36 e pd f 1e 5y6 3 2 6 2 1 2 88 a 0 u 2 3 0 f 4 8 az 1s5 2y 6 c 4 8 8 9 4mf 2c 2 1y 2 1 3 0 3 1 3 3 2 b 2 0 2 6 2 1s 2 3 3 7 2 6 2 r 2 3 2 4 2 0 4 6 2 9g 2 o 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 u 2 o 2 7 1f9 3l f 6 1j 1e 1d 1p 43 18 b 6 h 0 8y t j 17 dh r 6d t 3 0 5s u 2 2 2 1 2 6 3 4 a 1 69 6 2 3 2 1 2 e 2 5g 1o 1v 8 0 xh 3 2 q 2 1 2 0 3 0 2 9 2 3 2 0 2 0 7 0 5 0 2 0 2 0 2 2 2 1 2 0 3 0 2 0 2 0 2 0 2 0 2 1 2 0 3 3 2 6 2 3 2 3 2 0 2 9 2 g 6 2 2 4 2 g 3et wyn x 3dq 2 4gd 3 5rk g h9 1wj f1 15v 3t6 6 6jt upz 8qn");
}
function initLargeIdContinueRanges() {
  return restoreRanges("53 0 g9 33 o 0 70 4 7e 18 2 0 2 1 2 1 2 2 1z a 1d u 7 0 2u 6 3 5 3 1 2 3 3 9 o 0 v q 2k a g 9 y 8 a 0 p 3 2 8 2 2 2 4 18 2 1o 8 17 n 2 w 1j 2 2 h 2 6 b 1 3 9 i 2 1l 0 2 6 3 1 3 2 a 0 b 1 3 9 f 0 3 2 1l 0 2 4 5 1 3 2 4 0 l b 4 0 c 2 1l 0 2 7 2 2 2 2 l 1 3 9 b 5 2 2 1l 0 2 6 3 1 3 2 6 4 b 1 3 9 j 0 1o 4 4 2 2 3 a 0 f 9 h 4 1k 0 2 6 2 2 2 3 8 1 c 1 3 9 i 2 1l 0 2 6 2 2 2 3 8 1 c 1 3 9 4 0 d 3 1k 1 2 6 2 2 2 3 a 0 b 1 3 9 i 2 1z 0 5 5 2 0 2 7 7 9 3 1 1q 0 3 6 d 7 2 9 2g 0 3 8 c 6 2 9 1r 1 7 9 c 0 2 0 2 0 5 1 1e j 2 1 6 a 2 z a 0 2t j 2 9 d 3 5 2 2 2 3 6 4 3 e b 2 e jk 2 a 8 pt 3 t 2 u 1 v 1 1t v a 0 3 9 y 2 2 a 40 0 3b b 5 b b 9 3l a 1p 4 1m 9 2 s 3 a 7 9 n d 2 1d g 4 1c g c 9 i 8 d 2 v c 3 9 19 d 1d j 9 9 7 9 3b 2 2 k 5 0 7 0 3 2 5j 1r el 1 1e 1 k 0 3g c 5 0 4 b 2db 2 3y 0 2p v ff 5 2y 1 2p 0 n51 9 1y 0 5 9 x 1 29 1 7l 0 4 0 5 0 o 4 5 0 2c 1 1f h b 9 7 h e a t 7 q c 19 3 1c d g 9 c 0 b 9 1c d d 0 9 1 3 9 y 2 1f 0 2 2 3 1 6 1 2 0 16 4 6 1 6l 7 2 1 3 9 fmt 0 ki f h f 4 1 p 2 5d 9 12 0 12 0 ig 0 6b 0 46 4 86 9 120 2 2 1 6 3 15 2 5 0 4m 1 fy 3 9 9 7 9 w 4 8u 1 v 4 x f 1z a 1e 3 3f 2 1i e w a 3 1 b 3 1a a 8 0 1a 9 7 2 11 d 2 9 6 1 19 0 d 2 1d d 9 3 2 b 2b b 7 0 3 0 4e b 6 9 7 3 1k 1 2 6 3 1 3 2 a 0 b 1 3 6 4 4 1w 8 2 0 3 0 2 3 2 4 2 0 f 1 2b h a 9 5 0 2a j d 9 5y 6 3 8 s 1 2b g g 9 2a c 9 9 7 j 1m e 5 9 6r e 4m 9 1z 5 2 1 3 3 2 0 2 1 d 9 3c 6 3 6 4 0 t 9 15 6 2 3 9 0 a a 1b f 5j 7 3t 9 1i 7 2 7 h 9 1l l 2 d 3f 5 4 0 2 1 2 6 2 0 9 9 1d 4 2 1 2 4 9 9 1j 9 7 0 77 3 a 1 2 0 1d 6 4 4 e a 44m 0 7 e 8uh r 1t3 9 2f 9 13 4 1o 6 q 9 ev 9 d2 0 2 1i 8 3 2a 0 c 1 f58 1 382 9 ef 19 3 m dd 1 1p 4 4 5 9 7 3 6 v 3 45 2 c 2 9 1 3 0 x 1 11p 1d e9 1i 5 1d 9 0 f 0 n 4 2 e 11t 6 2 g 3 6 2 1 2 4 2t 0 4h 6 a 9 9x 0 1q d dv d 6t 1 2 9 6h 0 3 0 8 1 6 0 d7 6 32 6 6 9 3o7 9 gvt3 6n");
}
function isInRange(cp, ranges) {
  let l = 0, r = ranges.length / 2 | 0, i = 0, min = 0, max = 0;
  while (l < r) {
    i = (l + r) / 2 | 0;
    min = ranges[2 * i];
    max = ranges[2 * i + 1];
    if (cp < min) {
      r = i;
    } else if (cp > max) {
      l = i + 1;
    } else {
      return true;
    }
  }
  return false;
}
function restoreRanges(data) {
  let last = 0;
  return data.split(" ").map((s) => last += parseInt(s, 36) | 0);
}
var DataSet = class {
  constructor(raw2018, raw2019, raw2020, raw2021, raw2022, raw2023, raw2024, raw2025, raw2026) {
    this._raw2018 = raw2018;
    this._raw2019 = raw2019;
    this._raw2020 = raw2020;
    this._raw2021 = raw2021;
    this._raw2022 = raw2022;
    this._raw2023 = raw2023;
    this._raw2024 = raw2024;
    this._raw2025 = raw2025;
    this._raw2026 = raw2026;
  }
  get es2018() {
    var _a;
    return (_a = this._set2018) !== null && _a !== void 0 ? _a : this._set2018 = new Set(this._raw2018.split(" "));
  }
  get es2019() {
    var _a;
    return (_a = this._set2019) !== null && _a !== void 0 ? _a : this._set2019 = new Set(this._raw2019.split(" "));
  }
  get es2020() {
    var _a;
    return (_a = this._set2020) !== null && _a !== void 0 ? _a : this._set2020 = new Set(this._raw2020.split(" "));
  }
  get es2021() {
    var _a;
    return (_a = this._set2021) !== null && _a !== void 0 ? _a : this._set2021 = new Set(this._raw2021.split(" "));
  }
  get es2022() {
    var _a;
    return (_a = this._set2022) !== null && _a !== void 0 ? _a : this._set2022 = new Set(this._raw2022.split(" "));
  }
  get es2023() {
    var _a;
    return (_a = this._set2023) !== null && _a !== void 0 ? _a : this._set2023 = new Set(this._raw2023.split(" "));
  }
  get es2024() {
    var _a;
    return (_a = this._set2024) !== null && _a !== void 0 ? _a : this._set2024 = new Set(this._raw2024.split(" "));
  }
  get es2025() {
    var _a;
    return (_a = this._set2025) !== null && _a !== void 0 ? _a : this._set2025 = new Set(this._raw2025.split(" "));
  }
  get es2026() {
    var _a;
    return (_a = this._set2026) !== null && _a !== void 0 ? _a : this._set2026 = new Set(this._raw2026.split(" "));
  }
};
var gcNameSet = /* @__PURE__ */ new Set(["General_Category", "gc"]);
var scNameSet = /* @__PURE__ */ new Set(["Script", "Script_Extensions", "sc", "scx"]);
var gcValueSets = new DataSet("C Cased_Letter Cc Cf Close_Punctuation Cn Co Combining_Mark Connector_Punctuation Control Cs Currency_Symbol Dash_Punctuation Decimal_Number Enclosing_Mark Final_Punctuation Format Initial_Punctuation L LC Letter Letter_Number Line_Separator Ll Lm Lo Lowercase_Letter Lt Lu M Mark Math_Symbol Mc Me Mn Modifier_Letter Modifier_Symbol N Nd Nl No Nonspacing_Mark Number Open_Punctuation Other Other_Letter Other_Number Other_Punctuation Other_Symbol P Paragraph_Separator Pc Pd Pe Pf Pi Po Private_Use Ps Punctuation S Sc Separator Sk Sm So Space_Separator Spacing_Mark Surrogate Symbol Titlecase_Letter Unassigned Uppercase_Letter Z Zl Zp Zs cntrl digit punct", "", "", "", "", "", "", "", "");
var scValueSets = new DataSet("Adlam Adlm Aghb Ahom Anatolian_Hieroglyphs Arab Arabic Armenian Armi Armn Avestan Avst Bali Balinese Bamu Bamum Bass Bassa_Vah Batak Batk Beng Bengali Bhaiksuki Bhks Bopo Bopomofo Brah Brahmi Brai Braille Bugi Buginese Buhd Buhid Cakm Canadian_Aboriginal Cans Cari Carian Caucasian_Albanian Chakma Cham Cher Cherokee Common Copt Coptic Cprt Cuneiform Cypriot Cyrillic Cyrl Deseret Deva Devanagari Dsrt Dupl Duployan Egyp Egyptian_Hieroglyphs Elba Elbasan Ethi Ethiopic Geor Georgian Glag Glagolitic Gonm Goth Gothic Gran Grantha Greek Grek Gujarati Gujr Gurmukhi Guru Han Hang Hangul Hani Hano Hanunoo Hatr Hatran Hebr Hebrew Hira Hiragana Hluw Hmng Hung Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian Ital Java Javanese Kaithi Kali Kana Kannada Katakana Kayah_Li Khar Kharoshthi Khmer Khmr Khoj Khojki Khudawadi Knda Kthi Lana Lao Laoo Latin Latn Lepc Lepcha Limb Limbu Lina Linb Linear_A Linear_B Lisu Lyci Lycian Lydi Lydian Mahajani Mahj Malayalam Mand Mandaic Mani Manichaean Marc Marchen Masaram_Gondi Meetei_Mayek Mend Mende_Kikakui Merc Mero Meroitic_Cursive Meroitic_Hieroglyphs Miao Mlym Modi Mong Mongolian Mro Mroo Mtei Mult Multani Myanmar Mymr Nabataean Narb Nbat New_Tai_Lue Newa Nko Nkoo Nshu Nushu Ogam Ogham Ol_Chiki Olck Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_South_Arabian Old_Turkic Oriya Orkh Orya Osage Osge Osma Osmanya Pahawh_Hmong Palm Palmyrene Pau_Cin_Hau Pauc Perm Phag Phags_Pa Phli Phlp Phnx Phoenician Plrd Prti Psalter_Pahlavi Qaac Qaai Rejang Rjng Runic Runr Samaritan Samr Sarb Saur Saurashtra Sgnw Sharada Shavian Shaw Shrd Sidd Siddham SignWriting Sind Sinh Sinhala Sora Sora_Sompeng Soyo Soyombo Sund Sundanese Sylo Syloti_Nagri Syrc Syriac Tagalog Tagb Tagbanwa Tai_Le Tai_Tham Tai_Viet Takr Takri Tale Talu Tamil Taml Tang Tangut Tavt Telu Telugu Tfng Tglg Thaa Thaana Thai Tibetan Tibt Tifinagh Tirh Tirhuta Ugar Ugaritic Vai Vaii Wara Warang_Citi Xpeo Xsux Yi Yiii Zanabazar_Square Zanb Zinh Zyyy", "Dogr Dogra Gong Gunjala_Gondi Hanifi_Rohingya Maka Makasar Medefaidrin Medf Old_Sogdian Rohg Sogd Sogdian Sogo", "Elym Elymaic Hmnp Nand Nandinagari Nyiakeng_Puachue_Hmong Wancho Wcho", "Chorasmian Chrs Diak Dives_Akuru Khitan_Small_Script Kits Yezi Yezidi", "Cpmn Cypro_Minoan Old_Uyghur Ougr Tangsa Tnsa Toto Vith Vithkuqi", "Berf Beria_Erfe Gara Garay Gukh Gurung_Khema Hrkt Jurc Jurchen Katakana_Or_Hiragana Kawi Kirat_Rai Krai Nag_Mundari Nagm Ol_Onal Onao Pcun Proto_Cuneiform Seal Sidetic Sidt Sunu Sunuwar Tai_Yo Tayo Todhri Todr Tolong_Siki Tols Tulu_Tigalari Tutg Unknown Zzzz", "", "", "");
var binPropertySets = new DataSet("AHex ASCII ASCII_Hex_Digit Alpha Alphabetic Any Assigned Bidi_C Bidi_Control Bidi_M Bidi_Mirrored CI CWCF CWCM CWKCF CWL CWT CWU Case_Ignorable Cased Changes_When_Casefolded Changes_When_Casemapped Changes_When_Lowercased Changes_When_NFKC_Casefolded Changes_When_Titlecased Changes_When_Uppercased DI Dash Default_Ignorable_Code_Point Dep Deprecated Dia Diacritic Emoji Emoji_Component Emoji_Modifier Emoji_Modifier_Base Emoji_Presentation Ext Extender Gr_Base Gr_Ext Grapheme_Base Grapheme_Extend Hex Hex_Digit IDC IDS IDSB IDST IDS_Binary_Operator IDS_Trinary_Operator ID_Continue ID_Start Ideo Ideographic Join_C Join_Control LOE Logical_Order_Exception Lower Lowercase Math NChar Noncharacter_Code_Point Pat_Syn Pat_WS Pattern_Syntax Pattern_White_Space QMark Quotation_Mark RI Radical Regional_Indicator SD STerm Sentence_Terminal Soft_Dotted Term Terminal_Punctuation UIdeo Unified_Ideograph Upper Uppercase VS Variation_Selector White_Space XIDC XIDS XID_Continue XID_Start space", "Extended_Pictographic", "", "EBase EComp EMod EPres ExtPict", "", "", "", "", "");
var binPropertyOfStringsSets = new DataSet("", "", "", "", "", "", "Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji RGI_Emoji_Flag_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence", "", "");
function isValidUnicodeProperty(version, name, value) {
  if (gcNameSet.has(name)) {
    return version >= 2018 && gcValueSets.es2018.has(value);
  }
  if (scNameSet.has(name)) {
    return version >= 2018 && scValueSets.es2018.has(value) || version >= 2019 && scValueSets.es2019.has(value) || version >= 2020 && scValueSets.es2020.has(value) || version >= 2021 && scValueSets.es2021.has(value) || version >= 2022 && scValueSets.es2022.has(value) || version >= 2023 && scValueSets.es2023.has(value);
  }
  return false;
}
function isValidLoneUnicodeProperty(version, value) {
  return version >= 2018 && binPropertySets.es2018.has(value) || version >= 2019 && binPropertySets.es2019.has(value) || version >= 2021 && binPropertySets.es2021.has(value);
}
function isValidLoneUnicodePropertyOfString(version, value) {
  return version >= 2024 && binPropertyOfStringsSets.es2024.has(value);
}
var BACKSPACE = 8;
var CHARACTER_TABULATION = 9;
var LINE_FEED = 10;
var LINE_TABULATION = 11;
var FORM_FEED = 12;
var CARRIAGE_RETURN = 13;
var EXCLAMATION_MARK = 33;
var NUMBER_SIGN = 35;
var DOLLAR_SIGN = 36;
var PERCENT_SIGN = 37;
var AMPERSAND = 38;
var LEFT_PARENTHESIS = 40;
var RIGHT_PARENTHESIS = 41;
var ASTERISK = 42;
var PLUS_SIGN = 43;
var COMMA = 44;
var HYPHEN_MINUS = 45;
var FULL_STOP = 46;
var SOLIDUS = 47;
var DIGIT_ZERO = 48;
var DIGIT_ONE = 49;
var DIGIT_SEVEN = 55;
var DIGIT_NINE = 57;
var COLON = 58;
var SEMICOLON = 59;
var LESS_THAN_SIGN = 60;
var EQUALS_SIGN = 61;
var GREATER_THAN_SIGN = 62;
var QUESTION_MARK = 63;
var COMMERCIAL_AT = 64;
var LATIN_CAPITAL_LETTER_A = 65;
var LATIN_CAPITAL_LETTER_B = 66;
var LATIN_CAPITAL_LETTER_D = 68;
var LATIN_CAPITAL_LETTER_F = 70;
var LATIN_CAPITAL_LETTER_P = 80;
var LATIN_CAPITAL_LETTER_S = 83;
var LATIN_CAPITAL_LETTER_W = 87;
var LATIN_CAPITAL_LETTER_Z = 90;
var LOW_LINE = 95;
var LATIN_SMALL_LETTER_A = 97;
var LATIN_SMALL_LETTER_B = 98;
var LATIN_SMALL_LETTER_C = 99;
var LATIN_SMALL_LETTER_D = 100;
var LATIN_SMALL_LETTER_F = 102;
var LATIN_SMALL_LETTER_G = 103;
var LATIN_SMALL_LETTER_I = 105;
var LATIN_SMALL_LETTER_K = 107;
var LATIN_SMALL_LETTER_M = 109;
var LATIN_SMALL_LETTER_N = 110;
var LATIN_SMALL_LETTER_P = 112;
var LATIN_SMALL_LETTER_Q = 113;
var LATIN_SMALL_LETTER_R = 114;
var LATIN_SMALL_LETTER_S = 115;
var LATIN_SMALL_LETTER_T = 116;
var LATIN_SMALL_LETTER_U = 117;
var LATIN_SMALL_LETTER_V = 118;
var LATIN_SMALL_LETTER_W = 119;
var LATIN_SMALL_LETTER_X = 120;
var LATIN_SMALL_LETTER_Y = 121;
var LATIN_SMALL_LETTER_Z = 122;
var LEFT_SQUARE_BRACKET = 91;
var REVERSE_SOLIDUS = 92;
var RIGHT_SQUARE_BRACKET = 93;
var CIRCUMFLEX_ACCENT = 94;
var GRAVE_ACCENT = 96;
var LEFT_CURLY_BRACKET = 123;
var VERTICAL_LINE = 124;
var RIGHT_CURLY_BRACKET = 125;
var TILDE = 126;
var ZERO_WIDTH_NON_JOINER = 8204;
var ZERO_WIDTH_JOINER = 8205;
var LINE_SEPARATOR = 8232;
var PARAGRAPH_SEPARATOR = 8233;
var MIN_CODE_POINT = 0;
var MAX_CODE_POINT = 1114111;
function isLatinLetter(code) {
  return code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_Z || code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_Z;
}
function isDecimalDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE;
}
function isOctalDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_SEVEN;
}
function isHexDigit(code) {
  return code >= DIGIT_ZERO && code <= DIGIT_NINE || code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F || code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F;
}
function isLineTerminator(code) {
  return code === LINE_FEED || code === CARRIAGE_RETURN || code === LINE_SEPARATOR || code === PARAGRAPH_SEPARATOR;
}
function isValidUnicode(code) {
  return code >= MIN_CODE_POINT && code <= MAX_CODE_POINT;
}
function digitToInt(code) {
  if (code >= LATIN_SMALL_LETTER_A && code <= LATIN_SMALL_LETTER_F) {
    return code - LATIN_SMALL_LETTER_A + 10;
  }
  if (code >= LATIN_CAPITAL_LETTER_A && code <= LATIN_CAPITAL_LETTER_F) {
    return code - LATIN_CAPITAL_LETTER_A + 10;
  }
  return code - DIGIT_ZERO;
}
function isLeadSurrogate(code) {
  return code >= 55296 && code <= 56319;
}
function isTrailSurrogate(code) {
  return code >= 56320 && code <= 57343;
}
function combineSurrogatePair(lead, trail) {
  return (lead - 55296) * 1024 + (trail - 56320) + 65536;
}
var GroupSpecifiersAsES2018 = class {
  constructor() {
    this.groupName = /* @__PURE__ */ new Set();
  }
  clear() {
    this.groupName.clear();
  }
  isEmpty() {
    return !this.groupName.size;
  }
  hasInPattern(name) {
    return this.groupName.has(name);
  }
  hasInScope(name) {
    return this.hasInPattern(name);
  }
  addToScope(name) {
    this.groupName.add(name);
  }
  enterDisjunction() {
  }
  enterAlternative() {
  }
  leaveDisjunction() {
  }
};
var BranchID = class _BranchID {
  constructor(parent, base) {
    this.parent = parent;
    this.base = base !== null && base !== void 0 ? base : this;
  }
  separatedFrom(other) {
    var _a, _b;
    if (this.base === other.base && this !== other) {
      return true;
    }
    if (other.parent && this.separatedFrom(other.parent)) {
      return true;
    }
    return (_b = (_a = this.parent) === null || _a === void 0 ? void 0 : _a.separatedFrom(other)) !== null && _b !== void 0 ? _b : false;
  }
  child() {
    return new _BranchID(this, null);
  }
  sibling() {
    return new _BranchID(this.parent, this.base);
  }
};
var GroupSpecifiersAsES2025 = class {
  constructor() {
    this.branchID = new BranchID(null, null);
    this.groupNames = /* @__PURE__ */ new Map();
  }
  clear() {
    this.branchID = new BranchID(null, null);
    this.groupNames.clear();
  }
  isEmpty() {
    return !this.groupNames.size;
  }
  enterDisjunction() {
    this.branchID = this.branchID.child();
  }
  enterAlternative(index) {
    if (index === 0) {
      return;
    }
    this.branchID = this.branchID.sibling();
  }
  leaveDisjunction() {
    this.branchID = this.branchID.parent;
  }
  hasInPattern(name) {
    return this.groupNames.has(name);
  }
  hasInScope(name) {
    const branches = this.groupNames.get(name);
    if (!branches) {
      return false;
    }
    for (const branch of branches) {
      if (!branch.separatedFrom(this.branchID)) {
        return true;
      }
    }
    return false;
  }
  addToScope(name) {
    const branches = this.groupNames.get(name);
    if (branches) {
      branches.push(this.branchID);
      return;
    }
    this.groupNames.set(name, [this.branchID]);
  }
};
var legacyImpl = {
  at(s, end, i) {
    return i < end ? s.charCodeAt(i) : -1;
  },
  width(c) {
    return 1;
  }
};
var unicodeImpl = {
  at(s, end, i) {
    return i < end ? s.codePointAt(i) : -1;
  },
  width(c) {
    return c > 65535 ? 2 : 1;
  }
};
var Reader = class {
  constructor() {
    this._impl = legacyImpl;
    this._s = "";
    this._i = 0;
    this._end = 0;
    this._cp1 = -1;
    this._w1 = 1;
    this._cp2 = -1;
    this._w2 = 1;
    this._cp3 = -1;
    this._w3 = 1;
    this._cp4 = -1;
  }
  get source() {
    return this._s;
  }
  get index() {
    return this._i;
  }
  get currentCodePoint() {
    return this._cp1;
  }
  get nextCodePoint() {
    return this._cp2;
  }
  get nextCodePoint2() {
    return this._cp3;
  }
  get nextCodePoint3() {
    return this._cp4;
  }
  reset(source, start, end, uFlag) {
    this._impl = uFlag ? unicodeImpl : legacyImpl;
    this._s = source;
    this._end = end;
    this.rewind(start);
  }
  rewind(index) {
    const impl = this._impl;
    this._i = index;
    this._cp1 = impl.at(this._s, this._end, index);
    this._w1 = impl.width(this._cp1);
    this._cp2 = impl.at(this._s, this._end, index + this._w1);
    this._w2 = impl.width(this._cp2);
    this._cp3 = impl.at(this._s, this._end, index + this._w1 + this._w2);
    this._w3 = impl.width(this._cp3);
    this._cp4 = impl.at(this._s, this._end, index + this._w1 + this._w2 + this._w3);
  }
  advance() {
    if (this._cp1 !== -1) {
      const impl = this._impl;
      this._i += this._w1;
      this._cp1 = this._cp2;
      this._w1 = this._w2;
      this._cp2 = this._cp3;
      this._w2 = impl.width(this._cp2);
      this._cp3 = this._cp4;
      this._w3 = impl.width(this._cp3);
      this._cp4 = impl.at(this._s, this._end, this._i + this._w1 + this._w2 + this._w3);
    }
  }
  eat(cp) {
    if (this._cp1 === cp) {
      this.advance();
      return true;
    }
    return false;
  }
  eat2(cp1, cp2) {
    if (this._cp1 === cp1 && this._cp2 === cp2) {
      this.advance();
      this.advance();
      return true;
    }
    return false;
  }
  eat3(cp1, cp2, cp3) {
    if (this._cp1 === cp1 && this._cp2 === cp2 && this._cp3 === cp3) {
      this.advance();
      this.advance();
      this.advance();
      return true;
    }
    return false;
  }
};
var RegExpSyntaxError = class extends SyntaxError {
  constructor(message, index) {
    super(message);
    this.index = index;
  }
};
function newRegExpSyntaxError(srcCtx, flags, index, message) {
  let source = "";
  if (srcCtx.kind === "literal") {
    const literal = srcCtx.source.slice(srcCtx.start, srcCtx.end);
    if (literal) {
      source = `: ${literal}`;
    }
  } else if (srcCtx.kind === "pattern") {
    const pattern = srcCtx.source.slice(srcCtx.start, srcCtx.end);
    const flagsText = `${flags.unicode ? "u" : ""}${flags.unicodeSets ? "v" : ""}`;
    source = `: /${pattern}/${flagsText}`;
  }
  return new RegExpSyntaxError(`Invalid regular expression${source}: ${message}`, index);
}
var SYNTAX_CHARACTER = /* @__PURE__ */ new Set([
  CIRCUMFLEX_ACCENT,
  DOLLAR_SIGN,
  REVERSE_SOLIDUS,
  FULL_STOP,
  ASTERISK,
  PLUS_SIGN,
  QUESTION_MARK,
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  RIGHT_SQUARE_BRACKET,
  LEFT_CURLY_BRACKET,
  RIGHT_CURLY_BRACKET,
  VERTICAL_LINE
]);
var CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER = /* @__PURE__ */ new Set([
  AMPERSAND,
  EXCLAMATION_MARK,
  NUMBER_SIGN,
  DOLLAR_SIGN,
  PERCENT_SIGN,
  ASTERISK,
  PLUS_SIGN,
  COMMA,
  FULL_STOP,
  COLON,
  SEMICOLON,
  LESS_THAN_SIGN,
  EQUALS_SIGN,
  GREATER_THAN_SIGN,
  QUESTION_MARK,
  COMMERCIAL_AT,
  CIRCUMFLEX_ACCENT,
  GRAVE_ACCENT,
  TILDE
]);
var CLASS_SET_SYNTAX_CHARACTER = /* @__PURE__ */ new Set([
  LEFT_PARENTHESIS,
  RIGHT_PARENTHESIS,
  LEFT_SQUARE_BRACKET,
  RIGHT_SQUARE_BRACKET,
  LEFT_CURLY_BRACKET,
  RIGHT_CURLY_BRACKET,
  SOLIDUS,
  HYPHEN_MINUS,
  REVERSE_SOLIDUS,
  VERTICAL_LINE
]);
var CLASS_SET_RESERVED_PUNCTUATOR = /* @__PURE__ */ new Set([
  AMPERSAND,
  HYPHEN_MINUS,
  EXCLAMATION_MARK,
  NUMBER_SIGN,
  PERCENT_SIGN,
  COMMA,
  COLON,
  SEMICOLON,
  LESS_THAN_SIGN,
  EQUALS_SIGN,
  GREATER_THAN_SIGN,
  COMMERCIAL_AT,
  GRAVE_ACCENT,
  TILDE
]);
var FLAG_PROP_TO_CODEPOINT = {
  global: LATIN_SMALL_LETTER_G,
  ignoreCase: LATIN_SMALL_LETTER_I,
  multiline: LATIN_SMALL_LETTER_M,
  unicode: LATIN_SMALL_LETTER_U,
  sticky: LATIN_SMALL_LETTER_Y,
  dotAll: LATIN_SMALL_LETTER_S,
  hasIndices: LATIN_SMALL_LETTER_D,
  unicodeSets: LATIN_SMALL_LETTER_V
};
var FLAG_CODEPOINT_TO_PROP = Object.fromEntries(Object.entries(FLAG_PROP_TO_CODEPOINT).map(([k, v]) => [v, k]));
function isSyntaxCharacter(cp) {
  return SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedDoublePunctuatorCharacter(cp) {
  return CLASS_SET_RESERVED_DOUBLE_PUNCTUATOR_CHARACTER.has(cp);
}
function isClassSetSyntaxCharacter(cp) {
  return CLASS_SET_SYNTAX_CHARACTER.has(cp);
}
function isClassSetReservedPunctuator(cp) {
  return CLASS_SET_RESERVED_PUNCTUATOR.has(cp);
}
function isIdentifierStartChar(cp) {
  return isIdStart(cp) || cp === DOLLAR_SIGN || cp === LOW_LINE;
}
function isIdentifierPartChar(cp) {
  return isIdContinue(cp) || cp === DOLLAR_SIGN || cp === ZERO_WIDTH_NON_JOINER || cp === ZERO_WIDTH_JOINER;
}
function isUnicodePropertyNameCharacter(cp) {
  return isLatinLetter(cp) || cp === LOW_LINE;
}
function isUnicodePropertyValueCharacter(cp) {
  return isUnicodePropertyNameCharacter(cp) || isDecimalDigit(cp);
}
function isRegularExpressionModifier(ch) {
  return ch === LATIN_SMALL_LETTER_I || ch === LATIN_SMALL_LETTER_M || ch === LATIN_SMALL_LETTER_S;
}
var RegExpValidator = class {
  constructor(options) {
    this._reader = new Reader();
    this._unicodeMode = false;
    this._unicodeSetsMode = false;
    this._nFlag = false;
    this._lastIntValue = 0;
    this._lastRange = {
      min: 0,
      max: Number.POSITIVE_INFINITY
    };
    this._lastStrValue = "";
    this._lastAssertionIsQuantifiable = false;
    this._numCapturingParens = 0;
    this._backreferenceNames = /* @__PURE__ */ new Set();
    this._srcCtx = null;
    this._options = options !== null && options !== void 0 ? options : {};
    this._groupSpecifiers = this.ecmaVersion >= 2025 ? new GroupSpecifiersAsES2025() : new GroupSpecifiersAsES2018();
  }
  validateLiteral(source, start = 0, end = source.length) {
    this._srcCtx = { source, start, end, kind: "literal" };
    this._unicodeSetsMode = this._unicodeMode = this._nFlag = false;
    this.reset(source, start, end);
    this.onLiteralEnter(start);
    if (this.eat(SOLIDUS) && this.eatRegExpBody() && this.eat(SOLIDUS)) {
      const flagStart = this.index;
      const unicode = source.includes("u", flagStart);
      const unicodeSets = source.includes("v", flagStart);
      this.validateFlagsInternal(source, flagStart, end);
      this.validatePatternInternal(source, start + 1, flagStart - 1, {
        unicode,
        unicodeSets
      });
    } else if (start >= end) {
      this.raise("Empty");
    } else {
      const c = String.fromCodePoint(this.currentCodePoint);
      this.raise(`Unexpected character '${c}'`);
    }
    this.onLiteralLeave(start, end);
  }
  validateFlags(source, start = 0, end = source.length) {
    this._srcCtx = { source, start, end, kind: "flags" };
    this.validateFlagsInternal(source, start, end);
  }
  validatePattern(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    this._srcCtx = { source, start, end, kind: "pattern" };
    this.validatePatternInternal(source, start, end, uFlagOrFlags);
  }
  validatePatternInternal(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    const mode = this._parseFlagsOptionToMode(uFlagOrFlags, end);
    this._unicodeMode = mode.unicodeMode;
    this._nFlag = mode.nFlag;
    this._unicodeSetsMode = mode.unicodeSetsMode;
    this.reset(source, start, end);
    this.consumePattern();
    if (!this._nFlag && this.ecmaVersion >= 2018 && !this._groupSpecifiers.isEmpty()) {
      this._nFlag = true;
      this.rewind(start);
      this.consumePattern();
    }
  }
  validateFlagsInternal(source, start, end) {
    const flags = this.parseFlags(source, start, end);
    this.onRegExpFlags(start, end, flags);
  }
  _parseFlagsOptionToMode(uFlagOrFlags, sourceEnd) {
    let unicode = false;
    let unicodeSets = false;
    if (uFlagOrFlags && this.ecmaVersion >= 2015) {
      if (typeof uFlagOrFlags === "object") {
        unicode = Boolean(uFlagOrFlags.unicode);
        if (this.ecmaVersion >= 2024) {
          unicodeSets = Boolean(uFlagOrFlags.unicodeSets);
        }
      } else {
        unicode = uFlagOrFlags;
      }
    }
    if (unicode && unicodeSets) {
      this.raise("Invalid regular expression flags", {
        index: sourceEnd + 1,
        unicode,
        unicodeSets
      });
    }
    const unicodeMode = unicode || unicodeSets;
    const nFlag = unicode && this.ecmaVersion >= 2018 || unicodeSets || Boolean(this._options.strict && this.ecmaVersion >= 2023);
    const unicodeSetsMode = unicodeSets;
    return { unicodeMode, nFlag, unicodeSetsMode };
  }
  get strict() {
    return Boolean(this._options.strict) || this._unicodeMode;
  }
  get ecmaVersion() {
    var _a;
    return (_a = this._options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
  }
  onLiteralEnter(start) {
    if (this._options.onLiteralEnter) {
      this._options.onLiteralEnter(start);
    }
  }
  onLiteralLeave(start, end) {
    if (this._options.onLiteralLeave) {
      this._options.onLiteralLeave(start, end);
    }
  }
  onRegExpFlags(start, end, flags) {
    if (this._options.onRegExpFlags) {
      this._options.onRegExpFlags(start, end, flags);
    }
    if (this._options.onFlags) {
      this._options.onFlags(start, end, flags.global, flags.ignoreCase, flags.multiline, flags.unicode, flags.sticky, flags.dotAll, flags.hasIndices);
    }
  }
  onPatternEnter(start) {
    if (this._options.onPatternEnter) {
      this._options.onPatternEnter(start);
    }
  }
  onPatternLeave(start, end) {
    if (this._options.onPatternLeave) {
      this._options.onPatternLeave(start, end);
    }
  }
  onDisjunctionEnter(start) {
    if (this._options.onDisjunctionEnter) {
      this._options.onDisjunctionEnter(start);
    }
  }
  onDisjunctionLeave(start, end) {
    if (this._options.onDisjunctionLeave) {
      this._options.onDisjunctionLeave(start, end);
    }
  }
  onAlternativeEnter(start, index) {
    if (this._options.onAlternativeEnter) {
      this._options.onAlternativeEnter(start, index);
    }
  }
  onAlternativeLeave(start, end, index) {
    if (this._options.onAlternativeLeave) {
      this._options.onAlternativeLeave(start, end, index);
    }
  }
  onGroupEnter(start) {
    if (this._options.onGroupEnter) {
      this._options.onGroupEnter(start);
    }
  }
  onGroupLeave(start, end) {
    if (this._options.onGroupLeave) {
      this._options.onGroupLeave(start, end);
    }
  }
  onModifiersEnter(start) {
    if (this._options.onModifiersEnter) {
      this._options.onModifiersEnter(start);
    }
  }
  onModifiersLeave(start, end) {
    if (this._options.onModifiersLeave) {
      this._options.onModifiersLeave(start, end);
    }
  }
  onAddModifiers(start, end, flags) {
    if (this._options.onAddModifiers) {
      this._options.onAddModifiers(start, end, flags);
    }
  }
  onRemoveModifiers(start, end, flags) {
    if (this._options.onRemoveModifiers) {
      this._options.onRemoveModifiers(start, end, flags);
    }
  }
  onCapturingGroupEnter(start, name) {
    if (this._options.onCapturingGroupEnter) {
      this._options.onCapturingGroupEnter(start, name);
    }
  }
  onCapturingGroupLeave(start, end, name) {
    if (this._options.onCapturingGroupLeave) {
      this._options.onCapturingGroupLeave(start, end, name);
    }
  }
  onQuantifier(start, end, min, max, greedy) {
    if (this._options.onQuantifier) {
      this._options.onQuantifier(start, end, min, max, greedy);
    }
  }
  onLookaroundAssertionEnter(start, kind, negate) {
    if (this._options.onLookaroundAssertionEnter) {
      this._options.onLookaroundAssertionEnter(start, kind, negate);
    }
  }
  onLookaroundAssertionLeave(start, end, kind, negate) {
    if (this._options.onLookaroundAssertionLeave) {
      this._options.onLookaroundAssertionLeave(start, end, kind, negate);
    }
  }
  onEdgeAssertion(start, end, kind) {
    if (this._options.onEdgeAssertion) {
      this._options.onEdgeAssertion(start, end, kind);
    }
  }
  onWordBoundaryAssertion(start, end, kind, negate) {
    if (this._options.onWordBoundaryAssertion) {
      this._options.onWordBoundaryAssertion(start, end, kind, negate);
    }
  }
  onAnyCharacterSet(start, end, kind) {
    if (this._options.onAnyCharacterSet) {
      this._options.onAnyCharacterSet(start, end, kind);
    }
  }
  onEscapeCharacterSet(start, end, kind, negate) {
    if (this._options.onEscapeCharacterSet) {
      this._options.onEscapeCharacterSet(start, end, kind, negate);
    }
  }
  onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings) {
    if (this._options.onUnicodePropertyCharacterSet) {
      this._options.onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings);
    }
  }
  onCharacter(start, end, value) {
    if (this._options.onCharacter) {
      this._options.onCharacter(start, end, value);
    }
  }
  onBackreference(start, end, ref) {
    if (this._options.onBackreference) {
      this._options.onBackreference(start, end, ref);
    }
  }
  onCharacterClassEnter(start, negate, unicodeSets) {
    if (this._options.onCharacterClassEnter) {
      this._options.onCharacterClassEnter(start, negate, unicodeSets);
    }
  }
  onCharacterClassLeave(start, end, negate) {
    if (this._options.onCharacterClassLeave) {
      this._options.onCharacterClassLeave(start, end, negate);
    }
  }
  onCharacterClassRange(start, end, min, max) {
    if (this._options.onCharacterClassRange) {
      this._options.onCharacterClassRange(start, end, min, max);
    }
  }
  onClassIntersection(start, end) {
    if (this._options.onClassIntersection) {
      this._options.onClassIntersection(start, end);
    }
  }
  onClassSubtraction(start, end) {
    if (this._options.onClassSubtraction) {
      this._options.onClassSubtraction(start, end);
    }
  }
  onClassStringDisjunctionEnter(start) {
    if (this._options.onClassStringDisjunctionEnter) {
      this._options.onClassStringDisjunctionEnter(start);
    }
  }
  onClassStringDisjunctionLeave(start, end) {
    if (this._options.onClassStringDisjunctionLeave) {
      this._options.onClassStringDisjunctionLeave(start, end);
    }
  }
  onStringAlternativeEnter(start, index) {
    if (this._options.onStringAlternativeEnter) {
      this._options.onStringAlternativeEnter(start, index);
    }
  }
  onStringAlternativeLeave(start, end, index) {
    if (this._options.onStringAlternativeLeave) {
      this._options.onStringAlternativeLeave(start, end, index);
    }
  }
  get index() {
    return this._reader.index;
  }
  get currentCodePoint() {
    return this._reader.currentCodePoint;
  }
  get nextCodePoint() {
    return this._reader.nextCodePoint;
  }
  get nextCodePoint2() {
    return this._reader.nextCodePoint2;
  }
  get nextCodePoint3() {
    return this._reader.nextCodePoint3;
  }
  reset(source, start, end) {
    this._reader.reset(source, start, end, this._unicodeMode);
  }
  rewind(index) {
    this._reader.rewind(index);
  }
  advance() {
    this._reader.advance();
  }
  eat(cp) {
    return this._reader.eat(cp);
  }
  eat2(cp1, cp2) {
    return this._reader.eat2(cp1, cp2);
  }
  eat3(cp1, cp2, cp3) {
    return this._reader.eat3(cp1, cp2, cp3);
  }
  raise(message, context) {
    var _a, _b, _c;
    throw newRegExpSyntaxError(this._srcCtx, {
      unicode: (_a = context === null || context === void 0 ? void 0 : context.unicode) !== null && _a !== void 0 ? _a : this._unicodeMode && !this._unicodeSetsMode,
      unicodeSets: (_b = context === null || context === void 0 ? void 0 : context.unicodeSets) !== null && _b !== void 0 ? _b : this._unicodeSetsMode
    }, (_c = context === null || context === void 0 ? void 0 : context.index) !== null && _c !== void 0 ? _c : this.index, message);
  }
  eatRegExpBody() {
    const start = this.index;
    let inClass = false;
    let escaped = false;
    for (; ; ) {
      const cp = this.currentCodePoint;
      if (cp === -1 || isLineTerminator(cp)) {
        const kind = inClass ? "character class" : "regular expression";
        this.raise(`Unterminated ${kind}`);
      }
      if (escaped) {
        escaped = false;
      } else if (cp === REVERSE_SOLIDUS) {
        escaped = true;
      } else if (cp === LEFT_SQUARE_BRACKET) {
        inClass = true;
      } else if (cp === RIGHT_SQUARE_BRACKET) {
        inClass = false;
      } else if (cp === SOLIDUS && !inClass || cp === ASTERISK && this.index === start) {
        break;
      }
      this.advance();
    }
    return this.index !== start;
  }
  consumePattern() {
    const start = this.index;
    this._numCapturingParens = this.countCapturingParens();
    this._groupSpecifiers.clear();
    this._backreferenceNames.clear();
    this.onPatternEnter(start);
    this.consumeDisjunction();
    const cp = this.currentCodePoint;
    if (this.currentCodePoint !== -1) {
      if (cp === RIGHT_PARENTHESIS) {
        this.raise("Unmatched ')'");
      }
      if (cp === REVERSE_SOLIDUS) {
        this.raise("\\ at end of pattern");
      }
      if (cp === RIGHT_SQUARE_BRACKET || cp === RIGHT_CURLY_BRACKET) {
        this.raise("Lone quantifier brackets");
      }
      const c = String.fromCodePoint(cp);
      this.raise(`Unexpected character '${c}'`);
    }
    for (const name of this._backreferenceNames) {
      if (!this._groupSpecifiers.hasInPattern(name)) {
        this.raise("Invalid named capture referenced");
      }
    }
    this.onPatternLeave(start, this.index);
  }
  countCapturingParens() {
    const start = this.index;
    let inClass = false;
    let escaped = false;
    let count = 0;
    let cp = 0;
    while ((cp = this.currentCodePoint) !== -1) {
      if (escaped) {
        escaped = false;
      } else if (cp === REVERSE_SOLIDUS) {
        escaped = true;
      } else if (cp === LEFT_SQUARE_BRACKET) {
        inClass = true;
      } else if (cp === RIGHT_SQUARE_BRACKET) {
        inClass = false;
      } else if (cp === LEFT_PARENTHESIS && !inClass && (this.nextCodePoint !== QUESTION_MARK || this.nextCodePoint2 === LESS_THAN_SIGN && this.nextCodePoint3 !== EQUALS_SIGN && this.nextCodePoint3 !== EXCLAMATION_MARK)) {
        count += 1;
      }
      this.advance();
    }
    this.rewind(start);
    return count;
  }
  consumeDisjunction() {
    const start = this.index;
    let i = 0;
    this._groupSpecifiers.enterDisjunction();
    this.onDisjunctionEnter(start);
    do {
      this.consumeAlternative(i++);
    } while (this.eat(VERTICAL_LINE));
    if (this.consumeQuantifier(true)) {
      this.raise("Nothing to repeat");
    }
    if (this.eat(LEFT_CURLY_BRACKET)) {
      this.raise("Lone quantifier brackets");
    }
    this.onDisjunctionLeave(start, this.index);
    this._groupSpecifiers.leaveDisjunction();
  }
  consumeAlternative(i) {
    const start = this.index;
    this._groupSpecifiers.enterAlternative(i);
    this.onAlternativeEnter(start, i);
    while (this.currentCodePoint !== -1 && this.consumeTerm()) {
    }
    this.onAlternativeLeave(start, this.index, i);
  }
  consumeTerm() {
    if (this._unicodeMode || this.strict) {
      return this.consumeAssertion() || this.consumeAtom() && this.consumeOptionalQuantifier();
    }
    return this.consumeAssertion() && (!this._lastAssertionIsQuantifiable || this.consumeOptionalQuantifier()) || this.consumeExtendedAtom() && this.consumeOptionalQuantifier();
  }
  consumeOptionalQuantifier() {
    this.consumeQuantifier();
    return true;
  }
  consumeAssertion() {
    const start = this.index;
    this._lastAssertionIsQuantifiable = false;
    if (this.eat(CIRCUMFLEX_ACCENT)) {
      this.onEdgeAssertion(start, this.index, "start");
      return true;
    }
    if (this.eat(DOLLAR_SIGN)) {
      this.onEdgeAssertion(start, this.index, "end");
      return true;
    }
    if (this.eat2(REVERSE_SOLIDUS, LATIN_CAPITAL_LETTER_B)) {
      this.onWordBoundaryAssertion(start, this.index, "word", true);
      return true;
    }
    if (this.eat2(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_B)) {
      this.onWordBoundaryAssertion(start, this.index, "word", false);
      return true;
    }
    if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
      const lookbehind = this.ecmaVersion >= 2018 && this.eat(LESS_THAN_SIGN);
      let negate = false;
      if (this.eat(EQUALS_SIGN) || (negate = this.eat(EXCLAMATION_MARK))) {
        const kind = lookbehind ? "lookbehind" : "lookahead";
        this.onLookaroundAssertionEnter(start, kind, negate);
        this.consumeDisjunction();
        if (!this.eat(RIGHT_PARENTHESIS)) {
          this.raise("Unterminated group");
        }
        this._lastAssertionIsQuantifiable = !lookbehind && !this.strict;
        this.onLookaroundAssertionLeave(start, this.index, kind, negate);
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  consumeQuantifier(noConsume = false) {
    const start = this.index;
    let min = 0;
    let max = 0;
    let greedy = false;
    if (this.eat(ASTERISK)) {
      min = 0;
      max = Number.POSITIVE_INFINITY;
    } else if (this.eat(PLUS_SIGN)) {
      min = 1;
      max = Number.POSITIVE_INFINITY;
    } else if (this.eat(QUESTION_MARK)) {
      min = 0;
      max = 1;
    } else if (this.eatBracedQuantifier(noConsume)) {
      ({ min, max } = this._lastRange);
    } else {
      return false;
    }
    greedy = !this.eat(QUESTION_MARK);
    if (!noConsume) {
      this.onQuantifier(start, this.index, min, max, greedy);
    }
    return true;
  }
  eatBracedQuantifier(noError) {
    const start = this.index;
    if (this.eat(LEFT_CURLY_BRACKET)) {
      if (this.eatDecimalDigits()) {
        const min = this._lastIntValue;
        let max = min;
        if (this.eat(COMMA)) {
          max = this.eatDecimalDigits() ? this._lastIntValue : Number.POSITIVE_INFINITY;
        }
        if (this.eat(RIGHT_CURLY_BRACKET)) {
          if (!noError && max < min) {
            this.raise("numbers out of order in {} quantifier");
          }
          this._lastRange = { min, max };
          return true;
        }
      }
      if (!noError && (this._unicodeMode || this.strict)) {
        this.raise("Incomplete quantifier");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeAtom() {
    return this.consumePatternCharacter() || this.consumeDot() || this.consumeReverseSolidusAtomEscape() || Boolean(this.consumeCharacterClass()) || this.consumeCapturingGroup() || this.consumeUncapturingGroup();
  }
  consumeDot() {
    if (this.eat(FULL_STOP)) {
      this.onAnyCharacterSet(this.index - 1, this.index, "any");
      return true;
    }
    return false;
  }
  consumeReverseSolidusAtomEscape() {
    const start = this.index;
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeAtomEscape()) {
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  consumeUncapturingGroup() {
    const start = this.index;
    if (this.eat2(LEFT_PARENTHESIS, QUESTION_MARK)) {
      this.onGroupEnter(start);
      if (this.ecmaVersion >= 2025) {
        this.consumeModifiers();
      }
      if (!this.eat(COLON)) {
        this.rewind(start + 1);
        this.raise("Invalid group");
      }
      this.consumeDisjunction();
      if (!this.eat(RIGHT_PARENTHESIS)) {
        this.raise("Unterminated group");
      }
      this.onGroupLeave(start, this.index);
      return true;
    }
    return false;
  }
  consumeModifiers() {
    const start = this.index;
    const hasAddModifiers = this.eatModifiers();
    const addModifiersEnd = this.index;
    const hasHyphen = this.eat(HYPHEN_MINUS);
    if (!hasAddModifiers && !hasHyphen) {
      return false;
    }
    this.onModifiersEnter(start);
    const addModifiers = this.parseModifiers(start, addModifiersEnd);
    this.onAddModifiers(start, addModifiersEnd, addModifiers);
    if (hasHyphen) {
      const modifiersStart = this.index;
      if (!this.eatModifiers() && !hasAddModifiers && this.currentCodePoint === COLON) {
        this.raise("Invalid empty flags");
      }
      const modifiers = this.parseModifiers(modifiersStart, this.index);
      for (const [flagName] of Object.entries(modifiers).filter(([, enable]) => enable)) {
        if (addModifiers[flagName]) {
          this.raise(`Duplicated flag '${String.fromCodePoint(FLAG_PROP_TO_CODEPOINT[flagName])}'`);
        }
      }
      this.onRemoveModifiers(modifiersStart, this.index, modifiers);
    }
    this.onModifiersLeave(start, this.index);
    return true;
  }
  consumeCapturingGroup() {
    const start = this.index;
    if (this.eat(LEFT_PARENTHESIS)) {
      let name = null;
      if (this.ecmaVersion >= 2018) {
        if (this.consumeGroupSpecifier()) {
          name = this._lastStrValue;
        } else if (this.currentCodePoint === QUESTION_MARK) {
          this.rewind(start);
          return false;
        }
      } else if (this.currentCodePoint === QUESTION_MARK) {
        this.rewind(start);
        return false;
      }
      this.onCapturingGroupEnter(start, name);
      this.consumeDisjunction();
      if (!this.eat(RIGHT_PARENTHESIS)) {
        this.raise("Unterminated group");
      }
      this.onCapturingGroupLeave(start, this.index, name);
      return true;
    }
    return false;
  }
  consumeExtendedAtom() {
    return this.consumeDot() || this.consumeReverseSolidusAtomEscape() || this.consumeReverseSolidusFollowedByC() || Boolean(this.consumeCharacterClass()) || this.consumeCapturingGroup() || this.consumeUncapturingGroup() || this.consumeInvalidBracedQuantifier() || this.consumeExtendedPatternCharacter();
  }
  consumeReverseSolidusFollowedByC() {
    const start = this.index;
    if (this.currentCodePoint === REVERSE_SOLIDUS && this.nextCodePoint === LATIN_SMALL_LETTER_C) {
      this._lastIntValue = this.currentCodePoint;
      this.advance();
      this.onCharacter(start, this.index, REVERSE_SOLIDUS);
      return true;
    }
    return false;
  }
  consumeInvalidBracedQuantifier() {
    if (this.eatBracedQuantifier(true)) {
      this.raise("Nothing to repeat");
    }
    return false;
  }
  consumePatternCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && !isSyntaxCharacter(cp)) {
      this.advance();
      this.onCharacter(start, this.index, cp);
      return true;
    }
    return false;
  }
  consumeExtendedPatternCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && cp !== CIRCUMFLEX_ACCENT && cp !== DOLLAR_SIGN && cp !== REVERSE_SOLIDUS && cp !== FULL_STOP && cp !== ASTERISK && cp !== PLUS_SIGN && cp !== QUESTION_MARK && cp !== LEFT_PARENTHESIS && cp !== RIGHT_PARENTHESIS && cp !== LEFT_SQUARE_BRACKET && cp !== VERTICAL_LINE) {
      this.advance();
      this.onCharacter(start, this.index, cp);
      return true;
    }
    return false;
  }
  consumeGroupSpecifier() {
    const start = this.index;
    if (this.eat(QUESTION_MARK)) {
      if (this.eatGroupName()) {
        if (!this._groupSpecifiers.hasInScope(this._lastStrValue)) {
          this._groupSpecifiers.addToScope(this._lastStrValue);
          return true;
        }
        this.raise("Duplicate capture group name");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeAtomEscape() {
    if (this.consumeBackreference() || this.consumeCharacterClassEscape() || this.consumeCharacterEscape() || this._nFlag && this.consumeKGroupName()) {
      return true;
    }
    if (this.strict || this._unicodeMode) {
      this.raise("Invalid escape");
    }
    return false;
  }
  consumeBackreference() {
    const start = this.index;
    if (this.eatDecimalEscape()) {
      const n = this._lastIntValue;
      if (n <= this._numCapturingParens) {
        this.onBackreference(start - 1, this.index, n);
        return true;
      }
      if (this.strict || this._unicodeMode) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeCharacterClassEscape() {
    var _a;
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_D)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "digit", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_D)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "digit", true);
      return {};
    }
    if (this.eat(LATIN_SMALL_LETTER_S)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "space", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_S)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "space", true);
      return {};
    }
    if (this.eat(LATIN_SMALL_LETTER_W)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "word", false);
      return {};
    }
    if (this.eat(LATIN_CAPITAL_LETTER_W)) {
      this._lastIntValue = -1;
      this.onEscapeCharacterSet(start - 1, this.index, "word", true);
      return {};
    }
    let negate = false;
    if (this._unicodeMode && this.ecmaVersion >= 2018 && (this.eat(LATIN_SMALL_LETTER_P) || (negate = this.eat(LATIN_CAPITAL_LETTER_P)))) {
      this._lastIntValue = -1;
      let result = null;
      if (this.eat(LEFT_CURLY_BRACKET) && (result = this.eatUnicodePropertyValueExpression()) && this.eat(RIGHT_CURLY_BRACKET)) {
        if (negate && result.strings) {
          this.raise("Invalid property name");
        }
        this.onUnicodePropertyCharacterSet(start - 1, this.index, "property", result.key, result.value, negate, (_a = result.strings) !== null && _a !== void 0 ? _a : false);
        return { mayContainStrings: result.strings };
      }
      this.raise("Invalid property name");
    }
    return null;
  }
  consumeCharacterEscape() {
    const start = this.index;
    if (this.eatControlEscape() || this.eatCControlLetter() || this.eatZero() || this.eatHexEscapeSequence() || this.eatRegExpUnicodeEscapeSequence() || !this.strict && !this._unicodeMode && this.eatLegacyOctalEscapeSequence() || this.eatIdentityEscape()) {
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    return false;
  }
  consumeKGroupName() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_K)) {
      if (this.eatGroupName()) {
        const groupName = this._lastStrValue;
        this._backreferenceNames.add(groupName);
        this.onBackreference(start - 1, this.index, groupName);
        return true;
      }
      this.raise("Invalid named reference");
    }
    return false;
  }
  consumeCharacterClass() {
    const start = this.index;
    if (this.eat(LEFT_SQUARE_BRACKET)) {
      const negate = this.eat(CIRCUMFLEX_ACCENT);
      this.onCharacterClassEnter(start, negate, this._unicodeSetsMode);
      const result = this.consumeClassContents();
      if (!this.eat(RIGHT_SQUARE_BRACKET)) {
        if (this.currentCodePoint === -1) {
          this.raise("Unterminated character class");
        }
        this.raise("Invalid character in character class");
      }
      if (negate && result.mayContainStrings) {
        this.raise("Negated character class may contain strings");
      }
      this.onCharacterClassLeave(start, this.index, negate);
      return result;
    }
    return null;
  }
  consumeClassContents() {
    if (this._unicodeSetsMode) {
      if (this.currentCodePoint === RIGHT_SQUARE_BRACKET) {
        return {};
      }
      const result = this.consumeClassSetExpression();
      return result;
    }
    const strict = this.strict || this._unicodeMode;
    for (; ; ) {
      const rangeStart = this.index;
      if (!this.consumeClassAtom()) {
        break;
      }
      const min = this._lastIntValue;
      if (!this.eat(HYPHEN_MINUS)) {
        continue;
      }
      this.onCharacter(this.index - 1, this.index, HYPHEN_MINUS);
      if (!this.consumeClassAtom()) {
        break;
      }
      const max = this._lastIntValue;
      if (min === -1 || max === -1) {
        if (strict) {
          this.raise("Invalid character class");
        }
        continue;
      }
      if (min > max) {
        this.raise("Range out of order in character class");
      }
      this.onCharacterClassRange(rangeStart, this.index, min, max);
    }
    return {};
  }
  consumeClassAtom() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== -1 && cp !== REVERSE_SOLIDUS && cp !== RIGHT_SQUARE_BRACKET) {
      this.advance();
      this._lastIntValue = cp;
      this.onCharacter(start, this.index, this._lastIntValue);
      return true;
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeClassEscape()) {
        return true;
      }
      if (!this.strict && this.currentCodePoint === LATIN_SMALL_LETTER_C) {
        this._lastIntValue = REVERSE_SOLIDUS;
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      if (this.strict || this._unicodeMode) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  consumeClassEscape() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_B)) {
      this._lastIntValue = BACKSPACE;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    if (this._unicodeMode && this.eat(HYPHEN_MINUS)) {
      this._lastIntValue = HYPHEN_MINUS;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    let cp = 0;
    if (!this.strict && !this._unicodeMode && this.currentCodePoint === LATIN_SMALL_LETTER_C && (isDecimalDigit(cp = this.nextCodePoint) || cp === LOW_LINE)) {
      this.advance();
      this.advance();
      this._lastIntValue = cp % 32;
      this.onCharacter(start - 1, this.index, this._lastIntValue);
      return true;
    }
    return Boolean(this.consumeCharacterClassEscape()) || this.consumeCharacterEscape();
  }
  consumeClassSetExpression() {
    const start = this.index;
    let mayContainStrings = false;
    let result = null;
    if (this.consumeClassSetCharacter()) {
      if (this.consumeClassSetRangeFromOperator(start)) {
        this.consumeClassUnionRight({});
        return {};
      }
      mayContainStrings = false;
    } else if (result = this.consumeClassSetOperand()) {
      mayContainStrings = result.mayContainStrings;
    } else {
      const cp = this.currentCodePoint;
      if (cp === REVERSE_SOLIDUS) {
        this.advance();
        this.raise("Invalid escape");
      }
      if (cp === this.nextCodePoint && isClassSetReservedDoublePunctuatorCharacter(cp)) {
        this.raise("Invalid set operation in character class");
      }
      this.raise("Invalid character in character class");
    }
    if (this.eat2(AMPERSAND, AMPERSAND)) {
      while (this.currentCodePoint !== AMPERSAND && (result = this.consumeClassSetOperand())) {
        this.onClassIntersection(start, this.index);
        if (!result.mayContainStrings) {
          mayContainStrings = false;
        }
        if (this.eat2(AMPERSAND, AMPERSAND)) {
          continue;
        }
        return { mayContainStrings };
      }
      this.raise("Invalid character in character class");
    }
    if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
      while (this.consumeClassSetOperand()) {
        this.onClassSubtraction(start, this.index);
        if (this.eat2(HYPHEN_MINUS, HYPHEN_MINUS)) {
          continue;
        }
        return { mayContainStrings };
      }
      this.raise("Invalid character in character class");
    }
    return this.consumeClassUnionRight({ mayContainStrings });
  }
  consumeClassUnionRight(leftResult) {
    let mayContainStrings = leftResult.mayContainStrings;
    for (; ; ) {
      const start = this.index;
      if (this.consumeClassSetCharacter()) {
        this.consumeClassSetRangeFromOperator(start);
        continue;
      }
      const result = this.consumeClassSetOperand();
      if (result) {
        if (result.mayContainStrings) {
          mayContainStrings = true;
        }
        continue;
      }
      break;
    }
    return { mayContainStrings };
  }
  consumeClassSetRangeFromOperator(start) {
    const currentStart = this.index;
    const min = this._lastIntValue;
    if (this.eat(HYPHEN_MINUS)) {
      if (this.consumeClassSetCharacter()) {
        const max = this._lastIntValue;
        if (min === -1 || max === -1) {
          this.raise("Invalid character class");
        }
        if (min > max) {
          this.raise("Range out of order in character class");
        }
        this.onCharacterClassRange(start, this.index, min, max);
        return true;
      }
      this.rewind(currentStart);
    }
    return false;
  }
  consumeClassSetOperand() {
    let result = null;
    if (result = this.consumeNestedClass()) {
      return result;
    }
    if (result = this.consumeClassStringDisjunction()) {
      return result;
    }
    if (this.consumeClassSetCharacter()) {
      return {};
    }
    return null;
  }
  consumeNestedClass() {
    const start = this.index;
    if (this.eat(LEFT_SQUARE_BRACKET)) {
      const negate = this.eat(CIRCUMFLEX_ACCENT);
      this.onCharacterClassEnter(start, negate, true);
      const result = this.consumeClassContents();
      if (!this.eat(RIGHT_SQUARE_BRACKET)) {
        this.raise("Unterminated character class");
      }
      if (negate && result.mayContainStrings) {
        this.raise("Negated character class may contain strings");
      }
      this.onCharacterClassLeave(start, this.index, negate);
      return result;
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      const result = this.consumeCharacterClassEscape();
      if (result) {
        return result;
      }
      this.rewind(start);
    }
    return null;
  }
  consumeClassStringDisjunction() {
    const start = this.index;
    if (this.eat3(REVERSE_SOLIDUS, LATIN_SMALL_LETTER_Q, LEFT_CURLY_BRACKET)) {
      this.onClassStringDisjunctionEnter(start);
      let i = 0;
      let mayContainStrings = false;
      do {
        if (this.consumeClassString(i++).mayContainStrings) {
          mayContainStrings = true;
        }
      } while (this.eat(VERTICAL_LINE));
      if (this.eat(RIGHT_CURLY_BRACKET)) {
        this.onClassStringDisjunctionLeave(start, this.index);
        return { mayContainStrings };
      }
      this.raise("Unterminated class string disjunction");
    }
    return null;
  }
  consumeClassString(i) {
    const start = this.index;
    let count = 0;
    this.onStringAlternativeEnter(start, i);
    while (this.currentCodePoint !== -1 && this.consumeClassSetCharacter()) {
      count++;
    }
    this.onStringAlternativeLeave(start, this.index, i);
    return { mayContainStrings: count !== 1 };
  }
  consumeClassSetCharacter() {
    const start = this.index;
    const cp = this.currentCodePoint;
    if (cp !== this.nextCodePoint || !isClassSetReservedDoublePunctuatorCharacter(cp)) {
      if (cp !== -1 && !isClassSetSyntaxCharacter(cp)) {
        this._lastIntValue = cp;
        this.advance();
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
    }
    if (this.eat(REVERSE_SOLIDUS)) {
      if (this.consumeCharacterEscape()) {
        return true;
      }
      if (isClassSetReservedPunctuator(this.currentCodePoint)) {
        this._lastIntValue = this.currentCodePoint;
        this.advance();
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      if (this.eat(LATIN_SMALL_LETTER_B)) {
        this._lastIntValue = BACKSPACE;
        this.onCharacter(start, this.index, this._lastIntValue);
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  eatGroupName() {
    if (this.eat(LESS_THAN_SIGN)) {
      if (this.eatRegExpIdentifierName() && this.eat(GREATER_THAN_SIGN)) {
        return true;
      }
      this.raise("Invalid capture group name");
    }
    return false;
  }
  eatRegExpIdentifierName() {
    if (this.eatRegExpIdentifierStart()) {
      this._lastStrValue = String.fromCodePoint(this._lastIntValue);
      while (this.eatRegExpIdentifierPart()) {
        this._lastStrValue += String.fromCodePoint(this._lastIntValue);
      }
      return true;
    }
    return false;
  }
  eatRegExpIdentifierStart() {
    const start = this.index;
    const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
    let cp = this.currentCodePoint;
    this.advance();
    if (cp === REVERSE_SOLIDUS && this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
      cp = this._lastIntValue;
    } else if (forceUFlag && isLeadSurrogate(cp) && isTrailSurrogate(this.currentCodePoint)) {
      cp = combineSurrogatePair(cp, this.currentCodePoint);
      this.advance();
    }
    if (isIdentifierStartChar(cp)) {
      this._lastIntValue = cp;
      return true;
    }
    if (this.index !== start) {
      this.rewind(start);
    }
    return false;
  }
  eatRegExpIdentifierPart() {
    const start = this.index;
    const forceUFlag = !this._unicodeMode && this.ecmaVersion >= 2020;
    let cp = this.currentCodePoint;
    this.advance();
    if (cp === REVERSE_SOLIDUS && this.eatRegExpUnicodeEscapeSequence(forceUFlag)) {
      cp = this._lastIntValue;
    } else if (forceUFlag && isLeadSurrogate(cp) && isTrailSurrogate(this.currentCodePoint)) {
      cp = combineSurrogatePair(cp, this.currentCodePoint);
      this.advance();
    }
    if (isIdentifierPartChar(cp)) {
      this._lastIntValue = cp;
      return true;
    }
    if (this.index !== start) {
      this.rewind(start);
    }
    return false;
  }
  eatCControlLetter() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_C)) {
      if (this.eatControlLetter()) {
        return true;
      }
      this.rewind(start);
    }
    return false;
  }
  eatZero() {
    if (this.currentCodePoint === DIGIT_ZERO && !isDecimalDigit(this.nextCodePoint)) {
      this._lastIntValue = 0;
      this.advance();
      return true;
    }
    return false;
  }
  eatControlEscape() {
    if (this.eat(LATIN_SMALL_LETTER_F)) {
      this._lastIntValue = FORM_FEED;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_N)) {
      this._lastIntValue = LINE_FEED;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_R)) {
      this._lastIntValue = CARRIAGE_RETURN;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_T)) {
      this._lastIntValue = CHARACTER_TABULATION;
      return true;
    }
    if (this.eat(LATIN_SMALL_LETTER_V)) {
      this._lastIntValue = LINE_TABULATION;
      return true;
    }
    return false;
  }
  eatControlLetter() {
    const cp = this.currentCodePoint;
    if (isLatinLetter(cp)) {
      this.advance();
      this._lastIntValue = cp % 32;
      return true;
    }
    return false;
  }
  eatRegExpUnicodeEscapeSequence(forceUFlag = false) {
    const start = this.index;
    const uFlag = forceUFlag || this._unicodeMode;
    if (this.eat(LATIN_SMALL_LETTER_U)) {
      if (uFlag && this.eatRegExpUnicodeSurrogatePairEscape() || this.eatFixedHexDigits(4) || uFlag && this.eatRegExpUnicodeCodePointEscape()) {
        return true;
      }
      if (this.strict || uFlag) {
        this.raise("Invalid unicode escape");
      }
      this.rewind(start);
    }
    return false;
  }
  eatRegExpUnicodeSurrogatePairEscape() {
    const start = this.index;
    if (this.eatFixedHexDigits(4)) {
      const lead = this._lastIntValue;
      if (isLeadSurrogate(lead) && this.eat(REVERSE_SOLIDUS) && this.eat(LATIN_SMALL_LETTER_U) && this.eatFixedHexDigits(4)) {
        const trail = this._lastIntValue;
        if (isTrailSurrogate(trail)) {
          this._lastIntValue = combineSurrogatePair(lead, trail);
          return true;
        }
      }
      this.rewind(start);
    }
    return false;
  }
  eatRegExpUnicodeCodePointEscape() {
    const start = this.index;
    if (this.eat(LEFT_CURLY_BRACKET) && this.eatHexDigits() && this.eat(RIGHT_CURLY_BRACKET) && isValidUnicode(this._lastIntValue)) {
      return true;
    }
    this.rewind(start);
    return false;
  }
  eatIdentityEscape() {
    const cp = this.currentCodePoint;
    if (this.isValidIdentityEscape(cp)) {
      this._lastIntValue = cp;
      this.advance();
      return true;
    }
    return false;
  }
  isValidIdentityEscape(cp) {
    if (cp === -1) {
      return false;
    }
    if (this._unicodeMode) {
      return isSyntaxCharacter(cp) || cp === SOLIDUS;
    }
    if (this.strict) {
      return !isIdContinue(cp);
    }
    if (this._nFlag) {
      return !(cp === LATIN_SMALL_LETTER_C || cp === LATIN_SMALL_LETTER_K);
    }
    return cp !== LATIN_SMALL_LETTER_C;
  }
  eatDecimalEscape() {
    this._lastIntValue = 0;
    let cp = this.currentCodePoint;
    if (cp >= DIGIT_ONE && cp <= DIGIT_NINE) {
      do {
        this._lastIntValue = 10 * this._lastIntValue + (cp - DIGIT_ZERO);
        this.advance();
      } while ((cp = this.currentCodePoint) >= DIGIT_ZERO && cp <= DIGIT_NINE);
      return true;
    }
    return false;
  }
  eatUnicodePropertyValueExpression() {
    const start = this.index;
    if (this.eatUnicodePropertyName() && this.eat(EQUALS_SIGN)) {
      const key = this._lastStrValue;
      if (this.eatUnicodePropertyValue()) {
        const value = this._lastStrValue;
        if (isValidUnicodeProperty(this.ecmaVersion, key, value)) {
          return {
            key,
            value: value || null
          };
        }
        this.raise("Invalid property name");
      }
    }
    this.rewind(start);
    if (this.eatLoneUnicodePropertyNameOrValue()) {
      const nameOrValue = this._lastStrValue;
      if (isValidUnicodeProperty(this.ecmaVersion, "General_Category", nameOrValue)) {
        return {
          key: "General_Category",
          value: nameOrValue || null
        };
      }
      if (isValidLoneUnicodeProperty(this.ecmaVersion, nameOrValue)) {
        return {
          key: nameOrValue,
          value: null
        };
      }
      if (this._unicodeSetsMode && isValidLoneUnicodePropertyOfString(this.ecmaVersion, nameOrValue)) {
        return {
          key: nameOrValue,
          value: null,
          strings: true
        };
      }
      this.raise("Invalid property name");
    }
    return null;
  }
  eatUnicodePropertyName() {
    this._lastStrValue = "";
    while (isUnicodePropertyNameCharacter(this.currentCodePoint)) {
      this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
      this.advance();
    }
    return this._lastStrValue !== "";
  }
  eatUnicodePropertyValue() {
    this._lastStrValue = "";
    while (isUnicodePropertyValueCharacter(this.currentCodePoint)) {
      this._lastStrValue += String.fromCodePoint(this.currentCodePoint);
      this.advance();
    }
    return this._lastStrValue !== "";
  }
  eatLoneUnicodePropertyNameOrValue() {
    return this.eatUnicodePropertyValue();
  }
  eatHexEscapeSequence() {
    const start = this.index;
    if (this.eat(LATIN_SMALL_LETTER_X)) {
      if (this.eatFixedHexDigits(2)) {
        return true;
      }
      if (this._unicodeMode || this.strict) {
        this.raise("Invalid escape");
      }
      this.rewind(start);
    }
    return false;
  }
  eatDecimalDigits() {
    const start = this.index;
    this._lastIntValue = 0;
    while (isDecimalDigit(this.currentCodePoint)) {
      this._lastIntValue = 10 * this._lastIntValue + digitToInt(this.currentCodePoint);
      this.advance();
    }
    return this.index !== start;
  }
  eatHexDigits() {
    const start = this.index;
    this._lastIntValue = 0;
    while (isHexDigit(this.currentCodePoint)) {
      this._lastIntValue = 16 * this._lastIntValue + digitToInt(this.currentCodePoint);
      this.advance();
    }
    return this.index !== start;
  }
  eatLegacyOctalEscapeSequence() {
    if (this.eatOctalDigit()) {
      const n1 = this._lastIntValue;
      if (this.eatOctalDigit()) {
        const n2 = this._lastIntValue;
        if (n1 <= 3 && this.eatOctalDigit()) {
          this._lastIntValue = n1 * 64 + n2 * 8 + this._lastIntValue;
        } else {
          this._lastIntValue = n1 * 8 + n2;
        }
      } else {
        this._lastIntValue = n1;
      }
      return true;
    }
    return false;
  }
  eatOctalDigit() {
    const cp = this.currentCodePoint;
    if (isOctalDigit(cp)) {
      this.advance();
      this._lastIntValue = cp - DIGIT_ZERO;
      return true;
    }
    this._lastIntValue = 0;
    return false;
  }
  eatFixedHexDigits(length) {
    const start = this.index;
    this._lastIntValue = 0;
    for (let i = 0; i < length; ++i) {
      const cp = this.currentCodePoint;
      if (!isHexDigit(cp)) {
        this.rewind(start);
        return false;
      }
      this._lastIntValue = 16 * this._lastIntValue + digitToInt(cp);
      this.advance();
    }
    return true;
  }
  eatModifiers() {
    let ate = false;
    while (isRegularExpressionModifier(this.currentCodePoint)) {
      this.advance();
      ate = true;
    }
    return ate;
  }
  parseModifiers(start, end) {
    const { ignoreCase, multiline, dotAll } = this.parseFlags(this._reader.source, start, end);
    return { ignoreCase, multiline, dotAll };
  }
  parseFlags(source, start, end) {
    const flags = {
      global: false,
      ignoreCase: false,
      multiline: false,
      unicode: false,
      sticky: false,
      dotAll: false,
      hasIndices: false,
      unicodeSets: false
    };
    const validFlags = /* @__PURE__ */ new Set();
    validFlags.add(LATIN_SMALL_LETTER_G);
    validFlags.add(LATIN_SMALL_LETTER_I);
    validFlags.add(LATIN_SMALL_LETTER_M);
    if (this.ecmaVersion >= 2015) {
      validFlags.add(LATIN_SMALL_LETTER_U);
      validFlags.add(LATIN_SMALL_LETTER_Y);
      if (this.ecmaVersion >= 2018) {
        validFlags.add(LATIN_SMALL_LETTER_S);
        if (this.ecmaVersion >= 2022) {
          validFlags.add(LATIN_SMALL_LETTER_D);
          if (this.ecmaVersion >= 2024) {
            validFlags.add(LATIN_SMALL_LETTER_V);
          }
        }
      }
    }
    for (let i = start; i < end; ++i) {
      const flag = source.charCodeAt(i);
      if (validFlags.has(flag)) {
        const prop = FLAG_CODEPOINT_TO_PROP[flag];
        if (flags[prop]) {
          this.raise(`Duplicated flag '${source[i]}'`, {
            index: start
          });
        }
        flags[prop] = true;
      } else {
        this.raise(`Invalid flag '${source[i]}'`, { index: start });
      }
    }
    return flags;
  }
};
var DUMMY_PATTERN = {};
var DUMMY_FLAGS = {};
var DUMMY_CAPTURING_GROUP = {};
function isClassSetOperand(node2) {
  return node2.type === "Character" || node2.type === "CharacterSet" || node2.type === "CharacterClass" || node2.type === "ExpressionCharacterClass" || node2.type === "ClassStringDisjunction";
}
var RegExpParserState = class {
  constructor(options) {
    var _a;
    this._node = DUMMY_PATTERN;
    this._expressionBufferMap = /* @__PURE__ */ new Map();
    this._flags = DUMMY_FLAGS;
    this._backreferences = [];
    this._capturingGroups = [];
    this.source = "";
    this.strict = Boolean(options === null || options === void 0 ? void 0 : options.strict);
    this.ecmaVersion = (_a = options === null || options === void 0 ? void 0 : options.ecmaVersion) !== null && _a !== void 0 ? _a : latestEcmaVersion;
  }
  get pattern() {
    if (this._node.type !== "Pattern") {
      throw new Error("UnknownError");
    }
    return this._node;
  }
  get flags() {
    if (this._flags.type !== "Flags") {
      throw new Error("UnknownError");
    }
    return this._flags;
  }
  onRegExpFlags(start, end, { global, ignoreCase, multiline, unicode, sticky, dotAll, hasIndices, unicodeSets }) {
    this._flags = {
      type: "Flags",
      parent: null,
      start,
      end,
      raw: this.source.slice(start, end),
      global,
      ignoreCase,
      multiline,
      unicode,
      sticky,
      dotAll,
      hasIndices,
      unicodeSets
    };
  }
  onPatternEnter(start) {
    this._node = {
      type: "Pattern",
      parent: null,
      start,
      end: start,
      raw: "",
      alternatives: []
    };
    this._backreferences.length = 0;
    this._capturingGroups.length = 0;
  }
  onPatternLeave(start, end) {
    this._node.end = end;
    this._node.raw = this.source.slice(start, end);
    for (const reference of this._backreferences) {
      const ref = reference.ref;
      const groups = typeof ref === "number" ? [this._capturingGroups[ref - 1]] : this._capturingGroups.filter((g) => g.name === ref);
      if (groups.length === 1) {
        const group = groups[0];
        reference.ambiguous = false;
        reference.resolved = group;
      } else {
        reference.ambiguous = true;
        reference.resolved = groups;
      }
      for (const group of groups) {
        group.references.push(reference);
      }
    }
  }
  onAlternativeEnter(start) {
    const parent = this._node;
    if (parent.type !== "Assertion" && parent.type !== "CapturingGroup" && parent.type !== "Group" && parent.type !== "Pattern") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "Alternative",
      parent,
      start,
      end: start,
      raw: "",
      elements: []
    };
    parent.alternatives.push(this._node);
  }
  onAlternativeLeave(start, end) {
    const node2 = this._node;
    if (node2.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node2.end = end;
    node2.raw = this.source.slice(start, end);
    this._node = node2.parent;
  }
  onGroupEnter(start) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const group = {
      type: "Group",
      parent,
      start,
      end: start,
      raw: "",
      modifiers: null,
      alternatives: []
    };
    this._node = group;
    parent.elements.push(this._node);
  }
  onGroupLeave(start, end) {
    const node2 = this._node;
    if (node2.type !== "Group" || node2.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node2.end = end;
    node2.raw = this.source.slice(start, end);
    this._node = node2.parent;
  }
  onModifiersEnter(start) {
    const parent = this._node;
    if (parent.type !== "Group") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "Modifiers",
      parent,
      start,
      end: start,
      raw: "",
      add: null,
      remove: null
    };
    parent.modifiers = this._node;
  }
  onModifiersLeave(start, end) {
    const node2 = this._node;
    if (node2.type !== "Modifiers" || node2.parent.type !== "Group") {
      throw new Error("UnknownError");
    }
    node2.end = end;
    node2.raw = this.source.slice(start, end);
    this._node = node2.parent;
  }
  onAddModifiers(start, end, { ignoreCase, multiline, dotAll }) {
    const parent = this._node;
    if (parent.type !== "Modifiers") {
      throw new Error("UnknownError");
    }
    parent.add = {
      type: "ModifierFlags",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ignoreCase,
      multiline,
      dotAll
    };
  }
  onRemoveModifiers(start, end, { ignoreCase, multiline, dotAll }) {
    const parent = this._node;
    if (parent.type !== "Modifiers") {
      throw new Error("UnknownError");
    }
    parent.remove = {
      type: "ModifierFlags",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ignoreCase,
      multiline,
      dotAll
    };
  }
  onCapturingGroupEnter(start, name) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "CapturingGroup",
      parent,
      start,
      end: start,
      raw: "",
      name,
      alternatives: [],
      references: []
    };
    parent.elements.push(this._node);
    this._capturingGroups.push(this._node);
  }
  onCapturingGroupLeave(start, end) {
    const node2 = this._node;
    if (node2.type !== "CapturingGroup" || node2.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node2.end = end;
    node2.raw = this.source.slice(start, end);
    this._node = node2.parent;
  }
  onQuantifier(start, end, min, max, greedy) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const element = parent.elements.pop();
    if (element == null || element.type === "Quantifier" || element.type === "Assertion" && element.kind !== "lookahead") {
      throw new Error("UnknownError");
    }
    const node2 = {
      type: "Quantifier",
      parent,
      start: element.start,
      end,
      raw: this.source.slice(element.start, end),
      min,
      max,
      greedy,
      element
    };
    parent.elements.push(node2);
    element.parent = node2;
  }
  onLookaroundAssertionEnter(start, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const node2 = this._node = {
      type: "Assertion",
      parent,
      start,
      end: start,
      raw: "",
      kind,
      negate,
      alternatives: []
    };
    parent.elements.push(node2);
  }
  onLookaroundAssertionLeave(start, end) {
    const node2 = this._node;
    if (node2.type !== "Assertion" || node2.parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    node2.end = end;
    node2.raw = this.source.slice(start, end);
    this._node = node2.parent;
  }
  onEdgeAssertion(start, end, kind) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Assertion",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind
    });
  }
  onWordBoundaryAssertion(start, end, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Assertion",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      negate
    });
  }
  onAnyCharacterSet(start, end, kind) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "CharacterSet",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind
    });
  }
  onEscapeCharacterSet(start, end, kind, negate) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "CharacterSet",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      negate
    });
  }
  onUnicodePropertyCharacterSet(start, end, kind, key, value, negate, strings) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const base = {
      type: "CharacterSet",
      parent: null,
      start,
      end,
      raw: this.source.slice(start, end),
      kind,
      strings: null,
      key
    };
    if (strings) {
      if (parent.type === "CharacterClass" && !parent.unicodeSets || negate || value !== null) {
        throw new Error("UnknownError");
      }
      parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
    } else {
      parent.elements.push(Object.assign(Object.assign({}, base), { parent, strings, value, negate }));
    }
  }
  onCharacter(start, end, value) {
    const parent = this._node;
    if (parent.type !== "Alternative" && parent.type !== "CharacterClass" && parent.type !== "StringAlternative") {
      throw new Error("UnknownError");
    }
    parent.elements.push({
      type: "Character",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      value
    });
  }
  onBackreference(start, end, ref) {
    const parent = this._node;
    if (parent.type !== "Alternative") {
      throw new Error("UnknownError");
    }
    const node2 = {
      type: "Backreference",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      ref,
      ambiguous: false,
      resolved: DUMMY_CAPTURING_GROUP
    };
    parent.elements.push(node2);
    this._backreferences.push(node2);
  }
  onCharacterClassEnter(start, negate, unicodeSets) {
    const parent = this._node;
    const base = {
      type: "CharacterClass",
      parent,
      start,
      end: start,
      raw: "",
      unicodeSets,
      negate,
      elements: []
    };
    if (parent.type === "Alternative") {
      const node2 = Object.assign(Object.assign({}, base), { parent });
      this._node = node2;
      parent.elements.push(node2);
    } else if (parent.type === "CharacterClass" && parent.unicodeSets && unicodeSets) {
      const node2 = Object.assign(Object.assign({}, base), {
        parent,
        unicodeSets
      });
      this._node = node2;
      parent.elements.push(node2);
    } else {
      throw new Error("UnknownError");
    }
  }
  onCharacterClassLeave(start, end) {
    const node2 = this._node;
    if (node2.type !== "CharacterClass" || node2.parent.type !== "Alternative" && node2.parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const parent = node2.parent;
    node2.end = end;
    node2.raw = this.source.slice(start, end);
    this._node = parent;
    const expression = this._expressionBufferMap.get(node2);
    if (!expression) {
      return;
    }
    if (node2.elements.length > 0) {
      throw new Error("UnknownError");
    }
    this._expressionBufferMap.delete(node2);
    const newNode = {
      type: "ExpressionCharacterClass",
      parent,
      start: node2.start,
      end: node2.end,
      raw: node2.raw,
      negate: node2.negate,
      expression
    };
    expression.parent = newNode;
    if (node2 !== parent.elements.pop()) {
      throw new Error("UnknownError");
    }
    parent.elements.push(newNode);
  }
  onCharacterClassRange(start, end) {
    const parent = this._node;
    if (parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    const elements = parent.elements;
    const max = elements.pop();
    if (!max || max.type !== "Character") {
      throw new Error("UnknownError");
    }
    if (!parent.unicodeSets) {
      const hyphen = elements.pop();
      if (!hyphen || hyphen.type !== "Character" || hyphen.value !== HYPHEN_MINUS) {
        throw new Error("UnknownError");
      }
    }
    const min = elements.pop();
    if (!min || min.type !== "Character") {
      throw new Error("UnknownError");
    }
    const node2 = {
      type: "CharacterClassRange",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      min,
      max
    };
    min.parent = node2;
    max.parent = node2;
    elements.push(node2);
  }
  onClassIntersection(start, end) {
    var _a;
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    const right = parent.elements.pop();
    const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
    if (!left || !right || left.type === "ClassSubtraction" || left.type !== "ClassIntersection" && !isClassSetOperand(left) || !isClassSetOperand(right)) {
      throw new Error("UnknownError");
    }
    const node2 = {
      type: "ClassIntersection",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      left,
      right
    };
    left.parent = node2;
    right.parent = node2;
    this._expressionBufferMap.set(parent, node2);
  }
  onClassSubtraction(start, end) {
    var _a;
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    const right = parent.elements.pop();
    const left = (_a = this._expressionBufferMap.get(parent)) !== null && _a !== void 0 ? _a : parent.elements.pop();
    if (!left || !right || left.type === "ClassIntersection" || left.type !== "ClassSubtraction" && !isClassSetOperand(left) || !isClassSetOperand(right)) {
      throw new Error("UnknownError");
    }
    const node2 = {
      type: "ClassSubtraction",
      parent,
      start,
      end,
      raw: this.source.slice(start, end),
      left,
      right
    };
    left.parent = node2;
    right.parent = node2;
    this._expressionBufferMap.set(parent, node2);
  }
  onClassStringDisjunctionEnter(start) {
    const parent = this._node;
    if (parent.type !== "CharacterClass" || !parent.unicodeSets) {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "ClassStringDisjunction",
      parent,
      start,
      end: start,
      raw: "",
      alternatives: []
    };
    parent.elements.push(this._node);
  }
  onClassStringDisjunctionLeave(start, end) {
    const node2 = this._node;
    if (node2.type !== "ClassStringDisjunction" || node2.parent.type !== "CharacterClass") {
      throw new Error("UnknownError");
    }
    node2.end = end;
    node2.raw = this.source.slice(start, end);
    this._node = node2.parent;
  }
  onStringAlternativeEnter(start) {
    const parent = this._node;
    if (parent.type !== "ClassStringDisjunction") {
      throw new Error("UnknownError");
    }
    this._node = {
      type: "StringAlternative",
      parent,
      start,
      end: start,
      raw: "",
      elements: []
    };
    parent.alternatives.push(this._node);
  }
  onStringAlternativeLeave(start, end) {
    const node2 = this._node;
    if (node2.type !== "StringAlternative") {
      throw new Error("UnknownError");
    }
    node2.end = end;
    node2.raw = this.source.slice(start, end);
    this._node = node2.parent;
  }
};
var RegExpParser = class {
  constructor(options) {
    this._state = new RegExpParserState(options);
    this._validator = new RegExpValidator(this._state);
  }
  parseLiteral(source, start = 0, end = source.length) {
    this._state.source = source;
    this._validator.validateLiteral(source, start, end);
    const pattern = this._state.pattern;
    const flags = this._state.flags;
    const literal = {
      type: "RegExpLiteral",
      parent: null,
      start,
      end,
      raw: source,
      pattern,
      flags
    };
    pattern.parent = literal;
    flags.parent = literal;
    return literal;
  }
  parseFlags(source, start = 0, end = source.length) {
    this._state.source = source;
    this._validator.validateFlags(source, start, end);
    return this._state.flags;
  }
  parsePattern(source, start = 0, end = source.length, uFlagOrFlags = void 0) {
    this._state.source = source;
    this._validator.validatePattern(source, start, end, uFlagOrFlags);
    return this._state.pattern;
  }
};

// src/rules/pattern.ts
var cache = /* @__PURE__ */ new Map();
function patternParts(pattern) {
  const last = pattern.lastIndexOf("/");
  const flags = pattern.slice(last + 1);
  return pattern.startsWith("/") && last > 1 && /^[a-z]*$/.test(flags) ? { source: pattern.slice(1, last), flags } : { source: pattern, flags: "" };
}
function compilePattern(pattern) {
  let re = cache.get(pattern);
  if (!re) {
    const { source, flags } = patternParts(pattern);
    re = new RegExp(source, `${flags.replace(/[gm]/g, "")}gm`);
    cache.set(pattern, re);
  }
  re.lastIndex = 0;
  return re;
}

// src/rules/literals.ts
var MIN_LITERAL = 2;
var COMMON_WORDS = /* @__PURE__ */ new Set(["import", "from", "require", "export", "const", "return", "function", "class", "public", "private", "static", "string", "self", "this", "def", "func", "package", "true", "false", "null", "none", "async", "await", "new", "var", "let"]);
var MAX_LITERAL = 12;
var MAX_LITERALS = 256;
var MAX_EXACT = 16;
var MAX_CONJUNCTS = 3;
var NOTHING_KNOWN = {};
var EMPTY = { exact: [""] };
var parser = new RegExpParser({ ecmaVersion: 2025 });
function literalRequirement(pattern) {
  const { source, flags } = patternParts(pattern);
  if (flags.includes("i") && /[uv]/.test(flags)) return void 0;
  try {
    const ast = parser.parsePattern(source, void 0, void 0, { unicode: flags.includes("u"), unicodeSets: flags.includes("v") });
    let alternatives = ast.alternatives;
    while (alternatives.length === 1 && alternatives[0].elements.length === 1 && /^(Capturing)?Group$/.test(alternatives[0].elements[0].type)) {
      alternatives = alternatives[0].elements[0].alternatives;
    }
    if (alternatives.length > MAX_LITERALS) return void 0;
    let branches = [];
    for (const alternative of alternatives) {
      const info = sequence(alternative.elements);
      const usable = (info.all ?? []).filter((set) => set.length > 0 && set.length <= MAX_LITERALS && shortest(set) >= MIN_LITERAL).map(minimal);
      if (usable.length === 0) return void 0;
      usable.sort((a, b) => weakest(b) - weakest(a) || a.length - b.length);
      const chosen = [];
      for (const set of usable) {
        if (chosen.length >= MAX_CONJUNCTS) break;
        if (!chosen.some((c) => implies(c, set))) chosen.push(set);
      }
      branches.push(chosen);
    }
    branches = branches.filter((branch, i) => !branches.some((other, j) => j !== i && other.length === 1 && (j < i || !sameBranch(branch, other)) && branch.some((set) => implies(set, other[0]))));
    const cut = branches.map((branch) => branch.map((set) => minimal(set.map((literal) => literal.slice(0, MAX_LITERAL)))));
    return cut.reduce((n, branch) => n + branch.reduce((m, set) => m + set.length, 0), 0) <= MAX_LITERALS * 2 ? cut : void 0;
  } catch {
    return void 0;
  }
}
var alternativesCache = /* @__PURE__ */ new Map();
function useCompiledAlternatives(table) {
  for (const [pattern, alternatives] of Object.entries(table)) if (!alternativesCache.has(pattern)) alternativesCache.set(pattern, alternatives);
}
function alternativesOf(pattern) {
  let alternatives = alternativesCache.get(pattern);
  if (alternatives === void 0) alternativesCache.set(pattern, alternatives = splitAlternatives(pattern) ?? null);
  return alternatives ?? void 0;
}
function splitAlternatives(pattern) {
  const { source, flags } = patternParts(pattern);
  if (/\\[1-9]|\\k</.test(source)) return void 0;
  try {
    let alternatives = parser.parsePattern(source, void 0, void 0, { unicode: flags.includes("u"), unicodeSets: flags.includes("v") }).alternatives;
    while (alternatives.length === 1 && alternatives[0].elements.length === 1 && /^(Capturing)?Group$/.test(alternatives[0].elements[0].type)) {
      alternatives = alternatives[0].elements[0].alternatives;
    }
    if (alternatives.length < 2 || alternatives.length > MAX_LITERALS || alternatives.some((a) => a.raw === "")) return void 0;
    return alternatives.map((a) => `/${a.raw}/${flags}`);
  } catch {
    return void 0;
  }
}
var implies = (set, other) => set.every((s) => other.some((o) => s.includes(o)));
var sameBranch = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function node(n) {
  switch (n.type) {
    case "Character":
      return character(n.value);
    case "CharacterClass":
      return n.negate ? NOTHING_KNOWN : characterClass(n.elements);
    case "Assertion":
      return (n.kind === "lookahead" || n.kind === "lookbehind") && !n.negate ? lookaround(n.alternatives) : EMPTY;
    case "Group":
    case "CapturingGroup":
      return disjunction(n.alternatives);
    case "Quantifier":
      return quantifier(n);
    default:
      return NOTHING_KNOWN;
  }
}
function lookaround(alternatives) {
  const inner = disjunction(alternatives);
  const around = best([inner.req, inner.exact]);
  return around ? { exact: [""], around } : EMPTY;
}
function character(code) {
  if (code > 126 || code <= 32) return NOTHING_KNOWN;
  return { exact: [String.fromCharCode(code).toLowerCase()] };
}
function characterClass(elements) {
  const chars = /* @__PURE__ */ new Set();
  for (const e of elements) {
    const codes = [];
    if (e.type === "Character") codes.push(e.value);
    else if (e.type === "CharacterClassRange" && e.max.value - e.min.value < MAX_EXACT) {
      for (let c = e.min.value; c <= e.max.value; c++) codes.push(c);
    } else return NOTHING_KNOWN;
    for (const code of codes) {
      const exact = character(code).exact;
      if (!exact) return NOTHING_KNOWN;
      chars.add(exact[0]);
    }
  }
  return chars.size > 0 && chars.size <= MAX_EXACT ? { exact: [...chars] } : NOTHING_KNOWN;
}
function quantifier(q) {
  if (q.max === 0) return EMPTY;
  const inner = node(q.element);
  if (q.min === 0) return q.max === 1 && inner.exact ? { exact: unique(["", ...inner.exact]) } : NOTHING_KNOWN;
  if (q.min === 1 && q.max === 1) return inner;
  return { req: best([inner.req, inner.exact]) };
}
function disjunction(alternatives) {
  const infos = alternatives.map((a) => sequence(a.elements));
  const exacts = infos.map((i) => i.exact);
  const exact = exacts.every((e) => e) ? unique(exacts.flatMap((e) => e)) : void 0;
  const reqs = infos.map((i) => best([i.req, i.exact]));
  const all = reqs.every((r) => r) ? reqs.flatMap((r) => r) : void 0;
  const req = all && all.length <= MAX_LITERALS ? minimal(all) : void 0;
  return { exact: exact && exact.length <= MAX_EXACT ? exact : void 0, req };
}
function sequence(elements) {
  let chain = [""];
  let whole = true;
  const candidates2 = [];
  const around = [];
  for (const element of elements) {
    const info = node(element);
    if (info.around) around.push(info.around);
    if (info.exact && chain.length * info.exact.length <= MAX_EXACT) {
      chain = unique(chain.flatMap((head2) => info.exact.map((tail) => head2 + tail)));
      continue;
    }
    whole = false;
    candidates2.push(chain, info.req);
    chain = info.exact ?? [""];
  }
  candidates2.push(chain);
  return { exact: whole ? chain : void 0, req: best(candidates2), all: [...candidates2.filter((c) => !!c), ...around] };
}
function best(candidates2) {
  let chosen;
  for (const set of candidates2) {
    if (!set || set.length === 0 || set.includes("")) continue;
    if (!chosen || weakest(set) > weakest(chosen) || weakest(set) === weakest(chosen) && set.length < chosen.length) chosen = set;
  }
  return chosen && minimal(chosen);
}
var weakest = (set) => Math.min(...set.map((s) => COMMON_WORDS.has(s) ? Math.min(2, s.length) : s.length));
var shortest = (set) => Math.min(...set.map((s) => s.length));
var unique = (list) => [...new Set(list)];
function minimal(set) {
  const sorted = unique(set).sort((a, b) => a.length - b.length);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((shorter) => s.includes(shorter)));
}

// src/rules/matcher-parts.ts
function matchersOf(rule) {
  return [...rule.evidence, ...rule.appliesWhen ?? [], ...rule.also ?? [], ...(rule.noneWithout ?? []).flatMap((n) => n.evidence)];
}
function textPatternsOf(matcher) {
  if ("text" in matcher) return [matcher.text];
  if ("files" in matcher) return matcher.contains ? [matcher.contains] : [];
  if ("library" in matcher) return matcher.use ? [matcher.use] : [];
  return [];
}
function regexPattern(re) {
  return `/${re.source}/${re.flags}`;
}

// src/detectors/adr-records.ts
var ADR_DIR = /(^|\/)(adrs?|decisions|(?:architect(?:ure|ural)[-_])?decisions?[-_](?:records?|logs?)|architect(?:ure|ural)[-_]decisions?)\//i;
var NUMBERED_IN_DOCS = /(^|\/)docs?\/(architecture|design|decisions?)\/(\d{3,4})[-_][^/]+$|(^|\/)docs?\/(?:[\w.-]{1,60}\/){0,3}(?:architecture|design)\/rfcs?\/\d{3,4}[-_][^/]+$/i;
var TEMPLATE = /(^|\/)(template|adr-template|0000-|_template)[\w.-]*$|[-_.]template\.\w+$/i;
var DECISION_LOG = /(^|\/)(?:decisions|DECISIONS|Decisions|decision[-_]log|DECISION[-_]LOG|decisions[-_]log|DecisionLog)\.(?:md|mdx|rst|adoc)$/;
var IN_TESTS = /(^|\/)(?:test|tests|__tests__|spec|testdata|fixtures|examples?)\//;
var ENTRY_HEADING = /^#{2,3}[ \t]/;
var LABEL = (word) => new RegExp(`^(?:#{3,5}[ \\t]{1,4}${word}s?\\b|(?:\\*\\*|__)${word}s?\\b[^\\n]{0,20}?(?::|(?:\\*\\*|__)[ \\t]{0,4}:?)|${word}s?:[ \\t])`, "i");
var CONTEXT_LABEL = LABEL("context");
var DECISION_LABEL = LABEL("decision");
function decisionLogEntries(text) {
  let entries = 0;
  let context = false;
  let decision = false;
  let open = false;
  const close = () => {
    if (open && context && decision) entries++;
  };
  for (const line of text.split("\n")) {
    if (CONTEXT_LABEL.test(line)) context = true;
    else if (DECISION_LABEL.test(line)) decision = true;
    else if (ENTRY_HEADING.test(line)) {
      close();
      open = true;
      context = false;
      decision = false;
    }
  }
  close();
  return entries;
}
var NARRATIVE_CHARS = 600;
function isRealRecord(text) {
  const headings = ["context", "decision", "consequence", "status", "problem", "option", "outcome", "rationale"].filter(
    (h) => new RegExp(`^(#+|=+)?\\s*\\**${h}`, "im").test(text)
  ).length;
  const placeholders = /\{[^}]{0,200}\}|\[(describe|insert|todo|fill)[^\]]{0,200}\]|\bTODO\b|<describe|\btbd\b/i;
  const proseLines = text.split("\n").filter((l) => l.trim().length > 40 && !placeholders.test(l));
  const prose = proseLines.length;
  return headings >= 2 && prose >= 3 || proseLines.reduce((n, l) => n + l.trim().length, 0) >= NARRATIVE_CHARS;
}
var adrRecords = {
  name: "adrRecords",
  question: "Is there a folder of real architectural decision records (not only a template), or a decision log of one file whose entries carry their context and decision?",
  detect(evidence, options) {
    const minRecords = typeof options.minRecords === "number" ? options.minRecords : 3;
    const records = evidence.files.filter((f) => (ADR_DIR.test(f) || NUMBERED_IN_DOCS.test(f)) && /\.(md|mdx|rst|adoc|txt)$/i.test(f) && !/README/i.test(f));
    const real = records.filter((f) => !TEMPLATE.test(f) && isRealRecord(evidence.text(f) ?? ""));
    if (records.length === 0) {
      for (const log of evidence.files.filter((f) => DECISION_LOG.test(f) && !IN_TESTS.test(f) && !ADR_DIR.test(f))) {
        const entries = decisionLogEntries(evidence.text(log) ?? "");
        if (entries === 0) continue;
        const strong2 = entries >= minRecords;
        return [
          {
            file: log,
            line: 1,
            message: strong2 ? `a decision log of ${entries} records (context and decision under their labels)` : `a decision log of ${entries} record(s); ${minRecords} needed`,
            strength: strong2 ? "strong" : "weak",
            measured: { summary: `${entries} decision record(s) in the log; ${minRecords} needed`, values: [{ name: "decision-records", value: entries, need: minRecords, unit: "count" }] }
          }
        ];
      }
      return [];
    }
    const strong = real.length >= minRecords;
    const measured = { summary: `${real.length} real decision record(s) of ${records.length} in the folder; ${minRecords} needed`, values: [{ name: "decision-records", value: real.length, need: minRecords, unit: "count" }] };
    const out = (real.length ? real : records).slice(0, 5).map((f) => ({
      file: f,
      line: 1,
      message: strong ? `decision record (${real.length} real records)` : `${real.length} real decision record(s); ${minRecords} needed`,
      strength: strong ? "strong" : "weak",
      measured
    }));
    return out;
  }
};

// src/detectors/architecture-section.ts
var GUIDE = /^(?:(?:README|CLAUDE|AGENTS|CONTRIBUTING|DEVELOPMENT|DEVELOPERS|HACKING|DOCUMENTATION|MANUAL|GUIDE|INTERNALS)\.(?:md|markdown)|(?:docs?|documentation)\/[^/]{1,100}\.(?:md|markdown))$/i;
var HEADING = /^(#{1,4})[ \t]{1,4}(?:[\d.]{1,12}[ \t]{1,4})?(?:(?:[\w-]{1,30}[ \t]{1,4}){0,3}?(?:[Aa]rchitecture|ARCHITECTURE|System [Dd]esign)|Internals|Under [Tt]he [Hh]ood|Reading [Tt]he [Ss]ource(?: [Cc]ode)?)\b(.{0,60})$/;
var NOT_THE_SYSTEM = /\b(?:[Cc]lean|[Hh]exagonal|[Oo]nion|CPU|cpu|[Mm]ulti|[Tt]arget|[Ss]upported|[Hh]ost|[Pp]latform|and|or)[ \t]{1,4}[Aa]rchitecture\b|&[ \t]{0,4}[Aa]rchitecture\b/;
var ABOUT_SOMETHING_ELSE = /^[ \t]{0,4}(?:[Dd]ecisions?|[Dd]ecision [Rr]ecords?|[Tt]ests?|[Rr]ules|[Pp]rinciples|[Gg]uidelines|[Cc]onventions|[Ll]earning)\b/;
var FLOW_LABEL = /^(?:#{2,6}[ \t]{1,4}|[-*+]?[ \t]{0,4}(?:\*\*|__))[^\n]{0,40}?\b(?:[Ff]low|[Pp]ipeline|[Cc]hain|[Ll]ifecycle|[Ll]ife [Cc]ycle|[Ii]nteractions?)\b/;
var ARROW_CHAIN = /(?:→|->|⇒|=>)[^\n]{1,200}?(?:→|->|⇒|=>)/;
var WITH_FLOW_WORDS = 120;
var ALONE_WORDS = 300;
var SENTENCE_WORDS = 8;
var FENCE = /^[ \t]{0,3}(?:```|~~~)/;
function architectureSections(text) {
  const lines = text.split("\n");
  const out = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = HEADING.exec(line);
    if (!m || NOT_THE_SYSTEM.test(line) || ABOUT_SOMETHING_ELSE.test(m[2])) continue;
    const level = m[1].length;
    let words = 0;
    let flow = false;
    let inCode = false;
    for (let j = i + 1; j < lines.length; j++) {
      const body = lines[j];
      if (FENCE.test(body)) {
        inCode = !inCode;
        continue;
      }
      if (inCode) continue;
      const sub = /^(#{1,6})[ \t]/.exec(body);
      if (sub && sub[1].length <= level) break;
      if (FLOW_LABEL.test(body) || ARROW_CHAIN.test(body)) flow = true;
      if (sub || /^[ \t]*\|/.test(body)) continue;
      const count = body.split(/\s+/).filter(Boolean).length;
      if (count >= SENTENCE_WORDS) words += count;
    }
    out.push({ line: i + 1, heading: line.trim(), words, flow });
  }
  return out;
}
var architectureSection = {
  name: "architectureSection",
  question: "Does a section of the project's top guides (the root README, a contributors' or agents' guide, a page at the top of docs/) describe the system's architecture at length: its parts and how they work together?",
  detect(evidence) {
    const out = [];
    for (const file of evidence.files.filter((f) => GUIDE.test(f))) {
      const text = evidence.text(file);
      if (!text) continue;
      for (const s of architectureSections(text)) {
        if (!(s.words >= ALONE_WORDS || s.flow && s.words >= WITH_FLOW_WORDS)) continue;
        out.push({
          file,
          line: s.line,
          message: `an architecture section of ${s.words} words of prose${s.flow ? " with the flow between its parts" : ""} (${s.heading.slice(0, 60)})`,
          strength: "strong"
        });
      }
    }
    return out;
  }
};

// src/detectors/asserting-tests.ts
var TEXT_ASSERTIONS = {
  js: /(?<![\w.$])(expect|expectTypeOf|assert(\.\w+)?|should|chai\.expect|sinon\.assert\.\w+)\s*\(|\.should\s*[.(]|(?<![\w.$])t\.(is|not|deepEqual|truthy|falsy|true|false|throws|throwsAsync|equal|ok|same|match|assert|snapshot)\s*\(|\.expect\(\s*[1-5]\d\d\b/,
  // Python: assert, unittest's self.assertX, pytest.raises, mock's assert_called_x, PyHamcrest's assert_that, and
  // Playwright for Python's web-first assertions (expect(page.locator(…)).to_be_visible(), .not_to_have_text(…)).
  python: /^[ \t]*(assert\b|self\.assert\w+\(|pytest\.raises\(|\w+\.assert_\w+\(|assert_that\()|\bself\.assert\w+\(|\bexpect\([^\n]{0,300}\)\.(?:not_)?to_\w+\(/m,
  // Go: testing's t.Error/t.Fatal, testify, gomega; gocheck's and quicktest's c.Assert/c.Check/qt.Assert, matryer/is.
  go: /\bt\.(Error|Errorf|Fatal|Fatalf|Fail|FailNow)\(|\b(assert|require)\.\w+\(|\bExpect\(|\bΩ\(|\b(?:c|qt)\.(?:Assert|Check)\(|\bis\.(?:Equal|True|NoErr)\(/m,
  // Java and Groovy: JUnit/AssertJ/Hamcrest/Truth, Mockito's verify; Spock's then: and expect: blocks, where every
  // line is an implicit assertion; Spring's HTTP test clients, whose expectations fail the test (MockMvc's
  // `.andExpect(status().isOk())`, WebTestClient's and RestTestClient's `.expectStatus()`/`.expectBody()`).
  java: /\b(assert\w*|Assertions\.\w+|verify|assertThat)\s*\(|\bexpect\(|\bshould\b|^[ \t]*(?:then|expect)[ \t]*:|\.andExpect\(|\.expect(?:Status|Body|Header|Cookie)\(\)/m,
  // Kotlin: kotlin.test/JUnit/Truth asserts, kotest matchers (shouldBe, shouldThrow, shouldContain…), MockK's verify,
  // screenshot tests that compare against recorded images (Roborazzi captureRoboImage, Paparazzi snapshot), and
  // Android lint's check tests (lint().files(…).run().expect(…)/expectClean()), and Spring's HTTP test clients as in Java
  // (MockMvc's Kotlin DSL `.andExpect { status { isOk() } }`).
  kotlin: /\b(assert\w*|assertThat|shouldBe|verify)\b|\.andExpect[ \t]*[({]|\.expect(?:Status|Body|Header|Cookie)\(\)|\bshould[A-Z]\w{0,40}\b|\bcaptureRoboImage\(|\bpaparazzi\.(?:snapshot|gif)\(|\.run\(\)\s*\.expect(?:Clean|Warning\w{0,20}|Error\w{0,20})?\(/m,
  // RSpec's old `should` on a call's result (`parse(x).should == 1`): the dot follows a parenthesis, no word boundary.
  ruby: /\b(expect\s*[({]|assert(_\w+)?\b|refute(_\w+)?\b|must_\w+)|\.should\b/m,
  // xUnit/NUnit/MSTest Assert, FluentAssertions .Should(), Shouldly .ShouldBe()/Should.Throw(), NFluent Check.That().
  // The word boundary belongs to the names, not to `.Should`: on a call's result (`Parse(x).Should()`) the dot
  // follows a parenthesis, where there is no boundary.
  csharp: /\b(?:Assert\.\w+|Should\.(?:Throw|NotThrow)\w{0,20}\(|Check\.That\(|Expect\()|\.Should\(\)|\.Should[A-Z]\w{0,40}\(/m,
  // Rust: the assert macros, proptest's prop_assert*, and assertion crates' macros (insta's assert_snapshot!,
  // assert_matches!, pretty_assertions' assert_eq!).
  rust: /\b(assert!|assert_eq!|assert_ne!|debug_assert!|prop_assert\w*!|assert_\w{1,40}!)/m
};
var RUST_TEST_ATTRIBUTE = /#\[(?:test|rstest|test_case\([^\]\n]{0,300}\)|(?:\w{1,60}::){1,3}test(?:\([^\]\n]{0,300}\))?|\w{1,60}_test(?:\([^\]\n]{0,300}\))?)\]/;
var assertingTests = {
  name: "assertingTests",
  question: "Which test files contain at least one assertion?",
  detect(evidence) {
    const out = [];
    for (const file of evidence.sourceFiles) {
      const language = languageOf(file);
      const rustInline = language === "rust" && RUST_TEST_ATTRIBUTE.test(evidence.code(file) ?? "");
      if (!isTestFile(file) && !rustInline) continue;
      const pattern = TEXT_ASSERTIONS[language];
      const code = evidence.code(file);
      if (!pattern || code === void 0 || !isSourceFile(file)) continue;
      const m = pattern.exec(code);
      if (m) out.push({ file, line: lineAt(code, m.index), message: "test file with assertions", strength: "strong" });
    }
    return out;
  }
};

// src/evidence/shared-answer.ts
var SharedAnswers = class {
  answers = /* @__PURE__ */ new WeakMap();
  get(evidence, key, work) {
    let known = this.answers.get(evidence);
    if (!known) this.answers.set(evidence, known = /* @__PURE__ */ new Map());
    if (known.has(key)) return known.get(key);
    const worked = work();
    known.set(key, worked);
    return worked;
  }
};
function oncePerEvidence(work) {
  const answers = new SharedAnswers();
  return (evidence) => answers.get(evidence, "", () => work(evidence));
}

// src/detectors/patterns.ts
var SUITE_COMMAND = /\b(?:make|just|task)[ \t]+(?:-[\w-]+[ \t]+){0,3}[\w:.-]{0,40}\btests?\b|\bdocker(?:-compose|[ \t]+compose)?[ \t]+(?:run|up)\b[^&|;\n]{0,200}?[\w./ \t-]tests?\b|\b(npm (run )?test|npm t\b|yarn (run )?test|pnpm (run )?test|bun test|deno test|vitest|jest|mocha|ava\b|node --test|playwright test|pytest|python -m (pytest|unittest)|manage\.py test|tox\b|nox\b|hatch test|go test|richgo test|gotestsum|ginkgo|cargo (test|nextest)|mvnw? .{0,200}\b(test|verify|package|install)\b|gradlew? .{0,200}\b(test|check|build)\b|rspec|rake(?:[ \t]+(?:test|spec|ci|default)\b|[ \t]*(?:$|&&|;|\|))|rails test|dotnet test|make test|just test|phpunit)/;
var MORE_RUNNERS = /\b(?:cucumber|cypress[ \t]+run|karma[ \t]+start)\b|\bjasmine(?![\w-])|\brake(?:[ \t]+--?[a-z]{1,20}){0,3}[ \t]+(?:[a-z]{1,30}:)?(?:test|spec|ci|default|cucumber|jasmine|features)\b|\bdocker[ \t]+(?:container[ \t]+)?run\b[^&|;\n]{0,300}?[ \t]cypress\/included(?![\w/-])/;
var PYTEST_OLD_NAME = /\bpy\.test(?![\w.-])/;
var NEWMAN_RUN = /\bnewman[ \t]+run\b|^uses:[ \t]*[\w.-]{1,80}\/newman-action@/;
var FRAMEWORK_CLI_TEST = /\b(?:flask|artisan|ng|nx|flutter|dart|lein|ember)[ \t]+test\b/;
var GRADLE_TEST_TASK = /\b(?:test|connected)[A-Z]\w{0,40}Test\b|\bconnected(?:[A-Z]\w{0,40})?Check\b/;
var BUILD_SCRIPT_TEST_TARGET = /(?:^|[^\w.-])(?:build\.(?:sh|ps1|cmd)|nuke|cake)[ \t]+(?:-{1,2}[tT]arget(?:=|[ \t]+)|-t[ \t]+)?[\w-]{0,40}[Tt]ests?(?![a-z])/;
var BUILD_SCRIPT_TEST_SWITCH = /(?:^|[^\w.-])(?:build|cibuild|CIBuild)\.(?:sh|ps1|cmd)["']?[^\n&|;]{0,200}?[ \t]-{1,2}(?:test|integrationTest)(?![\w-])/;
var CARGO_TOOLCHAIN_TEST = /\bcargo[ \t]+\+(?:\$\{\{[^}\n]{1,80}\}\}|[\w.-]{1,40})[ \t]+(?:test|nextest)\b/;
var COVERAGE_OR_NPS = /\bcoverage[ \t]+run\b|\bnps[ \t]+[\w-]{0,40}\.?\btests?\b|\btask: VSTest@\d/;
var PYTHON_TEST_SCRIPT = /(?:\bpython[\d.]{0,4}[ \t]+|(?:^|[ \t])\.\/)(?:[\w-]{1,40}\/){0,3}(?:run_?|quick_?|all_?)?tests?(?:_?all|_?runner|_?suite)?\.py\b/;
var WRAPPED_RUNNERS = /\bcargo[ \t]+(?:llvm-cov|tarpaulin)\b(?![ \t]+(?:report|clean|show-env)\b)(?![^\n&|;]{0,200}--no-run\b)|\bcargo[ \t]+(?:hack|insta)[ \t]+(?:--?[\w-]{1,30}[ \t]+){0,4}test\b|\b(?:poe|pdm[ \t]+run|hatch[ \t]+run|rye[ \t]+run|rye)[ \t]+[\w.-]{0,30}:?tests?\b|\bbazel(?:isk)?[ \t]+(?:coverage|test)\b|\bsbt\b[^\n&|;]{0,120}\b(?:test|coverage)\b|\bmill[ \t]+[\w.\[\]_-]{0,60}\.test\b|\bswift[ \t]+test\b|\bearthly\b[^\n+&|;]{0,120}\+[\w-]{0,30}tests?\b|\bmage[ \t]+(?:-v[ \t]+)?[\w:]{0,30}tests?\b/;
var TASK_RUNNER_RUN = /\b(?:rake|gulp|grunt|invoke|inv|mix|cargo[ \t]+(?:xtask|make))((?:[ \t]+[\w:-]{1,60}){1,4})/g;
var TEST_TASK_PARTS = /* @__PURE__ */ new Set(["test", "tests", "spec", "specs", "coverage"]);
function runsTestTask(command) {
  for (const m of command.matchAll(TASK_RUNNER_RUN)) {
    const task = m[1].trim().split(/[ \t]+/).find((word) => !word.startsWith("-"));
    if (task && task.toLowerCase() === task && task.split(/[_:-]/).some((part) => TEST_TASK_PARTS.has(part))) return true;
  }
  return false;
}
var POWERSHELL_DOTNET_TEST = /(?:\bInvoke-|(?<![\w-]))dotnet(?:\.exe)?[ \t]+test\b/i;
var MSBUILD_TEST_TARGET = /\bmsbuild(?:\.exe)?\b[^\n]{0,300}?[ \t][-/](?:t|target):(?:[\w.]{1,60};){0,8}(?:Test|VSTest)(?![\w.])/i;
var GO_TEST_RUNNER = /\b(?:go|richgo)[ \t]+test\b|\bgotestsum\b|\bginkgo\b|\bmage[ \t]+(?:-v[ \t]+)?[\w:]{0,30}tests?\b/;
var MAVEN_TEST_FORKING_GOAL = /\bmvnw?[ \t][^\n&|;]{0,200}?\b(?:cobertura:cobertura|scoverage:report|pitest:mutationCoverage)\b/;
var RAILS_TEST_RUNNER_SCRIPT = /\brequire[ \t(]+["']rails\/(?:plugin\/test|test_unit\/runner)["']/;
var ECHO_COMMAND = /^echo(?:[ \t]|$)/;
var EXIT_COMMAND = /^(?:exit(?:[ \t]+\d{1,3})?|true|:)$/;
function isPlaceholderTestScript(script) {
  if (/no test specified/i.test(script)) return true;
  if (script.includes("|")) return false;
  const commands = script.split(/&&|;/).map((c) => c.trim()).filter(Boolean);
  return commands.length > 0 && ECHO_COMMAND.test(commands[0]) && commands.slice(1).every((c) => ECHO_COMMAND.test(c) || EXIT_COMMAND.test(c));
}
function runsTests(command) {
  return SUITE_COMMAND.test(command) || PYTEST_OLD_NAME.test(command) || NEWMAN_RUN.test(command) || MAVEN_TEST_FORKING_GOAL.test(command) || MORE_RUNNERS.test(command) || FRAMEWORK_CLI_TEST.test(command) || GRADLE_TEST_TASK.test(command) || BUILD_SCRIPT_TEST_TARGET.test(command) || BUILD_SCRIPT_TEST_SWITCH.test(command) || CARGO_TOOLCHAIN_TEST.test(command) || COVERAGE_OR_NPS.test(command) || PYTHON_TEST_SCRIPT.test(command) || WRAPPED_RUNNERS.test(command) || runsTestTask(command) || POWERSHELL_DOTNET_TEST.test(command) || MSBUILD_TEST_TARGET.test(command) || RAILS_TEST_RUNNER_SCRIPT.test(command);
}

// src/detectors/ci-runs-tests.ts
var REUSABLE_TEST_WORKFLOW = /reusable-workflow [^&\n]{0,120}\b(tests?|testing|unit|integration|e2e|spec|specs|check|checks|verify|ci)\b/;
var REUSABLE_BUILD_WORKFLOW = /^uses: [\w.-]+\/[\w.-]+\/\.github\/workflows\/(?:(?:go|golang|rust|cargo|node|java|jvm|gradle|maven|dotnet|python|ruby)[-_.])?build(?:[-_.](?:go|golang|rust|cargo|node|java|jvm|gradle|maven|dotnet|python|ruby))?\.ya?ml@/;
var GENERATED_PIPELINE = /\bbuildkite-agent[ \t]+pipeline[ \t]+upload\b/;
var NOT_TESTS = /(?:^|[-_.])(?:deploy|deployment|release|releases|publish|docs?|lint|linter|labels?|labeler|stale|codeql|scan|scanning|sync|notify|cd|dependabot|format|spellcheck|spelling)(?:[-_.]|$)/i;
var REMOTE_REUSABLE = /^uses: ([\w.-]+\/[\w.-]+)\/\.github\/workflows\/([\w.-]+\.ya?ml)/;
function unseen(evidence) {
  const out = [];
  for (const c of evidence.ci) {
    const remote = REMOTE_REUSABLE.exec(c.text);
    if (remote && !NOT_TESTS.test(remote[2])) out.push({ file: c.file, line: c.line, message: `levelgate cannot see whether CI runs the tests here: ${remote[2]} is a reusable workflow of ${remote[1]}, whose steps are not in this repository`, strength: "weak" });
    else if (GENERATED_PIPELINE.test(c.text)) out.push({ file: c.file, line: c.line, message: `levelgate cannot see whether CI runs the tests here: the pipeline is generated when CI runs (${c.text.slice(0, 60)})`, strength: "weak" });
    if (out.length >= 3) break;
  }
  return out;
}
var MAVEN = /\bmvnw?\b/;
var MAVEN_SKIP_FLAG = /(?:^|[ \t])-D(?:skipTests|maven\.test\.skip)(?:=true)?(?=[ \t]|$)/;
var MAVEN_UNSKIP_FLAG = /(?:^|[ \t])-D(?:skipTests|maven\.test\.skip)=false(?=[ \t]|$)/;
var GRADLE = /\bgradlew?\b/;
var GRADLE_SKIP_TEST = /(?:^|[ \t])(?:-x|--exclude-task)[ \t]{1,8}:?test(?![\w:-])/;
var POM_SKIPS_TESTS = /<(maven\.test\.skip|skipTests)>[ \t]*true[ \t]*<\/\1>/;
function rootPomSkipsTests(evidence) {
  const pom = evidence.text("pom.xml");
  if (pom === void 0) return false;
  const start = pom.indexOf("<profiles>");
  const end = pom.lastIndexOf("</profiles>");
  return POM_SKIPS_TESTS.test(start >= 0 && end > start ? pom.slice(0, start) + pom.slice(end) : pom);
}
var INSTALL_STEP = /^(?:sudo[ \t]+)?(?:(?:python[\d.]*|py)[ \t]+-m[ \t]+)?(?:pip[\d.]*|pipx|uv[ \t]+pip|conda|mamba|gem|dotnet[ \t]+tool|cargo(?:[ \t]+\+[\w.-]{1,40})?)[ \t]+(?:install|binstall)(?![\w-])|^(?:npm|pnpm|yarn|bun)[ \t]+(?:i|install|add)(?![\w-])|^go[ \t]+install(?![\w-])/;
var MSBUILD_LIST_SWITCH = /([ \t][-/](?:t|target|p|property):)([^ \t\n"']{1,400})/gi;
function withoutSkippedTestSteps(command, pomSkips) {
  return command.replace(MSBUILD_LIST_SWITCH, (_, flag, list) => flag + list.replaceAll(";", "\0")).split(/&&|\|\||;|\n/).map((step) => step.trim().replaceAll("\0", ";")).filter((step) => !(INSTALL_STEP.test(step) || MAVEN.test(step) && (MAVEN_SKIP_FLAG.test(step) || pomSkips && !MAVEN_UNSKIP_FLAG.test(step)) || GRADLE.test(step) && GRADLE_SKIP_TEST.test(step))).join(" && ");
}
var GO_MAIN_PACKAGE = /^package[ \t]+main\b/m;
var TOP_LEVEL_COMMAND = /^cmd\/([a-z][\w.-]{0,60})\/[^/]{1,120}\.go$/;
var ownGoCommands = oncePerEvidence((evidence) => {
  const names = /* @__PURE__ */ new Set();
  for (const f of evidence.sourceFiles) {
    const m = TOP_LEVEL_COMMAND.exec(f);
    if (m && !f.endsWith("_test.go") && !names.has(m[1]) && GO_MAIN_PACKAGE.test(evidence.code(f) ?? "")) names.add(m[1]);
  }
  return names;
});
var TEST_SUBCOMMAND = /* @__PURE__ */ new Set(["test", "tests", "unittest", "unittests", "unit-test", "unit-tests", "e2e", "integration-test", "integration-tests"]);
function runsOwnCommandTests(evidence, command) {
  const own2 = ownGoCommands(evidence);
  if (!own2.size) return false;
  for (const step of command.split(/&&|\|\||[;|\n]/)) {
    const words = step.replace(/["']/g, " ").trim().split(/[ \t]+/);
    const at = words.findIndex((w) => own2.has(w.slice(w.lastIndexOf("/") + 1)));
    if (at >= 0 && words.slice(at + 1, at + 12).some((w) => TEST_SUBCOMMAND.has(w))) return true;
  }
  return false;
}
var TEST_SCRIPT_NAME = /^(?:run[-_])?(?:(?:unit|all|ci)[-_])?tests?(?:[-_](?:all|unit|ci))?(?:\.(?:sh|bash|ps1|bat|cmd))?$/i;
var repositoryPath = (written) => written.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "");
function testScriptRun(evidence, command) {
  for (const step of shellSteps(command)) {
    const script = SCRIPT_BY_INTERPRETER.exec(step.trim())?.[2];
    if (!script) continue;
    const file = repositoryPath(script);
    if (!TEST_SCRIPT_NAME.test(file.slice(file.lastIndexOf("/") + 1)) || !evidence.fileSet.has(file)) continue;
    const commands = (evidence.text(file) ?? "").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#") && !/^(?:set|source|\.)[ \t]/.test(l));
    if (commands.some((l) => !isPlaceholderTestScript(l) && !/^(?:echo|exit)\b/.test(l))) return file;
  }
  return void 0;
}
var PACKAGE_TEST_RUN = /^(?:npm[ \t]+(?:t|test|run[ \t]+test)|(?:yarn|pnpm)[ \t]+(?:run[ \t]+)?test)[ \t]*$/;
function callsOnlyPlaceholderTests(evidence, command) {
  if (!PACKAGE_TEST_RUN.test(command)) return false;
  const tests = [...evidence.scriptSources?.npmScripts.values() ?? []].map((scripts) => scripts.test).filter((t) => typeof t === "string");
  return tests.length > 0 && tests.every(isPlaceholderTestScript);
}
var ciRunsTests = {
  name: "ciRunsTests",
  question: "Does a CI job run the test suite (a Maven or Gradle build that skips the tests runs none; after following npm scripts, make targets, repository shell, PowerShell and batch scripts, Ruby, Python and Perl scripts run by their path (into the folder a script cds to, and a project template's folder for the project its CI generates), the target of a Cake build and the build program of a bare FlubuCore or Nuke run; a rake, gulp, grunt, invoke, mix, cargo xtask or cargo make task named for the tests; the project's own Go command (a top-level cmd/<name>) run by its name with a test subcommand; or through a reusable workflow named for its tests or for the build)?",
  detect(evidence) {
    const out = [];
    const pomSkips = rootPomSkipsTests(evidence);
    for (const c of evidence.ci) {
      if (callsOnlyPlaceholderTests(evidence, c.text)) continue;
      if (runsTests(withoutSkippedTestSteps(c.expanded, pomSkips)) || REUSABLE_TEST_WORKFLOW.test(c.expanded)) out.push({ file: c.file, line: c.line, message: `CI runs tests: ${c.text.slice(0, 60)}`, strength: "strong" });
      else if (runsOwnCommandTests(evidence, c.expanded)) out.push({ file: c.file, line: c.line, message: `CI runs the tests through the project's own command: ${c.text.slice(0, 60)}`, strength: "strong" });
      else if (REUSABLE_BUILD_WORKFLOW.test(c.text)) out.push({ file: c.file, line: c.line, message: `CI calls a shared build workflow of another repository, read by its name (its steps are not in this repository): ${c.text.slice(6, 90)}`, strength: "strong" });
      else {
        const script = testScriptRun(evidence, c.text);
        if (script) out.push({ file: c.file, line: c.line, message: `CI runs the repository's test script ${script}: ${c.text.slice(0, 60)}`, strength: "strong" });
      }
      if (out.length >= 3) break;
    }
    return out.length ? out : unseen(evidence);
  }
};
var NON_TEST_ACTION = /^uses:[ \t]*(?:[\w.-]{1,80}\/){1,3}(?:checkout|cache|[\w-]{1,40}-cache|rust-cache|setup-[\w-]{1,40}|action-setup|[\w-]{0,40}toolchain|upload-artifact|download-artifact|create-github-app-token|stale|labeler|login-action|metadata-action|setup-qemu-action|setup-buildx-action|build-push-action|docker-manifest-action|action-gh-release|create-release|upload-release-asset|wrapper-validation|cosign-installer)@/;
var CARGO_ACTION = /^uses:[ \t]*actions-rs\/cargo@/;
var NON_TEST_WORDS = /* @__PURE__ */ new Set(["if", "then", "else", "elif", "fi", "for", "do", "done", "while", "until", "case", "esac", "in", "exit", "true", "false", "[", "[[", "{", "}", "echo", "printf", "export", "unset", "cd", "pushd", "popd", "ls", "cat", "mkdir", "cp", "mv", "rm", "ln", "chmod", "chown", "touch", "tar", "zip", "unzip", "gzip", "gunzip", "xz", "sed", "awk", "grep", "jq", "yq", "cut", "sort", "tr", "head", "tail", "tee", "wc", "basename", "dirname", "rev", "sha256sum", "shasum", "md5sum", "curl", "wget", "iwr", "git", "gh", "apt", "apt-get", "brew", "choco", "scoop", "pip", "pip3", "rustup", "xcopy", "makensis", "debuild", "dpkg-deb", "rpmbuild", "signtool", "codesign", "gpg", "cosign"]);
var BUILD_ONLY_COMMAND = /^(?:cargo[ \t]+(?:\+[\w.-]{1,40}[ \t]+)?(?:build|install|fetch|fmt|clippy)|go[ \t]+(?:build|get|mod|install|vet|generate)|(?:npm|pnpm|yarn|bun)[ \t]+(?:i|ci|install|add|run[ \t]+build)|docker[ \t]+(?:build|push|pull|login|logout|tag|buildx|manifest|images|save|load)|vite[ \t]+build|tsc|webpack|detekt-cli|hadolint|shellcheck)(?![\w-])/;
function dockerfileRunsTests(evidence) {
  return evidence.files.some((f) => DOCKERFILE_NAME.test(f) && (evidence.text(f) ?? "").split("\n").some((l) => /^[ \t]*RUN\b/i.test(l) && runsTests(l)));
}
function* topLevelPositions(text, from = 0) {
  let quote;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0) yield i;
  }
}
function shellSteps(command) {
  const steps = [];
  let start = 0;
  for (const i of topLevelPositions(command)) {
    if (i < start) continue;
    const c = command[i];
    if (c === ";" || c === "|" || c === "\n" || c === "&" && command[i + 1] === "&") {
      steps.push(command.slice(start, i));
      start = (c === "&" || c === "|") && command[i + 1] === c ? i + 2 : i + 1;
    }
  }
  steps.push(command.slice(start));
  return steps;
}
function wordEnd(text, from) {
  for (const i of topLevelPositions(text, from)) if (text[i] === " " || text[i] === "	") return i;
  return text.length;
}
function substitutions(word) {
  const out = [];
  for (let at = word.indexOf("$("); at !== -1; at = word.indexOf("$(", at + 2)) {
    let quote;
    let depth = 0;
    for (let i = at + 1; i < word.length; i++) {
      const c = word[i];
      if (quote) {
        if (c === quote) quote = void 0;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 0) {
        out.push(word.slice(at + 2, i));
        at = i - 1;
        break;
      }
    }
  }
  return out;
}
var TEST_WORD = /(?<![A-Za-z0-9])(?:tests?|testing|specs?|checks?|e2e|integration|unittests?|verify|coverage)(?![a-z])|[a-z0-9](?:Tests?|Specs?|Checks?)(?![a-z])/;
var MAY_RUN_ANYTHING = /^(?:docker-compose(?![ \t]+(?:build|pull|push|config|down|logs|ps|stop|rm|images|version)\b)|docker[ \t]+compose(?![ \t]+(?:build|pull|push|config|down|logs|ps|stop|rm|images|version)\b)|(?:nix|nix-build|earthly|dagger|bazel|bazelisk|xvfb-run|act|vagrant|ctest|tox|nox|sbt|lein|ant|mage|invoke|inv|poe|hatch|pdm|rye|rake|mix|gulp|grunt|composer|deno|swift|zig|stack|cabal|meson|scons|buck2?|pants|please)\b|(?:uv|poetry|pipenv|bun)[ \t]+(?:run|x)\b|bundle[ \t]+exec\b|cargo[ \t]+(?:make|xtask|run|nextest|hack|llvm-cov|tarpaulin|insta|miri)\b|go[ \t]+run\b|(?:python[\d.]{0,4}|py)[ \t]+-m[ \t]+(?:nox|tox|invoke|hatch|poethepoet|pdm)\b|dotnet[ \t]+(?!(?:build|restore|publish|pack|format|tool|new|nuget|workload|clean|sln|add|dev-certs|--info|--version|--list-sdks)\b))/;
var MAVEN_TEST_PHASE = /(?:^|[ \t])(?:test|package|verify|install|deploy|integration-test|site|surefire:test|failsafe:integration-test|cobertura:cobertura|scoverage:report|pitest:mutationCoverage)(?=[ \t]|$)/;
var GRADLE_TEST_TASK2 = /(?:^|[ \t]|:)(?:build|check|test|[\w-]{0,60}(?:Test|Tests|Check))(?=[ \t]|$)/;
var PACKAGE_MANAGER_OWN = /^(?:i|ci|install|add|audit|outdated|config|set|cache|prune|dedupe|link|whoami|login|logout|version|view|info|ls|list|why|-v|--version|rebuild|remove|uninstall|update|upgrade|exec|dlx|init|create|fetch|import|setup|env|bin|root|prefix|help)$/;
var PUBLISH_HOOKS = ["prepublishOnly", "prepublish", "prepack", "prepare"];
var SCRIPT_BY_INTERPRETER = /^(?:(bash|sh|zsh|dash|pwsh|powershell|cmd|node|python[\d.]{0,4}|py|ruby|perl|php)(?:[ \t]+-{1,2}[A-Za-z][\w-]{0,20}){0,3}[ \t]+)?(?:\.{1,2}[\\/])?([\w-][\w./\\-]{0,200}\.(?:sh|bash|ps1|bat|cmd|py|rb|pl|php|js|mjs|cjs|ts)|\.{1,2}[\\/][\w./\\-]{1,200})(?=[ \t]|$)/;
var SHELL_SCRIPT = /\.(?:sh|bash|ps1|bat|cmd)$/;
var MAKE_RECIPE_PREFIX = /^[@+-]{1,3}(?=[A-Za-z$./"'])/;
function nonTestStep(evidence, step, depth = 0, listedOnly = false) {
  if (depth > 12) return false;
  let rest = step.trim().replace(/^!\s*/, "");
  if (depth > 0) rest = rest.replace(MAKE_RECIPE_PREFIX, "");
  for (let i = 0; i < 8; i++) {
    const name = /^[A-Za-z_]\w{0,60}\+?=/.exec(rest);
    if (!name) break;
    const end = wordEnd(rest, name[0].length);
    for (const sub of substitutions(rest.slice(name[0].length, end))) if (!stepsCannotTest(evidence, sub, depth + 1, listedOnly)) return false;
    rest = rest.slice(end).trimStart();
  }
  if (rest === "") return true;
  if (runsTests(rest)) return false;
  if (/^sudo[ \t]/.test(rest)) return nonTestStep(evidence, rest.slice(5).replace(/^(?:-\w[ \t]+)*/, ""), depth + 1, listedOnly);
  if (rest.startsWith("-")) return true;
  if (BUILD_ONLY_COMMAND.test(rest)) return true;
  const word = /^[^\s;]{1,80}/.exec(rest)?.[0] ?? "";
  if (NON_TEST_WORDS.has(word)) return true;
  if (listedOnly) return rest.startsWith("uses:") ? NON_TEST_ACTION.test(rest) || CARGO_ACTION.test(rest) : listedScriptNotHere(evidence, rest);
  if (rest.startsWith("uses:")) return nonTestAction(evidence, rest);
  if (/^(?:image|services):/.test(rest)) return true;
  if (gitlabTemplateNamedForDelivery(rest)) return true;
  if (/^(?:template|include|extends|project|local|orbs|plugins|remote):/.test(rest)) return false;
  if (/^task:/.test(rest)) return !TEST_WORD.test(rest) && !/^task:[ \t]*(?:VSTest|Ant|Xcode|DockerCompose)@/.test(rest);
  if (MAY_RUN_ANYTHING.test(rest)) return false;
  if (/^(?:docker|podman)(?:[ \t]+container)?[ \t]+(?:run|exec|start)\b/.test(rest)) return !containerMayTest(evidence, rest);
  if (/^(?:\.\/)?mvnw?(?:\.cmd)?(?=[ \t]|$)/.test(rest)) return !MAVEN_TEST_PHASE.test(rest.replace(/(?:^|[ \t])-\S{1,200}/g, " ")) && /[ \t][a-z][\w:-]{0,60}(?=[ \t]|$)/.test(rest.replace(/(?:^|[ \t])-\S{1,200}/g, " "));
  if (/^(?:\.\/)?gradlew?(?:\.bat)?(?=[ \t]|$)/.test(rest)) return gradleRunsNoTest(evidence, rest);
  if (/^(?:make|just|task|gmake)(?=[ \t]|$)/.test(rest)) return makeRunsNoTest(evidence, rest, depth);
  if (/^(?:npm|pnpm|yarn|bun)(?=[ \t]|$)/.test(rest)) return scriptRunsNoTest(evidence, rest, depth);
  if (/^(?:npx|pnpx|bunx)[ \t]/.test(rest)) return nonTestStep(evidence, rest.replace(/^\S+[ \t]+(?:-{1,2}[\w-]{1,30}[ \t]+){0,3}/, ""), depth + 1);
  if (/^goreleaser(?=[ \t]|$)/.test(rest) || /\/goreleaser["']?(?=[ \t]|$)/.test(word)) return !goreleaserHooksTest(evidence);
  const base = /^(?:\.{1,2}\/)?[\w.-]{1,80}\/(?:[\w.-]{1,80}\/){0,6}([\w.-]{1,80})(?=[ \t]|$)/.exec(rest);
  if (base && (MAY_RUN_ANYTHING.test(base[1]) || runsTests(`${base[1]} ${rest.slice(base[0].length)}`))) return false;
  const script = SCRIPT_BY_INTERPRETER.exec(rest) ?? (base && evidence.fileSet.has(base[0].replace(/^\.\//, "")) ? [base[0], void 0, base[0]] : null);
  if (script) return scriptFileRunsNoTest(evidence, script[2], script[1], rest, depth);
  return !TEST_WORD.test(rest);
}
function containerMayTest(evidence, command) {
  if (TEST_WORD.test(command) || /\$\{?PWD\b|\$\(pwd\)|github\.workspace|GITHUB_WORKSPACE|(?:-v|--volume|--mount)[ \t=]+["']?\.{1,2}(?:\/|:)/.test(command)) return true;
  for (const c of evidence.ci) {
    for (const m of c.text.matchAll(/(?:^|[ \t])(?:-t|--tag)[ \t=]+["']?([\w./:-]{1,200})/g)) {
      const image = m[1].split(":")[0];
      if (image && command.includes(image)) return true;
    }
  }
  return false;
}
function stepsCannotTest(evidence, command, depth, listedOnly = false) {
  return shellSteps(command).every((step) => nonTestStep(evidence, step, depth, listedOnly));
}
function listedScriptNotHere(evidence, command) {
  const script = /^\.{1,2}[\\/]([\w./\\-]{1,200})/.exec(command);
  return script !== null && !evidence.fileSet.has(script[1].replace(/\\/g, "/"));
}
function nonTestAction(evidence, reference) {
  if (NON_TEST_ACTION.test(reference) || CARGO_ACTION.test(reference)) return true;
  if (/^uses:[ \t]*goreleaser\/goreleaser-action@/.test(reference)) return !goreleaserHooksTest(evidence);
  if (/^uses:[ \t]*docker:\/\//.test(reference)) return false;
  if (/^uses:[ \t]*\.\//.test(reference)) return true;
  return !(TEST_WORD.test(reference) || /cypress|playwright|jest|pytest|xvfb|emulator-runner|selenium|puppeteer|codeclimate/i.test(reference));
}
function gradleRunsNoTest(evidence, command) {
  if (GRADLE_SKIP_TEST.test(command)) return true;
  const tasks = command.replace(/^\S+/, "").replace(/(?:^|[ \t])-\S{1,200}/g, " ").trim();
  if (tasks === "") {
    const script = evidence.text("build.gradle") ?? evidence.text("build.gradle.kts") ?? "";
    const defaults = /^[ \t]*defaultTasks\b[^\n]{0,200}/m.exec(script)?.[0];
    return defaults === void 0 || !/["'](?:build|check|test|[\w:-]{0,60}(?:Test|Check))["']/.test(defaults);
  }
  return !GRADLE_TEST_TASK2.test(tasks) && !TEST_WORD.test(tasks);
}
var judgedTargets = /* @__PURE__ */ new WeakMap();
function makeRunsNoTest(evidence, command, depth) {
  const sources = evidence.scriptSources?.makeTargets ?? /* @__PURE__ */ new Map();
  const words = command.split(/[ \t]+/).slice(1);
  const targets = [];
  let folder = "";
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "-C" || w === "--directory") folder = (words[++i] ?? "").replace(/^\.\//, "").replace(/\/$/, "");
    else if (w === "-f" || w === "--file") i++;
    else if (/^[\w./:-]{1,200}$/.test(w) && !w.startsWith("-") && !w.includes("=")) targets.push(w);
  }
  if (targets.length === 0 && depth > 0) return true;
  if (targets.length === 0) {
    const own2 = sources.get(folder);
    const first = own2 ? Object.keys(own2).find((t) => !t.startsWith(".")) : void 0;
    if (first === void 0) return false;
    targets.push(first);
  }
  let judged = judgedTargets.get(evidence);
  if (!judged) judgedTargets.set(evidence, judged = /* @__PURE__ */ new Map());
  for (const target of targets) {
    const own2 = sources.get(folder)?.[target];
    const recipes = own2 !== void 0 ? [own2] : [...sources.values()].map((m) => m[target]).filter((r) => r !== void 0);
    if (recipes.length === 0 && depth > 0 && (/[./]/.test(target) || evidence.fileSet.has(target))) continue;
    if (recipes.length === 0 || TEST_WORD.test(target)) return false;
    const key = `${folder}\0${target}`;
    let none = judged.get(key);
    if (none === void 0) {
      judged.set(key, true);
      none = recipes.every((recipe) => stepsCannotTest(evidence, recipe, depth + 1));
      judged.set(key, none);
    }
    if (!none) return false;
  }
  return true;
}
function scriptRunsNoTest(evidence, command, depth) {
  const words = command.split(/[ \t]+/).slice(1).filter((w) => !w.startsWith("-"));
  const all = [...evidence.scriptSources?.npmScripts.values() ?? []];
  let name = words[0] === "run" || words[0] === "run-script" ? words[1] : words[0];
  if (name === void 0) return /^(?:npm|pnpm|bun)\b/.test(command) ? false : true;
  if (name === "publish" || name === "pack") {
    return all.every((scripts) => PUBLISH_HOOKS.every((hook) => scripts[hook] === void 0 || stepsCannotTest(evidence, scripts[hook], depth + 1)));
  }
  if (name === "run" || PACKAGE_MANAGER_OWN.test(name)) return true;
  name = name.replace(/^["']|["']$/g, "");
  const bodies = all.map((scripts) => scripts[name]).filter((b) => typeof b === "string");
  if (bodies.length === 0 || TEST_WORD.test(name) && !bodies.every(isPlaceholderTestScript)) return false;
  return bodies.every((body) => stepsCannotTest(evidence, body, depth + 1));
}
function goreleaserHooksTest(evidence) {
  return evidence.files.some((f) => /^\.goreleaser[\w.-]{0,40}\.ya?ml$/.test(f) && runsTests(evidence.text(f) ?? ""));
}
function namedFor(file) {
  return file.replace(/(^|\/)(?:checks?|verify)[-_](?=[a-z])([^/]*)$/i, "$1$2");
}
function gitlabTemplateNamedForDelivery(step) {
  const names = /^extends:[ \t]*(\S.*)$/.exec(step)?.[1] ?? /^project:[ \t]*\S+[ \t]+file:[ \t]*(\S.*)$/.exec(step)?.[1];
  if (names === void 0) return false;
  return names.split(/[ \t,]+/).filter(Boolean).every((name) => {
    const words = name.replace(/^.*\//, "").replace(/\.ya?ml$/, "").replace(/[-_.]+/g, " ").trim();
    return !TEST_WORD.test(words) && /\b(?:deploy|deployment|release|publish|push|helm|docker|image|pages)\b/i.test(words);
  });
}
function scriptFileRunsNoTest(evidence, path3, interpreter, command, depth) {
  const file = repositoryPath(path3);
  if (!evidence.fileSet.has(file)) return !TEST_WORD.test(command);
  if (TEST_WORD.test(namedFor(file))) return false;
  const text = evidence.text(file) ?? "";
  if (runsTests(text)) return false;
  const shebang = /^#![^\n]{0,100}/.exec(text)?.[0];
  const shell = interpreter === void 0 ? shebang === void 0 ? SHELL_SCRIPT.test(file) && /\.\w+$/.test(file) : /\b(?:ba|z|da)?sh\b|pwsh/.test(shebang) : /^(?:bash|sh|zsh|dash|pwsh|powershell|cmd)$/.test(interpreter);
  if (!shell) return !MAY_RUN_ANYTHING.test((shebang ?? "").replace(/^#!\s*(?:\/usr\/bin\/env\s+)?(?:\/\S*\/)?/, ""));
  return text.split("\n").slice(0, 400).every((line) => line.trim() === "" || line.trim().startsWith("#") || line.trim().startsWith("::") || /^rem\b/i.test(line.trim()) || stepsCannotTest(evidence, line, depth + 1));
}
function ciBuildsOnly(evidence) {
  if (evidence.ci.length === 0) return false;
  const listedOnly = !ciBuildsTheProject(evidence);
  let dockerBuild = false;
  for (const c of evidence.ci) {
    if (!stepsCannotTest(evidence, c.text.startsWith("uses:") ? c.text : listedOnly ? c.expanded : c.text, 0, listedOnly)) return false;
    if (/build-push-action@/.test(c.text) || /\bdocker[ \t]+(?:build|buildx)\b/.test(c.expanded)) dockerBuild = true;
  }
  return !(dockerBuild && dockerfileRunsTests(evidence));
}
var BUILD_STEP = /^(?:go[ \t]+build|cargo[ \t]+(?:\+[\w.-]{1,40}[ \t]+)?build|dotnet[ \t]+(?:build|publish|pack|msbuild)|msbuild|xcodebuild|cmake[ \t]+--build|tsc|webpack|vite[ \t]+build|(?:npm|pnpm|yarn|bun)[ \t]+(?:run[ \t]+)?(?:build|dist|compile|package|bundle)(?:[:\w-]{0,40})?(?=[ \t]|$)|(?:\.\/)?gradlew?[ \t]|(?:\.\/)?mvnw?[ \t]|goreleaser|(?:make|just|task)[ \t]+(?:[\w.-]{1,60}[ \t]+){0,4}?(?:build|dist|all|release|package|compile|install|bin|binary|ui|frontend|ci)(?=[ \t]|$)|(?:python[\d.]{0,4}[ \t]+-m[ \t]+)?build(?=[ \t]|$))/;
function ciBuildsTheProject(evidence) {
  const ownImage = evidence.files.some((f) => DOCKERFILE_NAME.test(f) && !/(?:^|\/)\.devcontainer\//.test(f));
  return evidence.ci.some(
    (c) => /^uses:[ \t]*goreleaser\/goreleaser-action@/.test(c.text) || ownImage && (/^uses:[ \t]*docker\/build-push-action@/.test(c.text) || /\bdocker[ \t]+(?:build|buildx[ \t]+build)\b/.test(c.expanded)) || shellSteps(c.expanded).some((step) => BUILD_STEP.test(step.trim().replace(/^(?:[A-Za-z_]\w{0,60}=\S{0,200}[ \t]+){0,4}/, "").replace(MAKE_RECIPE_PREFIX, "")))
  );
}
var ciTestsNotSkipped = {
  name: "ciTestsNotSkipped",
  question: "Does CI do more than build with the tests skipped (a Maven or Gradle build that skips the tests, and nothing else that could run them), or more than set up, build and publish (every step an action or a shell command of a kind that runs no test)?",
  detect(evidence) {
    const pomSkips = rootPomSkipsTests(evidence);
    const skipped = evidence.ci.some((c) => runsTests(c.expanded) && !runsTests(withoutSkippedTestSteps(c.expanded, pomSkips)));
    if ((skipped || ciBuildsOnly(evidence)) && unseen(evidence).length === 0) return [];
    const first = evidence.ci[0];
    return first ? [{ file: first.file, line: first.line, message: "CI runs more than builds that skip the tests", strength: "strong" }] : [];
  }
};
var DRIVES_BROWSER_RE = /\brequire\([ \t]*['"](?:puppeteer|puppeteer-core|playwright|playwright-core|selenium-webdriver|webdriverio)['"]|\bfrom[ \t]+['"](?:puppeteer|puppeteer-core|playwright|playwright-core|selenium-webdriver|webdriverio)['"]/;
var PYTHON_DRIVES_BROWSER_RE = /^[ \t]*(?:from[ \t]+(?:selenium|playwright|splinter|pyppeteer)\b|import[ \t]+(?:selenium|splinter|pyppeteer)\b)|\brequire\([ \t]*['"](?:puppeteer|playwright)['"]\)/m;
var RUBY_DRIVES_BROWSER_RE = /^[ \t]*visit[ \t(]|\bjs:[ \t]*true\b|\btype:[ \t]*:(?:system|feature)\b|\bdriven_by\b/m;
var MINITEST_DRIVES_BROWSER_RE = /^[ \t]*Capybara\.(?:current_driver|default_driver|javascript_driver)[ \t]*=[ \t]*(?!:rack_test\b)[:\w]/m;
var GO_DRIVES_BROWSER_RE = /"github\.com\/(?:chromedp\/chromedp|go-rod\/rod|playwright-community\/playwright-go|tebeka\/selenium)"/;
var JVM_DRIVES_BROWSER_RE = /^import[ \t]+(?:static[ \t]+)?(?:org\.openqa\.selenium|com\.microsoft\.playwright|com\.codeborne\.selenide)\./m;
var CSHARP_DRIVES_BROWSER_RE = /^using[ \t]+(?:static[ \t]+)?(?:OpenQA\.Selenium|Microsoft\.Playwright)\b/m;
function suiteRunInCi(evidence, suites, leftOut, skipped = () => false) {
  for (const suite of suites) {
    if (suite.when && !suite.when(evidence)) continue;
    const pattern = regexPattern(suite.drives);
    const file = evidence.sourceFiles.find((f) => {
      if (!suite.file.test(f) || !(isTestFile(f) || suite.support?.test(f)) || leftOut.test(f) || !evidence.mayMatch(f, pattern)) return false;
      const code = evidence.code(f) ?? "";
      return suite.drives.test(code) && (!suite.with || suite.with.test(code)) && !skipped(f);
    });
    if (!file) continue;
    const run = evidence.ci.find((c) => suite.runner.test(c.expanded));
    if (run) return { file, run };
  }
  return void 0;
}
var SUITE_RUNNERS = [
  { file: /\.[cm]?[jt]sx?$/, drives: DRIVES_BROWSER_RE, runner: /\b(?:vitest|jest|mocha)\b|\bnode[ \t]+--test\b/ },
  { file: /\.py$/, drives: PYTHON_DRIVES_BROWSER_RE, runner: /\bpytest\b|\bpy\.test(?![\w.-])|\bpython[\d.]*[ \t]+-m[ \t]+(?:pytest|unittest)\b|\bmanage\.py[ \t]+test\b|\btox\b|\bnox\b|\bhatch[ \t]+test\b/ },
  // A _spec.rb file is RSpec's: `rspec` runs spec/, and so does rake's default task (rspec-rails makes it spec).
  { file: /_spec\.rb$/, drives: RUBY_DRIVES_BROWSER_RE, runner: /\brspec\b|\brake(?:[ \t]+(?:spec|default)\b|[ \t]*(?:$|&&|;|\|))/ },
  // Minitest's files under test/ (not test/system/, which `rails test` leaves out) and the helpers beside them that
  // the tests require (test/integration_test_helper.rb): `rails test`, `rake test`, a script named for minitest, or
  // rake's default task (a Rails app's is test).
  { file: /(?:^|\/)test\/(?!system\/)[\w./-]{1,300}\.rb$/, drives: MINITEST_DRIVES_BROWSER_RE, support: /(?:^|\/)test\/\w{1,80}_helper\.rb$/, runner: /\b(?:rails|rake)[ \t]+test(?::all)?(?![:\w-])|\bminitest\b|\brake[ \t]*(?:$|&&|;|\|)/ },
  { file: /_test\.go$/, drives: GO_DRIVES_BROWSER_RE, runner: GO_TEST_RUNNER },
  { file: /(?:^|\/)src\/test\/[^\n]{0,300}\.(?:java|kt)$/, drives: JVM_DRIVES_BROWSER_RE, runner: /\bmvnw?\b[^\n]{0,200}\b(?:test|verify|install)\b|\bgradlew?\b[^\n]{0,200}\b(?:test|check|build)\b/ },
  { file: /\.cs$/, drives: CSHARP_DRIVES_BROWSER_RE, runner: /\bdotnet[ \t]+test\b/ }
];
var OWN_SUITE_FOLDER = /(^|\/)(e2e|e2e-tests|end-to-end|acceptance|system-tests|playwright|cypress)\//i;
var EXCLUDED_SUITE = /\b(?:TestCategory|Category|FullyQualifiedName|ClassName)[ \t]*(?:!=|!~)[ \t]*([\w.]{2,80})|[ \t]-m[ \t]+["']?not[ \t]+(\w{2,40})|--ignore(?:-glob)?[= \t]["']?([\w./*-]{2,120})/g;
function suitesLeftOutByCi(evidence) {
  const left = { categories: [], markers: [], paths: [] };
  for (const file of evidence.files) {
    if (!ciSystemOf(file)) continue;
    for (const m of (evidence.text(file) ?? "").matchAll(EXCLUDED_SUITE)) {
      if (m[1]) left.categories.push(m[1]);
      else if (m[2]) left.markers.push(m[2]);
      else if (m[3]) left.paths.push(m[3].replace(/^\.\//, "").split("*")[0]);
    }
  }
  left.paths = left.paths.filter((p) => p.length >= 2);
  return left;
}
function leftOutByCi(left, file, text) {
  const squeezed = file.replace(/[._-]/g, "");
  const word = (name) => new RegExp(`(?<![\\w.])${name.replace(/\./g, "\\.")}(?![\\w])`).test(text) || squeezed.includes(name.replace(/[._-]/g, ""));
  return left.categories.some(word) || left.markers.some((n) => text.includes(`mark.${n}`)) || left.paths.some((p) => file.startsWith(p) || file.includes(`/${p}`));
}
var ciRunsBrowserTests = {
  name: "ciRunsBrowserTests",
  question: "Does CI run the language's ordinary test runner whose suite holds tests that drive a browser (a vitest/jest/mocha test with puppeteer or playwright, a pytest test with Selenium or Playwright, an RSpec feature spec with Capybara, a Minitest test that switches Capybara to a browser driver, a go test with chromedp or rod, a JUnit or xUnit test with Selenium or Playwright; beside the unit tests, not in an e2e folder of its own, and not left out by a category, marker or path the CI configuration excludes)?",
  textPatterns: SUITE_RUNNERS.map((suite) => regexPattern(suite.drives)),
  detect(evidence) {
    const left = suitesLeftOutByCi(evidence);
    const found = suiteRunInCi(evidence, SUITE_RUNNERS, OWN_SUITE_FOLDER, (f) => leftOutByCi(left, f, evidence.code(f) ?? ""));
    if (!found) return [];
    const { file, run } = found;
    return [{ file: run.file, line: run.line, message: `CI runs the test runner that runs ${file}, which drives a browser: ${run.text.slice(0, 60)}`, strength: "strong" }];
  }
};

// src/detectors/black-box-tests.ts
var DOCKER_BUILD_ARGS = /["']docker["'][ \t\r\n]{0,20},[ \t\r\n]{0,20}\[?[ \t\r\n]{0,20}["'](?:build|buildx)["']/;
var JS_TEST_RUNNER = /\b(?:vitest|jest|mocha|ava|borp)\b|\bjasmine(?![\w-])|\bnode[ \t]+--test\b/;
var RUBY_TEST_RUNNER = /\brspec\b|\brake(?:[ \t]+(?:spec|test|default)\b|[ \t]*(?:$|&&|;|\|))|\brails[ \t]+test\b|\bruby[ \t]+-I[ \t]*test\b/;
var BINSTUBS = "(?:rails|rake|bundle|bundler|setup|dev|spring|yarn|rspec|rubocop|brakeman|importmap|kamal|thrust|jobs|webpack|webpack-dev-server|vite|update|console|docker-entrypoint|standardrb|erblint|i18n-tasks|sh|bash|env)";
var RUBY_RUNS_PROCESS = /\bOpen3\.(?:capture[23]e?|popen[23]e?|pipeline\w{0,10})[ \t(]|\bIO\.popen[ \t(]|\b(?:Process|PTY)\.spawn[ \t(]|(?<![\w.])(?:system|spawn)\(/;
var SUITES = [
  {
    file: /_test\.go$/,
    // The go tool run from a test builds or runs the command (`exec.Command("go", args...)` with args of "build").
    drives: /\bexec\.Command(?:Context)?\((?:[\w.]{1,40}[ \t]*,[ \t]*)?"go"[ \t]*,|\bgexec\.Build\(|\btestscript\.Run(?:Main)?\(|["']docker["'][ \t\r\n]{0,20},[ \t\r\n]{0,20}["'](?:build|buildx)["']/,
    runner: GO_TEST_RUNNER
  },
  // Calibration round 17: a go test that starts the project's own binary from the build's output folder as a process
  // (`exec.Command(filepath.Join("..", "dist", goos, goarch, "proxy"), args...)`, `exec.Command("../bin/proxy")`), the
  // binary make built before the suite runs, as the JVM suite below starts the built jar. A test behind a build tag
  // CI never sets (`//go:build integration`) is not run by `go test` (see goBuildSkipped).
  {
    file: /_test\.go$/,
    drives: /\bexec\.Command(?:Context)?\(/,
    with: /\bfilepath\.Join\([ \t]*"\.\."(?:[ \t]*,[ \t]*"\.\."){0,5}[ \t]*,[ \t]*"(?:dist|bin|_output|out)"|"(?:\.\.\/){1,6}(?:dist|bin|_output|out)\/[\w.-]{1,80}(?:\/[\w.-]{1,80}){0,4}"/,
    runner: GO_TEST_RUNNER
  },
  {
    file: /\.rs$/,
    drives: /\bcargo_bin\b|\bCARGO_BIN_EXE_\w|\bescargot::/,
    runner: /\bcargo[ \t]+(?:\+\S+[ \t]+)?(?:test|nextest|llvm-cov|tarpaulin)\b/
  },
  {
    // Python: a test that builds the image, or runs a program as a real process through the interpreter
    // (`subprocess.run([sys.executable, "-m", "shop", "serve"])`), the Python counterpart of go run and cargo_bin.
    file: /\.py$/,
    drives: new RegExp(`${DOCKER_BUILD_ARGS.source}|\\bsys\\.executable[ \\t\\r\\n]{0,20},[ \\t\\r\\n]{0,20}["']-m["']`),
    runner: /\bpytest\b|\bpy\.test(?![\w.-])|\bpython[\d.]*[ \t]+-m[ \t]+(?:pytest|unittest)\b|\btox\b|\bnox\b|\bhatch[ \t]+test\b/
  },
  {
    file: /\.[cm]?[jt]sx?$/,
    drives: DOCKER_BUILD_ARGS,
    runner: JS_TEST_RUNNER
  },
  // Calibration round 13: the same black-box test in the other languages, a test that starts the program the
  // repository ships as a real process and checks what it does, as its user would. The call that starts a process
  // and the program's own path are often on different lines (`let(:exe) { "#{ROOT}/exe/tool" }` then
  // `Open3.capture3("ruby #{exe} …")`), so each is looked for in the same file.
  // Ruby: Open3, IO.popen, spawn or system, with a gem's executable (exe/x); or, in a gem that is no Rails application,
  // a bin/x script that is not one of Bundler's binstubs (an application's bin/ holds its helpers and the framework's
  // binstubs: bin/rails, bin/setup, a media-inspection script, none of them the deployment).
  {
    file: /(?:_spec|_test)\.rb$/,
    drives: RUBY_RUNS_PROCESS,
    with: /(?:["']|\}\/)(?:\.\.?\/){0,6}exe\/[a-z][\w-]{0,40}["' ]/,
    runner: RUBY_TEST_RUNNER
  },
  {
    file: /(?:_spec|_test)\.rb$/,
    drives: RUBY_RUNS_PROCESS,
    with: new RegExp(`(?:["']|\\}\\/)(?:\\.\\.?\\/){0,6}bin\\/(?!${BINSTUBS}\\b)[a-z][\\w-]{0,40}["' ]`),
    runner: RUBY_TEST_RUNNER,
    when: (evidence) => !evidence.fileSet.has("config/application.rb") && evidence.files.some((f) => /^[^/]+\.gemspec$/.test(f))
  },
  // Aruba, Ruby's library for testing command-line programs: it runs the command in a scratch directory and checks
  // its output and exit status.
  {
    file: /(?:_spec|_test|_steps)\.rb$|(?:^|\/)(?:spec|test|features)\/support\/[\w/-]{1,80}\.rb$/,
    drives: /\brequire[ \t(]+["']aruba(?:\/(?:rspec|cucumber|api|minitest))?["']|\btype:[ \t]*:aruba\b|\bAruba::Api\b/,
    runner: new RegExp(`${RUBY_TEST_RUNNER.source}|\\bcucumber\\b`)
  },
  // JS/TS: child_process or execa starting the package's own bin script (bin/cli.js, the file package.json's `bin` names).
  {
    file: /\.[cm]?[jt]sx?$/,
    drives: /\b(?:spawn|spawnSync|execFile|execFileSync|execSync|fork|execa|execaNode|execaSync)\(|\b(?:child_process|childProcess|cp)\.exec\(/,
    with: /["'`](?:\.\.?\/){0,6}bin\/[\w.-]{1,60}["'`]|\b(?:join|resolve)\([^)\n]{0,120}["'`]bin["'`][ \t]*,/,
    runner: JS_TEST_RUNNER
  },
  // JVM: a JUnit test starting the project's built jar (`java -jar target/app.jar`) as a process.
  {
    file: /(?:^|\/)src\/test\/[^\n]{0,300}\.(?:java|kt)$/,
    drives: /\bProcessBuilder\(|\bRuntime\.getRuntime\(\)\.exec\(/,
    with: /["']-jar["']|["'](?:\.\.?\/){0,6}(?:target|build\/libs|build\/install)\//,
    runner: /\bmvnw?\b[^\n]{0,200}\b(?:test|verify|install)\b|\bgradlew?\b[^\n]{0,200}\b(?:test|check|build)\b/
  },
  // .NET: a test starting the project's own program as a process (`dotnet run --project src/App`, its built bin/Release
  // output), through Process.Start or CliWrap.
  {
    file: /\.cs$/,
    drives: /\bProcess\.Start\(|\bnew[ \t]+ProcessStartInfo\b|\bCli\.Wrap\(/,
    with: /--project\b|[\\/]bin[\\/]{1,2}(?:Debug|Release)[\\/]/,
    runner: /\bdotnet[ \t]+test\b/
  }
];
var HELPER_COMMAND = /^[^/]+\/(?:[^/]+\/){0,6}cmd\//;
var BUILDS_IMAGE = /\b(?:docker|podman)[ \t]+(?:buildx[ \t]+)?build\b/;
var STARTS_IMAGE = /\b(?:docker|podman)[ \t]+run\b/;
var CHECKS_OVER_HTTP = /\bcurl\b[^\n&|;]{0,200}(?:--fail\b|[ \t]-[a-zA-Z]{0,6}f[a-zA-Z]{0,6}\b)[^\n&|;]{0,200}(?:localhost|127\.0\.0\.1|\$\{?\w{0,40}(?:url|URL|host|HOST|addr|ADDR))/;
var STARTS_OWN_PROGRAM = /\b(?:cargo[ \t]+run\b|go[ \t]+run[ \t]+(?![^\s&|;]{0,200}@)|\.\/target\/(?:debug|release)\/[\w-]{1,60}|(?:npm|pnpm|yarn)[ \t]+(?:run[ \t]+)?start\b)(?:[^\n&|;]|&\d){0,300}&(?![&\d])/;
var RUNS_OWN_PROGRAM_ON_FIXTURES = /\b(?:go[ \t]+run[ \t]+(?![^\s&|;]{0,200}@)|cargo[ \t]+run\b(?![^\n&|;]{0,80}\bxtask\b)|\.\/target\/(?:debug|release)\/[\w-]{1,60}|node[ \t]+(?:\.\/)?(?:bin|dist|lib)\/[\w./-]{1,80}|bundle[ \t]+exec[ \t]+(?:ruby[ \t]+)?(?:\.\/)?exe\/[\w-]{1,40}|dotnet[ \t]+run[ \t]+--project\b|python[\d.]{0,5}[ \t]+-m[ \t]+(?!(?:pytest|unittest|pip|venv|build|twine|mypy|ruff|black|coverage|tox|nox|http\.server|doctest|pylint|flake8|isort)\b)\w)[^\n&|;]{0,300}?[ \t=](?:\.\/)?(?:[\w.-]{1,60}\/){0,6}(?:testdata|fixtures|test-fixtures|__fixtures__|test_data|test-data)\//;
function ciRunsProgramOnFixtures(ci) {
  const c = ci.find((command) => RUNS_OWN_PROGRAM_ON_FIXTURES.test(command.expanded));
  return c ? { file: c.file, line: c.line, message: `CI runs the project's own program over its test fixtures: ${c.text.slice(0, 60)}`, strength: "strong" } : void 0;
}
var BUILDS_RELEASE_BINARY = /\bcargo[ \t]+build\b[^\n&|;]{0,200}--release\b|\bgo[ \t]+build\b[^\n&|;]{0,200}[ \t]-o[ \t]/;
var TEST_SCRIPT = /(?:^|[\s(])(?:\.\/)?(?:tests?|e2e|integration[-_]tests?)\/[\w./-]{1,200}[ \t]/;
var BUILT_BINARY = /\$\{?\w{0,40}(?:BIN|BINARY|EXE)\b|\btarget\/[^\s/]{1,80}\/release\/[\w-]{1,60}|\btarget\/release\/[\w-]{1,60}|\.\/bin\/[\w-]{1,60}/;
function runsTestScriptOnBinary(commands) {
  return commands.split(/&&|\|\||[;|\n]/).some((step) => {
    const script = TEST_SCRIPT.exec(step);
    return script !== null && BUILT_BINARY.test(step.slice(script.index + script[0].length));
  });
}
function fromReleaseBuild(command) {
  const m = BUILDS_RELEASE_BINARY.exec(command);
  return m ? command.slice(m.index) : void 0;
}
function fromImageBuild(command) {
  const m = BUILDS_IMAGE.exec(command);
  return m ? command.slice(m.index) : void 0;
}
function testsAfterBuild(after) {
  if (runsTests(after)) return true;
  const started = STARTS_IMAGE.exec(after);
  return started !== null && CHECKS_OVER_HTTP.test(after.slice(started.index));
}
function fromBackgroundStart(command) {
  const m = STARTS_OWN_PROGRAM.exec(command);
  return m ? command.slice(m.index) : void 0;
}
function jobTestingAfter(ci, from, checks, what) {
  const jobs = /* @__PURE__ */ new Map();
  for (const c of ci) {
    const key = `${c.file}\0${c.job ?? ""}`;
    const steps = jobs.get(key) ?? [];
    steps.push(c);
    jobs.set(key, steps);
  }
  for (const steps of jobs.values()) {
    const ordered = [...steps].sort((a, b) => a.line - b.line);
    for (let i = 0; i < ordered.length; i++) {
      const start = from(ordered[i].expanded);
      if (start === void 0) continue;
      const after = ordered[i].job === void 0 ? [start] : [start, ...ordered.slice(i + 1).map((c) => c.expanded)];
      if (checks(after.join(" && "))) {
        const c = ordered[i];
        return { file: c.file, line: c.line, message: `${what}: ${c.text.slice(0, 60)}`, strength: "strong" };
      }
    }
  }
  return void 0;
}
var GO_PLATFORM_TAG = /^(?:aix|android|darwin|dragonfly|freebsd|hurd|illumos|ios|js|linux|nacl|netbsd|openbsd|plan9|solaris|wasip1|windows|zos|unix|386|amd64|arm|arm64|loong64|mips|mipsle|mips64|mips64le|ppc64|ppc64le|riscv64|s390x|wasm|cgo|gc|gccgo|go1\.\d{1,3})$/;
var GO_BUILD_LINE = /^\/\/go:build[ \t]{1,10}(\S[^\n]{0,300})$/m;
var CI_GO_TAGS = /(?:^|[ \t])--?tags[= \t]{1,3}["']?([\w.,]{1,200})/gm;
var ciGoTags = oncePerEvidence((evidence) => {
  const tags = /* @__PURE__ */ new Set();
  for (const c of evidence.ci) for (const m of c.expanded.matchAll(CI_GO_TAGS)) for (const t of m[1].split(",")) if (t) tags.add(t);
  return tags;
});
function goBuildSkipped(evidence, file) {
  if (!file.endsWith(".go")) return false;
  const line = GO_BUILD_LINE.exec(evidence.text(file)?.slice(0, 4e3) ?? "")?.[1];
  if (!line) return false;
  const set = ciGoTags(evidence);
  return evaluateBuildLine(line.trim(), (tag) => GO_PLATFORM_TAG.test(tag) || set.has(tag)) === false;
}
function evaluateBuildLine(expression, holds) {
  const tokens = expression.match(/&&|\|\||[()!]|[\w.]{1,60}|\S/g) ?? [];
  let at = 0;
  const or = () => {
    let value2 = and();
    while (value2 !== void 0 && tokens[at] === "||") {
      at++;
      const right = and();
      value2 = right === void 0 ? void 0 : value2 || right;
    }
    return value2;
  };
  const and = () => {
    let value2 = not();
    while (value2 !== void 0 && tokens[at] === "&&") {
      at++;
      const right = not();
      value2 = right === void 0 ? void 0 : value2 && right;
    }
    return value2;
  };
  const not = () => {
    const token = tokens[at++];
    if (token === "!") {
      const value2 = not();
      return value2 === void 0 ? void 0 : !value2;
    }
    if (token === "(") {
      const value2 = or();
      return tokens[at++] === ")" ? value2 : void 0;
    }
    return token !== void 0 && /^[\w.]{1,60}$/.test(token) ? holds(token) : void 0;
  };
  const value = or();
  return at === tokens.length ? value : void 0;
}
var GRADLE_BUILD_FILE = /(?:^|\/)build\.gradle(?:\.kts)?$/;
var JAVA_EXEC_TASK = /\bregister<JavaExec>\([ \t]*"(\w{1,80})"|\bregister\([ \t]*["'](\w{1,80})["'][ \t]*,[ \t]*JavaExec\b|\btask[ \t]+(\w{1,80})\([ \t]*type:[ \t]*JavaExec\b/g;
var BUILT_JAR_CLASSPATH = /\bclasspath[ \t]*=[ \t]*files\([ \t]*(?:tasks\.)?(?:shadowJar|jar)\b/;
var CHECK_DEPENDS_ON = /\bcheck[ \t]*(?:\{[ \t\r\n]{0,40}|\.[ \t]*)dependsOn\(([^)\n]{1,300})\)/g;
var GRADLE_CHECKS = /\bgradlew?\b[^\n&|;]{0,200}[ \t:](?:build|check)\b/;
function gradleCheckRunsBuiltJar(evidence) {
  const run = evidence.ci.find((c) => GRADLE_CHECKS.test(c.expanded));
  if (!run) return void 0;
  for (const file of evidence.files) {
    if (!GRADLE_BUILD_FILE.test(file) || isScaffolding(file)) continue;
    const code = evidence.code(file) ?? "";
    if (!code.includes("JavaExec")) continue;
    const runsJar = /* @__PURE__ */ new Set();
    for (const m of code.matchAll(JAVA_EXEC_TASK)) {
      const body = code.slice(m.index, m.index + 1500);
      const next = body.slice(m[0].length).search(/\bregister\b|\btask[ \t]+\w/);
      if (BUILT_JAR_CLASSPATH.test(next < 0 ? body : body.slice(0, m[0].length + next))) runsJar.add(m[1] ?? m[2] ?? m[3]);
    }
    if (!runsJar.size) continue;
    for (const m of code.matchAll(CHECK_DEPENDS_ON)) {
      const named = m[1].split(/\W+/);
      if ([...runsJar].some((task) => named.includes(task))) {
        return { file: run.file, line: run.line, message: `CI's Gradle build runs the project's built jar as a program in check (${file}): ${run.text.slice(0, 60)}`, strength: "strong" };
      }
    }
  }
  return void 0;
}
var EXEC_BY_NAME = /\bexec\.Command(?:Context)?\((?:[\w.]{1,40}[ \t]*,[ \t]*)?"([a-z][\w.-]{0,60})"[ \t]*[,)]/g;
function goTestRunsOwnCommand(evidence) {
  const run = evidence.ci.find((c) => GO_TEST_RUNNER.test(c.expanded));
  if (!run) return void 0;
  const commands = ownGoCommands(evidence);
  if (!commands.size) return void 0;
  for (const f of evidence.sourceFiles) {
    if (!f.endsWith("_test.go") || HELPER_COMMAND.test(f) || !(evidence.text(f) ?? "").includes("exec.Command") || goBuildSkipped(evidence, f)) continue;
    for (const m of (evidence.code(f) ?? "").matchAll(EXEC_BY_NAME)) {
      if (commands.has(m[1])) return { file: run.file, line: run.line, message: `CI runs ${f}, which runs the project's own command ${m[1]} as a process and tests it from outside: ${run.text.slice(0, 60)}`, strength: "strong" };
    }
  }
  return void 0;
}
var JS_RUNS_PROCESS = /(?<![\w.$])(?:spawn|spawnSync|execFile|execFileSync|execSync|exec|fork|execa|execaNode|execaSync|execCommand)\(|\b(?:child_process|childProcess|cp)\.(?:spawn|spawnSync|execFile|execFileSync|execSync|exec|fork)\(/;
var JS_TEST_FILE = /\.[cm]?[jt]sx?$/;
var GENERIC_BIN = /^(?:index|main)\.[cm]?[jt]s$/;
function binNames(evidence) {
  const names = /* @__PURE__ */ new Set();
  for (const pkg of evidence.packageJsons) {
    if (isScaffolding(pkg.file)) continue;
    const bin = pkg.data.bin;
    const paths = typeof bin === "string" ? [bin] : bin && typeof bin === "object" ? Object.values(bin).filter((v) => typeof v === "string") : [];
    for (const path3 of paths) {
      const parts = path3.replace(/^\.\//, "").split("/");
      const file = parts[parts.length - 1];
      if (!/^[\w.-]{1,80}\.[cm]?[jt]s$/.test(file)) continue;
      if (!GENERIC_BIN.test(file)) names.add(file);
      else if (parts.length >= 2) names.add(`${parts[parts.length - 2]}/${file}`);
    }
  }
  return [...names];
}
function jsTestRunsOwnBin(evidence) {
  const run = evidence.ci.find((c) => JS_TEST_RUNNER.test(c.expanded));
  if (!run) return void 0;
  const names = binNames(evidence);
  if (!names.length) return void 0;
  const named = names.map((n) => ({ n, re: new RegExp(`[/"'\`]${n.replace(/[.]/g, "\\.")}["'\`\\s]`) }));
  for (const f of evidence.sourceFiles) {
    if (!JS_TEST_FILE.test(f) || !isTestFile(f) || isScaffolding(f)) continue;
    const code = evidence.code(f) ?? "";
    if (!JS_RUNS_PROCESS.test(code)) continue;
    const hit = named.find(({ re }) => re.test(code));
    if (hit) return { file: run.file, line: run.line, message: `CI runs ${f}, which runs the package's own command (${hit.n}) as a process and tests it from outside: ${run.text.slice(0, 60)}`, strength: "strong" };
  }
  return void 0;
}
function jobTestingBuiltProgram(ci) {
  return jobTestingAfter(ci, fromImageBuild, testsAfterBuild, "CI builds the project's image and tests it in the same job") ?? jobTestingAfter(ci, fromBackgroundStart, (after) => CHECKS_OVER_HTTP.test(after), "CI starts the project's own server and checks it over HTTP in the same job") ?? jobTestingAfter(ci, fromReleaseBuild, runsTestScriptOnBinary, "CI builds the release binary and runs the repository's test scripts against it in the same job");
}
var blackBoxTests = {
  name: "blackBoxTests",
  question: "Does CI run black-box tests of the built program: tests that build or start the project's own binary or image and drive it from outside (a go test that builds the command, assert_cmd's cargo_bin, a test that builds the Docker image, a Ruby, JS, JVM or .NET test that starts the project's own executable as a process, Aruba), a CI job that builds the image and then runs a suite or HTTP checks against it, a CI step that runs the project's own program over its test fixtures, a Gradle check that runs the built jar, a go test that runs the project's own command (a top-level cmd/<name>) by its name, or a JS test that runs the file its package.json's bin names?",
  textPatterns: SUITES.map((suite) => regexPattern(suite.drives)),
  detect(evidence) {
    const found = suiteRunInCi(evidence, SUITES, HELPER_COMMAND, (file) => goBuildSkipped(evidence, file));
    if (found) {
      const { file, run } = found;
      return [{ file: run.file, line: run.line, message: `CI runs ${file}, which builds or starts the project's own program and tests it from outside: ${run.text.slice(0, 60)}`, strength: "strong" }];
    }
    const job = jobTestingBuiltProgram(evidence.ci) ?? ciRunsProgramOnFixtures(evidence.ci) ?? gradleCheckRunsBuiltJar(evidence) ?? goTestRunsOwnCommand(evidence) ?? jsTestRunsOwnBin(evidence);
    return job ? [job] : [];
  }
};

// src/detectors/checks-arguments.ts
var READS_ARGS = {
  js: /process\.argv|Deno\.args|Bun\.argv/,
  python: /sys\.argv/,
  go: /os\.Args|flag\.Parse\(\)/,
  rust: /std::env::args|env::args\(\)/,
  ruby: /\bARGV\b/,
  java: /static\s+void\s+main\s*\(\s*String\s*\[\]\s*\w+\)/,
  kotlin: /fun\s+main\s*\(\s*args/,
  csharp: /static\s+\w+\s+Main\s*\(\s*string\[\]|\bargs\[\d\]/
};
var READS_ARGS_PATTERNS = Object.fromEntries(Object.entries(READS_ARGS).map(([language, re]) => [language, re.source]));
var CHECKS = {
  js: /throw new (Type|Range)?Error\(|Number\.isNaN\(|Number\.isInteger\(|isNaN\(|process\.exit\(\s*[12]\s*\)|\.test\(\w+\)/,
  python: /raise (ValueError|SystemExit|TypeError)|sys\.exit\(\s*[12]|parser\.error\(|\.isdigit\(\)/,
  go: /flag\.Usage\(\)|os\.Exit\(\s*[12]\s*\)|log\.Fatal|errors\.New\(|fmt\.Errorf\(/,
  rust: /eprintln!|std::process::exit\(\s*[12]|\.parse::<|Err\(/,
  ruby: /abort\(|exit\(?\s*[12]|raise ArgumentError|Integer\(|rescue[ \t]+OptionParser::(?:InvalidOption|InvalidArgument|MissingArgument|AmbiguousOption|ParseError)\b/,
  java: /throw new IllegalArgumentException|System\.exit\(\s*[12]|Integer\.parseInt/,
  kotlin: /require\(|throw IllegalArgumentException|exitProcess\(\s*[12]/,
  csharp: /throw new ArgumentException|Environment\.Exit\(\s*[12]|int\.TryParse|Environment\.ExitCode\s*=\s*[12]/
};
var checksArguments = {
  name: "checksArguments",
  question: "Does a program that reads command-line arguments check them before use?",
  textPatterns: Object.values(READS_ARGS_PATTERNS),
  detect(evidence) {
    const out = [];
    for (const file of evidence.sourceFiles) {
      if (isTestFile(file)) continue;
      const language = languageOf(file);
      const reads = READS_ARGS[language];
      if (!reads || !evidence.mayMatch(file, READS_ARGS_PATTERNS[language])) continue;
      const code = evidence.code(file);
      if (!code || !reads.test(code)) continue;
      const lines = code.split("\n");
      const at = lines.findIndex((l) => CHECKS[language].test(l));
      if (at >= 0) out.push({ file, line: at + 1, message: "checks its command-line arguments", strength: "strong" });
    }
    return out;
  }
};

// src/detectors/checks-request-data.ts
var REJECTS = {
  js: /\.status\(\s*(?:400|422)\s*\)|\.code\(\s*(?:400|422)\s*\)|\bsendStatus\(\s*(?:400|422)\s*\)|\bctx\.throw\(\s*(?:400|422)\b|\bcreateError\(\s*(?:400|422)\b|\bthrow new (?:BadRequest|UnprocessableEntity|Validation)\w{0,20}(?:Exception|Error)\(|\bthrow new Http(?:Exception|Error)\([^)\n]{0,200}\b(?:400|422|BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bstatus:\s*(?:400|422)\b/,
  python: /\babort\(\s*(?:400|422)\b|\braise (?:HTTPException|HttpException)\([^)\n]{0,200}\b(?:400|422|HTTP_400\w*|HTTP_422\w*)\b|\bHttpResponseBadRequest\(|\bstatus=(?:400|422|status\.HTTP_400\w*|status\.HTTP_422\w*)\b|\braise (?:ValidationError|BadRequest)\(/,
  go: /\bhttp\.Status(?:BadRequest|UnprocessableEntity)\b|\bfiber\.Status(?:BadRequest|UnprocessableEntity)\b/,
  java: /\bResponseEntity\.badRequest\(\)|\bHttpStatus\.(?:BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bthrow new (?:BadRequest|Validation|IllegalArgument)\w{0,20}Exception\(/,
  kotlin: /\bResponseEntity\.badRequest\(\)|\bHttpStatus\.(?:BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bHttpStatusCode\.(?:BadRequest|UnprocessableEntity)\b|\bthrow (?:BadRequest|Validation|IllegalArgument)\w{0,20}Exception\(/,
  ruby: /\bstatus:\s*(?:400|422|:bad_request|:unprocessable_entity|:unprocessable_content)\b|\bhead[ (]\s*:bad_request\b|\bhalt(?:[ \t]*\([ \t]*|[ \t]+)(?:400|422)\b|\berror!\([^)\n]{0,200}\b(?:400|422)\b/,
  csharp: /\breturn (?:BadRequest|ValidationProblem|UnprocessableEntity)\(|\bResults\.(?:BadRequest|ValidationProblem|UnprocessableEntity)\(|\bStatusCodes\.Status(?:400BadRequest|422UnprocessableEntity)\b/,
  rust: /\bStatusCode::(?:BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bHttpResponse::BadRequest\(\)|\berror::ErrorBadRequest\(/
};
var ENVELOPE_REJECTS = {
  java: /\breturn[ \t]+[A-Z]\w{0,40}\.(?:ofFail|fail|failed|failure|validateFailed|error)[ \t]*\(/,
  kotlin: /\breturn[ \t]+[A-Z]\w{0,40}\.(?:ofFail|fail|failed|failure|validateFailed|error)[ \t]*\(/
};
var ENVELOPE_INPUT_CHECK = /\b(?:isBlank|isEmpty|isNotBlank|isNotEmpty|hasText|hasLength|isNullOrEmpty|isNullOrBlank)[ \t]*\(|[=!]=[ \t]*null\b|\.(?:length|size)\(\)[ \t]*[<>=!]|\.matches\(/;
var JS_ERROR_ANSWER = /\breturn[ \t]*\{[ \t]*error:[ \t]*['"`][^'"`\n]{0,80}?\b(?:[Rr]equired|[Ii]nvalid|[Mm]ust|[Mm]issing|[Ee]mpty|too (?:long|short))\b/;
var JS_SOCKET_ACK_ERROR = /\breturn[ \t]+(?:callback|cb|ack)\([ \t]*(?:\{[ \t]*)?(?:err|error)\b/;
var HANDLES_SOCKET_EVENTS = /\bsocket\.on\([ \t]*['"`]/;
var CHECK = /\bif\b|\bunless\b|\bguard\b|\?\?|\|\||&&/;
var HINT = /400|422|BadRequest|BAD_REQUEST|bad_request|Unprocessable|UNPROCESSABLE|unprocessable|Validation|IllegalArgument|ofFail|\.fail|validateFailed|error:|callback\(err|cb\(err|ack\(err/;
var HINT_PATTERN = HINT.source;
var checksRequestData = {
  name: "checksRequestData",
  question: "Do handlers check request data by hand and reject invalid input with a 400/422 answer, in several places?",
  textPatterns: [HINT_PATTERN],
  detect(evidence, options) {
    const minSites = typeof options.minSites === "number" ? options.minSites : 2;
    const sites = [];
    for (const file of evidence.sourceFiles) {
      if (isTestFile(file) || isScaffolding(file)) continue;
      const language = languageOf(file);
      const rejects = REJECTS[language];
      if (!rejects || !evidence.mayMatch(file, HINT_PATTERN)) continue;
      const code = evidence.code(file);
      if (!code || !HINT.test(code)) continue;
      const lines = code.split("\n");
      const envelope = ENVELOPE_REJECTS[language];
      const socketEvents = language === "js" && HANDLES_SOCKET_EVENTS.test(code);
      for (let i = 0; i < lines.length && sites.length < 10; i++) {
        const before = () => lines.slice(Math.max(0, i - 3), i + 1);
        if (rejects.test(lines[i])) {
          if (before().some((l) => CHECK.test(l))) sites.push({ file, line: i + 1, message: "rejects invalid request data by hand (400/422)", strength: "strong" });
        } else if (envelope?.test(lines[i]) && before().some((l) => CHECK.test(l) && ENVELOPE_INPUT_CHECK.test(l))) {
          sites.push({ file, line: i + 1, message: "rejects invalid request data by hand (a failure result after a check of the value)", strength: "strong" });
        } else if (language === "js" && (JS_ERROR_ANSWER.test(lines[i]) || socketEvents && JS_SOCKET_ACK_ERROR.test(lines[i])) && before().some((l) => CHECK.test(l))) {
          sites.push({ file, line: i + 1, message: "rejects invalid input by hand (an error answer after a check)", strength: "strong" });
        }
      }
      if (sites.length >= 10) break;
    }
    if (sites.length >= minSites) return sites.map((s) => ({ ...s, message: `${s.message}; ${sites.length >= 10 ? "10 or more" : sites.length} places` }));
    return sites.map((s) => ({ ...s, strength: "weak", message: `${s.message}; ${minSites} places needed for consistent checks` }));
  }
};

// src/detectors/ci-service-tests.ts
var import_yaml = __toESM(require_dist(), 1);
var GITHUB_WORKFLOW = /^\.(?:github|gitea|forgejo)\/workflows\/[^/]{1,200}\.ya?ml$/;
var GITLAB_CI = /^\.gitlab-ci\.ya?ml$|^\.gitlab\/ci\/[^\n]{1,200}\.ya?ml$/;
var DATA_SERVICE = /(?:^|[/_-])(?:postgres(?:ql)?|postgis|pgvector|timescaledb|mysql|mariadb|percona|mongo(?:db)?|redis(?:-stack)?|valkey|keydb|memcached|rabbitmq|kafka|redpanda|zookeeper|nats|elasticsearch|opensearch|cassandra|scylla|mssql|sqlserver|oracle(?:-xe|-free)?|db2|cockroach(?:db)?|clickhouse|couchdb|couchbase|neo4j|influxdb|minio|localstack|azurite|dynamodb(?:-local)?|etcd|consul|vault|ldap|openldap|mailhog|mailpit|meilisearch|typesense|solr|arangodb|surrealdb|questdb|pulsar|activemq|artemis)(?=$|[:/._-]|\d)/i;
function dataServices(services) {
  const out = [];
  const consider2 = (name, image) => {
    const img = typeof image === "string" ? image : "";
    if (DATA_SERVICE.test(img) || DATA_SERVICE.test(name)) out.push(img && !img.includes("${{") ? img : name);
  };
  if (Array.isArray(services)) {
    for (const s of services) {
      if (typeof s === "string") consider2(s, s);
      else if (s && typeof s === "object") consider2(String(s.name ?? ""), s.name);
    }
  } else if (services && typeof services === "object") {
    for (const [name, spec] of Object.entries(services)) consider2(name, typeof spec === "string" ? spec : spec?.image);
  }
  return out;
}
function parseYaml(text) {
  try {
    return (0, import_yaml.parse)(text, { uniqueKeys: false });
  } catch {
    return void 0;
  }
}
var ciServiceTests = {
  name: "ciServiceTests",
  question: "Does a CI job start a database, cache, broker or search engine as a service container (GitHub Actions or GitLab `services:`) and run the test suite in that same job, so the tests run against the real service?",
  detect(evidence) {
    const out = [];
    for (const file of evidence.files) {
      const github = GITHUB_WORKFLOW.test(file);
      if (!github && !GITLAB_CI.test(file)) continue;
      const text = evidence.text(file) ?? "";
      if (!text.includes("services:")) continue;
      const doc = parseYaml(text);
      if (!doc || typeof doc !== "object") continue;
      const jobs = github ? Object.entries(doc.jobs ?? {}) : Object.entries(doc).filter(([k, v]) => !k.startsWith(".") && v !== null && typeof v === "object" && !Array.isArray(v));
      const fileDefault = github ? [] : dataServices(doc.default?.services ?? doc.services);
      for (const [name, job] of jobs) {
        if (!job || typeof job !== "object") continue;
        const services = job.services !== void 0 ? dataServices(job.services) : fileDefault;
        if (!services.length) continue;
        const run = github ? evidence.ci.find((c) => c.file === file && c.job === name && runsTests(c.expanded)) : evidence.ci.find((c) => c.file === file && runsTests(c.expanded) && scriptOf(job).some((line) => c.text === line.trim()));
        if (!run) continue;
        out.push({ file, line: run.line, message: `CI runs the tests against real services its job starts (${services.slice(0, 3).join(", ")}): ${run.text.slice(0, 60)}`, strength: "strong" });
        if (out.length >= 3) return out;
      }
    }
    return out;
  }
};
function scriptOf(job) {
  const j = job;
  const lines = [];
  for (const key of ["before_script", "script"]) {
    const v = j[key];
    for (const item of Array.isArray(v) ? v : typeof v === "string" ? [v] : []) if (typeof item === "string") lines.push(...item.split("\n"));
  }
  return lines;
}

// src/evidence/yaml-once.ts
var import_yaml2 = __toESM(require_dist(), 1);
var KEPT = 64;
var parsed = /* @__PURE__ */ new Map();
function parseYamlWithMerges(text) {
  let outcome = parsed.get(text);
  if (!outcome) {
    try {
      outcome = { value: (0, import_yaml2.parse)(text, { merge: true }) };
    } catch (error) {
      outcome = { error };
    }
    if (parsed.size >= KEPT) parsed.delete(parsed.keys().next().value);
    parsed.set(text, outcome);
  }
  if ("error" in outcome) throw outcome.error;
  return outcome.value;
}

// src/detectors/python-packaging.ts
var SETUP_PY_EXCLUDE = /\bfind_(?:namespace_)?packages[ \t]*\([^)]{0,600}?\bexclude[ \t]*=[ \t]*[[(]([^\])]{0,600})[\])]/g;
function unshippedPythonFolders(evidence) {
  const lists = [];
  const setupPy = evidence.text("setup.py") ?? "";
  for (const m of setupPy.matchAll(SETUP_PY_EXCLUDE)) lists.push(m[1]);
  const pyproject = evidence.text("pyproject.toml") ?? "";
  const find = pyproject.indexOf("[tool.setuptools.packages.find]");
  if (find !== -1) {
    const section = pyproject.slice(find).split(/\n\[/)[0];
    const m = /^[ \t]*exclude[ \t]*=[ \t]*\[([^\]]{0,600})\]/m.exec(section);
    if (m) lists.push(m[1]);
  }
  const folders = /* @__PURE__ */ new Set();
  for (const list of lists) {
    for (const q of list.matchAll(/["']([A-Za-z_][\w-]{0,60})(?:\.\*|\*)?["']/g)) {
      const folder = `${q[1]}/`;
      if (evidence.files.some((f) => f.startsWith(folder))) folders.add(folder);
    }
  }
  const listed = /\bpackages[ \t]*=[ \t]*\[([^\]]{0,600})\]/.exec(setupPy);
  if (listed) {
    const shipped = new Set([...listed[1].matchAll(/["']([A-Za-z_]\w{0,60})(?:\.[\w.]{0,200})?["']/g)].map((q) => q[1]));
    for (const config of ["pytest.ini", "tox.ini", "setup.cfg", "pyproject.toml"]) {
      for (const m of (evidence.text(config) ?? "").matchAll(/^[ \t]*["']?DJANGO_SETTINGS_MODULE["']?[ \t]*[=:][ \t]*["']?([A-Za-z_]\w{0,60})\./gm)) {
        if (shipped.size && !shipped.has(m[1]) && evidence.files.some((f) => f.startsWith(`${m[1]}/`))) folders.add(`${m[1]}/`);
      }
    }
  }
  return [...folders];
}

// src/detectors/secret-use.ts
var NOT_SHOWN_USED = "not shown to be used by the running project";
function asReview(finding, why) {
  return { ...finding, message: `review: ${finding.message}; ${NOT_SHOWN_USED} (${why})`, strength: "weak" };
}
var LOOKUP_CALL = "(?:\\b(?:get|getProperty|getenv|Getenv|LookupEnv|getString|getValue|getOrDefault|getSecret|getConfig|getParameter|getHeader|getHeaderString|getFirstHeader|containsKey|hasKey|has|hasProperty|isSet|value|put|set|setProperty|remove|header|headers?\\.set|headers?\\.add|setHeader|addHeader|withHeader|putHeader|setRequestHeader|Header\\.Set|Header\\.Add|Header\\.Get)[ \\t]*\\([ \\t]*|\\b(?:environ|env|ENV|props|properties|headers|Headers)[ \\t]*\\[[ \\t]*)";
var CREDENTIAL_USE = /sign|hmac|jwt|key|secret|token|auth|passw|credential|crypt|cipher|bearer/i;
function usedAsKey(evidence, isRunning, file, name, line, asMaterial = false) {
  const source = `\\b${escapeRegExp(name)}\\b`;
  const names = new RegExp(source);
  const everyName = new RegExp(source, "g");
  const asLookupKey = new RegExp(`${LOOKUP_CALL}(?:[\\w$]{1,80}\\.){0,4}${escapeRegExp(name)}[ \\t]*[,)\\]]`, "g");
  for (const other of evidence.sourceFiles) {
    if (!isRunning(other) || !evidence.text(other)?.includes(name)) continue;
    const lines = (evidence.code(other) ?? "").split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (other === file && i === line - 1) continue;
      const text = lines[i];
      if (!text.includes(name) || !names.test(text)) continue;
      if (!names.test(text.replace(asLookupKey, ""))) continue;
      if (asMaterial ? KEY_MATERIAL_USE.test(text) : CREDENTIAL_USE.test(text.replace(everyName, "")) || /^\s*return\b/.test(text)) return true;
    }
  }
  return false;
}
var SECRET_SLOT_CALL = /\b(?:\w{0,30}[sS]ession|cookieSession|expressjwt|expressJwt|jwt|koaJwt|JwtModule\.register(?:Async)?|JwtStrategy|Strategy|super|register|passport\.use|useFactory|sign|verify)[ \t]*\(/g;
var SIGNING_OPTION = /^(?:secretOrKey|secretOrPrivateKey)$/;
function passedToSecretSlot(code, index, key) {
  if (SIGNING_OPTION.test(key)) return true;
  let depth = 0;
  for (let i = index - 1; i >= 0 && index - i < 1200; i--) {
    const c = code[i];
    if (c === "}") depth++;
    else if (c === "{" && depth-- === 0) {
      const before = code.slice(Math.max(0, i - 200), i);
      const calls = [...before.matchAll(SECRET_SLOT_CALL)];
      const last = calls[calls.length - 1];
      return last !== void 0 && /^[^;{}]{0,120}$/.test(before.slice(last.index + last[0].length));
    }
  }
  return false;
}
var SIGNING_CALL = "(?:\\b(?:jwt|jsonwebtoken|JWT|jose|Jwts?)\\.(?:sign|verify|encode|decode)|\\bSymmetricSecurityKey|\\bhmacShaKeyFor|\\bHMAC\\d{3}|\\bSecretKeySpec|\\bfrom_secret|\\bSignedString|\\bsetSigningKey|\\bsignWith|\\bcreateHmac|\\bhmac\\.new|\\bHmac\\w{0,20}|\\bcreateCipheriv|\\bcookieParser|\\bcookieSession)[ \\t]*\\(";
var KEY_MATERIAL_USE = new RegExp(`${SIGNING_CALL}|\\b(?:GetBytes|getBytes|Buffer\\.from)[ \\t]*\\(|\\[\\]byte[ \\t]*\\(`);
function usedToSign(evidence, name, files) {
  const escaped = escapeRegExp(name);
  const use = new RegExp(`${SIGNING_CALL}[^;\\n]{0,200}\\b${escaped}\\b|\\b(?:secret|secretOrKey|secretOrPrivateKey|jwtSecret|signingKey|keys)[ \\t]*:[ \\t]*\\[?[\\w.]{0,80}\\b${escaped}\\b`);
  return files.some((f) => {
    const code = evidence.code(f);
    return code !== void 0 && code.includes(name) && use.test(code);
  });
}
var DJANGO_SETTINGS_FILE = /(^|\/)(?:settings\.py|settings\/[\w-]{1,80}\.py)$/;
function djangoSecretSlot(evidence, file, code, name) {
  return name === "SECRET_KEY" && djangoSettingsModule(evidence, file, code);
}
function djangoSettingsModule(evidence, file, code) {
  if (!file.endsWith(".py") || !/\bINSTALLED_APPS\b|\bMIDDLEWARE\b|\bROOT_URLCONF\b/.test(code)) return false;
  if (DJANGO_SETTINGS_FILE.test(file)) return true;
  const module = file.slice(0, -3).replace(/\//g, ".");
  const tail = module.slice(module.lastIndexOf(".", module.lastIndexOf(".") - 1) + 1);
  return evidence.sourceFiles.some((f) => /DJANGO_SETTINGS_MODULE/.test(evidence.text(f) ?? "") && (evidence.text(f) ?? "").includes(tail));
}
function yamlParents(code, index) {
  const lineStart = code.lastIndexOf("\n", index - 1) + 1;
  let indent = /^[ \t]*(?:-[ \t]+)?/.exec(code.slice(lineStart, lineStart + 200))[0].length;
  const parents = [];
  const before = code.slice(0, lineStart).split("\n");
  for (let i = before.length - 1; i >= 0 && indent > 0; i--) {
    const m = /^([ \t]*)(?:-[ \t]+)?([\w.-]{1,80}):[ \t]*(?:#.*)?$/.exec(before[i]);
    if (m && m[1].length < indent) {
      parents.unshift(m[2]);
      indent = m[1].length;
    }
  }
  return parents;
}
function jsonParents(code, index) {
  const parents = [];
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const c = code[i];
    if (c === "}" || c === "]") depth++;
    else if ((c === "{" || c === "[") && depth-- === 0) {
      depth = 0;
      const m = /"([\w.:-]{1,120})"[ \t]*:[ \t\r\n]*$/.exec(code.slice(Math.max(0, i - 200), i));
      if (m) parents.unshift(m[1]);
    }
  }
  return parents;
}
var wordsOf = (key) => key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_.:-]+/).filter(Boolean).map((w) => w.toLowerCase());
function frameworkSetting(file, path3) {
  const leaf = path3[path3.length - 1];
  if (/^secret_key_base$|^secret_token$/.test(leaf) && /(^|\/)config\/[\w.-]{1,80}\.ya?ml$/.test(file)) return true;
  return path3[0] === "spring" && /(^|\/)src\/main\/resources\//.test(file);
}
var SPRING_SETTINGS = /(^|\/)src\/main\/resources\/(?:[\w-]{1,80}\/)?(?:application|bootstrap)(?:-[\w-]{1,40})?\.(?:ya?ml|properties)$/;
var SIGNING_LEAF = /jwt|sign/i;
function starterSetting(evidence, file, path3, signs) {
  if (!SPRING_SETTINGS.test(file)) return false;
  const parts = path3.flatMap((p) => p.split(".")).filter(Boolean);
  const prefix = parts[0]?.toLowerCase();
  if (parts.length < 2 || prefix === void 0 || prefix === "spring" || prefix.length < 3) return false;
  if (signs && !SIGNING_LEAF.test(parts[parts.length - 1])) return false;
  const own2 = ownBuildModules(evidence);
  return evidence.dependencies.some((d) => {
    if (d.ecosystem !== "maven") return false;
    const artifact = d.name.slice(d.name.lastIndexOf(":") + 1).toLowerCase();
    if (artifact !== prefix && !artifact.startsWith(`${prefix}-`)) return false;
    return !own2.has(artifact);
  });
}
var MODULE_BUILD_FILE = /(?:^|\/)([^/]+)\/(?:pom\.xml|build\.gradle(?:\.kts)?)$/i;
var ownBuildModules = oncePerEvidence((evidence) => {
  const own2 = /* @__PURE__ */ new Set();
  for (const f of evidence.files) {
    const m = MODULE_BUILD_FILE.exec(f);
    if (m) own2.add(m[1].toLowerCase());
  }
  return own2;
});
function settingReadByCode(evidence, isRunning, file, path3, alsoIn) {
  if (frameworkSetting(file, path3) || starterSetting(evidence, file, path3, alsoIn !== void 0)) return true;
  const leaf = path3[path3.length - 1];
  const tails = [];
  const parts = path3.flatMap((p) => p.split(/[.:]/)).filter(Boolean);
  for (let k = 2; k <= parts.length; k++) {
    const tail = parts.slice(parts.length - k);
    tails.push(tail.join("."), tail.join(":"), tail.join("__"));
  }
  const leafWords = wordsOf(leaf);
  const field = leafWords.length >= 2 ? new RegExp(`\\b${leafWords.join("[_-]?")}\\b`, "i") : void 0;
  const parent = parts.length >= 2 ? parts[parts.length - 2] : void 0;
  const section = parent ? new RegExp(`['"\`]${escapeRegExp(parent)}['"\`]`, "i") : void 0;
  const oneWord = new RegExp(`\\b${escapeRegExp(leaf)}\\b`);
  return evidence.sourceFiles.some((f) => {
    if (f === file || !isRunning(f)) return false;
    const code = evidence.code(f);
    if (!code || alsoIn !== void 0 && !alsoIn.test(code)) return false;
    if (tails.some((t) => code.includes(t) && new RegExp(`(?<![\\w.:-])${escapeRegExp(t)}(?![\\w-])`, "i").test(code))) return true;
    if (field?.test(code)) return true;
    return section !== void 0 && section.test(code) && oneWord.test(code);
  });
}
function loadedByFrameworkDefault(evidence, isRunning, keyFile) {
  if (!/(^|\/)tempkey\.(?:jwk|rsa)$/.test(keyFile)) return false;
  return evidence.sourceFiles.some((f) => f.endsWith(".cs") && isRunning(f) && (evidence.text(f) ?? "").includes("AddDeveloperSigningCredential("));
}

// src/detectors/committed-secrets.ts
var JWK_PRIVATE = /"[dD]"[ \t]*:[ \t]*"[A-Za-z0-9_-]{40,}"/;
var RSA_PARAMETERS_PRIVATE = /"D"[ \t]*:[ \t]*"[A-Za-z0-9+/=_-]{40,}"/;
var RSA_XML_PRIVATE = /<D>[A-Za-z0-9+/=\s]{40,}<\/D>/;
var PRIVATE_KEY = /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----\s*\n[A-Za-z0-9+/=\s]{40,}/;
var PRIVATE_KEY_ALL = new RegExp(PRIVATE_KEY.source, "g");
var DOC_COMMENT_LINE = /^[ \t]*(?:\/\/[/!]|\*(?!\/))/;
function inDocumentationComment(text, index, length) {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const lines = text.slice(start, index + length).split("\n").filter((line, i, all) => i < all.length - 1 || line.trim() !== "");
  return lines.length > 1 && lines.every((line) => DOC_COMMENT_LINE.test(line));
}
var TEST_KEY_NAME = /(?:^|[^A-Za-z])(?:TEST|FAKE|DUMMY|MOCK|EXAMPLE|SAMPLE|PLACEHOLDER|test|fake|dummy|mock|example|sample|placeholder)S?(?:[A-Z_0-9]|[^A-Za-z]|$)|[a-z0-9](?:Test|Fake|Dummy|Mock|Example|Sample|Placeholder)(?:[A-Z_0-9]|[^A-Za-z]|$)/;
function namedAsTestKey(text, index) {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const prevStart = lineStart > 0 ? text.lastIndexOf("\n", lineStart - 2) + 1 : lineStart;
  const before = text.slice(Math.max(prevStart, index - 300), index);
  const eq = before.lastIndexOf("=");
  if (eq < 0 || !/^[ \t\r\n([{]{0,20}(?:[rbu]?['"`])?[ \t\r\n]{0,20}$/.test(before.slice(eq + 1))) return false;
  let left = before.slice(0, eq).replace(/:$/, "");
  const colon = left.lastIndexOf(":");
  if (colon >= 0 && !left.slice(colon).includes("\n")) left = left.slice(0, colon);
  const name = /(\w{1,80})[ \t]{0,10}$/.exec(left.slice(-100));
  return name !== null && TEST_KEY_NAME.test(name[1]);
}
var CERTIFICATE_BEGIN = "-----BEGIN CERTIFICATE-----";
var CERTIFICATE_END = "-----END CERTIFICATE-----";
var SAMPLE_SUBJECT_WORD = /(?:^|[^A-Za-z])(?:samples?|examples?|demo|dummy|snakeoil|fake|test)(?:[^A-Za-z]|$)/i;
function sampleCertificateName(text) {
  for (let at = text.indexOf(CERTIFICATE_BEGIN); at >= 0; at = text.indexOf(CERTIFICATE_BEGIN, at + 1)) {
    const end = text.indexOf(CERTIFICATE_END, at);
    if (end < 0 || end - at > 12e3) continue;
    const body = text.slice(at + CERTIFICATE_BEGIN.length, end).replace(/\\[nr]/g, "").replace(/[^A-Za-z0-9+/=]/g, "");
    const named = derStrings(Buffer.from(body, "base64")).find((s) => SAMPLE_SUBJECT_WORD.test(s));
    if (named !== void 0) return named;
  }
  return void 0;
}
function derStrings(der) {
  const out = [];
  for (let i = 0; i + 2 < der.length; i++) {
    const tag = der[i];
    const length = der[i + 1];
    if (tag !== 12 && tag !== 19 && tag !== 22 || length < 3 || length > 127 || i + 2 + length > der.length) continue;
    const value = der.subarray(i + 2, i + 2 + length).toString("latin1");
    if (/^[\x20-\x7e]+$/.test(value)) out.push(value);
  }
  return out;
}
var GOOGLE_API_KEY = "a Google API key";
function isBrowserGoogleKey(file, code, index) {
  if (/(^|\/)(google-services\.json|GoogleService-Info\.plist)$/.test(file)) return true;
  const lineStart = code.lastIndexOf("\n", index - 1) + 1;
  const lineEnd = code.indexOf("\n", index);
  const line = code.slice(lineStart, lineEnd < 0 ? void 0 : lineEnd);
  if (/^[ \t]*(?:export[ \t]+)?(?:VITE|REACT_APP|NEXT_PUBLIC|EXPO_PUBLIC|GATSBY|NUXT_PUBLIC|PUBLIC)_\w{1,80}[ \t]*=/.test(line)) return true;
  if (/maps\.googleapis\.com\/maps\/api\/js\?[^\s"'<>]{0,200}key=$/.test(line.slice(0, index - lineStart))) return true;
  const around = code.slice(Math.max(0, index - 400), index + 400);
  return /\bapiKey\b/.test(around) && /\bauthDomain\b|firebaseapp\.com/.test(around);
}
function assignedName(code, index) {
  const lineStart = code.lastIndexOf("\n", index - 1) + 1;
  const m = /([A-Za-z_]\w{0,80})['"]?[ \t]*(?::|=>|:?=)[ \t]*['"`]?$/.exec(code.slice(Math.max(lineStart, index - 120), index));
  return m?.[1];
}
var HANDS_TO_PAGE = /\bcontext(?:\[|\.update\(|[ \t]*=[ \t]*\{)|\brender(?:_template|_to_string)?\(|\bres\.(?:render\(|locals\b)|\{\{|<%=|<script\b/;
function handedToPage(evidence, name, definedIn) {
  const word = new RegExp(`(?:^|[^\\w])${name}(?!\\w)`);
  return evidence.files.some((f) => {
    if (isTestFile(f) || isDocFile(f)) return false;
    const text = evidence.code(f) ?? evidence.text(f);
    if (!text || !text.includes(name)) return false;
    return text.split("\n").some((l) => l.includes(name) && word.test(l) && HANDS_TO_PAGE.test(l) && !(f === definedIn && /^[ \t]*\w+[ \t]*=[ \t]*['"]AIza/.test(l)));
  });
}
var PROVIDER_TOKENS = [
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, "a GitHub token", "/\\bgh[pousr]_/i"],
  [/\bxox[baprs]-[A-Za-z0-9-]{10,}\b/, "a Slack token", "/\\bxox[baprs]-/i"],
  [/\bsk_live_[A-Za-z0-9]{20,}\b/, "a Stripe live key", "/sk_live_/i"],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, GOOGLE_API_KEY, "/\\bAIza/i"]
];
var AWS_KEY_ID_ALL = /\bAKIA[0-9A-Z]{16}\b/g;
var PROVIDER_TOKENS_ALL = PROVIDER_TOKENS.map(([re, what, hint]) => [new RegExp(re.source, "g"), what, hint]);
function isSampleToken(token) {
  if (/example/i.test(token)) return true;
  let ascending = 1;
  let same = 1;
  for (let i = 1; i < token.length; i++) {
    const step = token.charCodeAt(i) - token.charCodeAt(i - 1);
    ascending = step === 1 && /[a-z0-9]/i.test(token[i]) ? ascending + 1 : 1;
    same = step === 0 && /[a-z0-9]/i.test(token[i]) ? same + 1 : 1;
    if (ascending >= 8 || same >= 8) return true;
  }
  return false;
}
function besideItsOwnPattern(code, token) {
  const prefix = /^[A-Za-z]{2,8}[_-](?:[a-z]{2,6}_)?|^[A-Za-z]{4}/.exec(token)?.[0];
  if (!prefix) return false;
  const stem = prefix.replace(/[A-Za-z][_-]?$/, "");
  const pattern = new RegExp(`${escapeRegExp(prefix)}[\\[(\\\\]${stem.length >= 2 ? `|${escapeRegExp(stem)}\\[[A-Za-z]{2,8}\\][_-]?` : ""}`);
  return pattern.test(code);
}
var AWS_SECRET_NEARBY = /(secret_?access_?key|SecretAccessKey|aws_secret)\W{1,6}[A-Za-z0-9/+=]{40}\b/i;
var SIGNING_KEY_CONSTANT = "a hard-coded signing key constant";
var CONFIG_SECRET = "a hard-coded secret set on the configuration";
var CONFIG_ENTRY = "a hard-coded secret in configuration";
var SECRET_KEY_ASSIGNMENT = "a hard-coded secret key";
var SECRET_EXPORT = "a hard-coded secret export";
var HTTP_HEADER_NAME = /^(?:(?=[^]{0,200}[A-Z][a-z])(?:[A-Z]{1,4}|[A-Z][a-z0-9]{1,20})(?:-(?:[A-Z]{1,4}|[A-Z][a-z0-9]{1,20})){1,6}|[xX]-[a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,5})$/;
var INTERPOLATED = /#\{|\$\{|\{\{/;
var PROPERTY_PATH = /^[a-z]{2,30}(?:[-_][a-z]{2,30}){0,3}(?:\.[a-z][a-zA-Z]{1,30}(?:[-_][a-zA-Z]{2,30}){0,3}){2,12}$/;
var WEB_PAGE = /^https?:\/\/[\w.-]{1,200}(?::\d{1,5})?(?:[/?#][^\s@]{0,300})?$/;
var KEY_IN_ADDRESS = /[?&](?:[\w-]{0,40}(?:key|token|secret|sig|signature|password|auth)[\w-]{0,40})=/i;
var FORMAT_PLACEHOLDER = /\{\d{1,2}\}|%[sdv]\b/;
var namesAPageOrEvent = (value) => WEB_PAGE.test(value) && !KEY_IN_ADDRESS.test(value) || FORMAT_PLACEHOLDER.test(value);
var URN = /^urn:[a-z0-9][\w-]{0,31}:[^\s]{1,200}$/i;
var TYPE_NAME = /^(?:String|string|str|Str|int|Int|Integer|integer|bool|Bool|boolean|Boolean|number|Number|float|Float|double|Double|object|Object|any)$/;
var spelledAsAName = (value) => TYPE_NAME.test(value) || PROPERTY_PATH.test(value) || URN.test(value) || HTTP_HEADER_NAME.test(value) || ROUTE_PATH.test(value);
var WORDS_JOINED = /^(?:[A-Za-z]{1,40}\d{0,4}|\d{1,8})(?:[-_.:/ ](?:[A-Za-z]{1,40}\d{0,4}|\d{1,8})){1,20}$/;
var ONE_WORD = /^[A-Za-z][A-Za-z]{0,80}\d{0,4}$/;
var wordShaped = (value) => ONE_WORD.test(value) || WORDS_JOINED.test(value);
function entropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= n / value.length * Math.log2(n / value.length);
  return bits;
}
function spellsAnAlphabet(value) {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 8) return true;
  }
  return false;
}
function isTestVector(value) {
  if (value.length >= 8 && /^(.)\1+$/.test(value)) return true;
  if (value.length < 16 || value.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(value)) return false;
  for (let i = 2; i < value.length; i += 2) {
    if (parseInt(value.slice(i, i + 2), 16) !== (parseInt(value.slice(i - 2, i), 16) + 1) % 256) return false;
  }
  return true;
}
function secretShaped(value) {
  if (value.length < 12 || WORDS_JOINED.test(value) || spellsAnAlphabet(value)) return false;
  if (/^(?=[^]{0,300}\d)(?=[^]{0,300}[a-f])[0-9a-f]{16,300}$/i.test(value) || looksGenerated(value)) return true;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/].filter((re) => re.test(value)).length;
  return value.length >= 16 && classes >= 3 && entropy(value) >= 3.5;
}
var WORD_VALUE = "its value does not look generated, and it is not handed straight to a signing call";
var ROOT_PACKAGE = /^(?:[^/]{1,100}\.gemspec|pyproject\.toml|setup\.py)$/;
var TYPED_SECRET_CONSTANT = /^[ \t]*(?:(?:public|private|internal|protected|static|readonly|final|const|export|let|var|val|string|String|str)[ \t]+)+(?::[ \t]*)?((?=\w*(?:SECRET|Secret|(?:JWT|SIGNING|AUTH)_?(?:KEY|Key)\b))\w+)\s*(?::\s*\w+\s*)?=\s*(['"`])([^'"`\s]{16,})\2/m;
var TYPED_SECRET_NAME_WORDS = ["SECRET", "Secret", "JWT", "SIGNING", "AUTH"];
var SECRET_PROPERTY_ASSIGNMENT = /^[ \t]*(?:this\.)?((?=[A-Za-z]\w{0,60}(?:Secret|SECRET)[ \t]*=)[A-Za-z]\w{0,80})[ \t]*=[ \t]*@?(["'])([^"'\s]{16,200})\2[ \t]*[;,]?[ \t]*$/m;
var SECRET_PROPERTY_WORDS = ["Secret", "SECRET"];
var PROPERTY_ASSIGNING_FILE = /\.(?:cs|java|kt|kts|scala|groovy|swift|dart)$/;
var UPPER_CASE_SECRET_CONSTANT = /^[ \t]*((?=[A-Z0-9_]{0,60}(?:SECRET|(?:JWT|SIGNING|AUTH)_?KEY\b))[A-Z][A-Z0-9_]{0,80})[ \t]*=[ \t]*(['"])([^'"\s]{16,})\2/m;
var UPPER_CASE_SECRET_NAME_WORDS = ["SECRET", "JWT", "SIGNING", "AUTH"];
var SETTINGS_CREDENTIAL = /^((?![A-Z0-9_]{0,80}SECRET)(?=[A-Z0-9_]{0,80}(?:API_?KEY|TOKEN|PASSWORD|PASSWD)[ \t]*=)[A-Z][A-Z0-9_]{0,80})[ \t]*=[ \t]*(['"])(?!AIza)([^'"\s]{8,200})\2/m;
var SETTINGS_CREDENTIAL_WORDS = ["API_KEY", "APIKEY", "TOKEN", "PASSWORD", "PASSWD"];
var SETTINGS_MODULE_FILE = /(^|\/)(?:settings(?:_[\w-]{1,40})?\.py|settings\/[\w-]{1,80}\.py)$/;
var SETTINGS_CREDENTIAL_FOUND = "a hard-coded credential in the settings module";
var UNTYPED_CONSTANT_FILE = /\.(?:py|rb)$/;
var LITERAL_SECRETS = [
  // jwt.sign(p, 'literal') in JS, jwt.encode(p, 'literal') in Python, JWT.encode(p, 'literal') in Ruby. A payload
  // written as a literal is one argument, braces and all: a string that is a key inside it (`JWT.encode({ "sub" => id,
  // "content_id" => …`) is no secret.
  [/\b(?:jwt|jsonwebtoken|JWT)\.(?:sign|verify|encode|decode)\s*\((?:\s*\{[^{}]{0,400}\}\s*|[^,(){}]{1,200}(?:\([^)]{0,200}\))?),\s*(['"`])([^'"`\s]{6,})\1/, "a hard-coded JWT signing secret", "/jwt\\.(?:sign|verify|encode|decode)|jsonwebtoken\\./i"],
  // A literal handed straight to a signing-key constructor: new SymmetricSecurityKey("…"u8.ToArray()) or
  // (Encoding.UTF8.GetBytes("…")) in C#, Keys.hmacShaKeyFor / Algorithm.HMAC256 / new SecretKeySpec in Java,
  // EncodingKey::from_secret(b"…") in Rust, SignedString([]byte("…")) in Go.
  [/\b(?:SymmetricSecurityKey|hmacShaKeyFor|HMAC256|HMAC384|HMAC512|SecretKeySpec|from_secret|SignedString|setSigningKey)[ \t]*\([ \t\r\n]{0,40}(?:(?:\[\]byte|[\w.]{1,60})[ \t]*\([ \t]*)?(?:b|u8)?(['"])([^'"\s]{8,200})\1/, "a hard-coded signing key", "SymmetricSecurityKey|hmacShaKeyFor|HMAC256|HMAC384|HMAC512|SecretKeySpec|from_secret|SignedString|setSigningKey"],
  [/\b(secret|secretOrKey|secretOrPrivateKey|jwtSecret|sessionSecret|signingKey)\s*:\s*(['"`])([^'"`\s]{6,})\2/i, CONFIG_ENTRY],
  [/^[ \t]*(SECRET_KEY|JWT_SECRET(?:_KEY)?|SESSION_SECRET|SIGNING_KEY)\s*=\s*(['"])([^'"\s]{6,})\2[ \t]*$/m, SECRET_KEY_ASSIGNMENT, "SECRET_KEY|JWT_SECRET|SESSION_SECRET|SIGNING_KEY"],
  // A signing or session secret set on the framework's configuration object in code: Devise's and Rails'
  // initializers (`config.secret_key = '…'`, `config.secret_key_base = '…'`), Flask (`app.secret_key = '…'`,
  // `app.config['SECRET_KEY'] = '…'`). An initializer or app module is the base configuration production loads.
  [/\b(?:config|app|application|settings|server)(?:\.(secret_key(?:_base)?|secret_token|session_secret|cookie_secret|jwt_secret(?:_key)?|signing_key)|\.config\[[ \t]*['"](SECRET_KEY|JWT_SECRET_KEY|SESSION_SECRET|SECRET_KEY_BASE)['"][ \t]*\])[ \t]*=[ \t]*(['"])([^'"\s]{8,200})\3/i, CONFIG_SECRET, "/\\.(?:secret_key|secret_token|session_secret|cookie_secret|jwt_secret|signing_key)|SECRET_KEY|JWT_SECRET_KEY|SESSION_SECRET/i"],
  // CommonJS exports, as compiled build output has them: exports.SECRET = '…', module.exports.jwtSecret = '…'.
  [/^[ \t]*(?:module\.)?exports\.(\w{0,40}(?:SECRET|Secret|secret)\w{0,40}|\w{0,40}(?:JWT|SIGNING)_?(?:KEY|Key))[ \t]*=[ \t]*(['"`])([^'"`\s]{6,})\2/m, SECRET_EXPORT, "exports\\."],
  // Constants in typed languages; a long value only, so names like SECRET_HEADER = "X-Secret" stay out.
  [TYPED_SECRET_CONSTANT, SIGNING_KEY_CONSTANT, void 0, TYPED_SECRET_NAME_WORDS],
  [UPPER_CASE_SECRET_CONSTANT, SIGNING_KEY_CONSTANT, void 0, UPPER_CASE_SECRET_NAME_WORDS, UNTYPED_CONSTANT_FILE],
  [SETTINGS_CREDENTIAL, SETTINGS_CREDENTIAL_FOUND, void 0, SETTINGS_CREDENTIAL_WORDS, SETTINGS_MODULE_FILE],
  [SECRET_PROPERTY_ASSIGNMENT, SIGNING_KEY_CONSTANT, void 0, SECRET_PROPERTY_WORDS, PROPERTY_ASSIGNING_FILE]
];
function spellsItsName(name, value) {
  if (!/^[a-z0-9]+(?:[-_.:][a-z0-9]+)*$/.test(value) || /JWT|SIGNING|KEY/i.test(name)) return false;
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split("_").filter(Boolean);
  if (words.length === 0 || !words.every((w) => value.includes(w))) return false;
  let rest = value;
  for (const w of words) rest = rest.replace(w, "");
  return rest.replace(/[^a-z]/g, "").length <= 3;
}
var OPTION_NAME_WORDS = ["option", "options", "opt", "flag", "arg", "argument", "param", "parameter", "field", "setting", "claim", "header", "property", "attribute", "column"];
var NAME_WORDS = /* @__PURE__ */ new Set(["name", "names", "ref", "refs", "reference", "id", "ids", "arn", "alias", "label", ...OPTION_NAME_WORDS]);
var RESOURCE_NAME = /^[a-z0-9]+(?:[-_./:][a-z0-9]+)+$/;
function namesASecret(name, value) {
  const last = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").split(/[_.-]/).filter(Boolean).pop()?.toLowerCase();
  return last !== void 0 && NAME_WORDS.has(last) && RESOURCE_NAME.test(value);
}
var LITERAL_SECRETS_ALL = LITERAL_SECRETS.map(([re, what, hints, words, files]) => [new RegExp(re.source, `${re.flags}${words ? "y" : "g"}`), what, hints, words, files]);
var endsLine = (c) => c === 10 || c === 13 || c === 8232 || c === 8233;
function* matchesOnLinesWith(text, sticky, words) {
  const starts = /* @__PURE__ */ new Set();
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      let start = at;
      while (start > 0 && !endsLine(text.charCodeAt(start - 1))) start--;
      starts.add(start);
    }
  }
  let end = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (start < end) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m) {
      yield m;
      end = Math.max(start + 1, start + m[0].length);
    }
  }
}
var MENTIONS_SECRET = /secret|jwt|signing|SignedString|auth_?key|cookieParser|cookies|cookieSession|\.keys\b|SymmetricSecurityKey|hmacShaKeyFor|HMAC\d/i;
var SECRET_HINTS = "/-----BEGIN|InverseQ|<RSAKeyValue>|\\bgh[pousr]_|\\bxox[baprs]-|sk_live_|\\bAIza|\\bAKIA|secret|jwt|signing|SignedString|auth_?key|cookieParser|cookies|cookieSession|\\.keys\\b|SymmetricSecurityKey|hmacShaKeyFor|HMAC\\d/i";
var PLACEHOLDER = /^(change[-_]?(me|this|it)[\w.-]*|changeit|secret|your[-_].*|xxx+|example\w*|placeholder|dummy|test\w*|dev\w*|<.*>|\$\{?.*\}?|\{\{.*\}\}|replace[-_]?me|todo|\*+|\.\.\.)$/i;
var ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
var SECRET_REFERENCE = /^(?:(?:op|vault|sm|gcpsm|awssm|azurekv|keyvault|ssm|secretsmanager):\/\/[^@\s]{1,300}|vault:[\w/.-]{1,200}|arn:aws[\w-]{0,20}:(?:secretsmanager|ssm):[^\s]{1,300}|projects\/[\w-]{1,100}\/secrets\/[^\s]{1,200}|\{\{resolve:(?:secretsmanager|ssm)[^\s]{0,300})$/i;
var ASKS_FOR_A_VALUE = /(?:^|[^a-z])your|Your|(?:^|[^a-z])here$|Here$/;
var SAYS_PLACEHOLDER = /(?:^|[^a-z])(?:placeholder|(?:change|replace)[-_ ]?(?:me|this|it))(?:[^a-z]|$)/i;
var ROUTE_PARAMETER = /^:[A-Za-z_]\w{0,60}$/;
var isPlaceholder = (value) => PLACEHOLDER.test(value) || ROUTE_PARAMETER.test(value) || SAYS_PLACEHOLDER.test(value) || ENV_NAME.test(value) || SECRET_REFERENCE.test(value) || ASKS_FOR_A_VALUE.test(value);
var ENV_OVERRIDE = /process\.env|os\.environ|os\.getenv|getenv|ENV\[|ENV\.fetch|env\(|config\(|Environment\.|System\.getenv|env::var|os\.Getenv|LookupEnv/;
var ENV_OVERRIDE_HINTS = ENV_OVERRIDE.source;
var SESSION_SECRET = /\b\w{0,30}[sS]ession\([ \t]*\{[^}]{0,400}?\bsecret[ \t]*:[ \t]*(['"`])([^'"`\n]{1,200})\1|\bcookieParser\([ \t]*(['"`])([^'"`\n]{1,200})\3/g;
var COOKIE_KEYS = /\b(?:cookies[ \t]*:|cookieSession\()[ \t]*\{[^}]{0,400}?\bkeys[ \t]*:[ \t]*\[\s{0,20}(['"`])([^'"`\n]{1,200})\1|\bapp\.keys[ \t]*=[ \t]*\[\s{0,20}(['"`])([^'"`\n]{1,200})\3/g;
var SESSION_SLOTS = [
  [SESSION_SECRET, "a session secret"],
  [COOKIE_KEYS, "a cookie signing key"]
];
var SESSION_SECRET_HINTS = "/session\\(|cookieParser|cookies|\\.keys/i";
function insideQuotedText(code, index) {
  let open;
  for (let i = code.lastIndexOf("\n", index - 1) + 1; i < index; i++) {
    const c = code[i];
    if (open !== void 0 && c === "\\") i++;
    else if (open === void 0 ? c === "'" || c === '"' || c === "`" : c === open) open = open === void 0 ? c : void 0;
  }
  return open !== void 0;
}
var PROPERTIES_SETTING = /^[ \t]*([\w.-]{1,160})[ \t]*[=:][ \t]*([^\s'"#!][^\s]{7,200})[ \t]*$/gm;
var YAML_SETTING = /^[ \t]*(?:-[ \t]+)?([\w.-]{1,160}):[ \t]+([^\s'"#&*!|>{}[\],%@`][^\s#]{7,200})[ \t]*(?:#[^\n]*)?$/gm;
var NAMES_A_SECRET = /secret/i;
var NOT_A_SECRET_KEY = /(?:name|ref|file|path|id|arn|env|var|type|length|size|ttl|expir[a-z]{0,12}|enabled|version|manager|store|provider|mount|dir|location|header|prefix|source|mode|policy|rotation|backend|class|keyref|template)$/i;
var NOT_A_SECRET_VALUE = /^(?:true|false|yes|no|on|off|null|none|~|\d+|[a-z][\w+.-]*:\/\/.*|\/.*|classpath:.*|\{\{.*|%\(.*|<.*)$/i;
var SETTINGS_FILE = /\.(properties|ya?ml|ini)$/i;
var PROPERTIES_SHORT_SECRET = /^[ \t]*([\w.-]{0,150}secret)[ \t]*[=:][ \t]*([^\s'"#!;][^\s]{0,6})[ \t]*$/gim;
var YAML_SHORT_SECRET = /^[ \t]*(?:-[ \t]+)?([\w.-]{0,150}secret):[ \t]+([^\s'"#&*!|>{}[\],%@`][^\s#]{0,6})[ \t]*(?:#[^\n]*)?$/gim;
var PASSWORD_KEY = /(?:PASSWORD|PASSWD|PASS|PWD)$/i;
var SELF_DESCRIBING = /local|dev|test|change|example|sample|default|passw|postgres|mysql|maria|mongo|redis|rabbit|guest|root|admin|demo|docker|compose/i;
var COMPOSE_NAME = "(?:[\\w.-]{0,80}[-_.])?compose(?:[-_.][\\w.-]{0,80})?\\.ya?ml";
var COMPOSE_FILE = new RegExp(`(^|\\/)${COMPOSE_NAME}$`);
var SKIP = new RegExp(`(^|\\/)(\\.env\\.(example|sample|template|dist|test)|\\.env\\.local\\.example|${COMPOSE_NAME}|[\\w.-]*\\.example(\\.\\w+)?|[\\w.-]*\\.sample)$`, "i");
var CONFIG_TEMPLATE = /(^|\/)(?:(?![^/]{0,160}\.html?\.)[\w.-]{1,160}\.(?:template|dist)(?:\.(?:ya?ml|json|toml|ini|conf|cfg|properties|env|xml))?|[\w.-]{0,160}\.(?:ya?ml|json|toml|ini|conf|cfg|properties|env|xml)\.(?:tmpl|tpl)|[\w.-]{0,80}(?:config|conf|settings|secrets?|credentials|\.env)[\w.-]{0,80}\.(?:tmpl|tpl))$/i;
var SAMPLE_NAMED = /(^|\/)(?:[^/]{0,120}[-_.])?(?:samples?|examples?|dummy|fake|bench(?:marks?)?)(?:[-_.][^/]{0,120})?$/i;
var isSettingsSample = (file) => SKIP.test(file) || CONFIG_TEMPLATE.test(file) || SAMPLE_NAMED.test(file);
var NOT_RUNNING = inFolderNamed(
  [
    ...TEST_DATA_FOLDERS,
    ...["test[-_]data", "stubs?", "mocks?"],
    // wider than the shared group: test data under any name
    ...SAMPLE_FOLDERS,
    ...["quick[-_]?start", "getting[-_]started"],
    // a demo setup, like a sample app
    // Beyond the sample folders (which name demo modules such as sa-token-demo/ and docker-compose-examples/): a demo/
    // and a library's sandbox/ or playground/ of apps that exercise it show the project in use. A secret in the
    // product's own demo mode or a sandbox/ of its own code is the cheaper error to make.
    ...["demo", "sandbox(?:es)?", "playgrounds?"],
    ...BENCHMARK_FOLDERS,
    "\\.storybook"
    // a component workshop's configuration: a development tool, not the shipped program
  ],
  "i"
);
var TRANSLATIONS = /(^|\/)(?:locales?|i18n|l10n|translations?)\/|\.(?:po|pot|xliff|xlf)$/i;
var TEST_NAMED_FILE = /(^|\/)tests?[-_.][^/]{1,120}$|[-_.](?:tests?|testing)[-_.][^/]{0,120}$|(^|\/)test(?:utils?|helpers?|ing|support)\.\w{1,8}$/i;
var STORY_FILE = /\.stor(?:y|ies)\.[cm]?[jt]sx?$/i;
var JVM_SOURCE_ROOT2 = /(?:^|\/)src\/[\w-]{1,60}\/(?:java|kotlin|scala|groovy)\//;
function inNotRunningFolder(file) {
  const root = JVM_SOURCE_ROOT2.exec(file);
  return NOT_RUNNING.test(root ? file.slice(0, root.index + 1) : file);
}
var TEST_RUNNER_FILE = /(^|\/)(?:(?:jest|vitest|playwright|cypress|karma|wdio|mocha)[-_.][^/]{0,80}\.[cm]?[jt]sx?|setup-?tests?\.[cm]?[jt]sx?|(?:spec|rails|test)_helper\.rb)$/i;
var ROUTE_PATH = /^\/(?:[a-z0-9_.-]{1,60}|\{\w{1,60}\}|:\w{1,60})(?:\/(?:[a-z0-9_.-]{1,60}|\{\w{1,60}\}|:\w{1,60})){1,20}\/?$/;
var TEST_FOLDER = inFolderNamed(
  [
    ...TEST_FOLDERS,
    // Wider than the shared group: spec/ too (a key a spec loads), test-support packages, and any folder named for tests.
    ...["specs?", "testutils?", "testhelpers?", "testsupport", "integration[-_]?tests?", "test[-_][\\w.-]{1,60}"],
    // Perl's and some Python projects' (celery's) test folder: t/unit/, t/integration/; a .NET test suite's TestSuite/.
    "t",
    "tests?[-_]?suites?",
    // An acceptance-test suite's folder (internal/acceptance/, acceptance-tests/; calibration round 36): the settings
    // it starts the product with for the suite.
    "acceptance(?:[-_]tests?)?",
    // Gradle's test-fixtures source set (src/testFixtures/java/), and browser-test suites' own folders.
    "testFixtures",
    "playwright",
    "cypress",
    // An end-to-end suite's module or app named for what it tests (shenyu-e2e/, Nx's apps/web-e2e/, e2e-tests/): its
    // manifests and settings start the product for the suite.
    "[\\w.-]{1,60}[-_]e2e",
    "e2e[-_][\\w.-]{1,60}",
    // End-to-end suites kept beside internal packages (internal/suites/Docker/configuration.yml): a root suites/ can be
    // running code (a crypto library's cipher suites), so only suites/ under internal/ counts.
    "internal\\/suites",
    // Snapshot-test output (cmd/.snapshots/TestImportJWKS.json, __snapshots__/): what a test wrote and compares to.
    "\\.snapshots",
    "__snapshots__",
    "(?!(?:la|con|at|pro|grea|fas|de|smalles|larges|shortes)tests?\\/)[a-z][\\w-]{0,60}?[-_]?tests?"
  ],
  "i"
);
var DOCS_FOLDER = inFolderNamed([...DOC_FOLDERS], "i");
var isDocumentation = (file) => isDocFile(file) || DOCS_FOLDER.test(file);
var OPENAPI_DOCUMENT = /^(?:[ \t]*(?:#[^\n]*)?\n){0,20}[ \t]*(?:["']?(?:openapi|swagger)["']?[ \t]*:|\{[ \t\r\n]{0,20}"(?:openapi|swagger)"[ \t]*:)/;
var isOpenApiDocument = (file, text) => /\.(?:ya?ml|json)$/i.test(file) && OPENAPI_DOCUMENT.test(text.slice(0, 2e3));
var CI_SETTINGS = /(^|\/)\.?ci\/(?:[^/]{1,120}\/){0,4}[^/]{1,120}\.(?:ya?ml|json|toml|ini|env|properties|conf)$/i;
var isCiSettings = (file) => CI_SETTINGS.test(file) || ciSystemOf(file) !== void 0;
var CHART_VALUES = /^(.*\/)?values(?:[.-][\w.-]{1,60})?\.ya?ml$/;
function isChartValues(file, files) {
  const m = CHART_VALUES.exec(file);
  return m !== null && files.has(`${m[1] ?? ""}Chart.yaml`);
}
var CHART_DEFAULT = "a Helm chart's default value, which an install overrides";
function envAssignedNames(evidence, files) {
  const names = /* @__PURE__ */ new Set();
  const assign = /^[ \t]*(?:\w+\.)*([A-Za-z_]\w*)\s*[:=][^\r\n]*?(process\.env|os\.environ|os\.getenv|getenv\(|ENV\[|ENV\.fetch|\benv\(|\benv\.\w+\(|System\.getenv|env::var|os\.Getenv|<%=\s*ENV)/gm;
  for (const file of files) {
    if (!evidence.mayMatch(file, ENV_OVERRIDE_HINTS)) continue;
    const code = evidence.code(file);
    if (!code || !ENV_OVERRIDE.test(code)) continue;
    for (const m of code.matchAll(assign)) names.add(m[1]);
  }
  return names;
}
var NOT_DEPLOYED_SETTINGS_MODULE = /(?:^|[_-])(?:dev|develop|development|local|tests?|testing|ci|debug)(?:[_-]|$)/i;
function replacedByDeployedSettings(evidence, file, name) {
  if (!file.endsWith(".py")) return void 0;
  const slash = file.lastIndexOf("/");
  const folder = file.slice(0, slash + 1);
  let module = file.slice(slash + 1, -3);
  if (module === "__init__") module = folder.slice(folder.lastIndexOf("/", folder.length - 2) + 1, -1);
  if (!module) return void 0;
  const imports = new RegExp(`^[ \\t]*(?:from[ \\t]+(?:[\\w.]{0,200}\\.)?${escapeRegExp(module)}[ \\t]+import\\b|from[ \\t]+\\.[ \\t]+import[ \\t]+(?:\\*|[\\w, \\t]{0,200}\\b${escapeRegExp(module)}\\b))`, "m");
  const reassigns = new RegExp(`^[ \\t]*${escapeRegExp(name)}[ \\t]*=(?!=)[ \\t]*(?![rbufRBUF]{0,2}['"])\\S`, "m");
  return evidence.sourceFiles.find((f) => {
    if (f === file || !f.startsWith(folder) || f.includes("/", folder.length) || !f.endsWith(".py")) return false;
    if (NOT_DEPLOYED_SETTINGS_MODULE.test(f.slice(folder.length, -3)) || isTestSide(f) || isDevOnlyFile(f)) return false;
    const code = evidence.code(f);
    return code !== void 0 && code.includes(name) && imports.test(code) && reassigns.test(code);
  });
}
function expressionAround(code, line) {
  const lines = code.split("\n");
  const own2 = lines[line - 1] ?? "";
  const before = lines[line - 2] ?? "";
  return /(\|\||\?\?|[?:(=,])[ \t]*$/.test(before) ? `${before}
${own2}` : own2;
}
function enclosingBlock(code, index) {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const c = code[i];
    if (c === "}") depth++;
    else if (c === "{" && depth-- === 0) return code.slice(i, blockEnd(code, i, "\"'`"));
  }
  return void 0;
}
function destructuredFromEnv(code) {
  const names = [];
  for (const m of code.matchAll(/\{([\w\s,:]{1,400})\}[ \t]*=[ \t]*(?:process\.env|import\.meta\.env|Deno\.env\.toObject\(\))/g)) {
    for (const part of m[1].split(",")) {
      const name = part.trim().split(/[\s:]+/).pop();
      if (name && /^\w+$/.test(name)) names.push(name);
    }
  }
  return names;
}
function templateDefault(value, defaults) {
  const m = /^\{\{[ \t]*cookiecutter\.(\w{1,80})[ \t]*\}\}$/.exec(value);
  return (m && defaults.get(m[1])) ?? value;
}
function readCookiecutterDefaults(evidence) {
  const defaults = /* @__PURE__ */ new Map();
  if (!evidence.fileSet.has("cookiecutter.json")) return defaults;
  try {
    const json = JSON.parse(evidence.text("cookiecutter.json") ?? "{}");
    for (const [key, value] of Object.entries(json)) if (typeof value === "string" && !value.includes("{{")) defaults.set(key, value);
  } catch {
  }
  return defaults;
}
function onlyAnEnvironmentFallback(evidence, file, code, name, definedAt) {
  const word = new RegExp(`(?<![\\w.$])${name}(?![\\w$])`, "g");
  const uses = [...code.matchAll(word)].filter((m) => lineAt(code, m.index) !== definedAt);
  if (uses.length === 0) return false;
  const fromEnv = destructuredFromEnv(code);
  const readsEnv = (text) => ENV_OVERRIDE.test(text) || fromEnv.some((n) => new RegExp(`(?<![\\w.$])${n}(?![\\w$])`).test(text));
  const fallback = uses.every((m) => {
    const line = lineAt(code, m.index);
    if (readsEnv(expressionAround(code, line))) return true;
    const own2 = code.split("\n")[line - 1] ?? "";
    if (!new RegExp(`^[ \\t]*return[ \\t]+${name}[ \\t;]*$`).test(own2)) return false;
    const block = enclosingBlock(code, m.index);
    if (!block) return false;
    const earlier = block.slice(0, block.lastIndexOf(m[0]));
    return [...earlier.matchAll(/\breturn[ \t]+([^;\n]{1,200})/g)].some((r) => readsEnv(r[1]));
  });
  if (!fallback) return false;
  return !evidence.sourceFiles.some((f) => {
    if (f === file || isTestFile(f)) return false;
    const other = evidence.code(f);
    return other !== void 0 && other.includes(name) && usedBeyondImportOrComparison(other, name);
  });
}
function usedBeyondImportOrComparison(code, name) {
  const word = new RegExp(`(?<![\\w.$])${name}(?![\\w$])`, "g");
  return [...code.matchAll(word)].some((m) => {
    const lineStart = code.lastIndexOf("\n", m.index - 1) + 1;
    const end = m.index + name.length;
    if (/^[ \t]*(?:import\b|from[ \t]+[\w.]{1,200}[ \t]+import\b)/.test(code.slice(lineStart, m.index))) return false;
    if (/^[\w$ \t\r\n,]{0,300}\}[ \t\r\n]{0,20}(?:from\b|=[ \t]*require[ \t]*\()/.test(code.slice(end, end + 400))) return false;
    const compared = /[!=]=[ \t]*$/.test(code.slice(Math.max(lineStart, m.index - 20), m.index)) || /^[ \t]*[!=]=/.test(code.slice(end, end + 20));
    return !compared;
  });
}
function readByName(evidence, key) {
  const word = new RegExp(`(?:^|[^A-Za-z0-9_])${key}(?![A-Za-z0-9_])`);
  return evidence.sourceFiles.some((f) => {
    const code = evidence.code(f);
    return code !== void 0 && !isTestFile(f) && code.includes(key) && word.test(code);
  });
}
function isLocalComposePassword(evidence, key, value, names, envFile) {
  if (!(PASSWORD_KEY.test(key) || /SECRET(?:_?KEY)?$/i.test(key)) || /TOKEN|API_KEY|PRIVATE/i.test(key)) return false;
  if (!SELF_DESCRIBING.test(value) && !names.has(value.toLowerCase().replace(/[\d_.-]{1,8}$/, ""))) return false;
  if (!evidence.files.some((f) => COMPOSE_FILE.test(f))) return false;
  return !readByName(evidence, key) || givenToDatabaseContainer(evidence, key) || loadedByDatabaseContainer(evidence, envFile, key);
}
var DATABASE_IMAGE_CREDENTIAL = "(?:POSTGRES_PASSWORD|PGPASSWORD|MYSQL_(?:ROOT_)?PASSWORD|MARIADB_(?:ROOT_)?PASSWORD|MONGO_INITDB_ROOT_PASSWORD|RABBITMQ_DEFAULT_PASS|REDIS_PASSWORD|MINIO_ROOT_PASSWORD|ELASTIC_PASSWORD|(?:MSSQL_)?SA_PASSWORD|CLICKHOUSE_PASSWORD|COUCHDB_PASSWORD|INFLUXDB_(?:ADMIN_)?PASSWORD|KEYCLOAK_ADMIN_PASSWORD)";
function givenToDatabaseContainer(evidence, key) {
  const mapping = new RegExp(`(?:^|[\\s"'-])${DATABASE_IMAGE_CREDENTIAL}["']?[ \\t]*[:=][ \\t]*["']?\\$\\{?${key}(?![A-Za-z0-9_])`, "m");
  return evidence.files.some((f) => {
    if (!COMPOSE_FILE.test(f)) return false;
    const text = evidence.text(f);
    return text !== void 0 && text.includes(key) && mapping.test(text);
  });
}
var DATABASE_IMAGE = /^(?:[\w.-]+\/)*(?:postgres|postgis|mysql|mariadb|mongo|rabbitmq|redis|minio|elasticsearch|mssql-server|clickhouse-server|couchdb|influxdb|keycloak)(?:[:@\s]|$)/;
var DATABASE_IMAGE_KEY = new RegExp(`^${DATABASE_IMAGE_CREDENTIAL}$`);
function loadedByDatabaseContainer(evidence, envFile, key) {
  if (!DATABASE_IMAGE_KEY.test(key)) return false;
  const base = envFile.slice(envFile.lastIndexOf("/") + 1);
  return evidence.files.some(
    (f) => COMPOSE_FILE.test(f) && composeServices(evidence.text(f) ?? "").some((service) => typeof service?.image === "string" && DATABASE_IMAGE.test(service.image) && envFilesOf(service).some((path3) => path3.slice(path3.lastIndexOf("/") + 1) === base))
  );
}
function composeServices(text) {
  try {
    return Object.values(parseYamlWithMerges(text)?.services ?? {});
  } catch {
    return [];
  }
}
var envFilesOf = (service) => [service?.env_file].flat().map((entry) => typeof entry === "string" ? entry : entry?.path).filter((path3) => typeof path3 === "string");
function isCodeDefault(evidence, key, value) {
  const quoted = [`'${value}'`, `"${value}"`, `\`${value}\``];
  return evidence.sourceFiles.some((f) => {
    const code = evidence.code(f);
    if (code === void 0 || isTestFile(f) || !code.includes(key) || !quoted.some((q) => code.includes(q))) return false;
    return code.split("\n").some((line) => line.includes(key) && quoted.some((q) => line.includes(q)) && ENV_OVERRIDE.test(line));
  });
}
function looksGenerated(value) {
  return value.length >= 12 && /\d/.test(value) && /[A-Za-z]/.test(value) && !/^[A-Za-z]+[-_.]?\d{1,6}$/.test(value) && (value.match(/\d/g).length >= 3 || /[a-z]/.test(value) && /[A-Z]/.test(value));
}
var NOT_DEPLOYING_COMPOSE = /(?:^|[/._-])(?:ci|tests?|testing|cypress|e2e|dev|development|local|override)(?:[/._-]|$)/i;
var NAMES_A_SIGNING_SECRET = /SECRET|SIGNING_KEY/;
var SETTING_NAME = /^[A-Za-z_]\w{0,80}$/;
var SETTING_VALUE = /^[A-Za-z0-9+/=_-]{16,200}$/;
var CREDENTIAL_VALUE = /^[^\s${}'"]{6,200}$/;
function composeLine(line, valueShape) {
  let rest = line.trim();
  if (rest.startsWith("-")) rest = rest.slice(1).trim();
  const at = rest.search(/[:=]/);
  if (at <= 0) return void 0;
  const key = rest.slice(0, at).trim();
  let value = rest.slice(at + 1).trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) value = value.slice(1, -1);
  return SETTING_NAME.test(key) && valueShape.test(value) ? [key, value] : void 0;
}
function namesASecretFile(key, value) {
  return /_(?:FILE|PATH|DIR)$/i.test(key) || /^\.{0,2}\//.test(value);
}
function composeSecrets(file, text, sampleValue = () => false) {
  if (NOT_DEPLOYING_COMPOSE.test(file) || !NAMES_A_SIGNING_SECRET.test(text) || localStackCompose(text)) return [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!NAMES_A_SIGNING_SECRET.test(lines[i])) continue;
    const setting = composeLine(lines[i], SETTING_VALUE);
    if (!setting) continue;
    const [key, value] = setting;
    if (!NAMES_A_SIGNING_SECRET.test(key) || namesASecretFile(key, value) || !secretShaped(value) || isPlaceholder(value) || sampleValue(value)) continue;
    return [{ file, line: i + 1, message: `${key} is written into the compose file that deploys the project, with no environment override`, strength: "strong" }];
  }
  return [];
}
var URL_CREDENTIAL = /[a-z][a-z0-9+]{1,20}:\/\/([\w.-]{1,40}):([^\s@/:'"]{1,80})@/g;
var DEFAULT_PASSWORD = /^(?:postgres|password|passwd|pass|root|secret|admin|guest|example|changeme|mysql|mongo|redis)$/i;
function localStackCompose(text) {
  if (!text.includes("://")) return false;
  for (const m of text.matchAll(URL_CREDENTIAL)) if (DEFAULT_PASSWORD.test(m[2]) || m[1] === m[2]) return true;
  return false;
}
var SERVICE_CREDENTIAL_KEY = /(?:PASSWORD|PASSWD|PASS|PWD)$|SECRET_?ACCESS_?KEY|ACCESS_?SECRET/i;
function composeCredentialValues(evidence) {
  const values = /* @__PURE__ */ new Set();
  for (const file of evidence.files) {
    if (!COMPOSE_FILE.test(file)) continue;
    for (const line of (evidence.text(file) ?? "").split("\n")) {
      if (!SERVICE_CREDENTIAL_KEY.test(line.split(/[:=]/)[0] ?? "")) continue;
      const setting = composeLine(line, CREDENTIAL_VALUE);
      if (setting && SERVICE_CREDENTIAL_KEY.test(setting[0])) values.add(setting[1]);
    }
  }
  return values;
}
function sampleEnvValues(evidence, loaded) {
  const values = /* @__PURE__ */ new Set();
  for (const file of evidence.files) {
    if (!ENV_FILE.test(file) || loaded.has(file) || !isSettingsSample(file)) continue;
    for (const line of (evidence.text(file) ?? "").split("\n")) {
      const at = line.indexOf("=");
      if (at <= 0 || !SETTING_NAME.test(line.slice(0, at).trim().replace(/^export[ \t]+/, ""))) continue;
      const value = line.slice(at + 1).trim().replace(/^(['"])(.*)\1$/, "$2");
      if (value.length >= 12) values.add(value);
    }
  }
  return values;
}
var LOWER_WORDS_JOINED = /^[a-z0-9]{1,12}(?:[-_.][a-z0-9]{1,12}){1,8}$/;
var STAND_IN_WORD = /(?:^|[-_.])(?:e2e|tests?|testing|fake|dummy|mock|stub|emulate|emulator|emulated)(?=[-_.]|$)/;
var saysItIsAStandIn = (value) => LOWER_WORDS_JOINED.test(value) && STAND_IN_WORD.test(value) && (value.match(/\d/g)?.length ?? 0) <= 4;
var standInSetting = (key, value) => saysItIsAStandIn(value) || spellsItsName(key, value);
var SERVICE_CREDENTIAL_NAME = /(?:PASSWORD|PASSWD|PASS|PWD|ACCESS_?KEY(?:_?ID)?|SECRET_?ACCESS_?KEY|ACCESS_?SECRET|API_?KEY|SERVICE_?(?:ROLE_?)?KEY|ANON_?KEY)$/i;
var SERVICE_ADDRESS_SETTING = /^[ \t]*(\w{1,80})[ \t]*=[ \t]*['"]?([^'"\s#]{1,300})/gm;
var SERVICE_ADDRESS_NAME = /^(?:ENDPOINT|HOST|HOSTNAME|URL|URI|SERVER|ADDR|ADDRESS)$/i;
function credentialOfLocalService(text, key) {
  const cut = key.indexOf("_");
  if (cut < 2 || !SERVICE_CREDENTIAL_NAME.test(key)) return false;
  const prefix = key.slice(0, cut + 1);
  for (const m of text.matchAll(SERVICE_ADDRESS_SETTING)) {
    if (!m[1].startsWith(prefix) || !SERVICE_ADDRESS_NAME.test(m[1].slice(prefix.length))) continue;
    const host = m[2].replace(/^[a-z][a-z0-9+.-]{0,30}:\/\//i, "").replace(/^[^@/]{0,200}@/, "").split(/[/:?]/)[0];
    if (NOT_A_SERVER_HOST.test(host)) return true;
  }
  return false;
}
function dotEnvSecret(evidence, file, text, sample = false) {
  const names = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/^[ \t]*(\w{1,80})[ \t]*=[ \t]*['"]?([A-Za-z][A-Za-z_-]{2,40})['"]?[ \t]*$/gm)) {
    if (!/SECRET|TOKEN|PASSWORD|PASSWD|PASS|PWD|KEY/i.test(m[1])) names.add(m[2].toLowerCase());
  }
  let weak;
  for (const m of text.matchAll(/^[ \t]*(?=\w*(?:SECRET|TOKEN|PASSWORD|PRIVATE_KEY|API_KEY))(\w+)[ \t]*=[ \t]*['"]?([^'"\s#]{8,})/gim)) {
    if (isPlaceholder(m[2]) || saysItIsAStandIn(m[2]) || spellsItsName(m[1], m[2]) || namesASecret(m[1], m[2]) || sample && !looksGenerated(m[2]) || isLocalComposePassword(evidence, m[1], m[2], names, file) || credentialOfLocalService(text, m[1])) continue;
    if (isCodeDefault(evidence, m[1], m[2])) {
      weak ??= { file, line: lineAt(text, m.index), message: `a weak default for ${m[1]} in a committed .env, the value the code falls back to`, strength: "weak" };
      continue;
    }
    return { file, line: lineAt(text, m.index), message: "a .env file with secrets is committed (add .env to .gitignore)", strength: "strong" };
  }
  for (const m of text.matchAll(CREDENTIAL_URL)) {
    const [, key, password, host] = m;
    if (isPlaceholder(password) || saysItIsAStandIn(password) || password.includes("${") || /^<.*>$/.test(password) || NOT_A_SERVER_HOST.test(host) || sample && !looksGenerated(password)) continue;
    return { file, line: lineAt(text, m.index), message: `a .env file with a connection URL and its password (${key}, to ${host}) is committed (add .env to .gitignore)`, strength: "strong" };
  }
  return weak;
}
var CREDENTIAL_URL = /^[ \t]*(\w{1,80})[ \t]*=[ \t]*['"]?[a-z][a-z0-9+.-]{1,30}:\/\/[^:@/\s'"]{1,100}:([^@/\s'"]{4,200})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})/gm;
var NOT_A_SERVER_HOST = /^(?:localhost|127\.\d|0\.0\.0\.0|host\.docker\.internal)|\.(?:local|localhost|internal|test|invalid|example)$|(?:^|\.)example\.(?:com|org|net)$/i;
var DEV_SECTION = /^(development|dev|test|testing|local|ci)$/i;
function topLevelKeyBefore(code, index) {
  const before = code.slice(0, index);
  const sections = [...before.matchAll(/^([\w.-]{1,80}):[ \t]*(?:#[^\n]*)?$/gm)];
  return sections.length ? sections[sections.length - 1][1] : void 0;
}
function settingVerdict(finding, value, path3, reads, shownPath, chartDefault = false) {
  const shaped = secretShaped(value);
  if (chartDefault && !shaped) return asReview(finding, CHART_DEFAULT);
  if (!shaped && reads(path3, KEY_MATERIAL_USE)) return finding;
  if (!shaped && wordShaped(value)) return void 0;
  if (!reads(path3)) return asReview(finding, `no running code is seen to read ${shownPath}`);
  return shaped ? finding : asReview(finding, WORD_VALUE);
}
function settingsSecrets(file, code, reads, composeCredential = () => false, chartDefaults = false) {
  const out = [];
  const yaml = /\.ya?ml$/i.test(file);
  const seen = /* @__PURE__ */ new Set();
  const found = (m, key, value) => {
    seen.add(m.index);
    const section = yaml ? yamlParents(code, m.index) : [iniSectionBefore(code, m.index)].filter((k) => k !== void 0);
    const path3 = [...section, key];
    const finding = { file, line: lineAt(code, m.index), message: `a secret in settings (${key}), committed with no environment override`, strength: "strong" };
    const verdict = settingVerdict(finding, value, path3, reads, path3.join("."), chartDefaults);
    if (verdict) out.push(verdict);
  };
  const inDevSection = (m) => yaml ? m[0].startsWith(" ") && DEV_SECTION.test(topLevelKeyBefore(code, m.index) ?? "") : DEV_SECTION.test(iniSectionBefore(code, m.index) ?? "");
  for (const m of code.matchAll(yaml ? YAML_SETTING : PROPERTIES_SETTING)) {
    const key = m[1];
    if (!NAMES_A_SECRET.test(key) || inDevSection(m)) continue;
    const value = m[2].replace(/[,;]$/, "");
    if (NOT_A_SECRET_KEY.test(key.replace(/[-_.]/g, "")) || NOT_A_SECRET_VALUE.test(value) || isPlaceholder(value) || spelledAsAName(value) || standInSetting(key, value) || value.includes("${") || composeCredential(value)) continue;
    found(m, key, value);
  }
  for (const m of code.matchAll(yaml ? YAML_SHORT_SECRET : PROPERTIES_SHORT_SECRET)) {
    const value = m[2].replace(/[,;]$/, "");
    if (seen.has(m.index) || inDevSection(m) || /^(?:true|false|yes|no|on|off|null|none|nil|~)$/i.test(value) || isPlaceholder(value) || spelledAsAName(value) || standInSetting(m[1], value) || composeCredential(value)) continue;
    found(m, m[1], value);
  }
  return out;
}
var JSON_SETTINGS_FILE = /(^|\/)appsettings(?:\.[\w-]{1,40})?\.json$|(^|\/)config\/[\w.-]{1,80}\.json$/i;
var JSON_SETTING = /"([\w.:-]{1,120})"[ \t]*:[ \t]*"([^"\\\n]{8,300})"/g;
var NAMES_A_JSON_SECRET = /secret|signingkey|jwtkey|privatekey/i;
function jsonSettingsSecrets(file, code, reads) {
  const out = [];
  for (const m of code.matchAll(JSON_SETTING)) {
    const key = m[1].replace(/[-_.:]/g, "");
    const value = m[2];
    if (!NAMES_A_JSON_SECRET.test(key) || NOT_A_SECRET_KEY.test(key) || NOT_A_SECRET_VALUE.test(value) || isPlaceholder(value) || spelledAsAName(value) || standInSetting(m[1], value) || value.includes("${") || /\s/.test(value)) continue;
    const path3 = [...jsonParents(code, m.index), m[1]];
    const finding = { file, line: lineAt(code, m.index), message: `a secret in settings (${m[1]}), committed with no environment override`, strength: "strong" };
    const verdict = settingVerdict(finding, value, path3, reads, path3.join(":"));
    if (verdict) out.push(verdict);
  }
  return out;
}
function iniSectionBefore(code, index) {
  const sections = [...code.slice(0, index).matchAll(/^\[([\w.-]{1,80})\][ \t]*$/gm)];
  return sections.length ? sections[sections.length - 1][1] : void 0;
}
var GO_SECRET_CONSTANT = /^[ \t]*(?:const|var)[ \t]+(\w{0,40}(?:Secret|SECRET|Password|PASSWORD|Key|KEY)\w{0,40})[ \t]*(?:string[ \t]*)?=[ \t]*"([^"\n]{8,200})"/gm;
function goSigningConstants(file, code) {
  const out = [];
  for (const m of code.matchAll(GO_SECRET_CONSTANT)) {
    const [, name, value] = m;
    if (isPlaceholder(value)) continue;
    const signs = new RegExp(`\\b(SignedString|NewHMAC|HS256|SigningKey|hmac\\.New)\\b[^\\n]{0,200}\\b${name}\\b|\\b${name}\\b[^\\n]{0,80}\\b(SignedString|SigningMethodHS)`);
    if (signs.test(code)) out.push({ file, line: lineAt(code, m.index), message: `a hard-coded signing key constant (${name}) signs tokens (no environment override)`, strength: "strong" });
  }
  return out;
}
var PROGRAM_SOURCE = /\.(?:cs|java|kt|kts|scala|groovy|ts|tsx|mts|cts|js|jsx|mjs|cjs|go|py|rb|rs|swift|php|dart)$/;
var ENV_FILE = /(^|\/)(?:\.env(?:\.[\w-]{1,40}){0,3}|[\w-]{1,80}\.env)$/;
var LOADS_ENV = /\bloadEnvFile\b|\bdotenv\b|\bload_dotenv\b|\bgodotenv\b|\bDotenv\b|\bDotEnv\b/;
var LOADS_ENV_HINTS = "/loadEnvFile|dotenv/i";
function loadedEnvSamples(evidence) {
  return envFilesLoadedByName(evidence, (f) => ENV_FILE.test(f) && isSettingsSample(f) && !isTestCode(f));
}
var NAMED_ENV_FILE = /(^|\/)[\w-]{1,80}\.env$/;
function loadedNamedEnvFiles(evidence) {
  return envFilesLoadedByName(evidence, (f) => NAMED_ENV_FILE.test(f) && !isSettingsSample(f) && !isDevOnlyFile(f) && !isTestCode(f) && !isScaffolding(f));
}
function envFilesLoadedByName(evidence, pick) {
  const samples = evidence.files.filter(pick);
  const loaded = /* @__PURE__ */ new Set();
  if (samples.length === 0) return loaded;
  for (const file of evidence.sourceFiles) {
    if (isTestSide(file) || isScaffolding(file) || !evidence.mayMatch(file, LOADS_ENV_HINTS)) continue;
    const code = evidence.code(file);
    if (!code || !code.includes(".env") || !LOADS_ENV.test(code)) continue;
    for (const line of code.split("\n")) {
      if (!line.includes(".env") || !LOADS_ENV.test(line)) continue;
      for (const sample of samples) if (namesPath(line, sample)) loaded.add(sample);
    }
  }
  return loaded;
}
function dotnetTestProjectFolders(evidence) {
  const folders = [];
  for (const file of evidence.files) {
    if (!/\.(?:csproj|fsproj|vbproj)$/.test(file)) continue;
    const named = /(?:^|[/._-])\w{0,40}Tests?\.(?:csproj|fsproj|vbproj)$/.test(file);
    if (named || /<IsTestProject>\s*true\s*</i.test(evidence.text(file) ?? "")) folders.push(file.slice(0, file.lastIndexOf("/") + 1));
  }
  return folders.filter((f) => f !== "");
}
var CI_CONFIG_FOLDER = inFolderNamed(["ci[-_]config"], "i");
var BUG_REPORT_TEMPLATE = /(^|\/)[^/]{0,80}bug[-_]?report[^/]{0,80}$/i;
function isTestSide(file) {
  return isTestCode(file) || SAMPLE_NAMED.test(file) || CI_CONFIG_FOLDER.test(file) || BUG_REPORT_TEMPLATE.test(file);
}
function goTestHelpers(evidence) {
  const helpers = /* @__PURE__ */ new Set();
  for (const file of evidence.sourceFiles) {
    if (!file.endsWith(".go")) continue;
    const text = evidence.text(file);
    if (text?.includes('"testing"') && importsTesting(text)) helpers.add(file);
  }
  return helpers;
}
function importsTesting(text) {
  let inBlock = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (inBlock) {
      if (line.startsWith(")")) inBlock = false;
      else if (line === '"testing"') return true;
    } else if (line === 'import "testing"') return true;
    else if (/^import[ \t]*\($/.test(line)) inBlock = true;
    else if (/^(?:func|type|var|const)\b/.test(line)) return false;
  }
  return false;
}
function testHarnessCompose(file, text) {
  return COMPOSE_FILE.test(file) && TEST_ENVIRONMENT.test(text);
}
var TEST_ENVIRONMENT = /^[ \t]*(?:-[ \t]*)?['"]?(?:RAILS_ENV|RAILS_ENVIRONMENT|RACK_ENV|NODE_ENV|APP_ENV|MIX_ENV)['"]?[ \t]*[:=][ \t]*['"]?test['"]?[ \t]*$/m;
var IGNORE_LIST = /(^|\/)\.[\w-]{1,30}ignore$/;
var ROOT_INTEGRATION_SUITE = /^integration\//;
function isTestCode(file) {
  return isTestFile(file) || isTestDataFile(file) || TEST_FOLDER.test(file) || ROOT_INTEGRATION_SUITE.test(file) || TEST_NAMED_FILE.test(file) || TEST_RUNNER_FILE.test(file) || STORY_FILE.test(file) || inNotRunningFolder(file);
}
var KEY_STORE_FILE = /\.(?:p12|pfx|jks|keystore)$/i;
var TRUST_STORE_NAME = /(?:^|\/)[^/]{0,80}(?:trust|cacerts?|ca[-_]store|ca[-_]?bundle)[^/]{0,80}$|(?:^|\/)(?:[^/]{0,80}[._-])?debug(?:[._-][^/]{0,80})?\.(?:keystore|jks)$/i;
function keyStoreNamedByProgram(evidence, file, candidates2, testSide) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  return candidates2.some((f) => {
    if (testSide(f) || !(isSourceFile(f) || DOCKERFILE_NAME.test(f))) return false;
    const text = evidence.code(f) ?? evidence.text(f);
    return text !== void 0 && text.includes(base) && namesPath(text, file);
  });
}
var CONFIG_FILE = /\.(?:conf|cfg|cnf|ini|ya?ml|json|toml|hcl|properties|xml|env)$/i;
function namesPath(text, file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const segments = file.split("/");
  for (let i = text.indexOf(base); i !== -1; i = text.indexOf(base, i + 1)) {
    if (i > 0 && /[\w.-]/.test(text[i - 1])) continue;
    const after = text.slice(i + base.length, i + base.length + 2);
    if (/^[\w-]|^\.\w/.test(after)) continue;
    let start = i;
    while (start > 0 && i - start < 300 && /[\w./\\-]/.test(text[start - 1])) start--;
    const written = text.slice(start, i + base.length).replace(/\\/g, "/").split("/").filter((x) => x && x !== "." && x !== "..");
    if (written.length <= segments.length && written.every((w, k) => w === segments[segments.length - written.length + k])) return true;
  }
  return false;
}
function referrersOf(evidence, targets) {
  const found = new Map(targets.map((t) => [t, []]));
  const bases = targets.map((t) => t.slice(t.lastIndexOf("/") + 1));
  for (const file of evidence.files) {
    if (/\.(?:pem|key|crt|cer|der|p12|pfx|jwk|csr|srl)$/i.test(file)) continue;
    const text = evidence.text(file);
    if (!text) continue;
    targets.forEach((target, k) => {
      if (target !== file && text.includes(bases[k]) && namesPath(text, target)) found.get(target).push(file);
    });
  }
  return found;
}
var DEV_ONLY_FILE = [
  /(^|\/)(?:[^/]{0,120}[._-])?(?:dev|development)(?:[._-][^/]{0,120})?\.(?:json|jsonc|ya?ml|toml|ini|cfg|conf|properties|env)$/i,
  /(^|\/)(?:\.env\.(?:development|dev)(?:\.local)?|Procfile\.dev|launchSettings\.json|(?:docker-)?compose\.override\.ya?ml)$/i,
  /(^|\/)\.devcontainer\//,
  /(^|\/)(?:config\/environments|settings|config)\/(?:dev|development|local|ci)\.(?:rb|py|exs|php|[cm]?[jt]s)$/i,
  // Settings and env files in a development folder (dev/config.yml, docker/dev/.env) or one named for the local
  // environment a developer starts (contrib/local-environment/, local-dev/, dev-env/), a Gitpod workspace's config.
  /(^|\/)(?:dev|development|local[-_]?(?:env|environment|dev|development|setup|stack)|dev[-_](?:env|environment|setup|stack))\/(?:[^/]{1,120}\/){0,6}(?:[^/]{1,120}\.(?:json|jsonc|ya?ml|toml|ini|cfg|conf|properties|env)|\.env(?:\.[\w-]{1,40})?)$/i,
  /(^|\/)\.gitpod(?:\.ya?ml$|\/)/,
  // Spring's `local` profile and ASP.NET's `Local` environment: active only where a developer sets them.
  /(^|\/)(?:application-local\.(?:ya?ml|properties)|appsettings\.Local\.json)$/i
];
var isDevOnlyFile = (file) => DEV_ONLY_FILE.some((re) => re.test(file));
var DEV_SERVER_CONFIG = /(^|\/)(?:vite|vue|rspack|snowpack|webpack(?:[._-][\w.-]{0,40})?)\.config\.[cm]?[jt]s$|(^|\/)webpack\.(?:dev|development)\.[cm]?[jt]s$/;
var DEV_SERVER_LINE = /"ssl(?:Key|Cert)"[ \t]*:|--ssl-key\b|--experimental-https-key\b|\bdevServer\b|^[ \t]*"(?:dev|serve|start[:-]dev|dev[:-][\w:-]{1,30})"[ \t]*:[ \t]*"/;
var LOCALHOST_KEY = /(^|\/)localhost(?:[+._-][^/]{0,80})?\.(?:pem|key)$/i;
var DEV_KEY = /(^|\/)(?:(?:dev|development)\/(?:[^/]{1,80}\/){0,3}[^/]{1,80}|(?:[^/]{0,80}[._-])?(?:dev|development)(?:[+._-][^/]{0,80})?)\.(?:pem|key|crt|cer|pfx|p12)$/i;
function namesOnlyInComments(file, text, key) {
  const code = stripComments(file, text);
  return code !== text && !namesPath(code, key);
}
var CI_SYSTEM_FOLDER_SETTINGS = /^\.(?:circleci|buildkite|woodpecker|semaphore|gitlab|github)\/(?:[^/]{1,120}\/){0,4}[^/]{1,120}\.(?:toml|ya?ml|json|ini|conf|cfg|env|properties)$/;
var isCiJobSettings = (file) => CI_SYSTEM_FOLDER_SETTINGS.test(file) && ciSystemOf(file) === void 0;
function namedOnlyInTestJobs(evidence, file, key) {
  if (ciSystemOf(file) === void 0) return false;
  const commands = evidence.ci.filter((c) => c.file === file);
  const naming = commands.filter((c) => namesPath(c.text, key));
  if (naming.length === 0 || naming.some((c) => c.job === void 0)) return false;
  const commandLines2 = new Set(naming.map((c) => c.line));
  const lines = (evidence.text(file) ?? "").split("\n");
  if (lines.some((line, i) => !commandLines2.has(i + 1) && namesPath(line, key))) return false;
  const testJobs = new Set(commands.filter((c) => c.job !== void 0 && runsTests(c.expanded)).map((c) => c.job));
  return naming.every((c) => testJobs.has(c.job));
}
function namesOnlyForDevServer(text, key) {
  const lines = text.split("\n").filter((l) => namesPath(l, key));
  return lines.length > 0 && lines.every((l) => DEV_SERVER_LINE.test(l));
}
function keyLoaders(evidence, keys, testSide) {
  const direct = referrersOf(evidence, keys);
  const configs = [...new Set([...direct.values()].flat().filter((f) => CONFIG_FILE.test(f) && !testSide(f) && !isDocFile(f)))];
  const second = configs.length ? referrersOf(evidence, configs) : /* @__PURE__ */ new Map();
  const side = (file, target, follow) => {
    if (testSide(file) || testHarnessCompose(file, evidence.text(file) ?? "") || namedOnlyInInlineTests(evidence, file, target) || isCiJobSettings(file) || namedOnlyInTestJobs(evidence, file, target)) return "test";
    if (makesKeys(file, evidence.text(file) ?? "")) return "dev";
    if (isDocumentation(file) || IGNORE_LIST.test(file) || namesOnlyInComments(file, evidence.text(file) ?? "", target)) return "doc";
    if (isDevOnlyFile(file) || DEV_SERVER_CONFIG.test(file) || namesOnlyForDevServer(evidence.text(file) ?? "", target)) return "dev";
    if (follow && CONFIG_FILE.test(file)) {
      const sides = (second.get(file) ?? []).map((f) => side(f, file, false));
      if (sides.includes("running")) return "running";
      return sides.includes("test") ? "test" : sides.includes("dev") ? "dev" : "running";
    }
    return "running";
  };
  const out = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const sides = direct.get(key).map((f) => side(f, key, true));
    if (sides.includes("running")) out.set(key, "running");
    else if (sides.includes("test") || sides.includes("dev") || LOCALHOST_KEY.test(key) || DEV_KEY.test(key)) out.set(key, "fixture");
    else out.set(key, "unnamed");
  }
  return { loaders: out, referrers: direct };
}
var INLINE_TEST = {
  rust: /^[ \t]*#\[(?:cfg\(test\)|(?:\w{1,40}::){0,3}test)\]/gm,
  js: /^[ \t]*if[ \t]*\([ \t]*import\.meta\.vitest[ \t]*\)/gm
};
var DOCTEST_LINE = /^[ \t]*(?:>>>|\.\.\.)[ \t]/;
function blockEnd(code, from, quotes) {
  const open = code.indexOf("{", from);
  const semicolon = code.indexOf(";", from);
  if (semicolon !== -1 && (open === -1 || semicolon < open)) return semicolon + 1;
  let depth = 0;
  for (let i = open; i !== -1 && i < code.length; i++) {
    const c = code[i];
    if (quotes.includes(c)) {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  return code.length;
}
function inlineTestLines(file, code) {
  const language = languageOf(file);
  if (language === "python") {
    const ranges2 = [];
    if (code.includes(">>>")) code.split("\n").forEach((l, i) => DOCTEST_LINE.test(l) && ranges2.push([i + 1, i + 1]));
    return ranges2;
  }
  const start = INLINE_TEST[language];
  if (!start) return [];
  const ranges = [];
  let after = 0;
  for (const m of code.matchAll(start)) {
    if (m.index < after) continue;
    after = blockEnd(code, m.index + m[0].length, language === "rust" ? '"' : "\"'`");
    ranges.push([lineAt(code, m.index), lineAt(code, Math.max(m.index, after - 1))]);
  }
  return ranges;
}
function namedOnlyInInlineTests(evidence, file, target) {
  if (!isSourceFile(file)) return false;
  const code = evidence.text(file) ?? "";
  const ranges = inlineTestLines(file, code);
  if (!ranges.length) return false;
  const base = target.slice(target.lastIndexOf("/") + 1);
  const lines = code.split("\n").flatMap((l, i) => l.includes(base) ? [i + 1] : []);
  return lines.length > 0 && lines.every((n) => ranges.some(([a, b]) => n >= a && n <= b));
}
var KEY_MAKING_SCRIPT = /\.(?:sh|bash|zsh|ps1)$/i;
var MAKES_KEYS = /\bopenssl[ \t]+(?:genrsa|genpkey|ecparam|req)\b|\bmkcert[ \t]|\bcfssl[ \t]+gencert\b/;
var makesKeys = (file, text) => KEY_MAKING_SCRIPT.test(file) && MAKES_KEYS.test(text);
function outsideInlineTests(evidence, findings) {
  const ranges = /* @__PURE__ */ new Map();
  return findings.filter((f) => {
    if (!isSourceFile(f.file)) return true;
    let r = ranges.get(f.file);
    if (!r) ranges.set(f.file, r = inlineTestLines(f.file, evidence.code(f.file) ?? ""));
    return !r.some(([a, b]) => f.line >= a && f.line <= b);
  });
}
var MAX_TRACED_KEYS = 40;
var committedSecrets = {
  name: "committedSecrets",
  question: "Does the repository commit a secret that the running code uses (private key, signing secret, provider token), in source, settings or committed build output?",
  textPatterns: [SECRET_HINTS, ...PROVIDER_TOKENS.map(([, , hint]) => hint), LOADS_ENV_HINTS, ENV_OVERRIDE_HINTS, SESSION_SECRET_HINTS, ...LITERAL_SECRETS.flatMap(([, , hints]) => hints ? [hints] : [])],
  detect(evidence) {
    const out = [];
    let overridden;
    let overriddenInBuild;
    let composeCredentials;
    let sampleValues;
    let cookiecutterDefaults;
    const built = new Set(evidence.buildOutput);
    const keyFiles = [];
    const servedKey = (file, code, index) => {
      const name = assignedName(code, index);
      return name !== void 0 && handedToPage(evidence, name, file);
    };
    const loadedSamples = loadedEnvSamples(evidence);
    const loadedNamedEnv = loadedNamedEnvFiles(evidence);
    const testProjects = [...dotnetTestProjectFolders(evidence), ...unshippedPythonFolders(evidence)];
    const inTestProject = (file) => testProjects.some((folder) => file.startsWith(folder));
    const goHelpers = goTestHelpers(evidence);
    const testSide = (file) => isTestSide(file) || goHelpers.has(file);
    const running = (file) => !testSide(file) && !isDocumentation(file) && !isDevOnlyFile(file) && !inTestProject(file);
    const reads = (file) => (path3, alsoIn) => settingReadByCode(evidence, running, file, path3, alsoIn);
    const runningSources = () => evidence.sourceFiles.filter(running);
    const notShownUsed = (what, name, file, code, index, line) => {
      if (what === SIGNING_KEY_CONSTANT) return PROGRAM_SOURCE.test(file) && !usedAsKey(evidence, running, file, name, line) ? `no running code is seen to use ${name} as a key or credential` : void 0;
      if (what === SETTINGS_CREDENTIAL_FOUND) return djangoSettingsModule(evidence, file, code) && usedAsKey(evidence, running, file, name, line) ? void 0 : `neither a Django settings module nor running code that uses ${name} as a credential`;
      if (what === SECRET_KEY_ASSIGNMENT) return djangoSecretSlot(evidence, file, code, name) || usedAsKey(evidence, running, file, name, line) ? void 0 : `neither a framework's settings nor running code is seen to use ${name} as a key`;
      if (what === CONFIG_ENTRY) return passedToSecretSlot(code, index, name) || usedToSign(evidence, name, runningSources()) ? void 0 : `the '${name}' entry is not seen handed to a signing or session call`;
      if (what === SECRET_EXPORT) return usedToSign(evidence, name, [...evidence.buildOutput, ...runningSources()]) ? void 0 : `no running code is seen to sign or verify with ${name}`;
      return void 0;
    };
    const handedToSigning = (what, name, file, code, line) => {
      if (what === SIGNING_KEY_CONSTANT) return usedAsKey(evidence, running, file, name, line, true);
      if (what === SETTINGS_CREDENTIAL_FOUND) return false;
      if (what === SECRET_KEY_ASSIGNMENT) return djangoSecretSlot(evidence, file, code, name) || usedAsKey(evidence, running, file, name, line, true);
      return true;
    };
    for (const file of [...evidence.files, ...evidence.buildOutput]) {
      if (loadedSamples.has(file)) {
        const secret = dotEnvSecret(evidence, file, evidence.text(file) ?? "", true);
        if (secret) out.push({ ...secret, message: `${secret.message.replace(/ \(add \.env to \.gitignore\)$/, "")}: the running code loads this file by name` });
        continue;
      }
      if (!running(file)) continue;
      if (COMPOSE_FILE.test(file) && !isScaffolding(file) && !testHarnessCompose(file, evidence.text(file) ?? "")) out.push(...composeSecrets(file, evidence.text(file) ?? "", (value) => (sampleValues ??= sampleEnvValues(evidence, loadedSamples)).has(value)));
      if (SKIP.test(file) || CONFIG_TEMPLATE.test(file) || TRANSLATIONS.test(file)) continue;
      if (KEY_STORE_FILE.test(file) && !TRUST_STORE_NAME.test(file) && !TEST_KEY_NAME.test(file.slice(file.lastIndexOf("/") + 1))) {
        keyFiles.push({ file, line: 1, message: "a private key store (PKCS#12 or Java keystore) is committed", strength: "strong" });
        continue;
      }
      const text = evidence.text(file);
      if (!text || isOpenApiDocument(file, text)) continue;
      if (/(^|\/)\.env$/.test(file)) {
        const secret = dotEnvSecret(evidence, file, text);
        if (secret) out.push(secret);
      } else if (loadedNamedEnv.has(file)) {
        const secret = dotEnvSecret(evidence, file, text);
        if (secret) out.push({ ...secret, message: `${secret.message.replace(/ \(add \.env to \.gitignore\)$/, "")}: the running code loads this file by name` });
      }
      if (/\.(jwk|json)$/i.test(file) && /"[kK]ty"/.test(text)) {
        const jwk = JWK_PRIVATE.exec(text);
        if (jwk) keyFiles.push({ file, line: lineAt(text, jwk.index), message: "a private key (JSON Web Key with its private exponent) is committed", strength: "strong" });
      }
      if (!evidence.mayMatch(file, SECRET_HINTS)) continue;
      if (!isSourceFile(file) && (/"InverseQ"[ \t]*:/.test(text) || text.includes("<RSAKeyValue>"))) {
        const rsa = RSA_PARAMETERS_PRIVATE.exec(text) ?? RSA_XML_PRIVATE.exec(text);
        if (rsa) keyFiles.push({ file, line: lineAt(text, rsa.index), message: "a private key (RSA parameters with the private exponent) is committed", strength: "strong" });
      }
      for (const key of text.matchAll(PRIVATE_KEY_ALL)) {
        if (namedAsTestKey(text, key.index)) continue;
        if (inDocumentationComment(text, key.index, key[0].length)) {
          out.push({ file, line: lineAt(text, key.index), message: "review: a private key in a documentation comment's example (a doc test, an @example): the API's usage shown to readers, not a key the running code loads", strength: "weak" });
          break;
        }
        const line = lineAt(text, key.index);
        const sample = sampleCertificateName(text);
        if (sample !== void 0) {
          out.push({ file, line, message: `review: a private key is committed beside a certificate that names itself a sample ("${sample}"): a published demo key, not a secret of the project's`, strength: "weak" });
          break;
        }
        (isSourceFile(file) ? out : keyFiles).push({ file, line, message: "a private key is committed", strength: "strong" });
        break;
      }
      const code = evidence.code(file);
      if (!code) continue;
      for (const [re, what, hint] of PROVIDER_TOKENS_ALL) {
        if (!evidence.mayMatch(file, hint)) continue;
        const m = [...code.matchAll(re)].find((t) => !isSampleToken(t[0]) && !besideItsOwnPattern(code, t[0]) && !(what === GOOGLE_API_KEY && (isBrowserGoogleKey(file, code, t.index) || servedKey(file, code, t.index))));
        if (m) out.push({ file, line: lineAt(code, m.index), message: `${what} is committed`, strength: "strong" });
      }
      for (const aws of code.includes("AKIA") ? code.matchAll(AWS_KEY_ID_ALL) : []) {
        if (isSampleToken(aws[0]) || besideItsOwnPattern(code, aws[0])) continue;
        const line = lineAt(code, aws.index);
        const around = code.split("\n").slice(Math.max(0, line - 4), line + 3).join("\n");
        const secret = AWS_SECRET_NEARBY.exec(around);
        if (secret && !isSampleToken(secret[0])) {
          out.push({ file, line, message: "an AWS access key pair is committed", strength: "strong" });
          break;
        }
      }
      if (!MENTIONS_SECRET.test(code) || isCiSettings(file)) continue;
      if (SETTINGS_FILE.test(file)) out.push(...settingsSecrets(file, code, reads(file), (value) => (composeCredentials ??= composeCredentialValues(evidence)).has(value), isChartValues(file, evidence.fileSet)));
      if (JSON_SETTINGS_FILE.test(file)) out.push(...jsonSettingsSecrets(file, code, reads(file)));
      for (const [pattern, what] of evidence.mayMatch(file, SESSION_SECRET_HINTS) ? SESSION_SLOTS : []) {
        for (const m of code.matchAll(pattern)) {
          if (insideQuotedText(code, m.index)) continue;
          const line = lineAt(code, m.index);
          out.push({ file, line, message: `${what} ('${(m[2] ?? m[4]).slice(0, 3)}\u2026') is written into the code, with no environment override`, strength: "strong" });
        }
      }
      if (file.endsWith(".go")) out.push(...goSigningConstants(file, code));
      for (const [re, what, hints, words, files] of LITERAL_SECRETS_ALL) {
        if (files !== void 0 && !files.test(file)) continue;
        if (hints !== void 0 && !evidence.mayMatch(file, hints)) continue;
        for (const m of words ? matchesOnLinesWith(code, re, words) : code.matchAll(re)) {
          const value = templateDefault(m[m.length - 1], cookiecutterDefaults ??= readCookiecutterDefaults(evidence));
          if (isPlaceholder(value) || INTERPOLATED.test(value) || spelledAsAName(value) || isTestVector(value) || namesAPageOrEvent(value)) continue;
          if (what === CONFIG_SECRET && /^.+\/config\//.test(file) && evidence.files.some((f) => ROOT_PACKAGE.test(f))) continue;
          const name = m.length > 3 ? m[1] : void 0;
          if (name && /header$/i.test(name)) continue;
          const line = lineAt(code, m.index);
          const signs = secretShaped(value) || name === void 0 || built.has(file) || handedToSigning(what, name, file, code, line);
          if (!signs && wordShaped(value)) continue;
          if (ENV_OVERRIDE.test(expressionAround(code, line))) continue;
          if (built.has(file) && name && !usedToSign(evidence, name, [...evidence.buildOutput, ...evidence.sourceFiles])) continue;
          const overrides = built.has(file) ? overriddenInBuild ??= envAssignedNames(evidence, evidence.buildOutput) : overridden ??= envAssignedNames(evidence, evidence.sourceFiles);
          if (name && overrides.has(name)) {
            out.push({ file, line, message: `a weak default for ${name}, overridden from the environment elsewhere`, strength: "weak" });
            continue;
          }
          const replacedIn = name && !built.has(file) ? replacedByDeployedSettings(evidence, file, name) : void 0;
          if (replacedIn) {
            out.push({ file, line, message: `a weak default for ${name}, which the deployed settings (${replacedIn}) replace`, strength: "weak" });
            continue;
          }
          if (name && /^\w+$/.test(name) && !built.has(file) && onlyAnEnvironmentFallback(evidence, file, code, name, line)) {
            out.push({ file, line, message: `a weak default: ${name} is used only when the environment gives no value`, strength: "weak" });
            continue;
          }
          const finding = { file, line, message: `${what}${built.has(file) ? " in committed build output" : ""} (no environment override)`, strength: "strong" };
          const unused = name && !built.has(file) ? notShownUsed(what, name, file, code, m.index, line) : void 0;
          out.push(unused ? asReview(finding, unused) : signs ? finding : asReview(finding, WORD_VALUE));
        }
      }
    }
    if (keyFiles.length) {
      const { loaders, referrers } = keyLoaders(evidence, keyFiles.slice(0, MAX_TRACED_KEYS).map((f) => f.file), testSide);
      for (const f of keyFiles) {
        const loader = loaders.get(f.file) ?? "running";
        if (KEY_STORE_FILE.test(f.file) && loader === "running" && !keyStoreNamedByProgram(evidence, f.file, referrers.get(f.file) ?? evidence.files, testSide)) out.push(asReview(f, "only a settings profile names this key store"));
        else if (loader === "running" || loadedByFrameworkDefault(evidence, running, f.file)) out.push(f);
        else if (loader === "unnamed") out.push(asReview(f, "no running code or deploy configuration names this key file"));
      }
    }
    return outsideInlineTests(evidence, out);
  }
};

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string);
  }
  return matches;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node2) => {
      if (typeof node2 === "string" && node2.startsWith("*.")) {
        return ".." + node2.substring(2);
      }
      return node2;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node2, startIndex) {
    if (node2.tagname === "__proto__") node2.tagname = "#__proto__";
    if (node2[":@"] && Object.keys(node2[":@"]).length > 0) {
      this.child.push({ [node2.tagname]: node2.child, [":@"]: node2[":@"] });
    } else {
      this.child.push({ [node2.tagname]: node2.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str;
    return handleInfinity(str, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path3 = this._matcher.path;
    return path3.length > 0 ? path3[path3.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path3 = this._matcher.path;
    return path3.length > 0 ? path3[path3.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path3 = this._matcher.path;
    if (path3.length === 0) return void 0;
    return path3[path3.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path3 = this._matcher.path;
    if (path3.length === 0) return false;
    const current = path3[path3.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path3 = this._matcher.path;
    if (path3.length === 0) return -1;
    return path3[path3.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path3 = this._matcher.path;
    if (path3.length === 0) return -1;
    return path3[path3.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node2 = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node2.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node2.values = attrValues;
    }
    this.path.push(node2);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node2 = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node2;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node2, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node2.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node2.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node2.values || !(segment.attrName in node2.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node2.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node2.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node2) => ({ ...node2 })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node2) => ({ ...node2 }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list of context) {
        if (!Array.isArray(list) || list.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list) {
  if (!list.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list) {
  const label = list.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list);
  for (const rule of list) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list of lists) {
    if (matchList(value, list) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node2, options, matcher, readonlyMatcher) {
  return compress(node2, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text === void 0) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed2 = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed2 = parsed2 ? parsed2 + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed2;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed2 += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed2 += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed2 += "\b";
        else if (c === 116)
          parsed2 += "	";
        else if (c === 110)
          parsed2 += "\n";
        else if (c === 102)
          parsed2 += "\f";
        else if (c === 114)
          parsed2 += "\r";
        else if (c === 101)
          parsed2 += "\x1B";
        else if (c === 34)
          parsed2 += '"';
        else if (c === 92)
          parsed2 += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed2 = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed2;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed2.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed2.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse3(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/evidence/manifests.ts
var MANIFEST_PATTERNS = [
  [/(^|\/)package\.json$/, parsePackageJson],
  [/(^|\/)requirements[^/]*\.(txt|in)$|(^|\/)requirements\/[^/]+\.(txt|in)$/, parseRequirements],
  [/(^|\/)pyproject\.toml$/, parsePyproject],
  [/(^|\/)Pipfile$/, parsePipfile],
  [/(^|\/)setup\.(py|cfg)$/, parseSetupPy],
  [/(^|\/)go\.mod$/, parseGoMod],
  [/(^|\/)pom\.xml$/, parsePom],
  [/(^|\/)build\.gradle(\.kts)?$/, parseGradle],
  [/(^|\/)libs\.versions\.toml$/, parseVersionCatalog],
  [/(^|\/)Gemfile$|\.gemspec$/, parseGemfile],
  [/\.(csproj|fsproj|vbproj)$|(^|\/)Directory\.(Packages|Build)\.props$|(^|\/)packages\.config$/, parseDotnet],
  [/(^|\/)Cargo\.toml$/, parseCargo]
];
function isManifest(file) {
  return MANIFEST_PATTERNS.some(([re]) => re.test(file));
}
function readManifest(file, text, notes) {
  const entry = MANIFEST_PATTERNS.find(([re]) => re.test(file));
  if (!entry) return [];
  try {
    const lineOf = nameLines(text);
    return entry[1](file, text).map((d) => ({ ...d, file, line: lineOf(d.name) }));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    notes.push({ kind: "invalid-manifest", path: file, message: `could not be parsed (${reason}); its dependencies are not counted` });
    return [];
  }
}
function readPackageJson(file, text, notes) {
  try {
    const data = JSON.parse(text);
    if (data && typeof data === "object" && !Array.isArray(data)) return { file, data };
  } catch {
  }
  notes.push({ kind: "invalid-manifest", path: file, message: "is not valid JSON; its dependencies and scripts are not counted" });
  return void 0;
}
function nameLines(text) {
  const lineOf = lineIndex(text);
  let cursor = 0;
  let budget = 8 * text.length + 65536;
  const find = (needle) => {
    if (budget <= 0) return -1;
    let idx = text.indexOf(needle, cursor);
    budget -= (idx < 0 ? text.length : idx) - cursor;
    if (idx < 0 && cursor > 0 && budget > 0) {
      idx = text.indexOf(needle);
      budget -= idx < 0 ? cursor : idx;
    }
    return idx;
  };
  return (name) => {
    const short = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name;
    for (const needle of [name, short]) {
      const idx = find(needle);
      if (idx >= 0) {
        cursor = idx;
        return lineOf(idx);
      }
    }
    return 1;
  };
}
function objectKeys(value) {
  return value && typeof value === "object" ? Object.keys(value) : [];
}
function parsePackageJson(_file, text) {
  const data = JSON.parse(text);
  return [
    ...objectKeys(data.dependencies).map((name) => ({ ecosystem: "npm", name, dev: false })),
    ...objectKeys(data.peerDependencies).map((name) => ({ ecosystem: "npm", name, dev: false })),
    ...objectKeys(data.optionalDependencies).map((name) => ({ ecosystem: "npm", name, dev: false })),
    ...objectKeys(data.devDependencies).map((name) => ({ ecosystem: "npm", name, dev: true }))
  ];
}
function goModulePath(goMod) {
  return goMod === void 0 ? void 0 : /^module[ \t]+(\S+)/m.exec(goMod)?.[1];
}
function normalizePythonName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
function pythonRequirement(spec) {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
  return m ? normalizePythonName(m[1]) : void 0;
}
function parseRequirements(file, text) {
  const dev = /dev|test|lint/i.test(file);
  return text.split("\n").map((l) => l.replace(/#.*/, "").trim()).filter((l) => l && !l.startsWith("-")).map(pythonRequirement).filter((n) => !!n).map((name) => ({ ecosystem: "pypi", name, dev }));
}
var DEVELOPMENT_GROUP = /^(?:[\w.-]{0,40}[-_.])?(?:dev|develop|development|tests?|testing|lint|linting|linters?|docs?|documentation|typing|types|mypy|bench|benchmarks?|ci|coverage|style|format(?:ting)?|qa|check|tools?)(?:[-_.][\w.-]{0,40})?$/i;
function parsePyproject(_file, text) {
  const toml = parse3(text);
  const out = [];
  const add = (specs, dev) => {
    if (Array.isArray(specs)) {
      for (const s of specs) if (typeof s === "string") push2(pythonRequirement(s), dev);
    }
  };
  const push2 = (name, dev) => {
    if (name && name !== "python") out.push({ ecosystem: "pypi", name, dev });
  };
  add(toml.project?.dependencies, false);
  for (const group of Object.values(toml.project?.["optional-dependencies"] ?? {})) add(group, true);
  for (const [name, group] of Object.entries(toml["dependency-groups"] ?? {})) add(group, DEVELOPMENT_GROUP.test(name));
  const poetry = toml.tool?.poetry;
  for (const name of objectKeys(poetry?.dependencies)) push2(normalizePythonName(name), false);
  for (const name of objectKeys(poetry?.["dev-dependencies"])) push2(normalizePythonName(name), true);
  for (const [groupName, group] of Object.entries(poetry?.group ?? {})) for (const name of objectKeys(group?.dependencies)) push2(normalizePythonName(name), DEVELOPMENT_GROUP.test(groupName));
  add(toml.tool?.uv?.["dev-dependencies"], true);
  return out;
}
function parsePipfile(_file, text) {
  const toml = parse3(text);
  return [
    ...objectKeys(toml.packages).map((n) => ({ ecosystem: "pypi", name: normalizePythonName(n), dev: false })),
    ...objectKeys(toml["dev-packages"]).map((n) => ({ ecosystem: "pypi", name: normalizePythonName(n), dev: true }))
  ];
}
function parseSetupPy(_file, text) {
  const block = /install_requires\s*[=:]\s*(?:\[|(?=\S))([\s\S]{0,20000}?)(\]|\n\S|\n\n)/.exec(text)?.[1] ?? "";
  return [...block.matchAll(/['"]?([A-Za-z0-9][A-Za-z0-9._-]*)[^'",\n]*['"]?/g)].map((m) => normalizePythonName(m[1])).filter((n) => n !== "install-requires").map((name) => ({ ecosystem: "pypi", name, dev: false }));
}
function parseGoMod(_file, text) {
  const out = [];
  let inBlock = false;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("require (")) inBlock = true;
    else if (inBlock && line === ")") inBlock = false;
    else {
      const m = inBlock ? /^(\S+)\s+v\S+(.*)/.exec(line) : /^require\s+(\S+)\s+v\S+(.*)/.exec(line);
      if (m && !/\/\/\s*indirect/.test(m[2] ?? "")) out.push({ ecosystem: "go", name: m[1], dev: false });
    }
  }
  return out;
}
var xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", processEntities: false });
function asArray(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
function parsePom(_file, text) {
  const doc = xml.parse(text);
  const project = doc.project ?? {};
  const deps = [
    ...asArray(project.dependencies?.dependency),
    ...asArray(project.dependencyManagement?.dependencies?.dependency),
    ...asArray(project.build?.plugins?.plugin),
    ...asArray(project.build?.pluginManagement?.plugins?.plugin),
    ...asArray(project.parent)
  ];
  return deps.filter((d) => d?.artifactId).map((d) => ({
    ecosystem: "maven",
    name: `${d.groupId ?? "org.apache.maven.plugins"}:${d.artifactId}`,
    dev: d.scope === "test"
  }));
}
function parseGradle(_file, text) {
  const out = [];
  for (const m of text.matchAll(/\b(\w+)(?:[ \t]*\(\s*|[ \t]*)["']([\w.-]+):([\w.-]+)(?::[^"'\n]{0,200})?["']/g)) {
    out.push({ ecosystem: "maven", name: `${m[2]}:${m[3]}`, dev: /^test/i.test(m[1]) });
  }
  for (const m of text.matchAll(/\bid(?:[ \t]*\(\s*|[ \t]*)["']([\w.-]+)["']/g)) out.push({ ecosystem: "maven", name: `${m[1]}:${m[1]}.gradle.plugin`, dev: true });
  return out;
}
function parseVersionCatalog(_file, text) {
  const toml = parse3(text);
  const out = [];
  for (const lib of Object.values(toml.libraries ?? {})) {
    const module = typeof lib === "string" ? lib.split(":").slice(0, 2).join(":") : lib?.module ?? (lib?.group && lib?.name ? `${lib.group}:${lib.name}` : void 0);
    if (module) out.push({ ecosystem: "maven", name: module, dev: false });
  }
  return out;
}
function parseGemfile(_file, text) {
  const out = [];
  let group = "";
  for (const raw of text.split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (/^group\s/.test(line) && /\sdo\b/.test(line)) group = line.slice(6);
    else if (line === "end") group = "";
    const m = /^(?:gem|\w+\.add_(development_|runtime_)?dependency)(?:[ \t]*\(\s*|[ \t]*)["']([^"']+)["']/.exec(line);
    if (m) out.push({ ecosystem: "gem", name: m[2], dev: !!m[1]?.startsWith("development") || /test|development/.test(group) });
  }
  return out;
}
function parseDotnet(_file, text) {
  const out = [];
  for (const m of text.matchAll(/<(?:PackageReference|PackageVersion|package)\b[^>]{0,500}?\b(?:Include|id)\s*=\s*"([^"]+)"/gi)) {
    out.push({ ecosystem: "nuget", name: m[1], dev: false });
  }
  if (out.length === 0 && /<Project|<packages/i.test(text)) xml.parse(text);
  return out;
}
function parseCargo(_file, text) {
  const toml = parse3(text);
  const out = [];
  const add = (table, dev) => {
    for (const [alias, spec] of Object.entries(table ?? {})) {
      const name = spec && typeof spec === "object" && typeof spec.package === "string" ? spec.package : alias;
      out.push({ ecosystem: "cargo", name, dev });
    }
  };
  add(toml.dependencies, false);
  add(toml["dev-dependencies"], true);
  add(toml["build-dependencies"], true);
  add(toml.workspace?.dependencies, false);
  for (const target of Object.values(toml.target ?? {})) {
    add(target?.dependencies, false);
    add(target?.["dev-dependencies"], true);
  }
  return out;
}

// src/detectors/deployable-services.ts
var COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
var TEST_WORD2 = /(^|[-_./:])(tests?|e2e|it|integration[-_]?tests?|testing|playwright|cypress|selenium|webdriver|k6|locust|artillery|newman|smoke[-_]?tests?)([-_./:@]|$)/i;
var TEST_RUN = /\b(npm (run )?test|pytest|go test|playwright test|cypress run|jest|vitest|mocha|rspec|dotnet test|mvnw? (test|verify)|gradlew? test|k6 run|newman run)\b/;
function isTestHarnessService(name, service) {
  if (TEST_WORD2.test(name)) return true;
  const build = typeof service?.build === "string" ? service.build : [service?.build?.context, service?.build?.dockerfile].filter(Boolean).join("/");
  if (build && TEST_WORD2.test(build)) return true;
  if (typeof service?.image === "string" && TEST_WORD2.test(service.image)) return true;
  const command = [service?.command, service?.entrypoint].flat().filter((c) => typeof c === "string").join(" ");
  return TEST_RUN.test(command);
}
var ONE_SHOT_NAME = /(^|[-_.])(migrat(e|es|or|ors|ion|ions)|seed|seeds|seeder|seeding|init[-_]?db|db[-_]?init|create[-_]?buckets|provisioner)([-_.]|$)/i;
var DATA_STORE_IMAGE = /\b(postgres|postgis|mysql|mariadb|mssql|sqlserver|mongo|mongodb|redis|valkey|elasticsearch|opensearch|cassandra|scylla|clickhouse|neo4j|couchdb|memcached|rabbitmq|minio|timescaledb|cockroachdb|influxdb)\b/i;
function finalBaseImage(evidence, dockerfile) {
  const froms = [...(evidence.text(dockerfile) ?? "").matchAll(/^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/gim)];
  return froms.length ? froms[froms.length - 1][1] : void 0;
}
function packagesDataStore(evidence, dockerfile) {
  const image = finalBaseImage(evidence, dockerfile);
  return image !== void 0 && DATA_STORE_IMAGE.test(image);
}
function composeDockerfile(composeFile, build) {
  const context = typeof build === "string" ? build : typeof build?.context === "string" ? build.context : ".";
  const dockerfile = typeof build?.dockerfile === "string" ? build.dockerfile : "Dockerfile";
  const base = composeFile.includes("/") ? composeFile.slice(0, composeFile.lastIndexOf("/")) : "";
  const parts = [];
  for (const part of `${base}/${context}/${dockerfile}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function dockerfileHeld(evidence, dockerfile, build) {
  if (typeof build?.dockerfile_inline === "string") return true;
  return evidence.fileSet.has(dockerfile);
}
function projectNames(evidence) {
  const names = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (typeof name === "string" && name.length >= 2) names.add(name.replace(/^@[\w.-]+\//, "").toLowerCase());
  };
  for (const pkg of evidence.packageJsons) {
    if (pkg.file.includes("/")) continue;
    const name = pkg.data.name;
    add(name);
    if (typeof name === "string" && name.startsWith("@")) add(name.slice(1, name.indexOf("/") > 0 ? name.indexOf("/") : void 0));
  }
  const manifest = (file, re) => {
    const m = re.exec(evidence.text(file) ?? "");
    if (m) add(m[1]);
  };
  if (evidence.fileSet.has("go.mod")) {
    const path3 = (evidence.text("go.mod") ?? "").split("\n").find((l) => l.startsWith("module "))?.slice(7).trim() ?? "";
    const parts = path3.split("/").filter((p) => p && !/^v\d+$/.test(p));
    add(parts[parts.length - 1]);
  }
  if (evidence.fileSet.has("pom.xml")) {
    const pom = (evidence.text("pom.xml") ?? "").slice(0, 64 * 1024);
    for (const m of pom.matchAll(/<module>([^<\n]{1,200})<\/module>/g)) add(m[1].trim().split("/").pop());
    const parentEnd = pom.indexOf("</parent>");
    add(/<artifactId>([^<\n]{1,200})<\/artifactId>/.exec(parentEnd >= 0 ? pom.slice(parentEnd) : pom)?.[1]);
  }
  if (evidence.fileSet.has("Cargo.toml")) manifest("Cargo.toml", /^\[package\][^[]{0,2000}?^name[ \t]*=[ \t]*"([\w.-]+)"/m);
  if (evidence.fileSet.has("pyproject.toml")) manifest("pyproject.toml", /^\[(?:project|tool\.poetry)\][^[]{0,2000}?^name[ \t]*=[ \t]*"([\w.-]+)"/m);
  return names;
}
function mavenModules(evidence) {
  const pom = evidence.fileSet.has("pom.xml") ? (evidence.text("pom.xml") ?? "").slice(0, 64 * 1024) : "";
  return new Set([...pom.matchAll(/<module>([^<\n]{1,200})<\/module>/g)].map((m) => m[1].trim().split("/").pop().toLowerCase()));
}
function isOwnImage(evidence, image, names) {
  if (typeof image !== "string" || names.size === 0) return false;
  const repository = image.replace(/@sha256:\w+$/, "").replace(/:[\w.${}-]+$/, "");
  const last = repository.slice(repository.lastIndexOf("/") + 1).toLowerCase();
  return names.has(last) && buildsImages(evidence);
}
function buildsImages(evidence) {
  if (evidence.files.some((f) => /(^|\/)Dockerfile$/.test(f))) return true;
  return evidence.files.some((f) => /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/.test(f) && /docker-maven-plugin|dockerfile-maven-plugin|jib-maven-plugin|com\.google\.cloud\.tools\.jib|bootBuildImage|build-image/.test(evidence.text(f) ?? ""));
}
var OTHER_MANIFEST = /(^|\/)(composer\.json|mix\.exs|deno\.jsonc?)$/;
var OTHER_CODE = /\.(php|exs?|swift|c|cc|cpp)$/;
var SCRIPT_FOLDER = /^(scripts?|bin|hooks|conf|config|etc)$/;
var codebases = oncePerEvidence((evidence) => {
  const found = { withCode: /* @__PURE__ */ new Set(), withManifest: /* @__PURE__ */ new Set() };
  for (const file of evidence.files) {
    const manifest = isManifest(file) || OTHER_MANIFEST.test(file);
    if (!manifest && !isSourceFile(file) && !OTHER_CODE.test(file)) continue;
    const parts = file.split("/");
    if (manifest) found.withManifest.add(parts.slice(0, -1).join("/") || ".");
    for (let depth = parts.length - 1; depth >= 1; depth--) {
      found.withCode.add(parts.slice(0, depth).join("/"));
      if (SCRIPT_FOLDER.test(parts[depth - 1])) break;
    }
  }
  return found;
});
function codebaseOfImage(evidence, dir, context = ".") {
  const { withCode } = codebases(evidence);
  if (dir !== "." && withCode.has(dir)) return dir;
  if (context !== "." && withCode.has(context)) return context;
  return ".";
}
function packageOf(evidence, dir) {
  const { withManifest } = codebases(evidence);
  for (let d = dir; d !== "." && d !== ""; d = folderOf(d)) if (withManifest.has(d)) return d;
  return ".";
}
function resolve(base, relative) {
  const parts = base === "." ? [] : base.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!parts.length) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/") || ".";
}
function commandFolder(command) {
  return /(?:^|&&|;)[ \t]*cd[ \t]+([\w./-]+)|--(?:prefix|cwd|dir)[ =]([\w./-]+)|[ \t]-C[ \t]+([\w./-]+)/.exec(command)?.slice(1).find(Boolean);
}
var DEV_ENVIRONMENT = /(^|\/)(\.devcontainer|\.codesandbox|\.gitpod|\.idx|\.coder)\//;
var TEST_HARNESS_FOLDER = inFolderNamed([...except(TEST_FOLDERS, "__tests__"), "integration-?tests?", "playwright", "cypress"]);
var DOCKERFILE = /(^|\/)(Dockerfile(?:[.-][\w.-]+)?|[\w.-]+\.Dockerfile)$(?<!\.dockerignore)/;
var DOCS_OR_BENCHMARKS = inFolderNamed([...DOC_FOLDERS, ...BENCHMARK_FOLDERS]);
var MAIN_IMAGE = "image:";
var BUILDS_IN = /^[ \t]*WORKDIR\b|--(?:filter|scope)\b|\bcd[ \t]|--(?:prefix|cwd|project|workspace)\b|[ \t]-C[ \t]/;
function packageBuilt(evidence, dockerfile) {
  const text = (evidence.text(dockerfile) ?? "").split("\n").filter((l) => BUILDS_IN.test(l)).join("\n");
  if (!text) return ".";
  let best2 = ".";
  let most = 0;
  const occurrences = (word) => {
    let count = 0;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (!/[\w-]/.test(text[at + word.length] ?? "") && !/[\w-]/.test(text[at - 1] ?? "")) count++;
    }
    return count;
  };
  const named = new Map(evidence.packageJsons.map((p) => [folderOf(p.file), p.data.name]));
  for (const dir of codebases(evidence).withManifest) {
    if (dir === "." || !dir.includes("/")) continue;
    const name = named.get(dir);
    const count = occurrences(dir) + (typeof name === "string" && name.length > 2 ? occurrences(name) : 0);
    if (count > most) [best2, most] = [dir, count];
  }
  return best2;
}
var GO_COMMAND = /(?:^|\/)cmd\/(?:[\w-]{1,60}\/)?([\w-]{3,60})\/[^/]+\.go$/;
var RUNS_PROGRAM = /^[ \t]*(?:RUN|CMD|ENTRYPOINT|COPY|ADD)\b/i;
var goCommands = oncePerEvidence((evidence) => {
  const found = /* @__PURE__ */ new Map();
  for (const file of evidence.files) {
    const m = GO_COMMAND.exec(file);
    if (m && !file.endsWith("_test.go") && !isScaffolding(file)) found.set(m[1], file.slice(0, file.lastIndexOf("/")));
  }
  return found.size >= 2 ? found : /* @__PURE__ */ new Map();
});
var DOTNET_PROJECT = /(?:^|\/)([\w.-]{3,80})\.(?:cs|fs|vb)proj$/;
var dotnetPrograms = oncePerEvidence((evidence) => {
  const found = /* @__PURE__ */ new Map();
  for (const file of evidence.files) {
    const m = DOTNET_PROJECT.exec(file);
    if (m && !isScaffolding(file) && !TEST_HARNESS_FOLDER.test(file) && !/(?:^|\.)(?:Tests?|Specs?|Benchmarks?)(?:\.|$)/.test(m[1])) found.set(m[1], folderOf(file));
  }
  return found.size >= 2 ? found : /* @__PURE__ */ new Map();
});
var DOTNET_NAME_ENDS = /^(?:\.(?:dll|exe|csproj|fsproj|vbproj)\b|[^\w.-])/;
function commandBuilt(evidence, dockerfile) {
  const go = goCommands(evidence);
  const dotnet = dotnetPrograms(evidence);
  if (!go.size && !dotnet.size) return ".";
  const text = (evidence.text(dockerfile) ?? "").split("\n").filter((l) => RUNS_PROGRAM.test(l)).join("\n");
  let best2 = ".";
  let most = 0;
  let tie = false;
  const candidates2 = [...[...go].map(([n, f]) => [n, f, false]), ...[...dotnet].map(([n, f]) => [n, f, true])];
  for (const [name, folder, assembly] of candidates2) {
    let count = 0;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text[at - 1] ?? "";
      if (assembly ? !/[\w.-]/.test(before) && DOTNET_NAME_ENDS.test(text.slice(at + name.length, at + name.length + 8) || " ") : !/\w/.test(text[at + name.length] ?? "") && !/\w/.test(before)) count++;
    }
    if (count > most) [best2, most, tie] = [folder, count, false];
    else if (count && count === most) tie = true;
  }
  return tie ? "." : best2;
}
var ARTIFACT = /\.(jar|war|dll|exe|whl|gem|tgz|js|mjs|ts|py|go|rb|rs|java|kt|cs)$|(^|\/)(package\.json|go\.mod|Gemfile|pyproject\.toml|requirements\.txt|pom\.xml|Cargo\.toml)$/;
function copiesProjectCode(evidence, dockerfile) {
  const { withCode } = codebases(evidence);
  for (const m of (evidence.text(dockerfile) ?? "").matchAll(/^[ \t]*(?:COPY|ADD)[ \t]+((?:--[\w-]+(?:=\S*)?[ \t]+)*)(.+)$/gim)) {
    if (/--from\b/.test(m[1])) continue;
    const words = m[2].trim().startsWith("[") ? [...m[2].matchAll(/"([^"]*)"/g)].map((w) => w[1]) : m[2].trim().split(/[ \t]+/);
    for (const source of words.slice(0, -1)) {
      const path3 = source.replace(/^\.\//, "").replace(/\/$/, "");
      if (path3 === "." || path3 === "" || ARTIFACT.test(path3) || /[*$]/.test(path3) || withCode.has(path3)) return true;
    }
  }
  return false;
}
var NOT_DEPLOYED_FOLDER = inFolderNamed([
  ...except(TEST_FOLDERS, "__tests__", "testing"),
  ...except(TEST_DATA_FOLDERS, "__fixtures__", "__mocks__"),
  ...except(VENDORED_FOLDERS, "third_party"),
  ...DOC_FOLDERS
]);
var SYSTEMD_UNIT = /(^|\/)[\w@.-]+\.service$/;
var SUPERVISOR_CONF = /(^|\/)[\w.-]+\.(conf|ini)$/;
function processUnits(evidence) {
  const found = [];
  for (const file of evidence.files) {
    if (isScaffolding(file) || NOT_DEPLOYED_FOLDER.test(file)) continue;
    if (SYSTEMD_UNIT.test(file)) {
      const text = evidence.text(file) ?? "";
      if (!/^\[Service\][ \t]*$/m.test(text) || /^[ \t]*Type[ \t]*=[ \t]*oneshot\b/m.test(text)) continue;
      const lines = text.split("\n");
      const line = lines.findIndex((l) => /^[ \t]*ExecStart[ \t]*=[ \t]*\S/.test(l));
      if (line < 0) continue;
      const unit = file.slice(file.lastIndexOf("/") + 1);
      const program = ownProgramStarted(evidence, lines[line].replace(/^[ \t]*ExecStart[ \t]*=[ \t]*[-@+!:]{0,4}/, ""));
      found.push({ finding: { file, line: line + 1, message: program ? `systemd unit "${unit}" runs the project's program ${program.slice(program.lastIndexOf(":") + 1)}` : `systemd unit "${unit}" runs a process of this repository`, strength: "strong" }, program });
    } else if (SUPERVISOR_CONF.test(file)) {
      const lines = (evidence.text(file) ?? "").split("\n");
      lines.forEach((l, i) => {
        const m = /^\[program:([\w.-]+)\][ \t]*$/.exec(l);
        if (m && lines.slice(i + 1, i + 40).some((x) => /^[ \t]*command[ \t]*=[ \t]*\S/.test(x))) found.push({ finding: { file, line: i + 1, message: `supervisord program "${m[1]}" run from this repository`, strength: "strong" } });
      });
    }
  }
  return found;
}
var cargoSidePrograms = oncePerEvidence((evidence) => {
  const found = /* @__PURE__ */ new Map();
  for (const manifest of evidence.files) {
    if (!/(^|\/)Cargo\.toml$/.test(manifest) || isScaffolding(manifest) || NOT_DEPLOYED_FOLDER.test(manifest) || DOCS_OR_BENCHMARKS.test(manifest)) continue;
    const dir = folderOf(manifest);
    const prefix = dir === "." ? "" : `${dir}/`;
    let section = "";
    let name;
    let defaultRun;
    const bins = [];
    for (const line of (evidence.text(manifest) ?? "").slice(0, 64 * 1024).split("\n")) {
      const header = /^[ \t]*(\[\[?[\w.-]{1,60}\]\]?)/.exec(line);
      if (header) {
        section = header[1];
        continue;
      }
      const value = /^[ \t]*(name|default-run)[ \t]*=[ \t]*"([\w.-]{1,60})"/.exec(line);
      if (!value) continue;
      if (section === "[package]" && value[1] === "name") name = value[2];
      else if (section === "[package]") defaultRun = value[2];
      else if (section === "[[bin]]" && value[1] === "name") bins.push(value[2]);
    }
    const main = defaultRun ?? name;
    for (const file of evidence.files) {
      const m = file.startsWith(`${prefix}src/bin/`) ? /^src\/bin\/([\w-]+)(?:\.rs|\/main\.rs)$/.exec(file.slice(prefix.length)) : null;
      if (m) bins.push(m[1]);
    }
    for (const name2 of bins) if (name2 !== main) found.set(name2, `${prefix}bin:${name2}`);
  }
  return found;
});
function ownProgramStarted(evidence, command) {
  const first = command.trim().split(/[ \t]+/)[0] ?? "";
  const name = first.slice(first.lastIndexOf("/") + 1);
  if (!/^[\w.-]{2,60}$/.test(name)) return void 0;
  const go = goCommands(evidence).get(name);
  if (go) return go;
  return cargoSidePrograms(evidence).get(name);
}
var deployableServices = {
  name: "deployableServices",
  question: "Does the repository hold several deployable services of its own code (separate codebases built or deployed apart, not processes of one codebase)?",
  detect(evidence, options) {
    const minServices = typeof options.minServices === "number" ? options.minServices : 2;
    const minTotal = typeof options.minTotal === "number" ? options.minTotal : 0;
    const services = /* @__PURE__ */ new Map();
    const add = (key, finding) => {
      if (!services.has(key)) services.set(key, finding);
    };
    let largestCompose = 0;
    let names;
    let modules;
    for (const file of evidence.files.filter((f) => COMPOSE.test(f) && !isScaffolding(f) && !DEV_ENVIRONMENT.test(f) && !DOCS_OR_BENCHMARKS.test(f) && !TEST_HARNESS_FOLDER.test(f))) {
      let doc;
      const text = evidence.text(file) ?? "";
      try {
        doc = parseYamlWithMerges(text);
      } catch {
        continue;
      }
      const composed = Object.entries(doc?.services ?? {}).filter(([name, service]) => !isTestHarnessService(name, service));
      largestCompose = Math.max(largestCompose, composed.length);
      for (const [name, service] of composed) {
        const line = text.split("\n").findIndex((l) => l.startsWith(" ") && l.trim() === `${name}:`) + 1;
        const dockerfile = service?.build ? composeDockerfile(file, service.build) ?? "" : "";
        if (service?.build && (ONE_SHOT_NAME.test(name) || packagesDataStore(evidence, dockerfile))) continue;
        const absent = !!service?.build && !dockerfileHeld(evidence, dockerfile, service.build);
        if (absent && !isOwnImage(evidence, service?.image, names ??= projectNames(evidence))) continue;
        if (service?.build && !absent) {
          const context = resolve(folderOf(file), typeof service.build === "string" ? service.build : typeof service.build?.context === "string" ? service.build.context : ".") ?? ".";
          const target = typeof service.build?.target === "string" ? `#${service.build.target}` : "";
          let codebase = codebaseOfImage(evidence, folderOf(dockerfile), context);
          if (codebase === ".") codebase = packageBuilt(evidence, dockerfile);
          if (codebase === ".") codebase = commandBuilt(evidence, dockerfile);
          if (codebase === "." && context !== ".") continue;
          add(`code:${codebase}${target}`, { file, line: line || 1, message: `compose service "${name}" built from this repository`, strength: "strong" });
        } else if (!ONE_SHOT_NAME.test(name) && isOwnImage(evidence, service?.image, names ??= projectNames(evidence))) {
          const image = String(service.image).replace(/@sha256:\w+$/, "").replace(/:[\w.${}-]+$/, "");
          const last = image.slice(image.lastIndexOf("/") + 1).toLowerCase();
          add((modules ??= mavenModules(evidence)).has(last) ? `image:${last}` : MAIN_IMAGE, { file, line: line || 1, message: `compose service "${name}" runs this repository's own image`, strength: "strong" });
        }
      }
    }
    const dockerfiles = evidence.files.filter((f) => DOCKERFILE.test(f) && !TEST_WORD2.test(f.slice(f.lastIndexOf("/") + 1).replace(/^Dockerfile/, "")) && !isScaffolding(f) && !packagesDataStore(evidence, f) && !DEV_ENVIRONMENT.test(f) && !TEST_HARNESS_FOLDER.test(f) && !DOCS_OR_BENCHMARKS.test(f));
    for (const dockerfile of dockerfiles) {
      if (isOwnImage(evidence, finalBaseImage(evidence, dockerfile), names ??= projectNames(evidence))) continue;
      let codebase = codebaseOfImage(evidence, folderOf(dockerfile));
      if (codebase === ".") codebase = packageBuilt(evidence, dockerfile);
      if (codebase === ".") codebase = commandBuilt(evidence, dockerfile);
      if (codebase === "." && folderOf(dockerfile) !== "." && !copiesProjectCode(evidence, dockerfile)) continue;
      if ([...services.keys()].some((k) => k === `code:${codebase}` || k.startsWith(`code:${codebase}#`))) continue;
      add(`code:${codebase}`, { file: dockerfile, line: 1, message: codebase === "." ? "the main codebase, packaged by its own Dockerfile" : codebase === folderOf(dockerfile) ? `service with its own Dockerfile in ${codebase}` : `${dockerfile} builds the package in ${codebase}`, strength: "strong" });
    }
    for (const file of evidence.files.filter((f) => /(^|\/)Procfile$/.test(f) && !isScaffolding(f))) {
      (evidence.text(file) ?? "").split("\n").forEach((l, i) => {
        const m = /^([\w-]+):\s*(\S.*)$/.exec(l);
        if (!m || /^(release|postdeploy|predeploy)$/.test(m[1]) || /(^|[\s/.])(_?examples?|samples?)\//.test(m[2])) return;
        const into = commandFolder(m[2]);
        const folder = into && resolve(folderOf(file), into) || folderOf(file);
        add(`code:${packageOf(evidence, folder)}`, { file, line: i + 1, message: `process type "${m[1]}" deployed from this repository`, strength: "strong" });
      });
    }
    for (const unit of processUnits(evidence)) add(unit.program ? `code:${unit.program}` : "code:.", unit.finding);
    if (services.has(MAIN_IMAGE) && [...services.keys()].some((k) => k.startsWith("code:"))) services.delete(MAIN_IMAGE);
    const measured = {
      summary: `${services.size} deployable service(s) of the project's own code (one per codebase, not per process); ${minServices} needed${minTotal ? `, and a compose file with ${minTotal} services (largest: ${largestCompose})` : ""}`,
      values: [
        { name: "own-services", value: services.size, need: minServices, unit: "count" },
        ...minTotal ? [{ name: "compose-services", value: largestCompose, need: minTotal, unit: "count" }] : []
      ]
    };
    const findings = [...services.values()].map((f) => ({ ...f, measured }));
    if (findings.length >= minServices && largestCompose >= minTotal) return findings;
    const why = findings.length < minServices ? `${findings.length} of ${minServices} own services` : `no compose file with ${minTotal} services`;
    return findings.map((f) => ({ ...f, strength: "weak", message: `${f.message} (${why}; processes of one codebase are one service, and one service is not a distributed system)` }));
  }
};

// src/findings/matchers.ts
var MATCHES_SHOWN = 10;
function moduleMatches(module, name) {
  if (module === name) return true;
  return module.startsWith(name) && ["/", ".", "::", ":"].some((sep2) => module.startsWith(name + sep2));
}
var LANGUAGES_OF = {
  npm: ["js"],
  pypi: ["python"],
  go: ["go"],
  maven: ["java", "kotlin"],
  gem: ["ruby"],
  nuget: ["csharp"],
  cargo: ["rust"]
};
function importableFrom(ecosystems, file) {
  const language = languageOf(file);
  return ecosystems.some((e) => LANGUAGES_OF[e]?.includes(language) ?? true);
}
var isProjectFile = (file) => !isScaffolding(file);
var projectOnlyCache = /* @__PURE__ */ new WeakMap();
var runningOnlyCache = /* @__PURE__ */ new WeakMap();
function projectOnly(files, readTestFiles = true) {
  let kept = projectOnlyCache.get(files);
  if (!kept) projectOnlyCache.set(files, kept = files.filter((f) => !isScaffolding(f)));
  if (readTestFiles) return kept;
  let running = runningOnlyCache.get(files);
  if (!running) runningOnlyCache.set(files, running = kept.filter((f) => !isTestOrTestData(f)));
  return running;
}
function importingFiles(evidence, ecosystems, countTests) {
  const tooling = buildProgramFiles(evidence);
  return (f) => !isScaffolding(f) && (countTests || runsInProject(f)) && importableFrom(ecosystems, f) && !tooling.has(f);
}
var BUILD_PROGRAM_MODULES = ["Nuke.Common", "Cake.Frosting", "Bullseye"];
var buildProgramFiles = oncePerEvidence((evidence) => {
  const files = /* @__PURE__ */ new Set();
  for (const i of evidence.importsIn(BUILD_PROGRAM_MODULES, { where: (f) => f.endsWith(".cs") })) {
    if (BUILD_PROGRAM_MODULES.some((n) => moduleMatches(i.module, n))) files.add(i.file);
  }
  return files;
});
function runsInProject(file) {
  return !isTestOrTestData(file) && !isTestDataFile(file);
}
function importNamesOf(ecosystem, name, hasUsePattern) {
  if (ecosystem === "pypi") return [name.replace(/-/g, "_"), name.replace(/-/g, ".")];
  if (ecosystem === "cargo") return [name.replace(/-/g, "_")];
  if (ecosystem === "maven") return hasUsePattern ? [] : [name.split(":")[0]];
  if (ecosystem === "nuget") {
    const parts = name.split(".");
    return parts.length >= 3 && !hasUsePattern ? [name, parts.slice(0, -1).join(".")] : [name];
  }
  return [name];
}
function firstFindings(facts, each, shown = Infinity) {
  const out = [];
  const places = /* @__PURE__ */ new Set();
  for (const fact of facts) {
    const finding = each(fact);
    if (!finding) continue;
    out.push(finding);
    places.add(`${finding.file}:${finding.line}`);
    if (places.size >= shown) break;
  }
  return out;
}
var detectorAnswers = new SharedAnswers();
function detectorFindings(matcher, evidence) {
  const key = `${matcher.detector}\0${JSON.stringify(matcher.options ?? {})}`;
  return [...detectorAnswers.get(evidence, key, () => DETECTORS.get(matcher.detector).detect(evidence, matcher.options ?? {}))];
}
function runMatcher(matcher, evidence, context = {}) {
  if ("detector" in matcher) return detectorFindings(matcher, evidence);
  if ("library" in matcher) return matchLibrary(matcher, evidence, context.countTests ?? true);
  if ("imports" in matcher) return matchImports(matcher, evidence, context);
  if ("calls" in matcher) return matchCalls(matcher, evidence, context);
  if ("decorators" in matcher) return matchDecorators(matcher, evidence, context);
  if ("files" in matcher) return matchFiles(matcher, evidence, context.readTestFiles ?? true);
  if ("text" in matcher) return matchText(matcher, evidence, context);
  return matchCi(matcher, evidence);
}
function matchImports(matcher, evidence, context) {
  const countTests = context.countTests ?? true;
  const tooling = buildProgramFiles(evidence);
  const kept = (file) => isProjectFile(file) && (countTests || runsInProject(file)) && !tooling.has(file);
  return [...evidence.importsIn(matcher.imports, { where: kept })].filter((i) => kept(i.file) && matcher.imports.some((n) => moduleMatches(i.module, n))).map((i) => ({ file: i.file, line: i.line, message: `imports ${i.module}${i.used ? "" : " (unused)"}`, strength: i.used ? "strong" : "weak" }));
}
function matchCalls(matcher, evidence, context) {
  const inFiles = fileFilter(matcher.in);
  return firstFindings(
    evidence.callsIn(matcher.calls, (f) => inFiles(f) && !isScaffolding(f)),
    (c) => inFiles(c.file) && !isScaffolding(c.file) && matcher.calls.some((p) => calleeMatches(c.callee, p)) && (!matcher.args || c.argCallees.some((a) => matcher.args.some((p) => calleeMatches(a, p)))) ? { file: c.file, line: c.line, message: `calls ${c.callee}(${c.argCallees.length ? `${c.argCallees[0]}()` : ""})`, strength: "strong" } : void 0,
    context.shown
  );
}
function matchDecorators(matcher, evidence, context) {
  return firstFindings(
    evidence.decoratorsIn(matcher.decorators, isProjectFile),
    (d) => !isScaffolding(d.file) && matcher.decorators.some((p) => calleeMatches(d.name, p)) ? { file: d.file, line: d.line, message: `@${d.name}`, strength: "strong" } : void 0,
    context.shown
  );
}
function matchText(matcher, evidence, context) {
  return textFindings(evidence, projectOnly(filesMatching(evidence.files, matcher.in), context.readTestFiles ?? true), matcher.text, matcher.message);
}
function textFindings(evidence, files, pattern, message) {
  const out = [];
  for (const file of files) {
    const hit = firstCodeMatch(evidence, file, pattern);
    if (hit) out.push({ file, line: hit.line, message: message ?? `matches ${snippet(hit.text)}`, strength: "strong" });
    if (out.length >= MATCHES_SHOWN) break;
  }
  return out;
}
function matchCi(matcher, evidence) {
  const re = compilePattern(matcher.ci);
  return evidence.ci.filter((c) => {
    re.lastIndex = 0;
    return re.test(c.expanded);
  }).map((c) => ({ file: c.file, line: c.line, message: matcher.message ?? `CI runs \`${snippet(c.text)}\``, strength: "strong" }));
}
function calleeMatches(callee, pattern) {
  if (pattern.startsWith("/")) return compilePattern(pattern).test(callee);
  if (pattern.startsWith("*.")) return callee === pattern.slice(2) || callee.endsWith(pattern.slice(1));
  if (pattern.endsWith(".*")) return callee.startsWith(pattern.slice(0, -1));
  return callee === pattern;
}
function firstCodeMatch(evidence, file, pattern) {
  if (!evidence.mayMatch(file, pattern)) return void 0;
  if (!hasEndAnchor(pattern)) {
    const raw = evidence.text(file);
    if (raw === void 0 || !rawMatches(evidence, file, pattern, raw)) return void 0;
  }
  return firstMatch(evidence.code(file), pattern);
}
function rawMatches(evidence, file, pattern, raw) {
  const alternatives = alternativesOf(pattern);
  if (!alternatives) return compilePattern(pattern).test(raw);
  return alternatives.some((alternative) => evidence.mayMatch(file, alternative) && compilePattern(alternative).test(raw));
}
var endAnchors = /* @__PURE__ */ new Map();
function hasEndAnchor(pattern) {
  let yes = endAnchors.get(pattern);
  if (yes === void 0) endAnchors.set(pattern, yes = /(?<!\\)\$/.test(pattern));
  return yes;
}
function firstMatch(text, pattern) {
  if (text === void 0) return void 0;
  const re = compilePattern(pattern);
  const m = re.exec(text);
  return m ? { line: lineAt(text, m.index), text: m[0] } : void 0;
}
function snippet(text) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}
function matchFiles(matcher, evidence, readTestFiles) {
  const out = [];
  const enough = Math.max(MATCHES_SHOWN, matcher.minCount ?? 0);
  for (const file of projectOnly(filesMatching(evidence.files, matcher.files), readTestFiles)) {
    if (out.length >= enough) break;
    if (matcher.contains) {
      const hit = firstCodeMatch(evidence, file, matcher.contains);
      if (hit) out.push({ file, line: hit.line, message: `${file.slice(file.lastIndexOf("/") + 1)}: ${snippet(hit.text)}`, strength: "strong" });
    } else {
      out.push({ file, line: 1, message: `has ${file.slice(file.lastIndexOf("/") + 1)}`, strength: "strong" });
    }
  }
  if (!matcher.minCount) return out;
  const measured = { summary: `${out.length} matching file(s) found; ${matcher.minCount} needed`, values: [{ name: "matching-files", value: out.length, need: matcher.minCount, unit: "count" }] };
  if (out.length < matcher.minCount) return out.map((f) => ({ ...f, strength: "weak", message: `${f.message} (needs ${matcher.minCount} files)`, measured }));
  return out.map((f) => ({ ...f, measured }));
}
function matchLibrary(matcher, evidence, countTests) {
  const out = [];
  let useHits;
  const usedAt = () => useHits ??= matcher.use ? useSites(matcher.use, evidence, countTests) : [];
  for (const [ecosystem, names] of Object.entries(matcher.library)) {
    const wanted = new Set(names.map((n) => ecosystem === "pypi" ? normalizePythonName(n) : n));
    const declared = evidence.dependencies.filter((d) => d.ecosystem === ecosystem && !isScaffolding(d.file) && (wanted.has(d.name) || ecosystem === "npm" && names.some((n) => n.endsWith("/*") && d.name.startsWith(n.slice(0, -1)))));
    for (const dep of declared) {
      const own2 = importNamesOf(ecosystem, dep.name, !!matcher.use);
      const imported = usedImports(evidence, [...own2, ...matcher.modules ?? []], 3, [ecosystem], countTests);
      const ownModule = (module) => own2.some((o) => module === o || module.startsWith(`${o}.`) || module.startsWith(`${o}/`));
      const uses = (module) => ownModule(module) ? `uses ${dep.name} (imports ${module})` : `imports ${module}`;
      if (imported.length) out.push(...imported.map((i) => ({ file: i.file, line: i.line, message: uses(i.module), strength: "strong" })));
      else if (ecosystem === "gem" && !matcher.use && !dep.dev && bundlerRequires(evidence)) out.push({ file: dep.file, line: dep.line, message: `uses ${dep.name} (loaded by Bundler.require)`, strength: "strong" });
      else if (usedAt().length) out.push(...usedAt().slice(0, 3).map((u) => ({ ...u, message: `uses ${dep.name} (${u.message})` })));
      else out.push({ file: dep.file, line: dep.line, message: `declares ${dep.name}, but no source file uses it`, strength: "weak" });
    }
  }
  if (out.length === 0 && matcher.modules) {
    const ecosystems = Object.keys(matcher.library);
    const kept = importingFiles(evidence, ecosystems, countTests);
    for (const i of evidence.importsIn(matcher.modules, { where: kept })) {
      if (i.used && kept(i.file) && matcher.modules.some((n) => moduleMatches(i.module, n))) out.push({ file: i.file, line: i.line, message: `imports ${i.module}`, strength: "strong" });
    }
  }
  return dedupe(out);
}
var usedImportsCache = new SharedAnswers();
function usedImports(evidence, names, limit, ecosystems, countTests) {
  const key = `${limit}\0${countTests}\0${ecosystems.join(",")}\0${names.join("\0")}`;
  return usedImportsCache.get(evidence, key, () => {
    const found = [];
    const kept = importingFiles(evidence, ecosystems, countTests);
    for (const i of evidence.importsIn(names, { usedOnly: true, where: kept })) {
      if (i.used && kept(i.file) && names.some((n) => moduleMatches(i.module, n))) found.push(i);
      if (found.length >= limit) break;
    }
    return found;
  });
}
var bundlerRequires = oncePerEvidence(
  (evidence) => evidence.files.some((f) => /(^|\/)config\/application\.rb$/.test(f) && /Bundler\.require/.test(evidence.code(f) ?? ""))
);
function useSites(pattern, evidence, countTests) {
  const out = [];
  for (const file of projectOnly(evidence.files, countTests)) {
    if (!/\.(rb|java|kt|kts|cs|fs|groovy|scala|yml|yaml|properties|xml|json|toml|py|go|rs|ts|js|mjs|cjs)$/.test(file)) continue;
    const hit = firstCodeMatch(evidence, file, pattern);
    if (hit) out.push({ file, line: hit.line, message: snippet(hit.text), strength: "strong" });
    if (out.length >= 3) break;
  }
  return out;
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.strength}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/detectors/project-kind.ts
var JS_SERVING = "/\\b(?:http|https|net)\\.createServer\\(|\\.listen\\([ \\t]*(?:\\d{2,5}|port|PORT|process\\.env\\.PORT)\\b|\\bDeno\\.serve\\(|\\bBun\\.serve\\(|\\bres\\.(?:status|sendStatus|render|send)\\([^)\\n]/";
var SERVER_TEXT = [
  { text: JS_SERVING, in: ["@source", "!**/*.{py,go,java,kt,rb,cs,rs}"] },
  // A listener on a literal address with the default mux and no handler of its own is a pprof debug endpoint.
  { text: '/\\bhttp\\.(?:HandleFunc|Handle|ResponseWriter|Serve)\\b|\\.ListenAndServe(?:TLS)?\\((?![ \\t]*"[^"\\n]{0,60}"[ \\t]*,[ \\t]*nil[ \\t]*\\))|\\bnet\\.Listen\\(|\\bgrpc\\.NewServer\\(/', in: ["**/*.go", "!@tests"] },
  { text: "/\\bTcpListener::bind\\(|\\bUdpSocket::bind\\(|\\bHttpServer::new\\(|\\baxum::serve\\(|\\bServer::bind\\(|\\bwarp::serve\\(|\\brocket::build\\(|#\\[(?:rocket::)?launch\\]|\\btonic::transport::Server\\b/", in: ["**/*.rs", "!@tests"] },
  { text: "/\\b(?:asyncio\\.start_server|socketserver\\.\\w*Server|HTTPServer|ThreadingHTTPServer|web\\.run_app|uvicorn\\.run|app\\.run)\\(/", in: ["**/*.py", "!@tests"] },
  { text: "/@(?:RestController|Controller|SpringBootApplication|Path|WebServlet)\\b|\\bembeddedServer\\(|\\bHttpServer\\.create\\(/", in: ["**/*.{java,kt}", "!@tests"] },
  { text: "/\\bWebApplication\\.Create(?:Slim)?Builder\\(|\\[ApiController\\]|\\.UseStartup<|\\bWebHost\\.|\\.MapControllers\\(|\\bTcpListener\\(/", in: ["**/*.cs", "!@tests"] },
  { text: "/\\bRails\\.application\\b|<[ \\t]*Sinatra::(?:Base|Application)\\b|<[ \\t]*Grape::API\\b|\\bRoda\\b|\\bTCPServer\\.new\\(/", in: ["**/*.rb", "!@tests"] }
];
var SERVER_LIBRARIES = [
  { library: { npm: ["express", "fastify", "koa", "@hapi/hapi", "@nestjs/core", "next", "nuxt", "@sveltejs/kit", "@remix-run/node", "@remix-run/server-runtime", "hono", "restify", "polka", "@adonisjs/core", "sails", "@loopback/core", "@feathersjs/feathers", "@apollo/server", "apollo-server", "apollo-server-express", "graphql-yoga", "@trpc/server", "elysia", "h3"] } },
  { library: { pypi: ["django", "flask", "fastapi", "starlette", "tornado", "sanic", "falcon", "pyramid", "bottle", "quart", "litestar", "cherrypy", "aiohttp-wsgi"] }, modules: ["django", "flask", "fastapi", "starlette", "tornado", "sanic", "falcon", "pyramid", "bottle", "quart", "litestar", "cherrypy"] },
  { library: { go: ["github.com/gin-gonic/gin", "github.com/labstack/echo/v4", "github.com/labstack/echo", "github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v3", "github.com/go-chi/chi/v5", "github.com/go-chi/chi", "github.com/gorilla/mux", "github.com/valyala/fasthttp", "github.com/julienschmidt/httprouter", "github.com/beego/beego/v2"] } },
  { library: { maven: ["org.springframework.boot:spring-boot-starter-web", "org.springframework.boot:spring-boot-starter-webflux", "io.quarkus:quarkus-resteasy", "io.quarkus:quarkus-rest", "io.micronaut:micronaut-http-server-netty", "io.ktor:ktor-server-core", "io.ktor:ktor-server-netty", "io.javalin:javalin", "com.sparkjava:spark-core"] }, use: "@RestController|@Controller\\b|@GetMapping|@RequestMapping|@Path\\(|embeddedServer\\(|Javalin\\.create\\(|routing \\{" },
  { library: { gem: ["rails", "sinatra", "grape", "hanami", "roda", "puma"] } },
  { library: { cargo: ["axum", "actix-web", "rocket", "warp", "poem", "tide", "salvo", "tower-http"] } },
  // Long-running processes that take outside input without HTTP: queue workers, chat bots, dashboard servers.
  { library: { pypi: ["celery", "rq", "dramatiq", "streamlit", "gradio", "dash", "discord.py", "python-telegram-bot", "aiogram", "slack-bolt"] }, modules: ["celery", "rq", "dramatiq", "streamlit", "gradio", "dash", "discord", "telegram", "aiogram", "slack_bolt"] },
  { library: { npm: ["discord.js", "telegraf", "grammy", "@slack/bolt", "bullmq", "bull"] } },
  { library: { gem: ["sidekiq", "resque", "discordrb", "telegram-bot-ruby"] } }
];
var UI_LIBRARIES = [
  { library: { pypi: ["pyqt5", "pyqt6", "pyside2", "pyside6", "wxpython", "kivy", "toga"] }, modules: ["PyQt5", "PyQt6", "PySide2", "PySide6", "wx", "kivy", "toga", "tkinter"] },
  { library: { cargo: ["tauri", "eframe", "egui", "iced", "slint", "gtk", "gtk4"] } },
  { library: { go: ["fyne.io/fyne/v2", "github.com/wailsapp/wails/v2", "gioui.org"] } },
  { library: { maven: ["org.openjfx:javafx-controls", "org.openjfx:javafx-fxml"] } }
];
var OWN_SERVING = "serves requests";
var WORKSPACE_PACKAGE = "a published workspace package (package.json declares what importers load)";
var SERVER_MATCHERS = [...SERVER_TEXT.map((t) => ({ ...t, message: OWN_SERVING })), ...SERVER_LIBRARIES];
function own(file) {
  return ownAnswer(file);
}
var ownAnswer = answeredOncePerPath((file) => !isTestFile(file) && !isScaffolding(file) && !NOT_OWN_FOLDER.test(file) && !inTestModule(file), 2e5);
var NOT_OWN_FOLDER = inFolderNamed(
  [
    ...except(TEST_FOLDERS, "__tests__"),
    "integration",
    "acceptance",
    ...except(TEST_DATA_FOLDERS, "__fixtures__", "__mocks__"),
    ...DOC_FOLDERS,
    // A documentation site's own folder (docs-v3/, docs-site/, api-docs/) is the docs, deployed or not.
    "docs?[-_.][\\w.-]{1,40}",
    "[\\w.-]{1,40}[-_]docs?",
    ...except(SAMPLE_FOLDERS, "_examples?", "example[-_]apps?", "sample[-_]apps?", "(?:examples?|samples?|demos?)[-_][^/]{1,60}"),
    // Benchmark projects (benches/, bench/, benchmarks/: a BenchmarkDotNet console, a bench harness) measure the project; they are not a command it ships.
    ...BENCHMARK_FOLDERS,
    "profiling",
    ...VENDORED_FOLDERS
  ],
  "i"
);
function inTestModule(file) {
  const folders = file.split("/").slice(0, -1);
  return folders.some((folder) => {
    const words = folder.toLowerCase().split(/[-_]/);
    return words.length > 1 && words.some((w) => w === "test" || w === "tests" || w === "testing");
  });
}
var cliSigns = oncePerEvidence(findCliSigns);
var librarySigns = oncePerEvidence(findLibrarySigns);
var projectKind = oncePerEvidence(decide);
function decide(evidence) {
  const djangoApp = djangoExtension(evidence);
  const service = railsEngine(evidence) || djangoApp ? [] : serverSigns(evidence);
  if (service.length) return { kind: "service", because: service };
  const app = appSigns(evidence, djangoApp ? (f) => /(^|\/)templates\//.test(f) : void 0);
  if (app.length) return { kind: "app", because: app };
  const cli = cliSigns(evidence);
  if (cli.length) return { kind: "cli", because: cli };
  const library = librarySigns(evidence);
  if (library.length) return { kind: "library", because: library };
  return { kind: "unknown", because: [] };
}
function railsEngine(evidence) {
  if (evidence.fileSet.has("config/application.rb") || !evidence.files.some((f) => /^(?:[^/]+\/)?[^/]+\.gemspec$/.test(f))) return false;
  return evidence.sourceFiles.some((f) => f.endsWith(".rb") && /(^|\/)lib\//.test(f) && !!evidence.text(f)?.includes("Rails::Engine") && /<[ \t]*(?:::)?Rails::Engine\b/.test(evidence.code(f) ?? ""));
}
function djangoExtension(evidence) {
  if (!librarySigns(evidence).some((f) => f.message.startsWith("a Python"))) return false;
  const unshipped = unshippedPythonFolders(evidence);
  let settings = 0;
  for (const file of evidence.files) {
    if (!DJANGO_CONFIG_FILE.test(file) || !evidence.text(file)?.includes("INSTALLED_APPS") || !/^[ \t]*INSTALLED_APPS[ \t]*[=+]/m.test(evidence.code(file) ?? "")) continue;
    if (own(file) && !NOT_A_DJANGO_PROJECT.test(file) && !unshipped.some((folder) => file.startsWith(folder))) return false;
    settings++;
  }
  return settings > 0;
}
var DJANGO_CONFIG_FILE = /(?:^|\/)(?:[\w-]{0,40}settings[\w-]{0,40}\.py|settings\/[\w-]{1,60}\.py|conftest\.py)$/;
var NOT_A_DJANGO_PROJECT = /(?:^|\/)(?:sandbox|testapp|test_project|testproject|project_template|[\w-]{0,40}_template|t)\//;
function ownPackageNames(evidence) {
  const names = /* @__PURE__ */ new Set();
  for (const manifest of evidence.packageJsons) {
    const npmName = manifest.data.name;
    if (typeof npmName === "string" && (manifest.file === "package.json" || own(manifest.file))) names.add(npmName);
  }
  for (const f of evidence.files) {
    const py = /^(?:src\/)?([A-Za-z_]\w{0,60})\/__init__\.py$/.exec(f);
    if (py) names.add(py[1]).add(normalizePythonName(py[1]));
    const gem = /^([\w.-]{1,80})\.gemspec$/.exec(f);
    if (gem) names.add(gem[1]);
  }
  for (const pom of evidence.files.filter((f) => /(^|\/)pom\.xml$/.test(f) && own(f))) {
    const artifact = mavenCoordinates(evidence.text(pom) ?? "");
    if (artifact) names.add(artifact);
  }
  const goModule = goModulePath(evidence.text("go.mod"));
  if (goModule) names.add(goModule);
  for (const manifest of evidence.files.filter((f) => /(^|\/)Cargo\.toml$/.test(f) && own(f))) {
    const crate = /^\[package\][^[]*?^name[ \t]*=[ \t]*"([\w-]{1,80})"/m.exec(evidence.text(manifest) ?? "");
    if (crate) names.add(crate[1]);
  }
  return names;
}
function mavenCoordinates(pom) {
  const parent = /<parent>([\s\S]{0,2000}?)<\/parent>/.exec(pom);
  const body = parent ? pom.slice(0, parent.index) + pom.slice(parent.index + parent[0].length) : pom;
  const tag = (text, name) => new RegExp(`<${name}>[ \\t]*([\\w.-]{1,120})[ \\t]*</${name}>`).exec(text)?.[1];
  const head2 = body.replace(/<(dependencies|dependencyManagement|build|profiles|plugins)>[\s\S]*$/, "");
  const artifact = tag(head2, "artifactId");
  const group = tag(head2, "groupId") ?? (parent ? tag(parent[1], "groupId") : void 0);
  return artifact && group ? `${group}:${artifact}` : void 0;
}
function declaredOnly(matcher, evidence) {
  if (!("library" in matcher) || !matcher.modules) return matcher;
  const declared = Object.entries(matcher.library).some(([eco, names]) => {
    const wanted = new Set((names ?? []).map((n) => eco === "pypi" ? normalizePythonName(n) : n));
    return evidence.dependencies.some((d) => d.ecosystem === eco && wanted.has(d.name) && own(d.file) && !(eco === "pypi" && d.dev));
  });
  return declared ? matcher : void 0;
}
function withoutOwn(matcher, own2) {
  if (!("library" in matcher) || own2.size === 0) return matcher;
  const library = Object.fromEntries(Object.entries(matcher.library).map(([eco, list]) => [eco, (list ?? []).filter((n) => !own2.has(n))]));
  const modules = matcher.modules?.filter((n) => !own2.has(n));
  if (Object.values(library).every((list) => list.length === 0) && !modules?.length) return void 0;
  return { ...matcher, library, ...matcher.modules ? { modules } : {} };
}
function testProjectFolders(evidence) {
  return evidence.files.filter((f) => /(?:^|\/|\.)[A-Za-z]{0,30}(?:Tests?|Testing)\.(?:cs|fs)proj$/.test(f)).map((f) => f.slice(0, f.lastIndexOf("/") + 1)).filter((dir) => dir !== "");
}
function serverSigns(evidence) {
  const ownNames = ownPackageNames(evidence);
  const harnesses = testProjectFolders(evidence);
  const running = (f) => own(f) && !harnesses.some((dir) => f.startsWith(dir));
  const matched = (matchers, where = () => true) => {
    for (const listed of matchers) {
      const matcher = withoutOwn(listed, ownNames);
      if (!matcher) continue;
      const found = runMatcher(matcher, evidence, { countTests: false }).filter((f) => f.strength === "strong" && running(f.file) && where(f.file));
      if (found.length) return found.slice(0, 1);
    }
    return [];
  };
  const ownServing = matched(SERVER_TEXT.map((t) => ({ ...t, message: OWN_SERVING })), (f) => !servesOnlyInTemplates(evidence, f));
  if (ownServing.length && !libraryFirst(evidence)) return ownServing;
  const framework = matched(librarySigns(evidence).length ? SERVER_LIBRARIES.flatMap((m) => declaredOnly(m, evidence) ?? []) : SERVER_LIBRARIES, (f) => !inAdapterPackage(evidence, f));
  if (framework.length) return framework;
  return deploymentSigns(evidence, running);
}
function servesOnlyInTemplates(evidence, file) {
  if (!/\.[cm]?[jt]sx?$/.test(file)) return false;
  const code = evidence.code(file) ?? "";
  if (!code.includes("`")) return false;
  const serving = compilePattern(JS_SERVING);
  let inTemplate = false;
  let counted = 0;
  for (const m of code.matchAll(serving)) {
    for (let i = counted; i < m.index; i++) if (code[i] === "`" && code[i - 1] !== "\\") inTemplate = !inTemplate;
    counted = m.index;
    if (!inTemplate) return false;
  }
  return true;
}
function inAdapterPackage(evidence, file) {
  if (!/\.[cm]?[jt]sx?$/.test(file)) return false;
  let nearest;
  let depth = -1;
  for (const manifest of evidence.packageJsons) {
    const dir = manifest.file.slice(0, manifest.file.length - "package.json".length);
    if (dir.length > depth && file.startsWith(dir)) {
      nearest = manifest.data;
      depth = dir.length;
    }
  }
  const forPublishing = (d) => !!(d.exports || d.types || d.typings || d.files || d.publishConfig);
  return depth > 0 && !!nearest && publishedPackage(nearest) && forPublishing(nearest) && !nearest.bin;
}
function staticHostFunctions(evidence, file) {
  const host = /(?:^|\/)(netlify\.toml|vercel\.json)$/.exec(file);
  if (!host) return false;
  const dir = file.slice(0, file.length - host[1].length);
  const declared = host[1] === "netlify.toml" ? /^[ \t]*(?:\[functions\b|functions[ \t]*=)/m : /"(?:functions|builds)"[ \t]*:/;
  const folder = host[1] === "netlify.toml" ? `${dir}netlify/functions/` : `${dir}api/`;
  return declared.test(evidence.text(file) ?? "") || evidence.files.some((f) => f.startsWith(folder));
}
function libraryFirst(evidence) {
  if (!librarySigns(evidence).length || cliSigns(evidence).length || evidence.fileSet.has("config/application.rb")) return false;
  if (dotnetWebHost(evidence)) return false;
  return !evidence.files.some((f) => /^\.goreleaser\.ya?ml$/.test(f) && buildsBinaries(evidence.text(f) ?? ""));
}
function dotnetWebHost(evidence) {
  const harnesses = testProjectFolders(evidence);
  return evidence.files.some((f) => {
    if (!/\.csproj$/.test(f) || !own(f) || harnesses.some((dir) => f.startsWith(dir))) return false;
    const text = evidence.text(f) ?? "";
    return /<Project[ \t]+Sdk="Microsoft\.NET\.Sdk\.Web"/.test(text) && /<OutputType>\s*Exe\s*</i.test(text);
  });
}
function buildsBinaries(config) {
  const start = /^builds:[ \t]*$/m.exec(config);
  if (!start) return /^builds:/m.test(config);
  const rest = config.slice(start.index + start[0].length);
  const next = /^\S/m.exec(rest);
  const builds = next ? rest.slice(0, next.index) : rest;
  const entries = builds.match(/^[ \t]*-[ \t]/gm)?.length ?? 0;
  const skipped = builds.match(/^[ \t]*(?:-[ \t]+)?skip:[ \t]*true\b/gm)?.length ?? 0;
  return entries === 0 || skipped < entries;
}
function deploymentSigns(evidence, own2) {
  const serverless = evidence.files.find((f) => own2(f) && (/(^|\/)(serverless\.ya?ml|wrangler\.toml|host\.json)$/.test(f) || staticHostFunctions(evidence, f)));
  if (serverless) return [{ file: serverless, line: 1, message: "serverless functions (it answers requests)", strength: "strong" }];
  for (const file of evidence.files.filter((f) => own2(f) && /(^|\/)template\.ya?ml$|\.csproj$/.test(f))) {
    const text = evidence.text(file) ?? "";
    const m = /AWS::Serverless::Function|AWS::Lambda::Function|<AzureFunctionsVersion>/.exec(text);
    if (m) return [{ file, line: lineAt(text, m.index), message: "serverless functions (it answers requests)", strength: "strong" }];
  }
  for (const file of evidence.files.filter((f) => own2(f) && /(^|\/)(Dockerfile|Containerfile)[^/]*$|(^|\/)Procfile$/.test(f))) {
    const text = evidence.text(file) ?? "";
    const m = /^[ \t]*EXPOSE[ \t]+\d|^web:/m.exec(text);
    if (m) return [{ file, line: lineAt(text, m.index), message: m[0].trim().startsWith("web") ? "a Procfile web process" : "its image exposes a port", strength: "strong" }];
  }
  return [];
}
function projectSitePage(evidence, file) {
  if (/(?:^|\/)themes?\/[^/]{1,60}\/templates?\//.test(file)) return cliSigns(evidence).length > 0;
  return /^(?:website|www|site)\//.test(file) && (cliSigns(evidence).length > 0 || librarySigns(evidence).length > 0);
}
var DOCS_RENDERER = /\bwindow\.\$docsify\b|<script\b[^>]{0,200}\bsrc=["'][^"']{0,200}\bdocsify\b|<redoc\b|\bSwaggerUIBundle\(|<rapi-doc\b|<elements-api\b|@scalar\/api-reference\b/;
var rendersDocs = (evidence, page) => DOCS_RENDERER.test(evidence.text(page) ?? "");
function appSigns(evidence, hostTemplate = () => false) {
  const page = evidence.files.find((f) => own(f) && /(^|\/)index\.html?$/.test(f) && !hostTemplate(f) && !projectSitePage(evidence, f) && !rendersDocs(evidence, f));
  if (page) return [{ file: page, line: 1, message: "a web page it serves or bundles", strength: "strong" }];
  const ui = evidence.files.find((f) => own(f) && (/\.xcodeproj\/project\.pbxproj$|(^|\/)lib\/main\.dart$/.test(f) || /(^|\/)AndroidManifest\.xml$/.test(f) && /<activity\b/.test(evidence.text(f) ?? "")));
  if (ui) return [{ file: ui, line: 1, message: "a mobile app", strength: "strong" }];
  const cs = evidence.files.find((f) => own(f) && /\.csproj$/.test(f) && /<Use(?:WPF|WindowsForms|Maui)>\s*true|Sdk="Microsoft\.NET\.Sdk\.BlazorWebAssembly"|Avalonia/i.test(evidence.text(f) ?? ""));
  if (cs) return [{ file: cs, line: 1, message: "a .NET desktop or browser app", strength: "strong" }];
  for (const matcher of UI_LIBRARIES) {
    const found = runMatcher(matcher, evidence, { countTests: false }).filter((f) => f.strength === "strong" && own(f.file));
    if (found.length) return [{ ...found[0], message: `a desktop app: ${found[0].message}` }];
  }
  const root = evidence.packageJsons.find((p) => p.file === "package.json");
  if (root) {
    const d = root.data;
    if (d.private === true && !d.bin && !d.exports && !librarySigns(evidence).length) return [{ file: root.file, line: 1, message: "a private package.json (an application, not a published package)", strength: "strong" }];
    const deps = { ...d.dependencies, ...d.devDependencies };
    const shell = ["electron", "react-native", "expo", "@tauri-apps/api"].find((n) => n in deps);
    if (shell) return [{ file: root.file, line: 1, message: `an application built on ${shell}`, strength: "strong" }];
  }
  return [];
}
function findCliSigns(evidence) {
  const out = [];
  for (const pkg of evidence.packageJsons.filter((p) => own(p.file) && !p.file.includes("/"))) {
    if (pkg.data.bin) out.push({ file: pkg.file, line: 1, message: "package.json declares a bin (a command)", strength: "strong" });
  }
  for (const file of evidence.files.filter((f) => own(f) && /^(pyproject\.toml|setup\.cfg|setup\.py)$/.test(f))) {
    const text = evidence.text(file) ?? "";
    const m = /^\[project\.scripts\]|^\[tool\.poetry\.scripts\]|console_scripts/m.exec(text);
    if (m && optionalCommand(text)) continue;
    if (m) out.push({ file, line: lineAt(text, m.index), message: "declares console scripts (a command)", strength: "strong" });
  }
  const goMain = evidence.sourceFiles.find((f) => f.endsWith(".go") && own(f) && /^package[ \t]+main\b/m.test(evidence.code(f) ?? ""));
  if (goMain) out.push({ file: goMain, line: 1, message: "a Go main package (a command)", strength: "strong" });
  const optionalBins = optionalRustBins(evidence);
  const rustBin = evidence.sourceFiles.find((f) => own(f) && /(?:^|\/)src\/(?:main\.rs|bin\/[^/]+\.rs|bin\/[^/]+\/main\.rs)$/.test(f) && !optionalBins.has(f));
  if (rustBin) out.push({ file: rustBin, line: 1, message: "a Rust binary (a command)", strength: "strong" });
  for (const file of evidence.files.filter((f) => own(f) && /(^|\/)Cargo\.toml$/.test(f))) {
    const text = evidence.text(file) ?? "";
    const m = /^\[\[bin\]\](?![^[]*^required-features[ \t]*=)/m.exec(text);
    if (m) out.push({ file, line: lineAt(text, m.index), message: "a Rust binary target (a command)", strength: "strong" });
  }
  const gemExe = evidence.files.find((f) => /^exe\/[^/]+$/.test(f));
  if (gemExe && evidence.files.some((f) => /^[^/]+\.gemspec$/.test(f))) out.push({ file: gemExe, line: 1, message: "a gem's executable (a command)", strength: "strong" });
  const dotnet = evidence.files.filter((f) => own(f) && /\.(csproj|fsproj)$/.test(f));
  const packs = publishesNuGet(evidence);
  for (const file of dotnet) {
    const text = evidence.text(file) ?? "";
    if (packs && !packable(text) && !/<PackAsTool>\s*true/i.test(text)) continue;
    if (/<OutputType>\s*Exe\s*</i.test(text) && !/Sdk="Microsoft\.NET\.Sdk\.(Web|BlazorWebAssembly|Razor)"/.test(text)) out.push({ file, line: 1, message: "a .NET console project (a command)", strength: "strong" });
  }
  for (const file of evidence.files.filter((f) => own(f) && /(^|\/)build\.gradle(\.kts)?$/.test(f))) {
    const text = evidence.code(file) ?? "";
    const m = /^[ \t]*(?:id[ \t(]*['"]application['"]|application\b[ \t]*$|`application`)/m.exec(text);
    if (m) out.push({ file, line: lineAt(text, m.index), message: "a Gradle application (a command)", strength: "strong" });
  }
  return out.slice(0, 3);
}
var publishedPackage = (d) => d.private !== true && typeof d.name === "string" && !!(d.exports || d.main || d.module);
function optionalRustBins(evidence) {
  const bins = /* @__PURE__ */ new Set();
  for (const manifest of evidence.files.filter((f) => /(^|\/)Cargo\.toml$/.test(f))) {
    const dir = manifest.slice(0, manifest.length - "Cargo.toml".length);
    for (const table of (evidence.text(manifest) ?? "").split(/^\[\[bin\]\][ \t]*$/m).slice(1)) {
      const body = table.split(/^\[/m)[0];
      if (!/^required-features[ \t]*=/m.test(body)) continue;
      const path3 = /^path[ \t]*=[ \t]*"([^"\n]{1,200})"/m.exec(body)?.[1];
      const name = /^name[ \t]*=[ \t]*"([^"\n]{1,80})"/m.exec(body)?.[1];
      if (path3) bins.add(dir + path3);
      else if (name) bins.add(`${dir}src/bin/${name}.rs`).add(`${dir}src/bin/${name}/main.rs`);
    }
  }
  return bins;
}
var packable = (project) => /<(PackageId|IsPackable|PackageTags|PackageLicenseExpression)>\s*(?!false)/i.test(project);
var SHARED_BUILD_FILE = /^(?:(?:src|eng|build)\/)?[\w.-]{1,80}\.(?:props|targets)$/;
var SHARED_PACKAGE_METADATA = /<(?:PackageId|PackageLicenseExpression|PackageLicenseFile|PackageProjectUrl)>/;
var sharesPackageMetadata = (evidence, file) => SHARED_BUILD_FILE.test(file) && SHARED_PACKAGE_METADATA.test(evidence.text(file) ?? "");
function publishesNuGet(evidence) {
  return evidence.files.some((f) => own(f) && (/\.(csproj|fsproj)$/.test(f) ? packable(evidence.text(f) ?? "") : sharesPackageMetadata(evidence, f)));
}
function optionalCommand(manifest) {
  const extra = /^(?:cli|console|scripts?|command)[ \t]*=/m;
  return extra.test(tomlTable(manifest, "project.optional-dependencies")) || extra.test(tomlTable(manifest, "tool.poetry.extras")) || /\bextras_require\b[^)]{0,400}?["'](?:cli|console|scripts?|command)["'][ \t]*:/.test(manifest);
}
function tomlTable(toml, name) {
  const lines = toml.split("\n");
  const start = lines.findIndex((l) => l.trim() === `[${name}]`);
  if (start < 0) return "";
  const end = lines.findIndex((l, i) => i > start && /^\[/.test(l));
  return lines.slice(start + 1, end < 0 ? void 0 : end).join("\n");
}
function findLibrarySigns(evidence) {
  const out = [];
  const root = evidence.packageJsons.find((p) => p.file === "package.json");
  if (root) {
    const d = root.data;
    const defaultMain = typeof d.name === "string" && Array.isArray(d.files) && d.files.length > 0 && evidence.fileSet.has("index.js");
    if (d.private !== true && (d.main || d.exports || d.module || d.types || defaultMain) || d.exports) out.push({ file: root.file, line: 1, message: "a published package (package.json declares what importers load)", strength: "strong" });
    else if (d.private === true && (d.workspaces || evidence.fileSet.has("pnpm-workspace.yaml"))) {
      const published = evidence.packageJsons.find((p) => p.file.includes("/") && own(p.file) && publishedPackage(p.data));
      if (published) out.push({ file: published.file, line: 1, message: WORKSPACE_PACKAGE, strength: "strong" });
    }
  }
  if (evidence.files.some((f) => /^(setup\.py|setup\.cfg|pyproject\.toml)$/.test(f))) {
    const pkg = evidence.files.find((f) => /^(?:src\/)?(?!(?:tests?|docs?|examples?|scripts?|benchmarks?)\/)[A-Za-z_]\w{0,60}\/__init__\.py$/.test(f));
    if (pkg) out.push({ file: pkg, line: 1, message: "a Python package other code imports", strength: "strong" });
    else {
      const module = singleModuleDistribution(evidence);
      if (module) out.push({ file: module, line: 1, message: "a Python module other code imports (a distribution of one module)", strength: "strong" });
    }
  }
  if (evidence.files.includes("go.mod")) {
    const rootGo = evidence.sourceFiles.find((f) => !f.includes("/") && f.endsWith(".go") && !isTestFile(f));
    const m = rootGo ? /^package[ \t]+(\w+)/m.exec(evidence.code(rootGo) ?? "") : null;
    if (rootGo && m && m[1] !== "main") out.push({ file: rootGo, line: 1, message: `a Go module whose root package ${m[1]} other code imports`, strength: "strong" });
    const toolkit = rootGo ? void 0 : goToolkitPackage(evidence);
    if (toolkit) out.push({ file: toolkit.file, line: 1, message: `a Go module of packages other code imports (${toolkit.name}, \u2026), with no command`, strength: "strong" });
  }
  const lib = evidence.sourceFiles.find((f) => own(f) && /(^|\/)src\/lib\.rs$/.test(f));
  if (lib) out.push({ file: lib, line: 1, message: "a Rust library crate", strength: "strong" });
  const gemspec = evidence.files.find((f) => /^[^/]+\.gemspec$/.test(f));
  if (gemspec) out.push({ file: gemspec, line: 1, message: "a gem", strength: "strong" });
  for (const file of evidence.files.filter((f) => own(f) && /\.(csproj|fsproj)$/.test(f))) {
    const text = evidence.text(file) ?? "";
    if (packable(text) && !/<OutputType>\s*Exe/i.test(text) && !/Sdk="Microsoft\.NET\.Sdk\.Web"/.test(text)) out.push({ file, line: 1, message: "a NuGet package", strength: "strong" });
  }
  if (!out.some((f) => f.message === "a NuGet package")) {
    const props = evidence.files.find((f) => sharesPackageMetadata(evidence, f));
    const library = props && evidence.files.some((f) => own(f) && /\.(csproj|fsproj)$/.test(f) && /Sdk="Microsoft\.NET\.Sdk"/.test(evidence.text(f) ?? "") && !/<OutputType>\s*Exe/i.test(evidence.text(f) ?? ""));
    if (props && library) out.push({ file: props, line: 1, message: "NuGet packages (package metadata shared by its projects)", strength: "strong" });
  }
  const rootPom = evidence.text("pom.xml") ?? "";
  const deploysApp = () => evidence.files.some((f) => /(^|\/)pom\.xml$/.test(f) && own(f) && /<artifactId>[ \t]*spring-boot-maven-plugin[ \t]*<\/artifactId>|<packaging>[ \t]*war[ \t]*<\/packaging>/.test(evidence.text(f) ?? ""));
  if (!deploysApp() && /<distributionManagement>|<artifactId>[ \t]*(?:maven-javadoc-plugin|central-publishing-maven-plugin|nexus-staging-maven-plugin)[ \t]*<\/artifactId>/.test(rootPom)) out.push({ file: "pom.xml", line: 1, message: "a Maven library (its pom publishes the artifacts)", strength: "strong" });
  for (const file of evidence.files.filter((f) => own(f) && /(^|\/)build\.gradle(\.kts)?$|\.gradle\.kts$/.test(f))) {
    if (/\bjava-library\b|`java-library`|\bcom\.android\.library\b|\bplugins\.android\.library\b|\bmaven-publish\b|\bcom\.vanniktech\.maven\.publish\b/.test(evidence.code(file) ?? "")) out.push({ file, line: 1, message: "a Gradle library (java-library, an Android library or a Maven publication)", strength: "strong" });
  }
  return out.slice(0, 3);
}
function singleModuleDistribution(evidence) {
  const names = /* @__PURE__ */ new Set();
  for (const manifest of ["pyproject.toml", "setup.cfg", "setup.py"]) {
    const text = evidence.text(manifest);
    if (!text) continue;
    const name = /^[ \t]*name[ \t]*=[ \t]*['"]?([A-Za-z][\w.-]{0,60})['"]?[ \t]*(?:,[ \t]*)?$/m.exec(text);
    if (name) names.add(name[1].toLowerCase().replace(/[-.]/g, "_"));
    const listed = /\bpy_modules[ \t]*=[ \t]*\[[ \t]*['"]([A-Za-z_]\w{0,60})['"]/.exec(text);
    if (listed) names.add(listed[1]);
  }
  for (const name of names) {
    const file = [`${name}.py`, `src/${name}.py`].find((f) => evidence.sourceFiles.includes(f));
    if (file) return file;
  }
  return void 0;
}
var TOOLKIT_MIN_PACKAGES = 3;
var goToolkitPackage = oncePerEvidence((evidence) => {
  if (!evidence.fileSet.has("go.mod")) return void 0;
  const goFiles = evidence.sourceFiles.filter((f) => f.endsWith(".go") && own(f));
  if (goFiles.some((f) => !f.includes("/"))) return void 0;
  let first;
  const folders = /* @__PURE__ */ new Set();
  for (const file of goFiles) {
    const name = /^package[ \t]+(\w+)/m.exec(evidence.code(file) ?? "")?.[1];
    if (name === "main") return void 0;
    if (!name || /^(?:internal|mocks?|tools?|hack|scripts?)\//.test(file)) continue;
    folders.add(file.split("/")[0]);
    if (!first && file.split("/").length === 2) first = { file, name };
  }
  return folders.size >= TOOLKIT_MIN_PACKAGES ? first : void 0;
});
var shipsForCallers = oncePerEvidence((evidence) => {
  const { kind, because } = projectKind(evidence);
  const packages = () => librarySigns(evidence).filter((f) => f.message !== WORKSPACE_PACKAGE).length > 0;
  return kind === "library" ? because.length > 0 : kind === "cli" ? packages() : kind === "service" && because[0]?.message === OWN_SERVING && packages();
});
var KINDS = ["service", "app", "cli", "library", "unknown"];
var KIND_NAMES = {
  service: "a service (it serves requests)",
  app: "an application with a user interface",
  cli: "a command-line tool",
  library: "a library (a package other code imports)",
  unknown: "a project of no recognised kind"
};
var projectKindDetector = {
  name: "projectKind",
  question: "Is the project one of the kinds in `kinds`? A service serves requests (a web or RPC framework in use, a listening socket, an exposed port); an app has a user interface; a CLI declares a command (bin, console scripts, a Go main package, a Rust binary); a library is a package other code imports; unknown is none of these.",
  parseTokens: SERVER_LIBRARIES.flatMap((m) => "library" in m ? m.library.npm ?? [] : []),
  textPatterns: SERVER_MATCHERS.flatMap((m) => textPatternsOf(m)),
  explainNone(evidence) {
    const { kind, because } = projectKind(evidence);
    const first = because[0];
    return first ? `levelgate reads this repository as ${KIND_NAMES[kind]}: ${first.file}: ${first.message}` : void 0;
  },
  detect(evidence, options) {
    const wanted = Array.isArray(options.kinds) ? options.kinds.filter((k) => KINDS.includes(k)) : [];
    const { kind, because } = projectKind(evidence);
    if (!wanted.includes(kind)) return [];
    if (because.length) return because.map((f) => ({ ...f, message: `${KIND_NAMES[kind]}: ${f.message}` }));
    return [{ file: evidence.files[0] ?? ".", line: 1, message: KIND_NAMES[kind], strength: "strong" }];
  }
};

// src/detectors/entry-point.ts
var ENTRY_FILES = /(^|\/)(src\/)?(index|main|server|app|cli)\.(js|mjs|cjs|ts|tsx|mts)$|^(?:app|main|server)\.rb$|(^|\/)(manage|wsgi|asgi|main|app|__main__)\.py$|(^|\/)main\.go$|(^|\/)src\/main\.rs$|(^|\/)src\/lib\.rs$|(^|\/)src\/bin\/[^/]+\.rs$|(^|\/)Program\.cs$|(^|\/)config\.ru$|(^|\/)bin\/rails$|(^|\/)exe\/[^/]+$|(^|\/)Application\.(java|kt)$|(^|\/)(index\.html)$/;
var ENTRY_TEXT = /@SpringBootApplication|public\s+static\s+void\s+main\s*\(|^fun\s+main\s*\(|^func\s+main\s*\(\)/m;
var CSHARP_ENTRY_TEXT = /\bstatic[ \t]+(?:async[ \t]+)?(?:void|int|Task(?:<int>)?)[ \t]+Main[ \t]*\(|\bWebApplication\.CreateBuilder\(|\bHost\.CreateDefaultBuilder\(/;
var NUGET_PACKAGE = /<(?:PackageId|PackageTags|GeneratePackageOnBuild)>|<IsPackable>[ \t]*true\b/;
var JVM_LIBRARY = /\bjava-library\b|\bmaven-publish\b|<distributionManagement>/;
var entryPoint = {
  name: "entryPoint",
  question: "Is there an entry point (main file, start script, bin, framework bootstrap)?",
  detect(evidence) {
    const out = [];
    for (const pkg of evidence.packageJsons) {
      const d = pkg.data;
      const what = d.bin ? "bin" : d.main ? "main" : d.exports ? "exports" : d.scripts?.start ? "scripts.start" : d.module ? "module" : void 0;
      if (what) out.push({ file: pkg.file, line: 1, message: `package.json declares ${what}`, strength: "strong" });
    }
    for (const file of evidence.sourceFiles.concat(evidence.files.filter((f) => /index\.html$|config\.ru$|bin\/rails$/.test(f)))) {
      if (isTestFile(file)) continue;
      if (ENTRY_FILES.test(file)) out.push({ file, line: 1, message: "entry point file", strength: "strong" });
      else if (/\.(java|kt|go|cs)$/.test(file)) {
        const code = evidence.code(file) ?? "";
        const m = (file.endsWith(".cs") ? CSHARP_ENTRY_TEXT : ENTRY_TEXT).exec(code);
        if (m) out.push({ file, line: lineAt(code, m.index), message: "main entry point", strength: "strong" });
      }
      if (out.length >= 5) break;
    }
    for (const mod of evidence.files.filter((f) => /(^|\/)go\.mod$/.test(f))) {
      const dir = mod.slice(0, mod.length - "go.mod".length);
      const root = evidence.sourceFiles.find((f) => f.startsWith(dir) && !f.slice(dir.length).includes("/") && f.endsWith(".go") && !isTestFile(f));
      const code = root ? evidence.code(root) ?? "" : "";
      const m = /^package[ \t]+(\w+)/m.exec(code);
      if (root && m && m[1] !== "main") out.push({ file: root, line: code.slice(0, m.index).split("\n").length, message: `the module's root package ${m[1]} (a library's entry point)`, strength: "strong" });
    }
    const toolkit = goToolkitPackage(evidence);
    if (toolkit) out.push({ file: toolkit.file, line: 1, message: `the module's package ${toolkit.name}, one of those other code imports (a toolkit's entry points)`, strength: "strong" });
    if (evidence.files.some((f) => /^(setup\.py|setup\.cfg|pyproject\.toml)$/.test(f))) {
      const pkg = evidence.files.find((f) => /^(?:src\/)?(?!(?:tests?|docs?|examples?|scripts?|benchmarks?)\/)[A-Za-z_]\w{0,60}\/__init__\.py$/.test(f));
      if (pkg) out.push({ file: pkg, line: 1, message: `the top-level package ${pkg.replace(/^src\//, "").split("/")[0]} (a library's entry point)`, strength: "strong" });
    }
    const gemspecs = evidence.files.filter((f) => /^(?:[\w.-]{1,80}\/)?[\w.-]{1,80}\.gemspec$/.test(f) && !isTestFile(f) && !isScaffolding(f));
    const gemspec = gemspecs.find((f) => !f.includes("/")) ?? (gemspecs.length === 1 ? gemspecs[0] : void 0);
    const folderEnd = gemspec ? gemspec.lastIndexOf("/") + 1 : 0;
    const gemMain = gemspec ? `${gemspec.slice(0, folderEnd)}lib/${gemspec.slice(folderEnd).replace(/\.gemspec$/, "")}.rb` : void 0;
    if (gemMain && evidence.files.includes(gemMain)) out.push({ file: gemMain, line: 1, message: "the gem's lib file (a library's entry point)", strength: "strong" });
    if (out.length === 0) out.push(...packagedLibraries(evidence));
    for (const manifest of evidence.files.filter((f) => /(^|\/)src\/main\/AndroidManifest\.xml$/.test(f) && !isTestFile(f))) {
      const xml2 = evidence.text(manifest) ?? "";
      const m = /android\.intent\.action\.MAIN\b/.exec(xml2);
      if (m) out.push({ file: manifest, line: lineAt(xml2, m.index), message: "an Android launcher activity (intent action MAIN)", strength: "strong" });
      if (out.length >= 5) break;
    }
    const flutter = evidence.files.find((f) => /(^|\/)lib\/main\.dart$/.test(f));
    if (flutter) out.push({ file: flutter, line: 1, message: "Flutter's lib/main.dart", strength: "strong" });
    if (out.length === 0) out.push(...procfileEntries(evidence));
    if (out.length === 0) out.push(...documentedScripts(evidence));
    if (evidence.files.some((f) => /(^|\/)pyproject\.toml$/.test(f) && /\[project\.scripts\]|\[tool\.poetry\.scripts\]/.test(evidence.text(f) ?? ""))) {
      out.push({ file: evidence.files.find((f) => /(^|\/)pyproject\.toml$/.test(f)), line: 1, message: "pyproject declares scripts", strength: "strong" });
    }
    return out;
  }
};
var PROCFILE_PROCESS = /^[\w-]{1,40}:[ \t]*(\S[^\n]{0,300})$/gm;
var NAMED_FILE = /(?:^|[ \t=])(?:\.\/)?([\w-]{1,60}(?:\/[\w-]{1,60}){0,4}\.(?:rb|py|js|mjs|cjs|ts|php|go|jar|ru))(?=$|[ \t])/g;
function procfileEntries(evidence) {
  if (!evidence.fileSet.has("Procfile")) return [];
  const text = evidence.text("Procfile") ?? "";
  for (const m of text.matchAll(PROCFILE_PROCESS)) {
    for (const named of m[1].matchAll(NAMED_FILE)) {
      if (evidence.fileSet.has(named[1]) && !isTestFile(named[1])) return [{ file: "Procfile", line: lineAt(text, m.index), message: `the Procfile starts ${named[1]}`, strength: "strong" }];
    }
  }
  return [];
}
var README = /^(README|readme|Readme)(\.(md|markdown|rst|txt))?$/;
var RUN_SCRIPT = /(?<![\w-])python3?[ \t]+(?:-[a-zA-Z]{1,3}[ \t]+){0,2}(?:\.\/)?([\w-]{1,60}(?:\/[\w-]{1,60}){0,4}\.py)\b/g;
function documentedScripts(evidence) {
  const fileSet = new Set(evidence.files);
  const found = [];
  for (const readme2 of evidence.files.filter((f) => README.test(f))) {
    const text = evidence.text(readme2) ?? "";
    for (const m of text.matchAll(RUN_SCRIPT)) {
      const script = m[1];
      if (fileSet.has(script) && !isTestFile(script) && !isScaffolding(script)) {
        found.push({ file: readme2, line: lineAt(text, m.index), message: `the README runs ${script}`, strength: "strong", depth: script.split("/").length });
      }
    }
  }
  return found.sort((a, b) => a.depth - b.depth).slice(0, 1).map(({ depth: _, ...f }) => f);
}
function packagedLibraries(evidence) {
  for (const file of evidence.files) {
    if (isTestFile(file) || isScaffolding(file) || /(^|\/)(?:tests?|samples?|examples?|benchmarks?)\//i.test(file)) continue;
    const dotnet = /\.csproj$/.test(file);
    const jvm = /(^|\/)(?:build\.gradle(?:\.kts)?|pom\.xml)$/.test(file);
    if (!dotnet && !jvm) continue;
    const text = evidence.text(file) ?? "";
    const m = (dotnet ? NUGET_PACKAGE : JVM_LIBRARY).exec(text);
    if (m) return [{ file, line: lineAt(text, m.index), message: dotnet ? "a NuGet package project (a library's entry point)" : "a published Java/Kotlin library (a library's entry point)", strength: "strong" }];
  }
  return [];
}

// src/detectors/go-packages.ts
var NOT_OWN = /(^|\/)(vendor|third_party|testdata|test|tests|e2e|examples?|_examples|mocks?|fixtures?)\//;
var goPackages = {
  name: "goPackages",
  question: "Is the Go code split into many packages (folders of non-test Go files, vendored code, test data and examples left out)?",
  detect(evidence, options) {
    const minPackages = typeof options.minPackages === "number" ? options.minPackages : 10;
    const dirs = /* @__PURE__ */ new Map();
    for (const file of evidence.sourceFiles) {
      if (!file.endsWith(".go") || isTestFile(file) || isScaffolding(file) || NOT_OWN.test(file)) continue;
      const dir = folderOf(file);
      if (!dirs.has(dir)) dirs.set(dir, file);
    }
    if (dirs.size < minPackages) return [];
    const measured = { summary: `${dirs.size} Go packages; ${minPackages} needed`, values: [{ name: "go-packages", value: dirs.size, need: minPackages, unit: "count" }] };
    return [...dirs.values()].slice(0, 3).map((file) => ({ file, line: 1, message: `one of ${dirs.size} Go packages`, strength: "strong", measured }));
  }
};

// src/detectors/health-probes.ts
var K8S_PROBE = /^[ \t]*(livenessProbe|readinessProbe|startupProbe):/m;
var HOME_PAGE_FETCH = /\b(?:curl|wget)\b[^\n]{0,300}?https?:\/\/(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|\$\{?\w{1,40}\}?)(?::(?:\d{1,5}|\$\{?[\w:-]{1,60}\}?))?\/?(?=$|["'\s|;&)\]])/;
var PROCESS_ONLY = /^[\s"'[\]]*(?:CMD(?:-SHELL)?[\s"',[\]]*)?(?:pidof|pgrep|ps)\b/;
function shallowProbe(command) {
  if (PROCESS_ONLY.test(command)) return "checks only that a process runs";
  if (HOME_PAGE_FETCH.test(command)) return "fetches only the home page, no health endpoint";
  return void 0;
}
var healthcheckInstruction = (text, start) => commandLines(text.slice(start, start + 2e3))[0]?.text ?? "";
var healthProbes = {
  name: "healthProbes",
  question: "Do the project's own services declare health or readiness probes (a probe that only fetches the home page or checks that a process runs is no health check)?",
  detect(evidence) {
    const out = [];
    let names;
    for (const file of evidence.files) {
      if (/(^|\/)Dockerfile[\w.-]*$|\.[Dd]ockerfile$/.test(file)) {
        const text = evidence.code(file) ?? "";
        const m = /^HEALTHCHECK\s+(?!NONE)/m.exec(text);
        if (m) {
          const shallow = shallowProbe(healthcheckInstruction(text, m.index).replace(/^HEALTHCHECK(?:[ \t]+--[\w-]{1,30}=\S{1,40})*[ \t]+/, ""));
          out.push({ file, line: lineAt(text, m.index), message: shallow ? `Dockerfile HEALTHCHECK that ${shallow}` : "Dockerfile HEALTHCHECK", strength: shallow ? "weak" : "strong" });
        }
      } else if (COMPOSE.test(file) && !isScaffolding(file)) {
        const text = evidence.text(file) ?? "";
        if (!/healthcheck:/.test(text)) continue;
        let doc;
        try {
          doc = parseYamlWithMerges(text);
        } catch {
          continue;
        }
        for (const [name, service] of Object.entries(doc?.services ?? {})) {
          if (!service?.healthcheck || isTestHarnessService(name, service)) continue;
          const own2 = !!service.build || isOwnImage(evidence, service.image, names ??= projectNames(evidence));
          const test = service.healthcheck.test;
          const shallow = shallowProbe(Array.isArray(test) ? test.map(String).join(" ") : String(test ?? ""));
          const at = text.search(new RegExp(`^\\s+${escapeRegExp(name)}:`, "m"));
          out.push({
            file,
            line: at >= 0 ? lineAt(text, at) : 1,
            message: !own2 ? `compose healthcheck on "${name}", an image not built here` : shallow ? `compose healthcheck on service "${name}" that ${shallow}` : `compose healthcheck on service "${name}"`,
            strength: own2 && !shallow ? "strong" : "weak"
          });
        }
      } else if (/\.ya?ml$/.test(file) && !/^\.github\//.test(file)) {
        const text = evidence.text(file) ?? "";
        const m = K8S_PROBE.exec(text);
        if (m && /^kind:\s*(Deployment|StatefulSet|DaemonSet|Pod|Rollout)\b/m.test(text)) out.push({ file, line: lineAt(text, m.index), message: `Kubernetes ${m[1]}`, strength: "strong" });
        else if (m && /(^|\/)(templates|charts?|helm|k8s|kubernetes|deploy|manifests)\//.test(file)) out.push({ file, line: lineAt(text, m.index), message: `${m[1]} in a deployment template`, strength: "strong" });
      }
    }
    return out;
  }
};

// src/detectors/guards-caller-input.ts
var REJECTS2 = {
  // JS/TS: an error thrown, of any class (Error, TypeError, a framework's FST_ERR_… codes); a guard only when it is a
  // typed one or follows a type or shape test (below).
  js: /\bthrow (?:new )?(?:\w{0,40}Error|\w{0,40}Exception|[A-Z][A-Z0-9_]{2,60})\(/,
  python: /\braise (?:ValueError|TypeError|\w{0,30}(?:Invalid|Validation|Syntax)\w{0,30})\(/,
  ruby: /\braise[ \t(]+(?:::)?(?:\w{1,30}::){0,3}(?:ArgumentError|TypeError|\w{0,30}Invalid\w{0,30}|\w{0,30}Syntax\w{0,10}Error)\b/,
  go: /\b(?:errors\.New|fmt\.Errorf)\(\s*"(?:[\w.-]{1,30}: )?(?:invalid|missing|must|expected|unsupported|unknown|empty|bad|illegal)\b|\breturn [^\n]{0,60}\bErr(?:Invalid|Bad|Missing)\w{0,30}\b/,
  java: /\bthrow new (?:IllegalArgumentException|\w{0,30}Invalid\w{0,30}Exception)\(|\bObjects\.requireNonNull\(|\bPreconditions\.checkArgument\(|\bAssert\.(?:notNull|hasText|isTrue)\(/,
  kotlin: /\bthrow (?:IllegalArgumentException|\w{0,30}Invalid\w{0,30}Exception)\(|^[ \t]*require(?:NotNull)?\(/,
  csharp: /\bthrow new Argument(?:Null|OutOfRange)?Exception\(|\bArgument(?:Null)?Exception\.ThrowIf\w{0,20}\(/,
  rust: /\b(?:return )?Err\([^\n]{0,60}\bInvalid\w{0,30}|\bbail!\([ \t]*"(?:invalid|missing|expected|unsupported|unknown)\b/
};
var CHECK2 = /\bif\b|\bunless\b|\bguard\b|\bwhen\b|\?\?|\|\||&&|\brequire(?:NotNull)?\(|\bObjects\.requireNonNull\(|\bPreconditions\.|\bAssert\.|\bThrowIf|=>[ \t]*Err\(/;
var JS_TYPE_TEST = /\btypeof\b|\binstanceof\b|\bArray\.isArray\(|\bNumber\.is(?:Integer|Finite|NaN|SafeInteger)\(|\bisNaN\(|[=!]==? (?:undefined|null)\b|\b(?:undefined|null) [=!]==?/;
var JS_TYPED = /\bthrow (?:new )?(?:TypeError|RangeError|\w{0,30}(?:Invalid|INVALID|Argument|ARGUMENT|Validation)\w{0,30})\(/;
var INVARIANT_IMPORT = /(?:\bfrom[ \t]{1,4}|\brequire\([ \t]{0,4})['"](?:outvariant|tiny-invariant|invariant|ts-invariant|@epic-web\/invariant)['"]/;
var INVARIANT_CALL = /^[ \t]*invariant\(/;
var HINT2 = /Error|Exception|Err\(|bail!|require|Assert|Preconditions|invariant/;
var HINT_PATTERN2 = HINT2.source;
var RAW_LISTENER = /\b(?:Tcp|Unix)Listener::bind\(|\bnet\.Listen(?:TCP|Unix)?\([ \t]*"(?:tcp|unix)[46]?"|\bnet\.createServer\(|\basyncio\.start_(?:unix_)?server\(|\bsocketserver\.(?:Threading)?(?:TCP|Unix)Server\b|\bnew ServerSocket\(|\bnew TcpListener\(/;
var SERVES_HTTP = /\b(?:axum|hyper|actix_web|warp|rocket|poem|tide|salvo|tonic)::|\bhttp\.(?:Serve|ListenAndServe|Server\b|createServer)|\bexpress\(|\bfastify\(|\bHttpServer\b|\bWebApplication\b/;
var LISTENER_HINT = /Listener|Listen\(|createServer|start_server|start_unix_server|socketserver|ServerSocket/;
var LISTENER_HINT_PATTERN = LISTENER_HINT.source;
var servesOwnProtocol = oncePerEvidence(
  (evidence) => evidence.sourceFiles.some((file) => {
    if (!own(file) || !evidence.mayMatch(file, LISTENER_HINT_PATTERN)) return false;
    const code = evidence.code(file);
    return code !== void 0 && LISTENER_HINT.test(code) && RAW_LISTENER.test(code) && !SERVES_HTTP.test(code);
  })
);
var MIN_SITES = 3;
var MIN_FILES = 2;
var guardsCallerInput = {
  name: "guardsCallerInput",
  question: "Does a library, framework or packaged tool reject its callers' invalid arguments, options, settings or templates, or a server of its own protocol its clients' invalid commands, with guard clauses (a check, then a TypeError, ArgumentError, IllegalArgumentException, ValueError or Invalid\u2026 error, or an invariant assertion) in several places of its shipped source?",
  textPatterns: [HINT_PATTERN2, LISTENER_HINT_PATTERN],
  explainNone(evidence) {
    return shipsForCallers(evidence) || servesOwnProtocol(evidence) ? void 0 : "the repository ships no package other code imports and serves no protocol of its own, so it has no callers' arguments or commands to check";
  },
  detect(evidence) {
    if (!shipsForCallers(evidence) && !servesOwnProtocol(evidence)) return [];
    const sites = [];
    const files = /* @__PURE__ */ new Set();
    for (const file of evidence.sourceFiles) {
      if (!own(file)) continue;
      const language = languageOf(file);
      const rejects = REJECTS2[language];
      if (!rejects || !evidence.mayMatch(file, HINT_PATTERN2)) continue;
      const code = evidence.code(file);
      if (!code || !HINT2.test(code)) continue;
      const lines = code.split("\n");
      const invariants = language === "js" && INVARIANT_IMPORT.test(code);
      let inFile = 0;
      const guardAt = (i) => {
        const line = lines[i];
        if (invariants && INVARIANT_CALL.test(line)) return "an invariant assertion";
        if (!rejects.test(line)) return void 0;
        const before = lines.slice(Math.max(0, i - 2), i + 1);
        if (!before.some((l) => CHECK2.test(l))) return void 0;
        if (language === "js" && !JS_TYPED.test(line) && !before.some((l) => JS_TYPE_TEST.test(l))) return void 0;
        return "a guard clause";
      };
      for (let i = 0; i < lines.length && inFile < 4; i++) {
        const guard = guardAt(i);
        if (guard === void 0) continue;
        sites.push({ file, line: i + 1, message: `rejects its callers' invalid input with ${guard}`, strength: "strong" });
        files.add(file);
        inFile++;
      }
      if (sites.length >= 10 && files.size >= MIN_FILES) break;
    }
    const consistent = sites.length >= MIN_SITES && files.size >= MIN_FILES;
    const count = sites.length >= 10 ? "10 or more" : String(sites.length);
    return sites.slice(0, 5).map((s) => consistent ? { ...s, message: `${s.message}; ${count} places in ${files.size} files` } : { ...s, strength: "weak", message: `${s.message}; ${MIN_SITES} places in ${MIN_FILES} files needed for consistent checks` });
  }
};

// src/detectors/implements-security.ts
var DECLARES = String.raw`\b(?:class|struct|interface|trait|object|record|module|enum|type)[ \t]+`;
var LOWER_CASE_SECURITY_HEADER_SET = `/["'](?:access-control-allow-origin|x-content-type-options|x-frame-options|strict-transport-security|content-security-policy)["'][ \\t]*(?:,|=>|:)[ \\t]*(?!["']{2})[^\\s)]/`;
var FEATURES = {
  // Authentication schemes (Basic, Digest, Bearer, an authentication middleware or backend), challenge handling,
  // and sessions or cookies signed or encrypted for the caller.
  authentication: [
    { text: `/${DECLARES}\\w{0,40}(?:Authentication(?:Middleware|Handler|Backend|Scheme|Filter|Layer)|Auth(?:Middleware|Backend|Layer|Scheme)|BasicAuth|DigestAuth|BearerAuth|TokenAuth|Authenticator)\\b/`, in: ["@source"], message: "implements authentication for its callers" },
    { text: "/\\bWWW-Authenticate\\b/", in: ["@source"], message: "handles HTTP authentication challenges" },
    // An HTTP client building the Basic credentials header from its caller's user and password, in each language's
    // idiom: `'Basic ' + btoa(…)` (JS, Java, C#, Go), `format!("Basic {}", …)` (Rust), `f"Basic {…}"` (Python),
    // `"Basic #{…}"` (Ruby), `"Basic $…"` (Kotlin). A header value copied from a constant or a test is not this.
    { text: `/["'\`]Basic ["'\`][ \\t]*\\+[ \\t]*\\S|\\bformat!\\([ \\t]*"Basic \\{|\\bf["']Basic \\{|"Basic #\\{|"Basic \\$\\{?\\w/`, in: ["@source"], message: "builds HTTP Basic credentials for its callers" },
    { text: `/${DECLARES}\\w{0,40}(?:SessionMiddleware|Signed(?:Cookie\\w{0,20}|Session\\w{0,20})|Private(?:Cookie\\w{0,20})|Encrypted(?:Cookie\\w{0,20}|Session\\w{0,20})|CookieSigner)\\b|^[ \\t]*(?:from[ \\t]+itsdangerous\\b|import[ \\t]+itsdangerous\\b)|\\bsecurecookie\\.New\\(|\\bMessage(?:Verifier|Encryptor)\\.new\\(|\\brequire\\([ \\t]*['"](?:keygrip|cookie-signature)['"]|\\bfrom[ \\t]+['"](?:keygrip|cookie-signature)['"]/`, in: ["@source"], message: "signs or encrypts sessions or cookies for its callers" }
  ],
  // CORS, CSRF, trusted-host, HTTPS-redirect and security-header middleware.
  headers: [
    { text: "/\\bAccess-Control-Allow-Origin\\b|\\bX-Content-Type-Options\\b/", in: ["@source"], message: "sets CORS or security headers for its callers" },
    // The same headers spelled in lower case, as Rack 3 requires and Node's frameworks write them (HTTP header names
    // are case-insensitive): hapi's `response._header('x-content-type-options', 'nosniff')`, a Rack app's
    // `"x-frame-options" => "SAMEORIGIN"`. The name must be given a value: an HPACK table's entry (`Header("x-frame-options",
    // "")`) or a header read back (`headers['x-frame-options']`) sets nothing.
    { text: LOWER_CASE_SECURITY_HEADER_SET, in: ["@source"], message: "sets CORS or security headers for its callers" },
    // A client that sends the anti-CSRF token back in its header (X-XSRF-TOKEN, X-CSRF-Token), as a browser HTTP
    // client does for the apps that use it: the client's half of the server's CSRF protection.
    { text: "/\\bX-(?:XSRF|CSRF)-TOKEN\\b|\\bX-(?:Xsrf|Csrf)-Token\\b/", in: ["@source"], message: "sends the anti-CSRF token header for its callers" },
    { text: `/${DECLARES}\\w{0,40}(?:Cors|CORS|Csrf|CSRF|Xsrf|XSRF|TrustedHost|HTTPSRedirect|HttpsRedirect|SecureHeaders|SecurityHeaders)(?:Middleware|Layer|Filter|Protection|Handler|Policy|Plugin)?\\b/`, in: ["@source"], message: "implements CORS, CSRF, trusted-host or security-header middleware" }
  ],
  // A rate limiter or throttle the library applies to its callers' traffic (not an error type named for one).
  "rate-limiting": [
    { text: `/${DECLARES}\\w{0,40}(?:RateLimit(?:er|ing)?(?:Middleware|Layer|Filter|Handler|Policy|Processor|Rule|Options|Store)?|Throttler|Throttl(?:e|ing)(?:Middleware|Filter|Layer))\\b/`, in: ["@source"], message: "implements rate limiting for its callers" }
  ],
  // TLS verification on by default and certificate pinning, in a client or server library.
  tls: [
    { text: "/\\bCertificatePinner\\b|\\bX509TrustManager\\b|\\bHostnameVerifier\\b|\\bssl\\.create_default_context\\(|\\bcheck_hostname[ \\t]*=[ \\t]*True\\b|\\bssl\\.CERT_REQUIRED\\b|\\bload_verify_locations\\(|\\bcertifi\\.where\\(|\\bRootCertStore\\b|\\bwebpki_roots\\b|\\bRemoteCertificateValidationCallback\\b|\\bx509\\.NewCertPool\\(|\\bOpenSSL::SSL::VERIFY_PEER\\b|\\bcheckServerIdentity\\b/", in: ["@source"], message: "verifies TLS certificates for its callers" }
  ],
  // Input validation a web framework or library does for its callers: a validator or binder hook its handlers call
  // (echo's `Validator` and `Binder`, Spring's and ASP.NET's validators, NestJS's ValidationPipe), a request-size
  // limit, an extractor that rejects malformed data (axum's JsonRejection), settings or parameters checked and
  // rejected as a whole (Hanami's InvalidSettingsError).
  validation: [
    { text: `/${DECLARES}\\w{0,40}(?:Validator|Binder|Validation(?:Middleware|Layer|Filter|Pipe)?|BodyLimit\\w{0,20}|(?:Json|Query|Form|Path|Body)Rejection|Invalid(?:Settings?|Params?|Parameters?|Input|Request|Arguments?)(?:Error|Exception))\\b/`, in: ["@source"], message: "validates its callers' input (a validator, binder, size limit or rejection it implements)" }
  ],
  // A database library binding its callers' values as parameters instead of splicing them into SQL.
  queries: [
    { text: "/\\b(?:NpgsqlParameter|DbParameter|SqlParameter|MySqlParameter|SqliteParameter)\\b|\\.prepareStatement\\(|\\bsqlite3_bind_\\w{1,20}\\(|\\bbindparam\\(|\\bBindParameter\\(/", in: ["@source"], message: "binds query parameters for its callers" }
  ]
};
var FEATURE_NAMES = Object.keys(FEATURES);
var implementsSecurity = {
  name: "implementsSecurity",
  question: "Does the library or framework implement the security feature named by `feature` (authentication, headers, rate-limiting, tls, validation, queries) for its callers in its own shipped source (not in an example app, docs or tests), in a repository that ships a package other code imports?",
  textPatterns: Object.values(FEATURES).flatMap((list) => list.flatMap((m) => textPatternsOf(m))),
  explainNone(evidence) {
    return shipsForCallers(evidence) ? void 0 : "the repository ships no package other code imports, so it implements nothing for callers";
  },
  detect(evidence, options) {
    const feature = typeof options.feature === "string" ? options.feature : "";
    const matchers = FEATURES[feature];
    if (!matchers) throw new Error(`implementsSecurity: feature must be one of ${FEATURE_NAMES.join(", ")}`);
    if (!shipsForCallers(evidence)) return [];
    const out = [];
    for (const matcher of matchers) {
      out.push(...runMatcher(matcher, evidence, { countTests: false }).filter((f) => f.strength === "strong" && own(f.file)));
      if (out.length >= 3) break;
    }
    return out.slice(0, 3);
  }
};

// src/detectors/interface-reference.ts
var CLI_CODE = /process\.argv|\b(commander|yargs|meow|cac|sade|clipanion|oclif)\b|\bargparse\b|\bclick\.(command|group|option)\b|\btyper\.Typer\(|\bsys\.argv\b|\bflag\.(String|Int|Bool|Duration|Parse)\(|\bos\.Args\b|spf13\/cobra|urfave\/cli|alecthomas\/(kong|kingpin)|\bkingpin\.(Parse|New)\(|\bdocopt\b|\bfire\.Fire\(|\bclap::|\bstructopt::|\bargh::|#\[derive\([^)\n]{0,100}(Parser|StructOpt|FromArgs)|std::env::args|System\.CommandLine|\bCommandLine\.Parser\b|Spectre\.Console\.Cli|\bpicocli\b|com\.github\.ajalt\.clikt|\bThor\b|\bGLI::App\b|\bDry::CLI\b|\bOptionParser\.new\b/;
var HTTP_SERVER_CODE = /\b(express|fastify|koa|hono|restify)\(\)|@nestjs\/core|http\.createServer|\bListenAndServe(?:TLS)?\((?![ \t]*"[^"\n]{0,60}"[ \t]*,[ \t]*nil[ \t]*\))|gin\.(Default|New)\(|echo\.New\(|fiber\.New\(|\bFastAPI\(|\bFlask\(__name__|@RestController|@Controller\b|\bMapGet\(|\bWebApplication\.CreateBuilder|actix_web|\baxum::|Rails\.application|\burlpatterns\b|Sinatra::|Deno\.serve|Bun\.serve|\brocket::(build|custom)\(|#\[(rocket::)?launch\]|\bwarp::serve\(|\bpoem::Server\b|\bsalvo::Server\b|\btide::new\(|\bStarlette\(|\bweb\.Application\(|\btornado\.web\.Application\(|\bSanic\(|\bembeddedServer\(|\bJavalin\.create\(/;
var JSON_API_CODE = /\bFastAPI\(|\bres\.json\(|\.send\(\s*\{|\bJsonResponse\(|\bjsonify\(|@RestController|\[ApiController\]|render[ \t]+json:|\bc\.JSON\(|json\.NewEncoder\([ \t]*w\b|Results\.(Json|Ok)\(|\bJson\(|@ResponseBody|ctx\.body[ \t]*=[ \t]*\{|rest_framework/;
var API_FRAMEWORK_CODE = /\bFastAPI\(|@RestController|\[ApiController\]|rest_framework|<[ \t]*Grape::API\b/;
var API_FOLDER = /(^|\/)(?:api|apis|API|Api|v\d{1,2})\//;
var API_ROUTES = /\bnamespace[ \t(]+:api\b|\bscope[ \t(]+(?:path:[ \t]*)?["']\/?api\b|["'`]\/api\/|\bpath\(["']api\//;
var ROUTES_FILE = /(^|\/)(?:config\/routes\.rb|urls\.py|routes\.(?:js|ts|py|go|php)|routes\/[^/]+\.(?:js|ts|rb|php))$/;
var TEMPLATE_FILE = /(^|\/)(templates|views|pages|layouts)\/.+\.(html|jinja2?|j2|ejs|erb|hbs|handlebars|pug|njk|cshtml|haml|slim|eta|liquid|twig|mustache|tmpl|gohtml)$|\.(cshtml|razor|erb|ejs|hbs|pug|njk|jinja2?|haml|slim|gohtml)$/;
var FLAG_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?`?-{1,2}[A-Za-z][\w-]*/;
var COMMAND_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)\[?`[a-z][a-z0-9_-]{0,40}(?:[ \t][a-z][a-z0-9_-]{0,40}){0,2}`\]?(?:\((?![^)\n]{0,200}:\/\/)[^)\n]{0,200}\))?[ \t]*(?:\||:|-|–|—)[ \t]*[A-Za-z]/;
var COMMANDS_HEADING = /^(?:#{1,4}[ \t][^\n]{0,60}\b(?:sub-?)?commands?\b|#{1,4}[ \t][^\n]{0,60}\b(?:usage|CLI)\b)/i;
var CONFIG_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)`?[A-Z][A-Z0-9_]{2,}`?[ \t]*(?:\||:|=|-|–)/;
var SETTING_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)`[a-z][a-z0-9_.]{2,40}`[ \t]*(?:\||:|=|-|–)/;
var SETTINGS_HEADING = /^#{1,6}[ \t][^\n]{0,60}\b(?:configuration|configuring|settings|options|config)\b/i;
var ROUTE_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)`?\/[\w/{}:.<>-]*`?[ \t]*(?:\||:|-|–)/;
var CLI_REFERENCE_FILE = /(^|\/)(docs?\/(cli|commands?|usage|reference|options)(\.(md|rst|adoc|txt)|\/[^\n]{1,200}\.(md|rst|adoc|txt))|man\/[^\n]{1,200}\.[1-8](\.md)?|[^/]{0,80}[A-Za-z_-]\.[1-8]\.(md|ronn))$/i;
var DOC_EXTENSION = /\.(?:md|rst|adoc|txt)$/i;
function inSiteContent(file, topics) {
  const parts = file.split("/");
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== "content") continue;
    const topic = parts[i + 1];
    if (i + 2 === parts.length ? topics.test(topic.replace(DOC_EXTENSION, "")) && DOC_EXTENSION.test(topic) : topics.test(topic) && DOC_EXTENSION.test(file)) return true;
  }
  return false;
}
var CLI_TOPIC = /^(?:cli|commands?|usage|reference|options)$/i;
var CONFIG_TOPIC = /^(?:configuration|config|settings|routes|environment)$/i;
var isCliReference = (f) => CLI_REFERENCE_FILE.test(f) || inSiteContent(f, CLI_TOPIC);
var isConfigReference = (f) => CONFIG_REFERENCE_FILE.test(f) || CONFIG_REFERENCE_NAMED.test(f) || ROOT_CONFIG_REFERENCE.test(f) || inSiteContent(f, CONFIG_TOPIC);
var ROFF_MAN_PAGE = /(^|\/)[\w.-]{1,80}\.[1-8]$/;
var ROFF_TITLE = /^\.TH[ \t]/m;
var MAN_SOURCE = /(^|\/)[\w.-]{0,80}[A-Za-z_-]\.[1-8]\.(?:scd|ronn|md|adoc|asciidoc|rst|pod|txt)$/;
var MAN_SOURCE_TITLE = /^(?:%[ \t]+)?[\w.-]{1,60}\([1-8]\)|^(?:#{1,2}|={1,2}|=head1)[ \t]+NAME[ \t]*$|^NAME[ \t]*\n[=~^*+#-]{3,}[ \t]*$/m;
function manPage(evidence) {
  const opens = (f, title) => !isScaffolding(f) && !isTestOrTestData(f) && title.test((evidence.text(f) ?? "").slice(0, 4e3));
  return evidence.files.find((f) => ROFF_MAN_PAGE.test(f) && opens(f, ROFF_TITLE) || MAN_SOURCE.test(f) && opens(f, MAN_SOURCE_TITLE));
}
var KEYBINDINGS_FILE = /(^|\/)docs?\/key-?bindings?(\/[^/\n]{1,200})?\.(md|rst|adoc|txt)$/i;
var AGENT_INSTRUCTIONS = /^(AGENTS|CLAUDE|GEMINI)\.md$/i;
var EXAMPLE_CONFIG_FILE = /(^|\/)(?:\.env(?:\.(?:example|sample|template|dist))?|[^/]+\.env|[^/]+\.(?:env|toml|ya?ml|ini|conf|cfg|properties)\.(?:example|sample|dist|template))$/;
var PROSE_COMMENT = /^[ \t]*(?:#|;|\/\/)[ \t]*(?![\w.-]{1,60}[ \t]*[=:])[A-Za-z(][^\n]{0,300}?\b[a-z]{2,}[ \t]+[a-z]{2,}\b/;
var USER_GUIDE_FOLDER = /^(?:user[-_ ]?guides?|user[-_ ]?manual|manual|guides?|handbook)$/i;
var isUserGuidePage = (file) => {
  const parts = file.split("/");
  return /\.(?:md|mdx|rst|adoc)$/i.test(file) && parts.slice(0, -2).some((p, i) => /^docs?$/i.test(p) && USER_GUIDE_FOLDER.test(parts[i + 1]));
};
var CONFIG_REFERENCE_FILE = /(^|\/)docs?\/(configuration|config|settings|routes|environment)(\.(md|rst|adoc|txt)|\/.+\.(md|rst|adoc|txt))$/i;
var ROOT_CONFIG_REFERENCE = /^configuration\.(?:md|rst|adoc)$/i;
var CONFIG_REFERENCE_NAMED = /(^|\/)docs?\/(?:(?:configuration|config|settings|environment)[-_](?:variables|vars|options|reference)|env[-_]vars?)\.(?:md|rst|adoc|txt)$/i;
var DOC_COMMENT_TAG = /^[ \t]*\*[ \t]*@(?:param|returns?|example|throws)\b|^[ \t]*\/\/\/[ \t]*<(?:summary|param|returns)\b|^[ \t]*:(?:param|returns?|raises)\b[^:\n]{0,60}:|^[ \t]+(?:Args|Arguments|Returns|Raises|Yields|Parameters):[ \t]*$|^[ \t]+(?:Parameters|Returns|Raises|Yields)[ \t]*\n[ \t]+-{4,}[ \t]*$|^[ \t]*#[ \t]*@(?:param|return|raise|yieldparam|example)\b|^[ \t]*\/\/[/!][ \t]*#[ \t]+(?:Examples?|Errors|Panics|Safety|Arguments)[ \t]*$/gm;
var LIBRARY_SOURCE = /\.(?:js|mjs|cjs|ts|mts|cts|tsx|jsx|java|kt|cs|py|rb|rs)$/;
var DOCS_SITE_CONFIG = /(^|\/)(?:mkdocs\.ya?ml|docs?\/(?:source\/)?conf\.py|docusaurus\.config\.(?:js|ts|mjs)|\.vitepress\/config\.(?:js|ts|mjs|mts)|book\.toml|antora\.ya?ml)$/;
var ROOT_SPHINX_CONFIG = /^docs?\/(?:source\/)?conf\.py$/;
var CODE_PATTERNS = new Map([CLI_CODE, HTTP_SERVER_CODE, JSON_API_CODE, API_FRAMEWORK_CODE].map((re) => [re, regexPattern(re)]));
var DOC_TAG_PATTERN = regexPattern(DOC_COMMENT_TAG);
function libraryReference(evidence, docs, minTags, minPages) {
  let tags = 0;
  let first;
  for (const file of evidence.sourceFiles) {
    if (!LIBRARY_SOURCE.test(file) || !own(file) || isTestFile(file) || !evidence.mayMatch(file, DOC_TAG_PATTERN)) continue;
    const text = evidence.text(file) ?? "";
    for (const m of text.matchAll(DOC_COMMENT_TAG)) {
      first ??= { file, line: lineAt(text, m.index) };
      tags++;
    }
    if (tags >= minTags) return { ...first, message: `documents its public interface in doc comments (${tags}+ @param/@returns-style tags a doc generator renders)` };
  }
  const config = evidence.files.find((f) => DOCS_SITE_CONFIG.test(f) && (own(f) || ROOT_SPHINX_CONFIG.test(f)));
  if (config) {
    const dir = config.slice(0, config.lastIndexOf("/") + 1).replace(/(^|\/)\.vitepress\/$/, "$1");
    const pages = docs.filter((f) => f.startsWith(dir) && (dir !== "" || /^(docs?|content|pages|website)\//.test(f)) && /\.(md|mdx|rst|adoc)$/.test(f)).length;
    if (pages >= minPages) return { file: config, line: 1, message: `a docs site of ${pages} pages (${config}) documents the library's public interface` };
  }
  return readmeReference(evidence);
}
var ROOT_README = /^README(?:\.(?:md|markdown|rst|adoc|rdoc))?$/i;
var CODE_FENCE = /^[ \t]{0,3}(?:```|~~~)[ \t]{0,4}[\w+-]{0,20}[ \t\r]{0,8}$/gm;
var RST_CODE_BLOCK = /^\.\.[ \t]+(?:code|code-block|sourcecode)::|^[^\n]{0,200}::[ \t]*$/gm;
var REFERENCE_README_LINES = 100;
var REFERENCE_README_EXAMPLES = 8;
function readmeReference(evidence) {
  const readme2 = evidence.files.find((f) => ROOT_README.test(f));
  if (!readme2) return void 0;
  const text = evidence.text(readme2) ?? "";
  const examples = readme2.endsWith(".rst") ? [...text.matchAll(RST_CODE_BLOCK)].length : Math.floor([...text.matchAll(CODE_FENCE)].length / 2);
  const lines = text.split("\n").filter((l) => l.trim().length > 3).length;
  if (lines < REFERENCE_README_LINES || examples < REFERENCE_README_EXAMPLES) return void 0;
  return { file: readme2, line: 1, message: `the README documents the library's public interface (${lines} lines, ${examples} code examples)` };
}
function apiForPrograms(evidence, code) {
  const answers = (re, files) => {
    const pattern = CODE_PATTERNS.get(re);
    return files.some((f) => evidence.mayMatch(f, pattern) && re.test(evidence.code(f) ?? ""));
  };
  if (answers(API_FRAMEWORK_CODE, code)) return true;
  const json = code.filter((f) => evidence.mayMatch(f, CODE_PATTERNS.get(JSON_API_CODE)) && JSON_API_CODE.test(evidence.code(f) ?? ""));
  if (json.length === 0) return false;
  if (json.some((f) => API_FOLDER.test(f))) return true;
  return [...json, ...code.filter((f) => ROUTES_FILE.test(f))].some((f) => API_ROUTES.test(evidence.code(f) ?? ""));
}
function kindOf(evidence) {
  const code = evidence.sourceFiles.filter(own);
  const find = (re) => {
    const pattern2 = CODE_PATTERNS.get(re);
    return code.find((f) => evidence.mayMatch(f, pattern2) && re.test(evidence.code(f) ?? ""));
  };
  const server = find(HTTP_SERVER_CODE);
  if (!server) {
    const bin = evidence.packageJsons.find((p) => p.data.bin);
    if (bin) return { kind: "cli", file: bin.file };
    const pyScripts = evidence.files.find((f) => /(^|\/)(pyproject\.toml|setup\.cfg|setup\.py)$/.test(f) && /\[project\.scripts\]|\[tool\.poetry\.scripts\]|console_scripts/.test(evidence.text(f) ?? ""));
    if (pyScripts) return { kind: "cli", file: pyScripts };
    const cli2 = find(CLI_CODE);
    return cli2 ? { kind: "cli", file: cli2 } : void 0;
  }
  const templates = evidence.files.some((f) => TEMPLATE_FILE.test(f) && !isScaffolding(f) && !isTestFile(f));
  if (templates ? apiForPrograms(evidence, code) : find(JSON_API_CODE)) return void 0;
  if (templates) return { kind: "server-rendered", file: server };
  const dir = server.slice(0, server.lastIndexOf("/") + 1);
  const pattern = CODE_PATTERNS.get(CLI_CODE);
  const cli = code.find((f) => f.startsWith(dir) && !f.slice(dir.length).includes("/") && evidence.mayMatch(f, pattern) && CLI_CODE.test(evidence.code(f) ?? ""));
  return cli ? { kind: "cli", file: cli } : void 0;
}
function rowsIn(evidence, docs, row, min, section) {
  for (const file of docs) {
    const lines = (evidence.text(file) ?? "").split("\n");
    let first = 0;
    let rows = 0;
    let inSection = !section;
    lines.forEach((l, i) => {
      if (section && /^#{1,6}[ \t]/.test(l)) inSection = section.test(l);
      if (!inSection) return;
      if (!row.test(l) || /\\[ \t]*$/.test(l) || i > 0 && /\\[ \t]*$/.test(lines[i - 1])) return;
      rows++;
      if (!first) first = i + 1;
    });
    if (rows >= min) return { file, line: first, rows };
  }
  return void 0;
}
var interfaceReference = {
  name: "interfaceReference",
  question: "Does a CLI document its commands and flags, a library its public interface (doc comments a generator renders, a docs site, a README that walks through its calls with an example each), or a server-rendered app with no API its routes or configuration?",
  textPatterns: [...CODE_PATTERNS.values(), DOC_TAG_PATTERN],
  detect(evidence, options) {
    const minRows = typeof options.minRows === "number" ? options.minRows : 2;
    const docs = evidence.files.filter((f) => isDocFile(f) && !isScaffolding(f) && !isAgentTooling(f) && !AGENT_INSTRUCTIONS.test(f));
    if (shipsForCallers(evidence)) {
      const minTags = typeof options.minDocTags === "number" ? options.minDocTags : 20;
      const minPages = typeof options.minSitePages === "number" ? options.minSitePages : 10;
      const reference = libraryReference(evidence, docs, minTags, minPages);
      if (reference) return [{ ...reference, strength: "strong" }];
    }
    const kind = kindOf(evidence);
    if (!kind) return [];
    if (kind.kind === "cli") {
      const file2 = docs.find((f) => isCliReference(f) || KEYBINDINGS_FILE.test(f));
      if (file2) return [{ file: file2, line: 1, message: `command reference ${file2}`, strength: "strong" }];
      const man = manPage(evidence);
      if (man) return [{ file: man, line: 1, message: `command reference ${man} (a man page)`, strength: "strong" }];
      const config = docs.find(isConfigReference);
      if (config) return [{ file: config, line: 1, message: `configuration reference ${config} of a command-line program`, strength: "strong" }];
      const rows2 = rowsIn(evidence, docs, FLAG_ROW, minRows);
      if (rows2) return [{ file: rows2.file, line: rows2.line, message: `documents ${rows2.rows} command-line flags (the CLI's command reference)`, strength: "strong" }];
      const commands = rowsIn(evidence, docs, COMMAND_ROW, Math.max(minRows, 3), COMMANDS_HEADING);
      if (commands) return [{ file: commands.file, line: commands.line, message: `documents ${commands.rows} subcommands (the CLI's command reference)`, strength: "strong" }];
      return [{ file: kind.file, line: 1, message: "a command-line program whose flags and commands are documented nowhere", strength: "weak" }];
    }
    const file = docs.find(isConfigReference);
    if (file) return [{ file, line: 1, message: `configuration or routes reference ${file}`, strength: "strong" }];
    const rows = rowsIn(evidence, docs, CONFIG_ROW, minRows) ?? rowsIn(evidence, docs, ROUTE_ROW, minRows) ?? rowsIn(evidence, docs, SETTING_ROW, Math.max(minRows, 3), SETTINGS_HEADING);
    if (rows) return [{ file: rows.file, line: rows.line, message: `documents ${rows.rows} settings or routes of a server-rendered app`, strength: "strong" }];
    const guide = docs.filter(isUserGuidePage);
    if (guide.length >= 5) return [{ file: guide[0], line: 1, message: `a user guide of ${guide.length} pages documents the pages of a server-rendered app`, strength: "strong" }];
    const minComments = typeof options.minConfigComments === "number" ? options.minConfigComments : 15;
    for (const example of evidence.files.filter((f) => EXAMPLE_CONFIG_FILE.test(f) && own(f))) {
      const comments = (evidence.text(example) ?? "").split("\n").filter((l) => PROSE_COMMENT.test(l)).length;
      if (comments >= minComments) return [{ file: example, line: 1, message: `documents its configuration in ${example} (${comments} lines explaining the settings)`, strength: "strong" }];
    }
    return [{ file: kind.file, line: 1, message: "a server-rendered app whose routes and configuration are documented nowhere", strength: "weak" }];
  }
};

// src/detectors/leveled-logger.ts
var HINTS = "/logger|@nestjs\\/common|fastify|\\bpackage[ \\t]+log|\\bclass[ \\t]+\\w{0,40}?log/i";
var LEVEL = "(?:trace|debug|verbose|info|notice|warn|warning|error|fatal|critical|panic)";
var GO_LEVEL_METHOD = new RegExp(`^func[ \\t]*\\([ \\t]*\\w{1,40}[ \\t]+\\*?(\\w{0,40}[lL]ogger\\w{0,40})[ \\t]*\\)[ \\t]*(${LEVEL})(?:f|ln|w)?[ \\t]*\\(`, "gim");
var GO_LOG_PACKAGE = /^package[ \t]+(log\w{0,20}|\w{1,20}(?:logger|logging))[ \t]*$/m;
var GO_LEVEL_FUNC = new RegExp(`^func[ \\t]+(${LEVEL})(?:f|ln|w)?[ \\t]*\\(`, "gim");
var LOGGER_CLASS = /^[ \t]*(?:export[ \t]+)?(?:(?:public|internal|private|abstract|open|final|default)[ \t]+){0,3}class[ \t]+(\w{0,40}?Log(?:ger|ging)?(?![a-z])\w{0,40})\b/m;
var CLASS_LEVEL_METHOD = new RegExp(`^[ \\t]*(?:(?:public|private|protected|static|async|override|def|fun|void|func|function)[ \\t]+){0,4}(${LEVEL})[ \\t]*\\(`, "gim");
var LEVEL_SWITCH = /\b(?:[a-z]{0,12}[lL]evel|[A-Z_]{0,12}LEVEL|Level)\b|\bif[ \t]{0,4}(?:\([ \t]{0,4})?!?(?:\w{1,20}\.)?(?:debug|trace|verbose)\b/;
function loggerDefinition(file, code) {
  const levels = /* @__PURE__ */ new Set();
  let first;
  let name = "";
  if (languageOf(file) === "go") {
    for (const m of code.matchAll(GO_LEVEL_METHOD)) {
      levels.add(m[2].toLowerCase().replace(/^warning$/, "warn"));
      first ??= m.index;
      name ||= m[1];
    }
    const pkg = first === void 0 ? GO_LOG_PACKAGE.exec(code) : null;
    if (pkg) {
      for (const m of code.matchAll(GO_LEVEL_FUNC)) {
        levels.add(m[1].toLowerCase().replace(/^warning$/, "warn"));
        first ??= m.index;
      }
      name = `package ${pkg[1]}`;
    }
  } else {
    const cls = LOGGER_CLASS.exec(code);
    if (!cls) return void 0;
    name = cls[1];
    for (const m of code.slice(cls.index).matchAll(CLASS_LEVEL_METHOD)) {
      levels.add(m[1].toLowerCase().replace(/^warning$/, "warn"));
      first ??= cls.index;
    }
  }
  return first === void 0 ? void 0 : { levels, line: lineAt(code, first), name };
}
var LEVEL_CALL = new RegExp(`(?:^|[^\\w.])(?!(?:console|fmt|errors|xerrors|pkgerrors|t|b|tb)\\.)\\w{1,40}(?:\\.\\w{1,40}){0,2}\\.(${LEVEL})(?:f|ln|w)?[ \\t]*[({]`, "gi");
var NEST_LOGGER_IMPORT = /\bimport[ \t]*\{[^}]{0,300}\bLogger\b[^}]{0,300}\}[ \t]*from[ \t]*['"]@nestjs\/common['"]/;
var NEST_LOGGER_USE = /\bnew[ \t]+Logger[ \t]*\(|\bLogger\.(?:log|error|warn|debug|verbose|fatal)[ \t]*\(/;
var FASTIFY_LOGGER = /\b[fF]astify[ \t]*\([ \t]*\{[^)]{0,300}?\blogger[ \t]*:[ \t]*(?!false\b)(?:true\b|\{|[A-Za-z_])/;
var GO_IMPORT = /^[ \t]*(?:import[ \t]+)?(?:([A-Za-z_]\w{0,40})[ \t]+)?"([a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,60}){1,4}\/[^"\s]{1,200})"/gm;
var GO_LOG_SEGMENT = /^[\w-]{0,12}?log(?:g|ger|ging|s)?$/i;
var GO_LOG_IMPORTERS = 3;
var goLevelSwitch = (alias) => new RegExp(`\\b${alias}\\.(?:Set(?:Log)?Level\\(|Level(?:Trace|Debug|Info|Warn|Warning|Error|Fatal)\\b|(?:Trace|Debug|Info|Warn|Warning|Error|Fatal)Level\\b)`);
var goLevelCalls = (alias) => new RegExp(`\\b${alias}\\.(Trace|Debug|Info|Notice|Warn|Warning|Error|Critical)(?:f|ln|w)?[ \\t]*\\(`, "g");
var GO_LEVELS_CALLED = 2;
function goLoggingPackages(evidence) {
  const importers = /* @__PURE__ */ new Map();
  const switched = /* @__PURE__ */ new Map();
  const called = /* @__PURE__ */ new Map();
  for (const file of evidence.sourceFiles) {
    if (!file.endsWith(".go") || isTestFile(file) || isScaffolding(file)) continue;
    const code = evidence.code(file);
    if (!code?.includes("log")) continue;
    for (const m of code.matchAll(GO_IMPORT)) {
      const segments = m[2].split("/");
      if (segments.length > 2 && /^v\d+$/.test(segments.at(-1))) segments.pop();
      const last = segments.at(-1);
      if (!GO_LOG_SEGMENT.test(last)) continue;
      const path3 = m[2];
      importers.set(path3, (importers.get(path3) ?? 0) + 1);
      if (switched.has(path3)) continue;
      const alias = m[1] && m[1] !== "_" ? m[1] : last.replace(/-/g, "_");
      if (!/^\w{1,40}$/.test(alias)) continue;
      const level = goLevelSwitch(alias).exec(code);
      if (level) {
        switched.set(path3, { file, line: lineAt(code, level.index), message: "", strength: "strong" });
        continue;
      }
      let calls = called.get(path3);
      if (!calls) called.set(path3, calls = { levels: /* @__PURE__ */ new Set() });
      for (const c of code.matchAll(goLevelCalls(alias))) {
        const name = c[1].toLowerCase().replace(/^warning$/, "warn");
        if (name === "error") calls.at ??= { file, line: lineAt(code, c.index), message: "", strength: "strong" };
        calls.levels.add(name);
      }
    }
  }
  const out = [];
  for (const [path3, at] of switched) {
    const count = importers.get(path3);
    if (count >= GO_LOG_IMPORTERS) out.push({ ...at, message: `a leveled logging package (${path3}), imported by ${count} files, its level set or tested here` });
  }
  for (const [path3, calls] of called) {
    const count = importers.get(path3);
    if (switched.has(path3) || count < GO_LOG_IMPORTERS || !calls.at || calls.levels.size < GO_LEVELS_CALLED) continue;
    out.push({ ...calls.at, message: `a leveled logging package (${path3}), imported by ${count} files, called at ${calls.levels.size} levels (${[...calls.levels].join(", ")})` });
  }
  return out.slice(0, 3);
}
var LEVEL_TYPE = /^[ \t]*(?:export[ \t]+)?(?:(?:declare|const|public|internal)[ \t]+){0,2}(?:type|enum(?:[ \t]+class)?|class)[ \t]+(\w{0,30}Log\w{0,20}Level\w{0,10})\b/gm;
var LEVEL_WORD = new RegExp(`\\b${LEVEL}\\b`, "gi");
var levelNamesIn = (text) => new Set([...text.matchAll(LEVEL_WORD)].map((w) => w[0].toLowerCase().replace(/^warning$/, "warn")));
var LOG_TYPE = /^[ \t]*(?:export[ \t]+)?(?:declare[ \t]+)?(?:interface|type)[ \t]+(\w{0,30}?Log(?:ger|ging)?(?![a-z])\w{0,30})\b/gm;
var LEVEL_PROPERTY = /\blevel\??[ \t]*:[ \t]*((?:['"][a-z]{3,10}['"][ \t]*\|[ \t]*){2,8}['"][a-z]{3,10}['"])/i;
var LOGGER_CALL = /\blogger\??\.\w{1,40}[ \t]*\(/i;
function typedLevelsLogger(evidence, files) {
  const types = [];
  for (const file of files) {
    const code = evidence.code(file);
    if (!code) continue;
    for (const m of code.matchAll(LEVEL_TYPE)) {
      const levels = levelNamesIn(code.slice(m.index, m.index + 400));
      if (levels.size >= 3 && levels.has("error")) types.push({ file, line: lineAt(code, m.index), name: m[1], levels });
    }
    for (const m of code.matchAll(LOG_TYPE)) {
      const close = code.indexOf("\n}", m.index);
      const body = code.slice(m.index, close < 0 ? m.index + 1500 : Math.min(close, m.index + 1500));
      const union = LEVEL_PROPERTY.exec(body);
      if (!union) continue;
      const levels = levelNamesIn(union[1]);
      if (levels.size >= 3 && levels.has("error")) types.push({ file, line: lineAt(code, m.index + union.index), name: m[1], levels });
    }
  }
  if (types.length === 0) return [];
  const loggers = /* @__PURE__ */ new Set();
  for (const file of files) {
    const code = evidence.code(file);
    if (!code || !LOGGER_CLASS.test(code)) continue;
    if (types.some((t2) => folderOf(t2.file) === folderOf(file) && new RegExp(`\\b${t2.name}\\b`).test(code))) loggers.add(file);
  }
  if (loggers.size === 0) return [];
  const callers = /* @__PURE__ */ new Set();
  for (const file of evidence.sourceFiles) {
    if (loggers.has(file) || isTestFile(file) || isScaffolding(file) || !evidence.mayMatch(file, HINTS)) continue;
    if (LOGGER_CALL.test(evidence.code(file) ?? "")) callers.add(file);
    if (callers.size >= 2) break;
  }
  if (callers.size < 2) return [];
  const t = types[0];
  return [{ file: t.file, line: t.line, message: `the project's own logger with its level type (${t.name}: ${[...t.levels].join(", ")}), used by ${loggers.size} logger class(es) and called from ${callers.size}+ files`, strength: "strong" }];
}
var RUST_FACADE_LEVEL = /\b(?:tracing|log)::(?:trace|debug|info|warn|error)!|^[ \t]*(?:pub(?:\([\w:]{1,20}\))?[ \t]+)?use[ \t]+(?:tracing|log)::(?:\{[^}]{0,300}\b(?:trace|debug|info|warn|error)\b|(?:trace|debug|info|warn|error)\b)/m;
var NOT_RUNNING_RUST = /(^|\/)(?:bench|benches|benchmarks|examples?|fuzz)\//;
var RUST_FACADE_FILES = 2;
function rustFacadeLogging(evidence) {
  if (!evidence.fileSet.has("Cargo.toml")) return [];
  const hits = [];
  for (const file of evidence.sourceFiles) {
    if (!file.endsWith(".rs") || isTestFile(file) || isScaffolding(file) || NOT_RUNNING_RUST.test(file)) continue;
    const code = evidence.code(file);
    if (!code || !code.includes("tracing") && !code.includes("log")) continue;
    const m = RUST_FACADE_LEVEL.exec(code);
    if (m) hits.push({ file, line: lineAt(code, m.index), message: "", strength: "strong" });
    if (hits.length >= 3) break;
  }
  if (hits.length < RUST_FACADE_FILES) return [];
  return hits.map((h) => ({ ...h, message: `the Rust crate logs through the ${/tracing/.test(evidence.code(h.file) ?? "") ? "tracing" : "log"} facade at its levels (${hits.length}${hits.length >= 3 ? "+" : ""} running files)` }));
}
var leveledLogger = {
  name: "leveledLogger",
  question: "Does the running code log through its own logger type with levels and a level switch, or a framework's leveled logger (NestJS Logger, Fastify's logger)?",
  textPatterns: [HINTS],
  detect(evidence) {
    const out = [];
    const files = evidence.sourceFiles.filter((f) => !isTestFile(f) && !isScaffolding(f) && evidence.mayMatch(f, HINTS));
    const definitions = [];
    for (const file of files) {
      const code = evidence.code(file);
      if (!code) continue;
      if (languageOf(file) === "js") {
        if (NEST_LOGGER_IMPORT.test(code) && NEST_LOGGER_USE.test(code)) {
          const m = NEST_LOGGER_USE.exec(code);
          out.push({ file, line: lineAt(code, m.index), message: "NestJS's Logger (@nestjs/common), a leveled logger", strength: "strong" });
          if (out.length >= 3) break;
          continue;
        }
        const fastify = FASTIFY_LOGGER.exec(code);
        if (fastify) {
          out.push({ file, line: lineAt(code, fastify.index), message: "Fastify's logger (pino) switched on", strength: "strong" });
          if (out.length >= 3) break;
          continue;
        }
      }
      const def = loggerDefinition(file, code);
      if (def && def.levels.size >= 3 && def.levels.has("error") && LEVEL_SWITCH.test(code)) definitions.push({ file, ...def });
    }
    if (out.length === 0) out.push(...goLoggingPackages(evidence));
    if (out.length === 0) out.push(...rustFacadeLogging(evidence));
    if (out.length === 0 && definitions.length === 0) out.push(...typedLevelsLogger(evidence, files));
    if (out.length || definitions.length === 0) return out;
    const levels = new Set(definitions.flatMap((d) => [...d.levels]));
    const defined = new Set(definitions.map((d) => d.file));
    const callers = /* @__PURE__ */ new Set();
    const called = /* @__PURE__ */ new Set();
    for (const file of evidence.sourceFiles) {
      if (defined.has(file) || isTestFile(file) || isScaffolding(file)) continue;
      const code = evidence.code(file);
      if (!code) continue;
      for (const m of code.matchAll(LEVEL_CALL)) {
        const level = m[1].toLowerCase().replace(/^warning$/, "warn");
        if (!levels.has(level)) continue;
        called.add(level);
        callers.add(file);
      }
      if (called.size >= 2 && callers.size >= 2) break;
    }
    if (called.size < 2 || callers.size < 2) return [];
    return definitions.slice(0, 3).map((d) => ({ file: d.file, line: d.line, message: `the project's own leveled logger (${d.name}: ${[...d.levels].join(", ")}), called from ${callers.size}+ files`, strength: "strong" }));
  }
};

// src/detectors/lint-stands-in-for-types.ts
var LINTERS = {
  js: /\b(eslint|biome (check|ci|lint)|oxlint|xo|standard)\b/,
  python: /\b(ruff( check)?|flake8|pylint|pyflakes|prospector)\b/,
  ruby: /\b(rubocop|standardrb)\b/
};
var lintStandsInForTypes = {
  name: "lintStandsInForTypes",
  question: "Is the code plain JavaScript, Python or Ruby whose CI runs a linter (which stands in for a type checker)?",
  detect(evidence) {
    const counts = /* @__PURE__ */ new Map();
    let typescript = 0;
    for (const file of evidence.sourceFiles) {
      const language = languageOf(file);
      counts.set(language, (counts.get(language) ?? 0) + 1);
      if (/\.(ts|tsx|mts|cts)$/.test(file)) typescript++;
    }
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!main || !(main in LINTERS)) return [];
    if (main === "js" && typescript > (counts.get("js") ?? 0) / 2) return [];
    const out = [];
    for (const c of evidence.ci) {
      if (LINTERS[main].test(c.expanded)) {
        out.push({ file: c.file, line: c.line, message: `plain ${main === "js" ? "JavaScript" : main === "python" ? "Python" : "Ruby"} linted in CI (stands in for a type checker)`, strength: "strong" });
        break;
      }
    }
    return out;
  }
};

// src/detectors/logged-errors.ts
var HANDLER = {
  // Also a promise's or callback's error function (`.then(ok, error => …)`, `function (err) {`).
  // And a method named for the errors it handles (a framework's `onerror (err) {`, `handleError(error) {`).
  js: /\bcatch\s*(\(|\{)|\.catch\s*\(|process\.on\(\s*['"](uncaughtException|unhandledRejection)|\.on\(\s*['"]error['"]|\b(?:err|error|reason)(?:\)|[ \t]{1,5}\))?[ \t]{0,5}=>|\bfunction(?:[ \t]{1,5}\w{1,40})?[ \t]{0,5}\([ \t]{0,5}(?:err|error)\b|^[ \t]{0,20}(?:async[ \t]{1,5})?(?:on_?[eE]rror|handle_?[eE]rror|error_?[hH]andler)[ \t]{0,5}\([ \t]{0,5}(?:err|error|e)\b/,
  python: /^[ \t]*except\b|^[ \t]*def (?=\w*(?:exception_handler|error_handler|handle_exception|handle_error))\w+\(|@\w+\.(errorhandler|exception_handler)\(|^[ \t]*@logger\.catch\b/,
  // Also the check after an init statement (`if err := run(); err != nil {`) and a branch on the error's kind.
  // And a recovered panic (`if r := recover(); r != nil {`): Go's catch, the heart of every recovery middleware.
  // The error may have any name ending in err (`if sendErr != nil {`, `if cErr := c.JSON(…); cErr != nil {`).
  go: /\bif\s+(?:\w{0,30}[eE])?rr\s*!=\s*nil\b|;[ \t]*(?:\w{0,30}[eE])?rr[ \t]*!=[ \t]*nil[ \t]*\{|\bif[ \t]+errors\.(?:Is|As)\(|\brecover\(\)[ \t]*;[ \t]*\w+[ \t]*!=[ \t]*nil\b/,
  // Also the error callback of a functional or reactive result (Vavr `Try.onFailure`, Reactor `doOnError`,
  // CompletableFuture `exceptionally`), the catch of code written without try.
  java: /\bcatch\s*\(|@ExceptionHandler|@ControllerAdvice|\.(?:onFailure|doOnError|onErrorResume|onErrorReturn|onErrorContinue|exceptionally)\s*\(/,
  // Also a branch on a result's error, Kotlin's catch for code that returns errors as values: a `when` over the error
  // (`when (val error = result.error) {`) or a sealed result's error case (`is UnexpectedError -> {`, `is Result.Failure ->`),
  // and a coroutine scope's catch-all (`CoroutineExceptionHandler { _, throwable -> … }`; calibration round 25).
  kotlin: /\bcatch\s*\(|@ExceptionHandler|\bCoroutineExceptionHandler[ \t]*\{|runCatching|\.(?:onFailure|doOnError|onErrorResume|onErrorReturn|onErrorContinue|exceptionally)\s*[({]|\.catch\s*\{|\bwhen[ \t]*\([ \t]*(?:val[ \t]+\w{1,40}[ \t]*=[ \t]*)?(?:[\w.]{0,80}\.)?(?:error|exception|failure|throwable|cause)[ \t]*\)[ \t]*\{|\bis[ \t]+(?:[\w.]{0,80}\.)?\w{0,60}(?:Error|Exception|Failure)[ \t]*->/,
  // Also a method named for the errors it handles (Sinatra's `def dump_errors!(boom)`, `def handle_exception!(e)`).
  ruby: /^\s*rescue\b|rescue_from\b|^[ \t]*def[ \t]+(?:self\.)?(?:handle|dump|log|report|on)_(?:errors?|exceptions?)[!?]?(?:\(|[ \t]+\w)/,
  csharp: /\bcatch\s*(\(|\{)|UseExceptionHandler/,
  rust: /\bErr\s*\(\s*\w+\s*\)\s*=>|\.map_err\(|if let Err\(/
};
var HANDLER_IN_TEXT = Object.fromEntries(Object.entries(HANDLER).map(([language, re]) => [language, new RegExp(re.source, `${re.flags}m`)]));
var ERROR_RESPONSE_IMPL = /^[ \t]*impl(?:<[^>\n]{0,80}>)?[ \t]+(?:[\w:]+::)?(?:IntoResponse|ResponseError)[ \t]+for[ \t]+\w+/m;
var ERROR_RESPONSE_BODY = 60;
var PRINTS_ERROR = {
  go: /\bfmt\.(Print|Println|Printf)\([^\n]{0,200}\b(?:\w{0,30}[eE])?rr\b|\.PrintErr(ln|f)?\(/,
  // A Python CLI writing the error to stderr in its except block.
  // Or to the user through click or rich (click.echo(…, err=True), console.print(f"…{exc}")).
  // A Ruby program writing the error to stderr ($stderr.puts, STDERR.write, Kernel#warn) or to Rack's error stream,
  // which the server logs (`env['rack.errors'].puts(msg)`).
  ruby: /(?:\$stderr|\bSTDERR)\.(?:puts|write|print)\b|^[ \t]*warn[ \t(]|\[['"]rack\.errors['"]\]\.(?:puts|write|print)\b/m,
  // Java and Kotlin printing the caught exception or its stack trace to stderr (`System.err.println(…)`, which the
  // logging pattern's `System.err.print` missed, `e.printStackTrace()`); C# writing it to the
  // error stream (`Console.Error.WriteLine(ex)`).
  java: /\.printStackTrace\([ \t]*\)|\bSystem\.err\.print(?:ln|f)?\(/,
  kotlin: /\.printStackTrace\([ \t]*\)|\bSystem\.err\.print(?:ln|f)?\(/,
  csharp: /\bConsole\.Error\.Write(?:Line)?(?:Async)?\(/,
  // Also click's echo imported by name (`echo(msg, err=True)`, `echo(file=sys.stderr)`), the traceback printed to
  // stderr (traceback.print_exc, Python's printStackTrace), and a caught click error showing itself (`e.show()`,
  // which writes "Error: …" to stderr). Or to WSGI's error stream, which the server logs (`environ['wsgi.errors'].write(trace)`),
  // as Rack's above.
  python: /\[['"]wsgi\.errors['"]\]\.(?:write|writelines)\(|\b(?:print|echo|secho)\([^\n]{0,200}\bfile[ \t]*=[ \t]*sys\.stderr\b|\bsys\.stderr\.write\(|\b(?:(?:click|typer)\.)?(?:echo|secho)\([^\n]{0,200}\berr[ \t]*=[ \t]*True\b|\bconsole\.print\([^\n]{0,200}\{(?:exc|err|error|e)\}|\btraceback\.print_exc(?:eption)?\(|^[ \t]*(?:e|exc|err|error|ex)\.show\([ \t]*\)/m,
  // A Node CLI writing the error to stderr (`process.stderr.write(\`error: ${err.message}\n\`)`).
  js: /\bprocess\.stderr\.write\(/,
  // A Rust CLI writing the error to stderr through the write macros (`writeln!(io::stderr(), "app: {e}")`, a locked
  // handle `writeln!(stderr, …)`) or the handle itself (`io::stderr().write_all(…)`), as eprintln! does.
  rust: /\b(?:write|writeln)!\([ \t]*(?:&mut[ \t]+)?(?:(?:std::)?io::)?stderr\b|\b(?:std::)?io::stderr\(\)(?:\.lock\(\))?\.(?:write_all|write_fmt)\(/
};
function stderrMacros(code) {
  const names = [];
  for (const m of code.matchAll(/macro_rules![ \t]+(\w+)[ \t]*\{([\s\S]{0,600}?)\n\}/g)) if (/\beprintln!|\bwriteln!\([ \t]*(&mut )?std::io::stderr|\berror!\(/.test(m[2])) names.push(m[1]);
  for (const m of code.matchAll(/macro_rules![ \t]+(\w+)[ \t]*\{([\s\S]{0,600}?)\n\}/g)) if (!names.includes(m[1]) && names.some((n) => m[2].includes(`${n}!`))) names.push(m[1]);
  return names;
}
var LOGS = /\b(console\.(error|warn)|logger\.\w+|log\.(error|warn|warning|exception|Error|Printf|Println|Fatal\w*|Warn\w*)|logging\.(error|exception|warning|critical)|\w*[lL]og(ger)?\.(error|warn|exception|Error|Warning|LogError|LogWarning|LogCritical)|\w*[lL]ogger\(\)\.(?:error|warn|Error|Warn)|_logger\.Log\w*|Rails\.logger|Rails\.error\.report|slog\.(Error|Warn)|fmt\.Fprint\w*\((?:os\.Stderr|color\.Error)|System\.err\.print|Sentry\.capture\w*|captureException)\b|\b(eprintln|error|warn)!|(?:^|[.\s])(?:log_?[eE]rror|log_?[eE]xception|log_?[wW]arn(?:ing)?|report_?[eE]rror)\(/;
var LOGGER_CALL2 = /[lL]ogger\.(\w{1,60})\(/g;
var ERROR_LEVEL = /Error|Exception|Warn|Critical|Fatal/;
var LOG_HELPER_CALL = /\b\w{0,40}(?:Debug|Log|Logging)(?:Helper|Helpers|Util|Utils|Utility)\.(\w{1,60})\(/g;
function logHelperAtErrorLevel(text) {
  if (!/(?:Helper|Util)/.test(text)) return false;
  for (const m of text.matchAll(LOG_HELPER_CALL)) if (ERROR_LEVEL.test(m[1])) return true;
  return false;
}
function logsAnError(text) {
  return LOGS.test(text) || loggerAtErrorLevel(text) || logHelperAtErrorLevel(text);
}
function loggerAtErrorLevel(text) {
  if (!/[lL]ogger\./.test(text)) return false;
  for (const m of text.matchAll(LOGGER_CALL2)) if (ERROR_LEVEL.test(m[1])) return true;
  return false;
}
var OWN_PRINTER = {
  rust: /^[ \t]*(?:pub(?:\([\w:]{1,40}\))?[ \t]+)?fn[ \t]+(\w{1,60})[^(\n]{0,80}\([ \t]*(\w{1,40})/gm,
  go: /^func[ \t]+(\w{1,60})\([ \t]*(\w{1,40})/gm
};
var PRINTER_BODY = 8;
function ownPrinters(code, language) {
  const header = OWN_PRINTER[language];
  if (!header) return [];
  const names = [];
  for (const m of code.matchAll(header)) {
    if (m[1] === "main" || m[2] === "self" || m[2] === "mut") continue;
    let at = code.indexOf("\n", m.index);
    const body = [];
    while (at !== -1 && body.length <= PRINTER_BODY) {
      const next = code.indexOf("\n", at + 1);
      const line = code.slice(at + 1, next === -1 ? void 0 : next);
      if (/^[ \t]*\}[ \t]*$/.test(line)) {
        if (body.some(logsAnError)) names.push(m[1]);
        break;
      }
      body.push(line);
      at = next;
    }
  }
  return names;
}
var ANDROID_LOGS = /\b(?:Log|Timber)\.(?:e|w|wtf)\(/;
var KMP_LOGGER_IMPORT = /^[ \t]*import[ \t]+(?:co\.touchlab\.kermit|io\.github\.aakira\.napier)\./m;
var KMP_LOGS = /\bNapier\.(?:e|w|wtf)\(|\b(?:[a-z]\w{0,40})?(?:log|Log|logger|Logger|kermit|Kermit)\.(?:e|w|a)[ \t]*(?:\(|\{)/;
function errorLogDelegates(code) {
  const names = [];
  for (const m of code.matchAll(/\b(\w{1,100})[ \t]*=[ \t\r\n]{0,40}LoggerMessage\.Define\b/g)) {
    if (/\bLogLevel\.(?:Error|Critical)\b/.test(code.slice(m.index + m[0].length, m.index + m[0].length + 300).split(";")[0])) names.push(m[1]);
  }
  for (const m of code.matchAll(/\[LoggerMessage\([^\]\n]{0,300}LogLevel\.(?:Error|Critical)[^\]\n]{0,300}\][ \t\r\n]{0,40}(?:(?:public|private|internal|protected|static|partial)[ \t]+){0,4}void[ \t]+(\w+)\(/g)) names.push(m[1]);
  return names;
}
var CSHARP_ERROR_CLASS = /\bclass[ \t]+(\w{1,100})/g;
var CSHARP_ERROR_INTERFACE = /[:,][ \t]*(?:IExceptionHandler|IExceptionFilter|IAsyncExceptionFilter|ExceptionFilterAttribute)\b/;
function csharpErrorHandler(code) {
  for (const m of code.matchAll(CSHARP_ERROR_CLASS)) {
    if (/Exception|Error/.test(m[1]) && /(Middleware|Handler|Filter)$/.test(m[1])) return m.index;
  }
  const implementing = CSHARP_ERROR_INTERFACE.exec(code);
  return implementing?.index;
}
var HANDLER_CLASS_BODY = 80;
var USES_EXCEPTION_HANDLER = /\.UseExceptionHandler[ \t]*\(/;
function handlerStart(handler, line) {
  return handler.exec(line)?.index ?? 0;
}
function blockLength(lines) {
  const indent = /^[ \t]*/.exec(lines[0])[0].length;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() !== "" && /^[ \t]*/.exec(l)[0].length <= indent);
  return end === -1 ? lines.length : end;
}
var NEAR = 6;
var BLOCK = 30;
var BRACED = /* @__PURE__ */ new Set(["js", "go", "java", "kotlin", "csharp", "rust"]);
function handlerBlock(lines, i, language, from) {
  if (language === "python" || language === "ruby") {
    if (language === "python" && /^[ \t]*@/.test(lines[i])) {
      const def = lines.findIndex((l, j) => j > i && j <= i + 3 && /^[ \t]*(?:async[ \t]+)?def[ \t]/.test(l));
      if (def !== -1) return [lines[i], ...pythonDefBody(lines, def)].slice(0, BLOCK);
    }
    const window2 = lines.slice(i, i + BLOCK);
    const length = blockLength(window2);
    return length > 1 ? window2.slice(0, length) : lines.slice(i, i + NEAR);
  }
  if (!BRACED.has(language)) return lines.slice(i, i + NEAR);
  let depth = 0;
  let opened = false;
  for (let j = i; j < lines.length && j < i + BLOCK; j++) {
    const line = j === i ? lines[j].slice(from) : lines[j];
    if (!opened && j > i && !line.trim().startsWith("{")) return lines.slice(i, i + NEAR);
    for (const ch of line) {
      if (ch === "{") {
        depth++;
        opened = true;
      } else if (ch === "}" && opened && --depth === 0) return lines.slice(i, j + 1);
    }
  }
  return lines.slice(i, i + (opened ? BLOCK : NEAR));
}
var JS_ERROR_METHOD = /^[ \t]{0,20}(?:async[ \t]{1,5})?(?:on_?[eE]rror|handle_?[eE]rror|error_?[hH]andler)[ \t]{0,5}\([ \t]{0,5}(?:err|error|e)\b/;
var PARAM = (start) => `_?${start}\\w{0,20}[ \\t]{0,5}(?::[^,()]{1,80})?`;
var EXPRESS_ERROR_MIDDLEWARE = new RegExp(`\\(\\s{0,20}${PARAM("e")},\\s{0,20}${PARAM("req")},\\s{0,20}${PARAM("res")},\\s{0,20}${PARAM("next")},?\\s{0,20}\\)`);
var MIDDLEWARE_BODY = 20;
var ADDS_EXCEPTION_HANDLER = /\badd_exception_handler\(\s*[\w.]+\s*,\s*(\w+)\s*\)/g;
var CATCH_PARAM = /\bcatch[ \t]*\((?:[ \t]*\()?[ \t]*(\w+)|\b(err|error|reason)(?:\)|[ \t]{1,5}\))?[ \t]{0,5}=>|\bfunction(?:[ \t]{1,5}\w{1,40})?[ \t]{0,5}\([ \t]{0,5}(err|error)\b/;
var NOT_RUNNING_FOLDER = inFolderNamed([...SEED_FOLDERS, ...except(SAMPLE_FOLDERS, "_examples?", "samples?", "example[-_]apps?", "sample[-_]apps?", "(?:examples?|samples?|demos?)[-_][^/]{1,60}"), "scripts?", ...BENCHMARK_FOLDERS, ...DOC_FOLDERS], "i");
var SEED_OR_WAIT_FILE = /(^|\/)([\w-]*[-_.])?seeds?\.\w+$|(^|\/)wait[-_]for[\w.-]*$/i;
var NOT_THE_CODE = /[.-]min\.[cm]?js$|(?:^|\/)tests?[-_][\w.-]{1,80}\.[cm]?[jt]sx?$/;
var notRunning = (file) => NOT_RUNNING_FOLDER.test(file) || SEED_OR_WAIT_FILE.test(file);
function pythonBody(lines, def, from = def) {
  const indent = /^\s*/.exec(lines[def])[0].length;
  const body = [];
  for (let i = from + 1; i < lines.length && body.length < 60; i++) {
    const line = lines[i];
    if (line.trim() && /^\s*/.exec(line)[0].length <= indent) break;
    body.push(line);
  }
  return body;
}
var withoutComment = (line) => line.includes("#") ? line.slice(0, line.indexOf("#")) : line;
var PYTHON_EXCEPT_HOOK = /^[ \t]*def _?except_?hook\(/;
function pythonDefBody(lines, def) {
  let end = def;
  while (end < def + 15 && end < lines.length - 1 && !/:[ \t]*$/.test(withoutComment(lines[end]))) end++;
  return pythonBody(lines, def, end);
}
function registeredHandlersThatLog(evidence, files) {
  const names = /* @__PURE__ */ new Set();
  for (const file of files) {
    const code = evidence.code(file) ?? "";
    if (code.includes("add_exception_handler")) for (const m of code.matchAll(ADDS_EXCEPTION_HANDLER)) names.add(m[1]);
  }
  if (names.size === 0) return [];
  const out = [];
  for (const file of files) {
    const code = evidence.code(file) ?? "";
    if (!LOGS.test(code)) continue;
    const lines = code.split("\n");
    lines.forEach((line, i) => {
      const def = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/.exec(line);
      if (def && names.has(def[1]) && pythonBody(lines, i).some((l) => LOGS.test(l))) {
        out.push({ file, line: i + 1, message: `exception handler ${def[1]} (add_exception_handler) logs the error`, strength: "strong" });
      }
    });
  }
  return out;
}
var LOGGING_CONFIG = /^[ \t]*LOGGING[ \t]*=[ \t]*\{|\bdictConfig\(/m;
var FRAMEWORK_ERROR_LOGGER = /^[ \t]*['"](django|django\.request|uvicorn\.error|gunicorn\.error)['"][ \t]*:[ \t]*\{/gm;
var FLASK_ERROR_LOGGER = /\b(?:app|current_app|application)\.logger\.addHandler\(/;
function configuredErrorLoggers(evidence, files) {
  const out = [];
  for (const file of files) {
    const code = evidence.code(file);
    const flask = code ? FLASK_ERROR_LOGGER.exec(code) : null;
    if (flask) {
      out.push({ file, line: lineAt(code, flask.index), message: "a handler attached to Flask's app.logger, where Flask logs unhandled request errors", strength: "strong" });
      continue;
    }
    if (!code || !LOGGING_CONFIG.test(code) || !/django|uvicorn|gunicorn/.test(code)) continue;
    for (const m of code.matchAll(FRAMEWORK_ERROR_LOGGER)) {
      const entry = code.slice(m.index + m[0].length, m.index + m[0].length + 300).split("}")[0];
      if (!/['"]handlers['"][ \t]*:/.test(entry)) continue;
      out.push({ file, line: lineAt(code, m.index), message: `the logging configuration routes the framework's error logger (${m[1]}) to a handler`, strength: "strong" });
      break;
    }
  }
  return out;
}
function mayHandleErrors(language, code) {
  if (HANDLER_IN_TEXT[language]?.test(code)) return true;
  if (language === "python") return /^[ \t]*def _?except_?hook\(/m.test(code);
  if (language === "js") return EXPRESS_ERROR_MIDDLEWARE.test(code);
  if (language === "rust") return ERROR_RESPONSE_IMPL.test(code);
  if (language === "csharp") return csharpErrorHandler(code) !== void 0;
  return false;
}
var RUST_MAIN_RESULT = /^[ \t]*(?:pub[ \t]+)?(?:async[ \t]+)?fn[ \t]+main[ \t]*\([ \t]*\)[ \t]*->[ \t]*(?:(anyhow|eyre|color_eyre|miette)::(?:eyre::)?)?Result\b/m;
var RUST_ERROR_REPORTER = /^[ \t]*use[ \t]+(?:anyhow|eyre|color_eyre|miette)::/m;
function rustMainReportsErrors(file, code) {
  if (/(?:^|\/)build\.rs$/.test(file) || !code.includes("main")) return void 0;
  const m = RUST_MAIN_RESULT.exec(code);
  return m && (m[1] || RUST_ERROR_REPORTER.test(code)) ? m.index : void 0;
}
var COMPONENT_FILE = /\.(?:vue|svelte)$/;
function componentScript(text) {
  const lines = text.split("\n");
  let inScript = false;
  const out = lines.map((line) => {
    if (!inScript && /^[ \t]*<script\b[^>]*>[ \t]*$/.test(line)) return inScript = true, "";
    if (inScript && /^[ \t]*<\/script>/.test(line)) return inScript = false, "";
    return inScript ? line : "";
  });
  return stripComments("component.js", out.join("\n"));
}
var asPattern = (re) => re.flags ? `/${re.source}/${re.flags}` : re.source;
var HANDLER_LINE_ONLY = /* @__PURE__ */ new Set(["python", "go", "java", "kotlin"]);
var HANDLER_PATTERNS = Object.fromEntries([...HANDLER_LINE_ONLY].map((language) => [language, asPattern(HANDLER_IN_TEXT[language])]));
var LOGS_PATTERN = asPattern(LOGS);
var loggedErrors = {
  name: "loggedErrors",
  question: "Does a catch block or error handler of the running project log the error?",
  // Comment-free text holds no literal its whole text lacks: files without the words skip stripping and regexes.
  textPatterns: [...new Set(Object.values(HANDLER_PATTERNS)), LOGS_PATTERN],
  detect(evidence) {
    const out = [];
    const consoleLogs = [];
    const files = evidence.sourceFiles.filter((f) => !isTestFile(f) && !notRunning(f) && !NOT_THE_CODE.test(f));
    const rustMacros = files.filter((f) => f.endsWith(".rs")).flatMap((f) => evidence.code(f)?.includes("macro_rules!") ? stderrMacros(evidence.code(f)) : []);
    const macroLog = rustMacros.length ? new RegExp(`\\b(${rustMacros.join("|")})!\\(`) : void 0;
    const printerLog = {};
    for (const language of Object.keys(OWN_PRINTER)) {
      const names = files.filter((f) => languageOf(f) === language && evidence.mayMatch(f, LOGS_PATTERN)).flatMap((f) => ownPrinters(evidence.code(f) ?? "", language));
      printerLog[language] = names.length ? new RegExp(`\\b(${[...new Set(names)].join("|")})\\(`) : void 0;
    }
    const components = evidence.files.filter((f) => COMPONENT_FILE.test(f) && !isTestFile(f) && !notRunning(f));
    for (const file of [...files, ...components]) {
      const component = COMPONENT_FILE.test(file);
      const language = component ? "js" : languageOf(file);
      const handler = HANDLER[language];
      if (!handler || HANDLER_LINE_ONLY.has(language) && !evidence.mayMatch(file, HANDLER_PATTERNS[language])) continue;
      const text = component ? evidence.text(file) : void 0;
      const code = component ? text && componentScript(text) : evidence.code(file);
      if (!code) continue;
      const rustMain = language === "rust" && consoleLogs.length < 5 ? rustMainReportsErrors(file, code) : void 0;
      if (rustMain !== void 0) consoleLogs.push({ file, line: lineAt(code, rustMain), message: "main returns an error reporter's Result: each error reaches it and is printed with its context to stderr", strength: "strong" });
      if (!mayHandleErrors(language, code)) continue;
      const aspnet = language === "csharp" ? USES_EXCEPTION_HANDLER.exec(code) : null;
      if (aspnet) {
        out.push({ file, line: lineAt(code, aspnet.index), message: "ASP.NET's exception-handler middleware (UseExceptionHandler), which logs each unhandled exception", strength: "strong" });
        if (out.length >= 5) break;
        continue;
      }
      const delegates = language === "csharp" && code.includes("LoggerMessage") ? errorLogDelegates(code) : [];
      const delegateLog = delegates.length ? new RegExp(`\\b(${delegates.join("|")})\\(`) : void 0;
      const mayLog = evidence.mayMatch(file, LOGS_PATTERN);
      const printer = printerLog[language];
      const kmpLogger = language === "kotlin" && KMP_LOGGER_IMPORT.test(code);
      const logsLine = (l) => (mayLog ? logsAnError(l) : loggerAtErrorLevel(l) || logHelperAtErrorLevel(l)) || (language === "kotlin" || language === "java") && ANDROID_LOGS.test(l) || kmpLogger && KMP_LOGS.test(l) || language === "rust" && !!macroLog?.test(l) || !!printer?.test(l) && !/^[ \t]*(?:pub\S*[ \t]+)?(?:fn|func)[ \t]/.test(l) || !!delegateLog && delegateLog.test(l) && !/LoggerMessage\./.test(l);
      const logs = logsLine(code) || (!!delegateLog || !!printer || kmpLogger) && code.split("\n").some(logsLine);
      const prints = PRINTS_ERROR[language];
      if (!logs && !(language === "js" && code.includes("console.log")) && !(prints && prints.test(code))) continue;
      const lines = code.split("\n");
      if (logs && language === "rust") {
        const impl = ERROR_RESPONSE_IMPL.exec(code);
        if (impl) {
          const start = lineAt(code, impl.index);
          if (lines.slice(start - 1, start - 1 + ERROR_RESPONSE_BODY).some(logsLine)) {
            out.push({ file, line: start, message: "the error type's response mapping logs the error", strength: "strong" });
            continue;
          }
        }
      }
      if (logs && language === "csharp") {
        const at = csharpErrorHandler(code);
        if (at !== void 0) {
          const start = lineAt(code, at);
          if (lines.slice(start - 1, start - 1 + HANDLER_CLASS_BODY).some(logsLine)) {
            out.push({ file, line: start, message: "exception-handling middleware or filter that logs the error", strength: "strong" });
            continue;
          }
        }
      }
      if (logs && language === "js") {
        const middleware = EXPRESS_ERROR_MIDDLEWARE.exec(code);
        if (middleware) {
          const start = lineAt(code, middleware.index);
          if (lines.slice(start - 1, start - 1 + MIDDLEWARE_BODY).some((l) => LOGS.test(l))) {
            out.push({ file, line: start, message: "error-handling middleware that logs the error", strength: "strong" });
            continue;
          }
        }
      }
      for (let i = 0; i < lines.length; i++) {
        if (!handler.test(lines[i]) && !(language === "python" && PYTHON_EXCEPT_HOOK.test(lines[i]))) continue;
        const namedMethod = (language === "python" || language === "ruby") && /^[ \t]*def[ \t]/.test(lines[i]);
        const wholeBody = language === "js" && JS_ERROR_METHOD.test(lines[i]) || language === "go" && lines[i].includes("recover()");
        let near = namedMethod && language === "python" ? [lines[i], ...pythonDefBody(lines, i)] : wholeBody || namedMethod ? lines.slice(i, i + MIDDLEWARE_BODY) : handlerBlock(lines, i, language, handlerStart(handler, lines[i]));
        if (language === "go" && wholeBody || language === "ruby" && namedMethod) near = near.slice(0, blockLength(near));
        if (logs && near.some(logsLine)) {
          out.push({ file, line: i + 1, message: "error handler that logs the error", strength: "strong" });
          break;
        }
        if (consoleLogs.length < 5 && prints && near.some((l) => prints.test(l))) {
          consoleLogs.push({ file, line: i + 1, message: "error check that prints the error (no level: a weak log, but a log)", strength: "strong" });
        }
        const caught = language === "js" ? ((m) => m?.[1] ?? m?.[2] ?? m?.[3])(CATCH_PARAM.exec(lines[i])) : void 0;
        if (consoleLogs.length < 5 && (/\.catch\(\s*console\.log\s*\)/.test(lines[i]) || caught && near.some((l) => new RegExp(`\\bconsole\\.log\\([^\\n]{0,200}\\b${caught}\\b`).test(l)))) {
          consoleLogs.push({ file, line: i + 1, message: "catch that logs the error with console.log (no level: a weak log, but a log)", strength: "strong" });
        }
      }
      if (out.length >= 5) break;
    }
    if (out.length < 5 && files.some((f) => languageOf(f) === "python")) {
      const python = files.filter((f) => languageOf(f) === "python");
      out.push(...registeredHandlersThatLog(evidence, python));
      if (out.length === 0) out.push(...configuredErrorLoggers(evidence, python));
    }
    return out.length ? out.slice(0, 5) : consoleLogs;
  }
};

// src/detectors/outside-input.ts
var EXTENSIONS = { JS: ["js", "jsx", "ts", "tsx", "mjs", "cjs", "mts", "cts"], PY: ["py"], GO: ["go"], JVM: ["java", "kt", "groovy", "scala"], RB: ["rb"], CS: ["cs"], RS: ["rs"] };
var sourceIn = (group) => ["@source", `!**/*.{${Object.entries(EXTENSIONS).filter(([g]) => g !== group).flatMap(([, e]) => e).join(",")}}`];
var READS_REQUEST_DATA = [
  // JS/TS: Express, Koa, Fastify, hapi, Hono, Next.js route handlers, NestJS parameter decorators.
  ["JS", "/\\b(?:req|request)\\.(?:body|query|params|payload|files?)\\b|\\breq\\[\\w+\\]|\\bctx\\.(?:request\\.body|query|params)\\b|\\bc\\.req\\.(?:json|query|param|valid|parseBody|formData)\\(|\\bawait (?:req|request)\\.(?:json|formData)\\(\\)|\\bsearchParams\\.get\\(|@(?:Body|Query|Param)\\(/"],
  // Python: Flask, Django, DRF, Starlette/FastAPI (a body or path parameter), aiohttp, Tornado. A Flask route whose
  // variables are all typed by converters (`<int:product_id>`) is validated by the router: only an untyped `<name>` counts.
  ["PY", `/\\brequest\\.(?:form|args|json|get_json|values|files|GET|POST|FILES|data|query_params|path_params|match_info)\\b|\\bself\\.get_(?:argument|body_argument|query_argument)\\(|=[ \\t]*(?:Body|Query|Form)\\(|@\\w+\\.(?:post|put|patch)\\(|@\\w+\\.(?:get|delete|route|api_route)\\([ \\t]*['"][^'"\\n]{0,200}(?:\\{|<(?!(?:int|float|uuid):))|methods=\\[[^\\]\\n]{0,100}['"](?:POST|PUT|PATCH)|\\b(?:CreateView|UpdateView|FormView)\\b/`],
  // Go: net/http, gin, echo, fiber, chi, gorilla/mux.
  ["GO", "/\\br\\.(?:URL\\.Query\\(\\)|FormValue\\(|PostFormValue\\(|ParseForm\\(|ParseMultipartForm\\(|Body\\b)|\\bc\\.(?:Param|Query|DefaultQuery|PostForm|QueryParam|FormValue|Params|BodyParser|ShouldBind\\w*|Bind\\w*)\\(|\\bmux\\.Vars\\(|\\bchi\\.URLParam\\(/"],
  // JVM: Spring, JAX-RS, Ktor.
  ["JVM", "/@(?:RequestBody|RequestParam|PathVariable|ModelAttribute|RequestHeader|PathParam|QueryParam|FormParam)\\b|\\bcall\\.(?:receive\\w*|parameters|request\\.queryParameters)\\b/"],
  // Ruby: Rails, Sinatra, Grape.
  ["RB", "/\\bparams(?:\\[|\\.(?:require|permit|fetch)\\b)|^[ \\t]*requires[ \\t]+:/"],
  // C#: ASP.NET MVC, Razor Pages, minimal APIs.
  ["CS", "/\\[From(?:Body|Query|Route|Form)\\]|\\[BindProperty\\]|\\[Http(?:Post|Put|Patch)\\b|\\bRequest\\.(?:Form|Query)\\b|\\.Map(?:Post|Put|Patch)\\(/"],
  // Rust: axum and actix-web extractors.
  ["RS", "/\\b(?:web::)?(?:Json|Query|Form)<|\\bweb::Path<|\\bPath\\(\\w+\\): Path</"]
];
var INPUT_SOURCES = [
  ...READS_REQUEST_DATA.map(([group, text]) => ({ text, in: sourceIn(group), message: "reads request data" })),
  // A browser app's forms: what a user types (an input's value from its change event, FormData, Angular form
  // controls) is outside input the app sends on, as much as a request body is a server's. React's change handlers
  // destructure it (`const { name, value } = e.target`, or `const { target } = e` then `{ name, value } = target`).
  { text: "/\\b(?:e|ev|evt|event)\\.(?:target|currentTarget)\\.value\\b|\\bnew FormData\\(|\\bnew FormControl\\b|\\bFormBuilder\\b|\\{[^{}\\n]{0,80}\\bvalue\\b[^{}\\n]{0,80}\\}[ \\t]*=[ \\t]*(?:(?:e|ev|evt|event)\\.)?(?:target|currentTarget)\\b/", in: sourceIn("JS"), message: "reads form input in the browser" },
  // Command-line programs: argument parsers in use, or the raw arguments read.
  { library: { npm: ["commander", "yargs", "meow", "cac"] } },
  { library: { pypi: ["click", "typer"] } },
  { library: { go: ["github.com/spf13/cobra", "github.com/urfave/cli/v2"] } },
  { library: { gem: ["thor"] }, use: "Thor\\b" },
  { library: { nuget: ["System.CommandLine"] } },
  { library: { cargo: ["clap"] } },
  { text: "/process\\.argv|Deno\\.args|Bun\\.argv|sys\\.argv|argparse|flag\\.(?:String|Int|Bool|Parse)\\b|os\\.Args|std::env::args|\\bARGV\\b|\\binput\\(/", in: ["@source"], message: "reads command-line arguments or console input" }
];
var outsideInput = {
  name: "outsideInput",
  question: "Does the code take input from outside: handlers that read request data (body, query, params, form), a browser app reading form input, or command-line arguments?",
  parseTokens: INPUT_SOURCES.flatMap((m) => "library" in m ? m.library.npm ?? [] : []),
  textPatterns: INPUT_SOURCES.flatMap((m) => textPatternsOf(m)),
  detect(evidence) {
    const out = [];
    const serves = !["library", "cli"].includes(projectKind(evidence).kind);
    for (const matcher of serves ? INPUT_SOURCES : INPUT_SOURCES.slice(READS_REQUEST_DATA.length + 1)) {
      out.push(...runMatcher(matcher, evidence).filter((f) => f.strength === "strong"));
      if (out.length) break;
    }
    return out.slice(0, 5);
  }
};

// src/detectors/provider-implementations.ts
var PROVIDER_FOLDERS = /* @__PURE__ */ new Set(["providers", "provider", "plugins", "adapters", "drivers", "backends", "strategies", "connectors", "notifiers", "notify", "exporters", "sinks", "storage", "stores", "spi"]);
var NOT_A_PROVIDER = /^(InMemory|Memory|Fake|Mock|Stub|Dummy|Noop|NoOp|Null|Test)/;
var DECLARATION = /\binterface[ \t]+([A-Z]\w*)|\babstract[ \t]+class[ \t]+([A-Z]\w*)|\btrait[ \t]+([A-Z]\w*)|\bclass[ \t]+([A-Z]\w*)\((?:[\w.]*\.)?(?:ABC|Protocol)\)|\btype[ \t]+([A-Z]\w*)[ \t]+interface\b/g;
var IMPLEMENTATION = /\bclass[ \t]+(\w+)(?:<[^>\n]{0,100}>)?(?:\([^)\n]{0,200}\))?[ \t]*(?:(?:implements|extends|:)[ \t]*([\w.<>, \t]{1,200}))|\bimpl(?:<[^>\n]{0,100}>)?[ \t]+([\w:]+)[ \t]+for[ \t]+(\w+)/g;
var PYTHON_CLASS = /\bclass[ \t]+(\w+)\(([\w., \t]{1,200})\)/g;
var DECLARATION_PATTERN = `/${DECLARATION.source}/`;
var GO_REGISTRY = /^func[ \t]+(Register[A-Z]?\w{0,40})\([ \t]*\w{1,30}(?:[ \t]*,[ \t]*\w{1,30})?[ \t]+string[ \t]*,[ \t]*\w{1,30}[ \t]+[*\w.[\]]{1,80}[ \t]*\)/gm;
var GO_REGISTRY_PATTERN = `/${GO_REGISTRY.source}/m`;
var MIN_REGISTERING_PACKAGES = 3;
var folderOf2 = (file) => file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
var baseOf = (path3) => path3.slice(path3.lastIndexOf("/") + 1);
var providerImplementations = {
  name: "providerImplementations",
  question: "Is there one interface with several sibling implementations (providers, drivers, adapters) that the code chooses between?",
  textPatterns: [DECLARATION_PATTERN, GO_REGISTRY_PATTERN],
  detect(evidence, options) {
    const min = typeof options.minImplementations === "number" ? options.minImplementations : 2;
    const code = evidence.sourceFiles.filter((f) => !isTestFile(f) && !isScaffolding(f));
    const contracts = /* @__PURE__ */ new Map();
    for (const file of code) {
      if (!evidence.mayMatch(file, DECLARATION_PATTERN)) continue;
      for (const m of (evidence.code(file) ?? "").matchAll(DECLARATION)) {
        const name = m.slice(1).find(Boolean);
        if (!contracts.has(name)) contracts.set(name, file);
      }
    }
    const registered = goRegistries(code, evidence) ?? exportedAdapters(evidence) ?? packagedImplementations(code, evidence, contracts);
    if (contracts.size === 0) return registered ? [registered] : [];
    const implementations = /* @__PURE__ */ new Map();
    const add = (contract, name, file) => {
      if (NOT_A_PROVIDER.test(name) || !contracts.has(contract)) return;
      let found = implementations.get(contract);
      if (!found) implementations.set(contract, found = /* @__PURE__ */ new Map());
      if (!found.has(name)) found.set(name, file);
    };
    for (const file of code) {
      const folders = folderOf2(file).split("/");
      if (!folders.some((f) => PROVIDER_FOLDERS.has(f.toLowerCase()))) continue;
      const text = evidence.code(file) ?? "";
      if (languageOf(file) === "go") {
        for (const [contract, declaredIn] of contracts) {
          const parent = folderOf2(declaredIn);
          if (declaredIn.endsWith(".go") && file.startsWith(`${parent}/`) && folderOf2(file) !== parent && PROVIDER_FOLDERS.has(baseOf(parent).toLowerCase())) {
            add(contract, file.slice(parent.length + 1).split("/")[0], file);
          }
        }
        continue;
      }
      for (const m of text.matchAll(languageOf(file) === "python" ? PYTHON_CLASS : IMPLEMENTATION)) {
        if (m[3] && m[4]) add(m[3].split("::").pop(), m[4], file);
        else for (const contract of (m[2] ?? "").split(/[,\s]+/)) add(contract.split("<")[0].split(".").pop(), m[1], file);
      }
    }
    const out = [];
    const selectors = /* @__PURE__ */ new Map();
    for (const [contract, found] of implementations) {
      if (found.size < min) continue;
      const names = [...found.keys()];
      const files = new Set(found.values());
      const key = `${names.join("\0")}${[...files].join("\0")}`;
      if (!selectors.has(key)) selectors.set(key, selectorOf(code, names, files, min, evidence));
      const selector = selectors.get(key);
      const where = [...files][0];
      out.push(
        selector ? { file: selector, line: 1, message: `chooses between ${names.length} implementations of ${contract} (${names.slice(0, 4).join(", ")})`, strength: "strong" } : { file: where, line: 1, message: `${names.length} implementations of ${contract}, but nothing chooses between them`, strength: "weak" }
      );
    }
    if (registered) out.push(registered);
    return out.sort((a, b) => a.strength === b.strength ? 0 : a.strength === "strong" ? -1 : 1).slice(0, 3);
  }
};
function selectorOf(code, names, files, min, evidence) {
  const words = new RegExp(`\\b(${names.map(escapeRegExp).join("|")})\\b`, "g");
  const holdsEnough = (text) => {
    if (min <= 0) return true;
    let held = 0;
    for (const name of names) if (text.includes(name) && ++held >= min) return true;
    return false;
  };
  return code.find((f) => {
    if (files.has(f)) return false;
    const text = evidence.code(f) ?? "";
    return holdsEnough(text) && new Set(text.match(words) ?? []).size >= min;
  });
}
function goRegistries(code, evidence) {
  const goFiles = code.filter((f) => languageOf(f) === "go");
  const registries = /* @__PURE__ */ new Map();
  for (const file of goFiles) {
    if (!evidence.mayMatch(file, GO_REGISTRY_PATTERN)) continue;
    for (const m of (evidence.code(file) ?? "").matchAll(GO_REGISTRY)) if (!registries.has(m[1])) registries.set(m[1], file);
  }
  if (registries.size === 0) return void 0;
  const calls = [...registries].map(([name, definedIn]) => ({ name, folder: folderOf2(definedIn), call: new RegExp(`\\b\\w+\\.${name}\\(`) }));
  const callers = /* @__PURE__ */ new Map();
  for (const file of goFiles) {
    const text = evidence.code(file) ?? "";
    if (!text.includes("func init()")) continue;
    for (const { name, folder, call } of calls) {
      if (folderOf2(file) === folder || !call.test(text)) continue;
      let found = callers.get(name);
      if (!found) callers.set(name, found = /* @__PURE__ */ new Set());
      found.add(folderOf2(file));
    }
  }
  for (const [name, folders] of callers) {
    if (folders.size < MIN_REGISTERING_PACKAGES) continue;
    const names = [...folders].sort().map(baseOf);
    return { file: registries.get(name), line: 1, message: `${folders.size} packages register implementations through ${name} (${names.slice(0, 4).join(", ")})`, strength: "strong" };
  }
  return void 0;
}
var EXPORTED_IMPLEMENTATION = /(?:^|\/)(adapters?|plugins|providers|drivers|backends|connectors)\/([\w-]{1,60})/;
var MIN_EXPORTED_IMPLEMENTATIONS = 3;
function exportedAdapters(evidence) {
  for (const pkg of evidence.packageJsons) {
    if (isTestFile(pkg.file) || isScaffolding(pkg.file)) continue;
    const exportsMap = pkg.data.exports;
    if (!exportsMap || typeof exportsMap !== "object" || Array.isArray(exportsMap)) continue;
    const offered = /* @__PURE__ */ new Map();
    for (const [key, target] of Object.entries(exportsMap)) {
      for (const path3 of [key, ...stringsIn(target)]) {
        const m = EXPORTED_IMPLEMENTATION.exec(path3);
        if (!m) continue;
        const kind = m[1].replace(/s$/, "");
        const name = m[2];
        if (name === "index") continue;
        let found = offered.get(kind);
        if (!found) offered.set(kind, found = /* @__PURE__ */ new Set());
        found.add(name);
      }
    }
    for (const [kind, names] of offered) {
      if (names.size < MIN_EXPORTED_IMPLEMENTATIONS) continue;
      const list = [...names].sort();
      return { file: pkg.file, line: 1, message: `exports ${names.size} ${kind}s for its callers to choose from (${list.slice(0, 4).join(", ")})`, strength: "strong" };
    }
  }
  return void 0;
}
var PACKAGE_MANIFEST = /(?:^|\/)(?:package\.json|Cargo\.toml|pyproject\.toml|setup\.py|pom\.xml|build\.gradle(?:\.kts)?|[^/]{1,120}\.csproj)$/;
var NOT_OFFERED = /(?:^|[-_.])(?:tests?|testing|specs?|fixtures?|examples?|samples?|demos?|bench(?:es|marks?)?|templates?|harness|testkit|mocks?|fakes?)(?:$|[-_.])/i;
var RUNS_ON_ITS_OWN = ["Dockerfile", "src/main.rs", "Program.cs", "main.py", "__main__.py", "main.go"];
var NOT_A_PACKAGED_PROVIDER = /^(Fake|Mock|Stub|Dummy|Noop|NoOp|Null|Test)/;
var CONTRACT_FILLER = /* @__PURE__ */ new Set(["Abstract", "Base", "Default", "Interface", "Generic"]);
var MIN_PACKAGED_IMPLEMENTATIONS = 3;
var ROLE_WORDS = /* @__PURE__ */ new Set(["core", "common", "commons", "shared", "util", "utils", "lib", "libs", "base", "api", "cli", "command", "commands", "app", "main", "server", "client", "web", "model", "models", "types", "internal"]);
var PACKAGED_LANGUAGES = /* @__PURE__ */ new Set(["js", "java", "kotlin", "csharp", "python", "rust"]);
function packagedImplementations(code, evidence, contracts) {
  if (contracts.size === 0) return void 0;
  const notOffered = /* @__PURE__ */ new Set();
  for (const pkg of evidence.packageJsons) if (pkg.data.private === true) notOffered.add(folderOf2(pkg.file));
  const groups = /* @__PURE__ */ new Map();
  for (const file of evidence.files) {
    if (!PACKAGE_MANIFEST.test(file)) continue;
    const folder = folderOf2(file);
    const parent = folderOf2(folder);
    if (!folder || !parent || folder.split("/").some((segment) => NOT_OFFERED.test(segment)) || isScaffolding(file) || isTestFile(file)) continue;
    if (notOffered.has(folder) || RUNS_ON_ITS_OWN.some((f) => evidence.fileSet.has(`${folder}/${f}`))) continue;
    if (file.endsWith("Cargo.toml") && /^[ \t]*publish[ \t]*=[ \t]*false/m.test(evidence.text(file) ?? "")) continue;
    const siblings = groups.get(parent) ?? [];
    if (!siblings.includes(folder)) siblings.push(folder);
    groups.set(parent, siblings);
  }
  const packageOf2 = /* @__PURE__ */ new Map();
  for (const [parent, folders] of groups) if (folders.length >= MIN_PACKAGED_IMPLEMENTATIONS) for (const folder of folders) packageOf2.set(folder, parent);
  if (packageOf2.size === 0) return void 0;
  const packageOfFile = (file) => {
    for (let folder = folderOf2(file); folder; folder = folderOf2(folder)) if (packageOf2.has(folder) || groups.has(folder)) return packageOf2.has(folder) ? folder : void 0;
    return void 0;
  };
  const found = /* @__PURE__ */ new Map();
  for (const file of code) {
    const language = languageOf(file);
    if (!PACKAGED_LANGUAGES.has(language)) continue;
    const pkg = packageOfFile(file);
    if (!pkg) continue;
    const variant = baseOf(pkg).split(/[-_.]/).pop().toLowerCase();
    if (variant.length < 3 || ROLE_WORDS.has(variant)) continue;
    const text = evidence.code(file) ?? "";
    const declared = [];
    for (const m of text.matchAll(language === "python" ? PYTHON_CLASS : IMPLEMENTATION)) {
      if (m[3] && m[4]) declared.push([m[4], m[3].split("::").pop()]);
      else declared.push([m[1], m[2] ?? ""]);
    }
    if (language !== "python") declared.push(...typeParametersAcrossLines(text));
    for (const [name, supers] of declared) {
      for (const contract of supers.split(/[,\s]+/).map((c) => c.split("<")[0].split(".").pop())) {
        const declaredIn = contracts.get(contract);
        if (!declaredIn || declaredIn.startsWith(`${pkg}/`) || NOT_A_PACKAGED_PROVIDER.test(name) || !name.toLowerCase().includes(variant)) continue;
        if (!contractWords(contract).some((word) => name.includes(word))) continue;
        let byPackage = found.get(contract);
        if (!byPackage) found.set(contract, byPackage = /* @__PURE__ */ new Map());
        if (!byPackage.has(pkg)) byPackage.set(pkg, [name, file]);
      }
    }
  }
  let best2;
  for (const [contract, byPackage] of found) {
    const byParent = /* @__PURE__ */ new Map();
    for (const [pkg, implementation] of byPackage) byParent.set(packageOf2.get(pkg), [...byParent.get(packageOf2.get(pkg)) ?? [], implementation]);
    for (const [parent, classes] of byParent) if (classes.length >= MIN_PACKAGED_IMPLEMENTATIONS && classes.length > (best2?.classes.length ?? 0)) best2 = { contract, parent, classes };
  }
  if (!best2) return void 0;
  const names = best2.classes.map(([name]) => name);
  return { file: best2.classes[0][1], line: 1, message: `${names.length} packages in ${best2.parent}/ each implement ${best2.contract} for callers to choose from (${names.slice(0, 4).join(", ")})`, strength: "strong" };
}
var TYPE_PARAMETERS_OPEN = /\bclass[ \t]+(\w+)</g;
var AFTER_TYPE_PARAMETERS = /^\s{0,20}(?:implements|extends|:)[ \t]*([\w.<>, \t]{1,200})/;
function typeParametersAcrossLines(text) {
  const out = [];
  for (const m of text.matchAll(TYPE_PARAMETERS_OPEN)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const end = Math.min(text.length, i + 800);
    for (; i < end && depth > 0; i++) {
      const c = text[i];
      if (c === "<") depth++;
      else if (c === ">") depth--;
      else if (c === "{" || c === ";") break;
    }
    if (depth !== 0) continue;
    const after = AFTER_TYPE_PARAMETERS.exec(text.slice(i, i + 260));
    if (after) out.push([m[1], after[1]]);
  }
  return out;
}
function contractWords(contract) {
  const words = contract.replace(/^I(?=[A-Z][a-z])/, "").match(/[A-Z][a-z0-9]+|[A-Z]+(?![a-z])/g) ?? [];
  return words.filter((word) => word.length >= 4 && !CONTRACT_FILLER.has(word));
}
function stringsIn(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

// src/detectors/readme.ts
var README2 = /^(README|READ\.ME|readme)(\.(md|markdown|mdx|rst|adoc|asciidoc|txt|org|rdoc))?$/i;
var HOW_TO = /\b(install|usage|getting started|quick ?start|run|build|setup|set up|npm|pip|go get|cargo|docker|make|download|instalaci[oó]n|instala[cç][aã]o|uso|utilisation|verwendung)\b|安装|安裝|使用|运行|運行|快速开始|快速開始|部署|インストール|使い方|설치|사용법/i;
var SITE_POINTER_LINES = 3;
var INSTALL_GUIDE_LINK = /(?<!!)\[([^\]\n]{1,120})\]\((https?:\/\/[^)\s]{1,300})\)/g;
var INSTALL_WORDS = /\b(?:install(?:ation|ing)?|getting[ _-]?started|get[ _-]started|quick[ _-]?start|setup|set[ _-]up)\b/i;
function installGuideLink(text) {
  for (const m of text.matchAll(INSTALL_GUIDE_LINK)) {
    const path3 = m[2].replace(/^https?:\/\/[^/]+/, "");
    if (INSTALL_WORDS.test(m[1]) || INSTALL_WORDS.test(path3.replace(/[/.]/g, " "))) return m[2];
  }
  return void 0;
}
var IN_DEPTH = 3;
var RUN_COMMAND = /(?:`|^(?:\$ )?)[ \t]*(?:\.\/)?(?:(?:npm|yarn|pnpm|npx|bun|deno|pip3?|pipx|poetry|uv|python3?|cargo|docker|docker-compose|mvnw?|gradlew?|dotnet|bundle|rails|rake|mix|composer)[ \t]+[\w-]|go[ \t]+(?:run|build|install|get|test)\b|make(?:[ \t]+[\w-]{1,40})?[ \t]*`)/m;
var PACKAGE_COORDINATES = /<dependency>|^[ \t]*(?:implementation|api|compile)[ \t(]+["'][\w.-]{1,100}:[\w.-]{1,100}:|`[a-z][\w-]{0,60}(?:\.[\w-]{1,60}){1,8}:[\w.-]{1,100}:\d[\w.-]{0,40}`/m;
var LOCAL_DOC_LINK = /(?<!!)\[[^\]\n]{1,200}\]\((?!https?:|mailto:|#)(?:\.\/)?([\w.-]{1,80}(?:\/[\w.-]{1,80}){0,4}\.(?:md|markdown|rst|adoc|txt))(?:#[\w-]{0,80})?\)/g;
var NOT_PROJECT_DOCS = /^(?:LICEN[CS]E|COPYING|CHANGELOG|CHANGES|HISTORY|CODE_OF_CONDUCT|SECURITY|AUTHORS|CONTRIBUTORS|NOTICE)(?:\.[a-z]+)?$/i;
function linkedDoc(readmeFile, text, files, read, minLines) {
  const folder = readmeFile.includes("/") ? readmeFile.slice(0, readmeFile.lastIndexOf("/") + 1) : "";
  for (const m of text.matchAll(LOCAL_DOC_LINK)) {
    const target = `${folder}${m[1]}`;
    const base = target.slice(target.lastIndexOf("/") + 1);
    if (NOT_PROJECT_DOCS.test(base) || README2.test(base) || !files.has(target)) continue;
    const lines = contentLines(read(target) ?? "");
    if (lines >= minLines) return { file: target, lines };
  }
  return void 0;
}
var SITE_CONFIG = /^(?:[\w.-]{1,60}\/){0,2}(?:config\.toml|hugo\.(?:toml|ya?ml)|mkdocs\.ya?ml|docusaurus\.config\.[cm]?[jt]s|book\.toml|_config\.ya?ml|conf\.py|astro\.config\.[cm]?[jt]s|\.vitepress\/config\.[cm]?[jt]s|CNAME)$/;
var SITE_ADDRESS = /^[ \t]*(?:base_?url|baseURL|site_url|site-url|url|site|html_baseurl|cname|hostname)[ \t]*[:=][ \t]*["']?https?:\/\/([\w.-]{1,100}\.[a-z]{2,20})\b/im;
var ASSET_FOLDER = /(?:^|\/)(?:static|public|assets)$/;
var DOC_PAGE = /\.(?:md|mdx|markdown|rst|adoc)$/i;
var hostOf = (host) => host.toLowerCase().replace(/^www\./, "");
function linkedSite(text, files, read) {
  const linked = new Set([...text.matchAll(/https?:\/\/([\w.-]{1,100}\.[a-z]{2,20})\b/gi)].map((m) => hostOf(m[1])));
  if (!linked.size) return void 0;
  for (const config of files) {
    if (!SITE_CONFIG.test(config)) continue;
    const content = read(config) ?? "";
    const host = config.endsWith("CNAME") ? /^[ \t]*([\w.-]{1,100}\.[a-z]{2,20})[ \t]*$/m.exec(content)?.[1] : SITE_ADDRESS.exec(content)?.[1];
    if (!host || !linked.has(hostOf(host))) continue;
    let folder = config.includes("/") ? config.slice(0, config.lastIndexOf("/")) : "";
    if (ASSET_FOLDER.test(folder)) folder = folder.includes("/") ? folder.slice(0, folder.lastIndexOf("/")) : "";
    folder = folder.replace(/\/\.vitepress$/, "");
    const under = folder ? `${folder}/` : "";
    const pages = files.filter((f) => f.startsWith(under) && DOC_PAGE.test(f) && (folder || /^(?:content|docs|src|pages)\//.test(f))).slice(0, 200);
    let lines = 0;
    let howTo = false;
    for (const page of pages) {
      const body = read(page) ?? "";
      lines += contentLines(body);
      howTo ||= HOW_TO.test(body);
    }
    if (lines) return { folder: folder || "the root", lines, howTo };
  }
  return void 0;
}
function contentLines(text) {
  return text.split("\n").filter((l) => {
    const t = l.trim();
    return t.length > 3 && !/^(\[!\[|!\[|<img|<p|<\/|<a |---|===|```|\|[-: |]+\|$)/.test(t);
  }).length;
}
var readme = {
  name: "readme",
  question: "Is there a README with real content (what it is and how to install or run it), or a short one that says what it is and links a document of the repository's own, or the project's site whose pages are in the repository, that holds the rest?",
  detect(evidence, options) {
    const minLines = typeof options.minLines === "number" ? options.minLines : 10;
    const floor = typeof options.minContentLines === "number" ? options.minContentLines : 0;
    const candidates2 = evidence.files.filter((f) => {
      const depth = f.split("/").length - 1;
      const base = f.slice(f.lastIndexOf("/") + 1);
      return README2.test(base) && (depth === 0 || depth <= 2 && /^(packages|apps|src|docs|lib)\//.test(f) || f.startsWith(".github/"));
    });
    const project = evidence.root.split(/[\\/]/).filter(Boolean).pop() ?? "";
    const linked = /* @__PURE__ */ new Set();
    for (const root of candidates2.filter((f) => !f.includes("/"))) {
      for (const m of (evidence.text(root) ?? "").matchAll(/(?:\]\(|(?<![\w./-]))\.?\/?([\w.-]+(?:\/[\w.-]+){0,2}\/README(?:\.[a-z]+)?)\b/gi)) linked.add(m[1]);
    }
    for (const file of evidence.files) {
      const base = file.slice(file.lastIndexOf("/") + 1);
      if (!README2.test(base) || candidates2.includes(file)) continue;
      const folder = file.split("/")[0];
      if (linked.has(file) || file.split("/").length === 2 && project && folder.toLowerCase() === project.toLowerCase()) candidates2.push(file);
    }
    const out = [];
    const fileSet = new Set(evidence.files);
    for (const file of candidates2) {
      const text = evidence.text(file) ?? "";
      const lines = contentLines(text);
      if (floor > 0) {
        if (lines >= floor) out.push({ file, line: 1, message: `README with ${lines} lines of text`, strength: "strong" });
        continue;
      }
      const howTo = HOW_TO.test(text) || PACKAGE_COORDINATES.test(text);
      const strong = lines >= minLines && howTo || lines >= minLines * IN_DEPTH || lines >= Math.ceil(minLines / 2) && RUN_COMMAND.test(text);
      const measured = { summary: `${file}: ${lines} lines of content (${minLines} needed)${howTo ? "" : ", no install or usage section"}`, values: [{ name: "readme-lines", value: lines, need: minLines, unit: "count" }] };
      const linked2 = !strong && lines >= Math.ceil(minLines / 2) ? linkedDoc(file, text, fileSet, (f) => evidence.text(f), minLines) : void 0;
      if (linked2) {
        out.push({ file, line: 1, message: `README with ${lines} lines of content, and the rest in ${linked2.file} (${linked2.lines} lines) it links to`, strength: "strong", measured });
        continue;
      }
      const site = !strong && lines >= SITE_POINTER_LINES ? linkedSite(text, evidence.files, (f) => evidence.text(f)) : void 0;
      if (site && site.lines >= minLines && site.howTo) {
        out.push({ file, line: 1, message: `README with ${lines} lines of content, and the rest on the project's site it links to, whose pages are in ${site.folder} (${site.lines} lines)`, strength: "strong", measured });
        continue;
      }
      const guide = !strong && lines >= Math.ceil(minLines / 2) ? installGuideLink(text) : void 0;
      if (guide) {
        out.push({ file, line: 1, message: `README with ${lines} lines of content that links its installation guide (${guide})`, strength: "strong", measured });
        continue;
      }
      out.push({ file, line: 1, message: strong ? `README with ${lines} lines of content` : `README too thin (${lines} lines${howTo ? "" : ", no install or usage section"})`, strength: strong ? "strong" : "weak", measured });
    }
    return out;
  }
};

// src/detectors/reference-badge.ts
var README3 = /^README(\.(md|markdown|mdx|rst|adoc|txt))?$/i;
var HOST = String.raw`(?:www\.)?(pkg\.go\.dev|godoc\.org|docs\.rs|javadoc\.io|rubydoc\.info|hexdocs\.pm)\/`;
var BADGE = new RegExp(
  String.raw`[)\]]\]\([ \t]*<?https?:\/\/${HOST}[^)\s]{1,200}\)|<a[ \t][^>\n]{0,50}href=["']https?:\/\/${HOST}[^"'\n]{1,200}["'][^>\n]{0,100}>[ \t]*<img|^\[[^\]\n]{0,30}(?:doc|reference|api)[^\]\n]{0,30}\]:[ \t]*<?https?:\/\/${HOST}`,
  "im"
);
var referenceBadge = {
  name: "referenceBadge",
  question: "Does the README's badge link to the package's generated API reference (pkg.go.dev, docs.rs, javadoc.io, rubydoc.info, hexdocs), for a package that has an API?",
  textPatterns: [BADGE.source],
  detect(evidence) {
    const out = [];
    for (const file of evidence.files.filter((f) => !f.includes("/") && README3.test(f))) {
      const text = evidence.text(file) ?? "";
      const m = BADGE.exec(text);
      if (!m) continue;
      const host = m[1] ?? m[2] ?? m[3];
      if (/go\.dev|godoc/.test(host)) {
        const rootGo = evidence.sourceFiles.filter((f) => !f.includes("/") && f.endsWith(".go") && !f.endsWith("_test.go"));
        if (rootGo.some((f) => /^package[ \t]+main\b/m.test(evidence.code(f) ?? ""))) continue;
      }
      if (host === "docs.rs" && evidence.files.includes("Cargo.toml") && !evidence.files.includes("src/lib.rs") && evidence.files.includes("src/main.rs")) continue;
      out.push({ file, line: lineAt(text, m.index), message: `links its generated API reference on ${host} (a documentation badge)`, strength: "strong" });
    }
    return out;
  }
};

// src/detectors/pre-commit-ci.ts
var LINTER_HOOKS = /* @__PURE__ */ new Set(["flake8", "ruff", "ruff-check", "pylint", "mypy", "pyright", "eslint", "golangci-lint", "golangci-lint-full", "go-vet", "rubocop", "standardrb", "ktlint", "detekt", "clippy", "oxlint", "biome-check", "biome-lint"]);
var preCommitCiLinters = {
  name: "preCommitCiLinters",
  question: "Does pre-commit.ci run a linter on every pull request (a root .pre-commit-config.yaml with its top-level `ci:` section and a linter or type checker among its hooks that `ci: skip:` does not leave out)?",
  detect(evidence) {
    const file = [".pre-commit-config.yaml", ".pre-commit-config.yml"].find((f) => evidence.fileSet.has(f));
    const text = file === void 0 ? void 0 : evidence.text(file);
    if (file === void 0 || text === void 0 || !/^ci:/m.test(text)) return [];
    let config;
    try {
      config = parseYamlWithMerges(text);
    } catch {
      return [];
    }
    if (!config || typeof config !== "object" || !("ci" in config)) return [];
    const skipped = new Set(Array.isArray(config.ci?.skip) ? config.ci.skip.map(String) : []);
    const out = [];
    for (const repo of Array.isArray(config.repos) ? config.repos : []) {
      for (const hook of Array.isArray(repo?.hooks) ? repo.hooks : []) {
        const id = typeof hook?.id === "string" ? hook.id : void 0;
        if (id === void 0 || !LINTER_HOOKS.has(id) || skipped.has(id)) continue;
        const at = text.search(new RegExp(`^[ \\t]*-?[ \\t]*id:[ \\t]*['"]?${id.replace(/[-]/g, "\\-")}['"]?[ \\t]*(?:#.*)?$`, "m"));
        out.push({ file, line: at < 0 ? 1 : lineAt(text, at), message: `pre-commit.ci runs ${id} on every pull request (the config's ci: section)`, strength: "strong" });
      }
    }
    return out.slice(0, 3);
  }
};

// src/detectors/security-lint-in-ci.ts
var GOLANGCI = /(^|\/)\.golangci\.(ya?ml|toml|json)$/;
var GOLANGCI_RUN = /golangci-lint|golangci\/golangci-lint-action/;
var ANALYZERS = [
  { config: GOLANGCI, enables: /^[ \t]*-[ \t]*gosec\b|"gosec"|\bgosec\s*[:=]/gm, runs: GOLANGCI_RUN, what: "gosec in golangci-lint", listedUnder: /^enable$/ },
  { config: GOLANGCI, enables: /^[ \t]*(?:default[ \t]*[:=][ \t]*["']?all\b|enable-all[ \t]*[:=][ \t]*true\b)/m, runs: GOLANGCI_RUN, what: "every golangci-lint linter, gosec among them", disabledBy: /^[ \t]*-[ \t]*gosec\b|"gosec"/gm },
  { config: /(^|\/)(pyproject\.toml|ruff\.toml|\.ruff\.toml)$/, enables: /select\s*=\s*\[[^\]]{0,2000}["'](S|S\d+|ALL)["']/, runs: /\bruff\b|pre-commit/, what: "bandit (S) rules in ruff" },
  { config: /(^|\/)(\.eslintrc[\w.]*|eslint\.config\.\w+)$/, enables: /eslint-plugin-security|plugin:security\/|pluginSecurity|security\.configs/, runs: /\beslint\b|npm run lint|yarn lint|pnpm lint/, what: "eslint-plugin-security" },
  { config: /(^|\/)\.rubocop\.ya?ml$/, enables: /rubocop-gitlab-security|Security\//, runs: /rubocop|standardrb/, what: "RuboCop security cops" }
];
function parentKey(code, index) {
  const lines = code.slice(0, index).split("\n");
  const own2 = lines[lines.length - 1] + code.slice(index, code.indexOf("\n", index) === -1 ? void 0 : code.indexOf("\n", index));
  const inline = /^[ \t]*"?([\w-]+)"?[ \t]*[:=][ \t]*\[/.exec(own2);
  if (inline) return inline[1];
  const indent = /^[ \t]*/.exec(own2)[0].length;
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i];
    if (!line.trim()) continue;
    const key = /^([ \t]*)"?([\w-]+)"?[ \t]*[:=]/.exec(line);
    if (key && key[1].length < indent) return key[2];
    if (/^[ \t]*"?[\w-]+"?[ \t]*[:=][ \t]*\[[^\]]*$/.test(line)) return /^[ \t]*"?([\w-]+)/.exec(line)[1];
  }
  return void 0;
}
function enabledThere(code, m, listedUnder) {
  return !listedUnder || listedUnder.test(parentKey(code, m.index) ?? "");
}
var securityLintInCi = {
  name: "securityLintInCi",
  question: "Does a linter that CI runs have a security analyzer switched on (gosec, ruff's bandit rules, eslint-plugin-security)?",
  detect(evidence) {
    const out = [];
    for (const analyzer of ANALYZERS) {
      const runs = evidence.ci.find((c) => analyzer.runs.test(c.expanded));
      if (!runs) continue;
      for (const file of evidence.files) {
        if (!analyzer.config.test(file)) continue;
        const code = evidence.code(file) ?? "";
        const m = analyzer.enables.global ? [...code.matchAll(analyzer.enables)].find((x) => enabledThere(code, x, analyzer.listedUnder)) : analyzer.enables.exec(code);
        const disabled = analyzer.disabledBy && [...code.matchAll(analyzer.disabledBy)].some((x) => /^disable$/.test(parentKey(code, x.index) ?? ""));
        if (m && !disabled) {
          out.push({ file, line: lineAt(code, m.index), message: `${analyzer.what}, run by CI (${runs.file}:${runs.line})`, strength: "strong" });
          break;
        }
      }
    }
    return out;
  }
};

// src/detectors/separated-modules.ts
var NOT_SHIPPED = inFolderNamed(
  [
    ...TEST_FOLDERS,
    "spec",
    ...except(TEST_DATA_FOLDERS, "__fixtures__", "__mocks__"),
    ...except(SAMPLE_FOLDERS, "_examples?", "example[-_]apps?", "sample[-_]apps?", "(?:examples?|samples?|demos?)[-_][^/]{1,60}"),
    "_examples",
    ...DOC_FOLDERS,
    ...BENCHMARK_FOLDERS,
    "fuzz",
    ...["scripts?", "tools?", "hack"],
    ...VENDORED_FOLDERS,
    ...["dist", "build", "generated", "gen"]
  ],
  "i"
);
var NOT_A_MODULE = /\.d\.[cm]?ts$|(^|\/)[^/]*\.config\.[cm]?[jt]s$|(^|\/)(setup|conftest|noxfile|build)\.(py|rs)$/;
var GENERATED = /^.{0,300}(?:generated by|do not edit|auto-generated|autogenerated)/is;
var MODULE_MIN_LINES = 30;
var separatedModules = {
  name: "separatedModules",
  question: `Is a library, a command-line tool or a server that keeps no database split into modules with distinct jobs (source files of 30+ lines of code, tests, examples, docs and generated files left out)? Apps, and services that keep a database, answer no: their separation is layers.`,
  detect(evidence, options) {
    const minModules = typeof options.minModules === "number" ? options.minModules : 8;
    const { kind } = projectKind(evidence);
    if (kind !== "library" && kind !== "cli" && !(kind === "service" && keepsNoDatabase(evidence))) return [];
    const modules = [];
    for (const file of evidence.sourceFiles) {
      if (isTestFile(file) || isScaffolding(file) || NOT_SHIPPED.test(file) || NOT_A_MODULE.test(file)) continue;
      const code = evidence.code(file);
      if (!code || GENERATED.test(evidence.text(file)?.slice(0, 400) ?? "")) continue;
      let lines = 0;
      for (const line of code.split("\n")) if (line.trim() && ++lines >= MODULE_MIN_LINES) break;
      if (lines >= MODULE_MIN_LINES) modules.push(file);
    }
    const measured = { summary: `${modules.length} source modules of ${MODULE_MIN_LINES}+ lines; ${minModules} needed`, values: [{ name: "source-modules", value: modules.length, need: minModules, unit: "count" }] };
    const strength = modules.length >= minModules ? "strong" : "weak";
    const what = kind === "library" ? "library" : kind === "cli" ? "command-line tool" : "server that keeps no database";
    return modules.slice(0, 3).map((file) => ({ file, line: 1, message: `one of ${modules.length} modules of the ${what}${strength === "weak" ? ` (needs ${minModules})` : ""}`, strength, measured }));
  }
};
function keepsNoDatabase(evidence) {
  return !runMatcher({ detector: "usesDatabase" }, evidence).some((f) => f.strength === "strong");
}

// src/detectors/ships-http-client.ts
var CLIENT_CLASS = {
  text: "/\\b(?:class|struct|object|record)[ \\t]+(?:Async)?(?:HTTP|Http)Client\\b(?![ \\t]*=)|\\btype[ \\t]+(?:Async)?(?:HTTP|Http)Client[ \\t]+struct\\b/",
  in: ["@source", "!@tests"],
  message: "ships an HTTP client for its callers' calls to other services"
};
function namedForClient(file) {
  return file.toLowerCase().includes("client");
}
function inTestKit(file) {
  return file.split("/").slice(0, -1).some((folder) => folder.toLowerCase().split(/[-_.]/).some((word) => word.startsWith("test")));
}
var CLIENT_MANIFEST = /(?:^|\/)(?:Cargo\.toml|package\.json|pyproject\.toml|setup\.py|pom\.xml|build\.gradle|build\.gradle\.kts|[\w.-]{1,80}\.csproj|[\w.-]{1,80}\.gemspec)$/;
var CLIENT_FOLDER = /(?:^|[-_.])(?:api|http|rest|rpc)[-_.]?client$/;
var SAMPLE_WORD = /(?:^|[-_.])(?:examples?|samples?|demos?|tests?|testing|benchmarks?|playground|sandbox)(?=[-_.]|$)/;
var UNPUBLISHED = /^[ \t]*publish[ \t]*=[ \t]*false|<IsPackable>[ \t]*false|"private"[ \t]*:[ \t]*true|Private[ \t]*::[ \t]*Do[ \t]+Not[ \t]+Upload|<maven\.deploy\.skip>[ \t]*true/m;
function clientPackages(evidence) {
  const out = [];
  for (const file of evidence.files) {
    if (!CLIENT_MANIFEST.test(file) || !own(file) || inTestKit(file)) continue;
    const folders = file.toLowerCase().split("/").slice(0, -1);
    const folder = folders[folders.length - 1];
    if (!folder || !CLIENT_FOLDER.test(folder) || folders.some((f) => SAMPLE_WORD.test(f))) continue;
    if (UNPUBLISHED.test((evidence.text(file) ?? "").slice(0, 64 * 1024))) continue;
    out.push({ file, line: 1, message: `ships its API client as a package of its own (${file.slice(0, file.lastIndexOf("/"))}) for its callers' calls to the service`, strength: "strong" });
  }
  return out;
}
var shipsHttpClient = {
  name: "shipsHttpClient",
  question: "Does the library or framework ship an HTTP client (a class or struct named HttpClient or AsyncHTTPClient, in a file or folder named for the client, or a published package of its own named for its API or HTTP client: api-client/, Acme.HttpClient/) that its callers use to call other services, in its own shipped source (not a test kit, an example, docs or tests), in a repository that ships a package other code imports?",
  textPatterns: textPatternsOf(CLIENT_CLASS),
  explainNone(evidence) {
    return shipsForCallers(evidence) ? void 0 : "the repository ships no package other code imports, so it ships no client for callers";
  },
  detect(evidence) {
    if (!shipsForCallers(evidence)) return [];
    const classes = runMatcher(CLIENT_CLASS, evidence, { countTests: false }).filter((f) => f.strength === "strong" && own(f.file) && namedForClient(f.file) && !inTestKit(f.file));
    return [...classes, ...clientPackages(evidence)].slice(0, 3);
  }
};

// src/detectors/test-breadth.ts
function moduleName(file) {
  const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
  return base.replace(/\.(test|spec|cy|e2e|int|integration)$/i, "").replace(/^test_|_test$|_spec$/i, "").replace(/(Tests?|IT|Spec)$/, "").toLowerCase();
}
function featureOf(module) {
  return module.split(".")[0];
}
var NOT_A_MODULE2 = /(^|\/)(index|main|__init__|__main__|types?|constants?|config|setup|settings|urls|apps|admin|wsgi|asgi|manage|package-info|module-info|AssemblyInfo|GlobalUsings|vite\.config|vitest\.config|jest\.config|eslint\.config|[\w.-]+\.d)\.\w+$|(^|\/)(migrations?|migrate|alembic|versions|scripts?|bin|docs?|config|vendor|third_party|assets|static|public|generated|__generated__|mocks?|__mocks__|fixtures|testdata|examples?)\//i;
var SAMPLE_OR_VENDORED = /(^|\/)(?:vendor|vendored(?:[-_][\w-]{1,40})?|third[-_]party|node_modules)\/|^(?:[^/]{1,100}\/)?(?:examples?|_examples|samples?|sample[-_]files|demos?|demo[-_]files)\//i;
var TOOL_CONFIG = /(^|\/)([^/]{1,200}\.(config|conf)\.[cm]?[jt]sx?|\.[\w-]{1,60}rc\.[cm]?js|gulpfile\.[cm]?[jt]s|Gruntfile\.[cm]?js|[^/]{1,200}\.gradle\.kts|build\.rs|noxfile\.py|fabfile\.py|magefile\.go|build\.cake)$/i;
var TEST_SUPPORT = /(^|\/)(tests?|__tests__|e2e|cypress|playwright|test[-_]?utils?|test[-_]?helpers?|testing|testutils?|factories|page[-_]?objects?|pageobjects?)\/|(^|\/)specs?\/(support|factories|helpers?|shared|fixtures)\/|(^|\/)(spec|rails|test)_helper\.rb$|(^|\/)[\w.-]+\.(stories|story|page|po)\.[cm]?[jt]sx?$|PageObject\w*\.\w+$/i;
var BUILD_OR_BENCHMARK = /(^|\/)(buildSrc|build-logic|build_logic|benchmarks?|macrobenchmarks?|microbenchmarks?)\//;
var TEST_MODULE = /(^|\/)(?:[A-Za-z0-9]{1,40}[-_]){0,4}(?:test|tests|testing|testkit|testfixtures)(?:[-_][A-Za-z0-9]{1,40}){0,4}\/|(^|\/)src\/testFixtures\//i;
var TEST_SOURCE_SET = /(^|\/)src\/(?:androidTest\w{0,40}|test[A-Z]\w{0,40})\//;
var KOTLIN_FUNCTION_BODY = /\bfun\b[^\n]{0,300}[{=]|\b(?:init|get\(\)|set\(\w+\))[ \t]*\{|\bby[ \t]+lazy\b|\bobject\b[^\n]{0,200}\{/;
var MIGRATION_NAME = /(^|\/)(\d{3,20}[_-]|V\d{1,6}(_\d{1,6}){0,3}__)[^/]{1,200}$/;
var MIGRATION_FOLDER = /(^|\/)(?:(?:[a-z]{1,30}[-_]){1,3}migrations|[A-Z][A-Za-z0-9]{0,40}Migrations)\/|(^|\/)(?:upgrades?|patches)\/v?\d{1,4}(?:[._]\d{1,4}){1,3}\//;
var MIGRATION_CODE = /\bMigrationInterface\b|\bmigrations\.Migration\b|ActiveRecord::Migration|^revision[ \t]*=|^down_revision[ \t]*=|exports\.up\s*=|export (async )?function up\(/m;
var GENERATED2 = /@generated|auto-?generated|Code generated .{0,120}DO NOT EDIT|This file (is|was) (automatically )?generated|<auto-generated|\bGenerated by\b|\bdo not (edit|modify)\b/i;
var DECLARES_TYPES = /^[ \t]*(export[ \t]+)?(declare[ \t]+)?(interface|type)[ \t]+\w+/m;
var DECLARES_VALUES = /^[ \t]*(export[ \t]+)?(default[ \t]+)?(async[ \t]+)?(function|const|let|var|class|enum|abstract)\b|module\.exports|exports\.\w+[ \t]*=|^[ \t]*export[ \t]+default\b/m;
var TYPE_ONLY = {
  cs: { declares: /\b(?:class|interface|record|struct|enum)[ \t]+\w/, body: /\)[ \t]*(?:\r?\n[ \t]*)?(?:\{|=>)|=>|\b(?:get|set|init)[ \t]*\{/ },
  java: { declares: /\b(?:class|interface|enum|record)[ \t]+\w/, body: /\)[ \t]*(?:throws[ \t][^{;\n]{0,200})?(?:\r?\n[ \t]*)?\{|->/ },
  go: { declares: /^type[ \t]+\w|^type[ \t]*\(/m, body: /^func\b|\bfunc[ \t]*\(/m },
  py: { declares: /^class[ \t]+\w/m, body: /^[ \t]*(?:async[ \t]+)?def[ \t]|\blambda\b/m },
  rs: { declares: /^[ \t]*(?:pub(?:\([\w: ]{1,40}\))?[ \t]+)?(?:struct|enum|trait|type)[ \t]+\w/m, body: /\bfn\b[^;{]{0,400}\{|\bmacro_rules!/ }
};
function declaresTypesOnly(file, text) {
  const kind = TYPE_ONLY[file.slice(file.lastIndexOf(".") + 1)];
  return kind !== void 0 && kind.declares.test(text) && !kind.body.test(text);
}
function isBreadthModule(file, text) {
  if (isTestFile(file) || NOT_A_MODULE2.test(file) || SAMPLE_OR_VENDORED.test(file) || TOOL_CONFIG.test(file) || TEST_SUPPORT.test(file) || MIGRATION_NAME.test(file) || MIGRATION_FOLDER.test(file) || BUILD_OR_BENCHMARK.test(file) || TEST_MODULE.test(file) || TEST_SOURCE_SET.test(file)) return false;
  const head2 = (text ?? "").slice(0, 2e3);
  if (GENERATED2.test(head2.slice(0, 600)) || MIGRATION_CODE.test(head2)) return false;
  if (/\.[cm]?tsx?$/.test(file) && text !== void 0 && DECLARES_TYPES.test(text) && !DECLARES_VALUES.test(text)) return false;
  if (file.endsWith(".kt") && text !== void 0 && /^[ \t]*(?:(?:data|enum|sealed|value|annotation)[ \t]+)?(?:class|interface)\b|^[ \t]*typealias\b/m.test(text) && !KOTLIN_FUNCTION_BODY.test(text)) return false;
  if (text !== void 0 && declaresTypesOnly(file, text)) return false;
  return true;
}
function forkedModuleFolders(evidence) {
  const root = evidence.text("go.mod");
  const own2 = goModulePath(root)?.replace(/\/v\d{1,3}$/, "");
  if (root === void 0 || own2 === void 0 || !root.includes("=>")) return [];
  const out = [];
  for (const m of root.matchAll(/=>[ \t]*\.\/([\w./-]{1,200}?)\/?[ \t]*(?:\/\/[^\n]*)?$/gm)) {
    const dir = m[1];
    if (dir.split("/").includes("..")) continue;
    const module = goModulePath(evidence.text(`${dir}/go.mod`));
    if (module !== void 0 && module !== own2 && !module.startsWith(`${own2}/`)) out.push(`${dir}/`);
  }
  return out;
}
function coverageThreshold(evidence) {
  const patterns = [
    /fail[-_]under\s*(?:[=:]\s*)?(\d{2,3})/,
    /--cov-fail-under[= ](\d{2,3})/,
    /coverageThreshold[\s\S]{0,200}?(?:lines|statements|branches)["']?\s*:\s*(\d{2,3})/,
    /thresholds\s*:\s*\{[\s\S]{0,200}?(?:lines|statements|branches)\s*:\s*(\d{2,3})/,
    /--(?:check-coverage|lines)[= ](\d{2,3})/,
    /<minimum>0?\.(\d{2})\d*<\/minimum>/,
    /minimum\s*=\s*0?\.(\d{2})/,
    /minimum_coverage\s+(\d{2,3})/,
    /\/p:Threshold=(\d{2,3})/
  ];
  const configs = evidence.files.filter((f) => /(^|\/)(pyproject\.toml|setup\.cfg|tox\.ini|\.coveragerc|pytest\.ini|package\.json|\.nycrc[\w.]*|\.c8rc[\w.]*|(vitest|vite|jest)\.config(\.[\w-]+)*\.\w+|pom\.xml|build\.gradle(\.kts)?|\.simplecov|spec_helper\.rb|test_helper\.rb|codecov\.ya?ml|Makefile)$/.test(f));
  for (const file of configs) {
    const text = evidence.code(file) ?? "";
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
var VENDORED = inFolderNamed(VENDORED_FOLDERS);
function codecovProjectTarget(evidence) {
  if (!evidence.ci.some((c) => /\bcodecov\b/i.test(c.expanded))) return void 0;
  for (const file of evidence.files.filter((f) => /(^|\/)\.?codecov\.ya?ml$/.test(f) && !VENDORED.test(f))) {
    const text = evidence.text(file) ?? "";
    let config;
    try {
      config = parseYamlWithMerges(text);
    } catch {
      continue;
    }
    const project = config?.coverage?.status?.project;
    if (!project || typeof project !== "object") continue;
    for (const status of Object.values(project)) {
      if (!status || typeof status !== "object") continue;
      const { target, threshold, informational } = status;
      if (informational === true) continue;
      const percent2 = percentOf(target);
      if (percent2 === void 0) continue;
      const at = /^[ \t]*target[ \t]*:/m.exec(text);
      return { file, line: at ? lineAt(text, at.index) : 1, percent: Math.max(0, percent2 - (percentOf(threshold) ?? 0)) };
    }
  }
  return void 0;
}
function percentOf(value) {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const m = typeof value === "string" ? /^(\d{1,3}(?:\.\d{1,4})?)%?$/.exec(value.trim()) : null;
  return m ? Number(m[1]) : void 0;
}
var DOCTEST_RUNNER = /--doctest-modules\b|\bdoctest_modules[ \t]*=[ \t]*(?:true|1)\b/i;
var DOCTEST_EXAMPLE = /^[ \t]*>>>[ \t]+\S/m;
function runsDoctests(evidence) {
  const configs = evidence.files.filter((f) => /(^|\/)(pyproject\.toml|pytest\.ini|setup\.cfg|tox\.ini)$/.test(f) && !VENDORED.test(f));
  return configs.some((f) => DOCTEST_RUNNER.test(evidence.text(f) ?? "")) || evidence.ci.some((c) => DOCTEST_RUNNER.test(c.expanded));
}
var percent = (share) => Math.round(share * 100);
var needPercent = (share) => Math.round(share * 1e3) / 10;
function shareShown(share, need) {
  const whole = Math.floor(share * 100 + 1e-9);
  return share >= need !== whole >= needPercent(need) ? Math.floor(share * 1e3 + 1e-9) / 10 : whole;
}
var shareWords = (share) => Math.abs(share - 1 / 3) < 5e-3 ? "a third" : Math.abs(share - 0.5) < 5e-3 ? "a half" : `${percent(share)}%`;
var testBreadth = {
  name: "testBreadth",
  question: "Is the suite broad: a share of the source modules with a test file, an enforced coverage threshold, or many asserting test files?",
  detect(evidence, options) {
    const minShare = typeof options.minShare === "number" ? options.minShare : 1 / 3;
    const minTests = typeof options.minTests === "number" ? options.minTests : 1;
    const minThreshold = typeof options.minThreshold === "number" ? options.minThreshold : 60;
    const minAssertingTests = typeof options.minAssertingTests === "number" ? options.minAssertingTests : 150;
    const forks = forkedModuleFolders(evidence);
    const inFork = (file) => forks.some((dir) => file.startsWith(dir));
    const tests = assertingTests.detect(evidence, {}).filter((t) => !SAMPLE_OR_VENDORED.test(t.file) && !inFork(t.file));
    if (tests.length === 0) return [];
    const modules = evidence.sourceFiles.filter((f) => !inFork(f) && isBreadthModule(f, evidence.text(f)));
    const threshold = coverageThreshold(evidence);
    const doctested = runsDoctests(evidence) ? modules.filter((f) => f.endsWith(".py") && DOCTEST_EXAMPLE.test(evidence.text(f) ?? "")) : [];
    const share = modules.length ? shareOfModulesTested(modules, [...tests.map((t) => t.file), ...doctested]) : { covered: 0, share: 0 };
    const byShare = modules.length > 0 && share.share >= minShare;
    const byThreshold = threshold !== void 0 && threshold.percent >= minThreshold;
    const byCount = tests.length >= minAssertingTests;
    const shown = shareShown(share.share, minShare);
    const tested = Math.round(share.share * modules.length);
    const needed = Math.ceil(minShare * modules.length - 1e-9);
    const measured = {
      summary: [
        modules.length ? `${shown}% of ${modules.length} source modules have a test file (${tested} of them, by name or by count${doctested.length ? `; ${doctested.length} with doctests pytest runs` : ""})` : "no source modules to measure",
        `${shareWords(minShare)}${modules.length ? ` (${needed})` : ""} needed, or an enforced coverage threshold of ${minThreshold}% (${threshold ? `${threshold.percent}% found` : "none found"})`,
        `or ${minAssertingTests} asserting test files (${tests.length} found)`
      ].join("; ").replace("; or ", ", or ") + (tests.length < minTests ? `; and at least ${minTests} asserting test files in any case` : ""),
      values: [
        { name: "modules-with-tests", value: shown, need: needPercent(minShare), unit: "percent" },
        { name: "coverage-threshold", value: threshold?.percent ?? 0, need: minThreshold, unit: "percent" },
        { name: "asserting-test-files", value: tests.length, need: minAssertingTests, unit: "count" },
        ...tests.length < minTests ? [{ name: "minimum-test-files", value: tests.length, need: minTests, unit: "count" }] : []
      ]
    };
    const strong = tests.length >= minTests && (byShare || byThreshold || byCount);
    const strength = strong ? "strong" : "weak";
    if (byThreshold && tests.length >= minTests) {
      return [{ file: threshold.file, line: threshold.line, message: `${tests.length} asserting test files and an enforced coverage threshold of ${threshold.percent}%`, strength, measured }];
    }
    const first = tests[0];
    const message = byCount && !byShare ? `${tests.length} asserting test files (a large suite)` : `${tests.length} asserting test files for ${modules.length} source modules (${shown}% covered by name or count)`;
    return [{ file: first.file, line: first.line, message, strength, measured }];
  }
};
var LAYOUT_FOLDER = /^(?:src|lib|libs|app|apps|main|source|sources|test|tests|spec|specs|__tests__|unit|units|integration|e2e|java|kotlin|scala|groovy|python|internal|pkg|packages|modules|com|org|net|io|dev)$/i;
var ROLE_NAME = /^(?:services?|views?|models?|handlers?|controllers?|repositor(?:y|ies)|repo|routes?|router|schemas?|serializers?|flows?|forms?|utils?|helpers?|api|admin|tasks?|jobs?|messaging|scheduled|enums?|plugins?|types?|store|dao|mapper|resolvers?|commands?|queries|events?|config|constants|exceptions|errors?|client|server|manager|provider|module|component|interactive)$/;
function placeOf(file) {
  return file.split("/").slice(0, -1).map((f) => f.toLowerCase()).filter((f) => !LAYOUT_FOLDER.test(f));
}
function shareOfModulesTested(modules, testFiles) {
  const moduleNames = new Set(modules.map(moduleName));
  const tested = /* @__PURE__ */ new Set();
  const moduleSet = new Set(modules);
  const selfTested = /* @__PURE__ */ new Set();
  const testPlaces = /* @__PURE__ */ new Map();
  const placeTest = (key, t) => {
    const places = testPlaces.get(key) ?? /* @__PURE__ */ new Set();
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
    const dir = t.split("/").slice(-2, -1)[0];
    if (dir && /tests?|spec/i.test(dir)) {
      const unit = moduleName(`${dir}.x`);
      tested.add(unit);
      placeTest(unit, t);
      placeTest(featureOf(unit), t);
    }
  }
  const features = new Set([...tested].map(featureOf));
  const prefixes = /* @__PURE__ */ new Set();
  const prefixPlaces = /* @__PURE__ */ new Map();
  for (const name of tested) {
    if (moduleNames.has(name)) continue;
    for (let n = 4; n < name.length; n++) {
      const prefix = name.slice(0, n);
      prefixes.add(prefix);
      const places = prefixPlaces.get(prefix) ?? /* @__PURE__ */ new Set();
      for (const f of testPlaces.get(name) ?? []) places.add(f);
      prefixPlaces.set(prefix, places);
    }
  }
  for (const [prefix, places] of prefixPlaces) {
    const all = testPlaces.get(prefix) ?? /* @__PURE__ */ new Set();
    for (const f of places) all.add(f);
    testPlaces.set(prefix, all);
  }
  const dirsByKey = /* @__PURE__ */ new Map();
  for (const m of modules) {
    const name = moduleName(m);
    const dir = m.slice(0, m.lastIndexOf("/") + 1);
    for (const key of /* @__PURE__ */ new Set([name, featureOf(name)])) dirsByKey.set(key, (dirsByKey.get(key) ?? /* @__PURE__ */ new Set()).add(dir));
  }
  const granted = /* @__PURE__ */ new Set();
  const pairs = (key, m) => {
    if (!ROLE_NAME.test(key) || (dirsByKey.get(key)?.size ?? 0) <= 1) return true;
    const places = testPlaces.get(key);
    if (places && placeOf(m).some((f) => places.has(f))) return true;
    if (granted.has(key)) return false;
    granted.add(key);
    return true;
  };
  const covered = modules.filter((m) => {
    const name = moduleName(m);
    const feature = featureOf(name);
    return selfTested.has(m) || tested.has(name) && pairs(name, m) || features.has(feature) && pairs(feature, m) || name.length >= 4 && prefixes.has(name) && pairs(name, m);
  }).length;
  return { covered, share: Math.max(covered / modules.length, Math.min(1, testFiles.length / modules.length)) };
}

// src/detectors/test-command.ts
var CONFIG_FILES = /(^|\/)(vitest\.config|jest\.config|vitest\.workspace|karma\.conf|\.mocharc|ava\.config|playwright\.config|cypress\.config)[\w.]*$|(^|\/)(pytest\.ini|tox\.ini|noxfile\.py|conftest\.py|phpunit\.xml|\.rspec|Rakefile)$/;
var GUIDES = /^(README|CONTRIBUTING|DEVELOPMENT|DEVELOPING|HACKING)(\.(md|markdown|rst|adoc|txt))?$|^docs\/(CONTRIBUTING|DEVELOPMENT|development|contributing)\.(md|rst)$/i;
var MAKE_FILES = /(^|\/)(Makefile|makefile|GNUmakefile|justfile|Justfile|\.justfile)$/;
var TEST_TARGET = /^((?:unit[-_])?tests?(?:[-_][\w-]{1,30})?)[ \t]*:[^=\n]{0,200}\n((?:[ \t][^\n]{0,300}\n){1,8})/gm;
var SELF_RUNNING_RE = /^[ \t]*(unittest|pytest)\.main\(/m;
var SELF_RUNNING = `/${SELF_RUNNING_RE.source}/m`;
var UNITTEST_CASE_RE = /\bclass[ \t]+\w+\([^)\n]{0,200}\bunittest\.(?:Isolated)?(?:Async)?TestCase\b/;
var UNITTEST_CASE = `/${UNITTEST_CASE_RE.source}/`;
var testCommand = {
  name: "testCommand",
  question: "Is there a way to run the tests (a test script, a runner config, a build tool that runs tests)?",
  textPatterns: [SELF_RUNNING, UNITTEST_CASE],
  detect(evidence) {
    const out = [];
    for (const pkg of evidence.packageJsons) {
      const test = pkg.data.scripts?.test;
      if (typeof test === "string" && !isPlaceholderTestScript(test)) {
        const text = evidence.text(pkg.file) ?? "";
        const line = lineAt(text, Math.max(0, text.indexOf('"test"')));
        out.push({ file: pkg.file, line, message: `test script: ${test.slice(0, 60)}`, strength: "strong" });
      }
    }
    for (const file of evidence.files) {
      if (CONFIG_FILES.test(file)) out.push({ file, line: 1, message: "test runner configuration", strength: "strong" });
      if (/(^|\/)pyproject\.toml$|(^|\/)setup\.cfg$/.test(file) && /\[tool[.:]pytest|\[tool:pytest\]/.test(evidence.text(file) ?? "")) out.push({ file, line: 1, message: "pytest configuration", strength: "strong" });
    }
    const builtIn = [
      [/(^|\/)go\.mod$/, "go test", ["go"]],
      [/(^|\/)Cargo\.toml$/, "cargo test", ["rust"]],
      [/(^|\/)pom\.xml$/, "mvn test", ["java", "kotlin"]],
      [/(^|\/)build\.gradle(\.kts)?$/, "gradle test", ["java", "kotlin"]],
      [/\.csproj$/, "dotnet test", ["csharp"]]
    ];
    let languages;
    const hasSourceIn = (langs) => langs.some((lang) => (languages ??= new Set(evidence.sourceFiles.filter((f) => !f.endsWith(".gradle.kts")).map(languageOf))).has(lang));
    for (const file of evidence.files) {
      const tool = builtIn.find(([re]) => re.test(file));
      if (tool && hasSourceIn(tool[2])) out.push({ file, line: 1, message: `${tool[1]} runs the tests`, strength: "strong" });
      if (/(^|\/)manage\.py$/.test(file) && /\bdjango\b|DJANGO_SETTINGS_MODULE/.test(evidence.code(file) ?? "")) out.push({ file, line: 1, message: "python manage.py test runs the Django tests", strength: "strong" });
    }
    const pytest = evidence.dependencies.find((d) => d.ecosystem === "pypi" && d.name.toLowerCase() === "pytest");
    if (pytest && evidence.sourceFiles.some((f) => f.endsWith(".py") && isTestFile(f))) out.push({ file: pytest.file, line: pytest.line, message: "pytest is declared: `pytest` runs the tests", strength: "strong" });
    for (const file of evidence.files.filter((f) => MAKE_FILES.test(f))) {
      const text = `${evidence.text(file) ?? ""}
`;
      const target = [...text.matchAll(TEST_TARGET)].find((t) => runsTests(t[2]));
      if (target) out.push({ file, line: lineAt(text, target.index), message: `a ${target[1]} target runs the tests`, strength: "strong" });
    }
    const selfRunning = evidence.sourceFiles.find((f) => f.endsWith(".py") && isTestFile(f) && evidence.mayMatch(f, SELF_RUNNING) && SELF_RUNNING_RE.test(evidence.code(f) ?? ""));
    if (selfRunning) out.push({ file: selfRunning, line: 1, message: `python ${selfRunning} runs the tests (unittest.main)`, strength: "strong" });
    if (!selfRunning) {
      const discovered = evidence.sourceFiles.find((f) => /(^|\/)test[^/]*\.py$/.test(f) && isTestFile(f) && evidence.mayMatch(f, UNITTEST_CASE) && UNITTEST_CASE_RE.test(evidence.code(f) ?? ""));
      if (discovered) out.push({ file: discovered, line: 1, message: "`python -m unittest` discovers the tests (unittest test cases)", strength: "strong" });
    }
    if (!out.length && evidence.sourceFiles.some(isTestFile)) {
      for (const file of evidence.files.filter((f) => GUIDES.test(f))) {
        const text = evidence.text(file) ?? "";
        const code = [...text.matchAll(/^```[^\n]{0,40}\n([\s\S]{0,4000}?)^```|`([^`\n]{1,200})`/gm)].find((m) => (m[1] ?? m[2]).split("\n").some((l) => runsTests(l.replace(/^[ \t]*\$[ \t]+/, ""))));
        if (code) {
          out.push({ file, line: lineAt(text, code.index), message: "the documented way to run the tests", strength: "strong" });
          break;
        }
      }
    }
    const run = evidence.sourceFiles.some(isTestFile) ? evidence.ci.find((c) => runsTests(c.expanded)) : void 0;
    if (run) out.push({ file: run.file, line: run.line, message: `CI runs a test command: ${run.text.slice(0, 60)}`, strength: "strong" });
    return out;
  }
};

// src/detectors/uses-database.ts
var DATABASE_SOURCES = [
  { files: ["**/migrations/**/*.{sql,py,js,ts,go,rb,cs}", "**/db/migrate/*.rb", "**/alembic/versions/*.py", "**/schema.sql", "**/schema.prisma", "**/Migrations/*.cs", "**/resources/db/**/*.{sql,xml,yaml,yml}"] },
  { library: { npm: ["pg", "mysql", "mysql2", "sqlite3", "better-sqlite3", "mongodb", "mongoose", "@prisma/client", "prisma", "typeorm", "sequelize", "knex", "drizzle-orm", "@mikro-orm/core", "objection", "kysely", "oracledb", "mssql", "tedious", "redis", "ioredis", "@libsql/client"] } },
  { library: { pypi: ["sqlalchemy", "psycopg2", "psycopg2-binary", "psycopg", "pymysql", "mysqlclient", "asyncpg", "pymongo", "motor", "peewee", "tortoise-orm", "sqlmodel", "aiosqlite", "databases", "redis", "django"] }, modules: ["sqlalchemy", "psycopg2", "psycopg", "pymysql", "MySQLdb", "asyncpg", "pymongo", "motor", "peewee", "tortoise", "sqlmodel", "aiosqlite", "databases", "redis", "sqlite3"] },
  { library: { go: ["gorm.io/gorm", "github.com/jinzhu/gorm", "github.com/jmoiron/sqlx", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v4", "github.com/lib/pq", "github.com/go-sql-driver/mysql", "github.com/mattn/go-sqlite3", "modernc.org/sqlite", "go.mongodb.org/mongo-driver", "entgo.io/ent", "github.com/uptrace/bun", "github.com/redis/go-redis/v9", "go.etcd.io/bbolt", "github.com/dgraph-io/badger/v4"] } },
  { text: '/\\bimport[ \\t]{1,4}"database\\/sql"|^[ \\t]{1,8}"database\\/sql"/', in: ["**/*.go", "!@tests"], message: "uses database/sql" },
  { library: { maven: ["org.springframework.boot:spring-boot-starter-data-jpa", "org.springframework.boot:spring-boot-starter-jdbc", "org.springframework.boot:spring-boot-starter-data-mongodb", "org.hibernate:hibernate-core", "org.hibernate.orm:hibernate-core", "org.mybatis:mybatis", "org.jooq:jooq", "org.mongodb:mongodb-driver-sync", "org.postgresql:postgresql", "com.mysql:mysql-connector-j"] }, use: "@Entity\\b|@Table\\b|JdbcTemplate|@Repository\\b|\\bDSLContext\\b|\\bMongoClient\\b|java\\.sql\\." },
  { library: { gem: ["activerecord", "rails", "sequel", "pg", "mysql2", "sqlite3", "mongoid", "redis"] } },
  { library: { nuget: ["Microsoft.EntityFrameworkCore", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql.EntityFrameworkCore.PostgreSQL", "Npgsql", "Dapper", "MongoDB.Driver", "Microsoft.Data.SqlClient", "Microsoft.Data.Sqlite", "StackExchange.Redis"] } },
  { library: { cargo: ["diesel", "sqlx", "sea-orm", "rusqlite", "tokio-postgres", "postgres", "mongodb", "redis", "sled", "rocksdb"] } }
];
var usesDatabase = {
  name: "usesDatabase",
  question: "Does the project keep data in a database: a driver or ORM its running code uses, or a schema or migrations it ships?",
  parseTokens: DATABASE_SOURCES.flatMap((m) => "library" in m ? m.library.npm ?? [] : []),
  textPatterns: DATABASE_SOURCES.flatMap((m) => textPatternsOf(m)),
  detect(evidence) {
    for (const matcher of DATABASE_SOURCES) {
      const found = runMatcher(matcher, evidence, { countTests: false }).filter((f) => f.strength === "strong" && own(f.file));
      if (found.length) return found.slice(0, 3);
    }
    return [];
  }
};

// src/detectors/vendored-manifest.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import path from "node:path";
var VENDORED_MANIFESTS = [
  { file: "vendor/vendor.json", tool: "govendor", shape: /"package"[ \t\r\n]{0,20}:[ \t\r\n]{0,20}\[/ },
  { file: "vendor/manifest", tool: "gvt", shape: /"dependencies"[ \t\r\n]{0,20}:[ \t\r\n]{0,20}\[/ }
];
var MAX_READ = 64 * 1024;
function head(root, file) {
  let fd;
  try {
    const realRoot = realpathSync(root);
    const target = realpathSync(path.join(root, file));
    if (!isInside(realRoot, target) || passesThroughGit(realRoot, target)) return void 0;
    fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return void 0;
    const buffer = Buffer.alloc(MAX_READ);
    return buffer.subarray(0, readSync(fd, buffer, 0, MAX_READ, 0)).toString("utf8");
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
var vendoredManifest = {
  name: "vendoredManifest",
  question: "Does a Go project without go.mod keep its dependency manifest inside vendor/ (govendor's vendor/vendor.json, gvt's vendor/manifest)?",
  detect(evidence) {
    if (!evidence.sourceFiles.some((f) => f.endsWith(".go") && !f.includes("/vendor/"))) return [];
    const out = [];
    for (const m of VENDORED_MANIFESTS) {
      const text = head(evidence.root, m.file);
      if (text !== void 0 && m.shape.test(text)) out.push({ file: m.file, line: 1, message: `${m.tool}'s dependency manifest (${m.file}), kept inside vendor/`, strength: "strong" });
    }
    return out;
  }
};

// src/detectors/index.ts
var DETECTORS = new Map(
  [adrRecords, architectureSection, assertingTests, blackBoxTests, checksArguments, checksRequestData, ciRunsBrowserTests, ciRunsTests, ciServiceTests, ciTestsNotSkipped, committedSecrets, deployableServices, entryPoint, goPackages, guardsCallerInput, healthProbes, implementsSecurity, interfaceReference, leveledLogger, lintStandsInForTypes, loggedErrors, outsideInput, preCommitCiLinters, projectKindDetector, providerImplementations, readme, referenceBadge, securityLintInCi, separatedModules, shipsHttpClient, testBreadth, testCommand, usesDatabase, vendoredManifest].map((d) => [d.name, d])
);

// src/rules/load.ts
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path2 from "node:path";
import { fileURLToPath } from "node:url";
async function defaultRulesDir() {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path2.join(here, "..", "rules"), path2.join(here, "..", "..", "rules"), path2.join(here, "..", "..", "..", "rules")]) {
    const entries = await readdir(candidate).catch(() => void 0);
    if (entries?.some((e) => e.endsWith(".yml"))) return candidate;
  }
  throw new ConfigError("the rule catalog (rules/*.yml) was not found next to levelgate");
}
var COMPILED_CATALOG_FILE = "catalog.json";
async function loadCatalog(dir) {
  const rulesDir = dir ?? await defaultRulesDir();
  const files = await readRuleFiles(rulesDir);
  return await compiledCatalogFor(ruleFilesDigest(files)) ?? (await import("./parse-NSNSTI46.js")).parseCatalog(files, rulesDir);
}
async function compileCatalog(dir) {
  const files = await readRuleFiles(dir);
  return { digest: ruleFilesDigest(files), catalog: (await import("./parse-NSNSTI46.js")).parseCatalog(files, dir) };
}
async function readRuleFiles(rulesDir) {
  const names = (await readdir(rulesDir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(path2.join(rulesDir, name), "utf8") })));
}
var ruleFilesDigest = (files) => createHash("sha256").update(JSON.stringify(files)).digest("hex");
async function compiledCatalogFor(digest) {
  const here = path2.dirname(fileURLToPath(import.meta.url));
  for (const candidate of [path2.join(here, COMPILED_CATALOG_FILE), path2.join(here, "..", COMPILED_CATALOG_FILE)]) {
    const text = await readFile(candidate, "utf8").catch(() => void 0);
    if (text === void 0) continue;
    try {
      const compiled = JSON.parse(text);
      if (compiled.digest === digest) return compiled.catalog;
    } catch {
    }
  }
  return void 0;
}
function checkMatcher(where, m, backtracking) {
  if ("detector" in m && !DETECTORS.has(m.detector)) throw new ConfigError(`${where}: unknown detector "${m.detector}" (known: ${[...DETECTORS.keys()].join(", ")})`);
  for (const p of patternsOf(m)) {
    try {
      compilePattern(p);
    } catch (error) {
      throw new ConfigError(`${where}: invalid pattern ${JSON.stringify(p)}: ${error.message}`);
    }
    const risk = backtracking?.(p);
    if (risk) throw new ConfigError(`${where}: pattern ${JSON.stringify(p)}: ${risk}`);
  }
}
function patternsOf(m) {
  const callees = "calls" in m ? [...m.calls, ...m.args ?? []] : "decorators" in m ? m.decorators : [];
  return [...textPatternsOf(m), ..."ci" in m ? [m.ci] : [], ...callees.filter((c) => c.startsWith("/"))];
}
function extendCatalog(catalog, additions) {
  if (additions.length === 0) return catalog;
  const levels = {};
  for (const d of DIMENSIONS) {
    const own2 = catalog.levels[d];
    levels[d] = { 1: { ...own2[1], required: [...own2[1].required] }, 2: { ...own2[2], required: [...own2[2].required] }, 3: { ...own2[3], required: [...own2[3].required] }, 4: { ...own2[4], required: [...own2[4].required] } };
  }
  const rules = [...catalog.rules];
  const ids = new Set(rules.map((r) => r.id));
  for (const addition of additions) {
    for (const rule of addition.rules) {
      if (ids.has(rule.id)) throw new ConfigError(`${addition.source}: rule ${rule.id}: a rule with this id already exists; custom rules add to the catalog, they cannot replace a rule`);
      ids.add(rule.id);
      rules.push(rule);
    }
    for (const [level, required] of Object.entries(addition.required)) {
      levels[addition.dimension][Number(level)].required.push(...required);
    }
  }
  return { ...catalog, rules, levels, sources: [...catalog.sources, ...additions.map((a) => a.source)] };
}

export {
  isTestFile,
  SAMPLE_FOLDERS,
  isScaffolding,
  compileGlobs,
  useCompiledGlobs,
  parse3 as parse,
  isManifest,
  readManifest,
  readPackageJson,
  RegExpParser,
  patternParts,
  literalRequirement,
  useCompiledAlternatives,
  alternativesOf,
  oncePerEvidence,
  matchersOf,
  textPatternsOf,
  MATCHES_SHOWN,
  runMatcher,
  dedupe,
  DETECTORS,
  loadCatalog,
  compileCatalog,
  checkMatcher,
  extendCatalog
};
