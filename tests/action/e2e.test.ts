// End to end: the bundled action (built from src/ like dist/) runs as the runner would run it, against a
// local server that answers like GitHub's REST API and checks every request against GitHub's OpenAPI
// description. Nothing reaches the network.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OpenApiValidator } from '../github-api/openapi.js';
import { MockGitHub } from '../github-api/server.js';
import { COMMENT_MARKER } from '../../src/report/comment.js';
import { runAction, TOKEN, type RunResult } from './run-action.js';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(import.meta.dirname, '../..');
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];
const BUILD_SCRIPT = process.env.LEVELGATE_E2E_BUILD_SCRIPT ?? 'scripts/build.mjs';

let work: string;
let bundle: string;
let repo: string;
let baseSha: string;
let headSha: string;
let head2Sha: string;
let github: MockGitHub;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

/** A real-shaped pull_request payload (webhooks examples) for this PR number and commits. */
function pullRequestEvent(action: 'opened' | 'synchronize', number: number, base: string, head: string, fork = false): Record<string, any> {
  const example = structuredClone(examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === action)!);
  example.number = number;
  example.pull_request.number = number;
  example.pull_request.base.sha = base;
  example.pull_request.head.sha = head;
  if (fork) example.pull_request.head.repo = { ...example.pull_request.head.repo, full_name: 'forker/Hello-World', fork: true };
  else example.pull_request.head.repo = example.pull_request.base.repo;
  return example;
}

const pushEvent = () => structuredClone(examples.find((e) => e.name === 'push')!.examples[0]!);

function run(eventName: string, event: unknown, inputs: Record<string, string> = {}): Promise<RunResult> {
  return runAction({ bundle, workspace: repo, apiUrl: github.url, eventName, event, inputs });
}

const commentRequests = () => github.requests.filter((r) => r.operationId?.startsWith('issues/'));
const opIds = () => github.requests.map((r) => r.operationId);

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'levelgate-e2e-'));
  // The bundle with the rule catalog beside it, as in the repository (dist/ and rules/), nothing installed.
  execFileSync(process.execPath, [BUILD_SCRIPT, path.join(work, 'dist')], { cwd: repoRoot, stdio: 'inherit' });
  cpSync(path.join(repoRoot, 'rules'), path.join(work, 'rules'), { recursive: true });
  bundle = path.join(work, 'dist', 'index.js');

  // A repository whose pull request turns a small script (base) into a tested API (head).
  repo = path.join(work, 'repo');
  cpSync(path.join(repoRoot, 'tests/fixtures/l1-script'), repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'rm', '-rq', '.');
  cpSync(path.join(repoRoot, 'tests/fixtures/l2-api'), repo, { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'head');
  headSha = git(repo, 'rev-parse', 'HEAD');
  appendFileSync(path.join(repo, 'README.md'), '\nOne more line.\n');
  git(repo, 'commit', '-q', '-am', 'second push');
  head2Sha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', headSha);

  github = new MockGitHub(OpenApiValidator.load());
  await github.start();
}, 120_000);

