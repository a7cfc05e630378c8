// Monorepo mode: discovery of packages, each package at its known level on the fixture, reports that stay
// readable with 30 packages, and one listing for the whole tree (speed).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discoverPackages, goWorkUses } from '../../src/monorepo/discover.js';
import { checkMonorepoTargets, gradeMonorepo, type MonorepoReport } from '../../src/monorepo/grade.js';
import { isSharedFile } from '../../src/monorepo/restrict.js';
import { renderMonorepoMarkdown } from '../../src/report/monorepo-markdown.js';
import { renderMonorepoText } from '../../src/report/monorepo-text.js';
import { DIMENSIONS } from '../../src/types.js';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'monorepo');
const expected = JSON.parse(readFileSync(`${FIXTURE}.expected.json`, 'utf8'));
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

let cached: MonorepoReport | undefined;
const fixture = async () => (cached ??= await gradeMonorepo(FIXTURE, { config: false }));

describe('the monorepo fixture', () => {
  it('finds the four packages from the workspaces and go.work', async () => {
    const result = await fixture();
    expect(result.discovery).toBe('workspaces');
    expect(result.packages.map((p) => [p.path, p.name])).toEqual([
      ['packages/empty-lib', '@acme/empty-lib'],
      ['services/billing', 'taskboard-api'],
      ['services/ledger', 'example.com/colsum'],
      ['services/notifier', 'wordfreq'],
    ]);
  });

  it('grades the whole as grade() would', async () => {
    const { whole } = await fixture();
    expect(whole.level).toBe(expected.level);
    for (const d of DIMENSIONS) expect(whole.dimensions[d].level, d).toBe(expected.dimensions[d]);
  });

  for (const [pkg, want] of Object.entries(expected.packages) as [string, { level: number; dimensions: Record<string, number> }][]) {
    it(`${pkg} is L${want.level}: ${Object.entries(want.dimensions).map(([d, l]) => `${d} L${l}`).join(', ')}`, async () => {
      const report = (await fixture()).packages.find((p) => p.path === pkg)!.report;
      const got = Object.fromEntries(DIMENSIONS.map((d) => [d, report.dimensions[d].level]));
      expect(got).toEqual(want.dimensions);
      expect(report.level).toBe(want.level);
    });
  }

  it('cites repository paths in package findings, and never a file of another package', async () => {
    for (const p of (await fixture()).packages) {
      for (const d of DIMENSIONS) {
        for (const f of p.report.dimensions[d].rules.flatMap((r) => r.findings)) {
          expect(f.file.startsWith(`${p.path}/`) || isSharedFile(f.file), `${p.path}: ${f.file}`).toBe(true);
        }
      }
    }
  });

  it('checks targets for the whole and every package', async () => {
    const check = checkMonorepoTargets(await fixture(), { overall: 1, dimensions: {} });
    expect(check.passed).toBe(false);
    expect(new Set(check.failures.map((f) => f.package))).toEqual(new Set(['packages/empty-lib']));
  });

  it('applies repository-path suppressions inside packages', async () => {
    const plain = await fixture();
    const billing = plain.packages.find((p) => p.path === 'services/billing')!.report;
    const validation = billing.dimensions.security.rules.find((r) => r.id === 'security.input-validation')!;
    expect(validation.status).toBe('met');
    const files = [...new Set(validation.findings.map((f) => f.file))];
    const result = await gradeMonorepo(FIXTURE, {
      config: false,
      overrides: { suppressed: [{ rule: 'security.input-validation', matches: (f) => files.includes(f), reason: 'test' }] },
    });
    const after = result.packages.find((p) => p.path === 'services/billing')!.report.dimensions.security.rules.find((r) => r.id === 'security.input-validation')!;
    expect(after.findings.some((f) => files.includes(f.file))).toBe(false);
  });

  it('renders text and markdown side by side', async () => {
    const result = await fixture();
    const text = renderMonorepoText(result, { targets: { overall: 1, dimensions: {} } });
    expect(text).toMatch(/services\/billing\s+L2\s+L2/);
    expect(text).toContain('packages/empty-lib: functionality L0 < L1');
    const md = renderMonorepoMarkdown(result, { targets: { overall: 1, dimensions: {} } });
    expect(md).toContain('| `services/billing` | **L2** |');
    expect(md).toContain('<details><summary><b>services/ledger \\(example.com/colsum\\)</b>');
  });
});

