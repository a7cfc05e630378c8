// End to end: `levelgate fleet list → grade (4 shards) → report` against a local server that answers like
// GitHub's REST API (every request and answer checked against @octokit/openapi) and serves an organisation
// of 50 repositories as tarballs built here from the fixture repositories, hostile archives included.
// Every repository ends graded at its fixture's known level or recorded with its reason; nothing is written
// outside the run's folders, and the temp folders are gone afterwards.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { FleetResult } from '../../src/fleet/grade.js';
import type { FleetPlan } from '../../src/fleet/list.js';
import type { FleetIndex } from '../../src/fleet/report/index.js';
import { DIMENSIONS } from '../../src/types.js';
import { OpenApiValidator } from '../github-api/openapi.js';
import { FleetGitHub, type FakeRepository } from '../github-api/fleet-server.js';
import { entriesOf, globalHeader, targz } from './tar-builder.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const GRADED_FIXTURES = ['l1-script', 'l2-api', 'l3-system', 'go-l1-cli', 'python-l2-django', 'secret-leak', 'calib-dotnet-const-jwt'];
const TOKEN = 'ghs_fleetE2eTestToken0123456789abcdef';

let sandbox: string;
let github: FleetGitHub;
const expectedOutcome = new Map<string, RegExp | { level: number; dimensions: Record<string, number> }>();
const savedEnv = { ...process.env };

function capture() {
  let text = '';
  const stream = new Writable({ write: (chunk, _enc, done) => ((text += chunk.toString()), done()) });
  return { stream, text: () => text };
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = capture();
  const err = capture();
  const code = await main(argv, { stdout: out.stream, stderr: err.stream } as never);
  return { code, stdout: out.text(), stderr: err.text() };
}

function fixtureRepository(name: string, fixture: string, topics: string[]): FakeRepository {
  const top = `acme-${name}-0123abc`;
  return { name, topics, archive: targz([globalHeader('c'.repeat(40)), ...entriesOf(path.join(FIXTURES, fixture), top)]) };
}

beforeAll(async () => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'levelgate-fleet-e2e-'));
  mkdirSync(path.join(sandbox, 'tmp'));
  github = new FleetGitHub(OpenApiValidator.load());
  // 41 well-formed repositories from the fixtures, each expected at its fixture's levels.
  for (let i = 0; i < 41; i++) {
    const fixture = GRADED_FIXTURES[i % GRADED_FIXTURES.length]!;
    const name = `svc-${String(i).padStart(2, '0')}-${fixture}`;
    github.repositories.push(fixtureRepository(name, fixture, i % 3 === 0 ? ['payments'] : ['platform']));
    expectedOutcome.set(`acme/${name}`, JSON.parse(readFileSync(path.join(FIXTURES, `${fixture}.expected.json`), 'utf8')));
  }
  // The archive host fails twice before answering: the download is retried.
  github.repositories.find((r) => r.name === 'svc-00-l1-script')!.hostFailures = 2;
  const hostile: [FakeRepository, RegExp][] = [
    [{ name: 'evil-dotdot', archive: targz([{ name: 'top/', type: '5' }, { name: 'top/../../../escaped-dotdot.txt', content: 'owned' }]) }, /refused.*climbs out/],
    [{ name: 'evil-link', archive: targz([{ name: 'top/', type: '5' }, { name: 'top/out', type: '2', linkname: '../../..' }, { name: 'top/out/escaped-link.txt', content: 'owned' }]) }, /refused.*link out/],
    [{ name: 'evil-huge', archive: targz([{ name: 'top/', type: '5' }, { name: 'top/huge.bin', size: 64 * 1024 ** 4, content: 'x' }]) }, /refused.*declares/],
    [{ name: 'evil-many', archive: targz([{ name: 'top/', type: '5' }, ...Array.from({ length: 100_000 }, (_, i) => ({ name: `top/f/${i}`, content: '' }))]) }, /refused.*more than 50000 entries/],
    [{ name: 'evil-not-gzip', archive: Buffer.from('<html>a login page</html>') }, /refused.*not a gzip/],
    [{ name: 'gone', archive: { status: 404 }, sizeKb: 120 }, /^not found/],
    [{ name: 'dmca', archive: { status: 451 } }, /legal reasons/],
    [{ name: 'empty', archive: { status: 404 }, sizeKb: 0 }, /^empty repository/],
    [{ name: 'giant', archive: targz([{ name: 'top/a', content: 'a' }]), sizeKb: 50 * 1024 * 1024 }, /^too large/],
  ];
  for (const [repo, reason] of hostile) {
    github.repositories.push(repo);
    expectedOutcome.set(`acme/${repo.name}`, reason);
  }
  // Left out of the plan by default.
  github.repositories.push({ ...fixtureRepository('a-fork', 'l1-script', []), fork: true }, { ...fixtureRepository('retired', 'l1-script', []), archived: true });
  await github.start();
  Object.assign(process.env, { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: github.url, RUNNER_TEMP: path.join(sandbox, 'tmp'), LEVELGATE_RETRY_BASE_MS: '1' });
}, 120_000);

