import { parse } from 'yaml';
import type { Evidence } from '../evidence/index.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { runsTests } from './patterns.js';

// Calibration round 19: tests against real services, as CI sets them up. A GitHub Actions job that starts a database,
// cache, broker or search engine as a service container (`services: { postgres: { image: postgis/postgis:16 } }`,
// `redis: { image: redis }`) and runs the test suite in the same job runs its tests against that real service: the
// rubric's "integration" (round 23's parse-server ran its specs against real Postgres and Redis so). GitLab's
// `services:` (a job's, or the file's default for every job) is the same. A service the job starts without running
// any test (a deployment check, a docs build) is none.

const GITHUB_WORKFLOW = /^\.(?:github|gitea|forgejo)\/workflows\/[^/]{1,200}\.ya?ml$/;
const GITLAB_CI = /^\.gitlab-ci\.ya?ml$|^\.gitlab\/ci\/[^\n]{1,200}\.ya?ml$/;

/** Images (or service names) of data stores and brokers: the real services a test suite runs against. */
const DATA_SERVICE = /(?:^|[/_-])(?:postgres(?:ql)?|postgis|pgvector|timescaledb|mysql|mariadb|percona|mongo(?:db)?|redis(?:-stack)?|valkey|keydb|memcached|rabbitmq|kafka|redpanda|zookeeper|nats|elasticsearch|opensearch|cassandra|scylla|mssql|sqlserver|oracle(?:-xe|-free)?|db2|cockroach(?:db)?|clickhouse|couchdb|couchbase|neo4j|influxdb|minio|localstack|azurite|dynamodb(?:-local)?|etcd|consul|vault|ldap|openldap|mailhog|mailpit|meilisearch|typesense|solr|arangodb|surrealdb|questdb|pulsar|activemq|artemis)(?=$|[:/._-]|\d)/i;

type Job = { services?: unknown; steps?: unknown } | null | undefined;

/** The data-store services a job's `services:` declares, by name or image. */
function dataServices(services: unknown): string[] {
  const out: string[] = [];
  const consider = (name: string, image: unknown) => {
    const img = typeof image === 'string' ? image : '';
    if (DATA_SERVICE.test(img) || DATA_SERVICE.test(name)) out.push(img && !img.includes('${{') ? img : name);
  };
  if (Array.isArray(services)) {
    // GitLab: `- postgres:16` or `- name: postgres:16`.
    for (const s of services) {
      if (typeof s === 'string') consider(s, s);
      else if (s && typeof s === 'object') consider(String((s as { name?: unknown }).name ?? ''), (s as { name?: unknown }).name);
    }
  } else if (services && typeof services === 'object') {
    // GitHub Actions: a map of service names to `image:` (or a bare image string).
    for (const [name, spec] of Object.entries(services as Record<string, unknown>)) consider(name, typeof spec === 'string' ? spec : (spec as { image?: unknown } | null)?.image);
  }
  return out;
}

function parseYaml(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: false });
  } catch {
    return undefined;
  }
}

export const ciServiceTests: Detector = {
  name: 'ciServiceTests',
  question: 'Does a CI job start a database, cache, broker or search engine as a service container (GitHub Actions or GitLab `services:`) and run the test suite in that same job, so the tests run against the real service?',
  detect(evidence: Evidence) {
    const out: Finding[] = [];
    for (const file of evidence.files) {
      const github = GITHUB_WORKFLOW.test(file);
      if (!github && !GITLAB_CI.test(file)) continue;
      const text = evidence.text(file) ?? '';
      if (!text.includes('services:')) continue;
      const doc = parseYaml(text) as Record<string, unknown> | undefined;
      if (!doc || typeof doc !== 'object') continue;
      const jobs: [string, Job][] = github ? Object.entries((doc.jobs ?? {}) as Record<string, Job>) : Object.entries(doc as Record<string, Job>).filter(([k, v]) => !k.startsWith('.') && v !== null && typeof v === 'object' && !Array.isArray(v));
      const fileDefault = github ? [] : dataServices((doc.default as Job)?.services ?? doc.services);
      for (const [name, job] of jobs) {
        if (!job || typeof job !== 'object') continue;
        const services = job.services !== undefined ? dataServices(job.services) : fileDefault;
        if (!services.length) continue;
        // GitHub Actions keeps each command's job; GitLab's commands are read per file, so its job's own script is read here.
        const run = github
          ? evidence.ci.find((c) => c.file === file && c.job === name && runsTests(c.expanded))
          : evidence.ci.find((c) => c.file === file && runsTests(c.expanded) && scriptOf(job).some((line) => c.text === line.trim()));
        if (!run) continue;
        out.push({ file, line: run.line, message: `CI runs the tests against real services its job starts (${services.slice(0, 3).join(', ')}): ${run.text.slice(0, 60)}`, strength: 'strong' });
        if (out.length >= 3) return out;
      }
    }
    return out;
  },
};

/** A GitLab job's script lines (`script:`, `before_script:`), as written. */
function scriptOf(job: Job): string[] {
  const j = job as Record<string, unknown>;
  const lines: string[] = [];
  for (const key of ['before_script', 'script']) {
    const v = j[key];
    for (const item of Array.isArray(v) ? v : typeof v === 'string' ? [v] : []) if (typeof item === 'string') lines.push(...item.split('\n'));
  }
  return lines;
}
