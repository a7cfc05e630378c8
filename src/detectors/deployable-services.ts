import { parseYamlWithMerges } from '../evidence/yaml-once.js';
import { isScaffolding } from '../evidence/file-sets.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
// A compose service that only tests the others (a playwright runner, an e2e suite) is not deployed.
const TEST_WORD = /(^|[-_./:])(tests?|e2e|it|integration[-_]?tests?|testing|playwright|cypress|selenium|webdriver|k6|locust|artillery|newman|smoke[-_]?tests?)([-_./:@]|$)/i;
const TEST_RUN = /\b(npm (run )?test|pytest|go test|playwright test|cypress run|jest|vitest|mocha|rspec|dotnet test|mvnw? (test|verify)|gradlew? test|k6 run|newman run)\b/;

/** Whether a compose service exists only to test: named, built from or running a test suite. */
export function isTestHarnessService(name: string, service: any): boolean {
  if (TEST_WORD.test(name)) return true;
  const build = typeof service?.build === 'string' ? service.build : [service?.build?.context, service?.build?.dockerfile].filter(Boolean).join('/');
  if (build && TEST_WORD.test(build)) return true;
  if (typeof service?.image === 'string' && TEST_WORD.test(service.image)) return true;
  const command = [service?.command, service?.entrypoint].flat().filter((c) => typeof c === 'string').join(' ');
  return TEST_RUN.test(command);
}

type Evidence = Parameters<Detector['detect']>[0];

// A compose service that runs once and exits (a schema migrator, a seeder, a bucket or database initialiser) is a
// job around the service, not a service: the rubric's "seed scripts, database wait scripts … are not its behaviour".
const ONE_SHOT_NAME = /(^|[-_.])(migrat(e|es|or|ors|ion|ions)|seed|seeds|seeder|seeding|init[-_]?db|db[-_]?init|create[-_]?buckets|provisioner)([-_.]|$)/i;
// A database or broker image built here (a Dockerfile FROM mssql/server with the schema baked in) is still the database.
const DATA_STORE_IMAGE = /\b(postgres|postgis|mysql|mariadb|mssql|sqlserver|mongo|mongodb|redis|valkey|elasticsearch|opensearch|cassandra|scylla|clickhouse|neo4j|couchdb|memcached|rabbitmq|minio|timescaledb|cockroachdb|influxdb)\b/i;

/** The image a Dockerfile's final stage runs (its last FROM), or undefined. */
function finalBaseImage(evidence: Evidence, dockerfile: string): string | undefined {
  const froms = [...(evidence.text(dockerfile) ?? '').matchAll(/^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)/gim)];
  return froms.length ? froms[froms.length - 1]![1] : undefined;
}

/** Whether a Dockerfile only packages a database or broker (its final stage runs a data-store image). */
function packagesDataStore(evidence: Evidence, dockerfile: string): boolean {
  const image = finalBaseImage(evidence, dockerfile);
  return image !== undefined && DATA_STORE_IMAGE.test(image);
}

