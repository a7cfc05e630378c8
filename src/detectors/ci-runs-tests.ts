import { DOCKERFILE_NAME, isTestFile } from '../evidence/file-sets.js';
import { regexPattern } from '../rules/matcher-parts.js';
import { type CiCommand, ciSystemOf } from '../evidence/ci.js';
import type { Evidence } from '../evidence/index.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { GO_TEST_RUNNER, runsTests } from './patterns.js';

/** A reusable workflow whose name says it runs the tests (see reusableWorkflowWords in evidence/ci.ts). */
const REUSABLE_TEST_WORKFLOW = /reusable-workflow [^&\n]{0,120}\b(tests?|testing|unit|integration|e2e|spec|specs|check|checks|verify|ci)\b/;

/**
 * A reusable workflow of another repository named only for the build (`uses: org/meta/.github/workflows/build.yml@main`,
 * `go-build.yml`): an organisation's shared build workflow builds and tests, as `gradle build` runs `check`. Its steps
 * are not in this repository, so it is read by its name, and the finding says so.
 */
const REUSABLE_BUILD_WORKFLOW = /^uses: [\w.-]+\/[\w.-]+\/\.github\/workflows\/(?:(?:go|golang|rust|cargo|node|java|jvm|gradle|maven|dotnet|python|ruby)[-_.])?build(?:[-_.](?:go|golang|rust|cargo|node|java|jvm|gradle|maven|dotnet|python|ruby))?\.ya?ml@/;

/**
 * CI that runs what levelgate cannot read: a pipeline a script generates and uploads (Buildkite's `pipeline upload`),
 * or a reusable workflow of another repository. When nothing else shows the tests run, these are said as such (weak findings: a reader's lead, never
 * the rule met), so the verdict reads "could not see" rather than "has none".
 */
const GENERATED_PIPELINE = /\bbuildkite-agent[ \t]+pipeline[ \t]+upload\b/;
/** A reusable workflow whose name says it does something else than build or test: nothing unseen to say. */
const NOT_TESTS = /(?:^|[-_.])(?:deploy|deployment|release|releases|publish|docs?|lint|linter|labels?|labeler|stale|codeql|scan|scanning|sync|notify|cd|dependabot|format|spellcheck|spelling)(?:[-_.]|$)/i;
const REMOTE_REUSABLE = /^uses: ([\w.-]+\/[\w.-]+)\/\.github\/workflows\/([\w.-]+\.ya?ml)/;

function unseen(evidence: Evidence): Finding[] {
  const out: Finding[] = [];
  for (const c of evidence.ci) {
    const remote = REMOTE_REUSABLE.exec(c.text);
    if (remote && !NOT_TESTS.test(remote[2]!)) out.push({ file: c.file, line: c.line, message: `levelgate cannot see whether CI runs the tests here: ${remote[2]} is a reusable workflow of ${remote[1]}, whose steps are not in this repository`, strength: 'weak' });
    else if (GENERATED_PIPELINE.test(c.text)) out.push({ file: c.file, line: c.line, message: `levelgate cannot see whether CI runs the tests here: the pipeline is generated when CI runs (${c.text.slice(0, 60)})`, strength: 'weak' });
    if (out.length >= 3) break;
  }
  return out;
}

/**
 * A Maven or Gradle build told to skip the tests: `mvn package -DskipTests`, `-Dmaven.test.skip=true`, `gradle build -x
 * test`, or a Maven build under a root pom.xml whose properties switch the tests off (`<maven.test.skip>true<…>`,
 * `<skipTests>true<…>`) unless the command turns them back on. Such a step builds; it runs no test.
 */