afterAll(async () => {
  await github?.stop();
  process.env = savedEnv;
  if (sandbox && !process.env.KEEP) rmSync(sandbox, { recursive: true, force: true });
});

describe('levelgate fleet, end to end', () => {
  let plan: FleetPlan;
  const results = new Map<string, FleetResult>();

  it('lists the organisation into 4 shards of roughly equal size, forks and archived left out', async () => {
    const run = await cli('fleet', 'list', 'acme', '--shards', '4', '-o', path.join(sandbox, 'plan.json'));
    expect(run.stderr).toContain('50 of 52 repositories of acme in 4 shards');
    expect(run.code).toBe(0);
    plan = JSON.parse(readFileSync(path.join(sandbox, 'plan.json'), 'utf8'));
    expect(plan.matrix).toEqual([0, 1, 2, 3]);
    const names = plan.shards.flatMap((s) => s.repositories.map((r) => r.fullName));
    expect(names.sort()).toEqual([...expectedOutcome.keys()].sort());
    for (const shard of plan.shards) expect(shard.repositories.length).toBeLessThanOrEqual(Math.ceil((50 / 4) * 1.1));
    // The listing was paged (100 per page would fit; the server pages at per_page).
    expect(github.requests.filter((r) => r.operationId === 'repos/list-for-org').length).toBeGreaterThanOrEqual(1);
    // Listing again gives the same plan.
    await cli('fleet', 'list', 'acme', '--shards', '4', '-o', path.join(sandbox, 'plan-again.json'));
    const again: FleetPlan = JSON.parse(readFileSync(path.join(sandbox, 'plan-again.json'), 'utf8'));
    expect(again.shards).toEqual(plan.shards);
  });

  it('grades each shard: every repository graded at its known levels or recorded with its reason', async () => {
    for (const shard of plan.matrix) {
      const run = await cli('fleet', 'grade', path.join(sandbox, 'plan.json'), '--shard', String(shard), '-o', path.join(sandbox, 'results', `shard-${shard}`), '--no-config');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).not.toContain(TOKEN);
      expect(run.stderr).not.toContain('ARCHIVE_TOKEN');
    }
    for (const shard of plan.matrix) {
      for (const file of readdirSync(path.join(sandbox, 'results', `shard-${shard}`))) {
        const result: FleetResult = JSON.parse(readFileSync(path.join(sandbox, 'results', `shard-${shard}`, file), 'utf8'));
        results.set(result.repository.fullName, result);
      }
    }
    expect([...results.keys()].sort()).toEqual([...expectedOutcome.keys()].sort());
    for (const [name, expected] of expectedOutcome) {
      const result = results.get(name)!;
      if (expected instanceof RegExp) {
        expect(result.status, name).not.toBe('graded');
        expect(result.reason, name).toMatch(expected);
      } else {
        expect(result.status, `${name}: ${result.reason}`).toBe('graded');
        const report = result.report as any;
        expect(report.level, name).toBe(expected.level);
        for (const d of DIMENSIONS) expect(report.dimensions[d].level, `${name} ${d}`).toBe(expected.dimensions[d]);
        expect(result.commit).toBe('c'.repeat(40));
      }
    }
  });

  it('made only documented API requests, never sent the API token to the archive host, and left nothing behind', () => {
    expect(github.violations).toEqual([]);
    const api = github.requests.filter((r) => !r.url.startsWith('/_codeload/'));
    expect(api.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(new Set(api.map((r) => r.operationId))).toEqual(new Set(['users/get-by-username', 'repos/list-for-org', 'repos/download-tarball-archive']));
    // The archive host answered 502 twice for svc-00 before the archive came.
    expect(github.requests.filter((r) => r.url.startsWith('/_codeload/acme/svc-00-l1-script/')).map((r) => r.status)).toEqual([502, 502, 200]);
    // Temp folders deleted; nothing written beside the run's own outputs.
    expect(readdirSync(path.join(sandbox, 'tmp'))).toEqual([]);
    expect(readdirSync(sandbox).sort()).toEqual(['plan-again.json', 'plan.json', 'results', 'tmp']);
    for (const escaped of ['escaped-dotdot.txt', 'escaped-link.txt']) {
      expect(existsSync(path.join(sandbox, escaped))).toBe(false);
      expect(existsSync(path.join(tmpdir(), escaped))).toBe(false);
      expect(existsSync(path.join(path.dirname(sandbox), escaped))).toBe(false);
    }
  });

  it('reports the fleet: dashboard, summary and index, with the change since a previous run', async () => {
    const first = await cli('fleet', 'report', path.join(sandbox, 'results'), '-o', path.join(sandbox, 'site-1'));
    expect(first.code, first.stderr).toBe(0);
    const run = await cli('fleet', 'report', ...plan.matrix.map((s) => path.join(sandbox, 'results', `shard-${s}`)), '-o', path.join(sandbox, 'site'), '--previous', path.join(sandbox, 'site-1', 'index.json'));
    expect(run.code, run.stderr).toBe(0);
    const index: FleetIndex = JSON.parse(readFileSync(path.join(sandbox, 'site', 'index.json'), 'utf8'));
    expect(index.repositories).toHaveLength(50);
    for (const e of index.repositories) {
      const expected = expectedOutcome.get(e.fullName)!;
      if (expected instanceof RegExp) expect(e.reason).toMatch(expected);
      else {
        expect(e.level).toBe(expected.level);
        expect(e.previous?.level).toBe(expected.level);
        expect(e.history.map((h) => h.level)).toEqual([expected.level, expected.level]);
      }
    }
    const html = readFileSync(path.join(sandbox, 'site', 'index.html'), 'utf8');
    expect(html.match(/<tr data-level=/g)).toHaveLength(50);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\/(?!github\.com\/acme\/)/); // nothing loaded from elsewhere; links to the repositories only
    const pages = readdirSync(path.join(sandbox, 'site', 'reports'));
    expect(pages).toHaveLength(50);
    for (const e of index.repositories) expect(html).toContain(`href="reports/${e.stem}.html"`);
    const summary = readFileSync(path.join(sandbox, 'site', 'summary.md'), 'utf8');
    expect(summary).toContain('41 of 50 repositories graded; 9 not graded');
    expect(summary).toContain('### The 20 lowest');
    expect(summary).toContain('### What caps a level most often');
    expect(summary).toMatch(/\| \[acme\/dmca\]\(https:\/\/github\.com\/acme\/dmca\) \| unavailable for legal reasons/);
  });

  it('says plainly what is wrong, in one line, with exit code 2', async () => {
    const plan = path.join(sandbox, 'plan.json');
    const cases: [string[], RegExp][] = [
      [['fleet', 'list', 'nobody-here', '--shards', '2', '-o', path.join(sandbox, 'x.json')], /^levelgate fleet: no organisation or user "nobody-here" on http:\/\/127\.0\.0\.1:\d+\n$/],
      [['fleet', 'list', 'acme', '--shards', '300', '-o', path.join(sandbox, 'x.json')], /^levelgate fleet: --shards must be a whole number from 1 to 256\n$/],
      [['fleet', 'list', '../etc', '--shards', '2', '-o', path.join(sandbox, 'x.json')], /is not a GitHub organisation or user name/],
      [['fleet', 'grade', plan, '--shard', '9', '-o', path.join(sandbox, 'x')], /^levelgate fleet: the plan has shards 0 to 3, not 9\n$/],
      [['fleet', 'grade', path.join(sandbox, 'results'), '--shard', '0', '-o', path.join(sandbox, 'x')], /^levelgate fleet: .*not JSON\n$/],
      [['fleet', 'report', path.join(sandbox, 'nothing-here'), '-o', path.join(sandbox, 'x')], /^levelgate fleet: no such file or folder/],
      [['fleet', 'frobnicate'], /^levelgate fleet: unknown fleet command "frobnicate"; use list, grade or report\n$/],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(...argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr, argv.join(' ')).toMatch(message);
    }
    const token = process.env.GITHUB_TOKEN;
    delete process.env.GITHUB_TOKEN;
    try {
      expect((await cli('fleet', 'list', 'acme', '--shards', '2', '-o', path.join(sandbox, 'x.json'))).stderr).toBe('levelgate fleet: GITHUB_TOKEN is not set; a token that can read the repositories is needed\n');
    } finally {
      process.env.GITHUB_TOKEN = token;
    }
    expect(existsSync(path.join(sandbox, 'x.json'))).toBe(false);
    expect(existsSync(path.join(sandbox, 'x'))).toBe(false);
  });

  it('lists a user account through its own endpoint', async () => {
    github.ownerType = 'User';
    try {
      const run = await cli('fleet', 'list', 'acme', '--shards', 'auto', '--topic', 'payments', '-o', path.join(sandbox, 'user-plan.json'));
      expect(run.code, run.stderr).toBe(0);
      const plan: FleetPlan = JSON.parse(readFileSync(path.join(sandbox, 'user-plan.json'), 'utf8'));
      expect(plan.ownerType).toBe('User');
      expect(plan.shards).toHaveLength(1);
      expect(plan.shards[0]!.repositories.map((r) => r.fullName)).toEqual([...expectedOutcome.keys()].filter((n) => github.repositories.find((r) => `acme/${r.name}` === n)?.topics?.includes('payments')).sort());
      expect(github.requests.some((r) => r.operationId === 'repos/list-for-user')).toBe(true);
      expect(github.violations).toEqual([]);
    } finally {
      github.ownerType = 'Organization';
    }
  });
});
