// Command patterns shared by detectors.

/**
 * A command that runs a test suite, in any ecosystem; also a make/just/task target named for tests
 * (`make e2e-tests`) and a test container built and run (`docker run … app-tests`).
 */
const SUITE_COMMAND = /\b(?:make|just|task)[ \t]+(?:-[\w-]+[ \t]+){0,3}[\w:.-]{0,40}\btests?\b|\bdocker(?:-compose|[ \t]+compose)?[ \t]+(?:run|up)\b[^&|;\n]{0,200}?[\w./ \t-]tests?\b|\b(npm (run )?test|npm t\b|yarn (run )?test|pnpm (run )?test|bun test|deno test|vitest|jest|mocha|ava\b|node --test|playwright test|pytest|python -m (pytest|unittest)|manage\.py test|tox\b|nox\b|hatch test|go test|richgo test|gotestsum|ginkgo|cargo (test|nextest)|mvnw? .{0,200}\b(test|verify|package|install)\b|gradlew? .{0,200}\b(test|check|build)\b|rspec|rake(?:[ \t]+(?:test|spec|ci|default)\b|[ \t]*(?:$|&&|;|\|))|rails test|dotnet test|make test|just test|phpunit)/;
// Runners kept apart from SUITE_COMMAND so each pattern stays small enough to prove linear: cucumber, cypress,
// karma, Jasmine's own Node runner (`jasmine`, `nyc jasmine`, `jasmine --config=…`; calibration round 19: parse-server's
// CI runs it through `npm run coverage`), rake with options or a namespaced test task, and Cypress's own image
// `cypress/included` run on the checkout (calibration round 22: its entrypoint is `cypress run`, so `docker run -v
// $BUILD_SOURCESDIRECTORY:/e2e -w /e2e cypress/included:4.9.0 --headless` runs the suite; `cypress/browsers` and
// Playwright's image only hold the browsers, and the steps run in them name the runner).
const MORE_RUNNERS = /\b(?:cucumber|cypress[ \t]+run|karma[ \t]+start)\b|\bjasmine(?![\w-])|\brake(?:[ \t]+--?[a-z]{1,20}){0,3}[ \t]+(?:[a-z]{1,30}:)?(?:test|spec|ci|default|cucumber|jasmine|features)\b|\bdocker[ \t]+(?:container[ \t]+)?run\b[^&|;\n]{0,300}?[ \t]cypress\/included(?![\w/-])/;

/** pytest by its old name, `py.test` (calibration round 35: voila's CI), kept apart so SUITE_COMMAND stays provably linear. */
const PYTEST_OLD_NAME = /\bpy\.test(?![\w.-])/;
/**
 * Postman's collection runner, newman, run from the command line or by its GitHub Action (`newman run dev/postman.json`,
 * `uses: matt-ball/newman-action@master`; calibration round 36): it sends each request of the collection to the running
 * API and checks the collection's `pm.test` assertions, the API's tests.
 */
const NEWMAN_RUN = /\bnewman[ \t]+run\b|^uses:[ \t]*[\w.-]{1,80}\/newman-action@/;

/**
 * A framework's command line with its test subcommand: a Flask app's own `test` command (`flask test`, which the
 * project registers and CI could not run otherwise), Laravel's `php artisan test`, the Angular and Nx CLIs, Flutter and
 * Dart, Leiningen and Ember. The framework's CLI finds the suite as `rails test` and `manage.py test` do.
 */
const FRAMEWORK_CLI_TEST = /\b(?:flask|artisan|ng|nx|flutter|dart|lein|ember)[ \t]+test\b/;

/**
 * Gradle test tasks by their names: `testDebugUnitTest`, Android's `connectedDebugAndroidTest` and `connectedCheck`
 * (every instrumented test, run on a device).
 */
const GRADLE_TEST_TASK = /\b(?:test|connected)[A-Z]\w{0,40}Test\b|\bconnected(?:[A-Z]\w{0,40})?Check\b/;

/**
 * A build script (a Nuke or Cake bootstrapper: build.sh, build.ps1, build.cmd; `nuke`, `dotnet cake`) run with a
 * target named for tests, like a make target: `./build.sh BuildAndUnitTests`, `./build.ps1 -Target Test`,
 * `nuke TestCore`, `./build.sh --target=test-unit`. The targets live in C# the script compiles.
 */
