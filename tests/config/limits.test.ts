// What a repository's own config may not do: hide a committed secret (disable, suppress, ignore, n/a) without
// the operator's leave, or take a dimension the operator targets out of the grade.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { main } from '../../src/cli.js';
import { grade } from '../../src/engine.js';
import { gradeMonorepo } from '../../src/monorepo/grade.js';
import type { GradeReport } from '../../src/types.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const KEY = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEAx1y2Lq8v0Zr3kP9sT4wQe7uH6mN5bV2cX1zA0sD9fG8hJ7k\n'.repeat(4)}-----END RSA PRIVATE KEY-----\n`;

/**
 * The l2-api fixture (security L2 without secrets) with a private key committed under keys/, which its server loads
 * (a key nothing is shown to load is only a review finding), and extra files.
 */
function leaky(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-limits-'));
  temps.push(dir);
  cpSync(path.join(FIXTURES, 'l2-api'), dir, { recursive: true });
  for (const [name, text] of Object.entries({ 'keys/deploy.pem': KEY, 'src/tls.ts': "export const key = readFileSync('keys/deploy.pem');\n", ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const secrets = (r: GradeReport) => r.dimensions.security.rules.find((x) => x.id === 'security.no-committed-secrets')!;

describe('committed secrets cannot be configured away', () => {
  it('the fixture grades security L2 without the key, L0 with it', async () => {
    const clean = await grade(path.join(FIXTURES, 'l2-api'), { config: false });
    expect(clean.dimensions.security.level).toBeGreaterThanOrEqual(2);
    const leak = await grade(leaky({}));
    expect(secrets(leak).status).toBe('missing');
    expect(leak.dimensions.security.level).toBe(0);
  });

  it.each([
    ['ignore', 'ignore: ["keys/**"]\n'],
    ['ignore of the folder', 'ignore: ["keys"]\n'],
    ['disable', 'disable:\n  - rule: security.no-committed-secrets\n    reason: none here\n'],
    ['suppress', 'suppress:\n  - rule: security.no-committed-secrets\n    paths: ["**"]\n    reason: none here\n'],
    ['notApplicable', 'notApplicable:\n  - dimension: security\n    reason: a library\n'],
  ])('%s: the key still counts, and the report says what was not applied', async (what, yaml) => {
    const report = await grade(leaky({ '.levelgate.yml': yaml }));
    expect(secrets(report).status).toBe('missing');
    expect(secrets(report).findings.map((f) => f.file)).toContain('keys/deploy.pem');
    expect(report.dimensions.security.level).toBe(0);
    expect(report.dimensions.security.notApplicable).toBeUndefined();
    expect(report.level).toBe(0);
    if (what.startsWith('ignore')) expect(report.config?.ignoreScannedForSecrets).toBe(true);
    else expect(report.config?.overruled?.[0]?.reason).toContain('allow-config-to-relax-secrets');
  });

  it('ignored files are left out of everything else', async () => {
    const config = { '.levelgate.yml': 'ignore: ["keys/**", "src/**"]\n' };
    const report = await grade(leaky(config));
    const cited = Object.values(report.dimensions).flatMap((d) => d.rules.filter((r) => !r.negative).flatMap((r) => r.findings.map((f) => f.file)));
    expect(cited.filter((f) => f.startsWith('src/') || f.startsWith('keys/'))).toEqual([]);
    expect(report.stats.files).toBe((await grade(leaky(config), { ignore: ['keys/**', 'src/**'], config: false })).stats.files);
  });

  it('with the operator allowing it, the config decides as before', async () => {
    const report = await grade(leaky({ '.levelgate.yml': 'ignore: ["keys/**"]\n' }), { limits: { allowConfigToRelaxSecrets: true } });
    expect(secrets(report).status).toBe('met');
    expect(report.config?.ignoreScannedForSecrets).toBeUndefined();
  });

  it('in monorepo mode too, and an ignored folder is no package', async () => {
    const dir = leaky({ '.levelgate.yml': 'ignore: ["keys/**"]\n', 'keys/package.json': '{"name":"keys"}\n' });
    const result = await gradeMonorepo(dir, { packages: ['keys', 'src'] });
    expect(secrets(result.whole).status).toBe('missing');
  });

  it('the CLI: --allow-config-to-relax-secrets is the operator leave', async () => {
    const dir = leaky({ '.levelgate.yml': 'ignore: ["keys/**"]\n' });
    const run = async (...args: string[]) => main([dir, '--format', 'json', '--target', 'security=L1', ...args], { stdout: sink(), stderr: sink() } as never);
    expect(await run()).toBe(1);
    expect(await run('--allow-config-to-relax-secrets')).toBe(0);
  });
});

describe("the operator's targets", () => {
  it('a dimension the target names stays graded whatever notApplicable says', async () => {
    const dir = leaky({ '.levelgate.yml': 'notApplicable:\n  - dimension: testing\n    reason: tested upstream\n', 'keys/deploy.pem': '' });
    const free = await grade(dir);
    expect(free.dimensions.testing.notApplicable).toBe(true);
    const held = await grade(dir, { limits: { targetDimensions: ['testing'] } });
    expect(held.dimensions.testing.notApplicable).toBeUndefined();
    expect(held.config?.overruled).toEqual([{ entry: 'notApplicable testing', reason: expect.stringContaining("operator's target names testing") }]);
  });
});

function sink(): Writable & { isTTY: boolean } {
  return Object.assign(new Writable({ write: (_c, _e, cb) => cb() }), { isTTY: false });
}
