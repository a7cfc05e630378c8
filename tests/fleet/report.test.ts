// The fleet report: the index's change and history, what caps a level, and escaping of everything a
// repository (or whoever uploaded a result artifact) controls, in the dashboard and in the summary.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDashboard, renderRepositoryPage } from '../../src/fleet/report/dashboard.js';
import { buildIndex, loadResults, tally } from '../../src/fleet/report/index.js';
import { renderFleetSummary } from '../../src/fleet/report/summary.js';
import { random, syntheticResult } from './synthetic.js';

const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-fleet-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const all = (level: number) => ({ functionality: level, security: level, performance: level, architecture: level, testing: level, documentation: level, monitoring: level });

describe('buildIndex', () => {
  it('carries the change since the previous run and the history', () => {
    const rnd = random(1);
    const before = buildIndex([syntheticResult(1, rnd, { levels: all(1) }), syntheticResult(2, rnd, { levels: all(3) })], undefined, new Date('2026-01-01T00:00:00Z'));
    const now = buildIndex(
      [syntheticResult(1, rnd, { levels: { ...all(2), monitoring: 2 } }), syntheticResult(2, rnd, { levels: { ...all(3), testing: 1 } }), syntheticResult(3, rnd, { levels: all(4) })],
      before,
      new Date('2026-02-01T00:00:00Z'),
    );
    const [one, two, three] = now.repositories;
    expect(one!.level).toBe(2);
    expect(one!.previous?.level).toBe(1);
    expect(one!.history).toEqual([{ at: '2026-01-01T00:00:00.000Z', level: 1 }, { at: '2026-02-01T00:00:00.000Z', level: 2 }]);
    expect(two!.level).toBe(1);
    expect(two!.previous?.dimensions.testing).toBe(3);
    expect(two!.caps?.dimensions).toEqual(['testing']);
    expect(two!.caps?.rules).toEqual([expect.stringMatching(/^testing\.rule-2-/)]);
    expect(three!.previous).toBeUndefined();
    expect(three!.caps).toEqual({ dimensions: [], rules: [] });
    const html = renderDashboard(now);
    expect(html).toContain('<span class="up">▲ 1</span>'); // service-1: L1 → L2
    expect(html).toContain('<span class="down">▼ 2</span>'); // service-2: L3 → L1
    expect(html).toContain('>new</td>');
    expect(html).toContain('<polyline points="0.0,12.5 60.0,9.0"');
  });

  it('counts what caps a level, and the latest result of a repository graded twice wins', () => {
    const rnd = random(2);
    const index = buildIndex([
      syntheticResult(1, rnd, { levels: { ...all(3), testing: 1 }, gradedAt: '2026-01-01T00:00:00Z' }),
      syntheticResult(1, rnd, { levels: { ...all(3), security: 2 }, gradedAt: '2026-01-02T00:00:00Z' }),
      syntheticResult(2, rnd, { levels: { ...all(3), security: 1, testing: 1 } }),
      syntheticResult(3, rnd, { status: 'failed', reason: 'not found' }),
    ]);
    expect(index.repositories).toHaveLength(3);
    const t = tally(index);
    expect(t.overall).toEqual([0, 1, 1, 0, 0]);
    expect(t.notGraded).toBe(1);
    expect(t.capDimensions).toEqual([['security', 2], ['testing', 1]]);
    expect(t.perDimension.security).toEqual([0, 1, 1, 0, 0]);
    const summary = renderFleetSummary(index);
    expect(summary).toContain('2 of 3 repositories graded; 1 not graded');
    expect(summary).toContain('- **security**: 2');
    expect(summary).toMatch(/\| L1 \| 1 \| 0 \| 1 \|/);
  });

  it('reads result files and folders, leaving other JSON out', async () => {
    mkdirSync(path.join(dir, 'results', 'nested'), { recursive: true });
    writeFileSync(path.join(dir, 'results', 'a.json'), JSON.stringify(syntheticResult(1, random(3))));
    writeFileSync(path.join(dir, 'results', 'nested', 'b.json'), JSON.stringify(syntheticResult(2, random(3))));
    writeFileSync(path.join(dir, 'results', 'nested', 'other.json'), '{"kind":"something else"}');
    writeFileSync(path.join(dir, 'results', 'broken.json'), '{');
    const { results, skipped } = await loadResults([path.join(dir, 'results')]);
    expect(results.map((r) => r.repository.name).sort()).toEqual(['service-00001', 'service-00002']);
    expect(skipped.map((f) => path.basename(f)).sort()).toEqual(['broken.json', 'other.json']);
  });
});

describe('escaping', () => {
  const hostile = '<img src=x onerror=alert(1)>"\'`&';
  const rnd = random(4);
  const results = [
    syntheticResult(1, rnd, { name: `x${hostile}`, topics: [`t"><script>alert(1)</script>`], htmlUrl: 'javascript:alert(1)' }),
    syntheticResult(2, rnd, { status: 'refused', reason: `archive refused: <script>alert(2)</script> [x](https://evil.example) @team` }),
  ];
  const index = buildIndex(results);

  it('the dashboard and the per-repository pages hold no markup from a repository', () => {
    for (const html of [renderDashboard(index, { title: `<b>${hostile}</b>` }), ...results.map(renderRepositoryPage)]) {
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('javascript:');
      expect(html).not.toContain('<b>');
      expect(html).toContain('&#60;');
    }
    // Exactly one script: the dashboard's own, allowed by its hash and by nothing else.
    const dashboard = renderDashboard(index);
    expect(dashboard.match(/<script/g)).toHaveLength(1);
    expect(dashboard).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(dashboard).toMatch(/default-src 'none'/);
  });

  it('the summary escapes names and reasons', () => {
    const summary = renderFleetSummary(index);
    expect(summary).not.toContain('<script>');
    expect(summary).not.toContain('](https://evil');
    expect(summary).not.toMatch(/[^\\]\[x\]/);
    expect(summary).toContain('@\u2060team');
    expect(summary).not.toContain('javascript:');
  });
});