const BUILD_SCRIPT_TEST_TARGET = /(?:^|[^\w.-])(?:build\.(?:sh|ps1|cmd)|nuke|cake)[ \t]+(?:-{1,2}[tT]arget(?:=|[ \t]+)|-t[ \t]+)?[\w-]{0,40}[Tt]ests?(?![a-z])/;
/**
 * A build script run with a test switch among its others, as the .NET Arcade SDK's `eng/common/cibuild.sh` runs
 * `build.sh --restore --build --test --pack` (and `build.ps1 -restore -build -test` on Windows): the switch, not a
 * target, says the tests run.
 */
const BUILD_SCRIPT_TEST_SWITCH = /(?:^|[^\w.-])(?:build|cibuild|CIBuild)\.(?:sh|ps1|cmd)["']?[^\n&|;]{0,200}?[ \t]-{1,2}(?:test|integrationTest)(?![\w-])/;

/** Cargo with a rustup toolchain chosen on the command line: `cargo +nightly test`, `cargo +${{ steps.rust.outputs.name }} test`. */
const CARGO_TOOLCHAIN_TEST = /\bcargo[ \t]+\+(?:\$\{\{[^}\n]{1,80}\}\}|[\w.-]{1,40})[ \t]+(?:test|nextest)\b/;

/**
 * Python's coverage.py measuring a run (`coverage run quicktest.py`, `python -m coverage run -m pytest`); nps, the
 * package-scripts runner, with a script named for tests (`nps test.integration`); Azure's VSTest task.
 */
const COVERAGE_OR_NPS = /\bcoverage[ \t]+run\b|\bnps[ \t]+[\w-]{0,40}\.?\btests?\b|\btask: VSTest@\d/;

/** A repository script named for running the tests (`python runtests.py`, `./run_tests.py`, `python tests/quicktest.py`). */
const PYTHON_TEST_SCRIPT = /(?:\bpython[\d.]{0,4}[ \t]+|(?:^|[ \t])\.\/)(?:[\w-]{1,40}\/){0,3}(?:run_?|quick_?|all_?)?tests?(?:_?all|_?runner|_?suite)?\.py\b/;

/**
 * Runners that run the suite while doing something else, and task runners with a test task, per ecosystem: Rust's
 * coverage runners (`cargo llvm-cov`, `cargo tarpaulin`: each runs `cargo test`, unless only reporting) and
 * `cargo hack test` / `cargo insta test`; Python's script runners with a test script (`poe test`, `pdm run test`,
 * `hatch run test:cov`, `rye test`); Bazel, sbt, Mill, Swift, Earthly (`earthly +test`) and Mage; .NET's coverage
 * collectors wrapping `dotnet test` (`dotnet-coverage collect "dotnet test"` already names it).
 */
// eslint-disable-next-line no-useless-escape -- the source text is the key of its backtracking verdict
const WRAPPED_RUNNERS = /\bcargo[ \t]+(?:llvm-cov|tarpaulin)\b(?![ \t]+(?:report|clean|show-env)\b)(?![^\n&|;]{0,200}--no-run\b)|\bcargo[ \t]+(?:hack|insta)[ \t]+(?:--?[\w-]{1,30}[ \t]+){0,4}test\b|\b(?:poe|pdm[ \t]+run|hatch[ \t]+run|rye[ \t]+run|rye)[ \t]+[\w.-]{0,30}:?tests?\b|\bbazel(?:isk)?[ \t]+(?:coverage|test)\b|\bsbt\b[^\n&|;]{0,120}\b(?:test|coverage)\b|\bmill[ \t]+[\w.\[\]_-]{0,60}\.test\b|\bswift[ \t]+test\b|\bearthly\b[^\n+&|;]{0,120}\+[\w-]{0,30}tests?\b|\bmage[ \t]+(?:-v[ \t]+)?[\w:]{0,30}tests?\b/;

/**
 * A task runner's task named for the tests, like a make target named for them: the task lives in the repository's
 * task file (a Rakefile, gulpfile, Gruntfile, Python invoke's tasks.py, Elixir's mix, a Rust xtask or Makefile.toml),
 * and its name says what it runs: `rake all_specs`, `bundle exec rake spec:unit`, `gulp coverage`, `grunt test:unit`,
 * `invoke test`, `mix test`, `cargo xtask test`, `cargo make test-all`. The
 * name is a word of its own or a part between `_ : -` (`rake latest` names no test).
 */
const TASK_RUNNER_RUN = /\b(?:rake|gulp|grunt|invoke|inv|mix|cargo[ \t]+(?:xtask|make))((?:[ \t]+[\w:-]{1,60}){1,4})/g;
const TEST_TASK_PARTS = new Set(['test', 'tests', 'spec', 'specs', 'coverage']);

