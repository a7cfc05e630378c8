// History: a generated repository of 20 commits, one a month, whose tree switches between fixture
// repositories of known levels at commits 5, 9, 13 and 17, is graded commit by commit through git plumbing
// and charted exactly: the JSON series and the levels read back out of the SVG match the fixtures' levels.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { ROW } from '../../src/history/chart.js';
import { parseEvery, parseSince } from '../../src/history/commits.js';
import type { HistorySeries } from '../../src/history/series.js';
import { DIMENSIONS } from '../../src/types.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
/** Commits 1-4, 5-8, 9-12, 13-16, 17-20. */
const STAGES = ['l1-script', 'secret-leak', 'l2-api', 'calib-django-settings-override', 'l3-system'];
const expectedOf = (fixture: string) => JSON.parse(readFileSync(path.join(FIXTURES, `${fixture}.expected.json`), 'utf8')) as { level: number; dimensions: Record<string, number> };

let sandbox: string;
let repo: string;
const shas: string[] = [];
const dates: string[] = [];

function git(args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } }).trim();
}

async function cli(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const sink = (onText: (t: string) => void) => new Writable({ write: (c, _e, done) => (onText(c.toString()), done()) });
  const code = await main(argv, { stdout: sink(() => {}), stderr: sink((t) => (stderr += t)) } as never);
  return { code, stderr };
}

beforeAll(() => {
  sandbox = mkdtempSync(path.join(tmpdir(), 'levelgate-history-'));
  repo = path.join(sandbox, 'repo');
  mkdirSync(repo);
  git(['init', '-q', '-b', 'main']);
  // A hook that would leave a mark if anything ran it.
  writeFileSync(path.join(repo, '.git', 'hooks', 'post-checkout'), `#!/bin/sh\ntouch "${path.join(sandbox, 'hook-ran')}"\n`, { mode: 0o755 });
  for (let i = 1; i <= 20; i++) {
    const stage = STAGES[Math.floor((i - 1) / 4)]!;
    for (const entry of readdirSync(repo)) if (entry !== '.git') rmSync(path.join(repo, entry), { recursive: true, force: true });
    cpSync(path.join(FIXTURES, stage), repo, { recursive: true });
    const date = `20${24 + Math.floor((i - 1) / 12)}-${String(((i - 1) % 12) + 1).padStart(2, '0')}-15T12:00:00Z`;
    git(['add', '-A']);
    git(['commit', '-q', '--allow-empty', '-m', `commit ${i}`], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    shas.push(git(['rev-parse', 'HEAD']));
    dates.push(new Date(date).toISOString());
  }
  git(['tag', 'v1', shas[2]!]);
  git(['tag', '-a', '-m', 'second', 'v2', shas[9]!]);
  git(['tag', 'v3', shas[19]!]);
}, 120_000);

afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Levels read back from the chart: each row's circles, y mapped to a level by the row geometry. */
function levelsInChart(svg: string): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const group of svg.matchAll(/<g data-dimension="(\w+)" data-levels="([^"]*)"[^>]*>([\s\S]*?)<\/g>/g)) {
    const ys = [...group[3]!.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    const levels = ys.map((y) => 4 - (y - ROW.top) / ROW.step);
    expect(group[2]!.split(',').map(Number)).toEqual(levels);
    out[group[1]!] = levels;
  }
  return out;
}

describe('levelgate history', () => {
  it('grades each month of a 20-commit history and charts the seven levels exactly', async () => {
    const out = path.join(sandbox, 'out-month');
    const run = await cli('history', repo, '--since', '2024-01-01', '--every', 'month', '-o', out, '--no-config', '-q');
    expect(run.code, run.stderr).toBe(0);
    const series: HistorySeries = JSON.parse(readFileSync(path.join(out, 'history.json'), 'utf8'));
    expect(series.points.map((p) => p.commit)).toEqual(shas);
    expect(series.points.map((p) => p.date)).toEqual(dates);
    const expected = Array.from({ length: 20 }, (_, i) => expectedOf(STAGES[Math.floor(i / 4)]!));
    expect(series.points.map((p) => p.level)).toEqual(expected.map((e) => e.level));
    for (const d of DIMENSIONS) expect(series.points.map((p) => p.dimensions?.[d]), d).toEqual(expected.map((e) => e.dimensions[d]));
    const chart = levelsInChart(readFileSync(path.join(out, 'history.svg'), 'utf8'));
    expect(chart.overall).toEqual(expected.map((e) => e.level));
    for (const d of DIMENSIONS) expect(chart[d], d).toEqual(expected.map((e) => e.dimensions[d]));
    // The changes sit exactly at commits 5, 9, 13 and 17.
    const changes = series.points.map((p, i) => (i > 0 && JSON.stringify(p.dimensions) !== JSON.stringify(series.points[i - 1]!.dimensions) ? i + 1 : 0)).filter(Boolean);
    expect(changes).toEqual([5, 9, 13, 17]);
    // Nothing checked out, no hook run, the working tree untouched, no temp folder left.
    expect(readdirSync(sandbox).sort()).toEqual(['out-month', 'repo']);
    expect(git(['status', '--porcelain'])).toBe('');
  });

  it('picks tagged commits, every Nth commit, and only those since the date', async () => {
    const tags = path.join(sandbox, 'out-tags');
    expect((await cli('history', repo, '--since', '2024-01-01', '--every', 'tag', '-o', tags, '--no-config', '-q')).code).toBe(0);
    const byTag: HistorySeries = JSON.parse(readFileSync(path.join(tags, 'history.json'), 'utf8'));
    expect(byTag.points.map((p) => [p.commit, p.tags, p.level])).toEqual([
      [shas[2], ['v1'], 1],
      [shas[9], ['v2'], 2],
      [shas[19], ['v3'], 3],
    ]);
    const nth = path.join(sandbox, 'out-nth');
    expect((await cli('history', repo, '--since', '2024-01-01', '--every', '6-commits', '-o', nth, '--no-config', '-q')).code).toBe(0);
    expect((JSON.parse(readFileSync(path.join(nth, 'history.json'), 'utf8')) as HistorySeries).points.map((p) => p.commit)).toEqual([shas[1], shas[7], shas[13], shas[19]]);
    const recent = path.join(sandbox, 'out-recent');
    expect((await cli('history', repo, '--since', '2025-06-01', '--every', 'month', '-o', recent, '--no-config', '-q')).code).toBe(0);
    expect((JSON.parse(readFileSync(path.join(recent, 'history.json'), 'utf8')) as HistorySeries).points.map((p) => p.commit)).toEqual(shas.slice(17));
  });

  it('says plainly what is wrong with its input', async () => {
    expect(await cli('history', repo, '--every', 'fortnight')).toEqual({ code: 2, stderr: expect.stringContaining('--every must be month, tag or N-commits') });
    expect(await cli('history', repo, '--since', 'yesterday')).toEqual({ code: 2, stderr: expect.stringContaining('--since must be a span') });
    const notGit = mkdtempSync(path.join(tmpdir(), 'levelgate-not-git-'));
    try {
      const run = await cli('history', notGit, '-o', path.join(notGit, 'out'));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^levelgate history: cannot read the history/);
    } finally {
      rmSync(notGit, { recursive: true, force: true });
    }
    expect(await cli('history', path.join(sandbox, 'missing'))).toEqual({ code: 2, stderr: `levelgate history: no such folder: ${path.join(sandbox, 'missing')}\n` });
    expect(parseEvery('12')).toEqual({ kind: 'commits', n: 12 });
    expect(parseSince('2y', new Date('2026-03-01T00:00:00Z')).toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });
});
