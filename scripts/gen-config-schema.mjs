#!/usr/bin/env node
// Generates docs/config.schema.json, the JSON Schema of .levelgate.yml, from the zod validator (src/config/schema.ts),
// as draft-07 — what editors (yaml-language-server) and SchemaStore read — with a stable $id.
// `node scripts/gen-config-schema.mjs` writes it; `--check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(root, 'docs', 'config.schema.json');
export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/levelgate/levelgate/main/docs/config.schema.json';

/** The published schema, as the text of the file. */
export async function renderConfigSchema() {
  const { tsImport } = await import('tsx/esm/api');
  const { z } = await import('zod');
  const { configSchema } = await tsImport('../src/config/schema.ts', import.meta.url);
  const { $schema, ...rest } = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-7' });
  const schema = {
    $schema,
    $id: CONFIG_SCHEMA_ID,
    title: 'levelgate configuration (.levelgate.yml)',
    description: 'Targets, ignored paths, disabled and suppressed rules, dimensions not applicable, custom rules and monorepo mode. See docs/config.md.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = await renderConfigSchema();
  if (process.argv.includes('--check')) {
    if ((await readFile(OUT, 'utf8').catch(() => '')) !== text) {
      console.error('docs/config.schema.json is stale: run `node scripts/gen-config-schema.mjs` and commit the result.');
      process.exit(1);
    }
    console.log('docs/config.schema.json is up to date.');
  } else {
    await writeFile(OUT, text);
    console.log(`wrote ${path.relative(root, OUT)}`);
  }
}
