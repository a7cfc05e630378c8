// The README badge: `--format badge` is a self-contained SVG ("levelgate | L2") that parses as XML, coloured by
// level; `--format shields` is the shields.io endpoint JSON.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { LEVEL_COLORS, renderBadgeSvg, renderShieldsJson } from '../../src/report/badge.js';
import type { Level } from '../../src/types.js';
import { runCli } from '../commands/cli-io.js';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const LEVELS: Level[] = [0, 1, 2, 3, 4];

/** The SVG parsed: its texts (shadow and face of each), fills, and attributes of the root. */
function parseSvg(svg: string) {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg);
  const root = doc.svg;
  const texts = (root.g as any[]).find((g) => g.text).text.map((t: any) => t['#text']);
  const rects = (root.g as any[]).find((g) => g.rect).rect as { fill: string; width: string; x?: string }[];
  return { root, texts, rects };
}

describe('the SVG badge', () => {
  it.each(LEVELS)('L%i: valid XML, the label and the level, the level colour, nothing external', (level) => {
    const svg = renderBadgeSvg(level);
    const { root, texts, rects } = parseSvg(svg);
    expect(root.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(root['aria-label']).toBe(`levelgate: L${level}`);
    expect(root.title).toBe(`levelgate: L${level}`);
    expect(texts).toEqual(['levelgate', 'levelgate', `L${level}`, `L${level}`]);
    expect(rects.map((r) => r.fill)).toEqual(['#555', LEVEL_COLORS[level].hex, 'url(#s)']);
    // The two halves fill the badge exactly.
    expect(Number(rects[0]!.width) + Number(rects[1]!.width)).toBe(Number(root.width));
    expect(Number(rects[1]!.x)).toBe(Number(rects[0]!.width));
    expect(svg).not.toMatch(/<script|<image|href=|@import|url\((?!#)/);
  });

  it("is what the README shows (docs/badge-example.svg is the L2 badge)", () => {
    expect(readFileSync(path.join(FIXTURES, '..', '..', 'docs', 'badge-example.svg'), 'utf8')).toBe(renderBadgeSvg(2));
  });

  it('has a different colour for every level', () => {
    expect(new Set(LEVELS.map((l) => LEVEL_COLORS[l].hex)).size).toBe(5);
  });

  it('levelgate --format badge writes it for a graded repository', async () => {
    const { code, stdout } = await runCli(path.join(FIXTURES, 'l2-api'), '--format', 'badge');
    expect(code).toBe(0);
    expect(stdout).toBe(renderBadgeSvg(2));
    expect(parseSvg(stdout).texts[2]).toBe('L2');
  });

  it('in monorepo mode shows the whole repository', async () => {
    const json = JSON.parse((await runCli(path.join(FIXTURES, 'monorepo'), '--monorepo', '--format', 'json')).stdout);
    const { stdout } = await runCli(path.join(FIXTURES, 'monorepo'), '--monorepo', '--format', 'badge');
    expect(parseSvg(stdout).texts[2]).toBe(`L${json.level}`);
  });
});

describe('the shields.io endpoint JSON', () => {
  it('has the fields the endpoint badge reads', async () => {
    const { code, stdout } = await runCli(path.join(FIXTURES, 'l1-script'), '--format', 'shields');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ schemaVersion: 1, label: 'levelgate', message: 'L1', color: 'orange' });
    expect(JSON.parse(renderShieldsJson(4)).color).toBe('brightgreen');
  });

  it('names failed targets on stderr, as the other machine formats do', async () => {
    const { code, stderr } = await runCli(path.join(FIXTURES, 'l1-script'), '--format', 'shields', '--target', 'L3');
    expect(code).toBe(1);
    expect(stderr).toContain('levelgate: ');
    expect(stderr).toContain('below target L3');
  });
});
