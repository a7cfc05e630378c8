// capLines cuts each line at MAX_SCANNED_LINE characters and keeps every line (and so every line number).
import { describe, expect, it } from 'vitest';
import { capLines, MAX_SCANNED_LINE } from '../../src/evidence/languages.js';

describe('capLines', () => {
  it('returns a text with no long line as it is, at and around the limit', () => {
    for (const text of ['', 'a\nb\n', 'x'.repeat(MAX_SCANNED_LINE), `${'x'.repeat(MAX_SCANNED_LINE)}\n${'y'.repeat(MAX_SCANNED_LINE)}`]) expect(capLines(text)).toBe(text);
  });

  it('cuts a line one character over the limit, alone or among others', () => {
    const long = 'x'.repeat(MAX_SCANNED_LINE + 1);
    expect(capLines(long)).toBe('x'.repeat(MAX_SCANNED_LINE));
    expect(capLines(`a\n${long}\nb`)).toBe(`a\n${'x'.repeat(MAX_SCANNED_LINE)}\nb`);
    expect(capLines(`a\n${long}\nb`).split('\n')).toHaveLength(3);
  });

  it('cuts exactly the lines over the limit, wherever they are (compared with cutting every line)', () => {
    const cutEach = (text: string) => text.split('\n').map((line) => line.slice(0, MAX_SCANNED_LINE)).join('\n');
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const lengths = [0, 1, 40, MAX_SCANNED_LINE - 1, MAX_SCANNED_LINE, MAX_SCANNED_LINE + 1, 2 * MAX_SCANNED_LINE + 3];
    for (let round = 0; round < 400; round++) {
      const lines = Array.from({ length: 1 + random(60) }, () => 'x'.repeat(random(5) === 0 ? lengths[random(lengths.length)]! : random(120)));
      const text = lines.join('\n') + (random(2) ? '\n' : '');
      const capped = capLines(text);
      expect(capped).toBe(cutEach(text));
    }
  });
});
