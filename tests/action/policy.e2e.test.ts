// The pull request cannot set its own gate: end to end, the bundled action on real git repositories whose pull
// requests try to pass a target through levelgate's own configuration, against the mock GitHub API (every
// request checked against @octokit/openapi). Also the event-side holes: a closed pull request, a malformed event
// file, pull_request_target grading the base checkout, and a marker planted by someone else.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as cli } from '../../src/cli.js';
import { loadCatalog } from '../../src/rules/load.js';
import { COMMENT_MARKER } from '../../src/report/comment.js';
import { visibleLines } from './render-helpers.js';
import { OpenApiValidator } from '../github-api/openapi.js';
import { MockGitHub, type RecordedRequest } from '../github-api/server.js';
import { runAction, type RunResult } from './run-action.js';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(import.meta.dirname, '../..');
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];
const BUILD_SCRIPT = process.env.LEVELGATE_E2E_BUILD_SCRIPT ?? 'scripts/build.mjs';
const KEY = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEAx1y2Lq8v0Zr3kP9sT4wQe7uH6mN5bV2cX1zA0sD9fG8hJ7k\n'.repeat(4)}-----END RSA PRIVATE KEY-----\n`;

let work: string;
let bundle: string;
let github: MockGitHub;

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
}

interface TestRepo {
  dir: string;
  base: string;
  head: string;
}

/** A git repository: the fixture plus `base` files committed, then `head` files (null deletes) committed on top. */
function makeRepo(name: string, fixture: string, base: Record<string, string>, head: Record<string, string | null>): TestRepo {
  const dir = path.join(work, name);
  cpSync(path.join(repoRoot, 'tests/fixtures', fixture), dir, { recursive: true });
  const write = (files: Record<string, string | null>) => {
    for (const [file, text] of Object.entries(files)) {
      const target = path.join(dir, file);
      if (text === null) rmSync(target);
      else {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, text);
      }
    }
  };
  write(base);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  write(head);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'pull request');
  return { dir, base: baseSha, head: git(dir, 'rev-parse', 'HEAD') };
}

function pullRequestEvent(number: number, repo: TestRepo, action = 'synchronize'): Record<string, any> {
  const example = structuredClone(examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === action)!);
  example.number = number;
  example.pull_request.number = number;
  example.pull_request.base.sha = repo.base;
  example.pull_request.head.sha = repo.head;
  example.pull_request.head.repo = example.pull_request.base.repo;
  return example;
}

interface Run extends RunResult {
  requests: RecordedRequest[];
}

let runs = 0;
async function run(eventName: string, event: unknown, repo: TestRepo | string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<Run> {
  const token = `ghs_policy${String(++runs).padStart(3, '0')}TestToken0123456789`;
  const workspace = typeof repo === 'string' ? repo : repo.dir;
  const result = await runAction({ bundle, workspace, apiUrl: github.url, eventName, event, inputs, token, env });
  const requests = github.requestsBy(token);
  expect(requests.flatMap((r) => r.violations)).toEqual([]);
  expect(result.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // never a stack trace
  expect(result.stderr).toBe('');
  return { ...result, requests };
}

/** Runs the pull request's run of `repo` on pull request `number` (the mock knows its head). */
function runPr(number: number, repo: TestRepo, inputs: Record<string, string> = {}): Promise<Run> {
  github.pullHeads.set(number, repo.head);
  return run('pull_request', pullRequestEvent(number, repo), repo, inputs);
}

const comment = (issue: number) => github.comments.find((c) => c.issue === issue && c.body.startsWith(COMMENT_MARKER) && c.login === github.botUser.login)?.body ?? '';
const errors = (r: Run) => r.annotations.filter((a) => a.kind === 'error').map((a) => a.message);
/** What a reader sees without opening a fold. */
const fold = (body: string) => visibleLines(body).join('\n');

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'levelgate-policy-e2e-'));
  execFileSync(process.execPath, [BUILD_SCRIPT, path.join(work, 'dist')], { cwd: repoRoot, stdio: 'inherit' });
  cpSync(path.join(repoRoot, 'rules'), path.join(work, 'rules'), { recursive: true });
  bundle = path.join(work, 'dist', 'index.js');
  github = new MockGitHub(OpenApiValidator.load());
  await github.start();
}, 120_000);

afterAll(async () => {
  await github?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
  expect(github.violations).toEqual([]);
});

