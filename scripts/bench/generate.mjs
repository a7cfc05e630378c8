// Writes a deterministic synthetic monorepo of about `target` files: TS/JS packages with tests, some Python
// and Go services, configs, docs and a few large files. Same target, same bytes.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { random } from './random.mjs';

// Libraries the rules know (frameworks, validation, logging, data) and everyday ones they do not.
const KNOWN_LIBS = ['express', 'zod', 'pino', 'ioredis', '@prisma/client', 'helmet', 'jsonwebtoken'];
const PLAIN_LIBS = ['lodash', 'date-fns', 'axios', 'uuid', 'node:path', 'node:fs/promises'];

function tsSource(rand, pkg, i, modules) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const lines = [`// ${pkg}: module ${i} of a synthetic monorepo.`];
  // About a quarter of modules touch a framework or infrastructure library; the rest are plain logic.
  const libs = new Set([pick(PLAIN_LIBS), ...(rand() < 0.25 ? [pick(KNOWN_LIBS)] : [])]);
  for (const lib of libs) lines.push(`import ${lib.replace(/\W/g, '_')} from '${lib}';`);
  if (i > 0) lines.push(`import { compute${i - 1} } from './${modules[i - 1]}.js';`);
  lines.push('', `/** Options of unit ${i}. */`, `export interface Options${i} {`, '  id: string;', '  limit?: number;', '  tags: string[];', '}', '');
  const blocks = 2 + Math.floor(rand() * 10);
  for (let b = 0; b < blocks; b++) {
    lines.push(
      `/* Computes part ${b} of unit ${i}; kept branchy so the parser has work. */`,
      `export function compute${i}${b ? `_${b}` : ''}(options: Options${i}, values: number[]): number {`,
      `  if (!options.id) throw new Error('id is required for part ${b}');`,
      '  let total = 0;',
      '  for (const value of values) {',
      `    if (value > ${Math.floor(rand() * 100)}) total += value * ${b + 1};`,
      '    else total -= Math.abs(value) % 7;',
      '  }',
      '  try {',
      `    return options.limit ? Math.min(total, options.limit) : total; // part ${b}`,
      '  } catch (error) {',
      `    console.error('unit ${i} failed', error);`,
      '    return 0;',
      '  }',
      '}',
      '',
    );
  }
  lines.push(`export class Service${i} {`, '  private readonly cache = new Map<string, number>();', '  get(key: string): number | undefined {', '    return this.cache.get(key);', '  }', '}', '');
  return lines.join('\n');
}

function tsTest(rand, i, module) {
  const cases = 2 + Math.floor(rand() * 6);
  const lines = [`import { describe, expect, it } from 'vitest';`, `import { compute${i} } from '../src/${module}.js';`, '', `describe('compute${i}', () => {`];
  for (let c = 0; c < cases; c++) {
    lines.push(`  it('handles case ${c}', () => {`, `    expect(compute${i}({ id: 'x${c}', tags: [] }, [${c}, ${c * 2}, ${c * 3}])).toBeTypeOf('number');`, '  });');
  }
  lines.push('});', '');
  return lines.join('\n');
}

function pySource(rand, i) {
  const lines = ['"""A synthetic service module."""', 'import logging', 'from dataclasses import dataclass', '', 'log = logging.getLogger(__name__)', ''];
  const blocks = 2 + Math.floor(rand() * 8);
  for (let b = 0; b < blocks; b++) {
    lines.push('@dataclass', `class Record${i}_${b}:`, '    name: str', '    size: int = 0', '', `def handle_${i}_${b}(values):`, '    # sums the positive values', '    total = 0', '    for v in values:', '        if v > 0:', '            total += v', '    try:', '        return total / len(values)', '    except ZeroDivisionError:', "        log.exception('empty input')", '        return 0', '');
  }
  return lines.join('\n');
}

function pyTest(i) {
  return [`from service.mod_${i} import handle_${i}_0`, '', `def test_handle_${i}():`, `    assert handle_${i}_0([1, 2, 3]) == 2`, ''].join('\n');
}

function goSource(rand, i) {
  const lines = ['package worker', '', 'import (', '\t"errors"', '\t"fmt"', '\t"log/slog"', ')', ''];
  const blocks = 2 + Math.floor(rand() * 6);
  for (let b = 0; b < blocks; b++) {
    lines.push(`// Step${i}_${b} processes one batch.`, `func Step${i}_${b}(items []int) (int, error) {`, '\tif len(items) == 0 {', `\t\treturn 0, errors.New("empty batch ${b}")`, '\t}', '\tsum := 0', '\tfor _, it := range items {', '\t\tsum += it', '\t}', `\tslog.Info(fmt.Sprintf("step %d", sum))`, '\treturn sum, nil', '}', '');
  }
  return lines.join('\n');
}

function markdown(rand, title) {
  const paragraphs = 3 + Math.floor(rand() * 8);
  const out = [`# ${title}`, ''];
  for (let p = 0; p < paragraphs; p++) out.push(`## Section ${p}`, '', 'This part of the documentation explains how the service is configured, deployed and tested. '.repeat(1 + Math.floor(rand() * 4)), '', '```sh', 'npm install && npm test', '```', '');
  return out.join('\n');
}

