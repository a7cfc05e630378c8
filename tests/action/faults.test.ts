// GitHub API faults on the comment path, end to end: the bundled action runs against the mock API, which
// fails on purpose (an HTTP status with GitHub's headers, a dropped connection, an answer cut off mid-body).
// Each fault has a defined behaviour (README, "When the GitHub API fails"): retried or a warning,
// never a stack trace, the job summary and the outputs always written, the exit code the target's alone,
// and the token nowhere in what the run leaves behind.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/comment.js';
import { OpenApiValidator } from '../github-api/openapi.js';
import { MockGitHub, type Fault, type RecordedRequest } from '../github-api/server.js';
import { makeReport } from './make-report.js';
import { runAction, type RunResult } from './run-action.js';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(import.meta.dirname, '../..');
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];
const BUILD_SCRIPT = process.env.LEVELGATE_E2E_BUILD_SCRIPT ?? 'scripts/build.mjs';
const HEAD = 'c'.repeat(40);

let work: string;
let bundle: string;
let repo: string;
let resultFile: string;
let github: MockGitHub;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'levelgate-faults-'));
  execFileSync(process.execPath, [BUILD_SCRIPT, path.join(work, 'dist')], { cwd: repoRoot, stdio: 'inherit' });
  cpSync(path.join(repoRoot, 'rules'), path.join(work, 'rules'), { recursive: true });
  bundle = path.join(work, 'dist', 'index.js');
  // The smallest repository there is (grades L0 in a moment): the faults are the subject, not the grade.
  repo = path.join(work, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'README.md'), '# tiny\n');
  // Most runs post this result (the workflow_run half of the fork pattern): the same comment path, no grading.
  resultFile = path.join(work, 'result.json');
  writeFileSync(resultFile, JSON.stringify({ levelgate: 'action-result', version: 1, headSha: HEAD, report: makeReport(), base: { kind: 'none' } }));
  github = new MockGitHub(OpenApiValidator.load());
  await github.start();
}, 120_000);

afterAll(async () => {
  await github?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
  expect(github.violations).toEqual([]);
});

interface Run extends RunResult {
  token: string;
  requests: RecordedRequest[];
  warnings: string[];
  /** The requests of one operation, as status (0: the connection dropped), in order. */
  statuses: (operationId: string) => number[];
}

let runs = 0;
/**
 * One run of the action for pull request `issue` (which is at HEAD), with these faults. `faults` may be a
 * function of the run's token (to make the API echo it). By default the run posts the result file for the
 * pull request (a workflow_run run); with `grade` it grades the tiny repository on a pull_request event
 * (L0: a target of L0 passes, L1 fails).
 */
async function run(
  issue: number,
  faults: Fault[] | ((token: string) => Fault[]),
  options: { grade?: boolean; target?: string; existing?: boolean } = {},
): Promise<Run> {
  const token = `ghs_fault${String(++runs).padStart(3, '0')}Secret9f8e7d6c5b4a`;
  github.pullHeads.set(issue, HEAD);
  if (options.existing) github.addComment(issue, `${COMMENT_MARKER}\nan old report`);
  for (const f of typeof faults === 'function' ? faults(token) : faults) github.faults.push({ ...f, issue });
  let eventName: string;
  let event: Record<string, any>;
  let inputs: Record<string, string>;
  if (options.grade) {
    eventName = 'pull_request';
    event = structuredClone(examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!);
    event.number = issue;
    event.pull_request.number = issue;
    event.pull_request.head.sha = HEAD;
    event.pull_request.base.sha = 'f'.repeat(40); // not in the checkout: the base is not graded, which keeps runs short
    event.pull_request.head.repo = event.pull_request.base.repo;
    inputs = { target: options.target ?? 'L0' };
  } else {
    eventName = 'workflow_run';
    event = structuredClone(examples.find((e) => e.name === 'workflow_run')!.examples[0]!);
    event.workflow_run.head_sha = HEAD;
    event.workflow_run.pull_requests = [];
    inputs = { 'report-file': resultFile, 'pr-number': String(issue) };
  }
  const result = await runAction({
    bundle,
    workspace: repo,
    apiUrl: github.url,
    eventName,
    event,
    inputs,
    token,
    env: { LEVELGATE_RETRY_BASE_MS: '10' },
  });
  const requests = github.requestsBy(token);
  expect(requests.flatMap((r) => r.violations)).toEqual([]);

  // Never a stack trace or an unhandled rejection; the job summary and the outputs are always there.
  expect(result.stderr).toBe('');
  expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(result.stdout).not.toMatch(/unexpected error|Unhandled|UnhandledPromiseRejection/i);
  expect(result.summary).toContain('levelgate');
  expect(result.outputs.level).toBe(options.grade ? 'L0' : 'L2');
  expect(JSON.parse(result.outputs.report!).schemaVersion).toBe(1);

  // The token: registered as a secret before the first request, and nowhere else in what the run leaves.
  const mask = result.stdout.indexOf(`::add-mask::${token}\n`);
  expect(mask).toBeGreaterThanOrEqual(0);
  expect(result.stdout.slice(0, mask)).not.toMatch(/^::debug::.*(GET|POST|PATCH) /m);
  const leaks = {
    stdout: result.stdout.replace(`::add-mask::${token}\n`, ''),
    stderr: result.stderr,
    summary: result.summary,
    outputs: JSON.stringify(result.outputs),
    comments: JSON.stringify(github.comments.filter((c) => c.issue === issue)),
    requestBodies: JSON.stringify(requests.map((r) => r.body ?? null)),
  };
  for (const [where, text] of Object.entries(leaks)) expect(text.includes(token), `token in ${where}`).toBe(false);

  return {
    ...result,
    token,
    requests,
    warnings: result.annotations.filter((a) => a.kind === 'warning').map((a) => a.message),
    statuses: (id) => requests.filter((r) => r.operationId === id).map((r) => r.status),
  };
}