const MAVEN = /\bmvnw?\b/;
const MAVEN_SKIP_FLAG = /(?:^|[ \t])-D(?:skipTests|maven\.test\.skip)(?:=true)?(?=[ \t]|$)/;
const MAVEN_UNSKIP_FLAG = /(?:^|[ \t])-D(?:skipTests|maven\.test\.skip)=false(?=[ \t]|$)/;
const GRADLE = /\bgradlew?\b/;
const GRADLE_SKIP_TEST = /(?:^|[ \t])(?:-x|--exclude-task)[ \t]{1,8}:?test(?![\w:-])/;
const POM_SKIPS_TESTS = /<(maven\.test\.skip|skipTests)>[ \t]*true[ \t]*<\/\1>/;

/** Whether the root pom.xml's own properties (not a profile's) switch the tests off for every Maven build. */
function rootPomSkipsTests(evidence: Evidence): boolean {
  const pom = evidence.text('pom.xml');
  if (pom === undefined) return false;
  // A profile's properties apply only when the profile is on: the profiles section is left out (cut by index, not a regex).
  const start = pom.indexOf('<profiles>');
  const end = pom.lastIndexOf('</profiles>');
  return POM_SKIPS_TESTS.test(start >= 0 && end > start ? pom.slice(0, start) + pom.slice(end) : pom);
}

/** The command without the steps that build with the tests skipped (the rest may still run a test suite). */
function withoutSkippedTestSteps(command: string, pomSkips: boolean): string {
  return command
    .split(/&&|\|\||;|\n/)
    .map((step) => step.trim())
    .filter((step) => !((MAVEN.test(step) && !MAVEN_UNSKIP_FLAG.test(step) && (MAVEN_SKIP_FLAG.test(step) || pomSkips)) || (GRADLE.test(step) && GRADLE_SKIP_TEST.test(step))))
    .join(' && ');
}

export const ciRunsTests: Detector = {
  name: 'ciRunsTests',
  question: 'Does a CI job run the test suite (a Maven or Gradle build that skips the tests runs none; after following npm scripts, make targets, repository shell, PowerShell and batch scripts, Ruby, Python and Perl scripts run by their path (into the folder a script cds to, and a project template\'s folder for the project its CI generates), the target of a Cake build and the build program of a bare FlubuCore or Nuke run; a rake, gulp, grunt, invoke, mix, cargo xtask or cargo make task named for the tests; or through a reusable workflow named for its tests or for the build)?',
  detect(evidence) {
    const out: Finding[] = [];
    const pomSkips = rootPomSkipsTests(evidence);
    for (const c of evidence.ci) {
      if (runsTests(withoutSkippedTestSteps(c.expanded, pomSkips)) || REUSABLE_TEST_WORKFLOW.test(c.expanded)) out.push({ file: c.file, line: c.line, message: `CI runs tests: ${c.text.slice(0, 60)}`, strength: 'strong' });
      else if (REUSABLE_BUILD_WORKFLOW.test(c.text)) out.push({ file: c.file, line: c.line, message: `CI calls a shared build workflow of another repository, read by its name (its steps are not in this repository): ${c.text.slice(6, 90)}`, strength: 'strong' });
      if (out.length >= 3) break;
    }
    return out.length ? out : unseen(evidence);
  },
};

/**
 * Actions that set up, fetch, cache, sign in, tag or publish, and run nothing of the project's: a step of theirs runs
 * no test (actions/checkout, setup-node, rust-toolchain, upload-artifact, docker/login-action, action-gh-release,
 * gradle's wrapper-validation). docker/build-push-action builds the Dockerfile, read apart (DOCKERFILE_RUNS_TESTS).
 */
