import { DOCKERFILE_NAME, isTestFile } from '../evidence/file-sets.js';
import { regexPattern } from '../rules/matcher-parts.js';
import { type CiCommand, ciSystemOf } from '../evidence/ci.js';
import type { Evidence } from '../evidence/index.js';
import { oncePerEvidence } from '../evidence/shared-answer.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { GO_TEST_RUNNER, isPlaceholderTestScript, runsTests } from './patterns.js';

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
// A skip flag on the command line skips, whatever else it says: `-DskipTests -Dmaven.test.skip=false` compiles the tests
// (the second flag undoes a pom's maven.test.skip) and still runs none; `=false` only undoes a pom's own skip.
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

/**
 * A step that installs packages or tools (`pip install flake8 pytest`, `gem install rspec`, `go install
 * gotest.tools/gotestsum`): it names a test runner to install it, it runs nothing (GitHub's Python starter workflow
 * installs pytest in a step of its own, and a repository that dropped the pytest step runs no tests). `npm install-test`
 * installs and then tests: it is no install step.
 */
const INSTALL_STEP = /^(?:sudo[ \t]+)?(?:(?:python[\d.]*|py)[ \t]+-m[ \t]+)?(?:pip[\d.]*|pipx|uv[ \t]+pip|conda|mamba|gem|dotnet[ \t]+tool|cargo(?:[ \t]+\+[\w.-]{1,40})?)[ \t]+(?:install|binstall)(?![\w-])|^(?:npm|pnpm|yarn|bun)[ \t]+(?:i|install|add)(?![\w-])|^go[ \t]+install(?![\w-])/;