describe.concurrent("a pull request's own configuration cannot pass a target the base's policy fails", () => {
  it('ignoring a committed private key: still L0, and the comment says the ignored paths were scanned', async () => {
    const repo = makeRepo('ignore-key', 'l2-api', { '.github/levelgate.yml': 'version: 1\n' }, {
      'keys/deploy.pem': KEY,
      // The server loads it: a key nothing is shown to load would only be a review finding.
      'src/tls.ts': "export const key = readFileSync('keys/deploy.pem');\n",
      '.github/levelgate.yml': 'version: 1\nignore:\n  - "keys/**"\n',
    });
    const r = await runPr(101, repo, { target: 'security=L1' });

    expect(r.code).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(JSON.parse(r.outputs.report!).dimensions.security.level).toBe(0);
    expect(errors(r)[0]).toContain('security is L0, below its target L1');
    const above = fold(comment(101));
    expect(above).toMatch(/^### ❌ levelgate: /m);
    expect(above).toContain(`Policy: \`.github/levelgate.yml\` of the base commit \`${repo.base.slice(0, 7)}\``);
    // The head's config ignores keys/, but the secrets scan still sees it: the verdict is the same with it.
    expect(above).toContain("This pull request changes levelgate's configuration; the verdict is the same with it (❌ L0)");
  });

  // Every rule disabled is every rule not applicable: no level is reached on no evidence, so such a config lowers
  // the grade to L0 rather than lifting it to L4 (the scorer never raises a dimension to a level where nothing applies).
  it('disabling every rule: the base policy grades L1, and the comment says the config would make it L0', async () => {
    const catalog = await loadCatalog();
    const disableAll = `disable:\n${catalog.rules.map((r) => `  - rule: ${r.id}\n    reason: not for us\n`).join('')}`;
    const repo = makeRepo('disable-all', 'l1-script', {}, { '.levelgate.yml': disableAll });
    const r = await runPr(102, repo, { target: 'L2' });

    expect(r.code).toBe(1);
    expect(r.outputs.level).toBe('L1');
    const above = fold(comment(102));
    expect(above).toContain("> This pull request changes levelgate's configuration; with it: ❌ L0, without it (what counts until merge): ❌ L1.");
    expect(above).toContain('Policy: no configuration file (the defaults) of the base commit');
    expect(r.annotations.some((a) => a.kind === 'notice' && a.message.includes('changes levelgate'))).toBe(true);
  });

  it('custom rules matching ** with copied titles: not counted until merged; with config-source: head they count, labelled custom', async () => {
    const custom = (n: number) => `      - { id: security.check-${n}, level: 2, title: Rate limiting, hint: x, evidence: [{ files: ["**"] }] }\n`;
    const yaml = `customRules:\n  - dimension: security\n    rules:\n${custom(1)}${custom(2)}`;
    const repo = makeRepo('custom-any', 'l1-script', { '.levelgate.yml': 'version: 1\n' }, { '.levelgate.yml': yaml });

    const gated = await runPr(103, repo, { target: 'security=L2' });
    expect(gated.code).toBe(1);
    expect(fold(comment(103))).toContain('with it: ✅ L1, without it (what counts until merge): ❌ L1');

    const opted = await runPr(104, repo, { target: 'security=L2', 'config-source': 'head' });
    expect(opted.code).toBe(0);
    const above = fold(comment(104));
    expect(above).toContain('`config-source: head` applies it: with it (what counts): ✅ L1, without it (the base commit\'s): ❌ L1.');
    expect(above).toContain('Policy: `.levelgate.yml` of this pull request');
    expect(above).toMatch(/^- `security\.check-1` \(custom, \.levelgate\.yml customRules\\\[0\\\]\): L2 security, an extra alternative of its level; met$/m);
    // The full report marks them too.
    expect(comment(104)).toMatch(/Rate limiting \(`security\.check-2`\) — custom/);
  });

  it('a new root .levelgate.yaml beside the protected .github/levelgate.yml: an error naming both', async () => {
    const repo = makeRepo('shadow', 'l1-script', { '.github/levelgate.yml': 'targets: { overall: L2 }\n' }, { '.levelgate.yaml': 'targets: { overall: L0 }\n' });
    const r = await runPr(105, repo);

    expect(r.code).toBe(1);
    expect(errors(r)).toEqual([expect.stringMatching(/^levelgate: \.levelgate\.yaml and \.github\/levelgate\.yml: two config files/)]);
    expect(comment(105)).toBe('');
    // The CLI says the same, exit code 2.
    const stderr: string[] = [];
    const sink = (out: string[]) => ({ write: (s: string) => (out.push(s), true), isTTY: false });
    expect(await cli([repo.dir, '--format', 'json'], { stdout: sink([]), stderr: sink(stderr) } as never)).toBe(2);
    expect(stderr.join('')).toMatch(/\.levelgate\.yaml and \.github\/levelgate\.yml: two config files/);
  });

  it("the base config's targets count when the target input is empty, as in the CLI, and a lowered target in the pull request does not", async () => {
    const repo = makeRepo('targets', 'l1-script', { '.github/levelgate.yml': 'targets: { overall: L2 }\n' }, { '.github/levelgate.yml': 'targets: { overall: L1 }\n' });
    const r = await runPr(106, repo);

    expect(r.code).toBe(1);
    expect(errors(r)[0]).toContain('functionality is L1, below its target L2');
    expect(fold(comment(106))).toContain('with it: ✅ L1, without it (what counts until merge): ❌ L1');
    // On push, the checkout's config (the pull request's, once merged) applies, and the CLI agrees.
    const push = await run('push', structuredClone(examples.find((e) => e.name === 'push')!.examples[0]!), repo);
    expect(push.code).toBe(0);
    const sink = { write: () => true, isTTY: false };
    expect(await cli([repo.dir, '--format', 'json'], { stdout: sink, stderr: sink } as never)).toBe(0);
  });

  it('a target input the config cannot relax: notApplicable of a targeted dimension is overruled, and shown', async () => {
    const repo = makeRepo('na-target', 'l1-script', {
      '.levelgate.yml': 'notApplicable:\n  - dimension: testing\n    reason: tested upstream\n',
    }, { 'CHANGES.md': 'x\n' });
    const r = await runPr(107, repo, { target: 'testing=L2' });

    expect(r.code).toBe(1);
    const above = fold(comment(107));
    expect(above).toContain("**Not applied (the operator's limits)**");
    expect(above).toContain("- `notApplicable testing`: the operator\\'s target names testing; a config cannot take it out of the grade");
  });

  it('with the base commit missing from the checkout, a config in the pull request is not trusted: one clear error', async () => {
    const repo = makeRepo('shallow', 'l1-script', {}, { '.levelgate.yml': 'ignore: ["src/**"]\n' });
    github.pullHeads.set(108, repo.head);
    const event = pullRequestEvent(108, { ...repo, base: 'e'.repeat(40) });
    const r = await run('pull_request', event, repo, { target: 'L1' });

    expect(r.code).toBe(1);
    // A full clone that lacks the commit: no guess that it is a shallow one.
    expect(errors(r)).toEqual([expect.stringContaining(`the base commit ${'e'.repeat(7)} is not in this checkout`)]);
    expect(errors(r)[0]).not.toContain('shallow clone');
    expect(errors(r)[0]).toContain('fetch-depth: 0');
    expect(errors(r)[0]).toContain('config-source: head');
  });
});

describe.concurrent('event-side holes', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo('events', 'l1-script', {}, { 'NOTES.md': '# notes\n' });
  });

  it('a marker planted by another user is neither edited nor counted', async () => {
    const planted = github.addComment(201, `${COMMENT_MARKER}\nI own this`, { id: 583231, login: 'octocat' });
    const first = await runPr(201, repo);
    expect(first.code).toBe(0);
    expect(first.requests.map((r) => r.operationId)).toEqual(['pulls/get', 'issues/list-comments', 'users/get-authenticated', 'issues/create-comment']);
    const again = await runPr(201, repo, { target: 'L1' });
    expect(again.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(1);
    expect(planted.body).toBe(`${COMMENT_MARKER}\nI own this`);
    expect(github.comments.filter((c) => c.issue === 201)).toHaveLength(2);
    expect(comment(201)).toContain('meets target L1');
  });

  it('a closed pull request gets a notice, not a comment', async () => {
    github.pullHeads.set(203, repo.head);
    const r = await run('pull_request', pullRequestEvent(203, repo, 'closed'), repo);
    expect(r.code).toBe(0);
    expect(r.requests).toEqual([]);
    expect(r.annotations).toContainEqual({ kind: 'notice', message: expect.stringContaining('pull request #203 is closed') });
    expect(r.summary).toContain('levelgate');
  });

  it('a malformed or unreadable event file is one clear error', async () => {
    const bad = path.join(work, 'bad-event.json');
    writeFileSync(bad, '{"pull_request": {');
    const invalid = await run('pull_request', {}, repo, {}, { GITHUB_EVENT_PATH: bad });
    expect(invalid.code).toBe(1);
    expect(errors(invalid)).toEqual(['levelgate: the event file (GITHUB_EVENT_PATH) is not valid JSON']);
    const missing = await run('pull_request', {}, repo, {}, { GITHUB_EVENT_PATH: path.join(work, 'nope.json') });
    expect(errors(missing)).toEqual(['levelgate: the event file (GITHUB_EVENT_PATH) could not be read: ENOENT']);
  });

  it('pull_request_target with the base checked out: said so, not labelled as the pull request', async () => {
    const checkout = path.join(work, 'target-checkout');
    git(work, 'clone', '-q', repo.dir, checkout);
    git(checkout, 'checkout', '-q', repo.base);
    github.pullHeads.set(204, repo.head);
    const r = await run('pull_request_target', pullRequestEvent(204, repo), checkout, {}, { GITHUB_SHA: repo.base });

    expect(r.code).toBe(0);
    expect(r.annotations.some((a) => a.kind === 'warning' && a.message.includes('the checkout is the base branch'))).toBe(true);
    const body = comment(204);
    expect(body).toContain(`This report grades the **base branch** (\`${repo.base.slice(0, 7)}\`), not the pull request`);
    expect(body).toContain(`commit [\`${repo.base.slice(0, 7)}\`]`);
    expect(body).not.toContain(repo.head.slice(0, 7));
  });
});