const NON_TEST_ACTION = /^uses:[ \t]*(?:[\w.-]{1,80}\/){1,3}(?:checkout|cache|[\w-]{1,40}-cache|rust-cache|setup-[\w-]{1,40}|action-setup|[\w-]{0,40}toolchain|upload-artifact|download-artifact|create-github-app-token|stale|labeler|login-action|metadata-action|setup-qemu-action|setup-buildx-action|build-push-action|docker-manifest-action|action-gh-release|create-release|upload-release-asset|wrapper-validation|cosign-installer)@/;
/** actions-rs/cargo lists its `command:` and `args:` as commands of their own: the action line itself runs nothing else. */
const CARGO_ACTION = /^uses:[ \t]*actions-rs\/cargo@/;
/**
 * The first words of shell steps that run no test: the shell's own syntax and builtins, file and archive tools,
 * fetching and installing tools, git, packaging, docker's build and publish commands, and builds that compile only
 * (`cargo build`, `go build`, `npm ci`). A step whose first word is none of these (a make target, a script, a test
 * runner, a command levelgate does not know) may run tests: the CI stays "not seen".
 */
const NON_TEST_WORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'do', 'done', 'while', 'until', 'case', 'esac', 'in', 'exit', 'true', 'false', '[', '[[', '{', '}', 'echo', 'printf', 'export', 'unset', 'cd', 'pushd', 'popd', 'ls', 'cat', 'mkdir', 'cp', 'mv', 'rm', 'ln', 'chmod', 'chown', 'touch', 'tar', 'zip', 'unzip', 'gzip', 'gunzip', 'xz', 'sed', 'awk', 'grep', 'jq', 'yq', 'cut', 'sort', 'tr', 'head', 'tail', 'tee', 'wc', 'basename', 'dirname', 'rev', 'sha256sum', 'shasum', 'md5sum', 'curl', 'wget', 'iwr', 'git', 'gh', 'apt', 'apt-get', 'brew', 'choco', 'scoop', 'pip', 'pip3', 'rustup', 'xcopy', 'makensis', 'debuild', 'dpkg-deb', 'rpmbuild', 'signtool', 'codesign', 'gpg', 'cosign']);
/** Builds and installs that run no test: `cargo build`, `go build`, `npm ci`, `docker build` / `push` / `buildx`, a bundler's build. */
const BUILD_ONLY_COMMAND = /^(?:cargo[ \t]+(?:\+[\w.-]{1,40}[ \t]+)?(?:build|install|fetch|fmt|clippy)|go[ \t]+(?:build|get|mod|install|vet|generate)|(?:npm|pnpm|yarn|bun)[ \t]+(?:i|ci|install|add|run[ \t]+build)|docker[ \t]+(?:build|push|pull|login|logout|tag|buildx|manifest|images|save|load)|vite[ \t]+build|tsc|webpack|detekt-cli|hadolint|shellcheck)(?![\w-])/;
/** A Dockerfile step that runs a test suite: a docker build of it tests. */
function dockerfileRunsTests(evidence: Evidence): boolean {
  return evidence.files.some((f) => DOCKERFILE_NAME.test(f) && (evidence.text(f) ?? '').split('\n').some((l) => /^[ \t]*RUN\b/i.test(l) && runsTests(l)));
}

/** The positions of `text` from `from` on outside quotes and parentheses: where the shell splits words and steps. */
function* topLevelPositions(text: string, from = 0): Generator<number> {
  let quote: string | undefined;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) yield i;
  }
}

/**
 * A command split into its steps at `&&`, `||`, `;`, `|` and line ends, outside quotes and parentheses (a regex in a
 * quoted string, `$(jq '… | …')`, stays one step).
 */
function shellSteps(command: string): string[] {
  const steps: string[] = [];
  let start = 0;
  for (const i of topLevelPositions(command)) {
    if (i < start) continue; // the second character of `&&` or `||`
    const c = command[i]!;
    if (c === ';' || c === '|' || c === '\n' || (c === '&' && command[i + 1] === '&')) {
      steps.push(command.slice(start, i));
      start = (c === '&' || c === '|') && command[i + 1] === c ? i + 2 : i + 1;
    }
  }
  steps.push(command.slice(start));
  return steps;
}

/** The end of the shell word that starts at `from`: the first blank outside quotes and parentheses. */
function wordEnd(text: string, from: number): number {
  for (const i of topLevelPositions(text, from)) if (text[i] === ' ' || text[i] === '\t') return i;
  return text.length;
}

