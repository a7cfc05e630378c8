// `levelgate explain <rule-id> [path]`: the rule's page as plain text, what a repository showed for it, and
// "did you mean" for a mistyped id.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/commands/plain-text.js';
import { closest, editDistance } from '../../src/util/edit-distance.js';
import { TOOL_VERSION } from '../../src/version.js';
import { runCli } from './cli-io.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

describe('levelgate explain', () => {
  it('prints the page of a known rule as plain text', async () => {
    const { code, stdout, stderr } = await runCli('explain', 'testing.coverage');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('testing.coverage: A coverage tool configured');
    for (const heading of ['WHAT THE RUBRIC ASKS', 'WHAT COUNTS', 'WHAT NEVER COUNTS', 'HOW TO FIX IT', 'EXAMPLES']) expect(stdout).toContain(`\n${heading}\n`);
    expect(stdout).toContain('Testing L2 — Comprehensive coverage.');
    expect(stdout).toContain('**/vitest.workspace.*'); // globs survive, Markdown does not
    expect(stdout).not.toMatch(/^#|<!--|```|\]\(/m);
    expect(stdout).toContain(`the rubric (https://github.com/levelgate/levelgate/blob/v${TOOL_VERSION}/docs/rubric.md#testing)`);
  });

  it('suggests the nearest id for a mistyped one, exit code 2', async () => {
    const typo = await runCli('explain', 'testing.coverag');
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toBe('levelgate: unknown rule "testing.coverag"; did you mean testing.coverage?\n');
    const swapped = await runCli('explain', 'testing.braod-suite');
    expect(swapped.stderr).toContain('did you mean testing.broad-suite?');
    const nonsense = await runCli('explain', 'nothing.like-it-at-all');
    expect(nonsense.code).toBe(2);
    expect(nonsense.stderr).not.toContain('did you mean');
    expect(nonsense.stderr).toContain('docs/rules.md');
  });

  it('with a path, adds what the repository showed: status, evidence at file:line, the measured value', async () => {
    const { code, stdout } = await runCli('explain', 'testing.broad-suite', path.join(FIXTURES, 'l2-api'));
    expect(code).toBe(0);
    const shown = stdout.slice(stdout.indexOf('\nIN '));
    expect(shown).toContain('Status: met. testing is L2; this rule helps hold L2.');
    expect(shown).toMatch(/\n {2}vitest\.config\.ts:\d+ {2}13 asserting test files and an enforced coverage threshold of 85%\n/);
  });

  it('with a path, says what a missing rule means for the next level', async () => {
    const { code, stdout } = await runCli('explain', 'testing.integration', path.join(FIXTURES, 'l2-api'));
    expect(code).toBe(0);
    expect(stdout).toContain('Status: missing. testing is L2; L3 requires this rule.');
    expect(stdout).toContain('Nothing that counts was found.');
  });

  it('with a path, says when an L1 headline is not seen, and when the repository has none of it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-explain-unseen-'));
    temps.push(dir);
    writeFileSync(path.join(dir, 'README.md'), '# orders\n\nThe orders service keeps the orders of the shop.\n\nIt stores them in Postgres.\n');
    writeFileSync(path.join(dir, 'openapi.yaml'), 'openapi: 3.0.3\ninfo: { title: orders, version: "1" }\npaths: {}\n');
    const readme = await runCli('explain', 'documentation.readme', dir);
    expect(readme.stdout).toContain("Status: not seen. documentation is L2; nothing shows this L1 headline, but the dimension's L2 evidence holds");
    // A README of a title and a link is seen to be none.
    writeFileSync(path.join(dir, 'README.md'), '# orders\n\nhttps://example.com/orders\n');
    const stub = await runCli('explain', 'documentation.readme', dir);
    expect(stub.stdout).toContain('Status: missing (has none: the README is a title and a link (fewer than three lines of text)).');
    const ci = await runCli('explain', 'functionality.ci-runs-tests', dir);
    expect(ci.stdout).toContain('Status: missing (has none: the repository has no CI configuration). functionality is L0; L1 requires this rule.');
  });

  it("knows the repository's custom rules, which have no page", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-explain-'));
    temps.push(dir);
    cpSync(path.join(FIXTURES, 'l1-script'), dir, { recursive: true });
    writeFileSync(path.join(dir, '.levelgate.yml'), 'customRules:\n  - dimension: testing\n    rules:\n      - { id: testing.acme-contract, level: 3, title: Contract tests, hint: Add pact tests., evidence: [{ files: ["**/*.pact.json"] }] }\n');
    const { code, stdout } = await runCli('explain', 'testing.acme-contract', dir);
    expect(code).toBe(0);
    expect(stdout).toContain('testing.acme-contract: Contract tests');
    expect(stdout).toContain('Add pact tests.');
    expect(stdout).toContain('it has no page');
    expect(stdout).toContain('Status: missing.');
    // Without the path, the custom rule is unknown.
    expect((await runCli('explain', 'testing.acme-contract')).code).toBe(2);
  });

  it('gives usage errors one line and exit code 2', async () => {
    expect(await runCli('explain')).toMatchObject({ code: 2, stderr: 'levelgate: explain needs a rule id, e.g. levelgate explain testing.coverage\n' });
    expect((await runCli('explain', 'testing.coverage', 'a', 'b')).code).toBe(2);
    expect((await runCli('explain', '--bogus')).code).toBe(2);
    const missing = await runCli('explain', 'testing.coverage', path.join(FIXTURES, 'no-such-dir'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^levelgate: cannot grade ".*no-such-dir": no such directory\n$/);
    expect((await runCli('explain', '--help')).stdout).toContain('Usage: levelgate explain <rule-id> [path]');
  });
});

describe('helpers', () => {
  it('edit distance and the closest name', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('securty.rate-limiting', ['security.rate-limiting', 'security.headers'])).toBe('security.rate-limiting');
    expect(closest('zzz', ['security.rate-limiting'])).toBeUndefined();
  });

  it('Markdown to text: links with their URL, relative ones resolved against the page, code kept verbatim', () => {
    const page = 'https://github.com/levelgate/levelgate/blob/v1.0.0/docs/rules/x.y.md';
    expect(markdownToText('# `x.y`: T\n\nSee [the rubric](../rubric.md#testing) and **`**/a.ts`**.\n', page)).toBe(
      'x.y: T\n\nSee the rubric (https://github.com/levelgate/levelgate/blob/v1.0.0/docs/rubric.md#testing) and **/a.ts.\n',
    );
  });
});
