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
});