/** The commands substituted into a shell word (`$(git diff … | grep …)`), their parentheses matched outside quotes. */
function substitutions(word: string): string[] {
  const out: string[] = [];
  for (let at = word.indexOf('$('); at !== -1; at = word.indexOf('$(', at + 2)) {
    let quote: string | undefined;
    let depth = 0;
    for (let i = at + 1; i < word.length; i++) {
      const c = word[i]!;
      if (quote) {
        if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        out.push(word.slice(at + 2, i));
        at = i - 1;
        break;
      }
    }
  }
  return out;
}

/** Whether one shell step (split at `&&`, `;`, `|`) is of a kind that runs no test; leading assignments are read through. */
function nonTestStep(evidence: Evidence, step: string, depth = 0): boolean {
  if (depth > 3) return false;
  let rest = step.trim().replace(/^!\s*/, '');
  // Leading assignments (`DEBIAN_FRONTEND=noninteractive sudo apt …`, `T=${GITHUB_REF#refs/*/}`, `A+=(x)`); a command
  // substitution in one is a step of its own (`CHANGED=$(git diff …)`).
  for (let i = 0; i < 8; i++) {
    const name = /^[A-Za-z_]\w{0,60}\+?=/.exec(rest);
    if (!name) break;
    const end = wordEnd(rest, name[0].length);
    // Each command substituted into the value is a step of its own, read the same way (a filter chain of its own).
    for (const sub of substitutions(rest.slice(name[0].length, end))) if (!shellSteps(sub).every((step) => nonTestStep(evidence, step, depth + 1))) return false;
    rest = rest.slice(end).trimStart();
  }
  if (rest === '') return true;
  // `sudo` runs the command after it, read the same way.
  if (/^sudo[ \t]/.test(rest)) return nonTestStep(evidence, rest.slice(5).replace(/^(?:-\w[ \t]+)*/, ''), depth + 1);
  // An action's arguments listed as a command of their own (`--release --target=…`).
  if (rest.startsWith('-')) return true;
  if (BUILD_ONLY_COMMAND.test(rest)) return true;
  // A script downloaded in an earlier step (`.\install.ps1`), not a file of the repository: the project's tests are not in it.
  const script = /^\.{1,2}[\\/]([\w./\\-]{1,200})/.exec(rest);
  if (script) return !evidence.fileSet.has(script[1]!.replace(/\\/g, '/'));
  const word = /^[^\s;]{1,80}/.exec(rest)?.[0] ?? '';
  return NON_TEST_WORDS.has(word);
}

/**
 * Whether CI is seen to run no test at all: every step of every CI configuration is an action that sets up, fetches or
 * publishes, or shell steps of kinds that run no test (NON_TEST_WORDS, BUILD_ONLY_COMMAND), with the package scripts
 * and make targets they call read too; and no Dockerfile that CI may build runs a test suite.
 */
function ciBuildsOnly(evidence: Evidence): boolean {
  if (evidence.ci.length === 0) return false;
  let dockerBuild = false;
  for (const c of evidence.ci) {
    if (c.text.startsWith('uses:')) {
      if (!NON_TEST_ACTION.test(c.text) && !CARGO_ACTION.test(c.text)) return false;
      if (/build-push-action@/.test(c.text)) dockerBuild = true;
      continue;
    }
    const steps = shellSteps(c.expanded);
    if (!steps.every((step) => nonTestStep(evidence, step))) return false;
    if (/\bdocker[ \t]+(?:build|buildx)\b/.test(c.expanded)) dockerBuild = true;
  }
  return !(dockerBuild && dockerfileRunsTests(evidence));
}

