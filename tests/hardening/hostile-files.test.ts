// Hostile files, each generated here and graded by the real engine: every one finishes (in seconds on two cores;
// before the fixes they took minutes, or never finished, or ran Node out of memory) with a sane report. The
// assertions are on completion, exit codes and content; the generous timeouts only keep a regression from
// hanging the suite.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Deadline, GradeTimeout } from '../../src/deadline.js';
import { collectOptionsFor, grade } from '../../src/engine.js';
import { ConfigError, GradeError } from '../../src/errors.js';
import { MAX_EXPANDED_COMMAND } from '../../src/evidence/ci.js';
import { collectEvidence } from '../../src/evidence/index.js';
import { MAX_SCANNED_LINE } from '../../src/evidence/languages.js';
import { listRepository } from '../../src/inventory/list.js';
import { loadCatalog } from '../../src/rules/load.js';
import type { GradeReport } from '../../src/types.js';
import { runAction } from '../action/run-action.js';
import { cleanup, REPO_ROOT, runCli, tempDir, writeFiles } from './helpers.js';

const SLOW = 120_000;

let root: string;
beforeEach(() => {
  root = tempDir();
});
afterEach(() => cleanup(root));

/** A report a person can use: every dimension graded, a level from 0 to 4. */
function expectSane(report: GradeReport): void {
  expect(report.level).toBeGreaterThanOrEqual(0);
  expect(report.level).toBeLessThanOrEqual(4);
  expect(Object.keys(report.dimensions)).toHaveLength(7);
  for (const d of Object.values(report.dimensions)) expect(d.rules.length).toBeGreaterThan(0);
}

/**
 * Blank lines and tabs, then the literals of many line-start patterns, each after a word so that none matches:
 * every pattern the literal prefilter lets through scans all the whitespace (4 KB took 23 s before the fix).
 */
const KEYS = 'x alert: \nx receivers: \nx livenessProbe: \nx replicas: \nx minReplicas: \nx objective: \nx LOGGING =\nx CACHES =\nx C4Context\nx mtls: \nx gosec\nx SECRET_KEY =\nx except\n';
const blankLines = (size: number) => '\n\t \n'.repeat(size / 4).slice(0, size - KEYS.length) + KEYS;

const service = {
  'package.json': JSON.stringify({ name: 'svc', scripts: { test: 'node --test' } }, null, 2),
  'src/index.ts': "import express from 'express';\nexport const app = express();\n",
};

describe('hostile files are graded in seconds', () => {
  it('a YAML of blank lines and tabs (backtracking ^\\s* patterns took 23 s for 4 KB, 16 KB never finished)', { timeout: SLOW }, async () => {
    writeFiles(root, { ...service, 'deploy/app.yml': blankLines(64 * 1024), 'docs/blank.md': blankLines(16 * 1024) });
    const report = await grade(root, { config: false });
    expectSane(report);
    expect(report.stats.files).toBe(4);
  });

  it('a YAML of a million blank lines after livenessProbe', { timeout: SLOW }, async () => {
    writeFiles(root, { ...service, 'k8s/deployment.yaml': `kind: Deployment\nspec:\n  livenessProbe:${'\n'.repeat(1_000_000)}x: 1\n` });
    const report = await grade(root, { config: false });
    expectSane(report);
    const probes = report.dimensions.monitoring.rules.find((r) => r.id === 'monitoring.health-endpoints');
    expect(probes?.findings.some((f) => f.file === 'k8s/deployment.yaml' && f.line === 3)).toBe(true);
  });

  it('one line of a megabyte of tabs, spaces and quotes', { timeout: SLOW }, async () => {
    const line = ' \t"('.repeat(200 * 1024); // 800 KB: under the 1 MiB a file may have
    writeFiles(root, { ...service, 'src/long.ts': `export const a = 1;\n${line}\n`, '.github/workflows/ci.yml': `on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test ${line}\n` });
    const report = await grade(root, { config: false });
    expectSane(report);
    expect(report.dimensions.testing.rules.find((r) => r.id === 'testing.tests-in-ci')?.status).toBe('met');
  });

  it('a 14 KB package.json whose scripts fan out (npm run a && … × 250, four deep) ran Node out of memory', { timeout: SLOW }, async () => {
    const fanOut = (next: string) => Array.from({ length: 250 }, () => `npm run ${next}`).join(' && ');
    const scripts = { test: fanOut('step:one'), 'step:one': fanOut('step:two'), 'step:two': fanOut('step:three'), 'step:three': 'vitest run' };
    writeFiles(root, {
      'package.json': JSON.stringify({ name: 'fan', scripts }),
      '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
    });
    expect(readFileSync(path.join(root, 'package.json')).length).toBeGreaterThan(14_000);
    const evidence = await collectEvidence(await listRepository(root, {}), collectOptionsFor(await loadCatalog()));
    const command = evidence.ci.find((c) => c.text === 'npm test')!;
    expect(command.expanded.length).toBeLessThanOrEqual(MAX_EXPANDED_COMMAND + 16);
    expect(command.expanded).toContain('vitest run'); // the script four deep is still seen
    const report = await grade(root, { config: false });
    expectSane(report);
    expect(report.dimensions.testing.rules.find((r) => r.id === 'testing.tests-in-ci')?.status).toBe('met');
  });

  it('a 1 MB requirements.txt (11 minutes, then a stack overflow)', { timeout: SLOW }, async () => {
    const names = Array.from({ length: 58_000 }, (_, i) => `pkg-${i}==1.0.${i % 10}`);
    writeFiles(root, { 'requirements.txt': `${names.join('\n')}\nrequests==2.0\n`, 'app.py': 'import requests\nrequests.get("https://example.com", timeout=5)\n' });
    expect(readFileSync(path.join(root, 'requirements.txt')).length).toBeGreaterThan(950_000); // under the 1 MiB a file may have
    const evidence = await collectEvidence(await listRepository(root, {}), collectOptionsFor(await loadCatalog()));
    expect(evidence.dependencies).toHaveLength(58_001);
    expect(evidence.dependencies[57_999]).toMatchObject({ name: 'pkg-57999', line: 58_000 });
    const report = await grade(root, { config: false });
    expectSane(report);
  });

  it('a workspace list of 200,000 globs (a spread into push overflowed the stack)', { timeout: SLOW }, async () => {
    const workspaces = Array.from({ length: 200_000 }, (_, i) => `p${i}`);
    writeFiles(root, { 'package.json': JSON.stringify({ name: 'mono', workspaces }), 'p1/package.json': '{"name":"p1"}' });
    const { gradeMonorepo } = await import('../../src/monorepo/grade.js');
    const result = await gradeMonorepo(root, { config: false });
    expect(result.packages.map((p) => p.path)).toEqual(['p1']);
  });

  it('rules and detectors read a line only up to the cap; line numbers hold', { timeout: SLOW }, async () => {
    writeFiles(root, { 'notes.txt': `${'x'.repeat(MAX_SCANNED_LINE * 3)}\nsecond line\n` });
    const evidence = await collectEvidence(await listRepository(root, {}), collectOptionsFor(await loadCatalog()));
    const text = evidence.text('notes.txt')!;
    expect(text.split('\n')[0]).toHaveLength(MAX_SCANNED_LINE);
    expect(text.split('\n')[1]).toBe('second line');
  });
});

