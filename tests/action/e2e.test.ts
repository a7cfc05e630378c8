// End to end: the bundled action (built from src/ like dist/) runs as the runner would run it, against a
// local server that answers like GitHub's REST API and checks every request against GitHub's OpenAPI
// description. Nothing reaches the network. Each run has its own token, so independent runs go in parallel.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/report/comment.js';
import { OpenApiValidator } from '../github-api/openapi.js';
import { MockGitHub, type RecordedRequest } from '../github-api/server.js';
import { runAction, type RunResult } from './run-action.js';

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

/** A real-shaped pull_request payload (webhooks examples) for this number and these commits. */
function pullRequestEvent(action: 'opened' | 'synchronize', number: number, base: string, head: string, fork = false): Record<string, any> {
  const example = structuredClone(examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === action)!);
  example.number = number;
  example.pull_request.number = number;
  example.pull_request.base.sha = base;
  example.pull_request.head.sha = head;
  example.pull_request.head.repo = fork
    ? { ...example.pull_request.head.repo, full_name: 'forker/Hello-World', fork: true }
    : example.pull_request.base.repo;
  return example;
}

function workflowRunEvent(head: string): Record<string, any> {
  const event = structuredClone(examples.find((e) => e.name === 'workflow_run')!.examples[0]!);
  event.workflow_run.head_sha = head;
  event.workflow_run.pull_requests = []; // a fork's pull request is never listed here
  return event;
}

interface Run extends RunResult {
  /** The API requests this run made. */
  requests: RecordedRequest[];
}

let runs = 0;
async function run(eventName: string, event: unknown, inputs: Record<string, string> = {}, workspace = repo): Promise<Run> {
  const token = `ghs_e2e${String(++runs).padStart(3, '0')}TestToken0123456789`;
  const result = await runAction({ bundle, workspace, apiUrl: github.url, eventName, event, inputs, token });
  const requests = github.requestsBy(token);
  // Every request is a documented GitHub REST operation with valid parameters and body.
  expect(requests.flatMap((r) => r.violations)).toEqual([]);
  expect(result.stdout).toContain(`::add-mask::${token}`);
  expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // never a stack trace
  return { ...result, requests };
}

const ops = (r: Run) => r.requests.map((x) => x.operationId);
const marked = (issue: number) => github.comments.filter((c) => c.issue === issue && c.body.startsWith(COMMENT_MARKER));

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'levelgate-e2e-'));
  // The bundle with the rule catalog beside it, as in the repository (dist/ and rules/), nothing installed.
  execFileSync(process.execPath, [BUILD_SCRIPT, path.join(work, 'dist')], { cwd: repoRoot, stdio: 'inherit' });
  cpSync(path.join(repoRoot, 'rules'), path.join(work, 'rules'), { recursive: true });
  bundle = path.join(work, 'dist', 'index.js');

  // A repository whose pull request turns a bare README (base) into a small tested CLI (head), then one more push.
  repo = path.join(work, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'README.md'), '# wordfreq\n');
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  cpSync(path.join(repoRoot, 'tests/fixtures/l1-script'), repo, { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'head');
  headSha = git(repo, 'rev-parse', 'HEAD');
  appendFileSync(path.join(repo, 'README.md'), '\nOne more line.\n');
  git(repo, 'commit', '-q', '-am', 'second push');
  head2Sha = git(repo, 'rev-parse', 'HEAD');

  github = new MockGitHub(OpenApiValidator.load());
  await github.start();
}, 120_000);

afterAll(async () => {
  await github?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
  expect(github.violations).toEqual([]);
});