/**
 * For the headline's "has none" (the rule's noneWithout): CI runs something levelgate may have missed, unless what
 * would have run the tests is only Maven or Gradle builds told to skip them (`mvn package` under a root pom.xml with
 * `<maven.test.skip>true`, `gradle build -x test`) and nothing unreadable (a reusable workflow of another repository,
 * a generated pipeline) might run them. Such CI is seen to build and run no test: the headline is missing, never
 * "not seen". Asked only when ciRunsTests found nothing.
 */
export const ciTestsNotSkipped: Detector = {
  name: 'ciTestsNotSkipped',
  question: 'Does CI do more than build with the tests skipped (a Maven or Gradle build that skips the tests, and nothing else that could run them), or more than set up, build and publish (every step an action or a shell command of a kind that runs no test)?',
  detect(evidence) {
    const pomSkips = rootPomSkipsTests(evidence);
    const skipped = evidence.ci.some((c) => runsTests(c.expanded) && !runsTests(withoutSkippedTestSteps(c.expanded, pomSkips)));
    if ((skipped || ciBuildsOnly(evidence)) && unseen(evidence).length === 0) return [];
    const first = evidence.ci[0];
    return first ? [{ file: first.file, line: first.line, message: 'CI runs more than builds that skip the tests', strength: 'strong' }] : [];
  },
};