describe('a custom pattern that can backtrack super-linearly', () => {
  const config = (pattern: string) => `customRules:
  - dimension: monitoring
    rules:
      - id: monitoring.acme-probe
        level: 2
        title: Acme probe
        hint: Declare the acme probe in the deployment (deploy/acme.yml).
        evidence:
          - text: ${JSON.stringify(pattern)}
`;

  it('is a config error naming file, line and field', { timeout: SLOW }, async () => {
    writeFiles(root, { ...service, '.levelgate.yml': config('^\\s*acmeProbe:\\s*$') });
    const error = await grade(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^\.levelgate\.yml:9: customRules\.0\.rules\.0\.evidence\.0: pattern "\^\\\\s\*acmeProbe:\\\\s\*\$": the pattern can backtrack in .* time \(ReDoS\)/);
  });

  it('is refused by the CLI with exit code 2 and one line', { timeout: SLOW }, async () => {
    writeFiles(root, { ...service, '.levelgate.yml': config('(a+)+$') });
    const { code, stderr } = await runCli([root, '--format', 'json']);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^levelgate: \.levelgate\.yml:9: customRules\.0\.rules\.0\.evidence\.0: pattern "\(a\+\)\+\$": the pattern can backtrack in exponential time/);
  });

  it('a linear one is graded', { timeout: SLOW }, async () => {
    writeFiles(root, { ...service, '.levelgate.yml': config('^[ \\t]*acmeProbe:[ \\t]*$'), 'deploy/acme.yml': 'spec:\n  acmeProbe:\n' });
    const report = await grade(root);
    expect(report.dimensions.monitoring.rules.find((r) => r.id === 'monitoring.acme-probe')).toMatchObject({ status: 'met', findings: [{ file: 'deploy/acme.yml', line: 2 }] });
  });
});

