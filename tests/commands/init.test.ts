// `levelgate init`: in a fresh repository it writes the workflow and a .levelgate.yml at the current levels; the
// written workflow's levelgate step (the built action, run as a runner would) then grades the repository and
// passes at those targets. Existing files are never touched.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_REF, COMMENT_WORKFLOW_FILE, CONFIG_FILE, CONFIG_SCHEMA_URL, PINNED_ACTIONS, WORKFLOW_FILE } from '../../src/commands/init.js';
import { loadConfig } from '../../src/config/load.js';
import { grade } from '../../src/engine.js';
import { TOOL_VERSION } from '../../src/version.js';
import { runAction } from '../action/run-action.js';
import { runCli } from './cli-io.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
const BUILD_SCRIPT = process.env.LEVELGATE_E2E_BUILD_SCRIPT ?? 'scripts/build.mjs';
const work = mkdtempSync(path.join(tmpdir(), 'levelgate-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A git repository holding a copy of a fixture, on branch `trunk`. */
function freshRepo(fixture: string, name = fixture): string {
  const dir = path.join(work, name);
  cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'trunk', dir]);
  return dir;
}
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('levelgate init in a fresh repository', () => {
  let repo: string;
  let result: Awaited<ReturnType<typeof runCli>>;
  let bundle: string;

  beforeAll(async () => {
    repo = freshRepo('l3-system');
    result = await runCli('init', repo);
    // The bundle with the rule catalog beside it, as the action ships (dist/ and rules/), nothing installed.
    const action = path.join(work, 'action');
    execFileSync(process.execPath, [BUILD_SCRIPT, path.join(action, 'dist')], { cwd: ROOT, stdio: 'pipe' });
    cpSync(path.join(ROOT, 'rules'), path.join(action, 'rules'), { recursive: true });
    bundle = path.join(action, 'dist', 'index.js');
  });

  it('writes both files and says what it wrote and what to do next', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`levelgate init: wrote ${CONFIG_FILE}: targets `);
    expect(result.stdout).toContain(`levelgate init: wrote ${WORKFLOW_FILE}\n`);
    expect(result.stdout).toContain('Next:\n  1. Check it here: npx levelgate');
  });

  it('sets the targets to the current levels, in a config that validates, with the schema line', async () => {
    const text = read(repo, CONFIG_FILE);
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`);
    const config = await loadConfig(repo);
    const report = await grade(repo, { config: false });
    expect(config!.targets!.overall).toBe(report.level);
    expect(report.level).toBeGreaterThan(0);
    // Every dimension above the overall level keeps its own level as a target.
    for (const [d, target] of Object.entries(config!.targets!.dimensions)) expect(target).toBe(report.dimensions[d as keyof typeof report.dimensions].level);
    const above = Object.values(report.dimensions).filter((d) => d.level > report.level).map((d) => d.dimension).sort();
    expect(Object.keys(config!.targets!.dimensions).sort()).toEqual(above);
  });

  it('writes a least-privilege workflow on the current branch, with the full history and pinned actions', () => {
    const workflow = parse(read(repo, WORKFLOW_FILE));
    expect(workflow.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    expect(workflow.on.push.branches).toEqual(['trunk']);
    const steps = workflow.jobs.levelgate.steps;
    expect(steps[0].uses).toMatch(/^actions\/checkout@[0-9a-f]{40}$/);
    expect(steps[0].with).toEqual({ 'fetch-depth': 0, 'persist-credentials': false });
    expect(steps[1].uses).toBe(`levelgate/levelgate@v${TOOL_VERSION.split('.')[0]}`);
  });

  it('the CLI grades it with the written config and exits 0', async () => {
    const graded = await runCli(repo, '--format', 'text');
    expect(graded.stdout).toMatch(/^✓ meets target /m);
    expect(graded.code).toBe(0);
  });

  it("the written workflow's levelgate step (the built action) grades it and passes at the ratchet target", async () => {
    const step = parse(read(repo, WORKFLOW_FILE)).jobs.levelgate.steps.find((s: { uses: string }) => s.uses === ACTION_REF);
    const run = await runAction({
      bundle,
      workspace: repo,
      apiUrl: 'http://127.0.0.1:9', // a push makes no API call
      eventName: 'push',
      event: { ref: 'refs/heads/trunk', after: '1'.repeat(40) },
      inputs: step.with ?? {},
    });
    expect(run.annotations.filter((a) => a.kind === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.outputs.passed).toBe('true');
    expect(run.outputs.level).toBe(`L${(await loadConfig(repo))!.targets!.overall}`);
  });

  it('a repository that then falls below the ratchet fails', async () => {
    // Remove the CI workflow that runs the tests: testing and functionality drop below their targets.
    const lower = freshRepo('l3-system', 'l3-lowered');
    await runCli('init', lower);
    rmSync(path.join(lower, '.github', 'workflows', 'ci.yml'));
    const graded = await runCli(lower, '--format', 'json');
    expect(graded.code).toBe(1);
    expect(graded.stderr).toMatch(/below target/);
  });
});

describe('levelgate init never overwrites', () => {
  it('leaves an existing config and workflow untouched, byte for byte', async () => {
    const repo = freshRepo('l1-script', 'existing');
    mkdirSync(path.join(repo, '.github', 'workflows'), { recursive: true });
    writeFileSync(path.join(repo, '.github', 'levelgate.yml'), 'targets: { overall: L1 }\n');
    writeFileSync(path.join(repo, WORKFLOW_FILE), 'name: mine\n');
    const { code, stdout } = await runCli('init', repo);
    expect(code).toBe(0);
    expect(stdout).toContain('levelgate init: .github/levelgate.yml exists; left as it is (its targets stay)');
    expect(stdout).toContain(`levelgate init: ${WORKFLOW_FILE} exists; left as it is`);
    expect(stdout).toContain('Nothing to write');
    expect(read(repo, '.github/levelgate.yml')).toBe('targets: { overall: L1 }\n');
    expect(read(repo, WORKFLOW_FILE)).toBe('name: mine\n');
    expect(() => read(repo, CONFIG_FILE)).toThrow(); // no second config beside the existing one
  });

  it('with --fork-safe writes the comment workflow, and asks for the upload in an existing main workflow', async () => {
    const fresh = freshRepo('l1-script', 'fork-safe');
    expect((await runCli('init', fresh, '--fork-safe')).code).toBe(0);
    const main = parse(read(fresh, WORKFLOW_FILE));
    const upload = main.jobs.levelgate.steps.find((s: { uses: string }) => s.uses.startsWith('actions/upload-artifact@'));
    expect(upload.if).toBe('always() && github.event.pull_request.head.repo.fork');
    const comment = parse(read(fresh, COMMENT_WORKFLOW_FILE));
    expect(comment.on.workflow_run.workflows).toEqual(['levelgate']);
    expect(comment.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    // The posting workflow checks out nothing: it never runs code from the pull request.
    expect(comment.jobs.comment.steps.map((s: { uses: string }) => s.uses.split('@')[0])).toEqual(['actions/download-artifact', 'levelgate/levelgate']);

    const halfway = freshRepo('l1-script', 'fork-safe-later');
    await runCli('init', halfway);
    const again = await runCli('init', halfway, '--fork-safe');
    expect(again.stdout).toContain(`wrote ${COMMENT_WORKFLOW_FILE}`);
    expect(again.stdout).toContain('add output-file and the upload step');
  });

  it('refuses a path that is not a directory, with one line and exit code 2', async () => {
    const { code, stderr } = await runCli('init', path.join(work, 'nope'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^levelgate: cannot grade ".*nope": no such directory\n$/);
  });
});

describe('the pins in the written workflows', () => {
  it("are the ones levelgate's own workflows use (Dependabot updates those)", () => {
    const own = ['ci.yml', 'levelgate.yml', 'levelgate-comment.yml'].map((f) => read(ROOT, `.github/workflows/${f}`)).join('\n');
    for (const pin of Object.values(PINNED_ACTIONS)) expect(own).toContain(`uses: ${pin}\n`);
  });
});
