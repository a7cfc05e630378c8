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
  // Tokens match as words, file names as names (issue 11, misses item 1): each both ways.
  { rule: 'functionality.slos', name: 'check-islands.yml is no SLO file', files: { '.github/workflows/check-islands.yml': 'on: push\njobs: {}\n', 'check-islands.yml': 'islands: 3\n' }, want: 'missing' },
  { rule: 'functionality.slos', name: 'ad-slots.md is no SLO file', files: { 'docs/ad-slots.md': '# Ad slots\n\nWhere ads go.\n' }, want: 'missing' },
  { rule: 'functionality.slos', name: 'a codecov target is no SLO', files: { 'codecov.yml': 'coverage:\n  status:\n    project:\n      default:\n        target: 95%\n' }, want: 'missing' },
  { rule: 'functionality.slos', name: 'an SLO document by its name', files: { 'docs/slo-checkout.md': '# Checkout SLO\n\n99.9% of requests under 300 ms.\n' }, want: 'met' },
  { rule: 'functionality.slos', name: 'an OpenSLO spec', files: { 'ops/checkout.yaml': 'apiVersion: openslo/v1\nkind: SLO\nmetadata:\n  name: checkout\n' }, want: 'met' },
  { rule: 'monitoring.slos', name: 'ad-slots.md and a codecov target are no SLO definitions', files: { 'docs/ad-slots.yml': 'slots: 3\n', '.codecov.yml': 'coverage:\n  status:\n    patch:\n      default:\n        target: 95%\n' }, want: 'missing' },
  { rule: 'monitoring.slos', name: 'a Sloth spec', files: { 'slos/api.yaml': 'version: "prometheus/v1"\nservice: api\nslos:\n  - name: requests-availability\n    objective: 99.9\n' }, want: 'met' },
  { rule: 'functionality.dr-backups', name: 'ADRs.md is no DR plan', files: { 'docs/ADRs.md': '# Architecture decisions\n\nSee docs/adr.\n' }, want: 'missing' },
  { rule: 'functionality.dr-backups', name: 'a DR plan by its name', files: { 'docs/DR-plan.md': '# Disaster recovery\n\nRestore from the nightly snapshot.\n' }, want: 'met' },
  { rule: 'performance.pagination', name: 'CSS cursor, .limit(1), AUTO_OFFSET_RESET and a rate limit are no pagination', files: { 'src/Button.tsx': 'const Button = styled.button`\n  cursor: pointer;\n`;\n', 'src/db.ts': 'export const first = () => db.users.find().limit(1);\n', 'src/kafka.py': 'AUTO_OFFSET_RESET = "earliest"\n', 'src/app.js': 'app.use(rateLimit({ limit: 100 }));\n' }, want: 'missing' },
  { rule: 'performance.pagination', name: 'a limit from the request', files: { 'src/db.ts': 'export const page = (pageSize: number, offset: number) => db.users.find().skip(offset).limit(pageSize);\n' }, want: 'met' },
  { rule: 'performance.pagination', name: 'parameterised LIMIT and OFFSET', files: { 'src/db.go': 'package db\nconst q = "SELECT * FROM orders LIMIT $1 OFFSET $2"\n' }, want: 'met' },
  { rule: 'performance.pagination', name: 'FastAPI skip/limit parameters', files: { 'app/main.py': 'def list_items(skip: int = 0, limit: int = 100):\n    return items[skip : skip + limit]\n' }, want: 'met' },
  { rule: 'architecture.realtime', name: 'SignalRateLimitFailure is no SignalR', files: { 'src/Errors.cs': 'public class SignalRateLimitFailure : Exception {}\n' }, want: 'missing' },
  { rule: 'architecture.realtime', name: 'a SignalR hub', files: { 'src/Program.cs': 'using Microsoft.AspNetCore.SignalR;\napp.MapHub<ChatHub>("/chat");\n' }, want: 'met' },
  { rule: 'monitoring.alerting', name: "an OpenTelemetry collector's receivers: block is no alert routing", files: { 'otel/collector.yaml': 'receivers:\n  otlp:\n    protocols:\n      grpc:\nexporters:\n  debug:\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [debug]\n' }, want: 'missing' },
  { rule: 'monitoring.alerting', name: 'Alertmanager routing', files: { 'ops/am.yml': 'route:\n  receiver: team-pager\n  group_by: [alertname]\nreceivers:\n  - name: team-pager\n' }, want: 'met' },
  { rule: 'monitoring.alerting', name: 'a Prometheus alert rule', files: { 'ops/rules.yml': 'groups:\n  - name: api\n    rules:\n      - alert: HighErrorRate\n        expr: rate(errors[5m]) > 1\n' }, want: 'met' },
  { rule: 'performance.connection-pooling', name: 'an envoy connection_limit filter is no pool', files: { 'envoy/envoy.yaml': 'static_resources:\n  listeners:\n    - filters:\n        - name: envoy.filters.network.connection_limit\n          typed_config:\n            max_connections: 100\n' }, want: 'missing' },
  { rule: 'performance.connection-pooling', name: "Prisma's connection_limit in the database URL", files: { 'deploy/app.yaml': 'env:\n  DATABASE_URL: postgres://db/app?connection_limit=10\n' }, want: 'met' },
  { rule: 'functionality.release-automation', name: '"Rollback" in a CHANGELOG is no rollback procedure', files: { '.github/workflows/release.yml': WORKFLOW('npm publish'), 'CHANGELOG.md': '# Changelog\n\n## 1.2.0\n\n- Rollback of the retry change from 1.1.0.\n' }, want: 'missing' },
  { rule: 'functionality.release-automation', name: 'a documented rollback procedure', files: { '.github/workflows/release.yml': WORKFLOW('npm publish'), 'docs/deploy.md': '# Deploying\n\n## Rolling back\n\nRun the previous image tag with helm.\n' }, want: 'met' },
  { rule: 'functionality.release-automation', name: 'a scripted rollback step', files: { '.github/workflows/release.yml': WORKFLOW('helm upgrade app ./chart', 'helm rollback app') }, want: 'met' },
  { rule: 'security.data-retention', name: '@Retention(RetentionPolicy.RUNTIME) is about annotations', files: { 'src/main/java/x/Audited.java': 'import java.lang.annotation.*;\n@Retention(RetentionPolicy.RUNTIME)\npublic @interface Audited {}\n' }, want: 'missing' },
  { rule: 'security.data-retention', name: "a storage product's retention setting is its feature", files: { 'src/retention.go': 'package store\ntype Config struct { RetentionPeriod time.Duration; RetentionDays int }\n' }, want: 'missing' },
  { rule: 'security.data-retention', name: 'a TTL index on its own sessions', files: { 'src/session.js': "sessionSchema.index({ createdAt: 1 }, { expireAfterSeconds: 86400 });\n" }, want: 'met' },
  { rule: 'security.data-retention', name: 'a bucket lifecycle rule in Terraform', files: { 'infra/s3.tf': 'resource "aws_s3_bucket_lifecycle_configuration" "logs" {\n  rule {\n    expiration {\n      days = 30\n    }\n  }\n}\n' }, want: 'met' },
  { rule: 'security.secrets-manager', name: 'a product class named SecretsManager', files: { 'src/SecretsManager.ts': 'export class SecretsManager {\n  private secrets = new Map<string, string>();\n}\n' }, want: 'missing' },
  { rule: 'security.secrets-manager', name: "AWS Secrets Manager's client", files: { 'src/secrets.ts': "const client = new SecretsManagerClient({});\n" }, want: 'met' },
  { rule: 'security.secrets-manager', name: "GCP Secret Manager's Go client", files: { 'go.mod': 'module x\n\nrequire cloud.google.com/go/secretmanager v1.11.0\n', 'main.go': 'package main\nimport secretmanager "cloud.google.com/go/secretmanager/apiv1"\nvar _ = secretmanager.NewClient\n' }, want: 'met' },
  { rule: 'functionality.graceful-shutdown', name: 'signal.Notify for SIGUSR1 reloads, it does not shut down', files: { 'main.go': 'package main\nfunc main() {\n\tsignal.Notify(reload, syscall.SIGUSR1)\n}\n' }, want: 'missing' },
  { rule: 'functionality.graceful-shutdown', name: 'signal.Notify for SIGTERM', files: { 'main.go': 'package main\nfunc main() {\n\tsignal.Notify(stop, os.Interrupt, syscall.SIGTERM)\n}\n' }, want: 'met' },
  { rule: 'documentation.api-docs', name: 'a workflow named openapi-diff.yaml is no OpenAPI spec', files: { '.github/workflows/openapi-diff.yaml': 'on: pull_request\njobs:\n  diff:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npx openapi-diff a.yaml b.yaml\n' }, want: 'missing' },
  { rule: 'documentation.api-docs', name: 'an OpenAPI spec by its content', files: { 'api/openapi.yaml': 'openapi: 3.0.3\ninfo:\n  title: x\n  version: 1.0.0\npaths: {}\n' }, want: 'met' },
  { rule: 'documentation.api-docs', name: 'an endpoint table in the docs', files: { 'docs/checks.md': '# Checks\n\n| Action | Endpoint |\n|---|---|\n| List | `GET /api/v3/checks/` |\n| Create | `POST /api/v3/checks/` |\n' }, want: 'met' },
  { rule: 'documentation.api-docs', name: 'an endpoint named in a CHANGELOG line', files: { 'CHANGELOG.md': '# Changelog\n\n- `GET /users` now paginates.\n', 'app.py': 'from flask import Flask, jsonify\napp = Flask(__name__)\n' }, want: 'missing' },
  { rule: 'architecture.api-versioning', name: "a third-party API's /v1 URL", files: { 'src/openai.ts': "const res = await fetch(base + '/v1/chat/completions');\nconst other = await axios.get('/api/v1/models');\n" }, want: 'missing' },
  { rule: 'architecture.api-versioning', name: 'a versioned router', files: { 'src/app.js': "app.use('/api/v1', router);\n" }, want: 'met' },
  { rule: 'architecture.api-versioning', name: 'a versioned Spring controller', files: { 'src/main/java/x/OrderController.java': '@RestController\n@RequestMapping("/api/v1/orders")\nclass OrderController {}\n' }, want: 'met' },
  { rule: 'architecture.multi-region-dr', name: '"multi-region" and "failover" in prose', files: { 'README.md': '# db\n\nSupports multi-region deployments and automatic failover between replicas.\n', 'docs/features.md': '# Features\n\n- failover\n- disaster recovery\n' }, want: 'missing' },
  { rule: 'architecture.multi-region-dr', name: 'a global database cluster in Terraform', files: { 'infra/db.tf': 'resource "aws_rds_global_cluster" "main" {\n  global_cluster_identifier = "orders"\n}\n' }, want: 'met' },
  { rule: 'security.safe-queries', name: "Ruby's require 'pony' (a mailer) is not Python's pony ORM", files: { Gemfile: "gem 'pony'\n", 'app/mailer.rb': "require 'pony'\nPony.mail(to: 'x@y.z')\n" }, want: 'missing' },
  { rule: 'security.safe-queries', name: "Python's pony ORM", files: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["pony"]\n', 'app/db.py': 'from pony.orm import Database\ndb = Database()\n' }, want: 'met' },

  // Other tokens found by the audit of rules/*.yml.
  { rule: 'security.password-hashing', name: 'NoOpPasswordEncoder stores passwords as they are', files: { 'src/main/java/x/Security.java': 'PasswordEncoder encoder = NoOpPasswordEncoder.getInstance();\n' }, want: 'missing' },
  { rule: 'security.password-hashing', name: 'BCryptPasswordEncoder', files: { 'src/main/java/x/Security.java': 'PasswordEncoder encoder = new BCryptPasswordEncoder();\n' }, want: 'met' },
  { rule: 'security.authorization', name: "Rails' params.permit filters input, it checks no permission", files: { 'app/controllers/posts_controller.rb': 'def post_params\n  params.require(:post).permit(:title)\nend\n' }, want: 'missing' },
  { rule: 'security.headers-or-csrf', name: 'switching CSRF off is no CSRF protection', files: { 'src/main/java/x/Security.java': 'http.csrf(csrf -> csrf.disable());\nhttp.csrf().disable();\n' }, want: 'missing' },
  { rule: 'security.headers-or-csrf', name: 'Spring CSRF with a cookie token repository', files: { 'src/main/java/x/Security.java': 'http.csrf(csrf -> csrf.csrfTokenRepository(repo));\n' }, want: 'met' },
  { rule: 'testing.chaos', name: "Argo's Workflow and Velero's Schedule are no chaos experiments", files: { 'k8s/wf.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n', 'k8s/backup.yaml': 'apiVersion: velero.io/v1\nkind: Schedule\n' }, want: 'missing' },
  { rule: 'testing.chaos', name: 'a Chaos Mesh experiment', files: { 'chaos-k8s/pod-kill.yaml': 'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\n' }, want: 'met' },
  { rule: 'performance.lazy-loading', name: "Java's list.stream() is no lazy loading", files: { 'src/main/java/x/A.java': 'var names = users.stream().map(User::name).toList();\nvar it = users.iterator();\n' }, want: 'missing' },
  { rule: 'performance.db-indexes', name: "Python's list.index(x) is no database index", files: { 'app/util.py': 'pos = names.index(name)\n' }, want: 'missing' },
  // Calibration (tune half): indexes, paging and versions as ORMs and frameworks spell them; each both ways.
  { rule: 'performance.db-indexes', name: 'a lower-case create index in a migration', files: { 'migrations/0002_idx.sql': 'create index idx_articles_slug on articles (slug);\n' }, want: 'met' },
  { rule: 'performance.db-indexes', name: 'GORM index tags', files: { 'users/models.go': 'package users\ntype User struct {\n\tEmail string `gorm:"column:email;unique_index"`\n}\n' }, want: 'met' },
  { rule: 'performance.db-indexes', name: 'a unique column in a mongoose schema', files: { 'src/models/User.ts': "const userSchema = new Schema({ email: { type: String, unique: true } });\n" }, want: 'met' },
  { rule: 'performance.db-indexes', name: 'a gorm tag without an index, and "unique" in prose', files: { 'users/models.go': 'package users\ntype User struct {\n\tEmail string `gorm:"column:email;not null"`\n}\n', 'src/a.ts': '// every id is unique: true story\nconst isUnique = true;\n' }, want: 'missing' },
  { rule: 'performance.pagination', name: "Go's limit, offset parameters and a limit read from the query", files: { 'internal/usecase/task.go': 'package task\nfunc (uc *UseCase) List(ctx context.Context, limit, offset int) ([]Task, error) { return nil, nil }\n', 'internal/http/task.go': 'package http\nfunc list(c *fiber.Ctx) error { l := c.Query("limit", "10"); _ = l; return nil }\n' }, want: 'met' },
  { rule: 'performance.pagination', name: "a retry option's limit: number is no pagination", files: { 'source/types/retry.ts': 'export type RetryOptions = {\n\tlimit: number;\n\tmethods: string[];\n};\n' }, want: 'missing' },
  { rule: 'architecture.api-versioning', name: 'a version prefix kept in a setting the router mounts', files: { 'app/core/config.py': 'class Settings(BaseSettings):\n    API_V1_STR: str = "/api/v1"\n', 'app/main.py': 'app.include_router(api_router, prefix=settings.API_V1_STR)\n' }, want: 'met' },
  { rule: 'architecture.api-versioning', name: "a third-party API's base URL in a setting is no versioning", files: { 'app/config.py': 'GITHUB_API_URL = "https://api.github.com/v3"\nAPI_VERSION = "v1"\n' }, want: 'missing' },
  { rule: 'monitoring.metrics', name: 'OpenTelemetry metrics in .NET', files: { 'src/Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="OpenTelemetry.Extensions.Hosting" Version="1.9.0" /></ItemGroup></Project>\n', 'src/Api/Extensions.cs': 'using OpenTelemetry;\nbuilder.Services.AddOpenTelemetry().WithMetrics(m => m.AddAspNetCoreInstrumentation());\n' }, want: 'met' },
  { rule: 'monitoring.metrics', name: 'OpenTelemetry .NET with tracing only', files: { 'src/Api/Api.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"><ItemGroup><PackageReference Include="OpenTelemetry.Extensions.Hosting" Version="1.9.0" /></ItemGroup></Project>\n', 'src/Api/Extensions.cs': 'using OpenTelemetry;\nbuilder.Services.AddOpenTelemetry().WithTracing(t => t.AddAspNetCoreInstrumentation());\n' }, want: 'missing' },
  { rule: 'monitoring.tracing', name: 'Sentry with a traces sample rate', files: { 'requirements.txt': 'sentry-sdk==2.0\n', 'app/settings.py': 'import sentry_sdk\nsentry_sdk.init(dsn=DSN, traces_sample_rate=0.2)\n' }, want: 'met' },
  { rule: 'monitoring.tracing', name: 'Sentry for errors only', files: { 'requirements.txt': 'sentry-sdk==2.0\n', 'app/settings.py': 'import sentry_sdk\nsentry_sdk.init(dsn=DSN)\n' }, want: 'missing' },
  { rule: 'architecture.schema-or-migrations', name: 'Mongoose references between schemas', files: { 'models/Post.js': "const PostSchema = new Schema({\n  user: {\n    type: Schema.Types.ObjectId,\n    ref: 'user'\n  }\n});\n" }, want: 'met' },
  { rule: 'architecture.schema-or-migrations', name: 'GORM relation tags and AutoMigrate', files: { 'articles/models.go': 'package articles\ntype Article struct {\n\tTags []Tag `gorm:"many2many:article_tags;"`\n}\nfunc Migrate() { db.AutoMigrate(&Article{}) }\n' }, want: 'met' },
  { rule: 'architecture.schema-or-migrations', name: "a Vue ref and a gorm column tag are no relations", files: { 'src/App.js': "export default { data: () => ({ ref: 'input' }) };\n", 'users/models.go': 'package users\ntype User struct {\n\tName string `gorm:"column:name"`\n}\n' }, want: 'missing' },
  { rule: 'architecture.env-config', name: 'clap arguments read from the environment', files: { 'Cargo.toml': '[package]\nname = "x"\n', 'src/config.rs': '#[derive(clap::Parser)]\npub struct Config {\n    #[clap(long, env)]\n    pub database_url: String,\n}\n' }, want: 'met' },
  { rule: 'architecture.env-config', name: 'clap arguments from the command line only', files: { 'Cargo.toml': '[package]\nname = "x"\n', 'src/config.rs': '#[derive(clap::Parser)]\npub struct Config {\n    #[clap(long, default_value = "8080")]\n    pub port: u16,\n}\n' }, want: 'missing' },
  { rule: 'architecture.data-access-layer', name: 'Go feature packages split by file: routers.go and models.go', files: { 'go.mod': 'module x\n', 'users/routers.go': 'package users\n', 'users/models.go': 'package users\n' }, want: 'met' },
  { rule: 'architecture.data-access-layer', name: 'a Go package with models.go alone', files: { 'go.mod': 'module x\n', 'users/models.go': 'package users\n', 'main.go': 'package main\n' }, want: 'missing' },
  { rule: 'performance.pagination', name: "a page size in another service's URL is no pagination", files: { 'routes/profile.js': "const uri = `https://api.github.com/users/${name}/repos?per_page=5&sort=created`;\n" }, want: 'missing' },
  { rule: 'performance.pagination', name: 'lower-case SQL paging and an optional offset in a Rust query struct', files: { 'src/http/listing.rs': 'pub struct ListQuery {\n    limit: Option<i64>,\n    offset: Option<i64>,\n}\nconst Q: &str = "select * from article limit $1 offset $2";\n' }, want: 'met' },
  { rule: 'performance.db-indexes', name: 'a variable named found_indexes is no index definition', files: { 'httpx/_models.py': 'found_indexes = [idx for idx, (k, v) in enumerate(items) if k == key]\n' }, want: 'missing' },
  { rule: 'performance.db-indexes', name: "Django's Meta.indexes", files: { 'app/models.py': 'class Meta:\n    indexes = [models.Index(fields=["slug"])]\n' }, want: 'met' },
  { rule: 'performance.caching', name: 'Cache-Control among CORS allowed headers is no caching', files: { 'src/main/java/Cors.java': 'configuration.setAllowedHeaders(asList("Authorization", "Cache-Control", "Content-Type"));\n' }, want: 'missing' },
  { rule: 'performance.caching', name: 'a Cache-Control header set on responses', files: { 'src/app.js': "res.set('Cache-Control', 'public, max-age=31536000');\n" }, want: 'met' },
  { rule: 'performance.pagination', name: "an iterator's .skip(1) is no pagination", files: { 'src/args.rs': 'let rest = args.iter().skip(1).collect::<Vec<_>>();\n' }, want: 'missing' },
  { rule: 'documentation.api-docs', name: "a library README's API section with call-signature headings", files: { 'package.json': PKG({}), 'index.js': 'module.exports = () => {};\n', 'readme.md': '# ky\n\nTiny HTTP client.\n\n## API\n\n### ky(input, options?)\n\nReturns a response promise.\n' }, want: 'met' },
  { rule: 'documentation.api-docs', name: 'a README with usage prose and no interface reference', files: { 'package.json': PKG({}), 'index.js': 'module.exports = () => {};\n', 'readme.md': '# x\n\n## Usage\n\nCall it with a URL. It returns a promise (see the source).\n\n## API\n\nOur API is documented at https://example.com/developers.\n' }, want: 'missing' },
  { rule: 'architecture.layers', name: 'a CLI split into a workspace of several crates', files: { 'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n', 'crates/cli/Cargo.toml': '[package]\nname = "cli"\n', 'crates/cli/src/lib.rs': 'pub fn f() {}\n', 'crates/matcher/Cargo.toml': '[package]\nname = "matcher"\n', 'crates/matcher/src/lib.rs': 'pub fn f() {}\n', 'crates/printer/Cargo.toml': '[package]\nname = "printer"\n', 'crates/printer/src/lib.rs': 'pub fn f() {}\n', 'crates/searcher/Cargo.toml': '[package]\nname = "searcher"\n', 'crates/searcher/src/lib.rs': 'pub fn f() {}\n' }, want: 'met' },
  { rule: 'architecture.layers', name: 'one crate with its examples and benches', files: { 'Cargo.toml': '[package]\nname = "x"\n', 'src/main.rs': 'fn main() {}\n', 'examples/a/Cargo.toml': '[package]\nname = "a"\n', 'examples/b/Cargo.toml': '[package]\nname = "b"\n', 'benches/c/Cargo.toml': '[package]\nname = "c"\n' }, want: 'missing' },
  { rule: 'performance.db-indexes', name: 'a mongoose index', files: { 'src/models/user.js': 'userSchema.index({ email: 1 }, { unique: true });\n' }, want: 'met' },
  { rule: 'performance.cdn', name: 'a third-party library loaded from jsdelivr is not our CDN', files: { 'src/index.js': "loadScript('https://cdn.jsdelivr.net/npm/chart.js');\n" }, want: 'missing' },
  { rule: 'performance.load-tests-in-ci', name: "vitest coverage thresholds are no load-test thresholds", files: { 'vitest.config.ts': 'export default { test: { coverage: { thresholds: { lines: 80 } } } };\n', '.github/workflows/ci.yml': WORKFLOW('npx lighthouse https://example.com') }, want: 'missing' },
  { rule: 'performance.load-tests-in-ci', name: 'k6 thresholds run in CI', files: { 'load/smoke.js': "export const options = { thresholds: { http_req_duration: ['p(95)<500'] } };\n", '.github/workflows/load.yml': WORKFLOW('k6 run load/smoke.js') }, want: 'met' },
  { rule: 'monitoring.dashboards', name: "a UI's dashboard.json translations are no dashboard as code", files: { 'src/locales/en/dashboard.json': '{ "dashboard": { "title": "Dashboard" } }\n' }, want: 'missing' },
  { rule: 'monitoring.dashboards', name: 'a Grafana dashboard', files: { 'grafana/api.json': '{ "title": "API", "panels": [] }\n' }, want: 'met' },
  { rule: 'architecture.progressive-delivery', name: 'a canary release channel is no canary deployment', files: { '.github/workflows/release.yml': WORKFLOW('npm publish --tag canary') }, want: 'missing' },
  { rule: 'architecture.progressive-delivery', name: 'an Argo Rollouts canary', files: { 'k8s/rollout.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nspec:\n  strategy:\n    canary:\n      steps:\n        - setWeight: 20\n' }, want: 'met' },

  // Framework idioms at L3/L4 (item 3).
  { rule: 'functionality.health-probes', name: '.NET health checks mapped to an endpoint', files: { 'src/Program.cs': 'builder.Services.AddHealthChecks().AddCheck<DbCheck>("db");\napp.MapHealthChecks("/health");\n' }, want: 'met' },
  { rule: 'functionality.health-probes', name: 'a Spring HealthIndicator', files: { 'src/main/java/x/DbHealth.java': '@Component\nclass DbHealth implements HealthIndicator {\n  public Health health() { return Health.up().build(); }\n}\n' }, want: 'met' },
  { rule: 'functionality.health-probes', name: 'django-health-check in INSTALLED_APPS', files: { 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["django-health-check"]\n', 'config/settings.py': 'INSTALLED_APPS = ["health_check", "health_check.db"]\n' }, want: 'met' },
  { rule: 'functionality.health-probes', name: 'a class named HealthStatus is no probe', files: { 'src/Health.cs': 'public record HealthStatus(bool Ok);\n' }, want: 'missing' },
  { rule: 'architecture.message-broker', name: 'Kafka wired in a collector pipeline', files: { 'otel/collector.yaml': 'service:\n  pipelines:\n    traces:\n      receivers: [kafka]\n      exporters: [kafka, otlp]\n' }, want: 'met' },
  { rule: 'architecture.message-broker', name: 'a pipeline with no broker', files: { 'otel/collector.yaml': 'service:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [debug]\n' }, want: 'missing' },
  { rule: 'performance.horizontal-scaling', name: 'sessions in PostgreSQL through connect-pg-simple', files: { 'package.json': PKG({ express: '4', 'express-session': '1', 'connect-pg-simple': '9' }), 'src/app.js': "const session = require('express-session');\nconst PgStore = require('connect-pg-simple')(session);\napp.use(session({ store: new PgStore({ pool }) }));\n" }, want: 'met' },
  { rule: 'performance.horizontal-scaling', name: 'a session store declared but never used', files: { 'package.json': PKG({ express: '4', 'connect-mongo': '5' }), 'src/app.js': EXPRESS_APP }, want: 'missing' },
  { rule: 'security.signed-releases', name: 'actions/attest with attestations: write', files: { '.github/workflows/release.yml': 'on: push\npermissions:\n  attestations: write\n  id-token: write\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/attest@v2\n        with:\n          subject-path: dist/*\n' }, want: 'met' },
  { rule: 'security.signed-releases', name: 'goreleaser alone signs nothing', files: { '.github/workflows/release.yml': WORKFLOW('goreleaser release --clean'), '.goreleaser.yaml': 'builds:\n  - main: ./cmd/x\n' }, want: 'missing' },
  { rule: 'security.signed-releases', name: 'goreleaser with a signs: section', files: { '.github/workflows/release.yml': WORKFLOW('goreleaser release --clean'), '.goreleaser.yaml': 'builds:\n  - main: ./cmd/x\nsigns:\n  - cmd: cosign\n' }, want: 'met' },
  { rule: 'architecture.multi-tenancy', name: 'a tenancy manager and an x-tenant header', files: { 'internal/server.go': 'package server\nvar tm = tenancy.NewManager(db)\nfunc tenantOf(r *http.Request) string { return r.Header.Get("X-Tenant-ID") }\n' }, want: 'met' },
  { rule: 'architecture.multi-tenancy', name: 'a list of tenants in prose-like code', files: { 'src/about.ts': "export const text = 'our tenants love it';\n" }, want: 'missing' },
  { rule: 'architecture.plugin-architecture', name: 'storage providers chosen by configuration', files: { 'src/storage/Storage.ts': 'export interface BlobStorage { put(key: string): Promise<void>; }\n', 'src/storage/providers/s3.ts': 'export class S3Storage implements BlobStorage { async put() {} }\n', 'src/storage/providers/disk.ts': 'export class DiskStorage implements BlobStorage { async put() {} }\n', 'src/storage/index.ts': "export const storage = process.env.STORE === 's3' ? new S3Storage() : new DiskStorage();\n" }, want: 'met' },

  // Documentation idioms (item 5).
  { rule: 'documentation.diagrams', name: 'an architecture image at the root embedded in the README', files: { 'README.md': '# x\n\n![Architecture](architecture.png)\n', 'architecture.png': 'png' }, want: 'met' },
  { rule: 'documentation.diagrams', name: 'a logo in the README is no diagram', files: { 'README.md': '# x\n\n![logo](logo.png)\n', 'logo.png': 'png' }, want: 'missing' },

  // Layers by suffix and small services (item 6); configuration beyond a lone PORT.
  { rule: 'architecture.layers', name: 'controller and service files by suffix', files: { 'src/article/article.controller.ts': 'export class ArticleController {}\n', 'src/article/article.service.ts': 'export class ArticleService {}\n', 'src/article/article.entity.ts': 'export class Article {}\n' }, want: 'met' },
  { rule: 'architecture.layers', name: 'one flat file', files: { 'src/app.ts': 'export const app = 1;\n', 'src/webservice.ts': 'export const x = 1;\n' }, want: 'missing' },
  { rule: 'architecture.layers', name: 'several small single-purpose services', files: { 'docker-compose.yml': 'services:\n  cart:\n    build: ./cart\n  email:\n    build: ./email\n', 'cart/main.go': 'package main\n', 'email/server.py': 'x = 1\n' }, want: 'met' },
  { rule: 'architecture.data-access-layer', name: 'entity and store classes by suffix', files: { 'src/article/article.entity.ts': 'export class Article {}\n', 'src/article/article.controller.ts': 'export class ArticleController {}\n', 'src/Cart/RedisCartStore.cs': 'public class RedisCartStore : ICartStore {}\n' }, want: 'met' },
  { rule: 'architecture.data-access-layer', name: 'a data access file with no routes or services', files: { 'src/article/article.entity.ts': 'export class Article {}\n' }, want: 'missing' },
  { rule: 'architecture.env-config', name: 'a lone PORT is not configuration from the environment', files: { 'src/server.js': 'app.listen(process.env.PORT || 3000);\n', 'app/main.py': 'port = int(os.environ.get("PORT", "8000"))\n' }, want: 'missing' },
  { rule: 'architecture.env-config', name: 'a database URL from the environment', files: { 'src/db.js': 'const url = process.env.DATABASE_URL;\n' }, want: 'met' },

  // Test harness services (item 7).
  { rule: 'architecture.several-services', name: 'an app and its playwright runner are one service', files: { 'docker-compose.yml': 'services:\n  web:\n    build: .\n  playwright:\n    image: mcr.microsoft.com/playwright:v1.47.0\n    build: ./e2e\n' }, want: 'missing' },

  // Reusable workflows count by their names for every rule that reads CI (item 10).
  { rule: 'testing.tests-in-ci', name: 'a reusable workflow named for unit tests', files: { '.github/workflows/ci.yml': 'on: [push]\njobs:\n  test:\n    uses: acme/shared/.github/workflows/node_unit_tests.yml@v2\n' }, want: 'met' },
  { rule: 'testing.tests-in-ci', name: 'a reusable workflow named for a deploy', files: { '.github/workflows/cd.yml': 'on: [push]\njobs:\n  ship:\n    uses: acme/shared/.github/workflows/deploy.yml@v2\n' }, want: 'missing' },
  { rule: 'functionality.ci-runs-tests', name: 'a reusable test workflow', files: { '.github/workflows/ci.yml': 'on: [push]\njobs:\n  test:\n    uses: acme/shared/.github/workflows/python-tests.yaml@main\n' }, want: 'met' },
  { rule: 'functionality.linter-in-ci', name: 'a reusable lint workflow', files: { '.github/workflows/ci.yml': 'on: [push]\njobs:\n  lint:\n    uses: acme/shared/.github/workflows/go-lint.yml@v1\n' }, want: 'met' },
  { rule: 'security.static-analysis', name: 'a reusable CodeQL workflow', files: { '.github/workflows/sec.yml': 'on: [push]\njobs:\n  sast:\n    uses: acme/shared/.github/workflows/codeql-analysis.yml@v1\n' }, want: 'met' },
  { rule: 'security.static-analysis', name: 'a reusable workflow named for something else', files: { '.github/workflows/sec.yml': 'on: [push]\njobs:\n  docs:\n    uses: acme/shared/.github/workflows/publish-docs.yml@v1\n' }, want: 'missing' },

  // Rust crates used by path (item 13).
  { rule: 'monitoring.logging-library', name: 'fern used by path without a use line', files: { 'Cargo.toml': '[package]\nname = "x"\n\n[dependencies]\nfern = "0.6"\n', 'src/main.rs': 'fn main() {\n    fern::Dispatch::new().level(log::LevelFilter::Info).apply().unwrap();\n}\n' }, want: 'met' },
  { rule: 'monitoring.logging-library', name: 'fern declared and never used', files: { 'Cargo.toml': '[package]\nname = "x"\n\n[dependencies]\nfern = "0.6"\n', 'src/main.rs': 'fn main() {\n    println!("hi");\n}\n' }, want: 'missing' },

  // Evidence is the running project (item 4): seed scripts, examples, changelogs, test harnesses.
  { rule: 'functionality.idempotency', name: "a seed script's upsert is not the app's idempotency", files: { 'prisma/seed.ts': "await prisma.user.upsert({ where: { email }, update: {}, create: { email } });\n" }, want: 'missing' },
  { rule: 'functionality.idempotency', name: "the app's own upsert", files: { 'src/users.ts': "export const save = (email: string) => prisma.user.upsert({ where: { email }, update: {}, create: { email } });\n" }, want: 'met' },
  { rule: 'performance.caching', name: 'an example app under examples/ using Redis', files: { 'package.json': PKG({}), 'examples/cache-demo/package.json': PKG({ ioredis: '5' }), 'examples/cache-demo/index.js': "const Redis = require('ioredis');\nnew Redis().get('x');\n" }, want: 'missing' },
  { rule: 'functionality.health-probes', name: "a wait-for-db script's healthcheck loop is not a probe", files: { 'scripts/wait-for-db.sh': '#!/bin/sh\nuntil pg_isready; do sleep 1; done\n', 'docker-compose.ci.yml': 'services:\n  api:\n    build: .\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/health"]\n' }, want: 'missing' },
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
