// Property: the literal prefilter never rules out a file a pattern matches. For every shipped pattern, strings
// built from its syntax (in random surroundings) that the real RegExp matches are found by the scanner.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textPatternsFor } from '../../src/engine.js';
import { LiteralScanner } from '../../src/evidence/literal-scan.js';
import { TextPrefilter } from '../../src/evidence/text-prefilter.js';
import { alternativesOf, literalRequirement, requiredLiterals } from '../../src/rules/literals.js';
import { compilePattern } from '../../src/rules/pattern.js';
import { shippedCatalog } from '../detectors/repo.js';
import { sampleFor, seeded } from './regex-sample.js';

const patterns = textPatternsFor(await shippedCatalog());
const filtered = patterns.map((pattern) => ({ pattern, literals: requiredLiterals(pattern) })).filter((p) => p.literals);
const scanner = new LiteralScanner(filtered.map((p) => p.literals!));
const surroundings = fc.string({ unit: fc.constantFrom(...'aZ_ .(/\n\u00e9'.split('')), maxLength: 12 });

describe('the literal prefilter of the shipped patterns', () => {
  it('filters most patterns (a pattern without literals is tested on every file)', () => {
    expect(filtered.length / patterns.length).toBeGreaterThan(0.9);
  });

  it('finds every string a pattern matches', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.nat({ max: filtered.length - 1 }), fc.integer(), surroundings, surroundings, (index, seed, before, after) => {
        const { pattern } = filtered[index]!;
        const text = before + sampleFor(pattern, seeded(seed)) + after;
        if (!compilePattern(pattern).test(text)) return; // the sample missed an anchor or lookaround
        checked++;
        expect(scanner.scan(text), `${pattern} in ${JSON.stringify(text)}`).toContain(index);
      }),
      { numRuns: 20000 },
    );
    expect(checked).toBeGreaterThan(10000); // the generator must really produce matches
  });

  // What the evidence really asks: every set of some top-level alternative (literalRequirement), by one scan.
  const required = patterns.filter((pattern) => literalRequirement(pattern));
  it('keeps a requirement by alternative for most patterns', () => {
    expect(required.length / patterns.length).toBeGreaterThan(0.9);
  });

  it('lets through every string a pattern matches, judged by alternative', () => {
    let checked = 0;
    // One prefilter (its literals worked out once); each text under its own name, since a file is scanned once.
    const texts: string[] = [];
    const prefilter = new TextPrefilter(required, (file) => texts[Number(file)]);
    fc.assert(
      fc.property(fc.nat({ max: required.length - 1 }), fc.integer(), surroundings, surroundings, (index, seed, before, after) => {
        const pattern = required[index]!;
        const text = before + sampleFor(pattern, seeded(seed)) + after;
        if (!compilePattern(pattern).test(text)) return;
        checked++;
        texts.push(text);
        expect(prefilter.mayMatch(String(texts.length - 1), pattern), `${pattern} in ${JSON.stringify(text)}`).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect(checked).toBeGreaterThan(10000);
  });
});

describe('scanning every file up front (TextPrefilter.scanNow)', () => {
  it('answers as scanning each file when first asked, reading each text once', () => {
    const some = patterns.filter((p) => literalRequirement(p)).slice(0, 300);
    // Texts that match some of the patterns (a sample of each), so both answers occur.
    const texts = some.map((pattern, i) => `x ${sampleFor(pattern, seeded(i))} y`);
    const reads = new Map<string, number>();
    const read = (file: string) => (reads.set(file, (reads.get(file) ?? 0) + 1), texts[Number(file)]);
    const lazy = new TextPrefilter(some, (file) => texts[Number(file)]);
    const upFront = new TextPrefilter(some, read);
    const files = [...texts.keys()].map(String);
    upFront.scanNow([...files, 'missing']);
    const answers = new Set<boolean>();
    for (const file of [...files, 'missing']) {
      for (const pattern of some) {
        const answer = upFront.mayMatch(file, pattern);
        expect(answer).toBe(lazy.mayMatch(file, pattern));
        answers.add(answer);
      }
    }
    expect([...answers].sort()).toEqual([false, true]);
    for (const file of files) expect(reads.get(file)).toBe(1);
  });

  it('answers a long text it leaves for later (set by set, then scanned) as a scan would', () => {
    const some = patterns.filter((p) => literalRequirement(p)).slice(0, 200);
    // Past the length that defers a text, with what a set's RegExp could misread: upper case, RegExp syntax, and
    // characters whose case mapping is ASCII (ſ, the Kelvin sign, dotted İ).
    const filler = 'Ab.C*(?)[x]{2}|^$ \u017f \u212a \u0130 \u00e9 '.repeat(2000);
    const texts = some.slice(0, 60).map((pattern, i) => `${filler}x ${sampleFor(pattern, seeded(i))} y${i % 2 ? filler : ''}`);
    // Two kinds: once one text of a kind has been searched enough, the others of its kind are scanned with it.
    const textOf = (file: string) => texts[Number.parseInt(file, 10)];
    const lazy = new TextPrefilter(some, textOf);
    const deferred = new TextPrefilter(some, textOf);
    const files = [...texts.keys()].map((i) => `${i}.${i % 3 ? 'json' : 'xlf'}`);
    deferred.scanNow(files);
    const answers = new Set<boolean>();
    // Pattern by pattern, as the rules ask: the first patterns are answered set by set in every text.
    for (const pattern of some) {
      for (const file of files) {
        const answer = deferred.mayMatch(file, pattern);
        expect(answer, `${pattern} in text ${file}`).toBe(lazy.mayMatch(file, pattern));
        answers.add(answer);
      }
    }
    expect([...answers].sort()).toEqual([false, true]);
  });
});

describe('LiteralScanner', () => {
  // Literals over a small alphabet, so that they overlap, nest and share prefixes and suffixes.
  const literal = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '.'), minLength: 1, maxLength: 4 });
  const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'B', '.', ' ', '\u00e1', '\u0101'), maxLength: 40 });
  // ASCII case folding only: 'á' is not 'a', and non-ASCII characters match nothing.
  const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

  it('finds exactly the sets with a member in the text, ASCII case folded', () => {
    fc.assert(
      fc.property(fc.array(fc.array(literal, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), text, (sets, t) => {
        const scanner = new LiteralScanner(sets);
        const expected = sets.flatMap((set, id) => (set.some((l) => foldAscii(t).includes(l)) ? [id] : []));
        expect(scanner.scan(t).sort((a, b) => a - b)).toEqual(expected);
        expect(scanner.scan(t).sort((a, b) => a - b)).toEqual(expected); // the scratch marks are left clean
      }),
      { numRuns: 3000 },
    );
  });

  it('rebuilds from its table (the trie it ships) exactly the transition table it built', () => {
    const rowsOf = (scanner: LiteralScanner) => (scanner as unknown as { next: Uint16Array | Uint32Array }).next;
    fc.assert(
      fc.property(fc.array(fc.array(literal, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), text, (sets, t) => {
        const built = new LiteralScanner(sets);
        const rebuilt = new LiteralScanner(sets, JSON.parse(JSON.stringify(built.toTable())));
        expect(rowsOf(rebuilt)).toEqual(rowsOf(built));
        expect(rebuilt.scan(t).sort((a, b) => a - b)).toEqual(built.scan(t).sort((a, b) => a - b));
        expect(rebuilt.toTable()).toEqual(built.toTable());
      }),
      { numRuns: 300 },
    );
  });

  it('refuses literals it cannot look for', () => {
    expect(() => new LiteralScanner([['Upper']])).toThrow(/lowercase ASCII/);
    expect(() => new LiteralScanner([['caf\u00e9']])).toThrow(/lowercase ASCII/);
  });
});

