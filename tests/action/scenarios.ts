// Reports for the comment's snapshot tests: a small frozen catalog (ids and level specs like rules/*.yml, hints
// written here so that a wording change in rules/ does not move the snapshots), scored by the real scorer.
import type { LevelSpec } from '../../src/rules/schema.js';
import { overallLevel, scoreDimension } from '../../src/score/levels.js';
import { DIMENSIONS, type Dimension, type GradeReport, type Level, type RuleResult } from '../../src/types.js';

type Spec = Record<1 | 2 | 3 | 4, LevelSpec>;
type RuleRow = [id: string, level: 1 | 2 | 3 | 4, title: string, hint: string];

const spec = (r1: string[], a2: [string[], number], a3: [string[], number], a4: [string[], number]): Spec =>
  ({ 1: { required: r1, atLeast: 0 }, 2: { required: a2[0], atLeast: a2[1] }, 3: { required: a3[0], atLeast: a3[1] }, 4: { required: a4[0], atLeast: a4[1] } }) as Spec;

export const CATALOG: Record<Dimension, { levels: Spec; rules: RuleRow[] }> = {
  functionality: {
    levels: spec(['functionality.ci-runs-tests', 'functionality.build-and-test-commands'], [[], 2], [[], 2], [[], 2]),
    rules: [
      ['functionality.build-and-test-commands', 1, 'A build and a test command exist', 'Give the project a test command (`npm test`) and a build command.'],
      ['functionality.ci-runs-tests', 1, 'CI runs the tests', 'Run the tests in CI on every pull request.'],
      ['functionality.central-error-handling', 2, 'Errors handled in one place', 'Handle errors in one middleware (Express error handler, @ControllerAdvice).'],
      ['functionality.strict-typing', 2, 'Strict type checking', 'Turn on `strict` in tsconfig.json.'],
      ['functionality.linter-in-ci', 2, 'A linter runs in CI', 'Run ESLint or Ruff in CI.'],
      ['functionality.retries', 3, 'Retries with backoff', 'Retry transient failures with exponential backoff (p-retry, tenacity).'],
      ['functionality.timeouts', 3, 'Timeouts on network calls', 'Put timeouts on every network call (`AbortSignal.timeout`).'],
      ['functionality.circuit-breakers', 3, 'Circuit breakers', 'Stop calling a failing dependency for a while (opossum).'],
      ['functionality.idempotency', 4, 'Idempotent handlers', 'Make retried requests safe with idempotency keys.'],
      ['functionality.dr-backups', 4, 'Backups restored in drills', 'Back up the data and test the restore.'],
    ],
  },
  security: {
    levels: spec(['security.no-committed-secrets', 'security.input-validation'], [[], 2], [[], 2], [[], 2]),
    rules: [
      ['security.no-committed-secrets', 1, 'No committed secrets', 'Remove the secret from the repository and rotate it.'],
      ['security.input-validation', 1, 'Input validated at the edge', 'Validate request bodies with a schema (zod, pydantic).'],
      ['security.authentication', 2, 'Authentication', 'Authenticate requests (passport, @nestjs/passport, Spring Security).'],
      ['security.password-hashing', 2, 'Passwords hashed', 'Hash passwords with bcrypt or argon2.'],
      ['security.rate-limiting', 2, 'Rate limiting', 'Limit request rates (express-rate-limit).'],
      ['security.static-analysis', 3, 'Static analysis in CI', 'Run CodeQL or Semgrep on every pull request.'],
      ['security.secret-scanning', 3, 'Secret scanning in CI', 'Scan for committed secrets in CI (gitleaks).'],
      ['security.dependency-scanning', 3, 'Dependency scanning', 'Scan dependencies in CI (`npm audit --audit-level=high`).'],
      ['security.network-policies', 4, 'Network policies', 'Restrict service-to-service traffic.'],
      ['security.secrets-manager', 4, 'A secrets manager', 'Load secrets from a secrets manager.'],
    ],
  },
  performance: {
    levels: spec(['performance.build-or-start'], [[], 2], [[], 2], [[], 2]),
    rules: [
      ['performance.build-or-start', 1, 'A build or start command', 'Add a build or start script.'],
      ['performance.caching', 2, 'Caching', 'Cache hot reads (Redis, an in-process LRU).'],
      ['performance.db-indexes', 2, 'Database indexes', 'Declare indexes in the schema or migrations.'],
      ['performance.pagination', 2, 'Paginated lists', 'Paginate list endpoints (limit and cursor).'],
      ['performance.horizontal-scaling', 3, 'Several replicas', 'Run several stateless replicas.'],
      ['performance.connection-pooling', 3, 'Connection pools', 'Pool database connections with sized limits.'],
      ['performance.benchmarks', 3, 'Benchmarks', 'Keep benchmarks in the repository.'],
      ['performance.load-tests-in-ci', 4, 'Load tests in CI', 'Run load tests (k6) in CI.'],
      ['performance.budgets', 4, 'Performance budgets', 'Fail CI when a budget is exceeded.'],
    ],
  },
  architecture: {
    levels: spec(['architecture.manifest', 'architecture.entry-point'], [[], 2], [[], 2], [[], 2]),
    rules: [
      ['architecture.manifest', 1, 'A package manifest', 'Add a package.json, pyproject.toml or go.mod.'],
      ['architecture.entry-point', 1, 'An entry point', 'Give the application one entry point.'],
      ['architecture.layers', 2, 'Layers', 'Separate routes, services and data access.'],
      ['architecture.env-config', 2, 'Configuration from the environment', 'Read configuration from the environment.'],
      ['architecture.schema-or-migrations', 2, 'Schema or migrations', 'Keep the database schema in migrations.'],
      ['architecture.several-services', 3, 'Several services', 'Split into independently deployable services.'],
      ['architecture.message-broker', 3, 'A message broker', 'Decouple services through a broker.'],
      ['architecture.orchestration', 4, 'Orchestration', 'Deploy with Kubernetes manifests or Helm.'],
      ['architecture.infrastructure-as-code', 4, 'Infrastructure as code', 'Describe the infrastructure with Terraform.'],
    ],
  },
  testing: {
    levels: spec(['testing.asserting-tests', 'testing.test-command'], [['testing.broad-suite', 'testing.coverage', 'testing.tests-in-ci'], 0], [['testing.integration', 'testing.e2e'], 0], [['testing.chaos'], 1]),
    rules: [
      ['testing.asserting-tests', 1, 'Test files that contain assertions', 'Add a test file with at least one assertion.'],
      ['testing.test-command', 1, 'A way to run the tests', 'Add a test script (`"test": "vitest run"`).'],
      ['testing.broad-suite', 2, 'A broad suite', 'Add asserting tests for more modules: at least 40% of source modules should have a test file.'],
      ['testing.coverage', 2, 'A coverage tool configured', 'Configure coverage with a threshold.'],
      ['testing.tests-in-ci', 2, 'Tests run in CI', 'Run the tests in CI (`npm test`).'],
      ['testing.integration', 3, 'Integration tests', 'Add HTTP-level tests (supertest).'],
      ['testing.e2e', 3, 'End-to-end tests', 'Add end-to-end tests (Playwright).'],
      ['testing.chaos', 4, 'Chaos experiments', 'Run chaos experiments.'],
      ['testing.load', 4, 'Load tests', 'Add load tests (k6).'],
      ['testing.property-or-mutation', 4, 'Property or mutation tests', 'Add property-based tests (fast-check).'],
    ],
  },
  documentation: {
    levels: spec(['documentation.readme'], [['documentation.api-docs'], 1], [['documentation.architecture'], 1], [['documentation.adrs'], 0]),
    rules: [
      ['documentation.readme', 1, 'A README', 'Add a README.md that says what the project does and how to run it.'],
      ['documentation.api-docs', 2, 'API documentation', 'Document the API (an OpenAPI file).'],
      ['documentation.contributing-or-changelog', 2, 'CONTRIBUTING or CHANGELOG', 'Add CONTRIBUTING.md or CHANGELOG.md.'],
      ['documentation.architecture', 3, 'An architecture document', 'Add docs/architecture.md.'],
      ['documentation.diagrams', 3, 'Diagrams', 'Add a diagram (Mermaid in Markdown).'],
      ['documentation.runbooks', 3, 'Runbooks', 'Write runbooks for operations.'],
      ['documentation.adrs', 4, 'Architecture decision records', 'Record decisions in docs/adr/.'],
    ],
  },
  monitoring: {
    levels: spec(['monitoring.error-logging'], [['monitoring.logging-library'], 0], [['monitoring.metrics', 'monitoring.tracing', 'monitoring.health-endpoints'], 0], [[], 2]),
    rules: [
      ['monitoring.error-logging', 1, 'Errors are logged', 'Log caught errors with their stack.'],
      ['monitoring.logging-library', 2, 'A structured logging library', 'Log through pino, winston or structlog, not console.log.'],
      ['monitoring.metrics', 3, 'Metrics', 'Expose metrics on /metrics (prom-client).'],
      ['monitoring.tracing', 3, 'Tracing', 'Trace requests with OpenTelemetry.'],
      ['monitoring.health-endpoints', 3, 'Health endpoints', 'Serve /healthz and /readyz.'],
      ['monitoring.alerting', 4, 'Alerting rules', 'Define alerting rules.'],
      ['monitoring.dashboards', 4, 'Dashboards', 'Keep dashboards as code.'],
      ['monitoring.slos', 4, 'SLOs', 'Define service level objectives.'],
    ],
  },
};

