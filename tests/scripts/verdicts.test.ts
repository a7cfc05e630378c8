// scripts/verdicts.mjs, as speed work runs it: fixture repositories graded by the built CLI, saved, and graded
// again against the saved set; then a saved report or a repository changed, and every difference listed.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../scripts/verdicts/diff.mjs';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'verdicts.mjs');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures');

const tmp = mkdtempSync(path.join(tmpdir(), 'levelgate-verdicts-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function verdicts(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT, '--cli', CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('npm run verdicts on two fixtures', () => {
  const base = path.join(tmp, 'two');
  const savedOf = (name: string) => path.join(base, `fixture--${name}.json`);

  beforeAll(async () => {
    const run = await verdicts('--fixture', 'l1-script', '--fixture', 'go-l1-cli', '--save', base);
    expect(run.stderr).toContain('[2/2]');
    expect(run.code).toBe(0);
  });

  it('saves one report per folder, without the folder path or anything machine-specific in it', () => {
    const index = readJson(path.join(base, 'index.json'));
    expect(index.folders.map((f: { name: string }) => f.name)).toEqual(['fixture/l1-script', 'fixture/go-l1-cli']);
    const saved = readJson(savedOf('l1-script'));
    expect(saved).toMatchObject({ name: 'fixture/l1-script', exitCode: 0, report: { level: 1, stats: { files: 7 } } });
    expect(JSON.stringify(saved.report)).not.toContain(path.join(FIXTURES, 'l1-script'));
  });

  it('finds the same verdicts when graded again (exit 0)', async () => {
    const run = await verdicts('--against', base);
    expect(run.stdout).toContain('fixture/l1-script: same');
    expect(run.stdout).toContain('fixture/go-l1-cli: same');
    expect(run.stdout).toMatch(/work: files read (\d+) → \1, parsed (\d+) → \2;/);
    expect(run.stdout).toMatch(/2 folders against .*: 2 the same, 0 different\n$/);
    expect(run.code).toBe(0);
  });

  it('lists each difference of a changed report and exits 1; timings and versions are not differences', async () => {
    const changed = path.join(tmp, 'two-changed');
    cpSync(base, changed, { recursive: true });
    const file = path.join(changed, 'fixture--l1-script.json');
    const saved = readJson(file);
    const { report } = saved;
    report.level = 2;
    report.tool.version = '9.9.9';
    report.stats.durationMs = 1;
    report.stats.filesParsed += 3;
    const security = report.dimensions.security;
    const rule = security.met.find((r: { id: string }) => r.id === 'security.input-validation');
    rule.findings[0].line = 99;
    security.met = security.met.filter((r: { id: string }) => r !== rule);
    security.missing.push(rule);
    rule.docsUrl = rule.docsUrl.replace(/v\d+\.\d+\.\d+/, 'v9.9.9');
    writeFileSync(file, JSON.stringify(saved));

    const run = await verdicts('--against', changed);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('fixture/l1-script: DIFFERENT (4)\n');
    expect(run.stdout).toContain('  level 2 → 1\n');
    expect(run.stdout).toContain('  security.input-validation: missing → met\n');
    expect(run.stdout).toContain('  security.input-validation: finding removed  src/index.js:99 "checks its command-line arguments"\n');
    expect(run.stdout).toContain('  security.input-validation: finding added    src/index.js:13 "checks its command-line arguments"\n');
    expect(run.stdout).toMatch(/\(work\) stats\.filesParsed \d+ → \d+/);
    expect(run.stdout).toContain('fixture/go-l1-cli: same');
    expect(run.stdout).toMatch(/1 the same, 1 different \(fixture\/l1-script\)\n$/);
    expect(run.stdout).not.toMatch(/version|durationMs/);

    // Work counters are differences only when asked.
    const strict = await verdicts('--against', changed, '--strict-stats');
    expect(strict.stdout).toContain('fixture/l1-script: DIFFERENT (5)');
    expect(strict.stdout).toMatch(/ {2}stats\.filesParsed \d+ → \d+\n/);
  });
});

