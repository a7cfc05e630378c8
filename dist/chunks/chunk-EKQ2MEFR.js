import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  TOOL_VERSION
} from "./chunk-7ZRM26NT.js";

// src/rules/rule-pages.ts
var RULE_PAGES = /* @__PURE__ */ new Set([
  "architecture.api-versioning",
  "architecture.background-jobs",
  "architecture.data-access-layer",
  "architecture.entry-point",
  "architecture.env-config",
  "architecture.feature-flags",
  "architecture.infrastructure-as-code",
  "architecture.layers",
  "architecture.manifest",
  "architecture.message-broker",
  "architecture.multi-region-dr",
  "architecture.multi-tenancy",
  "architecture.orchestration",
  "architecture.plugin-architecture",
  "architecture.progressive-delivery",
  "architecture.realtime",
  "architecture.schema-or-migrations",
  "architecture.sdk",
  "architecture.service-apis",
  "architecture.several-services",
  "documentation.adrs",
  "documentation.api-docs",
  "documentation.architecture",
  "documentation.architecture-guide",
  "documentation.decision-records",
  "documentation.diagrams",
  "documentation.readme",
  "documentation.runbooks",
  "functionality.build-and-test-commands",
  "functionality.central-error-handling",
  "functionality.ci-runs-tests",
  "functionality.circuit-breakers",
  "functionality.dead-letter-queues",
  "functionality.dr-backups",
  "functionality.error-path-tests",
  "functionality.graceful-shutdown",
  "functionality.health-probes",
  "functionality.idempotency",
  "functionality.incident-runbooks",
  "functionality.linter-in-ci",
  "functionality.release-automation",
  "functionality.retries",
  "functionality.slos",
  "functionality.strict-typing",
  "functionality.timeouts",
  "monitoring.alerting",
  "monitoring.dashboards",
  "monitoring.error-logging",
  "monitoring.health-endpoints",
  "monitoring.log-trace-correlation",
  "monitoring.logging-library",
  "monitoring.metrics",
  "monitoring.oncall-runbooks",
  "monitoring.slos",
  "monitoring.tracing",
  "performance.autoscaling-policies",
  "performance.batching",
  "performance.benchmarks",
  "performance.budgets",
  "performance.build-or-start",
  "performance.caching",
  "performance.capacity-planning",
  "performance.cdn",
  "performance.compression",
  "performance.connection-pooling",
  "performance.db-indexes",
  "performance.horizontal-scaling",
  "performance.lazy-loading",
  "performance.load-tests-in-ci",
  "performance.pagination",
  "performance.queue-load-levelling",
  "security.audit-logging",
  "security.authentication",
  "security.authorization",
  "security.compliance-docs",
  "security.data-retention",
  "security.dependency-scanning",
  "security.dependency-updates",
  "security.encryption-at-rest",
  "security.headers-or-csrf",
  "security.input-validation",
  "security.network-policies",
  "security.no-committed-secrets",
  "security.password-hashing",
  "security.policy-as-code",
  "security.rate-limiting",
  "security.safe-queries",
  "security.sbom",
  "security.secret-scanning",
  "security.secrets-manager",
  "security.security-policy",
  "security.signed-releases",
  "security.static-analysis",
  "security.tls-verification",
  "testing.asserting-tests",
  "testing.broad-suite",
  "testing.chaos",
  "testing.coverage",
  "testing.e2e",
  "testing.integration",
  "testing.load",
  "testing.property-or-mutation",
  "testing.test-command",
  "testing.tests-in-ci"
]);

// src/rules/docs-url.ts
var REPOSITORY_URL = "https://github.com/levelgate/levelgate";
function ruleDocsUrl(id, version = TOOL_VERSION) {
  if (!RULE_PAGES.has(id)) return void 0;
  const tag = /^\d+\.\d+\.\d+$/.test(version) ? version : TOOL_VERSION;
  return `${REPOSITORY_URL}/blob/v${tag}/docs/rules/${id}.md`;
}
var RULE_DOCS_URL_PATTERN = /^https:\/\/github\.com\/levelgate\/levelgate\/blob\/v\d+\.\d+\.\d+\/docs\/rules\/[a-z]+\.[a-z0-9-]+\.md$/;

export {
  ruleDocsUrl,
  RULE_DOCS_URL_PATTERN
};
