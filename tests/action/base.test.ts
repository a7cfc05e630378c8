// Grading the base commit: copied out with git plumbing (nothing run from the repository), or a plain reason.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractTree, FETCH_DEPTH_HINT, gradeBase } from '../../src/github/base.js';
import { composeComment } from '../../src/report/comment.js';
import { readEvent } from '../../src/github/event.js';
import { readResultFile, writeResultFile } from '../../src/github/result-file.js';
import { renderJson } from '../../src/report/json.js';
import { makeReport } from './make-report.js';

let dir: string;
let repo: string;
let base: string;
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' }).trim();

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'levelgate-base-test-'));
  repo = path.join(dir, 'repo');
  mkdirSync(path.join(repo, 'pkg/src'), { recursive: true });
  writeFileSync(path.join(repo, 'README.md'), '# base\n');
  writeFileSync(path.join(repo, 'pkg/src/a.ts'), 'export const a = 1;\n');
  writeFileSync(path.join(repo, 'pkg/run.sh'), '#!/bin/sh\ntouch "$HOME/pwned"\n');
  chmodSync(path.join(repo, 'pkg/run.sh'), 0o755);
  symlinkSync('/etc/passwd', path.join(repo, 'pkg/link'));
  writeFileSync(path.join(repo, '.gitattributes'), '*.ts filter=evil export-ignore\n');
  git('init', '-q', '-b', 'main');
  git('config', 'filter.evil.smudge', `sh -c 'touch ${dir}/smudged; cat'`);
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  writeFileSync(path.join(repo, 'README.md'), '# head\n');
  git('commit', '-q', '-am', 'head');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const checkoutOf = (workTree: string) => ({ workTree, gitDir: path.join(workTree, '.git'), prefix: '' });

describe('extractTree', () => {
  it('copies regular files of the base commit, raw: no filters, attributes, symlinks or hooks', async () => {
    const out = path.join(dir, 'out');
    mkdirSync(out);
    const count = await extractTree(checkoutOf(repo), base, '', out);
    expect(count).toBe(4);
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).toBe('# base\n');
    expect(readFileSync(path.join(out, 'pkg/src/a.ts'), 'utf8')).toBe('export const a = 1;\n');
    expect(existsSync(path.join(out, 'pkg/link'))).toBe(false);
    expect(existsSync(path.join(dir, 'smudged'))).toBe(false);
  });

  it('copies a sub-folder only, relative to it', async () => {
    const out = path.join(dir, 'out-sub');
    mkdirSync(out);
    await extractTree(checkoutOf(repo), base, 'pkg/', out);
    expect(readdirSync(out).sort()).toEqual(['run.sh', 'src']);
  });

  it('says undefined for a folder the commit does not have', async () => {
    expect(await extractTree(checkoutOf(repo), base, 'nope/', path.join(dir, 'none'))).toBeUndefined();
  });
});