describe('the sticky comment with a personal token', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = makeRepo('personal', 'l1-script', {}, { 'NOTES.md': '# notes\n' });
  });

  it('with a personal token, its own user (GET /user) owns the comment', async () => {
    const me = { id: 9001, login: 'release-bot' };
    const mine = github.addComment(202, `${COMMENT_MARKER}\nold`, me);
    github.addComment(202, `${COMMENT_MARKER}\nplanted`, github.botUser);
    github.tokenUser = me;
    try {
      const r = await runPr(202, repo);
      expect(r.requests.find((x) => x.operationId === 'issues/update-comment')?.params.comment_id).toBe(String(mine.id));
    } finally {
      github.tokenUser = undefined;
    }
    expect(mine.body).toMatch(/^<!-- levelgate:report -->\n### levelgate: /);
  });
});

describe('the fork pattern keeps the policy', () => {
  it('a result file carries the Configuration section and the change to the posting run', async () => {
    const repo = makeRepo('fork-policy', 'l1-script', {}, { '.levelgate.yml': 'ignore: ["src/**"]\n' });
    const file = path.join(work, 'fork-result.json');
    const graded = await runPr(301, repo, { 'output-file': file, target: 'L1' });
    expect(graded.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).policy).toMatchObject({ source: 'base', sha: repo.base });
    const event = structuredClone(examples.find((e) => e.name === 'workflow_run')!.examples[0]!);
    event.workflow_run.head_sha = repo.head;
    event.workflow_run.pull_requests = [];
    const posted = await run('workflow_run', event, repo, { 'report-file': file });
    expect(posted.code).toBe(0);
    expect(fold(comment(301))).toContain('Policy: no configuration file (the defaults) of the base commit');
    expect(fold(comment(301))).toContain("This pull request changes levelgate's configuration");
  });
});

