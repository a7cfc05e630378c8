// The config file: discovery, every field's effect on the grade, and every kind of bad config as a
// ConfigError naming file, line and field (exit code 2 from the CLI).
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { findConfig, loadConfig, mergeTargets } from '../../src/config/load.js';
import { grade } from '../../src/engine.js';
import { ConfigError } from '../../src/errors.js';
import { main } from '../../src/cli.js';
import { checkTargets } from '../../src/targets.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A copy of a fixture (or an empty folder) with extra files. */
function repo(files: Record<string, string>, fixture?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-config-'));
  temps.push(dir);
  if (fixture) cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

async function configError(text: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = repo({ '.levelgate.yml': text, ...extra }, 'l1-script');
  try {
    await grade(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('discovery', () => {
  it.each([['.levelgate.yml'], ['.levelgate.yaml'], ['.github/levelgate.yml'], ['.github/.levelgate.yml'], ['.github/levelgate.yaml']])('finds %s', async (name) => {
    const dir = repo({ [name]: 'version: 1\n' });
    expect(path.relative(dir, (await findConfig(dir))!)).toBe(name);
    expect((await loadConfig(dir))!.displayName).toBe(name);
  });

  it.each([
    [['.levelgate.yml', '.github/levelgate.yml']],
    [['.levelgate.yaml', '.github/levelgate.yml']],
    [['.github/levelgate.yml', '.github/.levelgate.yml']],
  ])('refuses two config files %j, naming both (no silent winner)', async (names) => {
    const dir = repo(Object.fromEntries(names.map((n) => [n, 'version: 1\n'])));
    const both = new RegExp(`^${names.map((n) => n.replace(/\./g, '\\.')).join(' and ')}: two config files`);
    await expect(findConfig(dir)).rejects.toThrow(both);
    await expect(loadConfig(dir)).rejects.toThrow(ConfigError);
  });

  it('finds nothing in a repository without a config', async () => {
    expect(await loadConfig(repo({ 'README.md': '# x\n' }))).toBeUndefined();
  });

  it('reads an explicit file before any in the repository, and fails when it is missing', async () => {
    const dir = repo({ '.levelgate.yml': 'targets: { overall: L1 }\n', 'other.yml': 'targets: { overall: L3 }\n' });
    expect((await loadConfig(dir, { file: path.join(dir, 'other.yml') }))!.targets?.overall).toBe(3);
    await expect(loadConfig(dir, { file: path.join(dir, 'nope.yml') })).rejects.toThrow(/config file not found/);
  });

  it('is skipped with config: false', async () => {
    const dir = repo({ '.levelgate.yml': 'notApplicable: [{ dimension: monitoring, reason: batch job }]\n' }, 'l1-script');
    expect((await grade(dir, { config: false })).dimensions.monitoring.notApplicable).toBeUndefined();
    expect((await grade(dir)).dimensions.monitoring.notApplicable).toBe(true);
  });
});

describe('every field', () => {
  it('targets: levels as L2, 2 or "l2", overall and per dimension; given targets replace them', async () => {
    const dir = repo({ '.levelgate.yml': 'targets:\n  overall: L1\n  security: 2\n  testing: "l1"\n' });
    const config = (await loadConfig(dir))!;
    expect(config.targets).toEqual({ overall: 1, dimensions: { security: 2, testing: 1 } });
    expect(mergeTargets(config.targets, undefined)).toEqual(config.targets);
    expect(mergeTargets(config.targets, { overall: 3, dimensions: {} })).toEqual({ overall: 3, dimensions: {} });
    expect(mergeTargets(undefined, { dimensions: {} })).toBeUndefined();
  });

  it('ignore: ignored paths are left out of the grade (read for the secrets scan only, unless the operator allows)', async () => {
    const plain = await grade(repo({}, 'l1-script'), { config: false });
    expect(plain.dimensions.testing.level).toBe(1);
    const report = await grade(repo({ '.levelgate.yml': 'ignore: ["test/**"]\n' }, 'l1-script'));
    expect(report.dimensions.testing.level).toBe(0);
    expect(report.config?.ignore).toEqual(['test/**']);
    expect(report.config?.ignoreScannedForSecrets).toBe(true);
    // With the operator's leave the ignored files are not even listed.
    const allowed = await grade(repo({ '.levelgate.yml': 'ignore: ["test/**"]\n' }, 'l1-script'), { limits: { allowConfigToRelaxSecrets: true } });
    expect(allowed.dimensions.testing.level).toBe(0);
    // The same files are graded; only the secrets scan read the ignored ones.
    expect(allowed.stats.files).toBe(report.stats.files);
    expect(allowed.stats.filesRead).toBeLessThan(report.stats.filesRead);
  });

  it('disable: the rule is not applicable, with the reason', async () => {
    const report = await grade(repo({ '.levelgate.yml': 'disable:\n  - rule: performance.caching\n    reason: a CLI caches nothing\n' }, 'l1-script'));
    const rule = report.dimensions.performance.rules.find((r) => r.id === 'performance.caching')!;
    expect(rule.status).toBe('not_applicable');
    expect(rule.reason).toContain('a CLI caches nothing');
    expect(report.config?.disabled).toEqual([{ rule: 'performance.caching', reason: 'a CLI caches nothing' }]);
  });

  it('suppress: findings in the paths are dropped and the reason shows', async () => {
    const leak = await grade(repo({}, 'secret-leak'), { config: false });
    const secrets = leak.dimensions.security.rules.find((r) => r.id === 'security.no-committed-secrets')!;
    expect(secrets.status).toBe('missing');
    const files = [...new Set(secrets.findings.map((f) => f.file))];
    const yaml = `suppress:\n  - rule: security.no-committed-secrets\n    paths: ${JSON.stringify(files)}\n    reason: keys of the test environment, rotated\n`;
    const report = await grade(repo({ '.levelgate.yml': yaml }, 'secret-leak'), { limits: { allowConfigToRelaxSecrets: true } });
    const rule = report.dimensions.security.rules.find((r) => r.id === 'security.no-committed-secrets')!;
    expect(rule.status).toBe('met');
    expect(rule.reason).toMatch(/^suppressed: keys of the test environment, rotated/);

    // Without the operator's leave, the config cannot hide a committed secret: the entry is not applied, and the report says so.
    const guarded = await grade(repo({ '.levelgate.yml': yaml }, 'secret-leak'));
    expect(guarded.dimensions.security.rules.find((r) => r.id === 'security.no-committed-secrets')!.status).toBe('missing');
    expect(guarded.dimensions.security.level).toBe(0);
    expect(guarded.config?.suppressed).toEqual([]);
    expect(guarded.config?.overruled).toEqual([{ entry: `suppress security.no-committed-secrets in ${files.join(', ')}`, reason: expect.stringContaining('allow-config-to-relax-secrets') }]);
  });

  it('notApplicable: shown as n/a, left out of the overall level and of targets, stated in the report', async () => {
    const dir = repo({ '.levelgate.yml': 'notApplicable:\n  - dimension: testing\n    reason: generated client, tested upstream\n', 'test/count.test.js': '' }, 'l1-script');
    // Without tests the repository would be L0 overall; testing n/a must not silently raise... it leaves the overall to the others.
    const report = await grade(dir);
    expect(report.dimensions.testing.notApplicable).toBe(true);
    expect(report.dimensions.testing.level).toBe(0);
    expect(report.level).toBe(1);
    expect(report.config?.notApplicable).toEqual([{ dimension: 'testing', reason: 'generated client, tested upstream' }]);
    expect(checkTargets(report, { overall: 1, dimensions: {} }).passed).toBe(true);
  });

  it('customRules: a required custom rule raises the bar, and the report names it', async () => {
    const yaml = `customRules:
  - dimension: documentation
    levels:
      1: { required: [documentation.acme-owners] }
    rules:
      - id: documentation.acme-owners
        level: 1
        title: A CODEOWNERS file
        hint: Add .github/CODEOWNERS so that every change has a reviewer.
        evidence:
          - files: ["CODEOWNERS", ".github/CODEOWNERS"]
`;
    const without = await grade(repo({ '.levelgate.yml': yaml }, 'l1-script'));
    expect(without.dimensions.documentation.level).toBe(0);
    expect(without.dimensions.documentation.next?.requiredMissing).toContain('documentation.acme-owners');
    expect(without.config?.customRules).toEqual([{ id: 'documentation.acme-owners', dimension: 'documentation', level: 1, role: 'required', source: '.levelgate.yml customRules[0]' }]);
    const withOwners = await grade(repo({ '.levelgate.yml': yaml, '.github/CODEOWNERS': '* @acme/team\n' }, 'l1-script'));
    // Back to the fixture's own level: L2, its README's options table being the CLI's command reference.
    expect(withOwners.dimensions.documentation.level).toBe(2);
  });

  it('customRules: without levels a custom rule is an extra alternative, reported as such', async () => {
    const yaml = `customRules:
  - dimension: security
    rules:
      - id: security.acme-audit
        level: 2
        title: Acme audit client
        hint: Send security events to the acme audit service.
        evidence:
          - text: "auditClient\\\\.send"
`;
    const report = await grade(repo({ '.levelgate.yml': yaml }, 'l1-script'));
    expect(report.config?.customRules[0]).toMatchObject({ id: 'security.acme-audit', role: 'alternative' });
    expect(report.dimensions.security.rules.some((r) => r.id === 'security.acme-audit')).toBe(true);
  });

  it('rulePacks: a folder of rule files inside the repository', async () => {
    const pack = `dimension: architecture
levels:
  1: { required: [architecture.acme-service-yaml] }
rules:
  - id: architecture.acme-service-yaml
    level: 1
    title: An acme service descriptor
    hint: Describe the service in service.yaml for the platform catalog.
    evidence:
      - files: ["service.yaml"]
`;
    const dir = repo({ '.levelgate.yml': 'rulePacks: [tools/levelgate]\n', 'tools/levelgate/acme.yml': pack }, 'l1-script');
    const report = await grade(dir);
    expect(report.dimensions.architecture.level).toBe(0);
    expect(report.config?.customRules[0]).toMatchObject({ id: 'architecture.acme-service-yaml', role: 'required', source: 'tools/levelgate/acme.yml' });
  });

  it('rule packs given by the operator may be anywhere local', async () => {
    const outside = repo({ 'acme.yml': 'dimension: testing\nrules:\n  - id: testing.acme-contract\n    level: 3\n    title: Contract tests\n    hint: Add pact tests.\n    evidence:\n      - files: ["**/*.pact.json"]\n' });
    const report = await grade(repo({}, 'l1-script'), { config: false, rulePacks: [path.join(outside, 'acme.yml')] });
    expect(report.config?.customRules.map((r) => r.id)).toEqual(['testing.acme-contract']);
    expect(report.config?.file).toBeUndefined();
  });

  it('monorepo: true, false, or an object with package globs', async () => {
    const load = async (text: string) => (await loadConfig(repo({ '.levelgate.yml': text })))!.monorepo;
    expect(await load('monorepo: true\n')).toEqual({ enabled: true });
    expect(await load('monorepo: false\n')).toEqual({ enabled: false });
    expect(await load('monorepo: { packages: ["svc/*"], exclude: ["svc/old"] }\n')).toEqual({ enabled: true, packages: ['svc/*'], exclude: ['svc/old'] });
  });

  it('version and $schema are accepted', async () => {
    expect(await loadConfig(repo({ '.levelgate.yml': '$schema: ./node_modules/levelgate/docs/config.schema.json\nversion: 1\n' }))).toBeDefined();
  });
});

describe('bad configs are errors with file, line and field', () => {
  const rule = () => '      - id: security.acme-x\n        level: 2\n        title: X\n        hint: Do x.\n        evidence:\n          - files: ["x"]\n';
  it.each([
    ['invalid YAML', 'targets: {overall: L2\n', /^\.levelgate\.yml:\d+: invalid YAML/],
    ['a list at the root', '- a\n- b\n', /^\.levelgate\.yml:1: \(root\): expected a mapping/],
    ['a duplicate key', 'ignore: [a]\nignore: [b]\n', /^\.levelgate\.yml:2: invalid YAML: Map keys must be unique/],
    ['an unknown field', 'version: 1\n\ntargts:\n  overall: L2\n', /^\.levelgate\.yml:3: targts: unknown field "targts"/],
    ['an unknown target dimension', 'targets:\n  overall: L1\n  speed: L2\n', /^\.levelgate\.yml:3: targets\.speed: unknown field "speed"/],
    ['a level out of range', 'targets:\n  security: L5\n', /^\.levelgate\.yml:2: targets\.security: .*L0 to L4/],
    ['a wrong type', 'ignore: vendor/**\n', /^\.levelgate\.yml:1: ignore: expected array, received string/],
    ['a disable without reason', 'disable:\n  - rule: performance.caching\n', /^\.levelgate\.yml:2: disable\.0\.reason: expected string, received undefined/],
    ['an empty reason', 'suppress:\n  - rule: security.no-committed-secrets\n    paths: ["x/**"]\n    reason: "  "\n', /^\.levelgate\.yml:4: suppress\.0\.reason: a reason is required/],
    ['a suppression without paths', 'suppress:\n  - rule: security.no-committed-secrets\n    paths: []\n    reason: r\n', /^\.levelgate\.yml:3: suppress\.0\.paths: .*>=1/],
    ['an unknown rule', 'disable:\n  - rule: performance.cachng\n    reason: r\n', /^\.levelgate\.yml:2: disable\.0\.rule: unknown rule "performance\.cachng"; did you mean performance\.caching\?/],
    ['an unknown suppressed rule', 'suppress:\n  - rule: security.nope\n    paths: [a]\n    reason: r\n', /^\.levelgate\.yml:2: suppress\.0\.rule: unknown rule "security\.nope"/],
    ['a rule disabled twice', 'disable:\n  - { rule: performance.caching, reason: r }\n  - { rule: performance.caching, reason: s }\n', /^\.levelgate\.yml:3: disable\.1\.rule: "performance\.caching" is disabled twice/],
    ['an unknown dimension', 'notApplicable:\n  - dimension: speed\n    reason: r\n', /^\.levelgate\.yml:2: notApplicable\.0\.dimension: expected one of "functionality"/],
    ['a dimension listed twice', 'notApplicable:\n  - { dimension: performance, reason: r }\n  - { dimension: performance, reason: r }\n', /^\.levelgate\.yml:3: notApplicable\.1\.dimension: "performance" is listed twice/],
    ['a target for a dimension not applicable', 'targets:\n  performance: L2\nnotApplicable:\n  - { dimension: performance, reason: a library }\n', /^\.levelgate\.yml:2: targets\.performance: "performance" is declared not applicable \(line 4\)/],
    ['every dimension not applicable', `notApplicable:\n${['functionality', 'security', 'performance', 'architecture', 'testing', 'documentation', 'monitoring'].map((d) => `  - { dimension: ${d}, reason: r }`).join('\n')}\n`, /^\.levelgate\.yml:1: notApplicable: every dimension/],
    ['a bad monorepo value', 'monorepo: sometimes\n', /^\.levelgate\.yml:1: monorepo: /],
    ['a custom rule replacing a built-in', 'customRules:\n  - dimension: performance\n    rules:\n      - id: performance.caching\n        level: 2\n        title: t\n        hint: h\n        evidence: [{ files: ["x"] }]\n', /^\.levelgate\.yml:4: customRules\.0\.rules\.0\.id: "performance\.caching" is a built-in rule/],
    ['a custom rule of another dimension', `customRules:\n  - dimension: testing\n    rules:\n${rule()}`, /^\.levelgate\.yml:4: customRules\.0\.rules\.0\.id: id must start with "testing\."/],
    ['a custom rule id twice', `customRules:\n  - dimension: security\n    rules:\n${rule()}${rule()}`, /^\.levelgate\.yml:10: customRules\.0\.rules\.1\.id: duplicate id/],
    ['a custom level requiring an unknown rule', `customRules:\n  - dimension: security\n    levels:\n      2: { required: [security.acme-y] }\n    rules:\n${rule()}`, /^\.levelgate\.yml:4: customRules\.0\.levels\.2\.required\.0: "security\.acme-y" is not a rule of this file/],
    ['a custom level of the wrong level', `customRules:\n  - dimension: security\n    levels:\n      3: { required: [security.acme-x] }\n    rules:\n${rule()}`, /^\.levelgate\.yml:4: customRules\.0\.levels\.3\.required\.0: "security\.acme-x" is a level 2 rule/],
    ['a custom level lowering atLeast', `customRules:\n  - dimension: security\n    levels:\n      2: { atLeast: 0 }\n    rules:\n${rule()}`, /^\.levelgate\.yml:4: customRules\.0\.levels\.2\.atLeast: unknown field "atLeast"/],
    ['an unknown detector', `customRules:\n  - dimension: security\n    rules:\n  - id: security.acme-x\n    level: 2\n    title: X\n    hint: h\n    evidence:\n      - detector: nope\n`.replace('rules:\n  -', 'rules:\n      -').replace(/\n    (level|title|hint|evidence)/g, '\n        $1').replace('\n      - detector', '\n          - detector'), /^\.levelgate\.yml:9: customRules\.0\.rules\.0\.evidence\.0: unknown detector "nope"/],
    ['an invalid pattern', `customRules:\n  - dimension: security\n    rules:\n      - id: security.acme-x\n        level: 2\n        title: X\n        hint: h\n        evidence:\n          - text: "/(unclosed/"\n`, /^\.levelgate\.yml:9: customRules\.0\.rules\.0\.evidence\.0: invalid pattern/],
    ['a rule pack escaping with ..', 'rulePacks:\n  - ../elsewhere\n', /^\.levelgate\.yml:2: rulePacks\.0: rule pack "\.\.\/elsewhere" must be a path inside the repository/],
    ['an absolute rule pack', 'rulePacks:\n  - /etc\n', /^\.levelgate\.yml:2: rulePacks\.0: .*inside the repository/],
    ['a missing rule pack', 'rulePacks:\n  - tools/none\n', /^\.levelgate\.yml:2: rulePacks\.0: rule pack "tools\/none" not found/],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`).join('\n')}\n`, /^\.levelgate\.yml:1: invalid YAML: Excessive alias count/],
    ['a rule pack folder holding a folder named *.yml', 'rulePacks: [tools/pack]\n', /^\.levelgate\.yml:1: rulePacks\.0: "nested\.yml" in rule pack "tools\/pack" is not a file/, { 'tools/pack/nested.yml/x': 'x' }],
    ['a bad file in a rule pack', 'rulePacks: [tools/pack]\n', /^tools\/pack\/a\.yml:4: rules\.0\.level: .*<=4/, { 'tools/pack/a.yml': 'dimension: testing\nrules:\n  - id: testing.x\n    level: 9\n    title: t\n    hint: h\n    evidence: [{ files: [x] }]\n' }],
  ] as [string, string, RegExp, Record<string, string>?][])('%s', async (_name, text, expected, extra) => {
    expect(await configError(text, extra)).toMatch(expected);
  });

  it('a rule pack that is a symlink out of the repository', async () => {
    const outside = repo({ 'acme.yml': 'dimension: testing\nrules:\n  - { id: testing.x, level: 2, title: t, hint: h, evidence: [{ files: [x] }] }\n' });
    const dir = repo({ '.levelgate.yml': 'rulePacks:\n  - tools/link\n' }, 'l1-script');
    mkdirSync(path.join(dir, 'tools'));
    symlinkSync(outside, path.join(dir, 'tools', 'link'));
    await expect(grade(dir)).rejects.toThrow(/^\.levelgate\.yml:2: rulePacks\.0: rule pack "tools\/link" leads outside the repository \(symlink\)/);
  });

  it('a config or rule pack that leads into .git, where the checkout keeps its credentials', async () => {
    const dir = repo({ '.git/config': '[http]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3NlY3JldA==\n' }, 'l1-script');
    symlinkSync('.git/config', path.join(dir, '.levelgate.yml'));
    await expect(grade(dir)).rejects.toThrow(/^\.levelgate\.yml: the config file leads into \.git/);
    const packs = repo({ '.git/config': '[core]\n', '.levelgate.yml': 'rulePacks:\n  - tools/link\n' }, 'l1-script');
    mkdirSync(path.join(packs, 'tools'));
    symlinkSync('../.git', path.join(packs, 'tools', 'link'));
    const error = await grade(packs).catch((e: Error) => e);
    expect(String(error)).toMatch(/rulePacks\.0: rule pack "tools\/link" leads into \.git/);
    expect(String(error)).not.toContain('extraheader');
  });

  it('a discovered config that is a symlink out of the repository', async () => {
    const outside = repo({ 'c.yml': 'version: 1\n' });
    const dir = repo({}, 'l1-script');
    symlinkSync(path.join(outside, 'c.yml'), path.join(dir, '.levelgate.yml'));
    await expect(grade(dir)).rejects.toThrow(/symlink that points outside the repository/);
  });
});

describe('the CLI', () => {
  const run = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const sink = (fn: (s: string) => void) => new Writable({ write: (chunk, _e, cb) => (fn(String(chunk)), cb()) });
    const io = { stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)) } as unknown as Parameters<typeof main>[1];
    const code = await main(args, io);
    return { code, stdout, stderr };
  };

  it('exits 2 with file, line and field for a bad config', async () => {
    const dir = repo({ '.levelgate.yml': 'targets:\n  overall: L7\n' }, 'l1-script');
    const { code, stderr } = await run([dir, '-q']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^levelgate: \.levelgate\.yml:2: targets\.overall: /);
  });

  it('uses the config targets, and --target replaces them', async () => {
    const dir = repo({ '.levelgate.yml': 'targets: { overall: L3 }\n' }, 'l1-script');
    expect((await run([dir, '-q', '-f', 'json'])).code).toBe(1);
    expect((await run([dir, '-q', '-f', 'json', '-t', 'L1'])).code).toBe(0);
    expect((await run([dir, '-q', '-f', 'json', '--no-config'])).code).toBe(0);
  });

  it('reads --config and shows the configuration in md and json', async () => {
    const dir = repo({ 'ci/levelgate.yml': 'notApplicable:\n  - { dimension: monitoring, reason: "batch job, logs go to the scheduler" }\n' }, 'l1-script');
    const md = await run([dir, '-q', '-f', 'md', '--config', path.join(dir, 'ci/levelgate.yml')]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## Configuration');
    expect(md.stdout).toContain('monitoring: batch job, logs go to the scheduler');
    const json = JSON.parse((await run([dir, '-q', '-f', 'json', '-c', path.join(dir, 'ci/levelgate.yml')])).stdout);
    expect(json.config.notApplicable).toEqual([{ dimension: 'monitoring', reason: 'batch job, logs go to the scheduler' }]);
    expect(json.dimensions.monitoring.dimensionNotApplicable).toBe(true);
  });

  it('refuses --config with --no-config', async () => {
    expect((await run(['.', '--config', 'x.yml', '--no-config'])).code).toBe(2);
  });
});
