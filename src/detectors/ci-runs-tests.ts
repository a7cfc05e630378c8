import { isTestFile } from '../evidence/file-sets.js';
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
 * For the headline's "has none" (the rule's noneWithout): CI runs something levelgate may have missed, unless what
 * would have run the tests is only Maven or Gradle builds told to skip them (`mvn package` under a root pom.xml with
 * `<maven.test.skip>true`, `gradle build -x test`) and nothing unreadable (a reusable workflow of another repository,
 * a generated pipeline) might run them. Such CI is seen to build and run no test: the headline is missing, never
 * "not seen". Asked only when ciRunsTests found nothing.
 */
export const ciTestsNotSkipped: Detector = {
  name: 'ciTestsNotSkipped',
  question: 'Does CI do more than build with the tests skipped (a Maven or Gradle build that skips the tests, and nothing else that could run them)?',
  detect(evidence) {
    const pomSkips = rootPomSkipsTests(evidence);
    const skipped = evidence.ci.some((c) => runsTests(c.expanded) && !runsTests(withoutSkippedTestSteps(c.expanded, pomSkips)));
    if (skipped && unseen(evidence).length === 0) return [];
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
      if (!suite.file.test(f) || !isTestFile(f) || leftOut.test(f) || !evidence.mayMatch(f, pattern)) return false;
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
  question: "Does CI run the language's ordinary test runner whose suite holds tests that drive a browser (a vitest/jest/mocha test with puppeteer or playwright, a pytest test with Selenium or Playwright, an RSpec feature spec with Capybara, a go test with chromedp or rod, a JUnit or xUnit test with Selenium or Playwright; beside the unit tests, not in an e2e folder of its own, and not left out by a category, marker or path the CI configuration excludes)?",
  textPatterns: SUITE_RUNNERS.map((suite) => regexPattern(suite.drives)),
  detect(evidence) {
    const left = suitesLeftOutByCi(evidence);
    const found = suiteRunInCi(evidence, SUITE_RUNNERS, OWN_SUITE_FOLDER, (f) => leftOutByCi(left, f, evidence.code(f) ?? ''));
    if (!found) return [];
    const { file, run } = found;
    return [{ file: run.file, line: run.line, message: `CI runs the test runner that runs ${file}, which drives a browser: ${run.text.slice(0, 60)}`, strength: 'strong' }];
  },
};