/** An MSBuild switch whose value is a `;`-separated list (`/t:Build;Test;Pack`, `-p:A=1;B=2`): no shell separators. */
const MSBUILD_LIST_SWITCH = /([ \t][-/](?:t|target|p|property):)([^ \t\n"']{1,400})/gi;

/** The command without the steps that build with the tests skipped or only install tools (the rest may still run a test suite). */
function withoutSkippedTestSteps(command: string, pomSkips: boolean): string {
  return command
    .replace(MSBUILD_LIST_SWITCH, (_, flag: string, list: string) => flag + list.replaceAll(';', '\u0000'))
    .split(/&&|\|\||;|\n/)
    .map((step) => step.trim().replaceAll('\u0000', ';'))
    .filter((step) => !(INSTALL_STEP.test(step) || (MAVEN.test(step) && (MAVEN_SKIP_FLAG.test(step) || (pomSkips && !MAVEN_UNSKIP_FLAG.test(step)))) || (GRADLE.test(step) && GRADLE_SKIP_TEST.test(step))))
    .join(' && ');
}

// Calibration round 18: the repository's own Go commands, each top-level cmd/<name>/ holding a main package. A project's
// own build and test driver (`cmd/acme-scripts`) is one of them: CI runs it by its installed name.
const GO_MAIN_PACKAGE = /^package[ \t]+main\b/m;
const TOP_LEVEL_COMMAND = /^cmd\/([a-z][\w.-]{0,60})\/[^/]{1,120}\.go$/;

/** The names of the repository's own Go commands: each top-level cmd/<name>/ with a main package. */
export const ownGoCommands = oncePerEvidence((evidence: Evidence): Set<string> => {
  const names = new Set<string>();
  for (const f of evidence.sourceFiles) {
    const m = TOP_LEVEL_COMMAND.exec(f);
    if (m && !f.endsWith('_test.go') && !names.has(m[1]!) && GO_MAIN_PACKAGE.test(evidence.code(f) ?? '')) names.add(m[1]!);
  }
  return names;
});

/** Subcommands that say the command runs tests: `acme-scripts suites test Standalone`, `tool unittest`. */
const TEST_SUBCOMMAND = new Set(['test', 'tests', 'unittest', 'unittests', 'unit-test', 'unit-tests', 'e2e', 'integration-test', 'integration-tests']);

/**
 * Whether a CI command runs one of the repository's own commands by its name with a test subcommand among its words
 * (`acme-scripts --log-level debug suites test ${SUITE} --headless`, a Buildkite step generated by a script), as a
 * framework's CLI runs its suite with `flask test`. The command's own words are read up to the end of its shell step.
 */
function runsOwnCommandTests(evidence: Evidence, command: string): boolean {
  const own = ownGoCommands(evidence);
  if (!own.size) return false;
  for (const step of command.split(/&&|\|\||[;|\n]/)) {
    const words = step.replace(/["']/g, ' ').trim().split(/[ \t]+/);
    const at = words.findIndex((w) => own.has(w.slice(w.lastIndexOf('/') + 1)));
    if (at >= 0 && words.slice(at + 1, at + 12).some((w) => TEST_SUBCOMMAND.has(w))) return true;
  }
  return false;
}

/**
 * A repository script named for the test run (`ci/test.bash`, `scripts/run-tests.sh`, `script/test`, `bin/test`), as a
 * make target named for the tests is (calibration round 35: a CI matrix runs `ci/test.bash cargo <target>`, whose
 * `$CROSS test` takes the runner as an argument). Its name says what it runs; a script that only prints runs nothing.
 */
const TEST_SCRIPT_NAME = /^(?:run[-_])?(?:(?:unit|all|ci)[-_])?tests?(?:[-_](?:all|unit|ci))?(?:\.(?:sh|bash|ps1|bat|cmd))?$/i;
/** A script's path as a CI step writes it (`.\ci\test.ps1`, `./ci/test.sh`), as the repository lists it. */
const repositoryPath = (written: string) => written.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
/** The path of the repository test script a CI command runs, if any. */
function testScriptRun(evidence: Evidence, command: string): string | undefined {
  for (const step of shellSteps(command)) {
    const script = SCRIPT_BY_INTERPRETER.exec(step.trim())?.[2];
    if (!script) continue;
    const file = repositoryPath(script);
    if (!TEST_SCRIPT_NAME.test(file.slice(file.lastIndexOf('/') + 1)) || !evidence.fileSet.has(file)) continue;
    const commands = (evidence.text(file) ?? '').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#') && !/^(?:set|source|\.)[ \t]/.test(l));
    if (commands.some((l) => !isPlaceholderTestScript(l) && !/^(?:echo|exit)\b/.test(l))) return file;
  }
  return undefined;
}

/** `npm test` (or yarn's, pnpm's) where every package's test script is a placeholder that only prints: it runs no test. */
const PACKAGE_TEST_RUN = /^(?:npm[ \t]+(?:t|test|run[ \t]+test)|(?:yarn|pnpm)[ \t]+(?:run[ \t]+)?test)[ \t]*$/;
function callsOnlyPlaceholderTests(evidence: Evidence, command: string): boolean {
  if (!PACKAGE_TEST_RUN.test(command)) return false;
  const tests = [...(evidence.scriptSources?.npmScripts.values() ?? [])].map((scripts) => scripts.test).filter((t): t is string => typeof t === 'string');
  return tests.length > 0 && tests.every(isPlaceholderTestScript);
}

export const ciRunsTests: Detector = {
  name: 'ciRunsTests',
  question: 'Does a CI job run the test suite (a Maven or Gradle build that skips the tests runs none; after following npm scripts, make targets, repository shell, PowerShell and batch scripts, Ruby, Python and Perl scripts run by their path (into the folder a script cds to, and a project template\'s folder for the project its CI generates), the target of a Cake build and the build program of a bare FlubuCore or Nuke run; a rake, gulp, grunt, invoke, mix, cargo xtask or cargo make task named for the tests; the project\'s own Go command (a top-level cmd/<name>) run by its name with a test subcommand; or through a reusable workflow named for its tests or for the build)?',
  detect(evidence) {
    const out: Finding[] = [];
    const pomSkips = rootPomSkipsTests(evidence);
    for (const c of evidence.ci) {
      if (callsOnlyPlaceholderTests(evidence, c.text)) continue;
      if (runsTests(withoutSkippedTestSteps(c.expanded, pomSkips)) || REUSABLE_TEST_WORKFLOW.test(c.expanded)) out.push({ file: c.file, line: c.line, message: `CI runs tests: ${c.text.slice(0, 60)}`, strength: 'strong' });
      else if (runsOwnCommandTests(evidence, c.expanded)) out.push({ file: c.file, line: c.line, message: `CI runs the tests through the project's own command: ${c.text.slice(0, 60)}`, strength: 'strong' });
      else if (REUSABLE_BUILD_WORKFLOW.test(c.text)) out.push({ file: c.file, line: c.line, message: `CI calls a shared build workflow of another repository, read by its name (its steps are not in this repository): ${c.text.slice(6, 90)}`, strength: 'strong' });
      else {
        const script = testScriptRun(evidence, c.text);
        if (script) out.push({ file: c.file, line: c.line, message: `CI runs the repository's test script ${script}: ${c.text.slice(0, 60)}`, strength: 'strong' });
      }
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

/**
 * A word that names a test run in a command, a target or an action (`just lint test`, `dotnet fallout UnitTest`,
 * `./bin/check`, `acme/verify-action`): a step that says it tests may run the tests, whatever runs it. Not inside a
 * longer word (`latest`, `checkout`, `contest`).
 */
const TEST_WORD = /(?<![A-Za-z0-9])(?:tests?|testing|specs?|checks?|e2e|integration|unittests?|verify|coverage)(?![a-z])|[a-z0-9](?:Tests?|Specs?|Checks?)(?![a-z])/;
/**
 * Commands that run whatever they are given or a runner levelgate does not follow: a container (`docker run`,
 * `docker compose up`), a build system with test targets of its own (nix, earthly, bazel, ctest, sbt, ant), a task
 * runner (tox, nox, mage, invoke, poe, hatch, rake, mix, gulp), a program of the repository run from source (`go run`,
 * `cargo xtask`). Such a step may run the tests: CI stays "not seen" rather than "runs no test".
 */
const MAY_RUN_ANYTHING = /^(?:docker-compose(?![ \t]+(?:build|pull|push|config|down|logs|ps|stop|rm|images|version)\b)|docker[ \t]+compose(?![ \t]+(?:build|pull|push|config|down|logs|ps|stop|rm|images|version)\b)|(?:nix|nix-build|earthly|dagger|bazel|bazelisk|xvfb-run|act|vagrant|ctest|tox|nox|sbt|lein|ant|mage|invoke|inv|poe|hatch|pdm|rye|rake|mix|gulp|grunt|composer|deno|swift|zig|stack|cabal|meson|scons|buck2?|pants|please)\b|(?:uv|poetry|pipenv|bun)[ \t]+(?:run|x)\b|bundle[ \t]+exec\b|cargo[ \t]+(?:make|xtask|run|nextest|hack|llvm-cov|tarpaulin|insta|miri)\b|go[ \t]+run\b|(?:python[\d.]{0,4}|py)[ \t]+-m[ \t]+(?:nox|tox|invoke|hatch|poethepoet|pdm)\b|dotnet[ \t]+(?!(?:build|restore|publish|pack|format|tool|new|nuget|workload|clean|sln|add|dev-certs|--info|--version|--list-sdks)\b))/;
/**
 * Maven phases that run the tests (or none named: the default lifecycle of the pom), and the plugin goals that run
 * them or fork the test phase (`surefire:test`, `failsafe:integration-test`, a coverage report's `cobertura:cobertura`
 * or `scoverage:report`, `pitest:mutationCoverage`, as runsTests reads them); `mvn compile`, `mvn spotless:apply` run none.
 */
const MAVEN_TEST_PHASE = /(?:^|[ \t])(?:test|package|verify|install|deploy|integration-test|site|surefire:test|failsafe:integration-test|cobertura:cobertura|scoverage:report|pitest:mutationCoverage)(?=[ \t]|$)/;
/** Gradle tasks that run the tests: build, check, test and tasks named for tests (`integrationTest`, `connectedCheck`). */
const GRADLE_TEST_TASK = /(?:^|[ \t]|:)(?:build|check|test|[\w-]{0,60}(?:Test|Tests|Check))(?=[ \t]|$)/;
/** Package manager subcommands that run no script of the project's. */
const PACKAGE_MANAGER_OWN = /^(?:i|ci|install|add|audit|outdated|config|set|cache|prune|dedupe|link|whoami|login|logout|version|view|info|ls|list|why|-v|--version|rebuild|remove|uninstall|update|upgrade|exec|dlx|init|create|fetch|import|setup|env|bin|root|prefix|help)$/;
/** Lifecycle scripts `npm publish` and `npm pack` run before they pack. */
const PUBLISH_HOOKS = ['prepublishOnly', 'prepublish', 'prepack', 'prepare'];
/** A repository script run by its interpreter (`python scripts/x.py`, `bash ci/run.sh`) or by its path (`./ci/run.sh`). */
const SCRIPT_BY_INTERPRETER = /^(?:(bash|sh|zsh|dash|pwsh|powershell|cmd|node|python[\d.]{0,4}|py|ruby|perl|php)(?:[ \t]+-{1,2}[A-Za-z][\w-]{0,20}){0,3}[ \t]+)?(?:\.{1,2}[\\/])?([\w-][\w./\\-]{0,200}\.(?:sh|bash|ps1|bat|cmd|py|rb|pl|php|js|mjs|cjs|ts)|\.{1,2}[\\/][\w./\\-]{1,200})(?=[ \t]|$)/;
const SHELL_SCRIPT = /\.(?:sh|bash|ps1|bat|cmd)$/;
/** make's recipe prefixes before a command: `@` (silent), `-` (ignore errors), `+` (always run). */
const MAKE_RECIPE_PREFIX = /^[@+-]{1,3}(?=[A-Za-z$./"'])/;

/**
 * Whether one shell step (split at `&&`, `;`, `|`) cannot run the project's tests; leading assignments are read through.
 * `listedOnly`: only a step of a kind listed as running none (NON_TEST_WORDS, BUILD_ONLY_COMMAND) is taken as such,
 * not one presumed so (a tool levelgate has no word for, a target or script read through).
 */
function nonTestStep(evidence: Evidence, step: string, depth = 0, listedOnly = false): boolean {
  if (depth > 12) return false;
  let rest = step.trim().replace(/^!\s*/, '');
  if (depth > 0) rest = rest.replace(MAKE_RECIPE_PREFIX, '');
  // Leading assignments (`DEBIAN_FRONTEND=noninteractive sudo apt …`, `T=${GITHUB_REF#refs/*/}`, `A+=(x)`); a command
  // substitution in one is a step of its own (`CHANGED=$(git diff …)`).
  for (let i = 0; i < 8; i++) {
    const name = /^[A-Za-z_]\w{0,60}\+?=/.exec(rest);
    if (!name) break;
    const end = wordEnd(rest, name[0].length);
    // Each command substituted into the value is a step of its own, read the same way (a filter chain of its own).
    for (const sub of substitutions(rest.slice(name[0].length, end))) if (!stepsCannotTest(evidence, sub, depth + 1, listedOnly)) return false;
    rest = rest.slice(end).trimStart();
  }
  if (rest === '') return true;
  if (runsTests(rest)) return false;
  // `sudo` runs the command after it, read the same way.
  if (/^sudo[ \t]/.test(rest)) return nonTestStep(evidence, rest.slice(5).replace(/^(?:-\w[ \t]+)*/, ''), depth + 1, listedOnly);
  // An action's arguments listed as a command of their own (`--release --target=…`).
  if (rest.startsWith('-')) return true;
  if (BUILD_ONLY_COMMAND.test(rest)) return true;
  const word = /^[^\s;]{1,80}/.exec(rest)?.[0] ?? '';
  if (NON_TEST_WORDS.has(word)) return true;
  if (listedOnly) return rest.startsWith('uses:') ? NON_TEST_ACTION.test(rest) || CARGO_ACTION.test(rest) : listedScriptNotHere(evidence, rest);
  if (rest.startsWith('uses:')) return nonTestAction(evidence, rest);
  // What a CI reference names runs elsewhere (a GitLab template or included project, a job it extends, an orb, a
  // Buildkite plugin): levelgate cannot see it. A container image only names where the steps run.
  if (/^(?:image|services):/.test(rest)) return true;
  if (gitlabTemplateNamedForDelivery(rest)) return true;
  if (/^(?:template|include|extends|project|local|orbs|plugins|remote):/.test(rest)) return false;
  if (/^task:/.test(rest)) return !TEST_WORD.test(rest) && !/^task:[ \t]*(?:VSTest|Ant|Xcode|DockerCompose)@/.test(rest);
  if (MAY_RUN_ANYTHING.test(rest)) return false;
  if (/^(?:docker|podman)(?:[ \t]+container)?[ \t]+(?:run|exec|start)\b/.test(rest)) return !containerMayTest(evidence, rest);
  if (/^(?:\.\/)?mvnw?(?:\.cmd)?(?=[ \t]|$)/.test(rest)) return !MAVEN_TEST_PHASE.test(rest.replace(/(?:^|[ \t])-\S{1,200}/g, ' ')) && /[ \t][a-z][\w:-]{0,60}(?=[ \t]|$)/.test(rest.replace(/(?:^|[ \t])-\S{1,200}/g, ' '));
  if (/^(?:\.\/)?gradlew?(?:\.bat)?(?=[ \t]|$)/.test(rest)) return gradleRunsNoTest(evidence, rest);
  if (/^(?:make|just|task|gmake)(?=[ \t]|$)/.test(rest)) return makeRunsNoTest(evidence, rest, depth);
  if (/^(?:npm|pnpm|yarn|bun)(?=[ \t]|$)/.test(rest)) return scriptRunsNoTest(evidence, rest, depth);
  if (/^(?:npx|pnpx|bunx)[ \t]/.test(rest)) return nonTestStep(evidence, rest.replace(/^\S+[ \t]+(?:-{1,2}[\w-]{1,30}[ \t]+){0,3}/, ''), depth + 1);
  if (/^goreleaser(?=[ \t]|$)/.test(rest) || /\/goreleaser["']?(?=[ \t]|$)/.test(word)) return !goreleaserHooksTest(evidence);
  // A program of the repository run by its path (`bin/rake`, `script/cibuild`): a runner's stub by its name, else its text.
  const base = /^(?:\.{1,2}\/)?[\w.-]{1,80}\/(?:[\w.-]{1,80}\/){0,6}([\w.-]{1,80})(?=[ \t]|$)/.exec(rest);
  if (base && (MAY_RUN_ANYTHING.test(base[1]!) || runsTests(`${base[1]} ${rest.slice(base[0].length)}`))) return false;
  const script = SCRIPT_BY_INTERPRETER.exec(rest) ?? (base && evidence.fileSet.has(base[0]!.replace(/^\.\//, '')) ? [base[0], undefined, base[0]] : null);
  if (script) return scriptFileRunsNoTest(evidence, script[2]!, script[1], rest, depth);
  // Any other command (a documentation generator, a release tool, a packager levelgate has no word for) runs no test
  // of the project's unless it says so.
  return !TEST_WORD.test(rest);
}

/**
 * A container run may run the tests when it says so, mounts the checkout (`-v $PWD:/src`, `${{ github.workspace }}`), or
 * runs an image CI built from the repository (`docker build -t app .` then `docker run app …`). A published tool's
 * image run on its own (a review bot, `alpine` copying files) runs none of the project's tests.
 */
function containerMayTest(evidence: Evidence, command: string): boolean {
  if (TEST_WORD.test(command) || /\$\{?PWD\b|\$\(pwd\)|github\.workspace|GITHUB_WORKSPACE|(?:-v|--volume|--mount)[ \t=]+["']?\.{1,2}(?:\/|:)/.test(command)) return true;
  for (const c of evidence.ci) {
    for (const m of c.text.matchAll(/(?:^|[ \t])(?:-t|--tag)[ \t=]+["']?([\w./:-]{1,200})/g)) {
      const image = m[1]!.split(':')[0]!;
      if (image && command.includes(image)) return true;
    }
  }
  return false;
}

/** Whether every step of a command cannot run the tests (see nonTestStep for `listedOnly`). */
function stepsCannotTest(evidence: Evidence, command: string, depth: number, listedOnly = false): boolean {
  return shellSteps(command).every((step) => nonTestStep(evidence, step, depth, listedOnly));
}

/** A script downloaded in an earlier step (`.\\install.ps1`), not a file of the repository: the project's tests are not in it. */
function listedScriptNotHere(evidence: Evidence, command: string): boolean {
  const script = /^\.{1,2}[\\/]([\w./\\-]{1,200})/.exec(command);
  return script !== null && !evidence.fileSet.has(script[1]!.replace(/\\/g, '/'));
}

/** A CI action: setup, cache, publish and docker actions run none; a container action, or one named for tests (cypress, playwright, a `test` action), may. */
function nonTestAction(evidence: Evidence, reference: string): boolean {
  if (NON_TEST_ACTION.test(reference) || CARGO_ACTION.test(reference)) return true;
  if (/^uses:[ \t]*goreleaser\/goreleaser-action@/.test(reference)) return !goreleaserHooksTest(evidence);
  if (/^uses:[ \t]*docker:\/\//.test(reference)) return false;
  // A local action or workflow of the repository is read as CI on its own.
  if (/^uses:[ \t]*\.\//.test(reference)) return true;
  return !(TEST_WORD.test(reference) || /cypress|playwright|jest|pytest|xvfb|emulator-runner|selenium|puppeteer|codeclimate/i.test(reference));
}

/** A Gradle run that runs no test: tasks none of which is build, check or a test task; a bare run does its default tasks. */
function gradleRunsNoTest(evidence: Evidence, command: string): boolean {
  if (GRADLE_SKIP_TEST.test(command)) return true;
  const tasks = command.replace(/^\S+/, '').replace(/(?:^|[ \t])-\S{1,200}/g, ' ').trim();
  if (tasks === '') {
    // With no task named, Gradle runs the build's defaultTasks, or `help` when it sets none.
    const script = evidence.text('build.gradle') ?? evidence.text('build.gradle.kts') ?? '';
    const defaults = /^[ \t]*defaultTasks\b[^\n]{0,200}/m.exec(script)?.[0];
    return defaults === undefined || !/["'](?:build|check|test|[\w:-]{0,60}(?:Test|Check))["']/.test(defaults);
  }
  return !GRADLE_TEST_TASK.test(tasks) && !TEST_WORD.test(tasks);
}

/** Make targets already judged, per evidence (a target many recipes call is read once). */
const judgedTargets = new WeakMap<Evidence, Map<string, boolean>>();

/**
 * A make, just or task run: each target it names (a bare make: the first) must exist and its recipe run no test. The
 * target is read from the Makefile make reads (`-C dir`'s, else the root's), or any Makefile holding it.
 */
function makeRunsNoTest(evidence: Evidence, command: string, depth: number): boolean {
  const sources = evidence.scriptSources?.makeTargets ?? new Map<string, Record<string, string>>();
  const words = command.split(/[ \t]+/).slice(1);
  const targets: string[] = [];
  let folder = '';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '-C' || w === '--directory') folder = (words[++i] ?? '').replace(/^\.\//, '').replace(/\/$/, '');
    else if (w === '-f' || w === '--file') i++;
    else if (/^[\w./:-]{1,200}$/.test(w) && !w.startsWith('-') && !w.includes('=')) targets.push(w);
  }
  // Inside a Makefile, prerequisites that are all computed (`make $(DEPS)`) name nothing to follow.
  if (targets.length === 0 && depth > 0) return true;
  if (targets.length === 0) {
    const own = sources.get(folder);
    const first = own ? Object.keys(own).find((t) => !t.startsWith('.')) : undefined;
    if (first === undefined) return false;
    targets.push(first);
  }
  let judged = judgedTargets.get(evidence);
  if (!judged) judgedTargets.set(evidence, (judged = new Map()));
  for (const target of targets) {
    const own = sources.get(folder)?.[target];
    const recipes = own !== undefined ? [own] : [...sources.values()].map((m) => m[target]).filter((r): r is string => r !== undefined);
    // Inside a Makefile, a prerequisite without a rule of its own is a file (`go.mod`, `frontend/dist`).
    if (recipes.length === 0 && depth > 0 && (/[./]/.test(target) || evidence.fileSet.has(target))) continue;
    if (recipes.length === 0 || TEST_WORD.test(target)) return false;
    const key = `${folder}\u0000${target}`;
    let none = judged.get(key);
    if (none === undefined) {
      judged.set(key, true); // a target that reaches itself adds nothing
      none = recipes.every((recipe) => stepsCannotTest(evidence, recipe, depth + 1));
      judged.set(key, none);
    }
    if (!none) return false;
  }
  return true;
}

/** A package manager running a script: the script must exist and its command run no test; `npm publish` runs its pack hooks. */
function scriptRunsNoTest(evidence: Evidence, command: string, depth: number): boolean {
  const words = command.split(/[ \t]+/).slice(1).filter((w) => !w.startsWith('-'));
  const all = [...(evidence.scriptSources?.npmScripts.values() ?? [])];
  let name = words[0] === 'run' || words[0] === 'run-script' ? words[1] : words[0];
  if (name === undefined) return /^(?:npm|pnpm|bun)\b/.test(command) ? false : true; // a bare `yarn` installs
  if (name === 'publish' || name === 'pack') {
    return all.every((scripts) => PUBLISH_HOOKS.every((hook) => scripts[hook] === undefined || stepsCannotTest(evidence, scripts[hook]!, depth + 1)));
  }
  if (name === 'run' || PACKAGE_MANAGER_OWN.test(name)) return true;
  name = name.replace(/^["']|["']$/g, '');
  const bodies = all.map((scripts) => scripts[name!]).filter((b): b is string => typeof b === 'string');
  // A script named for the tests may run them, unless every such script is a placeholder that only prints.
  if (bodies.length === 0 || (TEST_WORD.test(name) && !bodies.every(isPlaceholderTestScript))) return false;
  return bodies.every((body) => stepsCannotTest(evidence, body, depth + 1));
}

/** GoReleaser's `before:` hooks run commands before it builds: a hook that runs tests makes the release run them. */
function goreleaserHooksTest(evidence: Evidence): boolean {
  return evidence.files.some((f) => /^\.goreleaser[\w.-]{0,40}\.ya?ml$/.test(f) && runsTests(evidence.text(f) ?? ''));
}

/**
 * What a script's path says it runs, for the test-word check: a script named for the one thing it checks
 * (`script/check-asf-header.sh`, `hack/verify-codegen.sh`, `check_license.py`) is read like any other script, its
 * `check`/`verify` word naming a lint of that thing, not a test run; `check.sh`, `verify` and `check-tests.sh` still say
 * they may run the tests.
 */
function namedFor(file: string): string {
  return file.replace(/(^|\/)(?:checks?|verify)[-_](?=[a-z])([^/]*)$/i, '$1$2');
}

/**
 * A GitLab job extended from, or a template file included from, another project, whose every name says it delivers
 * (`extends: .deploy-helm`, `project: group/templates file: .docker-build-push.yml .deploy-helm.yml`): an image pushed,
 * a chart deployed, a release published, read by name as reusable workflows are. One with a test word, or with no word
 * of delivery (`.build`, `file: .ci.yml`), may run the tests.
 */
function gitlabTemplateNamedForDelivery(step: string): boolean {
  const names = /^extends:[ \t]*(\S.*)$/.exec(step)?.[1] ?? /^project:[ \t]*\S+[ \t]+file:[ \t]*(\S.*)$/.exec(step)?.[1];
  if (names === undefined) return false;
  return names.split(/[ \t,]+/).filter(Boolean).every((name) => {
    const words = name.replace(/^.*\//, '').replace(/\.ya?ml$/, '').replace(/[-_.]+/g, ' ').trim();
    return !TEST_WORD.test(words) && /\b(?:deploy|deployment|release|publish|push|helm|docker|image|pages)\b/i.test(words);
  });
}

/**
 * A repository script run by path or interpreter: a shell script is read step by step; another language's script
 * runs tests when its text holds a test command. A path the repository does not hold was fetched by an earlier step
 * (`.\install.ps1`): the project's tests are not in it, unless it is named for them.
 */
function scriptFileRunsNoTest(evidence: Evidence, path: string, interpreter: string | undefined, command: string, depth: number): boolean {
  const file = repositoryPath(path);
  if (!evidence.fileSet.has(file)) return !TEST_WORD.test(command);
  if (TEST_WORD.test(namedFor(file))) return false;
  const text = evidence.text(file) ?? '';
  if (runsTests(text)) return false;
  // A script without a shell's extension is a shell script only when its first line says so (`bin/rake` is Ruby).
  const shebang = /^#![^\n]{0,100}/.exec(text)?.[0];
  const shell = interpreter === undefined ? (shebang === undefined ? SHELL_SCRIPT.test(file) && /\.\w+$/.test(file) : /\b(?:ba|z|da)?sh\b|pwsh/.test(shebang)) : /^(?:bash|sh|zsh|dash|pwsh|powershell|cmd)$/.test(interpreter);
  if (!shell) return !MAY_RUN_ANYTHING.test((shebang ?? '').replace(/^#!\s*(?:\/usr\/bin\/env\s+)?(?:\/\S*\/)?/, ''));
  return text.split('\n').slice(0, 400).every((line) => line.trim() === '' || line.trim().startsWith('#') || line.trim().startsWith('::') || /^rem\b/i.test(line.trim()) || stepsCannotTest(evidence, line, depth + 1));
}

/**
 * Whether CI is seen to run no test at all: no step of any CI configuration may run the tests. A step may when it is
 * or names a test run, runs a container or a runner levelgate does not follow, runs a Maven or Gradle build whose
 * lifecycle tests, or calls a script, target or action that may (read through: package scripts, make targets,
 * repository scripts); set-up, build, packaging, publishing and documentation steps run none. A Dockerfile CI builds
 * that runs a test suite tests too.
 */
function ciBuildsOnly(evidence: Evidence): boolean {
  if (evidence.ci.length === 0) return false;
  // CI that builds the project is read step by step, a tool levelgate has no word for presumed to run no test; CI that
  // builds nothing of it must be every step of a kind listed as running none (the tests may run on a CI not here).
  const listedOnly = !ciBuildsTheProject(evidence);
  let dockerBuild = false;
  for (const c of evidence.ci) {
    if (!stepsCannotTest(evidence, c.text.startsWith('uses:') ? c.text : listedOnly ? c.expanded : c.text, 0, listedOnly)) return false;
    if (/build-push-action@/.test(c.text) || /\bdocker[ \t]+(?:build|buildx)\b/.test(c.expanded)) dockerBuild = true;
  }
  return !(dockerBuild && dockerfileRunsTests(evidence));
}

/**
 * A step that builds the project's code: a compiler or bundler, a package script or make target named for the build, a
 * Gradle or Maven build, a release build (GoReleaser). An image built from the project's own Dockerfile counts; a dev container's is
 * no build of the project.
 */
const BUILD_STEP = /^(?:go[ \t]+build|cargo[ \t]+(?:\+[\w.-]{1,40}[ \t]+)?build|dotnet[ \t]+(?:build|publish|pack|msbuild)|msbuild|xcodebuild|cmake[ \t]+--build|tsc|webpack|vite[ \t]+build|(?:npm|pnpm|yarn|bun)[ \t]+(?:run[ \t]+)?(?:build|dist|compile|package|bundle)(?:[:\w-]{0,40})?(?=[ \t]|$)|(?:\.\/)?gradlew?[ \t]|(?:\.\/)?mvnw?[ \t]|goreleaser|(?:make|just|task)[ \t]+(?:[\w.-]{1,60}[ \t]+){0,4}?(?:build|dist|all|release|package|compile|install|bin|binary|ui|frontend|ci)(?=[ \t]|$)|(?:python[\d.]{0,4}[ \t]+-m[ \t]+)?build(?=[ \t]|$))/;

/**
 * Whether CI builds the project at all. CI that only runs automation (labels, stale issues, a dev container image) says
 * nothing of where the tests run: they may run on a CI levelgate cannot read (TeamCity, a hosted runner's own files).
 */
function ciBuildsTheProject(evidence: Evidence): boolean {
  // An image built from the project's own Dockerfile (not a dev container's) is a build of the project.
  const ownImage = evidence.files.some((f) => DOCKERFILE_NAME.test(f) && !/(?:^|\/)\.devcontainer\//.test(f));
  return evidence.ci.some(
    (c) =>
      /^uses:[ \t]*goreleaser\/goreleaser-action@/.test(c.text) ||
      (ownImage && (/^uses:[ \t]*docker\/build-push-action@/.test(c.text) || /\bdocker[ \t]+(?:build|buildx[ \t]+build)\b/.test(c.expanded))) ||
      shellSteps(c.expanded).some((step) => BUILD_STEP.test(step.trim().replace(/^(?:[A-Za-z_]\w{0,60}=\S{0,200}[ \t]+){0,4}/, '').replace(MAKE_RECIPE_PREFIX, ''))),
  );
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
  { file: /\.py$/, drives: PYTHON_DRIVES_BROWSER_RE, runner: /\bpytest\b|\bpy\.test(?![\w.-])|\bpython[\d.]*[ \t]+-m[ \t]+(?:pytest|unittest)\b|\bmanage\.py[ \t]+test\b|\btox\b|\bnox\b|\bhatch[ \t]+test\b/ },
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
