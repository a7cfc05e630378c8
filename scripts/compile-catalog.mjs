// Writes the compiled rule catalog beside a bundle (src/rules/load.ts reads it there): the rules parsed and
// checked, each text pattern's literals worked out. Used by the build (dist/) and the benchmark's own bundle.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

export async function writeCompiledCatalog(outdir, rulesDir) {
  const { tsImport } = await import('tsx/esm/api');
  const { COMPILED_CATALOG_FILE } = await tsImport('../src/rules/load.ts', import.meta.url);
  const { compileShippedCatalog } = await tsImport('../src/engine.ts', import.meta.url);
  await writeFile(path.join(outdir, COMPILED_CATALOG_FILE), `${JSON.stringify(await compileShippedCatalog(rulesDir))}\n`);
}
