// Property: no name, however generated, breaks out of its table cell or code span, or mentions anyone.
import { execFileSync, spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeRef, escapeMarkdown } from '../../src/report/escape.js';

// Strings biased towards the characters that matter in GitHub Markdown.
const hostile = fc.string({ unit: fc.oneof(fc.constantFrom(...'<>|`[]()!@#*_~\\:&;"\'\n\r\u2028=/ .-'.split('')), fc.constantFrom('javascript:', 'https://', '@org/team', '<img src=x onerror=alert(1)>', '&lt;', 'www.'), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' })), maxLength: 60 });

/** The text with backslash escapes removed: what is left is live Markdown. */
const unescaped = (s: string) => s.replace(/\\[\s\S]/g, '');

describe('escapeMarkdown', () => {
  it('leaves no live Markdown or HTML syntax, line break, mention or scheme', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const out = escapeMarkdown(name);
        expect(out).not.toMatch(/[\n\r\u2028\u2029<>]/);
        expect(unescaped(out)).not.toMatch(/[|`[\]()*_~!#]/);
        expect(out).not.toMatch(/@[\w-]/);
        expect(out).not.toMatch(/(?<!\w)(javascript:|https?:|www\.)/i);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('codeRef', () => {
  it('is one code span on one line', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const out = codeRef(name);
        expect(out).not.toMatch(/[\n\r]/);
        expect(out.split('`')).toHaveLength(3);
      }),
      { numRuns: 2000 },
    );
  });
});

const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;

describe.skipIf(!hasCmark)('escaped names rendered by cmark-gfm', () => {
  it('stay in their cell, as text', () => {
    const names = fc.sample(hostile, { numRuns: 300, seed: 42 });
    const table = ['| # | name |', '|---|---|', ...names.map((n, i) => `| ${i} | ${escapeMarkdown(n)} |`)].join('\n');
    const html = execFileSync('cmark-gfm', ['--extension', 'table', '--extension', 'autolink', '--unsafe'], { input: table, encoding: 'utf8' });
    const rows = html.split('<tr>').slice(2);
    expect(rows).toHaveLength(names.length);
    for (const row of rows) expect(row.match(/<td>/g)).toHaveLength(2);
    expect(html.match(/<(img|a|script|code|em|strong)\b[^>]*>.{0,40}/)?.[0]).toBeUndefined();
  });
});