describe("the checkout's .git is not the repository's", () => {
  it('a committed link into .git and a rule that would quote it: the persisted credential reaches no output, in any form', async () => {
    const token = 'ghs_gitLinkTestToken0123456789abcdefXYZ';
    const header = Buffer.from(`x-access-token:${token}`).toString('base64');
    // The base's own policy has a text rule that matches the credential line, as a hostile rule pack might.
    const rule = '      - { id: security.reads-config, level: 2, title: Reads config, hint: x, evidence: [{ text: "extraheader" }] }\n';
    const repo = makeRepo('git-link', 'l1-script', { '.levelgate.yml': `customRules:\n  - dimension: security\n    rules:\n${rule}` }, { 'NOTES.md': 'notes\n' });
    mkdirSync(path.join(repo.dir, 'docs'));
    execFileSync('ln', ['-s', '../.git/config', path.join(repo.dir, 'docs', 'ref.txt')]);
    git(repo.dir, 'add', 'docs/ref.txt');
    git(repo.dir, 'commit', '-q', '-m', 'a link into .git');
    repo.head = git(repo.dir, 'rev-parse', 'HEAD');
    // What actions/checkout persists (persist-credentials: true, its default).
    git(repo.dir, 'config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${header}`);
    github.pullHeads.set(401, repo.head);
    const result = await runAction({ bundle, workspace: repo.dir, apiUrl: github.url, eventName: 'pull_request', event: pullRequestEvent(401, repo), inputs: {}, token });
    expect(github.requestsBy(token).flatMap((r) => r.violations)).toEqual([]);
    const report = JSON.parse(result.outputs.report!) as { notes: { path: string; message: string }[] };
    expect(report.notes).toContainEqual(expect.objectContaining({ path: 'docs/ref.txt', message: 'symlink points into .git, not followed' }));
    // The runner hides a value only after `::add-mask::` names it: that one line is meant to carry it.
    const logged = result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    const everything = [logged, result.stderr, result.summary, JSON.stringify(result.outputs), ...github.comments.map((c) => c.body)].join('\n');
    for (const form of [token, header, encodeURIComponent(token), header.slice(8, 40)]) expect(everything).not.toContain(form);
  });
});