describe('the time limit', () => {
  const busy = (ms: number) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  };

  it('names the slowest rule and file seen so far', () => {
    const deadline = new Deadline(0.2, '--timeout');
    deadline.enterRule('testing.quick');
    deadline.enterFile('a.ts');
    deadline.enterRule('monitoring.slow');
    deadline.enterFile('deploy/blank\n::error::x.yml');
    busy(300);
    let error: unknown;
    try {
      deadline.enterRule('security.next');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GradeTimeout);
    expect(error).toBeInstanceOf(GradeError); // exit code 2, and the action's known errors
    const message = (error as Error).message;
    expect(message).toMatch(/^the grade did not finish within 0\.2 s \(--timeout\); slowest rule so far: monitoring\.slow \(0\.\d s\); slowest file: "deploy\/blank\\n::error::x\.yml" \(0\.\d s\)\./);
    expect(message).not.toContain('\n');
  });

  it('stops a grade between rules and files, and a job-wide limit wins', { timeout: SLOW }, async () => {
    writeFiles(root, service);
    await expect(grade(root, { config: false, timeoutSeconds: 0.000001 })).rejects.toThrow(/did not finish within 0\.000001 s \(timeoutSeconds\)/);
    // A limit already running (the action's, for head and base together) is not replaced by a longer one.
    const job = new Deadline(0.000001, 'input "timeout"');
    await expect(grade(root, { config: false, timeoutSeconds: 600, deadline: job })).rejects.toThrow(/\(input "timeout"\)/);
    expectSane(await grade(root, { config: false, timeoutSeconds: 600 }));
  });

  it('CLI: --timeout ends with exit code 2 and one line; a bad value is a usage error', { timeout: SLOW }, async () => {
    writeFiles(root, service);
    const timedOut = await runCli([root, '--no-config', '--timeout', '0.000001']);
    expect(timedOut.code).toBe(2);
    expect(timedOut.stderr).toMatch(/^levelgate: the grade did not finish within 0\.000001 s \(--timeout\)[^\n]*\n$/);
    const bad = await runCli([root, '--timeout', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--timeout: "soon" is not a number of seconds/);
    expect((await runCli([root, '--no-config', '--timeout', '0', '--format', 'json'])).code).toBe(0);
  });
});

describe('the bundles', () => {
  // Built from this checkout's src/ (the committed dist/ may be older), with rules/ beside it as in a release.
  let release: string;
  let dist: string;
  beforeAll(async () => {
    release = mkdtempSync(path.join(tmpdir(), 'levelgate-release-'));
    dist = path.join(release, 'dist');
    cpSync(path.join(REPO_ROOT, 'rules'), path.join(release, 'rules'), { recursive: true });
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), dist], { cwd: REPO_ROOT }, (error) => (error ? reject(error) : resolve())),
    );
  }, SLOW);
  afterAll(() => cleanup(release));

  const cli = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      execFile(process.execPath, [path.join(dist, 'cli.js'), ...args], { timeout: SLOW, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
      ),
    );

  it('the CLI bundle grades blank lines, fan-out scripts and a megabyte of requirements with exit 0/1', { timeout: SLOW }, async () => {
    const fanOut = (next: string) => Array.from({ length: 250 }, () => `npm run ${next}`).join(' && ');
    writeFiles(root, {
      ...service,
      'package.json': JSON.stringify({ name: 'svc', scripts: { test: fanOut('step:one'), 'step:one': fanOut('step:two'), 'step:two': fanOut('step:three'), 'step:three': 'vitest run' } }),
      '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
      'k8s/deployment.yaml': `kind: Deployment\nspec:\n  livenessProbe:${'\n'.repeat(1_000_000)}`,
      'deploy/tabs.yml': blankLines(64 * 1024),
      'requirements.txt': Array.from({ length: 58_000 }, (_, i) => `pkg-${i}==1.0.${i % 10}`).join('\n'),
    });
    const ok = await cli([root, '--format', 'json', '--no-config']);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const report = JSON.parse(ok.stdout) as { level: number; dimensions: Record<string, { level: number }> };
    expect(Object.values(report.dimensions).map((d) => d.level)).toHaveLength(7);
    expect(report.level).toBeGreaterThanOrEqual(0);
    const below = await cli([root, '--format', 'json', '--no-config', '--target', 'L4']);
    expect(below.code).toBe(1);
  });

  it('the custom-pattern check runs in the bundle (the analyser is a lazily loaded chunk)', { timeout: SLOW }, async () => {
    writeFiles(root, { ...service, 'rules/acme.yml': 'dimension: monitoring\nrules:\n  - id: monitoring.acme\n    level: 2\n    title: Acme\n    hint: Declare the acme probe in deploy/acme.yml.\n    evidence:\n      - text: "^\\\\s*acme:\\\\s*$"\n' });
    const refused = await cli([root, '--no-config', '--rules', path.join(root, 'rules', 'acme.yml')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^levelgate: \S*acme\.yml:8: rules\.0\.evidence\.0: pattern "\^\\\\s\*acme:\\\\s\*\$": the pattern can backtrack/);
  });

  it('the action fails the step with the time limit, naming it', { timeout: SLOW }, async () => {
    writeFiles(root, service);
    const event = { ref: 'refs/heads/main', repository: { full_name: 'Codertocat/Hello-World' } };
    const result = await runAction({ bundle: path.join(dist, 'index.js'), workspace: root, apiUrl: 'http://127.0.0.1:9', eventName: 'push', event, inputs: { timeout: '0.000001', comment: 'never' } });
    expect(result.code).toBe(1);
    expect(result.annotations.map((a) => a.message).join('\n')).toMatch(/levelgate: the grade did not finish within 0\.000001 s \(input "timeout"\)/);
    const bad = await runAction({ bundle: path.join(dist, 'index.js'), workspace: root, apiUrl: 'http://127.0.0.1:9', eventName: 'push', event, inputs: { timeout: 'soon', comment: 'never' } });
    expect(bad.annotations.map((a) => a.message).join('\n')).toMatch(/input "timeout": "soon" is not a number of seconds/);
  });
});
