import type { CiCommand } from '../evidence/ci.js';
import type { Evidence } from '../evidence/index.js';
import { isScaffolding, isTestFile } from '../evidence/file-sets.js';
import { oncePerEvidence } from '../evidence/shared-answer.js';
import { regexPattern } from '../rules/matcher-parts.js';
import type { Finding } from '../types.js';
import { ownGoCommands, type SuiteRunner, suiteRunInCi } from './ci-runs-tests.js';
import type { Detector } from './types.js';
import { GO_TEST_RUNNER, runsTests } from './patterns.js';

// Black-box tests of the built program: the suite builds or starts the project's own binary or image and drives it
// from outside, as a user or a client would (rubric: "system tests against a running deployment"). Two shapes:
//   in the tests  a go test that runs the go tool to build the command and runs it (or gexec.Build, testscript), a Rust test that
//                 runs the crate's binary (assert_cmd's cargo_bin, CARGO_BIN_EXE_x, escargot), a Python test that runs a
//                 program through the interpreter as a real process (sys.executable, "-m", …), a test that builds the
//                 repository's Docker image (subprocess or exec of `docker build`) and runs it;
//   in CI         one job builds the repository's image and then, later in the same job, runs a test suite or
//                 starts the image and checks it over HTTP (Complement/Sytest-style suites, a release smoke test);
//                 or one job starts the project's own server in the background from its source or build (cargo run,
//                 go run, ./target/release/x, npm start … &) and then checks it over HTTP, the same smoke test
//                 without an image.
// A test that starts a database container, or an in-process test server, is an integration test, not this.


