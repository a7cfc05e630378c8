// A compose file read by several detectors is parsed once: the same value each time, merge keys applied, and an
// invalid text throws every time it is asked for (each detector skips the file).
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseYamlWithMerges } from '../../src/evidence/yaml-once.js';

const compose = 'x-common: &common\n  restart: always\nservices:\n  api:\n    <<: *common\n    build: .\n  db:\n    image: postgres:16\n';

describe('parseYamlWithMerges', () => {
  it('gives what the yaml package gives with merge keys, once per text', () => {
    const first = parseYamlWithMerges(compose);
    expect(first).toEqual(parse(compose, { merge: true }));
    expect((first as { services: { api: { restart: string } } }).services.api.restart).toBe('always');
    expect(parseYamlWithMerges(`${compose}`)).toBe(first);
    expect(parseYamlWithMerges(`${compose}\n`)).not.toBe(first);
  });

  it('throws for a text the yaml package rejects, each time it is asked', () => {
    const broken = 'services:\n  api: [unclosed\n';
    expect(() => parse(broken, { merge: true })).toThrow();
    expect(() => parseYamlWithMerges(broken)).toThrow();
    expect(() => parseYamlWithMerges(broken)).toThrow();
  });

  it('keeps a bounded number of texts, and parses a forgotten one again to the same value', () => {
    const texts = Array.from({ length: 100 }, (_, i) => `services:\n  s${i}:\n    image: app:${i}\n`);
    const values = texts.map((t) => parseYamlWithMerges(t));
    expect(parseYamlWithMerges(texts[99]!)).toBe(values[99]);
    expect(parseYamlWithMerges(texts[0]!)).not.toBe(values[0]);
    expect(parseYamlWithMerges(texts[0]!)).toEqual(values[0]);
  });
});