describe('the bundled action on a pull request', () => {
  it('creates the comment on the first run and updates the same one on the next push', async () => {
    // Others' comments first: the action pages through them (100 a page) to find its own.
    for (let i = 0; i < 130; i++) github.addComment(7, `comment ${i}`, { id: 1, login: 'Codertocat' });
    github.pullHeads.set(7, head2Sha);

    const first = await run('pull_request', pullRequestEvent('opened', 7, baseSha, head2Sha), { target: 'L1' });

    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs.passed).toBe('true');
    expect(first.outputs.level).toMatch(/^L[1-4]$/);
    const report = JSON.parse(first.outputs.report!);
    expect(report.schemaVersion).toBe(1);
    expect(`L${report.level}`).toBe(first.outputs.level);
    expect(ops(first).filter((id) => id === 'issues/list-comments')).toHaveLength(2);
    expect(ops(first).filter((id) => id === 'issues/create-comment')).toHaveLength(1);
    expect(marked(7)).toHaveLength(1);
    const comment = marked(7)[0]!;
    expect(comment.body).toContain('| | Dimension | Base → PR | Target |');
    expect(comment.body).toMatch(new RegExp(`base \\[\`${baseSha.slice(0, 7)}\`\\]\\(https://github\\.com/[^/]+/[^/]+/commit/${baseSha}\\)`));
    expect(comment.body).toMatch(/this PR raises/);
    expect(comment.body).toMatch(/L0 → \*\*L\d\*\*/);
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${comment.id}`);
    // The job summary has the same report, without the marker.
    expect(first.summary).toContain('Base → PR');
    expect(first.summary).not.toContain(COMMENT_MARKER);
    expect(first.summary).not.toContain('updated on every push');

    // The next push: same comment, updated in place; now below a target of L4, so the step fails.
    const second = await run('pull_request', pullRequestEvent('synchronize', 7, baseSha, head2Sha), { target: 'L4' });

    expect(second.code).toBe(1);
    expect(second.outputs.passed).toBe('false');
    const error = second.annotations.find((a) => a.kind === 'error')!;
    expect(error.message).toMatch(/(functionality|security|performance|architecture|testing|documentation|monitoring) is L\d, below its target L4: needs /);
    expect(error.message.split('\n').length).toBeLessThanOrEqual(9);
    expect(ops(second)).not.toContain('issues/create-comment');
    const updates = second.requests.filter((r) => r.operationId === 'issues/update-comment');
    expect(updates.map((r) => r.params.comment_id)).toEqual([String(comment.id)]);
    expect(marked(7)).toHaveLength(1);
    expect(marked(7)[0]!.body).toContain('What the target needs');
    expect(marked(7)[0]!.body).toMatch(/^### ❌ levelgate: L\d/m);
  });

  it('posts a result file from a workflow_run run (the fork pull request pattern), only for the current head', async () => {
    // Run 1, pull_request from a fork (read-only token): grade, write the result file, no comment.
    const resultFile = path.join(work, 'artifact', 'levelgate-result.json');
    const graded = await run('pull_request', pullRequestEvent('opened', 12, baseSha, head2Sha, true), { 'output-file': resultFile });
    expect(graded.code).toBe(0);
    expect(graded.requests).toEqual([]);
    expect(graded.annotations.find((a) => a.kind === 'notice')?.message).toContain('fork');
    expect(graded.summary).toContain('Base → PR');
    expect(JSON.parse(readFileSync(resultFile, 'utf8')).pullRequest).toBe(12);

    // Run 2, workflow_run (write token): the pull request is still at that commit, so the comment is posted.
    github.pullHeads.set(12, head2Sha);
    const posted = await run('workflow_run', workflowRunEvent(head2Sha), { 'report-file': resultFile });
    expect(posted.code).toBe(0);
    expect(ops(posted)).toEqual(['pulls/get', 'issues/list-comments', 'issues/create-comment']);
    expect(marked(12)[0]!.body).toContain('Base → PR');

    // A newer commit was pushed since: a late run does not overwrite the comment with an old report.
    github.pullHeads.set(12, headSha);
    const late = await run('workflow_run', workflowRunEvent(head2Sha), { 'report-file': resultFile });
    expect(late.code).toBe(0);
    expect(ops(late)).toEqual(['pulls/get']);
  });
});

describe.concurrent('the bundled action in harder conditions', () => {
  it('turns a 403 on the comment (read-only token) into a warning, with the job summary written', async () => {
    github.pullHeads.set(8, head2Sha);
    github.faults.push({ operationId: 'issues/create-comment', status: 403, message: 'Resource not accessible by integration', times: Infinity, issue: 8 });

    const result = await run('pull_request', pullRequestEvent('opened', 8, baseSha, head2Sha), { target: 'L1' });

    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.annotations.filter((a) => a.kind === 'error')).toEqual([]);
    const warning = result.annotations.find((a) => a.kind === 'warning')!;
    expect(warning.message).toContain('HTTP 403');
    expect(warning.message).toContain('job summary');
    expect(result.summary).toContain('levelgate');
    expect(result.outputs.passed).toBe('true');
    expect(github.comments.filter((c) => c.issue === 8)).toHaveLength(0);
  });

  it('retries a 5xx answer', async () => {
    github.pullHeads.set(9, head2Sha);
    github.faults.push({ operationId: 'issues/list-comments', status: 502, message: 'Bad Gateway', times: 1, issue: 9 });

    const result = await run('pull_request', pullRequestEvent('opened', 9, baseSha, head2Sha));

    expect(result.code).toBe(0);
    expect(result.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.status)).toEqual([502, 200]);
    expect(marked(9)).toHaveLength(1);
  });

  it('says plainly when the base commit is not in the checkout (a full clone: no "shallow" guess)', async () => {
    github.pullHeads.set(10, head2Sha);

    const result = await run('pull_request', pullRequestEvent('opened', 10, 'f'.repeat(40), head2Sha));

    expect(result.code).toBe(0);
    const body = marked(10)[0]!.body;
    expect(body).toContain('was not graded: it is not in this checkout. To see what changed, fetch the base commit');
    expect(body).not.toContain('shallow');
    expect(body).not.toContain('Base → PR');
  });

  it('comment: on-change writes nothing when nothing changed, and shrinks its own comment to one line', async () => {
    github.pullHeads.set(13, head2Sha);
    // The base commit is the head itself: no level and no rule can change.
    const quiet = await run('pull_request', pullRequestEvent('opened', 13, head2Sha, head2Sha), { comment: 'on-change', target: 'L1' });
    expect(quiet.code).toBe(0);
    expect(ops(quiet)).not.toContain('issues/create-comment');
    expect(marked(13)).toHaveLength(0);
    expect(quiet.summary).toContain('no change');

    // A change (base: the older commit) writes the full comment; the next unchanged run edits it to one line.
    const changed = await run('pull_request', pullRequestEvent('synchronize', 13, baseSha, head2Sha), { comment: 'on-change', target: 'L1' });
    expect(changed.code).toBe(0);
    expect(marked(13)).toHaveLength(1);
    expect(marked(13)[0]!.body).toContain('Base → PR');
    const again = await run('pull_request', pullRequestEvent('synchronize', 13, head2Sha, head2Sha), { comment: 'on-change', target: 'L1' });
    expect(again.code).toBe(0);
    const body = marked(13)[0]!.body;
    expect(body.split('\n')).toHaveLength(3); // marker, the line, the final newline
    expect(body).toMatch(/^<!-- levelgate:report -->\n✅ levelgate: L\d, meets target L1 — no change · /);
  });

  it('writes the summary and outputs on push, without any API request', async () => {
    const result = await run('push', structuredClone(examples.find((e) => e.name === 'push')!.examples[0]!), { target: 'L1' });

    expect(result.code).toBe(0);
    expect(result.requests).toEqual([]);
    expect(result.outputs.passed).toBe('true');
    expect(result.summary).toContain('levelgate');
    expect(result.summary).not.toContain('Base → PR');
  });

  it('fails with one line for a bad input', async () => {
    const result = await run('push', {}, { target: 'security=L9' });

    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.annotations).toEqual([{ kind: 'error', message: expect.stringMatching(/^levelgate: input "target": invalid target "security=L9"/) }]);
  });
});

describe('the bundled action on a monorepo', () => {
  let mono: string;
  let monoBase: string;
  let monoHead: string;

  beforeAll(() => {
    // The base has an old package the pull request removes and lacks services/notifier, which it adds.
    mono = path.join(work, 'mono');
    cpSync(path.join(repoRoot, 'tests/fixtures/monorepo'), mono, { recursive: true });
    const notifier = path.join(work, 'notifier');
    cpSync(path.join(mono, 'services/notifier'), notifier, { recursive: true });
    rmSync(path.join(mono, 'services/notifier'), { recursive: true });
    cpSync(path.join(mono, 'packages/empty-lib'), path.join(mono, 'packages/old-lib'), { recursive: true });
    writeFileSync(path.join(mono, '.levelgate.yml'), 'monorepo: true\n');
    git(mono, 'init', '-q', '-b', 'main');
    git(mono, 'add', '-A');
    git(mono, 'commit', '-q', '-m', 'base');
    monoBase = git(mono, 'rev-parse', 'HEAD');
    rmSync(path.join(mono, 'packages/old-lib'), { recursive: true });
    cpSync(notifier, path.join(mono, 'services/notifier'), { recursive: true });
    git(mono, 'add', '-A');
    git(mono, 'commit', '-q', '-m', 'head');
    monoHead = git(mono, 'rev-parse', 'HEAD');
  });

  it('comments once with every package side by side, updates it on the next push, fails naming the package', async () => {
    github.pullHeads.set(20, monoHead);

    // The config enables monorepo mode (monorepo: auto).
    const first = await run('pull_request', pullRequestEvent('opened', 20, monoBase, monoHead), { target: 'L0' }, mono);

    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    // The whole is L2 since rules 2026.12.0: billing's OpenAPI spec is the documentation L2 needs.
    expect(first.outputs.level).toBe('L2');
    expect(first.outputs.passed).toBe('true');
    expect(first.outputs.regressed).toBe('false');
    const report = JSON.parse(first.outputs.report!);
    expect(report.schemaVersion).toBe(1);
    expect(report.monorepo).toEqual({ discovery: 'workspaces', packages: 4 });
    expect(report.packages.map((p: { path: string; level: number }) => [p.path, p.level])).toEqual([
      ['packages/empty-lib', 0],
      ['services/billing', 2],
      ['services/ledger', 1],
      ['services/notifier', 1],
    ]);
    expect(ops(first).filter((id) => id === 'issues/create-comment')).toHaveLength(1);
    expect(marked(20)).toHaveLength(1);
    const comment = marked(20)[0]!;
    expect(comment.body).toMatch(/^### ✅ levelgate: all 4 packages and the whole meet L0 — /m);
    expect(comment.body).toContain(`base [\`${monoBase.slice(0, 7)}\`]`);
    expect(comment.body).toContain('| ✅ | `services/billing` | L2 | — |');
    expect(comment.body).toContain('| ✅ | `services/notifier` | L1 | 🆕 new |');
    expect(comment.body).toContain('Removed since the base commit: `packages/old-lib` (was L0).');
    expect(first.summary).toContain('| `services/ledger` | L1 |');
    expect(first.summary).not.toContain(COMMENT_MARKER);

    // The next push, forced by the input this time, against a target of L1: packages/empty-lib fails it.
    const second = await run('pull_request', pullRequestEvent('synchronize', 20, monoBase, monoHead), { target: 'L1', monorepo: 'true' }, mono);

    expect(second.code).toBe(1);
    expect(second.outputs.passed).toBe('false');
    expect(second.outputs.level).toBe('L2');
    const error = second.annotations.find((a) => a.kind === 'error')!;
    expect(error.message).toMatch(/^❌ levelgate: 1\/4 packages below L1 — /);
    expect(error.message).toContain('- packages/empty-lib: functionality L0 < L1, needs ');
    expect(ops(second)).not.toContain('issues/create-comment');
    expect(second.requests.filter((r) => r.operationId === 'issues/update-comment').map((r) => r.params.comment_id)).toEqual([String(comment.id)]);
    expect(marked(20)).toHaveLength(1);
    const updated = marked(20)[0]!.body;
    expect(updated).toMatch(/^### ❌ levelgate: 1\/4 packages below L1 — /m);
    expect(updated).toMatch(/^- \*\*Functionality L1\*\*: `packages\/empty-lib` needs /m);
  });

  it('posts a monorepo result file from a workflow_run run (the fork pattern)', async () => {
    const resultFile = path.join(work, 'artifact', 'mono-result.json');
    const graded = await run('pull_request', pullRequestEvent('opened', 21, monoBase, monoHead, true), { 'output-file': resultFile, target: 'L1' }, mono);
    expect(graded.code).toBe(1);
    expect(graded.requests).toEqual([]);
    const file = JSON.parse(readFileSync(resultFile, 'utf8'));
    expect(file.packages).toHaveLength(4);
    expect(file.base.packages).toHaveLength(4);

    github.pullHeads.set(21, monoHead);
    const posted = await run('workflow_run', workflowRunEvent(monoHead), { 'report-file': resultFile }, mono);
    expect(posted.code).toBe(0);
    expect(posted.outputs.passed).toBe('false');
    expect(JSON.parse(posted.outputs.report!).packages).toHaveLength(4);
    expect(ops(posted)).toEqual(['pulls/get', 'issues/list-comments', 'issues/create-comment']);
    const body = marked(21)[0]!.body;
    expect(body).toMatch(/^### ❌ levelgate: 1\/4 packages below L1 — /m);
    expect(body).toContain('| ✅ | `services/notifier` | L1 | 🆕 new |');
  });

  it('grades as one repository with monorepo: false, whatever the config says', async () => {
    const result = await run('push', structuredClone(examples.find((e) => e.name === 'push')!.examples[0]!), { monorepo: 'false', target: 'L1' }, mono);

    expect(result.code).toBe(0);
    expect(result.requests).toEqual([]);
    expect(JSON.parse(result.outputs.report!).packages).toBeUndefined();
    expect(result.summary).not.toContain('| Package | Overall |');
  });
});