describe('gradeBase', () => {
  it('grades the base commit in a temp dir, removed afterwards', async () => {
    let seen = '';
    const state = await gradeBase({
      root: repo,
      baseSha: base,
      tempRoot: dir,
      grade: async (root) => {
        seen = root;
        expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toBe('# base\n');
        return makeReport({ levels: { security: 1 } });
      },
    });
    expect(state).toMatchObject({ kind: 'graded', sha: base });
    expect(existsSync(seen)).toBe(false);
  });

  it('explains a base commit missing from a shallow checkout and suggests fetch-depth: 0', async () => {
    const shallow = path.join(dir, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const state = await gradeBase({ root: shallow, baseSha: base, grade: async () => makeReport() });
    expect(state).toMatchObject({ kind: 'unavailable', reason: 'it is not in this checkout (a shallow clone)' });
    expect(state.kind === 'unavailable' && state.hint).toContain('fetch-depth: 0');
  });

  it('does not call a full clone shallow when the base commit is just missing', async () => {
    const state = await gradeBase({ root: repo, baseSha: 'e'.repeat(40), grade: async () => makeReport() });
    expect(state).toMatchObject({ kind: 'unavailable', reason: 'it is not in this checkout' });
    expect(state.kind === 'unavailable' && state.hint).not.toContain('fetch-depth');
  });

  it('never passes on git\'s raw "fatal:" text when grading the base fails', async () => {
    const state = await gradeBase({ root: repo, baseSha: base, tempRoot: dir, grade: async () => Promise.reject(Object.assign(new Error('Command failed: git'), { stderr: 'fatal: bad object deadbeef' })) });
    expect(state).toMatchObject({ kind: 'unavailable', reason: 'grading it failed (git could not read the commit)' });
  });

  it('reads the base through the enclosing repository, never through a repository layout the graded folder holds', async () => {
    const outer = path.join(dir, 'outer');
    mkdirSync(path.join(outer, 'pkg/objects/info'), { recursive: true });
    mkdirSync(path.join(outer, 'pkg/refs/heads'), { recursive: true });
    // Discovered from inside pkg/, git would take pkg/ for a repository and read pkg/config.
    writeFileSync(path.join(outer, 'pkg/HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(path.join(outer, 'pkg/config'), '[core]\n\tbare = true\n');
    writeFileSync(path.join(outer, 'pkg/objects/info/.keep'), '');
    writeFileSync(path.join(outer, 'pkg/refs/heads/.keep'), '');
    writeFileSync(path.join(outer, 'pkg/index.js'), 'module.exports = 1;\n');
    const inOuter = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: outer, encoding: 'utf8' }).trim();
    inOuter('init', '-q', '-b', 'main');
    inOuter('add', '-A');
    inOuter('commit', '-q', '-m', 'base');
    const outerBase = inOuter('rev-parse', 'HEAD');
    let files: string[] = [];
    const state = await gradeBase({
      root: path.join(outer, 'pkg'),
      baseSha: outerBase,
      tempRoot: dir,
      grade: async (root) => {
        files = readdirSync(root).sort();
        return makeReport();
      },
    });
    expect(state).toMatchObject({ kind: 'graded', sha: outerBase });
    expect(files).toEqual(['HEAD', 'config', 'index.js', 'objects', 'refs']);
  });

  it('explains a folder that is not a git checkout', async () => {
    const state = await gradeBase({ root: tmpdir(), baseSha: base, grade: async () => makeReport() });
    expect(state.kind).toBe('unavailable');
  });
});

describe('readEvent', () => {
  const withEvent = (name: string, payload: unknown) => {
    const file = path.join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(payload));
    return readEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '5' });
  };
  const pr = (headRepo: string | null) => ({
    number: 3,
    pull_request: { number: 3, base: { sha: 'a'.repeat(40), repo: { full_name: 'o/r' } }, head: { sha: 'b'.repeat(40), repo: headRepo && { full_name: headRepo } } },
  });

  it('reads the pull request, its commits and whether it comes from a fork', () => {
    expect(withEvent('pull_request', pr('o/r')).pullRequest).toEqual({ number: 3, baseSha: 'a'.repeat(40), headSha: 'b'.repeat(40), fromFork: false });
    expect(withEvent('pull_request', pr('x/r')).pullRequest?.fromFork).toBe(true);
    expect(withEvent('pull_request', pr(null)).pullRequest?.fromFork).toBe(true);
    expect(withEvent('pull_request', pr('o/r')).runUrl).toBe('https://github.com/o/r/actions/runs/5');
  });

  it('finds no pull request on push', () => {
    expect(withEvent('push', { ref: 'refs/heads/main' }).pullRequest).toBeUndefined();
  });
});

describe('result files', () => {
  it('round-trip, and a plain JSON report is accepted too', async () => {
    const file = path.join(dir, 'result.json');
    const report = makeReport({ levels: { testing: 3 } });
    await writeResultFile(file, { levelgate: 'action-result', version: 1, pullRequest: 4, report, base: { kind: 'none' } });
    const back = await readResultFile(file);
    expect(back.pullRequest).toBe(4);
    expect(back.report.dimensions.testing.level).toBe(3);

    writeFileSync(file, renderJson(report));
    const plain = await readResultFile(file);
    expect(plain.report.level).toBe(report.level);
    expect(plain.report.dimensions.testing.rules.filter((r) => r.status === 'met')).toHaveLength(3);
  });

  it('rejects a forged file with one line naming the field', async () => {
    const file = path.join(dir, 'forged.json');
    const report = makeReport();
    writeFileSync(file, JSON.stringify({ levelgate: 'action-result', version: 1, report: { ...report, level: 9 }, base: { kind: 'none' } }));
    await expect(readResultFile(file)).rejects.toThrow(/report-file .*: report\.level: /);
    writeFileSync(file, 'not json');
    await expect(readResultFile(file)).rejects.toThrow(/is not JSON/);
  });

  it('escapes a forged hint, keeps levelgate\'s own, and labels what the file says as the writer\'s say-so', async () => {
    const file = path.join(dir, 'hinted.json');
    const report = makeReport();
    const forged = '[Approve here](https://evil.example) <img src=x onerror=alert(1)> @org/admins';
    writeFileSync(file, JSON.stringify({ levelgate: 'action-result', version: 1, report, base: { kind: 'unavailable', reason: 'r', hint: forged }, fromFile: false }));
    const back = await readResultFile(file);
    expect(back.fromFile).toBe(true);
    const comment = composeComment({ report, base: back.base, fromResultFile: back.fromFile });
    expect(comment).not.toContain('[Approve here](');
    expect(comment).not.toContain('<img');
    expect(comment).toContain('&lt;img');
    expect(comment).toContain("as reported by the pull request's own workflow run");
    writeFileSync(file, JSON.stringify({ levelgate: 'action-result', version: 1, report, base: { kind: 'unavailable', reason: 'r', hint: FETCH_DEPTH_HINT } }));
    const own = await readResultFile(file);
    expect(own.base).toMatchObject({ hint: FETCH_DEPTH_HINT });
  });
});