describe('discovery', () => {
  const text = (files: Record<string, string>) => (f: string) => files[f];
  it('npm workspaces (array or object), with negations', () => {
    const files = { 'package.json': JSON.stringify({ workspaces: { packages: ['apps/*', 'libs/**', '!libs/old'] } }), 'apps/web/package.json': '{"name":"web"}', 'libs/a/package.json': '{}', 'libs/old/package.json': '{}', 'tools/x/package.json': '{}' };
    const found = discoverPackages(Object.keys(files), text(files));
    expect(found.source).toBe('workspaces');
    expect(found.packages.map((p) => p.path)).toEqual(['apps/web', 'libs/a']);
    expect(found.packages[0]!.name).toBe('web');
  });
  it('pnpm-workspace.yaml, plus Dockerfile services outside the workspaces', () => {
    const files = { 'pnpm-workspace.yaml': 'packages:\n  - "packages/*"\n', 'packages/a/package.json': '{}', 'deploy/worker/Dockerfile': 'FROM node', 'packages/a/docker/Dockerfile': 'FROM node' };
    expect(discoverPackages(Object.keys(files), text(files)).packages.map((p) => p.path)).toEqual(['deploy/worker', 'packages/a']);
  });
  it('go.work use directives, single and grouped', () => {
    expect(goWorkUses('go 1.22\n\nuse (\n  ./api // the API\n  ./worker\n)\nuse ./cli\n')).toEqual(['./api', './worker', './cli']);
  });
  it('Cargo workspaces', () => {
    const files = { 'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n', 'crates/core/Cargo.toml': '[package]\nname = "core"\n' };
    expect(discoverPackages(Object.keys(files), text(files)).packages).toEqual([{ path: 'crates/core', name: 'core', manifest: 'crates/core/Cargo.toml' }]);
  });
  it('without workspaces: folders with a manifest or Dockerfile, outermost, no fixtures or examples', () => {
    const files = { 'svc/a/go.mod': 'module acme/a\n', 'svc/b/pyproject.toml': '[project]\nname = "b"\n', 'svc/c/Dockerfile': 'FROM x', 'svc/a/tools/gen/go.mod': 'module x', 'examples/demo/package.json': '{}', 'tests/fixtures/x/package.json': '{}' };
    const found = discoverPackages(Object.keys(files), text(files));
    expect(found.source).toBe('manifests');
    expect(found.packages.map((p) => [p.path, p.name])).toEqual([['svc/a', 'acme/a'], ['svc/b', 'b'], ['svc/c', 'svc/c']]);
  });
  it('config globs replace discovery; exclude drops folders', () => {
    const files = { 'package.json': JSON.stringify({ workspaces: ['packages/*'] }), 'packages/a/package.json': '{}', 'packages/b/package.json': '{}', 'custom/x/main.py': '' };
    expect(discoverPackages(Object.keys(files), text(files), { packages: ['custom/*', 'packages/*'], exclude: ['packages/b'] }).packages.map((p) => p.path)).toEqual(['custom/x', 'packages/a']);
  });
});