/** The repository path of the Dockerfile a compose service builds, if it can be told. */
function composeDockerfile(composeFile: string, build: unknown): string | undefined {
  const context = typeof build === 'string' ? build : typeof (build as any)?.context === 'string' ? (build as any).context : '.';
  const dockerfile = typeof (build as any)?.dockerfile === 'string' ? (build as any).dockerfile : 'Dockerfile';
  const base = composeFile.includes('/') ? composeFile.slice(0, composeFile.lastIndexOf('/')) : '';
  const parts: string[] = [];
  for (const part of `${base}/${context}/${dockerfile}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** The names the project publishes itself under: its root manifest's name (package.json, go.mod, Cargo.toml, pyproject). */
export function projectNames(evidence: Evidence): Set<string> {
  const names = new Set<string>();
  const add = (name: unknown) => {
    if (typeof name === 'string' && name.length >= 2) names.add(name.replace(/^@[\w.-]+\//, '').toLowerCase());
  };
  for (const pkg of evidence.packageJsons) if (!pkg.file.includes('/')) add((pkg.data as { name?: unknown }).name);
  const manifest = (file: string, re: RegExp) => {
    const m = re.exec(evidence.text(file) ?? '');
    if (m) add(m[1]);
  };
  if (evidence.fileSet.has('go.mod')) {
    // module github.com/org/name/v2 → name
    const path = (evidence.text('go.mod') ?? '').split('\n').find((l) => l.startsWith('module '))?.slice(7).trim() ?? '';
    const parts = path.split('/').filter((p) => p && !/^v\d+$/.test(p));
    add(parts[parts.length - 1]);
  }
  if (evidence.fileSet.has('pom.xml')) {
    // A Maven build publishes each module under its own name (mall-admin, mall-portal), the root under its artifactId.
    const pom = (evidence.text('pom.xml') ?? '').slice(0, 64 * 1024);
    for (const m of pom.matchAll(/<module>([^<\n]{1,200})<\/module>/g)) add(m[1]!.trim().split('/').pop());
    const parentEnd = pom.indexOf('</parent>');
    add(/<artifactId>([^<\n]{1,200})<\/artifactId>/.exec(parentEnd >= 0 ? pom.slice(parentEnd) : pom)?.[1]);
  }
  if (evidence.fileSet.has('Cargo.toml')) manifest('Cargo.toml', /^\[package\][^[]{0,2000}?^name[ \t]*=[ \t]*"([\w.-]+)"/m);
  if (evidence.fileSet.has('pyproject.toml')) manifest('pyproject.toml', /^\[(?:project|tool\.poetry)\][^[]{0,2000}?^name[ \t]*=[ \t]*"([\w.-]+)"/m);
  return names;
}

/**
 * Whether a compose service's image is the project's own, published from this repository: a Dockerfile here builds
 * it, and the image is named like the project (`ghcr.io/umami-software/umami:latest` in umami's repository).
 */
export function isOwnImage(evidence: Evidence, image: unknown, names: Set<string>): boolean {
  if (typeof image !== 'string' || names.size === 0) return false;
  const repository = image.replace(/@sha256:\w+$/, '').replace(/:[\w.${}-]+$/, '');
  const last = repository.slice(repository.lastIndexOf('/') + 1).toLowerCase();
  return names.has(last) && buildsImages(evidence);
}

/** Whether the repository builds container images: a Dockerfile, or a Maven/Gradle image plugin (docker-maven-plugin, Jib, bootBuildImage). */
function buildsImages(evidence: Evidence): boolean {
  if (evidence.files.some((f) => /(^|\/)Dockerfile$/.test(f))) return true;
  return evidence.files.some((f) => /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/.test(f) && /docker-maven-plugin|dockerfile-maven-plugin|jib-maven-plugin|com\.google\.cloud\.tools\.jib|bootBuildImage|build-image/.test(evidence.text(f) ?? ''));
}

const SYSTEMD_UNIT = /(^|\/)[\w@.-]+\.service$/;
const SUPERVISOR_CONF = /(^|\/)[\w.-]+\.(conf|ini)$/;

/**
 * The long-running processes a repository installs on a host: systemd units (`[Service]` with an `ExecStart=`) and
 * supervisord `[program:x]` sections. One-shot units (`Type=oneshot`, a migration or a backup) are not services.
 */
function processUnits(evidence: Evidence): Finding[] {
  const found: Finding[] = [];
  for (const file of evidence.files) {
    if (isScaffolding(file) || /(^|\/)(tests?|e2e|testdata|fixtures?|vendor|node_modules|docs?)\//.test(file)) continue;
    if (SYSTEMD_UNIT.test(file)) {
      const text = evidence.text(file) ?? '';
      if (!/^\[Service\][ \t]*$/m.test(text) || /^[ \t]*Type[ \t]*=[ \t]*oneshot\b/m.test(text)) continue;
      const line = text.split('\n').findIndex((l) => /^[ \t]*ExecStart[ \t]*=[ \t]*\S/.test(l));
      if (line >= 0) found.push({ file, line: line + 1, message: `systemd unit "${file.slice(file.lastIndexOf('/') + 1)}" runs a process of this repository`, strength: 'strong' });
    } else if (SUPERVISOR_CONF.test(file)) {
      const lines = (evidence.text(file) ?? '').split('\n');
      lines.forEach((l, i) => {
        const m = /^\[program:([\w.-]+)\][ \t]*$/.exec(l);
        if (m && lines.slice(i + 1, i + 40).some((x) => /^[ \t]*command[ \t]*=[ \t]*\S/.test(x))) found.push({ file, line: i + 1, message: `supervisord program "${m[1]}" run from this repository`, strength: 'strong' });
      });
    }
  }
  return found;
}

/**
 * Services of the project's own code: compose services built from the repo, separate folders with a Dockerfile,
 * or the long-running process types of a Procfile (web and worker are deployed and scaled apart), or of systemd
 * units and supervisord programs (a web unit and a queue-worker unit are the same split, installed on a host).
 * Options: minServices (own services needed), minTotal (services in one compose file, own or not).
 */
export const deployableServices: Detector = {
  name: 'deployableServices',
  question: 'Does the repository hold several deployable services of its own code?',
  detect(evidence, options) {
    const minServices = typeof options.minServices === 'number' ? options.minServices : 2;
    const minTotal = typeof options.minTotal === 'number' ? options.minTotal : 0;
    const built = new Map<string, Finding>();
    let largestCompose = 0;
    let names: Set<string> | undefined;
    for (const file of evidence.files.filter((f) => COMPOSE.test(f) && !isScaffolding(f))) {
      let doc: any;
      const text = evidence.text(file) ?? '';
      try {
        // Merge keys (`<<: *redash-service`) are how compose files share one service template (x-service: &…):
        // without them a service's `build:` sits under `<<` and the service looks like someone else's image.
        doc = parseYamlWithMerges(text);
      } catch {
        continue;
      }
      const services = Object.entries((doc?.services ?? {}) as Record<string, any>).filter(([name, service]) => !isTestHarnessService(name, service));
      largestCompose = Math.max(largestCompose, services.length);
      for (const [name, service] of services) {
        const line = text.split('\n').findIndex((l) => l.startsWith(' ') && l.trim() === `${name}:`) + 1;
        if (service?.build && (ONE_SHOT_NAME.test(name) || packagesDataStore(evidence, composeDockerfile(file, service.build) ?? ''))) continue;
        if (service?.build) built.set(`compose:${name}`, { file, line: line || 1, message: `compose service "${name}" built from this repository`, strength: 'strong' });
        // The project's own published image (mall/mall-admin:1.0 from the mall-admin module); one image is one service,
        // however many compose services (a server and its migrate job) run it.
        else if (isOwnImage(evidence, service?.image, (names ??= projectNames(evidence)))) {
          built.set(`image:${String(service.image).replace(/:[\w.${}-]+$/, '')}`, { file, line: line || 1, message: `compose service "${name}" runs this repository's own image`, strength: 'strong' });
        }
      }
    }
    // Each source is a separate view of the same services: take the one that sees the most, never their sum.
    // A cloud dev environment's image (.devcontainer/, .codesandbox/, .gitpod/) is where people edit the code, no service.
    const dockerDirs = new Set(evidence.files.filter((f) => /(^|\/)Dockerfile$/.test(f) && !isScaffolding(f) && !packagesDataStore(evidence, f) && !/(^|\/)(\.devcontainer|\.codesandbox|\.gitpod|\.idx|\.coder|test|tests|integration-test|e2e|playwright|cypress)\//.test(f)).map((f) => (f.includes('/') ? f.slice(0, f.lastIndexOf('/')) : '.')));
    const byDockerfile = [...dockerDirs].map((dir): Finding => ({ file: dir === '.' ? 'Dockerfile' : `${dir}/Dockerfile`, line: 1, message: `service with its own Dockerfile in ${dir}`, strength: 'strong' }));
    const byProcfile: Finding[] = [];
    for (const file of evidence.files.filter((f) => /(^|\/)Procfile$/.test(f) && !isScaffolding(f))) {
      const seen = new Set<string>();
      (evidence.text(file) ?? '').split('\n').forEach((l, i) => {
        const m = /^([\w-]+):\s*(\S.*)$/.exec(l);
        // release/postdeploy phases run once; they are not services. A process that runs a sample (examples/) is none either.
        if (!m || /^(release|postdeploy|predeploy)$/.test(m[1]!) || /(^|[\s/.])(_?examples?|samples?)\//.test(m[2]!)) return;
        // Numbered process types of one program (a1, a2, a3 of ./server; etcd1, etcd2) are local replicas of one service.
        const name = m[1]!;
        let digits = name.length;
        while (digits > 0 && name.charCodeAt(digits - 1) >= 48 && name.charCodeAt(digits - 1) <= 57) digits--;
        const program = m[2]!.split(/\s+/).find((word) => !/^\w+=/.test(word));
        if (digits < name.length) {
          const key = `${name.slice(0, digits)}\u0000${program}`;
          if (seen.has(key)) return;
          seen.add(key);
        }
        byProcfile.push({ file, line: i + 1, message: `process type "${m[1]}" deployed from this repository`, strength: 'strong' });
      });
    }
    const byUnits = processUnits(evidence);
    const best = [[...built.values()], byDockerfile, byProcfile, byUnits].sort((a, b) => b.length - a.length)[0]!;
    built.clear();
    best.forEach((f, i) => built.set(String(i), f));
    const measured = {
      summary: `${built.size} deployable service(s) of the project's own code; ${minServices} needed${minTotal ? `, and a compose file with ${minTotal} services (largest: ${largestCompose})` : ''}`,
      values: [
        { name: 'own-services', value: built.size, need: minServices, unit: 'count' as const },
        ...(minTotal ? [{ name: 'compose-services', value: largestCompose, need: minTotal, unit: 'count' as const }] : []),
      ],
    };
    const findings = [...built.values()].map((f) => ({ ...f, measured }));
    if (findings.length >= minServices && largestCompose >= minTotal) return findings;
    const why = findings.length < minServices ? `${findings.length} of ${minServices} own services` : `no compose file with ${minTotal} services`;
    return findings.map((f) => ({ ...f, strength: 'weak' as const, message: `${f.message} (${why}; one service is not a distributed system)` }));
  },
};
