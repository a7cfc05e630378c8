// Start-up of the CLI as a user meets it (issue 15: each under 0.25 s): `levelgate --version`, and grades of two
// 10-file repositories (one whose rules need the TypeScript parser, one that needs none), each a fresh process
// timed from spawn to exit; `node -e 0` beside them for what Node itself costs on this machine.
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

// A Go command-line tool of 10 files: the same checks, and nothing for the TypeScript parser, so the two grades
// tell the fixed cost of a run from the cost of loading the parser.
const SMALL_GO_REPO = {
  'go.mod': 'module example.com/tally\n\ngo 1.22\n\nrequire github.com/spf13/cobra v1.8.0\n',
  'README.md': '# tally\n\nCounts lines. `go build ./...` builds it; `go test ./...` runs the tests.\n\n    tally --min 3 FILE\n',
  '.gitignore': '/tally\n',
  '.github/workflows/ci.yml': 'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n      - run: go vet ./...\n      - run: go test ./...\n',
  Makefile: 'build:\n\tgo build ./...\n\ntest:\n\tgo test ./...\n',
  Dockerfile: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /tally ./cmd/tally\n\nFROM gcr.io/distroless/static\nCOPY --from=build /tally /tally\nENTRYPOINT ["/tally"]\n',
  'cmd/tally/main.go': 'package main\n\nimport (\n\t"log/slog"\n\t"os"\n\n\t"example.com/tally/internal/count"\n\t"github.com/spf13/cobra"\n)\n\nfunc main() {\n\tvar min int\n\troot := &cobra.Command{Use: "tally FILE", Args: cobra.ExactArgs(1), RunE: func(cmd *cobra.Command, args []string) error {\n\t\tn, err := count.Lines(args[0], min)\n\t\tif err != nil {\n\t\t\treturn err\n\t\t}\n\t\tcmd.Println(n)\n\t\treturn nil\n\t}}\n\troot.Flags().IntVar(&min, "min", 0, "shortest line counted")\n\tif err := root.Execute(); err != nil {\n\t\tslog.Error("tally failed", "err", err)\n\t\tos.Exit(1)\n\t}\n}\n',
  'internal/count/count.go': 'package count\n\nimport (\n\t"bufio"\n\t"fmt"\n\t"os"\n)\n\n// Lines counts the lines of at least min characters.\nfunc Lines(file string, min int) (int, error) {\n\tf, err := os.Open(file)\n\tif err != nil {\n\t\treturn 0, fmt.Errorf("open %s: %w", file, err)\n\t}\n\tdefer f.Close()\n\tn := 0\n\tscanner := bufio.NewScanner(f)\n\tfor scanner.Scan() {\n\t\tif len(scanner.Text()) >= min {\n\t\t\tn++\n\t\t}\n\t}\n\treturn n, scanner.Err()\n}\n',
  'internal/count/count_test.go': 'package count\n\nimport "testing"\n\nfunc TestLinesMissingFile(t *testing.T) {\n\tif _, err := Lines("no-such-file", 0); err == nil {\n\t\tt.Fatal("want an error")\n\t}\n}\n',
  'docs/usage.md': '# Usage\n\n`tally --min N FILE` prints how many lines of FILE have at least N characters.\n',
};

async function writeRepo(dir, files) {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return Object.keys(files).length;
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
  const small = path.join(work, 'small-ts-api');
  const smallGo = path.join(work, 'small-go-cli');
  const files = await writeRepo(small, SMALL_REPO);
  const goFiles = await writeRepo(smallGo, SMALL_GO_REPO);
  const commands = [
    { label: 'node -e 0 (Node alone)', args: ['-e', '0'] },
    { label: 'levelgate --version', args: [cli, '--version'] },
    { label: `levelgate on a ${files}-file TypeScript API`, args: [cli, small, '--format', 'json', '-q'], grades: true },
    { label: `levelgate on a ${goFiles}-file Go CLI`, args: [cli, smallGo, '--format', 'json', '-q'], grades: true },
  ];
  for (const command of commands) timed(command.args); // one untimed run each warms the OS file cache
  const times = commands.map(() => []);
  const stats = [];
  for (let i = 0; i < runs; i++) {
    commands.forEach((command, c) => {
      const run = timed(command.args);
      times[c].push(run.ms);
      if (command.grades) stats[c] = JSON.parse(run.stdout).stats;
    });
  }
  return commands.map((command, c) => {
    const extra = stats[c] ? ` (read ${stats[c].filesRead}, parsed ${stats[c].filesParsed})` : '';
    return `start-up: ${command.label}: ${Math.round(median(times[c]))} ms (median of ${runs}; min ${Math.round(Math.min(...times[c]))}, max ${Math.round(Math.max(...times[c]))})${extra}`;
  });
}
