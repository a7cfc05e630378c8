// Table-driven detector tests: each case is a tiny repository and the strongest finding it must (or must not) yield.
import { afterAll, describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/index.js';
import { cleanUp, evidenceOf } from './repo.js';

type Want = 'strong' | 'weak' | 'none';
interface Case {
  name: string;
  files: Record<string, string>;
  options?: Record<string, unknown>;
  want: Want;
}

const PKG = (extra: Record<string, unknown> = {}) => JSON.stringify({ name: 'x', version: '1.0.0', ...extra }, null, 2);
const WORKFLOW = (...steps: string[]) => `name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps.map((s) => `      - run: ${s}`).join('\n')}\n`;
const ADR = (n: number) => `# ${n}. Use PostgreSQL for storage\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a relational store that supports transactions across the order and payment tables.\nThe team already operates PostgreSQL in production and knows its failure modes well.\n\n## Decision\n\nWe will store orders, payments and users in a single PostgreSQL database per environment.\n\n## Consequences\n\nSchema changes go through migrations reviewed like code; reporting queries run on a replica.\n`;
const GOOD_README = `# wordcount\n\nCounts words in text files and prints the most frequent ones.\n\n## Install\n\n    npm install -g wordcount\n\n## Usage\n\n    wordcount file.txt --top 10\n\nOptions:\n\n- --top N: how many words to print\n- --min N: ignore words shorter than N\n- --json: print JSON instead of a table\n\n## Development\n\nRun the tests with npm test and build with npm run build.\nReleases are tagged from main.\n`;

const CASES: Record<string, Case[]> = {
  adrRecords: [
    { name: 'three real records', files: { 'docs/adr/0001-db.md': ADR(1), 'docs/adr/0002-queue.md': ADR(2), 'docs/adr/0003-api.md': ADR(3) }, want: 'strong' },
    { name: 'a template-only ADR folder', files: { 'docs/adr/0000-template.md': '# [short title]\n\n## Context\n\n{describe the context}\n\n## Decision\n\n{describe the decision}\n', 'docs/adr/README.md': '# ADRs\n' }, want: 'weak' },
    { name: 'one real record is not enough', files: { 'docs/adr/0001-db.md': ADR(1) }, want: 'weak' },
    { name: 'no ADR folder', files: { 'README.md': '# x\n' }, want: 'none' },
    { name: 'numbered records in docs/architecture with Context/Decision/Status', files: { 'docs/architecture/001-db.md': ADR(1), 'docs/architecture/002-queue.md': ADR(2), 'docs/architecture/003-api.md': ADR(3) }, want: 'strong' },
    { name: 'architecture docs that are not numbered records', files: { 'docs/architecture/overview.md': ADR(1), 'docs/architecture/components.md': ADR(2), 'docs/architecture/deploy.md': ADR(3) }, want: 'none' },
  ],
  assertingTests: [
    { name: 'JS test with expect', files: { 'src/a.test.ts': "import { expect, it } from 'vitest';\nit('adds', () => { expect(1 + 1).toBe(2); });\n" }, want: 'strong' },
    { name: 'JS test without an assertion', files: { 'src/a.test.ts': "import { it } from 'vitest';\nit('runs', () => { run(); });\n" }, want: 'none' },
    { name: 'JS assertion only in a comment', files: { 'src/a.test.js': "it('runs', () => {\n  run();\n  // expect(run()).toBe(1);\n});\n" }, want: 'none' },
    { name: 'pytest with assert', files: { 'tests/test_a.py': 'def test_add():\n    assert 1 + 1 == 2\n' }, want: 'strong' },
    { name: 'Django startapp stub without assertion', files: { 'app/tests.py': 'from django.test import TestCase\n\n# Create your tests here.\n' }, want: 'none' },
    { name: 'Go test with t.Errorf', files: { 'sum_test.go': 'package x\nimport "testing"\nfunc TestSum(t *testing.T) {\n\tif Sum(1, 1) != 2 {\n\t\tt.Errorf("bad")\n\t}\n}\n' }, want: 'strong' },
    { name: 'Go test that asserts nothing', files: { 'sum_test.go': 'package x\nimport "testing"\nfunc TestSum(t *testing.T) {\n\tSum(1, 1)\n}\n' }, want: 'none' },
    { name: 'Rust inline #[test] with assert_eq!', files: { 'src/lib.rs': 'pub fn add(a: i32, b: i32) -> i32 { a + b }\n#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() { assert_eq!(super::add(1, 1), 2); }\n}\n' }, want: 'strong' },
    { name: 'xUnit test in a UnitTests folder', files: { 'tests/UnitTests/BasketAddItem.cs': 'using Xunit;\npublic class BasketAddItem {\n  [Fact]\n  public void Adds() { Assert.Equal(2, 1 + 1); }\n}\n' }, want: 'strong' },
  ],
  checksArguments: [
    { name: 'argv checked by hand', files: { 'src/cli.js': "const n = Number(process.argv[2]);\nif (Number.isNaN(n)) { console.error('usage'); process.exit(2); }\n" }, want: 'strong' },
    { name: 'argv used unchecked', files: { 'src/cli.js': 'const file = process.argv[2];\nconsole.log(file);\n' }, want: 'none' },
  ],
  ciRunsTests: [
    { name: 'npm test through the package script', files: { 'package.json': PKG({ scripts: { test: 'vitest run' } }), '.github/workflows/ci.yml': WORKFLOW('npm ci', 'npm test') }, want: 'strong' },
    { name: 'a CI file that never runs the tests', files: { 'package.json': PKG({ scripts: { build: 'tsc', test: 'vitest run' } }), '.github/workflows/ci.yml': WORKFLOW('npm ci', 'npm run build') }, want: 'none' },
    { name: 'a workflow that only runs by hand', files: { '.github/workflows/ci.yml': 'on: workflow_dispatch\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n' }, want: 'none' },
    { name: 'GitLab job running pytest', files: { '.gitlab-ci.yml': 'test:\n  script:\n    - pytest -q\n' }, want: 'strong' },
    { name: 'a reusable workflow named for its unit tests', files: { '.github/workflows/ci.yml': 'on: [push]\njobs:\n  test:\n    uses: acme/shared/.github/workflows/node_unit_tests.yml@v2\n' }, want: 'strong' },
    { name: 'a reusable workflow named for a deploy', files: { '.github/workflows/cd.yml': 'on: [push]\njobs:\n  ship:\n    uses: acme/shared/.github/workflows/deploy_to_fly.yml@v2\n' }, want: 'none' },
  ],
  committedSecrets: [
    { name: 'a hard-coded JWT signing secret', files: { 'src/auth.ts': "import jwt from 'jsonwebtoken';\nexport const sign = (p: object) => jwt.sign(p, 's3cr3t-signing-key-123');\n" }, want: 'strong' },
    { name: 'a committed private key', files: { 'config/key.pem': `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEAx'.repeat(6)}\n-----END RSA PRIVATE KEY-----\n` }, want: 'strong' },
    { name: 'a C# constant used as the JWT key', files: { 'src/Constants.cs': 'public class AuthorizationConstants\n{\n    public const string JWT_SECRET_KEY = "SecretKeyOfDoomThatMustBeLong";\n}\n' }, want: 'strong' },
    { name: 'a committed .env with a real secret', files: { '.env': 'JWT_SECRET=9f8e7d6c5b4a39281706\n' }, want: 'strong' },
    { name: '.env.example placeholders', files: { '.env.example': 'JWT_SECRET=changeme\nDATABASE_PASSWORD=your-password\n' }, want: 'none' },
    { name: 'a committed .env holding only placeholders', files: { '.env': 'SECRET_KEY=changethis\nPOSTGRES_PASSWORD=changethis\n' }, want: 'none' },
    { name: 'a local compose file with a dev password', files: { 'docker-compose.yml': 'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: supersecretpassword\n' }, want: 'none' },
    { name: 'an env-overridden weak default secret', files: { 'src/config.js': "module.exports = {\n  secret: process.env.SESSION_SECRET || 'dev-only-session-secret',\n};\n" }, want: 'none' },
    { name: 'a settings default overridden from the environment in production settings', files: { 'config/settings/base.py': 'SECRET_KEY = "=ug_ucl@yi6^mrcjyz%(u0%&g2adt"\n', 'config/settings/production.py': 'from .base import *\nSECRET_KEY = env("SECRET_KEY")\n' }, want: 'weak' },
    { name: 'an AWS key id in an example, without its secret', files: { 'src/s3.py': "EXAMPLE = {'x-amz-credential': 'AKIASOZLZI5FJDJ6XTSZ/20220405/eu-central-1/s3/aws4_request'}\n" }, want: 'none' },
    { name: 'a secret in a commented-out line', files: { 'src/auth.js': "// jwt.sign(payload, 'old-hard-coded-secret')\njwt.sign(payload, process.env.JWT_SECRET);\n" }, want: 'none' },
  ],
  deployableServices: [
    { name: 'two services built from the repository', files: { 'docker-compose.yml': 'services:\n  api:\n    build: ./api\n  worker:\n    build: ./worker\n  db:\n    image: postgres\n' }, want: 'strong' },
    { name: 'an app plus its database is one service', files: { 'docker-compose.yml': 'services:\n  app:\n    build: .\n  db:\n    image: postgres\n' }, want: 'weak' },
    { name: 'a Procfile with web and worker processes', files: { Procfile: 'release: rake db:migrate\nweb: bin/puma\nworker: bundle exec sidekiq\n' }, want: 'strong' },
    { name: 'too few services for orchestration', files: { 'docker-compose.yml': 'services:\n  api:\n    build: ./api\n  web:\n    build: ./web\n' }, options: { minServices: 2, minTotal: 3 }, want: 'weak' },
    { name: 'a playwright service is a test harness, not a second service', files: { 'docker-compose.yml': 'services:\n  app:\n    build: .\n  playwright:\n    build: ./e2e\n    command: npx playwright test\n  db:\n    image: postgres\n' }, want: 'weak' },
    { name: 'services in e2e/docker-compose.yml are not deployed', files: { 'docker-compose.yml': 'services:\n  app:\n    build: .\n', 'e2e/docker-compose.yml': 'services:\n  app:\n    build: ..\n  runner:\n    build: .\n' }, want: 'weak' },
    { name: 'a compose service that runs the test suite', files: { 'docker-compose.yml': 'services:\n  api:\n    build: ./api\n  checks:\n    build: ./api\n    command: npm test\n' }, want: 'weak' },
    { name: 'a Dockerfile under examples/ is a sample app', files: { 'Dockerfile': 'FROM node:20\n', 'examples/todo/Dockerfile': 'FROM node:20\n' }, want: 'weak' },
  ],
  entryPoint: [
    { name: 'a Go main package', files: { 'cmd/tool/main.go': 'package main\nfunc main() {}\n' }, want: 'strong' },
    { name: 'package.json with bin', files: { 'package.json': PKG({ bin: 'cli.js' }) }, want: 'strong' },
    { name: 'a lone helper file', files: { 'lib/helpers.rb': 'def x; end\n' }, want: 'none' },
    { name: "a Go library's root package", files: { 'go.mod': 'module github.com/x/cobra\n', 'command.go': '// Package cobra builds CLIs.\npackage cobra\n\ntype Command struct{}\n' }, want: 'strong' },
    { name: 'Go files only below the module root, none a main', files: { 'go.mod': 'module x\n', 'internal/util/util.go': 'package util\n', 'root_test.go': 'package x\n' }, want: 'none' },
  ],
  healthProbes: [
    { name: 'a healthcheck on a service built here', files: { 'compose.yml': 'services:\n  api:\n    build: .\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/health"]\n' }, want: 'strong' },
    { name: "only the database image's healthcheck", files: { 'compose.yml': 'services:\n  api:\n    build: .\n  db:\n    image: mysql\n    healthcheck:\n      test: ["CMD", "mysqladmin", "ping"]\n' }, want: 'weak' },
    { name: 'Kubernetes readiness probe', files: { 'k8s/app.yml': 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          readinessProbe:\n            httpGet: { path: /ready, port: 80 }\n' }, want: 'strong' },
    { name: 'Dockerfile HEALTHCHECK', files: { Dockerfile: 'FROM node:20\nHEALTHCHECK CMD curl -f http://localhost/health || exit 1\n' }, want: 'strong' },
    { name: 'a healthcheck in a test-harness compose file', files: { 'docker-compose.test.yml': 'services:\n  api:\n    build: .\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/health"]\n' }, want: 'none' },
  ],
  interfaceReference: [
    { name: 'a CLI whose README lists its flags', files: { 'package.json': PKG({ bin: 'cli.js' }), 'cli.js': 'const top = process.argv[2];\n', 'README.md': '# x\n\n| Option | Meaning |\n|---|---|\n| `--top N` | how many |\n| `--json` | print JSON |\n' }, want: 'strong' },
    { name: 'a Go CLI with a docs/cli.md command reference', files: { 'main.go': 'package main\nimport "flag"\nfunc main() { flag.Parse() }\n', 'docs/cli.md': '# Commands\n' }, want: 'strong' },
    { name: 'a CLI whose flags are documented nowhere', files: { 'main.go': 'package main\nimport "flag"\nfunc main() { flag.Parse() }\n', 'README.md': '# tool\n\nDoes things.\n' }, want: 'weak' },
    { name: 'a server-rendered app documenting its configuration', files: { 'app.py': 'from flask import Flask, render_template\napp = Flask(__name__)\n@app.route("/")\ndef home():\n    return render_template("home.html")\n', 'templates/home.html': '<p>hi</p>\n', 'README.md': '# site\n\n- `DATABASE_URL`: where the posts live\n- `SECRET_KEY`: signs the session cookie\n' }, want: 'strong' },
    { name: 'a JSON API with an env table is not excused from API docs', files: { 'app.py': 'from flask import Flask, jsonify\napp = Flask(__name__)\n@app.route("/x")\ndef x():\n    return jsonify([])\n', 'README.md': '# api\n\n- `DATABASE_URL`: db\n- `SECRET_KEY`: key\n' }, want: 'none' },
    { name: 'a library is neither a CLI nor a server', files: { 'package.json': PKG({ main: 'index.js' }), 'index.js': 'module.exports = (a, b) => a + b;\n', 'README.md': '- `--flag` one\n- `--other` two\n' }, want: 'none' },
  ],
  providerImplementations: [
    { name: 'one storage interface, two providers chosen by config', files: { 'src/storage/Storage.ts': 'export interface BlobStorage { put(key: string): Promise<void>; }\n', 'src/storage/providers/s3.ts': "import { BlobStorage } from '../Storage';\nexport class S3Storage implements BlobStorage { async put() {} }\n", 'src/storage/providers/gcs.ts': "import { BlobStorage } from '../Storage';\nexport class GcsStorage implements BlobStorage { async put() {} }\n", 'src/storage/index.ts': "export const storage = process.env.STORE === 's3' ? new S3Storage() : new GcsStorage();\n" }, want: 'strong' },
    { name: 'Go sibling packages under the folder that declares the interface', files: { 'storage/storage.go': 'package storage\ntype Store interface { Put(key string) error }\n', 'storage/s3/s3.go': 'package s3\ntype Client struct{}\n', 'storage/disk/disk.go': 'package disk\ntype Client struct{}\n', 'cmd/app/main.go': 'package main\nfunc pick(kind string) { if kind == "s3" { s3.New() } else { disk.New() } }\n' }, want: 'strong' },
    { name: 'two implementations nothing chooses between', files: { 'src/adapters/Port.ts': 'export interface Port { send(): void }\n', 'src/adapters/a.ts': 'export class SmtpPort implements Port { send() {} }\n', 'src/adapters/b.ts': 'export class SesPort implements Port { send() {} }\n' }, want: 'weak' },
    { name: 'a real provider and an in-memory fake', files: { 'src/providers/Mailer.ts': 'export interface Mailer { send(): void }\n', 'src/providers/smtp.ts': 'export class SmtpMailer implements Mailer { send() {} }\n', 'src/providers/memory.ts': 'export class InMemoryMailer implements Mailer { send() {} }\n', 'src/app.ts': 'const m = prod ? new SmtpMailer() : new InMemoryMailer();\n' }, want: 'none' },
  ],
  lintStandsInForTypes: [
    { name: 'plain JavaScript linted in CI', files: { 'package.json': PKG({ scripts: { lint: 'eslint .' } }), 'src/a.js': 'module.exports = 1;\n', '.github/workflows/ci.yml': WORKFLOW('npm run lint') }, want: 'strong' },
    { name: 'a TypeScript project does not get the stand-in', files: { 'package.json': PKG({ scripts: { lint: 'eslint .' } }), 'src/a.ts': 'export const a = 1;\n', 'src/b.ts': 'export const b = 1;\n', '.github/workflows/ci.yml': WORKFLOW('npm run lint') }, want: 'none' },
    { name: 'Python with ruff in CI', files: { 'app/a.py': 'x = 1\n', '.github/workflows/ci.yml': WORKFLOW('ruff check .') }, want: 'strong' },
    { name: 'plain JavaScript with no linter in CI', files: { 'src/a.js': 'module.exports = 1;\n', '.github/workflows/ci.yml': WORKFLOW('npm test') }, want: 'none' },
  ],
  loggedErrors: [
    { name: 'catch that logs', files: { 'src/a.js': 'try {\n  run();\n} catch (err) {\n  console.error(err);\n}\n' }, want: 'strong' },
    { name: 'catch that swallows', files: { 'src/a.js': 'try {\n  run();\n} catch (err) {\n  return null;\n}\n' }, want: 'none' },
    { name: 'Python except that logs', files: { 'app/a.py': 'import logging\nlog = logging.getLogger(__name__)\ntry:\n    run()\nexcept ValueError:\n    log.exception("failed")\n' }, want: 'strong' },
  ],
  outsideInput: [
    { name: 'an Express server', files: { 'package.json': PKG({ dependencies: { express: '^4' } }), 'src/app.js': "const express = require('express');\nconst app = express();\napp.listen(3000);\n" }, want: 'strong' },
    { name: 'a library with no outside input', files: { 'package.json': PKG(), 'src/sum.js': 'module.exports = (a, b) => a + b;\n' }, want: 'none' },
    { name: 'a declared but unused web framework', files: { 'package.json': PKG({ dependencies: { express: '^4' } }), 'src/sum.js': 'module.exports = (a, b) => a + b;\n' }, want: 'none' },
  ],
  readme: [
    { name: 'a README with real content', files: { 'README.md': GOOD_README }, want: 'strong' },
    { name: 'a 3-line README', files: { 'README.md': '# wordcount\n\nCounts words.\n' }, want: 'weak' },
    { name: 'a reStructuredText README', files: { 'README.rst': GOOD_README.replace(/^#+ (.*)$/gm, '$1\n====') }, want: 'strong' },
    { name: "a thin root README pointing to the main package's README", files: { 'README.md': '# shop\n\nSee app/README.md.\n', 'app/README.md': GOOD_README }, want: 'strong' },
    { name: 'a thin root README linking nowhere', files: { 'README.md': '# shop\n\nSee the docs.\n', 'app/README.md': GOOD_README }, want: 'weak' },
  ],
  securityLintInCi: [
    { name: 'gosec enabled in golangci-lint, run by CI', files: { '.golangci.yml': 'linters:\n  enable:\n    - gosec\n    - errcheck\n', '.github/workflows/ci.yml': 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: golangci/golangci-lint-action@v6\n' }, want: 'strong' },
    { name: 'gosec enabled but no CI runs the linter', files: { '.golangci.yml': 'linters:\n  enable:\n    - gosec\n' }, want: 'none' },
    { name: 'golangci-lint in CI without gosec', files: { '.golangci.yml': 'linters:\n  enable:\n    - errcheck\n', '.github/workflows/ci.yml': WORKFLOW('golangci-lint run') }, want: 'none' },
  ],
  testBreadth: [
    { name: 'an enforced coverage threshold', files: { 'pyproject.toml': '[tool.coverage.report]\nfail_under = 90\n', 'tests/test_a.py': 'def test_a():\n    assert 1\n', 'tests/test_b.py': 'def test_b():\n    assert 1\n', 'tests/test_c.py': 'def test_c():\n    assert 1\n', ...Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`app/m${i}.py`, 'x = 1\n'])) }, want: 'strong' },
    { name: 'feature-named tests cover the feature files', files: { 'src/user.controller.js': 'x', 'src/user.service.js': 'x', 'src/auth.controller.js': 'x', 'src/auth.service.js': 'x', 'src/pick.js': 'x', 'test/user.test.js': "const assert = require('assert');\nassert.ok(1);\n", 'test/auth.test.js': "const assert = require('assert');\nassert.ok(1);\n", 'test/pick.test.js': "const assert = require('assert');\nassert.ok(1);\n" }, want: 'strong' },
    { name: 'one test for many modules', files: { 'test/a.test.js': "const assert = require('assert');\nassert.ok(1);\n", ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`src/m${i}.js`, 'x'])) }, want: 'weak' },
    { name: 'test files without assertions do not count', files: { 'test/a.test.js': 'run();\n', 'test/b.test.js': 'run();\n', 'test/c.test.js': 'run();\n', 'src/a.js': 'x', 'src/b.js': 'x', 'src/c.js': 'x' }, want: 'none' },
  ],
  testCommand: [
    { name: 'a test script', files: { 'package.json': PKG({ scripts: { test: 'vitest run' } }) }, want: 'strong' },
    { name: "npm's placeholder test script", files: { 'package.json': PKG({ scripts: { test: 'echo "Error: no test specified" && exit 1' } }) }, want: 'none' },
    { name: 'pytest configured in pyproject', files: { 'pyproject.toml': '[tool.pytest.ini_options]\naddopts = "-q"\n' }, want: 'strong' },
  ],
};

function strongest(findings: { strength: 'strong' | 'weak' }[]): Want {
  if (findings.some((f) => f.strength === 'strong')) return 'strong';
  return findings.length ? 'weak' : 'none';
}

afterAll(cleanUp);

describe('detectors', () => {
  it('every detector has a table of cases with both kinds of outcome', () => {
    for (const name of DETECTORS.keys()) {
      const cases = CASES[name] ?? [];
      expect(cases.length, `${name} has no cases`).toBeGreaterThan(0);
      expect(new Set(cases.map((c) => c.want)).size, `${name} needs a matching and a non-matching case`).toBeGreaterThan(1);
    }
  });

  for (const [name, cases] of Object.entries(CASES)) {
    describe(name, () => {
      it.each(cases)('$name → $want', async ({ files, options, want }) => {
        const evidence = await evidenceOf(files);
        const findings = DETECTORS.get(name)!.detect(evidence, options ?? {});
        expect(strongest(findings), JSON.stringify(findings)).toBe(want);
        for (const f of findings) {
          expect(evidence.fileSet.has(f.file), `${f.file} is a file of the repository`).toBe(true);
          expect(f.line).toBeGreaterThan(0);
        }
      });
    });
  }
});