/** Where each met rule's evidence is: a file per rule, stable across scenarios. */
export function evidenceFile(id: string): string {
  const [dimension, rule] = id.split('.') as [string, string];
  return `src/${dimension}/${rule}.ts`;
}

export interface ScenarioOptions {
  /** Rules met, by id (every other rule of the catalog is missing). */
  met: Iterable<string>;
  /** Measurements of counted rules. */
  measured?: Record<string, RuleResult['measured']>;
  /** Findings per met rule. */
  findings?: number;
  /** A prefix for evidence paths (a package's folder). */
  folder?: string;
}

export function scenarioReport(options: ScenarioOptions): GradeReport {
  const met = new Set(options.met);
  const dimensions = {} as GradeReport['dimensions'];
  for (const d of DIMENSIONS) {
    const { levels, rules } = CATALOG[d];
    const results: RuleResult[] = rules.map(([id, level, title, hint]) => ({
      id,
      title,
      level,
      status: met.has(id) ? 'met' : 'missing',
      required: levels[level].required.includes(id),
      negative: id === 'security.no-committed-secrets',
      // A negative rule is met when nothing is found.
      findings: met.has(id) && id !== 'security.no-committed-secrets'
        ? Array.from({ length: options.findings ?? 2 }, (_, i) => ({ file: `${options.folder ?? ''}${evidenceFile(id)}`, line: 3 + i * 10, message: i === 0 ? `\`${id.split('.')[1]}\` found` : 'also here', strength: 'strong' as const }))
        : [],
      hint,
      ...(options.measured?.[id] ? { measured: options.measured[id] } : {}),
    }));
    dimensions[d] = scoreDimension(d, levels, results);
  }
  return {
    schemaVersion: 1,
    tool: { name: 'levelgate', version: '0.4.0', rulesVersion: '2025.4.0' },
    root: '/repo',
    level: overallLevel(Object.values(dimensions)) as Level,
    dimensions,
    notes: [],
    stats: { files: 120, filesRead: 118, filesParsed: 40, durationMs: 310 },
  };
}

/** Every rule of the catalog up to a level, per dimension (the default: L2 everywhere). */
export function upTo(levels: Partial<Record<Dimension, number>> = {}, fallback = 2): string[] {
  return DIMENSIONS.flatMap((d) => {
    const top = levels[d] ?? fallback;
    return CATALOG[d].rules.filter(([, level]) => level <= top).map(([id]) => id);
  });
}
