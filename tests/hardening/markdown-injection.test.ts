// File and folder names that try to inject Markdown or HTML into the PR comment come out inert.
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { GradeReport } from '../../src/types.js';
import { cleanup, tempDir, writeFiles } from './helpers.js';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '@org',
  '`backtick` code',
  'a|b|c',
  '[click](javascript:alert(1))',
  '</details><script>alert(1)</script>',
  '#1 fixes',
];
// fast-glob's matcher never matches a name with a line break; the inventory lists such files itself.
const NEWLINE_NAME = 'line\nbreak';

let root: string;
let report: GradeReport;
let markdown: string;
beforeAll(async () => {
  root = tempDir();
  const files: Record<string, string | Buffer> = {};
  for (const name of HOSTILE) {
    // Each name reaches the report twice: as a test file with a finding, and as a noted binary file.
    files[`tests/${name}.test.ts`] = "import { expect, it } from 'vitest';\nit('x', () => expect(1).toBe(1));\n";
    files[`${name}/bin.ts`] = Buffer.from([0, 1, 2]);
  }
  files['@org/team/package.json'] = '{ not json';
  files[`${NEWLINE_NAME}/bin.ts`] = Buffer.from([0, 1, 2]);
  writeFiles(root, files);
  report = await grade(root);
  markdown = renderMarkdown(report);
});
afterAll(() => cleanup(root));

/** The Markdown with code spans removed: what is left is what GitHub interprets. */
function outsideCode(md: string): string {
  return md.replace(/`[^`\n]*`/g, '');
}

describe('hostile names in the Markdown report', () => {
  it('reach the report (so the test means something)', () => {
    expect(report.notes.filter((n) => n.kind === 'skipped-binary')).toHaveLength(HOSTILE.length + 1); // and the line-break name
    expect(report.notes.some((n) => n.path === '@org/team/package.json')).toBe(true);
  });

  it('include a file whose name holds a line break', () => {
    expect(report.notes.some((n) => n.path.startsWith(NEWLINE_NAME))).toBe(true);
  });

  it('carry no raw HTML, link, mention or reference outside code spans', () => {
    const text = outsideCode(markdown);
    expect(text).not.toMatch(/<img|<script|onerror=/i);
    expect(text).not.toMatch(/\]\(javascript:/i);
    expect(text).not.toMatch(/@org/);
    expect(text).not.toMatch(/<\/details><script/);
  });

  it('keep every code span on one line with no backtick inside', () => {
    for (const line of markdown.split('\n')) expect(line.replace(/\\`/g, '').split('`').length % 2, line).toBe(1);
  });

  it('keep every table row at its cell count', () => {
    const rows = markdown.split('\n').filter((l) => l.startsWith('|'));
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length, row).toBe(6);
  });
});

const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;

describe.skipIf(!hasCmark)('rendered by cmark-gfm (GitHub\'s Markdown)', () => {
  it('produces no live HTML from the names', () => {
    const html = execFileSync('cmark-gfm', ['--extension', 'table', '--extension', 'autolink', '--unsafe'], { input: markdown, encoding: 'utf8' });
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html.match(/<tr>/g)?.length).toBe(8); // header + seven dimensions
    for (const row of html.split('<tr>').slice(1)) expect(row.split('</td>').length + row.split('</th>').length - 2).toBe(4);
  });
});
