// stripComments is one regex pass; these cases pin it to the character-by-character scanner it replaced.
import { describe, expect, it } from 'vitest';
import { stripComments } from '../../src/evidence/languages.js';

/** A character-by-character scanner, kept as the reference behaviour. */
function reference(style: 'c' | 'hash', text: string): string {
  const out: string[] = [];
  let i = 0;
  let quote = '';
  while (i < text.length) {
    const ch = text[i]!;
    if (quote) {
      out.push(ch);
      if (ch === '\\' && i + 1 < text.length) {
        out.push(text[i + 1]!);
        i += 2;
        continue;
      }
      if (ch === quote || (ch === '\n' && quote !== '`')) quote = '';
      i++;
      continue;
    }
    if (ch === '"' || ch === "'" || (ch === '`' && style === 'c')) {
      quote = ch;
      out.push(ch);
      i++;
      continue;
    }
    if (style === 'hash' ? ch === '#' : ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (style === 'c' && ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      const newlines = text.slice(i, stop).split('\n').length - 1;
      out.push(newlines ? '\n'.repeat(newlines) : ' '); // within a line, a comment still separates what it stood between
      i = stop;
      continue;
    }
    out.push(ch);
    i++;
  }
  return out.join('');
}

const C_CASES = [
  "const url = 'http://example.com'; // a comment",
  'a /* one\ntwo\nthree */ b',
  'x = "say \\"//hi\\"" // tail',
  'const t = `line1 // not a comment\nline2 /* nor this */`; /* yes */',
  "'unterminated string\n// comment after",
  '/* never closed\nstill comment',
  "import x from 'y'; //import z from 'z'",
  'a/**/b',
  '"ends with backslash \\',
  '//* line comment with star */\ncode',
  "const re = /'/; // odd",
  '',
];
const HASH_CASES = [
  'url = "http://x#anchor"  # comment',
  "s = 'it''s' # two strings",
  '"""doc # not a comment"""\n# comment\ncode = 1',
  'kind: Deployment  # trailing',
  "path = 'a\\'b#c' # esc",
  '#!/usr/bin/env python\nprint(1)',
];

describe('stripComments', () => {
  it.each(C_CASES)('C-style: %j', (text) => expect(stripComments('a.ts', text)).toBe(reference('c', text)));
  it.each(HASH_CASES)('hash-style: %j', (text) => {
    expect(stripComments('a.py', text)).toBe(reference('hash', text));
    expect(stripComments('a.yml', text)).toBe(reference('hash', text));
  });
  it('keeps every newline, so line numbers hold', () => {
    const text = 'a\n/* b\nc */\nd // e\n"f\ng"';
    expect(stripComments('a.go', text).split('\n')).toHaveLength(text.split('\n').length);
  });
  it('blanks a comment within a line to a space, so the text around it does not join into a new word', () => {
    expect(stripComments('a.ts', 'Fast/* x */API(')).toBe('Fast API(');
  });
  it('leaves files of other formats alone', () => expect(stripComments('README.md', '# Title // x')).toBe('# Title // x'));
  it('agrees with the reference on random mixes of quotes, slashes, stars and hashes', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = ['/', '*', '#', '"', "'", '`', '\\', '\n', 'a', ' '];
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(stripComments('f.ts', text)).toBe(reference('c', text));
      expect(stripComments('f.py', text)).toBe(reference('hash', text));
    }
  });
});
