// Rule-level cases that must and must not meet a rule: name-dropping never counts, and what cannot apply is not applicable.
import { afterAll, describe, expect, it } from 'vitest';
import type { RuleStatus } from '../../src/types.js';
import { evaluateRule } from '../../src/score/evaluate.js';
import { cleanUp, evidenceOf, shippedCatalog } from '../detectors/repo.js';

interface Case {
  rule: string;
  name: string;
  files: Record<string, string>;
  want: RuleStatus;
}

const PKG = (deps: Record<string, string>, scripts: Record<string, string> = {}) => JSON.stringify({ name: 'x', dependencies: deps, scripts });
const WORKFLOW = (...steps: string[]) => `on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n${steps.map((s) => `      - run: ${s}`).join('\n')}\n`;
const EXPRESS_APP = "const express = require('express');\nconst app = express();\n";

const CASES: Case[] = [
  { rule: 'security.headers-or-csrf', name: 'helmet imported and used', files: { 'package.json': PKG({ express: '4', helmet: '7' }), 'src/app.js': `${EXPRESS_APP}const helmet = require('helmet');\napp.use(helmet());\n` }, want: 'met' },
  { rule: 'security.headers-or-csrf', name: 'a commented-out import', files: { 'package.json': PKG({ express: '4', helmet: '7' }), 'src/app.js': `${EXPRESS_APP}// const helmet = require('helmet');\n// app.use(helmet());\n` }, want: 'missing' },
  { rule: 'security.rate-limiting', name: 'a dependency nothing imports', files: { 'package.json': PKG({ express: '4', 'express-rate-limit': '7' }), 'src/app.js': EXPRESS_APP }, want: 'missing' },
  { rule: 'security.rate-limiting', name: 'an import whose binding is never used', files: { 'package.json': PKG({ express: '4', 'express-rate-limit': '7' }), 'src/app.js': `${EXPRESS_APP}import rateLimit from 'express-rate-limit';\n` }, want: 'missing' },
  { rule: 'security.input-validation', name: 'request validation in a library with no outside input', files: { 'package.json': PKG({}), 'src/sum.js': 'module.exports = (a, b) => a + b;\n' }, want: 'not_applicable' },
  { rule: 'security.input-validation', name: 'an HTTP API validating with zod', files: { 'package.json': PKG({ express: '4', zod: '3' }), 'src/app.js': `${EXPRESS_APP}const { z } = require('zod');\nconst Body = z.object({ name: z.string() });\napp.post('/x', (req, res) => res.json(Body.parse(req.body)));\n` }, want: 'met' },
  { rule: 'security.input-validation', name: 'an HTTP API with no validation', files: { 'package.json': PKG({ express: '4' }), 'src/app.js': `${EXPRESS_APP}app.post('/x', (req, res) => res.json(req.body));\n` }, want: 'missing' },
  { rule: 'security.input-validation', name: 'hand-written checks answering 400/422 in several handlers', files: { 'package.json': PKG({ express: '4' }), 'src/app.js': `${EXPRESS_APP}app.post('/x', (req, res) => {\n  if (typeof req.body.title !== 'string') return res.status(400).end();\n  res.json(req.body);\n});\napp.put('/x/:id', (req, res) => {\n  if (!/^\\d+$/.test(req.params.id)) return res.status(422).end();\n  res.json(req.body);\n});\n` }, want: 'met' },
  { rule: 'security.input-validation', name: 'an HTTP framework that reads no request data needs no validation', files: { 'package.json': PKG({ express: '4' }), 'src/app.js': `${EXPRESS_APP}app.use(express.static('public'));\napp.listen(3000);\n` }, want: 'not_applicable' },
  { rule: 'security.input-validation', name: 'a Go CLI with cobra argument checks', files: { 'go.mod': 'module x\n\nrequire github.com/spf13/cobra v1.8.0\n', 'main.go': 'package main\nimport "github.com/spf13/cobra"\nvar root = &cobra.Command{Args: cobra.MaximumNArgs(1)}\nfunc main() { root.Execute() }\n' }, want: 'met' },
  { rule: 'functionality.ci-runs-tests', name: 'a CI file that only builds', files: { 'package.json': PKG({}, { build: 'tsc', test: 'vitest run' }), '.github/workflows/ci.yml': WORKFLOW('npm ci', 'npm run build') }, want: 'missing' },
  { rule: 'testing.tests-in-ci', name: 'a CI file that only deploys', files: { '.github/workflows/deploy.yml': WORKFLOW('flyctl deploy') }, want: 'missing' },
  { rule: 'testing.tests-in-ci', name: 'CI runs pytest', files: { '.github/workflows/ci.yml': WORKFLOW('pytest -q') }, want: 'met' },
  { rule: 'functionality.strict-typing', name: 'plain JavaScript linted in CI stands in for types', files: { 'package.json': PKG({}, { lint: 'eslint .' }), 'src/a.js': 'module.exports = 1;\n', '.github/workflows/ci.yml': WORKFLOW('npm run lint') }, want: 'met' },
  { rule: 'functionality.strict-typing', name: 'TypeScript without strict', files: { 'tsconfig.json': '{ "compilerOptions": { "strict": false } }', 'src/a.ts': 'export const a = 1;\n', '.github/workflows/ci.yml': WORKFLOW('npx eslint .') }, want: 'missing' },
  { rule: 'functionality.idempotency', name: 'seed SQL with ON CONFLICT is not runtime idempotency', files: { 'db/data.sql': "INSERT INTO vets VALUES (1, 'James') ON CONFLICT DO NOTHING;\n" }, want: 'missing' },
  { rule: 'functionality.health-probes', name: "a database image's healthcheck is not the app's probe", files: { 'compose.yaml': 'services:\n  web:\n    build: .\n  mysql:\n    image: mysql:8\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping"]\n' }, want: 'missing' },
  { rule: 'performance.batching', name: 'Promise.all is concurrency, not batching', files: { 'src/a.js': 'await Promise.all(ids.map(load));\n' }, want: 'missing' },
  { rule: 'security.data-retention', name: 'artifact retention-days in a workflow is not data retention', files: { '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/upload-artifact@v4\n        with:\n          retention-days: 30\n' }, want: 'missing' },
  { rule: 'documentation.api-docs', name: 'a FastAPI app serves generated OpenAPI docs', files: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["fastapi"]\n', 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' }, want: 'met' },
  { rule: 'testing.e2e', name: 'CI runs a test container against the composed stack', files: { 'integration-test/api_test.go': 'package it\n', 'Makefile': 'it:\n\tdocker compose -f compose.yml -f compose-it.yml up --build --abort-on-container-exit --exit-code-from integration\n', '.github/workflows/ci.yml': WORKFLOW('make it') }, want: 'met' },
];

afterAll(cleanUp);

describe('rule cases', () => {
  it.each(CASES)('$rule: $name → $want', async ({ rule: id, files, want }) => {
    const catalog = await shippedCatalog();
    const rule = catalog.rules.find((r) => r.id === id);
    expect(rule, `rule ${id} exists`).toBeDefined();
    const result = evaluateRule(rule!, await evidenceOf(files), false);
    expect(result.status, JSON.stringify(result.findings)).toBe(want);
  });
});