describe('npm run verdicts on a repository that changed', () => {
  const repo = path.join(tmp, 'l1-copy');
  const base = path.join(tmp, 'copy-base');

  beforeAll(async () => {
    cpSync(path.join(FIXTURES, 'l1-script'), repo, { recursive: true });
    const run = await verdicts('--no-fixtures', '--repo', repo, '--save', base, '-q');
    expect(run.code).toBe(0);
  });

  it('lists the moved findings and the rule that is no longer met, graded by the real engine', async () => {
    const source = path.join(repo, 'src', 'index.js');
    writeFileSync(source, '\n\n' + readFileSync(source, 'utf8'));
    unlinkSync(path.join(repo, 'test', 'count.test.js'));
    const run = await verdicts('--against', base);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('repo/l1-copy: DIFFERENT');
    expect(run.stdout).toContain('  testing.asserting-tests: met → missing\n');
    expect(run.stdout).toContain('  testing.asserting-tests: finding removed  test/count.test.js:6 "test file with assertions"\n');
    expect(run.stdout).toContain('  security.input-validation: finding removed  src/index.js:13 "checks its command-line arguments"\n');
    expect(run.stdout).toContain('  security.input-validation: finding added    src/index.js:15 "checks its command-line arguments"\n');
    expect(run.stdout).toContain('  stats.files 7 → 6\n');
    expect(run.stdout).toMatch(/0 the same, 1 different \(repo\/l1-copy\)\n$/);
  });

  it('refuses what it cannot do with a one-line error and exit 2', async () => {
    for (const [args, message] of [
      [['--no-fixtures', '--repo', repo], 'say what to do with the reports'],
      [['--against', path.join(tmp, 'nowhere')], 'no index.json'],
      [['--fixture', 'no-such-fixture', '--save', path.join(tmp, 'x')], 'no fixture repository tests/fixtures/no-such-fixture'],
      [['--save', base, '--against', base], 'name the same folder'],
      [['--jobs', '0', '--save', path.join(tmp, 'x')], '--jobs must be'],
    ] as const) {
      const run = await verdicts(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('compareReports', () => {
  const finding = (file: string, line: number, message = 'm') => ({ file, line, message, strength: 'strong' });
  const rule = (id: string, findings: object[]) => ({ id, title: 't', level: 1, required: true, hint: 'h', findings });
  const dimension = (met: object[] = []) => ({ level: 1, met, missing: [], notApplicable: [] });
  const report = (met: object[], notes: object[] = []) => ({
    schemaVersion: 1,
    tool: { name: 'levelgate', version: '0.1.0', rulesVersion: '2026.12.0' },
    level: 1,
    dimensions: { functionality: dimension(met), security: dimension(), performance: dimension(), architecture: dimension(), testing: dimension(), documentation: dimension(), monitoring: dimension() },
    notes,
    stats: { files: 3, filesRead: 3, filesParsed: 0, durationMs: 10 },
  });

  it('tells findings in another order from changed findings', () => {
    const a = report([rule('functionality.x', [finding('a.ts', 1), finding('b.ts', 2)])]);
    const b = report([rule('functionality.x', [finding('b.ts', 2), finding('a.ts', 1)])]);
    expect(compareReports(a, b).differences).toEqual(['functionality.x: the same findings in another order']);
    expect(compareReports(a, a).differences).toEqual([]);
  });

  it('takes notes in another order as the same (files finish reading in any order)', () => {
    const [x, y] = [{ kind: 'skipped-binary', path: 'a.Z', message: 'binary' }, { kind: 'non-utf8', path: 'b.br', message: 'Latin-1' }];
    const compared = compareReports(report([], [x, y]), report([], [y, x]));
    expect(compared.differences).toEqual([]);
    expect(compared.notes).toEqual(['the same notes in another order']);
  });

  it('counts repeated findings, and lists notes and fields it has no special case for', () => {
    const a = report([rule('functionality.x', [finding('a.ts', 1), finding('a.ts', 1)])], [{ kind: 'skipped-large', path: 'big.js', message: 'over 1 MiB' }]);
    const b = { ...report([rule('functionality.x', [finding('a.ts', 1)])]), config: { ignore: ['x/**'] } };
    expect(compareReports(a, b).differences).toEqual([
      'functionality.x: finding removed  a.ts:1 "m"',
      'note removed  skipped-large big.js: "over 1 MiB"',
      'report.config: (none) → {"ignore":["x/**"]}',
    ]);
  });

  it('compares monorepo packages by folder', () => {
    const pkg = (level: number) => ({ path: 'packages/a', name: 'a', ...report([]), level });
    const a = { ...report([]), packages: [pkg(1)] };
    const b = { ...report([]), packages: [pkg(2)] };
    expect(compareReports(a, b).differences).toEqual(['package packages/a: level 1 → 2']);
  });
});
