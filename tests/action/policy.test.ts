// resolvePolicy: whose configuration decides a pull request, read out of the base commit with git plumbing
// (config file, rule packs, a sub-folder, the action's config input), never from the checkout the pull request wrote.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../src/github/policy.js';
import { composeComment } from '../../src/report/comment.js';
import { visibleLines } from './render-helpers.js';
import { makeReport } from './make-report.js';

let dir: string;
let repo: string;
let base: string;
let head: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();
const write = (files: Record<string, string>) => {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  }
};
const pack = (title: string) => `dimension: testing\nrules:\n  - { id: testing.acme, level: 3, title: ${title}, hint: h, evidence: [{ files: ["**/*.pact.json"] }] }\n`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'levelgate-policy-'));
  repo = path.join(dir, 'repo');
  mkdirSync(repo);
  write({
    '.levelgate.yml': 'targets: { overall: L2 }\nrulePacks: [tools/rules]\n',
    'tools/rules/acme.yml': pack('Contract tests'),
    'svc/.github/levelgate.yml': 'targets: { overall: L3 }\n',
    'ops/strict.yml': 'targets: { overall: L4 }\nrulePacks: [ops/packs/one.yml]\n',
    'ops/packs/one.yml': pack('Ops contract tests'),
  });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  // The pull request weakens everything it can reach.
  write({
    '.levelgate.yml': 'targets: { overall: L0 }\nrulePacks: [tools/rules]\n',
    'tools/rules/acme.yml': pack('Anything'),
    'svc/.github/levelgate.yml': 'targets: { overall: L0 }\n',
    'ops/strict.yml': 'targets: { overall: L0 }\n',
  });
  git('commit', '-q', '-am', 'head');
  head = git('rev-parse', 'HEAD');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pr = () => ({ baseSha: base, headSha: head });

describe('resolvePolicy', () => {
  it("on a pull request: the base commit's config and rule packs decide; the head's is the other side", async () => {
    const policy = await resolvePolicy({ root: repo, source: 'base', pullRequest: pr(), tempRoot: dir });
    expect(policy.info).toEqual({ source: 'base', sha: base, file: '.levelgate.yml' });
    expect(policy.config?.targets?.overall).toBe(2);
    expect(policy.config?.customRules[0]?.data.rules[0]?.title).toBe('Contract tests');
    expect(policy.config?.customRules[0]?.source).toBe('tools/rules/acme.yml');
    expect(policy.other?.config?.targets?.overall).toBe(0);
    // Nothing of the temp copy is left behind.
    expect(readdirSync(dir).filter((n) => n.startsWith('levelgate-policy-'))).toEqual([]);
  });

  it('config-source: head: the checkout decides, the base is the other side', async () => {
    const policy = await resolvePolicy({ root: repo, source: 'head', pullRequest: pr(), headSha: head, tempRoot: dir });
    expect(policy.info).toMatchObject({ source: 'head', sha: head });
    expect(policy.config?.targets?.overall).toBe(0);
    expect(policy.other?.config?.targets?.overall).toBe(2);
  });

  it('outside a pull request: the checkout', async () => {
    const policy = await resolvePolicy({ root: repo, source: 'base', tempRoot: dir });
    expect(policy.info).toEqual({ source: 'checkout', file: '.levelgate.yml' });
    expect(policy.other).toBeUndefined();
  });

  it('a graded sub-folder: its own config at the base commit', async () => {
    const policy = await resolvePolicy({ root: path.join(repo, 'svc'), source: 'base', pullRequest: pr(), tempRoot: dir });
    expect(policy.info).toEqual({ source: 'base', sha: base, file: '.github/levelgate.yml' });
    expect(policy.config?.targets?.overall).toBe(3);
  });

  it("the action's config input inside the repository is read at the base commit, with its packs", async () => {
    const policy = await resolvePolicy({ root: repo, configFile: path.join(repo, 'ops/strict.yml'), source: 'base', pullRequest: pr(), tempRoot: dir });
    expect(policy.config?.targets?.overall).toBe(4);
    expect(policy.config?.displayName).toBe('ops/strict.yml');
    expect(policy.config?.customRules[0]?.data.rules[0]?.title).toBe('Ops contract tests');
  });

  it('a base without a config: the defaults, not the head config', async () => {
    const first = git('rev-list', '--max-parents=0', 'HEAD');
    write({ 'new/.levelgate.yml': 'ignore: ["**"]\n' });
    git('add', '-A');
    git('commit', '-q', '-m', 'adds a folder with a config');
    const newHead = git('rev-parse', 'HEAD');
    try {
      const policy = await resolvePolicy({ root: path.join(repo, 'new'), source: 'base', pullRequest: { baseSha: first, headSha: newHead }, tempRoot: dir });
      expect(policy.config).toBeUndefined();
      expect(policy.info).toEqual({ source: 'base', sha: first });
      expect(policy.other?.config?.ignore).toEqual(['**']);
    } finally {
      git('reset', '-q', '--hard', head);
    }
  });
});

describe('the Configuration section of the comment', () => {
  it('stays above the fold and whole when the comment is cut to fit', () => {
    const report = makeReport({ levels: { security: 1 } });
    report.config = {
      file: '.levelgate.yml',
      ignore: ['vendor/**'],
      ignoreScannedForSecrets: true,
      disabled: [{ rule: 'performance.caching', reason: 'a CLI' }],
      suppressed: [],
      notApplicable: [],
      customRules: [],
      overruled: [{ entry: 'disable security.no-committed-secrets', reason: 'needs the operator' }],
    };
    // Enough evidence to need cutting.
    for (const r of report.dimensions.security.rules) r.findings = Array.from({ length: 400 }, (_, i) => ({ file: `src/f${i}.ts`, line: i + 1, message: 'x'.repeat(80), strength: 'strong' as const }));
    const policy = { source: 'base' as const, sha: base, file: '.levelgate.yml', change: { applied: { level: 0 as const, passed: false }, other: { level: 2 as const, passed: true } } };
    const body = composeComment({ report, base: { kind: 'none' }, policy, targets: { overall: 2, dimensions: {} } }, { limit: 8000 });
    expect(body.length).toBeLessThanOrEqual(8000);
    const above = visibleLines(body).join('\n');
    expect(above).toContain("> This pull request changes levelgate's configuration; with it: ✅ L2, without it (what counts until merge): ❌ L0.");
    expect(above).toContain(`Policy: \`.levelgate.yml\` of the base commit \`${base.slice(0, 7)}\``);
    expect(above).toContain('- `disable security.no-committed-secrets`: needs the operator');
    expect(above).toContain('- `performance.caching`: a CLI');
    expect(above).toContain('**Ignored paths** (left out of the grade, still scanned for committed secrets): `vendor/**`');
  });
});