// Browser tests written for a language's ordinary test runner (not an end-to-end runner of their own) run wherever CI
// runs that runner: a vitest or jest test that launches puppeteer, a pytest test driving Selenium or Playwright, an
// RSpec feature spec driving the app through Capybara (rspec, or rake's default task, runs spec/), a go test with
// chromedp or rod, a JUnit test with Selenium, an xUnit test with Playwright.
const DRIVES_BROWSER_RE = /\brequire\([ \t]*['"](?:puppeteer|puppeteer-core|playwright|playwright-core|selenium-webdriver|webdriverio)['"]|\bfrom[ \t]+['"](?:puppeteer|puppeteer-core|playwright|playwright-core|selenium-webdriver|webdriverio)['"]/;
// Python imports the driver (selenium, playwright, splinter, pyppeteer), or hands node a puppeteer script to run.
const PYTHON_DRIVES_BROWSER_RE = /^[ \t]*(?:from[ \t]+(?:selenium|playwright|splinter|pyppeteer)\b|import[ \t]+(?:selenium|splinter|pyppeteer)\b)|\brequire\([ \t]*['"](?:puppeteer|playwright)['"]\)/m;
// A Capybara session: visit a page, or a spec tagged to run in a browser.
const RUBY_DRIVES_BROWSER_RE = /^[ \t]*visit[ \t(]|\bjs:[ \t]*true\b|\btype:[ \t]*:(?:system|feature)\b|\bdriven_by\b/m;
// A Minitest suite that switches Capybara to a browser driver outside the system tests (an integration test helper's
// `Capybara.current_driver = Capybara.javascript_driver`, a headless Chrome made the default); the rack_test driver,
// Capybara's default, drives no browser, and a commented-out line switches nothing.
export const MINITEST_DRIVES_BROWSER_RE = /^[ \t]*Capybara\.(?:current_driver|default_driver|javascript_driver)[ \t]*=[ \t]*(?!:rack_test\b)[:\w]/m;
const GO_DRIVES_BROWSER_RE = /"github\.com\/(?:chromedp\/chromedp|go-rod\/rod|playwright-community\/playwright-go|tebeka\/selenium)"/;
const JVM_DRIVES_BROWSER_RE = /^import[ \t]+(?:static[ \t]+)?(?:org\.openqa\.selenium|com\.microsoft\.playwright|com\.codeborne\.selenide)\./m;
const CSHARP_DRIVES_BROWSER_RE = /^using[ \t]+(?:static[ \t]+)?(?:OpenQA\.Selenium|Microsoft\.Playwright)\b/m;

/** A language's test files that do something particular (drive a browser, start the built program), and its runner. */
export interface SuiteRunner {
  /** The language's test files this runner collects. */
  file: RegExp;
  /** What such a test file does. */
  drives: RegExp;
  /** What the same file must hold as well, anywhere in it (the program it runs, named apart from the call that runs it). */
  with?: RegExp;
  /** Support files of the suite that are no tests themselves but run only under them (Minitest's test/*_helper.rb). */
  support?: RegExp;
  /** Whether the suite is looked for in this repository at all (a gem's bin/ scripts, not a Rails app's helpers). */
  when?: (evidence: Evidence) => boolean;
  /** A CI command that runs the runner over its suite. */
  runner: RegExp;
}

/**
 * The first suite with a test file (not in `leftOut`) that does what the suite looks for, and the CI command that
 * runs that suite's runner; undefined when no test does it or CI never runs its runner.
 */
export function suiteRunInCi(evidence: Evidence, suites: readonly SuiteRunner[], leftOut: RegExp, skipped: (file: string) => boolean = () => false): { file: string; run: CiCommand } | undefined {
  for (const suite of suites) {
    if (suite.when && !suite.when(evidence)) continue;
    const pattern = regexPattern(suite.drives);
    const file = evidence.sourceFiles.find((f) => {
      if (!suite.file.test(f) || !(isTestFile(f) || suite.support?.test(f)) || leftOut.test(f) || !evidence.mayMatch(f, pattern)) return false;
      const code = evidence.code(f) ?? '';
      return suite.drives.test(code) && (!suite.with || suite.with.test(code)) && !skipped(f);
    });
    if (!file) continue;
    const run = evidence.ci.find((c) => suite.runner.test(c.expanded));
    if (run) return { file, run };
  }
  return undefined;
}

const SUITE_RUNNERS: SuiteRunner[] = [
  { file: /\.[cm]?[jt]sx?$/, drives: DRIVES_BROWSER_RE, runner: /\b(?:vitest|jest|mocha)\b|\bnode[ \t]+--test\b/ },
  { file: /\.py$/, drives: PYTHON_DRIVES_BROWSER_RE, runner: /\bpytest\b|\bpython[\d.]*[ \t]+-m[ \t]+(?:pytest|unittest)\b|\bmanage\.py[ \t]+test\b|\btox\b|\bnox\b|\bhatch[ \t]+test\b/ },
  // A _spec.rb file is RSpec's: `rspec` runs spec/, and so does rake's default task (rspec-rails makes it spec).
  { file: /_spec\.rb$/, drives: RUBY_DRIVES_BROWSER_RE, runner: /\brspec\b|\brake(?:[ \t]+(?:spec|default)\b|[ \t]*(?:$|&&|;|\|))/ },
  // Minitest's files under test/ (not test/system/, which `rails test` leaves out) and the helpers beside them that
  // the tests require (test/integration_test_helper.rb): `rails test`, `rake test`, a script named for minitest, or
  // rake's default task (a Rails app's is test).
  { file: /(?:^|\/)test\/(?!system\/)[\w./-]{1,300}\.rb$/, drives: MINITEST_DRIVES_BROWSER_RE, support: /(?:^|\/)test\/\w{1,80}_helper\.rb$/, runner: /\b(?:rails|rake)[ \t]+test(?::all)?(?![:\w-])|\bminitest\b|\brake[ \t]*(?:$|&&|;|\|)/ },
  { file: /_test\.go$/, drives: GO_DRIVES_BROWSER_RE, runner: GO_TEST_RUNNER },
  { file: /(?:^|\/)src\/test\/[^\n]{0,300}\.(?:java|kt)$/, drives: JVM_DRIVES_BROWSER_RE, runner: /\bmvnw?\b[^\n]{0,200}\b(?:test|verify|install)\b|\bgradlew?\b[^\n]{0,200}\b(?:test|check|build)\b/ },
  { file: /\.cs$/, drives: CSHARP_DRIVES_BROWSER_RE, runner: /\bdotnet[ \t]+test\b/ },
];

// Folders a runner config usually splits off into a suite of their own (run by its own command, or not at all).
const OWN_SUITE_FOLDER = /(^|\/)(e2e|e2e-tests|end-to-end|acceptance|system-tests|playwright|cypress)\//i;

/**
 * Suites a CI configuration leaves out by name, wherever it says so (a command, or a workflow's input to a test action):
 * .NET's `--filter "TestCategory!=AutomationTest"`, pytest's `-m "not browser"` and `--ignore=tests/ui`.
 */
const EXCLUDED_SUITE = /\b(?:TestCategory|Category|FullyQualifiedName|ClassName)[ \t]*(?:!=|!~)[ \t]*([\w.]{2,80})|[ \t]-m[ \t]+["']?not[ \t]+(\w{2,40})|--ignore(?:-glob)?[= \t]["']?([\w./*-]{2,120})/g;

/** What the CI configuration leaves out by name: .NET categories, pytest markers, and paths it ignores. */
interface LeftOut {
  categories: string[];
  markers: string[];
  paths: string[];
}

function suitesLeftOutByCi(evidence: Evidence): LeftOut {
  const left: LeftOut = { categories: [], markers: [], paths: [] };
  for (const file of evidence.files) {
    if (!ciSystemOf(file)) continue;
    for (const m of (evidence.text(file) ?? '').matchAll(EXCLUDED_SUITE)) {
      if (m[1]) left.categories.push(m[1]);
      else if (m[2]) left.markers.push(m[2]);
      else if (m[3]) left.paths.push(m[3].replace(/^\.\//, '').split('*')[0]!);
    }
  }
  left.paths = left.paths.filter((p) => p.length >= 2);
  return left;
}

/**
 * Whether CI leaves this browser test out: it names an excluded .NET category as a word (`[Category("Ui")]`, or a
 * base class or attribute named for it: `MainPagesTest : AutomationTest` under `TestCategory!=AutomationTest`), sits in a
 * test project named for it,
 * carries an excluded pytest marker (`@pytest.mark.browser`), or lies under an ignored path.
 */
function leftOutByCi(left: LeftOut, file: string, text: string): boolean {
  // A test project named for the category counts whatever its separators (NzbDrone.Automation.Test for AutomationTest).
  const squeezed = file.replace(/[._-]/g, '');
  const word = (name: string) => new RegExp(`(?<![\\w.])${name.replace(/\./g, '\\.')}(?![\\w])`).test(text) || squeezed.includes(name.replace(/[._-]/g, ''));
  return left.categories.some(word) || left.markers.some((n) => text.includes(`mark.${n}`)) || left.paths.some((p) => file.startsWith(p) || file.includes(`/${p}`));
}

export const ciRunsBrowserTests: Detector = {
  name: 'ciRunsBrowserTests',
  question: "Does CI run the language's ordinary test runner whose suite holds tests that drive a browser (a vitest/jest/mocha test with puppeteer or playwright, a pytest test with Selenium or Playwright, an RSpec feature spec with Capybara, a Minitest test that switches Capybara to a browser driver, a go test with chromedp or rod, a JUnit or xUnit test with Selenium or Playwright; beside the unit tests, not in an e2e folder of its own, and not left out by a category, marker or path the CI configuration excludes)?",
  textPatterns: SUITE_RUNNERS.map((suite) => regexPattern(suite.drives)),
  detect(evidence) {
    const left = suitesLeftOutByCi(evidence);
    const found = suiteRunInCi(evidence, SUITE_RUNNERS, OWN_SUITE_FOLDER, (f) => leftOutByCi(left, f, evidence.code(f) ?? ''));
    if (!found) return [];
    const { file, run } = found;
    return [{ file: run.file, line: run.line, message: `CI runs the test runner that runs ${file}, which drives a browser: ${run.text.slice(0, 60)}`, strength: 'strong' }];
  },
};