afterAll(async () => {
  await github?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

afterEach(() => {
  const violations = [...github.violations];
  const authorizations = github.requests.map((r) => r.authorization);
  github.reset();
  // Every request the action made is a documented GitHub REST operation with valid parameters and body.
  expect(violations).toEqual([]);
  for (const a of authorizations) expect(a).toBe(`token ${TOKEN}`);
});

describe('the bundled action on a pull request', () => {
  it('creates the comment on the first run, with the base commit graded', async () => {
    // Someone else's comments first: the action pages through them (100 a page) to look for its own.
    for (let i = 0; i < 130; i++) github.addComment(7, `comment ${i}`, { id: 1, login: 'Codertocat' });
    github.pullHeads.set(7, headSha);

    const result = await run('pull_request', pullRequestEvent('opened', 7, baseSha, headSha), { target: 'L1' });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(result.outputs.level).toMatch(/^L[0-4]$/);
    expect(result.outputs.passed).toBe('true');
    const report = JSON.parse(result.outputs.report!);
    expect(report.schemaVersion).toBe(1);
    expect(`L${report.level}`).toBe(result.outputs.level);

    const listPages = github.requests.filter((r) => r.operationId === 'issues/list-comments');
    expect(listPages.length).toBe(2);
    expect(opIds().filter((id) => id === 'issues/create-comment')).toHaveLength(1);
    const ours = github.comments.filter((c) => c.issue === 7 && c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    const body = ours[0]!.body;
    expect(body).toContain('Change vs base');
    expect(body).toContain(`compared with base \`${baseSha.slice(0, 7)}\``);
    expect(body).toMatch(/up from L\d/);
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(result.outputs['comment-url']).toContain(`#issuecomment-${ours[0]!.id}`);

    // The job summary has the same report, without the marker.
    expect(result.summary).toContain('Change vs base');
    expect(result.summary).not.toContain(COMMENT_MARKER);
  });

  it('updates the same comment on the next push, and fails below target naming the dimension', async () => {
    git(repo, 'checkout', '-q', head2Sha);
    github.pullHeads.set(7, head2Sha);
    const before = github.comments.find((c) => c.issue === 7 && c.body.startsWith(COMMENT_MARKER))!;

    const result = await run('pull_request', pullRequestEvent('synchronize', 7, baseSha, head2Sha), { target: 'L4' });

    expect(result.code).toBe(1);
    expect(result.outputs.passed).toBe('false');
    const error = result.annotations.find((a) => a.kind === 'error')!;
    expect(error.message).toMatch(/below its target L4; missing: /);
    expect(error.message).toMatch(/(functionality|security|performance|architecture|testing|documentation|monitoring) is L\d/);
    expect(result.stdout).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace

    expect(opIds()).not.toContain('issues/create-comment');
    const updates = github.requests.filter((r) => r.operationId === 'issues/update-comment');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.params.comment_id).toBe(String(before.id));
    const ours = github.comments.filter((c) => c.issue === 7 && c.body.startsWith(COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain(`Commit \`${head2Sha.slice(0, 7)}\``);
    expect(ours[0]!.body).toContain('Missing for the target');
    expect(ours[0]!.body).toContain('❌');
  });

  it('turns a 403 on the comment (a read-only token) into a warning, with the job summary written', async () => {
    github.pullHeads.set(8, head2Sha);
    github.faults.push({ operationId: 'issues/create-comment', status: 403, message: 'Resource not accessible by integration', times: Infinity });

    const result = await run('pull_request', pullRequestEvent('opened', 8, baseSha, head2Sha), { target: 'L1', comment: 'always' });

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const warning = result.annotations.find((a) => a.kind === 'warning');
    expect(warning?.message).toContain('HTTP 403');
    expect(warning?.message).toContain('job summary');
    expect(result.annotations.filter((a) => a.kind === 'error')).toEqual([]);
    expect(result.summary).toContain('levelgate');
    expect(result.outputs.passed).toBe('true');
    expect(github.comments.filter((c) => c.issue === 8)).toHaveLength(0);
  });

  it('retries a 5xx answer', async () => {
    github.pullHeads.set(9, head2Sha);
    github.faults.push({ operationId: 'issues/list-comments', status: 502, message: 'Bad Gateway', times: 1 });

    const result = await run('pull_request', pullRequestEvent('opened', 9, baseSha, head2Sha));

    expect(result.code).toBe(0);
    expect(github.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.status)).toEqual([502, 200]);
    expect(github.comments.filter((c) => c.issue === 9)).toHaveLength(1);
  });

  it('says plainly when the base commit is not in the checkout (shallow clone)', async () => {
    const missing = 'f'.repeat(40);
    github.pullHeads.set(10, head2Sha);

    const result = await run('pull_request', pullRequestEvent('opened', 10, missing, head2Sha));

    expect(result.code).toBe(0);
    const body = github.comments.find((c) => c.issue === 10)!.body;
    expect(body).toContain('was not graded');
    expect(body).toContain('fetch-depth: 0');
    expect(body).not.toContain('Change vs base');
  });

  it('skips the comment on a fork pull request (comment: auto) and keeps the job summary', async () => {
    const result = await run('pull_request', pullRequestEvent('opened', 11, baseSha, head2Sha, true));

    expect(result.code).toBe(0);
    expect(commentRequests()).toEqual([]);
    expect(result.annotations.find((a) => a.kind === 'notice')?.message).toContain('fork');
    expect(result.summary).toContain('levelgate');
  });

  it('posts a result file from a workflow_run run (the fork pattern)', async () => {
    // Run 1 (pull_request, read-only token): grade and write the result file, no comment.
    const resultFile = path.join(work, 'artifact', 'levelgate-result.json');
    const graded = await run('pull_request', pullRequestEvent('opened', 12, baseSha, head2Sha, true), { comment: 'never', 'output-file': resultFile });
    expect(graded.code).toBe(0);
    expect(commentRequests()).toEqual([]);
    expect(JSON.parse(readFileSync(resultFile, 'utf8')).pullRequest).toBe(12);
    github.reset();

    // Run 2 (workflow_run, write token): post it. The fork's pull request is not in the payload's list.
    github.pullHeads.set(12, head2Sha);
    const event = structuredClone(examples.find((e) => e.name === 'workflow_run')!.examples[0]!);
    event.workflow_run.head_sha = head2Sha;
    event.workflow_run.pull_requests = [];
    const posted = await run('workflow_run', event, { 'report-file': resultFile });

    expect(posted.code).toBe(0);
    expect(opIds()).toContain('pulls/get');
    const body = github.comments.find((c) => c.issue === 12)!.body;
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toContain('Change vs base');
  });

  it('does not post a result file for a commit the pull request is no longer at', async () => {
    const resultFile = path.join(work, 'artifact', 'levelgate-result.json');
    github.pullHeads.set(12, headSha);
    const event = structuredClone(examples.find((e) => e.name === 'workflow_run')!.examples[0]!);
    event.workflow_run.head_sha = head2Sha;
    event.workflow_run.pull_requests = [];
    const before = github.comments.find((c) => c.issue === 12)!.body;

    const posted = await run('workflow_run', event, { 'report-file': resultFile });

    expect(posted.code).toBe(0);
    expect(opIds()).not.toContain('issues/update-comment');
    expect(github.comments.find((c) => c.issue === 12)!.body).toBe(before);
  });
});

describe('the bundled action on other events', () => {
  it('writes the summary and outputs on push, without touching comments', async () => {
    const result = await run('push', pushEvent(), { target: 'L1' });

    expect(result.code).toBe(0);
    expect(github.requests).toEqual([]);
    expect(result.outputs.level).toMatch(/^L[0-4]$/);
    expect(result.summary).toContain('levelgate');
    expect(result.summary).not.toContain('Change vs base');
  });

  it('fails with one line, no stack trace, for a bad input', async () => {
    const result = await run('push', pushEvent(), { target: 'security=L9' });

    expect(result.code).toBe(1);
    expect(result.annotations).toEqual([{ kind: 'error', message: expect.stringMatching(/^levelgate: input "target": invalid target "security=L9"/) }]);
    expect(result.stderr).toBe('');
  });

  it('starts quickly with no inputs at all', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'levelgate-empty-'));
    writeFileSync(path.join(empty, 'README.md'), '# hello\n');
    const result = await runAction({ bundle, workspace: empty, apiUrl: github.url, eventName: '', event: {} });
    expect(result.code).toBe(0);
    expect(result.outputs.level).toBe('L0');
    rmSync(empty, { recursive: true, force: true });
  });
});
