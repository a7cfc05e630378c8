// The npm package as a user gets it: `npm pack` of a fresh build, installed from the tarball into an empty folder
// with the network off (the bundle needs no runtime dependency, so there is nothing to fetch), then its
// `levelgate` bin grades a fixture, explains a rule and prints its version.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILD_SCRIPT = process.env.LEVELGATE_E2E_BUILD_SCRIPT ?? 'scripts/build.mjs';
const work = mkdtempSync(path.join(tmpdir(), 'levelgate-pack-'));
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
let packed: { filename: string; files: { path: string }[] };
let bin: string;
let consumer: string;
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** npm with its cache in the temp folder and the network off: a test never downloads. */
function npm(cwd: string, ...args: string[]): string {
  return execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_update_notifier: 'false' },
  });
}

beforeAll(() => {
  // The package folder: what the repository holds at its root, with dist/ built fresh from src/.
  const pkg = path.join(work, 'package');
  mkdirSync(pkg);
  for (const entry of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml', 'rules', 'docs', 'src', 'scripts', 'tests/fixtures/l1-script']) {
    cpSync(path.join(ROOT, entry), path.join(pkg, entry), { recursive: true });
  }
  execFileSync(process.execPath, [BUILD_SCRIPT, path.join(pkg, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  mkdirSync(path.join(work, 'out'));
  [packed] = JSON.parse(npm(pkg, 'pack', '--json', '--pack-destination', path.join(work, 'out')));

  consumer = path.join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  npm(consumer, 'install', path.join(work, 'out', packed.filename));
  bin = path.join(consumer, 'node_modules', '.bin', 'levelgate');
});

const levelgate = (...args: string[]) => spawnSync(bin, args, { cwd: consumer, encoding: 'utf8' });

describe('the npm package', () => {
  it('has no runtime dependencies: everything dist/ needs is bundled', () => {
    expect(manifest.dependencies).toBeUndefined();
    expect(readdirSync(path.join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['levelgate']);
  });

  it('ships the bundle, its licences, the rules and the rule pages, and nothing of the sources or tests', () => {
    const files = packed.files.map((f) => f.path);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'action.yml', 'dist/cli.js', 'dist/index.js', 'dist/catalog.json', 'dist/licenses.txt', 'rules/testing.yml', 'docs/rules.md', 'docs/rules/testing.coverage.md', 'docs/rubric.md', 'docs/config.schema.json', 'docs/report.schema.json']) {
      expect(files).toContain(f);
    }
    expect(files.filter((f) => /^(src|tests|scripts)\//.test(f))).toEqual([]);
    expect(files).toContain('dist/chunks/typescript.cjs');
    // That file is ts-morph's copy of the TypeScript compiler: its package's licence and Microsoft's notice ship with it.
    const licences = readFileSync(path.join(consumer, 'node_modules', 'levelgate', 'dist', 'licenses.txt'), 'utf8');
    expect(licences).toMatch(/\n@ts-morph\/common \d+\.\d+\.\d+\nLicense: MIT/);
    expect(licences).toContain('node_modules/@ts-morph/common/dist/typescript.js:\nCopyright (c) Microsoft Corporation');
    expect(licences).toContain('Apache License 2.0');
  });

  it('declares bin, exports and engines', () => {
    expect(manifest.bin).toEqual({ levelgate: 'dist/cli.js' });
    expect(manifest.engines.node).toBe('>=20');
    expect(manifest.exports['./config.schema.json']).toBe('./docs/config.schema.json');
    expect(manifest.exports['./report.schema.json']).toBe('./docs/report.schema.json');
  });

  it('its levelgate bin grades a fixture', () => {
    const fixture = path.join(ROOT, 'tests', 'fixtures', 'l2-api');
    const json = levelgate(fixture, '--format', 'json', '--target', 'L2');
    expect(json.stderr).toBe('');
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.level).toBe(2);
    expect(report.tool.version).toBe(TOOL_VERSION);
    // Its TypeScript files are parsed with ts-morph's compiler, which ships as a file of its own beside the chunk.
    expect(report.stats.filesParsed).toBeGreaterThan(0);
    const below = levelgate(fixture, '--format', 'json', '--target', 'L3');
    expect(below.status).toBe(1);
  });

  it('parses in its worker thread (dist/parse-worker.js), with the grade of parsing in the main thread', () => {
    expect(packed.files.map((f) => f.path)).toContain('dist/parse-worker.js');
    // A preload that reports each worker thread started, and any error it raises, on stderr.
    const preload = path.join(work, 'report-workers.cjs');
    writeFileSync(
      preload,
      [
        "const threads = require('node:worker_threads');",
        'const Worker = threads.Worker;',
        'threads.Worker = class extends Worker {',
        '  constructor(file, options) {',
        '    super(file, options);',
        '    process.stderr.write(`worker started: ${file}\\n`);',
        "    this.on('error', (error) => process.stderr.write(`worker error: ${error.message}\\n`));",
        '  }',
        '};',
        "require('node:module').syncBuiltinESMExports();",
      ].join('\n'),
    );
    const cli = path.join(consumer, 'node_modules', 'levelgate', 'dist', 'cli.js');
    const fixture = path.join(ROOT, 'tests', 'fixtures', 'l2-api');
    const grade = (env: Record<string, string>) => spawnSync(process.execPath, ['--require', preload, cli, fixture, '--format', 'json'], { cwd: consumer, encoding: 'utf8', env: { ...process.env, ...env } });
    const inWorker = grade({});
    expect(inWorker.status).toBe(0);
    expect(inWorker.stderr).toBe(`worker started: ${pathToFileURL(path.join(consumer, 'node_modules', 'levelgate', 'dist', 'parse-worker.js')).href}\n`);
    const inMain = grade({ LEVELGATE_PARSE_WORKER: '0' });
    expect(inMain.stderr).toBe('');
    const report = (out: string) => ({ ...JSON.parse(out), stats: { ...JSON.parse(out).stats, durationMs: 0 } });
    expect(report(inWorker.stdout).stats.filesParsed).toBeGreaterThan(0);
    expect(report(inWorker.stdout)).toEqual(report(inMain.stdout));
  });

  it('its levelgate bin explains a rule from the shipped pages, and prints its version', () => {
    const explained = levelgate('explain', 'testing.coverage');
    expect(explained.status).toBe(0);
    expect(explained.stdout).toContain('WHAT NEVER COUNTS');
    expect(levelgate('--version').stdout).toBe(`${TOOL_VERSION}\n`);
  });

  it('ships TypeScript for parsing only, minified, with its notice, parsing every fixture file to the same tree as ts-morph\'s copy', () => {
    const shipped = path.join(consumer, 'node_modules', 'levelgate', 'dist', 'chunks', 'typescript.cjs');
    const original = path.join(path.dirname(createRequire(createRequire(path.join(ROOT, 'package.json')).resolve('ts-morph')).resolve('@ts-morph/common')), 'typescript.js');
    const text = readFileSync(shipped, 'utf8');
    // The checker, the emitter and the language service's features are left out (scripts/typescript-for-parsing.mjs).
    expect(text.length).toBeLessThan(readFileSync(original, 'utf8').length / 5);
    expect(text.startsWith('/*! *****')).toBe(true);
    expect(text).toContain('Copyright (c) Microsoft Corporation. All rights reserved.');
    type Ts = typeof import('typescript');
    const [a, b] = [createRequire(import.meta.url)(original) as Ts, createRequire(import.meta.url)(shipped) as Ts];
    // Every node's kind, span, flags, text, start and line, and the syntax errors: what js-facts reads of a parse.
    const tree = (ts: Ts, file: string, source: string) => {
      const kind = /\.tsx$/.test(file) ? ts.ScriptKind.TSX : /\.[mc]?ts$/.test(file) ? ts.ScriptKind.TS : /\.jsx$/.test(file) ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
      const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
      const out: unknown[] = [];
      const walk = (n: import('typescript').Node): void => {
        const start = n.getStart(sf);
        out.push(n.kind, n.pos, n.end, n.flags, (n as { text?: string }).text, start, sf.getLineAndCharacterOfPosition(start).line);
        ts.forEachChild(n, walk);
      };
      walk(sf);
      const diagnostics = (sf as unknown as { parseDiagnostics: import('typescript').Diagnostic[] }).parseDiagnostics;
      return JSON.stringify([out, diagnostics.map((d) => [d.code, d.start, d.messageText])]);
    };
    const fixtures = path.join(ROOT, 'tests', 'fixtures');
    const files = readdirSync(fixtures, { recursive: true }).map(String).filter((f) => /\.[cm]?[jt]sx?$/.test(f));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const source = readFileSync(path.join(fixtures, file), 'utf8');
      expect(tree(b, file, source), file).toBe(tree(a, file, source));
    }
  });

  it('resolves the published JSON Schemas through its exports', () => {
    const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('levelgate/config.schema.json'))"], { cwd: consumer, encoding: 'utf8' }).trim();
    expect(resolved.endsWith('/node_modules/levelgate/docs/config.schema.json')).toBe(true);
  });
});