/** Whether a task runner runs a task named for the tests: its first word that is no option, split at `_ : -`. */
function runsTestTask(command: string): boolean {
  for (const m of command.matchAll(TASK_RUNNER_RUN)) {
    const task = m[1]!.trim().split(/[ \t]+/).find((word) => !word.startsWith('-'));
    if (task && task.toLowerCase() === task && task.split(/[_:-]/).some((part) => TEST_TASK_PARTS.has(part))) return true;
  }
  return false;
}

/**
 * .NET's test command as a PowerShell build script wraps it (`Invoke-Dotnet test`, posh-build and psake helpers) or
 * spells it (`DotNet test`, `dotnet.exe test`): PowerShell commands are case-insensitive.
 */
const POWERSHELL_DOTNET_TEST = /(?:\bInvoke-|(?<![\w-]))dotnet(?:\.exe)?[ \t]+test\b/i;
/**
 * MSBuild run with a test target in its target list (calibration round 25: Moq's AppVeyor build runs
 * `msbuild Moq.sln /r /t:Build;Test;Pack`): VSTest is the target `dotnet test` runs, and a target named Test is the
 * repository's own (MSBuild stops on a target it does not know). Another target (`/t:Build;Pack`, `/t:TestProject`)
 * runs no test.
 */
const MSBUILD_TEST_TARGET = /\bmsbuild(?:\.exe)?\b[^\n]{0,300}?[ \t][-/](?:t|target):(?:[\w.]{1,60};){0,8}(?:Test|VSTest)(?![\w.])/i;

/**
 * What runs a Go test suite: the go tool, its wrappers (richgo, gotestsum, ginkgo), and Mage, Go's make, with a target
 * named for the tests (`mage -v test`, `mage test:race`): a magefile's test target runs go test.
 */
export const GO_TEST_RUNNER = /\b(?:go|richgo)[ \t]+test\b|\bgotestsum\b|\bginkgo\b|\bmage[ \t]+(?:-v[ \t]+)?[\w:]{0,30}tests?\b/;

/**
 * Maven plugin goals that fork the test phase to measure it (`mvn cobertura:cobertura`, `mvn scoverage:report`,
 * `mvn pitest:mutationCoverage`): the suite runs under the coverage or mutation tool.
 */
const MAVEN_TEST_FORKING_GOAL = /\bmvnw?[ \t][^\n&|;]{0,200}?\b(?:cobertura:cobertura|scoverage:report|pitest:mutationCoverage)\b/;

/**
 * A Ruby script that loads Rails' test runner (`bin/test` of a gem or engine made by `rails plugin new`:
 * `require "rails/plugin/test"`), run by path: it runs the minitest suite as `rails test` does.
 */
const RAILS_TEST_RUNNER_SCRIPT = /\brequire[ \t(]+["']rails\/(?:plugin\/test|test_unit\/runner)["']/;

/**
 * A test script that only prints, and maybe exits: npm init's `echo "Error: no test specified" && exit 1` and its
 * kin (`echo "No test specified" && exit 0`, `echo todo`). It runs no test, whatever CI calls it by. Read command by
 * command (split at `&&` and `;`): an echo first, then only echoes and exits; a pipe or anything else may test.
 */
const ECHO_COMMAND = /^echo(?:[ \t]|$)/;
const EXIT_COMMAND = /^(?:exit(?:[ \t]+\d{1,3})?|true|:)$/;
export function isPlaceholderTestScript(script: string): boolean {
  if (/no test specified/i.test(script)) return true;
  if (script.includes('|')) return false;
  const commands = script.split(/&&|;/).map((c) => c.trim()).filter(Boolean);
  return commands.length > 0 && ECHO_COMMAND.test(commands[0]!) && commands.slice(1).every((c) => ECHO_COMMAND.test(c) || EXIT_COMMAND.test(c));
}

/** Whether a command runs a test suite (any of the patterns). */
export function runsTests(command: string): boolean {
  return SUITE_COMMAND.test(command) || PYTEST_OLD_NAME.test(command) || NEWMAN_RUN.test(command) || MAVEN_TEST_FORKING_GOAL.test(command) || MORE_RUNNERS.test(command) || FRAMEWORK_CLI_TEST.test(command) || GRADLE_TEST_TASK.test(command) || BUILD_SCRIPT_TEST_TARGET.test(command) || BUILD_SCRIPT_TEST_SWITCH.test(command) || CARGO_TOOLCHAIN_TEST.test(command) || COVERAGE_OR_NPS.test(command) || PYTHON_TEST_SCRIPT.test(command) || WRAPPED_RUNNERS.test(command) || runsTestTask(command) || POWERSHELL_DOTNET_TEST.test(command) || MSBUILD_TEST_TARGET.test(command) || RAILS_TEST_RUNNER_SCRIPT.test(command);
}