// `docker build` spelled as the arguments of a process call: Python's subprocess lists and helpers, Go's
// exec.Command("docker", "build", …), execa('docker', ['build', …]).
const DOCKER_BUILD_ARGS = /["']docker["'][ \t\r\n]{0,20},[ \t\r\n]{0,20}\[?[ \t\r\n]{0,20}["'](?:build|buildx)["']/;

// Jasmine's Node runner too (calibration round 19: parse-server's specs start its bin/parse-server under `nyc jasmine`).
const JS_TEST_RUNNER = /\b(?:vitest|jest|mocha|ava|borp)\b|\bjasmine(?![\w-])|\bnode[ \t]+--test\b/;
// rspec runs spec/, rake's default task the specs or the tests; minitest through rake test, rails test or ruby -Itest.
const RUBY_TEST_RUNNER = /\brspec\b|\brake(?:[ \t]+(?:spec|test|default)\b|[ \t]*(?:$|&&|;|\|))|\brails[ \t]+test\b|\bruby[ \t]+-I[ \t]*test\b/;
// Rails' and Bundler's binstubs and other tools' scripts a Ruby project keeps in bin/: they run the framework or a tool.
const BINSTUBS = '(?:rails|rake|bundle|bundler|setup|dev|spring|yarn|rspec|rubocop|brakeman|importmap|kamal|thrust|jobs|webpack|webpack-dev-server|vite|update|console|docker-entrypoint|standardrb|erblint|i18n-tasks|sh|bash|env)';

// A Ruby test starting a process: Open3, IO.popen, Process.spawn, PTY.spawn, Kernel's system or spawn.
const RUBY_RUNS_PROCESS = /\bOpen3\.(?:capture[23]e?|popen[23]e?|pipeline\w{0,10})[ \t(]|\bIO\.popen[ \t(]|\b(?:Process|PTY)\.spawn[ \t(]|(?<![\w.])(?:system|spawn)\(/;

// Each suite's `drives`: test code that builds or launches the project's own program.
const SUITES: SuiteRunner[] = [
  {
    file: /_test\.go$/,
    // The go tool run from a test builds or runs the command (`exec.Command("go", args...)` with args of "build").
    drives: /\bexec\.Command(?:Context)?\((?:[\w.]{1,40}[ \t]*,[ \t]*)?"go"[ \t]*,|\bgexec\.Build\(|\btestscript\.Run(?:Main)?\(|["']docker["'][ \t\r\n]{0,20},[ \t\r\n]{0,20}["'](?:build|buildx)["']/,
    runner: GO_TEST_RUNNER,
  },
  // Calibration round 17: a go test that starts the project's own binary from the build's output folder as a process
  // (`exec.Command(filepath.Join("..", "dist", goos, goarch, "proxy"), args...)`, `exec.Command("../bin/proxy")`), the
  // binary make built before the suite runs, as the JVM suite below starts the built jar. A test behind a build tag
  // CI never sets (`//go:build integration`) is not run by `go test` (see goBuildSkipped).
  {
    file: /_test\.go$/,
    drives: /\bexec\.Command(?:Context)?\(/,
    with: /\bfilepath\.Join\([ \t]*"\.\."(?:[ \t]*,[ \t]*"\.\."){0,5}[ \t]*,[ \t]*"(?:dist|bin|_output|out)"|"(?:\.\.\/){1,6}(?:dist|bin|_output|out)\/[\w.-]{1,80}(?:\/[\w.-]{1,80}){0,4}"/,
    runner: GO_TEST_RUNNER,
  },
  {
    file: /\.rs$/,
    drives: /\bcargo_bin\b|\bCARGO_BIN_EXE_\w|\bescargot::/,
    runner: /\bcargo[ \t]+(?:\+\S+[ \t]+)?(?:test|nextest|llvm-cov|tarpaulin)\b/,
  },
  {
    // Python: a test that builds the image, or runs a program as a real process through the interpreter
    // (`subprocess.run([sys.executable, "-m", "shop", "serve"])`), the Python counterpart of go run and cargo_bin.
    file: /\.py$/,
    drives: new RegExp(`${DOCKER_BUILD_ARGS.source}|\\bsys\\.executable[ \\t\\r\\n]{0,20},[ \\t\\r\\n]{0,20}["']-m["']`),
    runner: /\bpytest\b|\bpy\.test(?![\w.-])|\bpython[\d.]*[ \t]+-m[ \t]+(?:pytest|unittest)\b|\btox\b|\bnox\b|\bhatch[ \t]+test\b/,
  },
  {
    file: /\.[cm]?[jt]sx?$/,
    drives: DOCKER_BUILD_ARGS,
    runner: JS_TEST_RUNNER,
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
    runner: RUBY_TEST_RUNNER,
  },
  {
    file: /(?:_spec|_test)\.rb$/,
    drives: RUBY_RUNS_PROCESS,
    with: new RegExp(`(?:["']|\\}\\/)(?:\\.\\.?\\/){0,6}bin\\/(?!${BINSTUBS}\\b)[a-z][\\w-]{0,40}["' ]`),
    runner: RUBY_TEST_RUNNER,
    when: (evidence) => !evidence.fileSet.has('config/application.rb') && evidence.files.some((f) => /^[^/]+\.gemspec$/.test(f)),
  },
  // Aruba, Ruby's library for testing command-line programs: it runs the command in a scratch directory and checks
  // its output and exit status.
  {
    file: /(?:_spec|_test|_steps)\.rb$|(?:^|\/)(?:spec|test|features)\/support\/[\w/-]{1,80}\.rb$/,
    drives: /\brequire[ \t(]+["']aruba(?:\/(?:rspec|cucumber|api|minitest))?["']|\btype:[ \t]*:aruba\b|\bAruba::Api\b/,
    runner: new RegExp(`${RUBY_TEST_RUNNER.source}|\\bcucumber\\b`),
  },
  // JS/TS: child_process or execa starting the package's own bin script (bin/cli.js, the file package.json's `bin` names).
  {
    file: /\.[cm]?[jt]sx?$/,
    drives: /\b(?:spawn|spawnSync|execFile|execFileSync|execSync|fork|execa|execaNode|execaSync)\(|\b(?:child_process|childProcess|cp)\.exec\(/,
    with: /["'`](?:\.\.?\/){0,6}bin\/[\w.-]{1,60}["'`]|\b(?:join|resolve)\([^)\n]{0,120}["'`]bin["'`][ \t]*,/,
    runner: JS_TEST_RUNNER,
  },
  // JVM: a JUnit test starting the project's built jar (`java -jar target/app.jar`) as a process.
  {
    file: /(?:^|\/)src\/test\/[^\n]{0,300}\.(?:java|kt)$/,
    drives: /\bProcessBuilder\(|\bRuntime\.getRuntime\(\)\.exec\(/,
    with: /["']-jar["']|["'](?:\.\.?\/){0,6}(?:target|build\/libs|build\/install)\//,
    runner: /\bmvnw?\b[^\n]{0,200}\b(?:test|verify|install)\b|\bgradlew?\b[^\n]{0,200}\b(?:test|check|build)\b/,
  },
  // .NET: a test starting the project's own program as a process (`dotnet run --project src/App`, its built bin/Release
  // output), through Process.Start or CliWrap.
  {
    file: /\.cs$/,
    drives: /\bProcess\.Start\(|\bnew[ \t]+ProcessStartInfo\b|\bCli\.Wrap\(/,
    with: /--project\b|[\\/]bin[\\/]{1,2}(?:Debug|Release)[\\/]/,
    runner: /\bdotnet[ \t]+test\b/,
  },
];

// A helper command kept inside a part of the project (plugins/cmd/codegen/, tools/cmd/x/): the project's own commands
// sit at the root or in a top-level cmd/, and a test of a code generator is no test of the deployment.
const HELPER_COMMAND = /^[^/]+\/(?:[^/]+\/){0,6}cmd\//;

// A CI command that builds a container image of the repository.
const BUILDS_IMAGE = /\b(?:docker|podman)[ \t]+(?:buildx[ \t]+)?build\b/;
// The image started and checked over HTTP from outside: `docker run` and then a curl that fails on an error status
// against a local address or a URL held in a variable.
const STARTS_IMAGE = /\b(?:docker|podman)[ \t]+run\b/;
const CHECKS_OVER_HTTP = /\bcurl\b[^\n&|;]{0,200}(?:--fail\b|[ \t]-[a-zA-Z]{0,6}f[a-zA-Z]{0,6}\b)[^\n&|;]{0,200}(?:localhost|127\.0\.0\.1|\$\{?\w{0,40}(?:url|URL|host|HOST|addr|ADDR))/;

// The project's own program started in the background (a command ending in a lone `&`): cargo run of a workspace
// binary, go run of a local package (not `go run tool@version`), a built binary under target/, the package's start
// script; its output may be redirected on the way (`2>&1 &`).
const STARTS_OWN_PROGRAM = /\b(?:cargo[ \t]+run\b|go[ \t]+run[ \t]+(?![^\s&|;]{0,200}@)|\.\/target\/(?:debug|release)\/[\w-]{1,60}|(?:npm|pnpm|yarn)[ \t]+(?:run[ \t]+)?start\b)(?:[^\n&|;]|&\d){0,300}&(?![&\d])/;

// Calibration round 13: the project's own command-line program run by CI over the repository's test fixtures, as its
// user would run it (`go run main.go -C ./pkg/runner/testdata/ -W push.yml`, `cargo run -- tests/fixtures/a.md`,
// `node bin/cli.js test/fixtures`, `bundle exec exe/tool spec/fixtures`, `python -m tool tests/data/`): the step fails
// when the program does. Not a tool fetched by version (`go run tool@v1`), a cargo xtask, or a test runner or packaging
// tool run through `python -m`.
const RUNS_OWN_PROGRAM_ON_FIXTURES = /\b(?:go[ \t]+run[ \t]+(?![^\s&|;]{0,200}@)|cargo[ \t]+run\b(?![^\n&|;]{0,80}\bxtask\b)|\.\/target\/(?:debug|release)\/[\w-]{1,60}|node[ \t]+(?:\.\/)?(?:bin|dist|lib)\/[\w./-]{1,80}|bundle[ \t]+exec[ \t]+(?:ruby[ \t]+)?(?:\.\/)?exe\/[\w-]{1,40}|dotnet[ \t]+run[ \t]+--project\b|python[\d.]{0,5}[ \t]+-m[ \t]+(?!(?:pytest|unittest|pip|venv|build|twine|mypy|ruff|black|coverage|tox|nox|http\.server|doctest|pylint|flake8|isort)\b)\w)[^\n&|;]{0,300}?[ \t=](?:\.\/)?(?:[\w.-]{1,60}\/){0,6}(?:testdata|fixtures|test-fixtures|__fixtures__|test_data|test-data)\//;

/** The first CI command that runs the project's own program over the repository's test fixtures, as a finding. */
function ciRunsProgramOnFixtures(ci: readonly CiCommand[]): Finding | undefined {
  const c = ci.find((command) => RUNS_OWN_PROGRAM_ON_FIXTURES.test(command.expanded));
  return c ? { file: c.file, line: c.line, message: `CI runs the project's own program over its test fixtures: ${c.text.slice(0, 60)}`, strength: 'strong' } : undefined;
}

// A release build of the project's own binary (cargo's --release, go build -o), and then, in the same job, a script
// of the repository's test folder run against the built binary (`./tests/test_output $DELTA_BIN`,
// `tests/cli.sh target/release/app`): the built program driven from outside, as a user runs it.
const BUILDS_RELEASE_BINARY = /\bcargo[ \t]+build\b[^\n&|;]{0,200}--release\b|\bgo[ \t]+build\b[^\n&|;]{0,200}[ \t]-o[ \t]/;
const TEST_SCRIPT = /(?:^|[\s(])(?:\.\/)?(?:tests?|e2e|integration[-_]tests?)\/[\w./-]{1,200}[ \t]/;
const BUILT_BINARY = /\$\{?\w{0,40}(?:BIN|BINARY|EXE)\b|\btarget\/[^\s/]{1,80}\/release\/[\w-]{1,60}|\btarget\/release\/[\w-]{1,60}|\.\/bin\/[\w-]{1,60}/;

/** Whether one step of the commands runs a script of the test folder with the built binary among its arguments. */
function runsTestScriptOnBinary(commands: string): boolean {
  return commands.split(/&&|\|\||[;|\n]/).some((step) => {
    const script = TEST_SCRIPT.exec(step);
    return script !== null && BUILT_BINARY.test(step.slice(script.index + script[0].length));
  });
}

function fromReleaseBuild(command: string): string | undefined {
  const m = BUILDS_RELEASE_BINARY.exec(command);
  return m ? command.slice(m.index) : undefined;
}

/** The part of an expanded command from its first image build on, or undefined when it builds no image. */
function fromImageBuild(command: string): string | undefined {
  const m = BUILDS_IMAGE.exec(command);
  return m ? command.slice(m.index) : undefined;
}

/** Whether commands run after an image build test the built image: a test suite, or the image started and checked over HTTP. */
function testsAfterBuild(after: string): boolean {
  if (runsTests(after)) return true;
  const started = STARTS_IMAGE.exec(after);
  return started !== null && CHECKS_OVER_HTTP.test(after.slice(started.index));
}

/** The part of an expanded command from the project's own program started in the background on, or undefined. */
function fromBackgroundStart(command: string): string | undefined {
  const m = STARTS_OWN_PROGRAM.exec(command);
  return m ? command.slice(m.index) : undefined;
}

/**
 * The first CI job in which `from` finds a start (an image build, a program started in the background) and `checks`
 * holds for what follows it in the same job, as a finding.
 */
function jobTestingAfter(ci: readonly CiCommand[], from: (command: string) => string | undefined, checks: (after: string) => boolean, what: string): Finding | undefined {
  const jobs = new Map<string, CiCommand[]>();
  for (const c of ci) {
    const key = `${c.file}\u0000${c.job ?? ''}`;
    const steps = jobs.get(key) ?? [];
    steps.push(c);
    jobs.set(key, steps);
  }
  for (const steps of jobs.values()) {
    const ordered = [...steps].sort((a, b) => a.line - b.line);
    for (let i = 0; i < ordered.length; i++) {
      const start = from(ordered[i]!.expanded);
      if (start === undefined) continue;
      // A command without a job (GitLab, Jenkins, a script) is judged alone: its own commands after the start.
      const after = ordered[i]!.job === undefined ? [start] : [start, ...ordered.slice(i + 1).map((c) => c.expanded)];
      if (checks(after.join(' && '))) {
        const c = ordered[i]!;
        return { file: c.file, line: c.line, message: `${what}: ${c.text.slice(0, 60)}`, strength: 'strong' };
      }
    }
  }
  return undefined;
}

// Build constraints that hold on the CI runner whatever CI passes: operating systems, architectures, cgo, unix and
// the release tags (go1.21). Any other term of a `//go:build` line is a custom tag, set only by `-tags`.
const GO_PLATFORM_TAG = /^(?:aix|android|darwin|dragonfly|freebsd|hurd|illumos|ios|js|linux|nacl|netbsd|openbsd|plan9|solaris|wasip1|windows|zos|unix|386|amd64|arm|arm64|loong64|mips|mipsle|mips64|mips64le|ppc64|ppc64le|riscv64|s390x|wasm|cgo|gc|gccgo|go1\.\d{1,3})$/;
const GO_BUILD_LINE = /^\/\/go:build[ \t]{1,10}(\S[^\n]{0,300})$/m;
const CI_GO_TAGS = /(?:^|[ \t])--?tags[= \t]{1,3}["']?([\w.,]{1,200})/gm;

/** The custom build tags CI passes to the go tool (`-tags integration,e2e`, `-tags=e2e`). */
const ciGoTags = oncePerEvidence((evidence: Evidence): Set<string> => {
  const tags = new Set<string>();
  for (const c of evidence.ci) for (const m of c.expanded.matchAll(CI_GO_TAGS)) for (const t of m[1]!.split(',')) if (t) tags.add(t);
  return tags;
});

/**
 * Whether a Go test file's `//go:build` line is false on a CI runner given the tags CI passes: platform terms hold,
 * a custom tag holds only when CI sets it (`//go:build integration` without `-tags integration` is never compiled).
 * A line this cannot read is taken to hold.
 */
function goBuildSkipped(evidence: Evidence, file: string): boolean {
  if (!file.endsWith('.go')) return false;
  const line = GO_BUILD_LINE.exec(evidence.text(file)?.slice(0, 4000) ?? '')?.[1];
  if (!line) return false;
  const set = ciGoTags(evidence);
  return evaluateBuildLine(line.trim(), (tag) => GO_PLATFORM_TAG.test(tag) || set.has(tag)) === false;
}

/** A `//go:build` expression (`a && (b || !c)`) evaluated with `holds` for its terms; undefined when it cannot be read. */
function evaluateBuildLine(expression: string, holds: (tag: string) => boolean): boolean | undefined {
  const tokens = expression.match(/&&|\|\||[()!]|[\w.]{1,60}|\S/g) ?? [];
  let at = 0;
  const or = (): boolean | undefined => {
    let value = and();
    while (value !== undefined && tokens[at] === '||') {
      at++;
      const right = and();
      value = right === undefined ? undefined : value || right;
    }
    return value;
  };
  const and = (): boolean | undefined => {
    let value = not();
    while (value !== undefined && tokens[at] === '&&') {
      at++;
      const right = not();
      value = right === undefined ? undefined : value && right;
    }
    return value;
  };
  const not = (): boolean | undefined => {
    const token = tokens[at++];
    if (token === '!') {
      const value = not();
      return value === undefined ? undefined : !value;
    }
    if (token === '(') {
      const value = or();
      return tokens[at++] === ')' ? value : undefined;
    }
    return token !== undefined && /^[\w.]{1,60}$/.test(token) ? holds(token) : undefined;
  };
  const value = or();
  return at === tokens.length ? value : undefined;
}

// Calibration round 17: a Gradle build whose `check` runs the project's built jar as a program (a JavaExec task over
// `files(shadowJar)` that `check` depends on: `--help`, or the command run over the repository with its arguments
// file), the build-tool counterpart of a JUnit test starting the built jar; CI that builds or checks with Gradle runs
// it. A JavaExec over a source set's classpath (a code generator, `runLocal`) runs no built artifact.
const GRADLE_BUILD_FILE = /(?:^|\/)build\.gradle(?:\.kts)?$/;
const JAVA_EXEC_TASK = /\bregister<JavaExec>\([ \t]*"(\w{1,80})"|\bregister\([ \t]*["'](\w{1,80})["'][ \t]*,[ \t]*JavaExec\b|\btask[ \t]+(\w{1,80})\([ \t]*type:[ \t]*JavaExec\b/g;
const BUILT_JAR_CLASSPATH = /\bclasspath[ \t]*=[ \t]*files\([ \t]*(?:tasks\.)?(?:shadowJar|jar)\b/;
const CHECK_DEPENDS_ON = /\bcheck[ \t]*(?:\{[ \t\r\n]{0,40}|\.[ \t]*)dependsOn\(([^)\n]{1,300})\)/g;
const GRADLE_CHECKS = /\bgradlew?\b[^\n&|;]{0,200}[ \t:](?:build|check)\b/;

/** A Gradle build file whose `check` depends on a JavaExec task that runs the built jar, with CI running a Gradle build or check. */
function gradleCheckRunsBuiltJar(evidence: Evidence): Finding | undefined {
  const run = evidence.ci.find((c) => GRADLE_CHECKS.test(c.expanded));
  if (!run) return undefined;
  for (const file of evidence.files) {
    if (!GRADLE_BUILD_FILE.test(file) || isScaffolding(file)) continue;
    const code = evidence.code(file) ?? '';
    if (!code.includes('JavaExec')) continue;
    const runsJar = new Set<string>();
    for (const m of code.matchAll(JAVA_EXEC_TASK)) {
      // The task's own configuration: up to the next task registered after it.
      const body = code.slice(m.index, m.index + 1500);
      const next = body.slice(m[0].length).search(/\bregister\b|\btask[ \t]+\w/);
      if (BUILT_JAR_CLASSPATH.test(next < 0 ? body : body.slice(0, m[0].length + next))) runsJar.add((m[1] ?? m[2] ?? m[3])!);
    }
    if (!runsJar.size) continue;
    for (const m of code.matchAll(CHECK_DEPENDS_ON)) {
      const named = m[1]!.split(/\W+/);
      if ([...runsJar].some((task) => named.includes(task))) {
        return { file: run.file, line: run.line, message: `CI's Gradle build runs the project's built jar as a program in check (${file}): ${run.text.slice(0, 60)}`, strength: 'strong' };
      }
    }
  }
  return undefined;
}

// Calibration round 18: a go test that runs the project's own command by its name (`exec.Command("bbolt", "check", path)`),
// the binary the build put on the PATH before the suite (`PATH=$(PWD)/bin:$PATH go test ./tests/robustness`): the
// command's name is a top-level `cmd/<name>/` of the repository holding a main package. A go test that runs git or
// mount, or a helper command kept inside a part of the project, runs no program of the project's.
const EXEC_BY_NAME = /\bexec\.Command(?:Context)?\((?:[\w.]{1,40}[ \t]*,[ \t]*)?"([a-z][\w.-]{0,60})"[ \t]*[,)]/g;

/** A go test (compiled by CI's go test) that runs one of the project's own commands by its name, with the CI command that runs it. */
function goTestRunsOwnCommand(evidence: Evidence): Finding | undefined {
  const run = evidence.ci.find((c) => GO_TEST_RUNNER.test(c.expanded));
  if (!run) return undefined;
  const commands = ownGoCommands(evidence);
  if (!commands.size) return undefined;
  for (const f of evidence.sourceFiles) {
    if (!f.endsWith('_test.go') || HELPER_COMMAND.test(f) || !(evidence.text(f) ?? '').includes('exec.Command') || goBuildSkipped(evidence, f)) continue;
    for (const m of (evidence.code(f) ?? '').matchAll(EXEC_BY_NAME)) {
      if (commands.has(m[1]!)) return { file: run.file, line: run.line, message: `CI runs ${f}, which runs the project's own command ${m[1]} as a process and tests it from outside: ${run.text.slice(0, 60)}`, strength: 'strong' };
    }
  }
  return undefined;
}

// Calibration round 18: a JS test that runs the command its package.json's `bin` names (`exec(`node ${root}/src/cli.js init
// …`)`, `spawn(process.execPath, [join(root, "dist/cli.mjs"), …])`), named by the bin file's own name (`cli.js`) or, for a
// bin named index or main, by its folder and name (`dist/index.js`): the package's program run as its user runs it. A
// test that forks a fixture script runs no program of the package's. TypeORM's `typeorm init` test is one.
// Calibration round 19: cli-testlab's `execCommand(\`node ${KNEX} migrate:latest …\`)` runs the command line as a process too
// (knex's CLI specs); `document.execCommand(` is the browser's editing API, not this.
const JS_RUNS_PROCESS = /(?<![\w.$])(?:spawn|spawnSync|execFile|execFileSync|execSync|exec|fork|execa|execaNode|execaSync|execCommand)\(|\b(?:child_process|childProcess|cp)\.(?:spawn|spawnSync|execFile|execFileSync|execSync|exec|fork)\(/;
const JS_TEST_FILE = /\.[cm]?[jt]sx?$/;
const GENERIC_BIN = /^(?:index|main)\.[cm]?[jt]s$/;

/** How a test names each bin of the repository's package.json files: the bin's file name, or its last folder and name. */
function binNames(evidence: Evidence): string[] {
  const names = new Set<string>();
  for (const pkg of evidence.packageJsons) {
    if (isScaffolding(pkg.file)) continue;
    const bin = pkg.data.bin;
    const paths = typeof bin === 'string' ? [bin] : bin && typeof bin === 'object' ? Object.values(bin as Record<string, unknown>).filter((v): v is string => typeof v === 'string') : [];
    for (const path of paths) {
      const parts = path.replace(/^\.\//, '').split('/');
      const file = parts[parts.length - 1]!;
      if (!/^[\w.-]{1,80}\.[cm]?[jt]s$/.test(file)) continue;
      if (!GENERIC_BIN.test(file)) names.add(file);
      else if (parts.length >= 2) names.add(`${parts[parts.length - 2]}/${file}`);
    }
  }
  return [...names];
}

/** A JS test (run by CI's test runner) that starts the package's own bin as a process, with the CI command that runs it. */
function jsTestRunsOwnBin(evidence: Evidence): Finding | undefined {
  const run = evidence.ci.find((c) => JS_TEST_RUNNER.test(c.expanded));
  if (!run) return undefined;
  const names = binNames(evidence);
  if (!names.length) return undefined;
  const named = names.map((n) => ({ n, re: new RegExp(`[/"'\`]${n.replace(/[.]/g, '\\.')}["'\`\\s]`) }));
  for (const f of evidence.sourceFiles) {
    if (!JS_TEST_FILE.test(f) || !isTestFile(f) || isScaffolding(f)) continue;
    const code = evidence.code(f) ?? '';
    if (!JS_RUNS_PROCESS.test(code)) continue;
    const hit = named.find(({ re }) => re.test(code));
    if (hit) return { file: run.file, line: run.line, message: `CI runs ${f}, which runs the package's own command (${hit.n}) as a process and tests it from outside: ${run.text.slice(0, 60)}`, strength: 'strong' };
  }
  return undefined;
}

/** The first CI job that builds the repository's image and then tests it, or starts its own program and checks it over HTTP. */
function jobTestingBuiltProgram(ci: readonly CiCommand[]): Finding | undefined {
  return (
    jobTestingAfter(ci, fromImageBuild, testsAfterBuild, "CI builds the project's image and tests it in the same job") ??
    jobTestingAfter(ci, fromBackgroundStart, (after) => CHECKS_OVER_HTTP.test(after), "CI starts the project's own server and checks it over HTTP in the same job") ??
    jobTestingAfter(ci, fromReleaseBuild, runsTestScriptOnBinary, "CI builds the release binary and runs the repository's test scripts against it in the same job")
  );
}

export const blackBoxTests: Detector = {
  name: 'blackBoxTests',
  question:
    "Does CI run black-box tests of the built program: tests that build or start the project's own binary or image and drive it from outside (a go test that builds the command, assert_cmd's cargo_bin, a test that builds the Docker image, a Ruby, JS, JVM or .NET test that starts the project's own executable as a process, Aruba), a CI job that builds the image and then runs a suite or HTTP checks against it, a CI step that runs the project's own program over its test fixtures, a Gradle check that runs the built jar, a go test that runs the project's own command (a top-level cmd/<name>) by its name, or a JS test that runs the file its package.json's bin names?",
  textPatterns: SUITES.map((suite) => regexPattern(suite.drives)),
  detect(evidence) {
    const found = suiteRunInCi(evidence, SUITES, HELPER_COMMAND, (file) => goBuildSkipped(evidence, file));
    if (found) {
      const { file, run } = found;
      return [{ file: run.file, line: run.line, message: `CI runs ${file}, which builds or starts the project's own program and tests it from outside: ${run.text.slice(0, 60)}`, strength: 'strong' }];
    }
    const job = jobTestingBuiltProgram(evidence.ci) ?? ciRunsProgramOnFixtures(evidence.ci) ?? gradleCheckRunsBuiltJar(evidence) ?? goTestRunsOwnCommand(evidence) ?? jsTestRunsOwnBin(evidence);
    return job ? [job] : [];
  },
};
