// Builds the evidence of a small repository written to a temporary folder, for detector and rule tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { collectOptionsFor } from '../../src/engine.js';
import { collectEvidence, type Evidence } from '../../src/evidence/index.js';
import { listRepository } from '../../src/inventory/list.js';
import { loadCatalog, type Catalog } from '../../src/rules/load.js';

let catalog: Catalog | undefined;
const made: string[] = [];

/** The shipped catalog, loaded once. */
export async function shippedCatalog(): Promise<Catalog> {
  catalog ??= await loadCatalog();
  return catalog;
}

/** Writes `files` (path → text) to a fresh folder (removed by cleanUp) and returns its path. */
export function writeRepo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'levelgate-case-'));
  made.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** Writes `files` (path → text) to a fresh folder and collects its evidence as the engine would, parser loaded unless `parser: false`. */
export async function evidenceOf(files: Record<string, string>, options: { parser?: boolean } = {}): Promise<Evidence> {
  const root = writeRepo(files);
  const inventory = await listRepository(root, {});
  const evidence = await collectEvidence(inventory, collectOptionsFor(await shippedCatalog()));
  // Detectors and rules are called directly here, not through the engine's load-on-first-need loop.
  if (options.parser !== false) await evidence.loadParser();
  return evidence;
}

/** Removes the folders written by evidenceOf. */
export function cleanUp(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
