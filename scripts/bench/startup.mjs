// Start-up of the CLI as a user meets it (issue 15: each under 0.25 s): `levelgate --version`, and a grade of a
// 10-file repository, each a fresh process timed from spawn to exit; `node -e 0` beside them for what Node
// itself costs on this machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// A small TypeScript API of 10 files, the size of a new project: CI, a test, validation, logging.
const SMALL_REPO = {
  'package.json': JSON.stringify({ name: 'small-api', version: '0.1.0', type: 'module', scripts: { build: 'tsc', test: 'vitest run', start: 'node dist/index.js' }, dependencies: { express: '^4.19.0', zod: '^3.23.0', pino: '^9.0.0' }, devDependencies: { typescript: '^5.5.0', vitest: '^2.0.0' } }, null, 2),
  'README.md': '# small-api\n\nA small API. `npm test` runs the tests; `npm start` serves on PORT.\n',
  'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', target: 'ES2022', outDir: 'dist' }, include: ['src'] }, null, 2),
  '.gitignore': 'node_modules/\ndist/\n.env\n',
  '.github/workflows/ci.yml': 'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm test\n',
  Dockerfile: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/index.js"]\n',
  'src/logger.ts': "import pino from 'pino';\n\nexport const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });\n",
  'src/routes.ts': "import { Router } from 'express';\nimport { z } from 'zod';\n\nconst Item = z.object({ name: z.string().min(1), quantity: z.number().int().min(0) });\n\nexport const items = Router();\nitems.post('/items', (req, res) => {\n  const parsed = Item.safeParse(req.body);\n  if (!parsed.success) return res.status(422).json(parsed.error.issues);\n  res.status(201).json(parsed.data);\n});\n",
  'src/index.ts': "import express, { type NextFunction, type Request, type Response } from 'express';\nimport { logger } from './logger.js';\nimport { items } from './routes.js';\n\nconst app = express();\napp.use(express.json());\napp.use('/api', items);\napp.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {\n  logger.error({ err }, 'request failed');\n  res.status(500).json({ error: 'internal' });\n});\napp.listen(Number(process.env.PORT ?? 3000));\n",
  'test/routes.test.ts': "import { describe, expect, it } from 'vitest';\nimport { items } from '../src/routes.js';\n\ndescribe('items', () => {\n  it('is a router', () => {\n    expect(typeof items).toBe('function');\n  });\n});\n",
};

async function writeSmallRepo(dir) {
  for (const [file, content] of Object.entries(SMALL_REPO)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return Object.keys(SMALL_REPO).length;
}

function timed(args) {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${run.status}: ${run.stderr.trim().split('\n')[0]}`);
  return { ms, stdout: run.stdout };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * Builds the CLI from the current sources into `work`/dist (beside `work`/rules, as dist/ sits beside rules/),
 * and times each command `runs` times, interleaved. Returns one printable line per command.
 */
export async function measureStartup(work, repoRoot, runs) {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs'), path.join(work, 'dist')], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  const cli = path.join(work, 'dist', 'cli.js');
  const small = path.join(work, 'small-repo');
  const files = await writeSmallRepo(small);
  const commands = [
    { label: 'node -e 0 (Node alone)', args: ['-e', '0'] },
    { label: 'levelgate --version', args: [cli, '--version'] },
    { label: `levelgate on a ${files}-file repository`, args: [cli, small, '--format', 'json', '-q'] },
  ];
  for (const command of commands) timed(command.args); // one untimed run each warms the OS file cache
  const times = commands.map(() => []);
  let stats;
  for (let i = 0; i < runs; i++) {
    commands.forEach((command, c) => {
      const run = timed(command.args);
      times[c].push(run.ms);
      if (c === 2) stats = JSON.parse(run.stdout).stats;
    });
  }
  return commands.map((command, c) => {
    const extra = c === 2 ? ` (read ${stats.filesRead}, parsed ${stats.filesParsed})` : '';
    return `start-up: ${command.label}: ${Math.round(median(times[c]))} ms (median of ${runs}; min ${Math.round(Math.min(...times[c]))}, max ${Math.round(Math.max(...times[c]))})${extra}`;
  });
}
