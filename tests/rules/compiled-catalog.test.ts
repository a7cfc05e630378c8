// The build compiles the shipped rules into dist/catalog.json, so a run reads JSON instead of parsing YAML. The
// shortcut must be exact: the same catalog as the YAML gives, and used only for the very rule files it came from.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { afterAll, describe, expect, it } from 'vitest';
import { compileShippedCatalog, textPatternsFor } from '../../src/engine.js';
import { LiteralScanner } from '../../src/evidence/literal-scan.js';
import { TextPrefilter } from '../../src/evidence/text-prefilter.js';
import { alternativesOf, literalRequirement } from '../../src/rules/literals.js';
import { loadCatalog, type CompiledCatalog } from '../../src/rules/load.js';

const repoRoot = path.join(import.meta.dirname, '..', '..');
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'l1-script');
const work = mkdtempSync(path.join(tmpdir(), 'levelgate-catalog-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the compiled catalog', () => {
  it('is the catalog the rule files parse to, through JSON, with every text pattern\'s literals', async () => {
    const compiled = JSON.parse(JSON.stringify(await compileShippedCatalog(path.join(repoRoot, 'rules')))) as CompiledCatalog;
    const { literals, scanner: _, globs, alternatives, ...catalog } = compiled.catalog;
    const parsed = await loadCatalog(path.join(repoRoot, 'rules'));
    expect(catalog).toEqual(parsed);
    expect(compiled.digest).toMatch(/^[0-9a-f]{64}$/);
    const patterns = textPatternsFor(parsed);
    expect(Object.keys(literals!).sort()).toEqual([...patterns].sort());
    for (const pattern of patterns) expect(literals![pattern], pattern).toEqual(literalRequirement(pattern) ?? null);
    // Each rule pattern's alternatives, split by the build; the prefilter knows each alternative's literals too.
    for (const [pattern, split] of Object.entries(alternatives!)) {
      expect(split, pattern).toEqual(alternativesOf(pattern) ?? null);
      for (const alternative of split ?? []) expect(patterns).toContain(alternative);
    }
    expect(Object.values(alternatives!).filter(Boolean).length).toBeGreaterThan(50);
    // Every glob the rules list, compiled (tests/evidence/file-sets.test.ts checks they answer as picomatch does).
    expect(Object.keys(globs!).length).toBeGreaterThan(200);
    expect(globs!['**/schema.prisma']).toBe(picomatch.makeRe('**/schema.prisma', { dot: true, windows: false }).source);
  });

  it('carries the prefilter\'s scanner, built: it finds what a scanner built at run time finds', async () => {
    const compiled = JSON.parse(JSON.stringify(await compileShippedCatalog(path.join(repoRoot, 'rules')))) as CompiledCatalog;
    const { literals, scanner } = compiled.catalog;
    const patterns = textPatternsFor(compiled.catalog);
    const sets = JSON.parse(new TextPrefilter(patterns, () => undefined, literals).prebuiltScanner().sets) as string[][];
    expect(scanner!.sets).toBe(JSON.stringify(sets));
    // Each distinct set once: patterns share them.
    expect(new Set(sets.map((s) => JSON.stringify(s))).size).toBe(sets.length);
    const fresh = new LiteralScanner(sets);
    const shipped = new LiteralScanner(sets, scanner!.table);
    expect(fresh.toTable()).toEqual(scanner!.table);
    // The shipped table rebuilds the transition table byte for byte.
    const rowsOf = (s: LiteralScanner) => (s as unknown as { next: Uint16Array | Uint32Array }).next;
    expect(Buffer.from(rowsOf(shipped).buffer).equals(Buffer.from(rowsOf(fresh).buffer))).toBe(true);
    // Every fixture file, each literal on its own and in upper case, and text around them.
    const texts = readdirSync(path.join(repoRoot, 'tests', 'fixtures'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(path.join(e.parentPath, e.name), 'latin1'));
    for (const literal of sets.flat()) texts.push(literal, `x ${literal.toUpperCase()} y`, `é${literal}\u2028`);
    for (const text of texts) expect(shipped.scan(text).sort()).toEqual(fresh.scan(text).sort());
  });

  it('builds its own scanner when the patterns are not the shipped ones (custom rules)', () => {
    const texts: Record<string, string> = { 'a.txt': 'uses Redis here', 'b.txt': 'nothing' };
    const other = new TextPrefilter(['kafka'], () => undefined, { kafka: [[['kafka']]] }).prebuiltScanner();
    const prefilter = new TextPrefilter(['redis', 'kafka'], (f) => texts[f], { redis: [[['redis']]], kafka: [[['kafka']]] }, other);
    expect(prefilter.mayMatch('a.txt', 'redis')).toBe(true);
    expect(prefilter.mayMatch('a.txt', 'kafka')).toBe(false);
    expect(prefilter.mayMatch('b.txt', 'redis')).toBe(false);
  });

  it('is what the shipped bundle reads, for its own rule files only', () => {
    // The committed dist/ (CI checks it is fresh) and rules/, side by side as in the repository.
    cpSync(path.join(repoRoot, 'dist'), path.join(work, 'dist'), { recursive: true });
    cpSync(path.join(repoRoot, 'rules'), path.join(work, 'rules'), { recursive: true });
    const catalogFile = path.join(work, 'dist', 'catalog.json');
    const compiled = JSON.parse(readFileSync(catalogFile, 'utf8')) as CompiledCatalog;
    const rule = compiled.catalog.rules[0]!;
    const grade = () => JSON.parse(execFileSync(process.execPath, [path.join(work, 'dist', 'cli.js'), fixture, '--format', 'json', '--no-config'], { encoding: 'utf8' }));
    type Listed = { id: string; title: string }[];
    const titleOf = (report: { dimensions: Record<string, { met: Listed; missing: Listed; notApplicable: Listed }> }) => {
      const { met, missing, notApplicable } = report.dimensions[rule.dimension]!;
      return [...met, ...missing, ...notApplicable].find((r) => r.id === rule.id)!.title;
    };

    // A marked title shows the compiled catalog is what runs.
    rule.title = 'from the compiled catalog';
    writeFileSync(catalogFile, JSON.stringify(compiled));
    expect(titleOf(grade())).toBe('from the compiled catalog');

    // A rule file edited since the build: the YAML is parsed instead.
    appendFileSync(path.join(work, 'rules', `${rule.dimension}.yml`), '# edited after the build\n');
    expect(titleOf(grade())).not.toBe('from the compiled catalog');

    // A damaged compiled catalog is no error either.
    writeFileSync(catalogFile, '{ not json');
    expect(grade().level).toBeGreaterThanOrEqual(0);
  });
});