const marked = (issue: number) => github.comments.filter((c) => c.issue === issue && c.body.startsWith(COMMENT_MARKER));
const LIST = 'issues/list-comments';
const CREATE = 'issues/create-comment';
const UPDATE = 'issues/update-comment';

/** A run that commented despite the fault: no warning, one comment, the URL as output. */
function expectCommented(r: Run, issue: number): void {
  expect(r.code).toBe(0);
  expect(r.warnings).toEqual([]);
  expect(marked(issue)).toHaveLength(1);
  expect(r.outputs['comment-url']).toContain(`#issuecomment-${marked(issue)[0]!.id}`);
}

/** A run that could not comment: one warning, the step's result the target's, no comment URL. */
function expectWarned(r: Run, code = 0): string {
  expect(r.code).toBe(code);
  expect(r.warnings).toHaveLength(1);
  expect(r.warnings[0]).toMatch(/^levelgate: .*The report is in the job summary\.$/);
  expect(r.outputs['comment-url']).toBeUndefined();
  return r.warnings[0]!;
}

describe.concurrent('GitHub API faults on the comment path', () => {
  it('401 (bad token): a warning naming the token, not retried; below target the step fails for the target alone', async () => {
    const r = await run(101, [
      { operationId: 'pulls/get', status: 401, message: 'Bad credentials', times: Infinity },
      { operationId: LIST, status: 401, message: 'Bad credentials', times: Infinity },
    ], { grade: true, target: 'L1' });
    const warning = expectWarned(r, 1);
    expect(warning).toContain('the github-token was refused (HTTP 401: Bad credentials)');
    expect(r.statuses('pulls/get')).toEqual([401]);
    expect(r.statuses(LIST)).toEqual([401]);
    expect(r.outputs.passed).toBe('false');
    const errors = r.annotations.filter((a) => a.kind === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/below its target L1/);
    expect(errors[0]!.message).not.toMatch(/401|token|comment/);
  });

  it('500 that stays: retried three times with backoff, then a warning; the target met, the step passes', async () => {
    const r = await run(102, [{ operationId: LIST, status: 500, message: 'Server Error', times: Infinity }], { grade: true });
    expect(expectWarned(r)).toContain("GitHub's API failed on pull request #102's comment, also on retrying (HTTP 500: Server Error)");
    expect(r.statuses(LIST)).toEqual([500, 500, 500, 500]);
    expect(r.outputs.passed).toBe('true');
    expect(r.annotations.filter((a) => a.kind === 'error')).toEqual([]);
  });

  it('403 (read-only token): a warning naming the permission to add, not retried', async () => {
    const r = await run(103, [{ operationId: CREATE, status: 403, message: 'Resource not accessible by integration', times: Infinity }]);
    const warning = expectWarned(r);
    expect(warning).toContain('HTTP 403: Resource not accessible by integration');
    expect(warning).toContain('pull-requests: write');
    expect(r.statuses(CREATE)).toEqual([403]);
  });

  it('404 (pull request gone or not visible): a warning, not retried', async () => {
    const r = await run(104, [{ operationId: LIST, status: 404, message: 'Not Found', times: Infinity }]);
    expect(expectWarned(r)).toContain('pull request #104 was not found, or the token cannot see it (HTTP 404: Not Found)');
    expect(r.statuses(LIST)).toEqual([404]);
  });

  it("422 (validation): a warning with GitHub's message, not retried; a token echoed in it shows as ***", async () => {
    const r = await run(105, (token) => [{ operationId: CREATE, status: 422, message: `Validation Failed: body is too long (token ${token})` }]);
    expect(expectWarned(r)).toContain('GitHub refused the comment on pull request #105 (HTTP 422: Validation Failed: body is too long (token ***))');
    expect(r.statuses(CREATE)).toEqual([422]);
  });

  it('rate limits are waited out and retried: 429 with retry-after: 1, a 403 with x-ratelimit-remaining: 0', async () => {
    const reset = String(Math.ceil(Date.now() / 1000) + 1);
    const r = await run(106, [
      { operationId: LIST, status: 429, message: 'Too Many Requests', headers: { 'retry-after': '1' } },
      { operationId: CREATE, status: 403, message: 'API rate limit exceeded for installation ID 1.', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset, 'x-ratelimit-limit': '5000' } },
    ]);
    expectCommented(r, 106);
    expect(r.statuses(LIST)).toEqual([429, 200]);
    expect(r.statuses(CREATE)).toEqual([403, 201]);
    const [first, second] = r.requests.filter((x) => x.operationId === LIST);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
    expect(r.stdout).toContain('retrying in 1 s');
  });

  it('a 403 secondary rate limit is waited out, then a 503 retried (PATCH is idempotent)', async () => {
    const r = await run(107, [
      { operationId: UPDATE, status: 403, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', headers: { 'retry-after': '1' } },
      { operationId: UPDATE, status: 503, message: 'Service Unavailable' },
    ], { existing: true });
    expectCommented(r, 107);
    expect(r.statuses(UPDATE)).toEqual([403, 503, 200]);
    expect(marked(107)[0]!.body).not.toContain('an old report');
  });

  it('a rate limit that stays: two retries, then a warning', async () => {
    const r = await run(108, [{ operationId: LIST, status: 429, message: 'Too Many Requests', headers: { 'retry-after': '1' }, times: Infinity }]);
    expect(expectWarned(r)).toContain('rate limit for this token was still reached after waiting (HTTP 429');
    expect(r.statuses(LIST)).toEqual([429, 429, 429]);
  });

  it('a retry-after beyond the cap (90 s): no wait, a warning saying when it resets', async () => {
    const r = await run(109, [{ operationId: LIST, status: 429, message: 'Too Many Requests', headers: { 'retry-after': '3600' }, times: Infinity }]);
    expect(expectWarned(r)).toContain('it resets in 3600 s, longer than levelgate waits (90 s)');
    expect(r.statuses(LIST)).toEqual([429]);
  });

  it('a dropped connection is retried; a 502 on create is looked for before posting again, so there is one comment', async () => {
    const r = await run(110, [
      { operationId: LIST, kind: 'reset' },
      { operationId: CREATE, status: 502, message: 'Bad Gateway' },
    ]);
    expectCommented(r, 110);
    expect(r.requests.map((x) => `${x.operationId} ${x.status}`)).toEqual([
      'pulls/get 200',
      `${LIST} 0`,
      `${LIST} 200`,
      `${CREATE} 502`,
      `${LIST} 200`,
      `${CREATE} 201`,
    ]);
  });

  it('a connection that keeps dropping: retried three times, then a warning', async () => {
    const r = await run(111, [{ operationId: LIST, kind: 'reset', times: Infinity }]);
    expect(expectWarned(r)).toMatch(/the connection to GitHub's API failed, also on retrying \(.+\)/);
    expect(r.statuses(LIST)).toEqual([0, 0, 0, 0]);
  });

  it('an answer cut off mid-body is retried, not read as an empty list (which would post a second comment)', async () => {
    const r = await run(112, [{ operationId: LIST, kind: 'truncate' }], { existing: true });
    expectCommented(r, 112);
    expect(r.statuses(LIST)).toEqual([200, 200]);
    expect(r.requests.find((x) => x.operationId === LIST)!.fault).toBe('truncate');
    expect(r.statuses(CREATE)).toEqual([]);
  });

  it('a create whose answer is cut off (the comment was made): found again, not posted twice', async () => {
    const r = await run(113, [{ operationId: CREATE, kind: 'truncate' }]);
    expectCommented(r, 113);
    expect(r.statuses(CREATE)).toEqual([201]);
    expect(r.statuses(LIST)).toEqual([200, 200]);
  });
});