/** Writes the repository under `dir`; returns the number of files written. */
export async function generateRepository(dir, target) {
  const rand = random(target);
  const files = new Map();
  const add = (file, content) => files.set(file, content);
  add('package.json', JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['packages/*'], scripts: { test: 'vitest run', lint: 'eslint .', build: 'tsc -b' }, devDependencies: { vitest: '^4.0.0', typescript: '^5.9.0', eslint: '^9.0.0' } }, null, 2));
  add('README.md', markdown(rand, 'Benchmark monorepo'));
  add('.gitignore', 'node_modules/\ndist/\n*.log\n.env\n');
  add('tsconfig.json', JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', target: 'ES2022' } }, null, 2));
  add('.github/workflows/ci.yml', 'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm test\n      - run: go test ./...\n      - run: pytest\n');
  add('docker-compose.yml', 'services:\n  api:\n    build: .\n    ports: ["3000:3000"]\n  redis:\n    image: redis:7\n');
  add('Dockerfile', 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "dist/index.js"]\n');
  // A few large files: two over the 1 MiB read limit (skipped), one big generated TS file and a JSON data file (read).
  add('data/large-dump.sql', 'INSERT INTO t VALUES (1, \'x\');\n'.repeat(60_000));
  add('data/fixtures-export.json', JSON.stringify(Array.from({ length: 30_000 }, (_, i) => ({ id: i, name: `item ${i}` }))));
  add('packages/generated/src/schema.ts', Array.from({ length: 4_000 }, (_, i) => `export const field${i} = { name: 'field${i}', type: 'string', required: ${i % 2 === 0} } as const;`).join('\n'));
  add('data/catalog.json', JSON.stringify(Array.from({ length: 6_000 }, (_, i) => ({ id: i, label: `entry ${i}` }))));
  add('assets/logo.png', Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 31) % 256)));

  let p = 0;
  const shareTs = 0.72;
  const sharePy = 0.12;
  // TS/JS packages of ~40 files until their share is reached.
  while (files.size < target * shareTs) {
    const pkg = `packages/pkg-${String(p).padStart(3, '0')}`;
    const count = 12 + Math.floor(rand() * 14);
    const modules = Array.from({ length: count }, (_, i) => `module-${i}`);
    add(`${pkg}/package.json`, JSON.stringify({ name: `@bench/pkg-${p}`, version: '1.0.0', type: 'module', scripts: { test: 'vitest run' }, dependencies: { zod: '^3.0.0', pino: '^9.0.0', express: '^4.0.0' } }, null, 2));
    add(`${pkg}/README.md`, markdown(rand, `Package ${p}`));
    add(`${pkg}/tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.json', include: ['src'] }, null, 2));
    for (let i = 0; i < count; i++) {
      const ext = rand() < 0.15 ? 'js' : 'ts';
      add(`${pkg}/src/${modules[i]}.${ext}`, tsSource(rand, pkg, i, modules));
      if (rand() < 0.6) add(`${pkg}/tests/${modules[i]}.test.ts`, tsTest(rand, i, modules[i]));
    }
    if (rand() < 0.3) add(`${pkg}/docs/usage.md`, markdown(rand, `Using package ${p}`));
    p++;
  }
  let s = 0;
  while (files.size < target * (shareTs + sharePy)) {
    const svc = `services/py-${String(s).padStart(3, '0')}`;
    add(`${svc}/pyproject.toml`, `[project]\nname = "svc-${s}"\ndependencies = ["fastapi", "pydantic", "sqlalchemy"]\n\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n`);
    for (let i = 0; i < 20; i++) {
      add(`${svc}/service/mod_${i}.py`, pySource(rand, i));
      if (i % 2 === 0) add(`${svc}/tests/test_mod_${i}.py`, pyTest(i));
    }
    s++;
  }
  let g = 0;
  while (files.size < target * 0.9) {
    const svc = `services/go-${String(g).padStart(3, '0')}`;
    add(`${svc}/go.mod`, `module example.com/bench/go${g}\n\ngo 1.22\n\nrequire (\n\tgithub.com/stretchr/testify v1.9.0\n)\n`);
    for (let i = 0; i < 16; i++) {
      add(`${svc}/worker/step_${i}.go`, goSource(rand, i));
      if (i % 3 === 0) add(`${svc}/worker/step_${i}_test.go`, `package worker\n\nimport "testing"\n\nfunc TestStep${i}(t *testing.T) {\n\tif _, err := Step${i}_0([]int{1}); err != nil {\n\t\tt.Fatal(err)\n\t}\n}\n`);
    }
    g++;
  }
  // The rest: docs and configs.
  let d = 0;
  while (files.size < target) {
    const r = rand();
    if (r < 0.5) add(`docs/guide/page-${d}.md`, markdown(rand, `Guide page ${d}`));
    else if (r < 0.75) add(`config/env-${d}.yml`, `service: svc-${d}\nreplicas: ${1 + (d % 5)}\nresources:\n  cpu: 500m\n  memory: 256Mi\n`);
    else add(`config/feature-${d}.json`, JSON.stringify({ feature: `f${d}`, enabled: d % 2 === 0, rollout: d % 100 }, null, 2));
    d++;
  }

  await writeTree(dir, files);
  return files.size;
}

/** Writes a generated tree (path → content) under dir, 16 files at a time. */
export async function writeTree(dir, files) {
  const dirs = new Set([...files.keys()].map((f) => path.dirname(path.join(dir, f))));
  for (const folder of dirs) await mkdir(folder, { recursive: true });
  const entries = [...files.entries()];
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const [file, content] = entries[next++];
      await writeFile(path.join(dir, file), content);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}
