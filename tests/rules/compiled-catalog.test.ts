// The build compiles the shipped rules into dist/catalog.json, so a run reads JSON instead of parsing YAML. The
// shortcut must be exact: the same catalog as the YAML gives, and used only for the very rule files it came from.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileShippedCatalog, textPatternsFor } from '../../src/engine.js';
import { requiredLiterals } from '../../src/rules/literals.js';
import { loadCatalog, type CompiledCatalog } from '../../src/rules/load.js';

const repoRoot = path.join(import.meta.dirname, '..', '..');
const fixture = path.join(repoRoot, 'tests', 'fixtures', 'l1-script');
const work = mkdtempSync(path.join(tmpdir(), 'levelgate-catalog-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the compiled catalog', () => {
  it('is the catalog the rule files parse to, through JSON, with every text pattern\'s literals', async () => {
    const compiled = JSON.parse(JSON.stringify(await compileShippedCatalog(path.join(repoRoot, 'rules')))) as CompiledCatalog;
    const { literals, ...catalog } = compiled.catalog;
    const parsed = await loadCatalog(path.join(repoRoot, 'rules'));
    expect(catalog).toEqual(parsed);
    expect(compiled.digest).toMatch(/^[0-9a-f]{64}$/);
    const patterns = textPatternsFor(parsed);
    expect(Object.keys(literals!).sort()).toEqual([...patterns].sort());
    for (const pattern of patterns) expect(literals![pattern], pattern).toEqual(requiredLiterals(pattern) ?? null);
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