describe('scale', () => {
  it('stays readable and under the comment limit with 30 packages', async () => {
    const base = await fixture();
    const packages = Array.from({ length: 30 }, (_, i) => ({ ...base.packages[i % 4]!, path: `services/service-${String(i).padStart(2, '0')}` }));
    const many: MonorepoReport = { ...base, packages };
    const md = renderMonorepoMarkdown(many, { targets: { overall: 2, dimensions: {} }, limit: 65_000 });
    expect(md.length).toBeLessThanOrEqual(65_000);
    const rows = md.split('\n').filter((l) => l.startsWith('| `services/service-'));
    expect(rows).toHaveLength(30);
    // A row is short enough to read in a comment: package, overall, seven levels.
    expect(Math.max(...rows.map((r) => r.length))).toBeLessThan(110);
    expect(md).toContain('❌ Below target');
  });

  it('grades a 30-package tree of 6,000 files in seconds, reading each file once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-mono-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'big', workspaces: ['services/*'] }));
    for (let s = 0; s < 30; s++) {
      const svc = path.join(dir, 'services', `svc-${s}`);
      mkdirSync(path.join(svc, 'src'), { recursive: true });
      writeFileSync(path.join(svc, 'package.json'), JSON.stringify({ name: `svc-${s}`, scripts: { test: 'vitest run', build: 'tsc' }, dependencies: { pino: '^9' } }));
      for (let f = 0; f < 199; f++) writeFileSync(path.join(svc, 'src', `m${f}.ts`), `import pino from 'pino';\nconst log = pino();\nexport function f${f}(x: number) {\n  try { return x * ${f}; } catch (e) { log.error(e); throw e; }\n}\n`);
    }
    const started = performance.now();
    const result = await gradeMonorepo(dir, { config: false });
    const seconds = (performance.now() - started) / 1000;
    expect(result.packages).toHaveLength(30);
    expect(result.whole.stats.files).toBe(6001);
    expect(result.whole.stats.filesRead).toBe(6001);
    expect(seconds).toBeLessThan(60);
    // Scoring a package is cheap next to reading the tree: the slices share the one evidence pass.
    const slices = result.packages.reduce((sum, p) => sum + p.report.stats.durationMs, 0);
    expect(slices).toBeLessThan(result.whole.stats.durationMs * 2);
  }, 120_000);
});

describe('the CLI', () => {
  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const { Writable } = await import('node:stream');
    const sink = (fn: (s: string) => void) => new Writable({ write: (chunk, _e, cb) => (fn(String(chunk)), cb()) });
    const { main } = await import('../../src/cli.js');
    const code = await main(args, { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) } as unknown as Parameters<typeof main>[1]);
    return { code, stdout, stderr };
  };

  it('--monorepo: side by side, exit 1 when a package is below target, failures named on stderr for json', async () => {
    const md = await run([FIXTURE, '-q', '--no-config', '--monorepo', '-f', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| `services/notifier` | **L1** |');
    const json = await run([FIXTURE, '-q', '--no-config', '-m', '-f', 'json', '-t', 'L1']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).packages).toHaveLength(4);
    expect(json.stderr).toContain('packages/empty-lib: functionality is L0, below target L1');
  });

  it('monorepo: true in the config turns the mode on; --no-monorepo turns it off', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-mono-cli-'));
    temps.push(dir);
    const { cpSync } = await import('node:fs');
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(path.join(dir, '.levelgate.yml'), 'monorepo: { exclude: ["packages/*"] }\n');
    const on = JSON.parse((await run([dir, '-q', '-f', 'json'])).stdout);
    expect(on.packages.map((p: { path: string }) => p.path)).toEqual(['services/billing', 'services/ledger', 'services/notifier']);
    const off = JSON.parse((await run([dir, '-q', '-f', 'json', '--no-monorepo'])).stdout);
    expect(off.packages).toBeUndefined();
  });

  it('--format sarif writes a SARIF log', async () => {
    const sarif = await run([FIXTURE, '-q', '--no-config', '-f', 'sarif', '-t', 'L3']);
    expect(sarif.code).toBe(1);
    expect(JSON.parse(sarif.stdout).version).toBe('2.1.0');
  });
});
