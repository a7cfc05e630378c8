import type { CiCommand } from '../evidence/ci.js';
import { regexPattern } from '../rules/matcher-parts.js';
import type { Finding } from '../types.js';
import { type SuiteRunner, suiteRunInCi } from './ci-runs-tests.js';
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

// Each suite's `drives`: test code that builds or launches the project's own program.
const SUITES: SuiteRunner[] = [
  {
    file: /_test\.go$/,
    // The go tool run from a test builds or runs the command (`exec.Command("go", args...)` with args of "build").
    drives: /\bexec\.Command(?:Context)?\((?:[\w.]{1,40}[ \t]*,[ \t]*)?"go"[ \t]*,|\bgexec\.Build\(|\btestscript\.Run(?:Main)?\(|["']docker["'][ \t\r\n]{0,20},[ \t\r\n]{0,20}["'](?:build|buildx)["']/,
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
    runner: /\bpytest\b|\bpython[\d.]*[ \t]+-m[ \t]+(?:pytest|unittest)\b|\btox\b|\bnox\b|\bhatch[ \t]+test\b/,
  },
  {
    file: /\.[cm]?[jt]sx?$/,
    drives: DOCKER_BUILD_ARGS,
    runner: /\b(?:vitest|jest|mocha)\b|\bnode[ \t]+--test\b/,
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

// A release build of the project's own binary (cargo's --release, go build -o), and then, in the same job, a script
// of the repository's test folder run against the built binary (`./tests/test_output $DELTA_BIN`,
// `tests/cli.sh target/release/app`): the built program driven from outside, as a user runs it.
const BUILDS_RELEASE_BINARY = /\bcargo[ \t]+build\b[^\n&|;]{0,200}--release\b|\bgo[ \t]+build\b[^\n&|;]{0,200}[ \t]-o[ \t]/;
const TEST_SCRIPT_ON_BINARY = /(?:^|[\s;&|(])(?:\.\/)?(?:tests?|e2e|integration[-_]tests?)\/[\w.-]{1,80}(?:\/[\w.-]{1,80}){0,4}[ \t]+[^\n&|;]{0,200}?(?:\$\{?\w{0,40}(?:BIN|BINARY|EXE)\b|\btarget\/[^\s]{0,80}\/release\/[\w-]{1,60}|\.\/bin\/[\w-]{1,60})/;

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

/** The first CI job that builds the repository's image and then tests it, or starts its own program and checks it over HTTP. */
function jobTestingBuiltProgram(ci: readonly CiCommand[]): Finding | undefined {
  return (
    jobTestingAfter(ci, fromImageBuild, testsAfterBuild, "CI builds the project's image and tests it in the same job") ??
    jobTestingAfter(ci, fromBackgroundStart, (after) => CHECKS_OVER_HTTP.test(after), "CI starts the project's own server and checks it over HTTP in the same job") ??
    jobTestingAfter(ci, fromReleaseBuild, (after) => TEST_SCRIPT_ON_BINARY.test(after), "CI builds the release binary and runs the repository's test scripts against it in the same job")
  );
}

export const blackBoxTests: Detector = {
  name: 'blackBoxTests',
  question:
    "Does CI run black-box tests of the built program: tests that build or start the project's own binary or image and drive it from outside (a go test that builds the command, assert_cmd's cargo_bin, a test that builds the Docker image), or a CI job that builds the image and then runs a suite or HTTP checks against it?",
  textPatterns: SUITES.map((suite) => regexPattern(suite.drives)),
  detect(evidence) {
    const found = suiteRunInCi(evidence, SUITES, HELPER_COMMAND);
    if (found) {
      const { file, run } = found;
      return [{ file: run.file, line: run.line, message: `CI runs ${file}, which builds or starts the project's own program and tests it from outside: ${run.text.slice(0, 60)}`, strength: 'strong' }];
    }
    const job = jobTestingBuiltProgram(evidence.ci);
    return job ? [job] : [];
  },
};