describe('a pattern split into its top-level alternatives', () => {
  const split = patterns.filter((pattern) => alternativesOf(pattern));
  it('matches exactly where one of its alternatives does, each behind its own prefilter', () => {
    expect(split.length).toBeGreaterThan(50);
    let matched = 0;
    const texts: string[] = [];
    const prefilter = new TextPrefilter(patterns, (file) => texts[Number(file)]);
    fc.assert(
      fc.property(fc.nat({ max: split.length - 1 }), fc.integer(), surroundings, surroundings, fc.boolean(), (index, seed, before, after, sampled) => {
        const pattern = split[index]!;
        // Half the texts are built from the pattern (mostly matching), half from another one (mostly not).
        const text = before + sampleFor(sampled ? pattern : split[(index + 1) % split.length]!, seeded(seed)) + after;
        texts.push(text);
        const file = String(texts.length - 1);
        const whole = compilePattern(pattern).test(text);
        if (whole) matched++;
        const byAlternative = alternativesOf(pattern)!.some((a) => prefilter.mayMatch(file, a) && compilePattern(a).test(text));
        expect(byAlternative, `${pattern} in ${JSON.stringify(text)}`).toBe(whole);
      }),
      { numRuns: 20000 },
    );
    expect(matched).toBeGreaterThan(5000);
  });
});
