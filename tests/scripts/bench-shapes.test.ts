// The bench's second generated shape (scripts/bench/generate-polyglot.mjs): the same bytes for the same size, and
// the shape it promises (languages, deep YAML, bundles just under the read limit that no default ignore removes,
// TS whose rules need the parser), checked by listing it as levelgate does and grading it with the real engine.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fg from 'fast-glob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePolyglot } from '../../scripts/bench/generate-polyglot.mjs';
import { grade } from '../../src/engine.js';
import { DEFAULT_IGNORES } from '../../src/inventory/ignore-defaults.js';
import { MAX_FILE_BYTES } from '../../src/inventory/read.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'levelgate-bench-shape-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SIZE = 2500;
const listing = (dir: string) => fg.sync('**', { cwd: dir, dot: true, ignore: DEFAULT_IGNORES }).sort();

describe('the polyglot bench shape', () => {
  const dir = path.join(tmp, 'a');
  let written = 0;
  let files: string[] = [];

  beforeAll(async () => {
    written = await generatePolyglot(dir, SIZE);
    files = listing(dir);
  });

  it('writes about the size asked, and the same bytes every time', async () => {
    expect(written).toBeGreaterThanOrEqual(SIZE);
    expect(written).toBeLessThan(SIZE * 1.02);
    const again = path.join(tmp, 'b');
    expect(await generatePolyglot(again, SIZE)).toBe(written);
    const digest = (root: string) => {
      const hash = createHash('sha256');
      for (const file of listing(root)) hash.update(file).update(readFileSync(path.join(root, file)));
      return hash.digest('hex');
    };
    expect(digest(again)).toBe(digest(dir));
  });

  it('mixes languages and nests Kubernetes YAML deep', () => {
    const byExtension = (ext: string) => files.filter((f) => f.endsWith(ext)).length;
    expect(byExtension('.yaml') / files.length).toBeGreaterThan(0.2);
    for (const ext of ['.ts', '.tsx', '.go', '.py', '.java', '.tf', '.proto', '.sql']) expect(byExtension(ext), ext).toBeGreaterThan(10);
    const deepest = Math.max(...files.filter((f) => f.startsWith('deploy/k8s/overlays/')).map((f) => f.split('/').length));
    expect(deepest).toBeGreaterThanOrEqual(9);
  });

  it('commits bundles just under the read limit where no default ignore removes them, and some over it', () => {
    const sizes = files.filter((f) => f.endsWith('.js')).map((f) => statSync(path.join(dir, f)).size);
    const nearCap = sizes.filter((size) => size > 0.8 * MAX_FILE_BYTES && size <= MAX_FILE_BYTES);
    expect(nearCap.length).toBeGreaterThanOrEqual(SIZE / 250 - 1);
    expect(sizes.filter((size) => size > MAX_FILE_BYTES)).toHaveLength(2);
  });

  it('makes the real engine load the parser and parse files, and grades without a note about the limits', async () => {
    const report = await grade(dir);
    expect(report.stats.files).toBe(files.length);
    expect(report.stats.filesParsed).toBeGreaterThan(10);
    expect(report.notes.filter((n) => n.kind === 'skipped-large')).toHaveLength(2);
    expect(report.notes.filter((n) => n.kind === 'parse-error' || n.kind === 'limit')).toEqual([]);
  });
});
