// The dashboard in a real browser: headless Chromium opens it from disk with the network cut off, its one
// script runs (the Content-Security-Policy allows it by hash), nothing is logged to the console, and there is
// one row per repository. Chromium's console goes to its stderr with --enable-logging; a broken page shows
// the check can fail. Skipped, saying why, when no Chromium is installed (.ci/run installs it).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDashboard } from '../../src/fleet/report/dashboard.js';
import { buildIndex } from '../../src/fleet/report/index.js';
import { random, syntheticResult } from './synthetic.js';

const run = promisify(execFile);
const CANDIDATES = [process.env.LEVELGATE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
const browser = CANDIDATES.find((c) => existsSync(c));
const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-dashboard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The DOM after load and the console messages of a page opened offline. */
async function open(file: string, hash = ''): Promise<{ dom: string; console: string[] }> {
  const { stdout, stderr } = await run(
    browser!,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--enable-logging=stderr',
      '--v=0',
      // Offline: no name resolves and every connection goes to a closed port.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--proxy-server=127.0.0.1:9',
      '--virtual-time-budget=5000',
      '--dump-dom',
      `file://${file}${hash}`,
    ],
    { maxBuffer: 256 * 1024 * 1024, timeout: 60_000 },
  );
  return { dom: stdout, console: stderr.split('\n').filter((line) => line.includes(':CONSOLE')) };
}

describe.skipIf(!browser)(`the dashboard in headless Chromium${browser ? '' : ' (skipped: no Chromium at /usr/bin/chromium; apt-get install -y chromium)'}`, () => {
  it('loads offline with no console message, its script ran, one row per repository', async () => {
    const rnd = random(7);
    const results = Array.from({ length: 300 }, (_, i) =>
      i % 50 === 0 ? syntheticResult(i, rnd, { status: 'refused', reason: 'archive refused: <script>alert(1)</script>' }) : syntheticResult(i, rnd, i === 1 ? { name: 'x"><img src=x onerror=alert(1)>' } : {}),
    );
    const file = path.join(dir, 'index.html');
    writeFileSync(file, renderDashboard(buildIndex(results)));
    const page = await open(file);
    expect(page.console).toEqual([]);
    expect(page.dom).toMatch(/<body[^>]*data-ready="true"/);
    expect(page.dom.match(/<tr data-level=/g)).toHaveLength(300);
    expect(page.dom).toContain('<span id="shown">300</span>');

    // Filters, from the address: by level, by topic, both.
    const index = buildIndex(results);
    const expected = (level?: number, topic?: string) => index.repositories.filter((e) => (level === undefined || e.level === level) && (!topic || e.topics.includes(topic))).length;
    const visible = (dom: string) => (dom.match(/<tr data-level="[^"]*"[^>]*>/g) ?? []).filter((tr) => !tr.includes('hidden')).length;
    for (const [hash, count] of [
      ['#level=0', expected(0)],
      ['#topic=payments', expected(undefined, 'payments')],
      ['#level=2&topic=data', expected(2, 'data')],
      ['#level=none', 6],
    ] as const) {
      const filtered = await open(file, hash);
      expect(filtered.console).toEqual([]);
      expect(visible(filtered.dom), hash).toBe(count);
      expect(filtered.dom).toContain(`<span id="shown">${count}</span>`);
      expect(count).toBeGreaterThan(0);
    }

    // Sorting, from the address: by a dimension, descending, ties in name order; by name, descending.
    const attribute = (text: string) => text.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const order = (dom: string) => [...dom.matchAll(/<tr data-level="[^"]*" data-topics="[^"]*" data-name="([^"]*)"/g)].map((m) => attribute(m[1]!));
    const testing = (e: (typeof index.repositories)[number]) => (e.dimensions ? (e.dimensions.testing ?? -1) : -1);
    const byTesting = [...index.repositories].sort((a, b) => testing(b) - testing(a)).map((e) => e.fullName.toLowerCase());
    const sorted = await open(file, '#sort=-testing');
    expect(sorted.console).toEqual([]);
    expect(order(sorted.dom)).toEqual(byTesting);
    expect(sorted.dom).toMatch(/<th scope="col" data-key="testing" aria-sort="descending">/);
    const byName = await open(file, '#level=3&sort=-repository');
    expect(order(byName.dom)).toEqual(index.repositories.map((e) => e.fullName.toLowerCase()).reverse());
  });

  it('sees a console error when there is one', async () => {
    const file = path.join(dir, 'broken.html');
    writeFileSync(file, '<!doctype html><html><body><script>undefinedFunction();</script></body></html>');
    const page = await open(file);
    expect(page.console.join('\n')).toContain('undefinedFunction is not defined');
  });
});
