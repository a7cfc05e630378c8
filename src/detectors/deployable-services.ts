import { parseYamlWithMerges } from '../evidence/yaml-once.js';
import { BENCHMARK_FOLDERS, DOC_FOLDERS, except, folderOf, inFolderNamed, isScaffolding, TEST_DATA_FOLDERS, TEST_FOLDERS, VENDORED_FOLDERS } from '../evidence/file-sets.js';
import { isSourceFile } from '../evidence/languages.js';
import { oncePerEvidence } from '../evidence/shared-answer.js';
import { isManifest } from '../evidence/manifests.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

/** A compose file by its usual names (compose.yaml, docker-compose.prod.yml); health-probes reads the same files. */
export const COMPOSE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;
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

/** Whether the repository holds the Dockerfile a compose build names (or the build writes its Dockerfile inline). */
function dockerfileHeld(evidence: Evidence, dockerfile: string, build: unknown): boolean {
  if (typeof (build as any)?.dockerfile_inline === 'string') return true;
  return evidence.fileSet.has(dockerfile);
}

/** The names the project publishes itself under: its root manifest's name (package.json, go.mod, Cargo.toml, pyproject). */
export function projectNames(evidence: Evidence): Set<string> {
  const names = new Set<string>();
  const add = (name: unknown) => {
    if (typeof name === 'string' && name.length >= 2) names.add(name.replace(/^@[\w.-]+\//, '').toLowerCase());
  };
  for (const pkg of evidence.packageJsons) {
    if (pkg.file.includes('/')) continue;
    const name = (pkg.data as { name?: unknown }).name;
    add(name);
    // A monorepo's root is often private (@documenso/root): its scope is the project's name.
    if (typeof name === 'string' && name.startsWith('@')) add(name.slice(1, name.indexOf('/') > 0 ? name.indexOf('/') : undefined));
  }
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

/** The modules a root Maven build names (<module>shop-admin</module>): each publishes its own image. */
function mavenModules(evidence: Evidence): Set<string> {
  const pom = evidence.fileSet.has('pom.xml') ? (evidence.text('pom.xml') ?? '').slice(0, 64 * 1024) : '';
  return new Set([...pom.matchAll(/<module>([^<\n]{1,200})<\/module>/g)].map((m) => m[1]!.trim().split('/').pop()!.toLowerCase()));
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

// Services are counted by the codebase they run, not by the processes started from it (rubric: "several deployable
// services of the project's own code"; a web process and its worker, scheduler or migrate job started from one image
// or package with another command are one service). A codebase is a folder with code of its own: a manifest, or
// source files outside its script folders. A Dockerfile in a folder with none (docker/, deploy/, extras/docker/prod)
// packages the repository's main codebase, like every other such Dockerfile (dev, prod, demo and all-in-one images).
const OTHER_MANIFEST = /(^|\/)(composer\.json|mix\.exs|deno\.jsonc?)$/;
const OTHER_CODE = /\.(php|exs?|swift|c|cc|cpp)$/;
const SCRIPT_FOLDER = /^(scripts?|bin|hooks|conf|config|etc)$/;

interface Codebases {
  /** Folders holding code of their own, in them or below (not counting what sits in script folders). */
  withCode: Set<string>;
  /** Folders with a manifest directly in them. */
  withManifest: Set<string>;
}

const codebases = oncePerEvidence((evidence: Evidence): Codebases => {
  const found: Codebases = { withCode: new Set(), withManifest: new Set() };
  for (const file of evidence.files) {
    const manifest = isManifest(file) || OTHER_MANIFEST.test(file);
    if (!manifest && !isSourceFile(file) && !OTHER_CODE.test(file)) continue;
    const parts = file.split('/');
    if (manifest) found.withManifest.add(parts.slice(0, -1).join('/') || '.');
    // Every folder above the file holds it, until the climb leaves a script folder (docker/scripts/init.py is a
    // helper of an image, not code the folder docker/ is built from).
    for (let depth = parts.length - 1; depth >= 1; depth--) {
      found.withCode.add(parts.slice(0, depth).join('/'));
      if (SCRIPT_FOLDER.test(parts[depth - 1]!)) break;
    }
  }
  return found;
});

/** The codebase a Dockerfile in `dir` packages: its own folder when that holds code, else its build context's, else the main one ("."). */
function codebaseOfImage(evidence: Evidence, dir: string, context = '.'): string {
  const { withCode } = codebases(evidence);
  if (dir !== '.' && withCode.has(dir)) return dir;
  if (context !== '.' && withCode.has(context)) return context;
  return '.';
}

/** The package a process starts from: the nearest folder with a manifest at or above `dir` (".", the main one, if none). */
function packageOf(evidence: Evidence, dir: string): string {
  const { withManifest } = codebases(evidence);
  for (let d = dir; d !== '.' && d !== ''; d = folderOf(d)) if (withManifest.has(d)) return d;
  return '.';
}

/** Resolves a path written relative to `base` ("." for the repository root), or undefined when it leaves the repository. */
function resolve(base: string, relative: string): string | undefined {
  const parts = base === '.' ? [] : base.split('/');
  for (const part of relative.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/') || '.';
}

/** The folder a Procfile command changes into before it starts (`cd web &&`, `npm --prefix web`, `yarn --cwd web`), if any. */
function commandFolder(command: string): string | undefined {
  return /(?:^|&&|;)[ \t]*cd[ \t]+([\w./-]+)|--(?:prefix|cwd|dir)[ =]([\w./-]+)|[ \t]-C[ \t]+([\w./-]+)/.exec(command)?.slice(1).find(Boolean);
}

// A cloud dev environment (.devcontainer/, .codesandbox/, .gitpod/): its image and compose file are where people edit
// the code, no service.
const DEV_ENVIRONMENT = /(^|\/)(\.devcontainer|\.codesandbox|\.gitpod|\.idx|\.coder)\//;

// Dockerfile, and the named variants beside it: Dockerfile.worker, Dockerfile-api, api.Dockerfile.
// A Dockerfile in a test suite's folder builds a test harness. Case-sensitive; the test folders but __tests__/, and
// also integration-tests/ and the browser-test folders playwright/ and cypress/.
export const TEST_HARNESS_FOLDER = inFolderNamed([...except(TEST_FOLDERS, '__tests__'), 'integration-?tests?', 'playwright', 'cypress']);
// BuildKit's ignore file for one Dockerfile (`Dockerfile.dockerignore`, `api.Dockerfile.dockerignore`) lists what its
// build leaves out: it builds no image of its own.
const DOCKERFILE = /(^|\/)(Dockerfile(?:[.-][\w.-]+)?|[\w.-]+\.Dockerfile)$(?<!\.dockerignore)/;
// The documentation's and the benchmarks' own images and compose files (a docs site, a terminal-recording tool, a
// benchmark harness) are not services of the running project.
const DOCS_OR_BENCHMARKS = inFolderNamed([...DOC_FOLDERS, ...BENCHMARK_FOLDERS]);

const MAIN_IMAGE = 'image:';
// The lines where a build says which package it builds: it works in it, filters to it, changes into it.
const BUILDS_IN = /^[ \t]*WORKDIR\b|--(?:filter|scope)\b|\bcd[ \t]|--(?:prefix|cwd|project|workspace)\b|[ \t]-C[ \t]/;

/**
 * The workspace package a Dockerfile at the top of a monorepo builds: the package folder it works in most
 * (`pnpm --filter=./apps/api`, `WORKDIR /app/apps/monitoring`); "." when it builds in none (copying a package's
 * go.mod to download modules is not building it).
 */
function packageBuilt(evidence: Evidence, dockerfile: string): string {
  const text = (evidence.text(dockerfile) ?? '').split('\n').filter((l) => BUILDS_IN.test(l)).join('\n');
  if (!text) return '.';
  let best = '.';
  let most = 0;
  const occurrences = (word: string) => {
    let count = 0;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      // The whole name: apps/api is not apps/api-docs.
      if (!/[\w-]/.test(text[at + word.length] ?? '') && !/[\w-]/.test(text[at - 1] ?? '')) count++;
    }
    return count;
  };
  const named = new Map(evidence.packageJsons.map((p) => [folderOf(p.file), (p.data as { name?: unknown }).name]));
  for (const dir of codebases(evidence).withManifest) {
    if (dir === '.' || !dir.includes('/')) continue;
    // By its folder (--filter=./apps/api) or by its package name (turbo prune --scope=@acme/web).
    const name = named.get(dir);
    const count = occurrences(dir) + (typeof name === 'string' && name.length > 2 ? occurrences(name) : 0);
    if (count > most) [best, most] = [dir, count];
  }
  return best;
}

// A Go program of its own: a main package in cmd/<name>/ (or cmd/<group>/<name>/), named by its folder.
const GO_COMMAND = /(?:^|\/)cmd\/(?:[\w-]{1,60}\/)?([\w-]{3,60})\/[^/]+\.go$/;
// The lines where a Dockerfile builds, copies or starts its program (not its labels and comments).
const RUNS_PROGRAM = /^[ \t]*(?:RUN|CMD|ENTRYPOINT|COPY|ADD)\b/i;

/** The Go programs of a module of several (cmd/<name>/ folders, by name), when there are at least two. */
const goCommands = oncePerEvidence((evidence: Evidence): Map<string, string> => {
  const found = new Map<string, string>();
  for (const file of evidence.files) {
    const m = GO_COMMAND.exec(file);
    if (m && !file.endsWith('_test.go') && !isScaffolding(file)) found.set(m[1]!, file.slice(0, file.lastIndexOf('/')));
  }
  return found.size >= 2 ? found : new Map();
});

// A .NET project of a solution, named by its assembly (src/Acme.Web/Acme.Web.csproj builds Acme.Web.dll): the
// program an image starts by that name (`ENTRYPOINT ["dotnet", "Acme.Web.dll"]`, `./Acme.Web`). Test projects and
// scaffolding are no program of the project's.
const DOTNET_PROJECT = /(?:^|\/)([\w.-]{3,80})\.(?:cs|fs|vb)proj$/;
const dotnetPrograms = oncePerEvidence((evidence: Evidence): Map<string, string> => {
  const found = new Map<string, string>();
  for (const file of evidence.files) {
    const m = DOTNET_PROJECT.exec(file);
    if (m && !isScaffolding(file) && !TEST_HARNESS_FOLDER.test(file) && !/(?:^|\.)(?:Tests?|Specs?|Benchmarks?)(?:\.|$)/.test(m[1]!)) found.set(m[1]!, folderOf(file));
  }
  return found.size >= 2 ? found : new Map();
});
// A .NET assembly's name ends where a path, a quote or its file extension does: Acme.Web is not the start of
// Acme.Web.Common, and Acme is not the start of Acme.Web.
const DOTNET_NAME_ENDS = /^(?:\.(?:dll|exe|csproj|fsproj|vbproj)\b|[^\w.-])/;

/**
 * The program of several a Dockerfile at the root builds and starts (`go build ./cmd/relay`, `ENTRYPOINT ["/bin/relay"]`,
 * a .NET project's `dotnet Acme.Web.dll`): its folder, the codebase that image runs; "." when it names none or several
 * equally. Several programs of one module, each built into an image of its own, are several services (a discovery
 * server and a relay server); processes started from one image are not, nor are two images of one program (a Linux and
 * a Windows image of the web app).
 */
function commandBuilt(evidence: Evidence, dockerfile: string): string {
  const go = goCommands(evidence);
  const dotnet = dotnetPrograms(evidence);
  if (!go.size && !dotnet.size) return '.';
  const text = (evidence.text(dockerfile) ?? '').split('\n').filter((l) => RUNS_PROGRAM.test(l)).join('\n');
  let best = '.';
  let most = 0;
  let tie = false;
  const candidates: [string, string, boolean][] = [...[...go].map(([n, f]): [string, string, boolean] => [n, f, false]), ...[...dotnet].map(([n, f]): [string, string, boolean] => [n, f, true])];
  for (const [name, folder, assembly] of candidates) {
    let count = 0;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const before = text[at - 1] ?? '';
      if (assembly ? !/[\w.-]/.test(before) && DOTNET_NAME_ENDS.test(text.slice(at + name.length, at + name.length + 8) || ' ') : !/\w/.test(text[at + name.length] ?? '') && !/\w/.test(before)) count++;
    }
    if (count > most) [best, most, tie] = [folder, count, false];
    else if (count && count === most) tie = true;
  }
  return tie ? '.' : best;
}

const ARTIFACT = /\.(jar|war|dll|exe|whl|gem|tgz|js|mjs|ts|py|go|rb|rs|java|kt|cs)$|(^|\/)(package\.json|go\.mod|Gemfile|pyproject\.toml|requirements\.txt|pom\.xml|Cargo\.toml)$/;

/**
 * Whether a Dockerfile copies the project's code into its image (from the repository root, where such Dockerfiles
 * are built): the whole context (`COPY . /app`), a folder that holds code, a manifest, a source file or a build artifact.
 */
function copiesProjectCode(evidence: Evidence, dockerfile: string): boolean {
  const { withCode } = codebases(evidence);
  for (const m of (evidence.text(dockerfile) ?? '').matchAll(/^[ \t]*(?:COPY|ADD)[ \t]+((?:--[\w-]+(?:=\S*)?[ \t]+)*)(.+)$/gim)) {
    if (/--from\b/.test(m[1]!)) continue;
    const words = m[2]!.trim().startsWith('[') ? [...m[2]!.matchAll(/"([^"]*)"/g)].map((w) => w[1]!) : m[2]!.trim().split(/[ \t]+/);
    for (const source of words.slice(0, -1)) {
      const path = source.replace(/^\.\//, '').replace(/\/$/, '');
      if (path === '.' || path === '' || ARTIFACT.test(path) || /[*$]/.test(path) || withCode.has(path)) return true;
    }
  }
  return false;
}

// A unit or supervisor file in these folders is a test's, a fixture's, someone else's or documentation's, not the
// project's service. Case-sensitive, and narrower than the shared groups: not __tests__/, testing/, __fixtures__/,
// __mocks__/ or third_party/.
export const NOT_DEPLOYED_FOLDER = inFolderNamed([
  ...except(TEST_FOLDERS, '__tests__', 'testing'),
  ...except(TEST_DATA_FOLDERS, '__fixtures__', '__mocks__'),
  ...except(VENDORED_FOLDERS, 'third_party'),
  ...DOC_FOLDERS,
]);
const SYSTEMD_UNIT = /(^|\/)[\w@.-]+\.service$/;
const SUPERVISOR_CONF = /(^|\/)[\w.-]+\.(conf|ini)$/;

/**
 * The long-running processes a repository installs on a host: systemd units (`[Service]` with an `ExecStart=`) and
 * supervisord `[program:x]` sections. One-shot units (`Type=oneshot`, a migration or a backup) are not services.
 */
function processUnits(evidence: Evidence): { finding: Finding; program?: string }[] {
  const found: { finding: Finding; program?: string }[] = [];
  for (const file of evidence.files) {
    if (isScaffolding(file) || NOT_DEPLOYED_FOLDER.test(file)) continue;
    if (SYSTEMD_UNIT.test(file)) {
      const text = evidence.text(file) ?? '';
      if (!/^\[Service\][ \t]*$/m.test(text) || /^[ \t]*Type[ \t]*=[ \t]*oneshot\b/m.test(text)) continue;
      const lines = text.split('\n');
      const line = lines.findIndex((l) => /^[ \t]*ExecStart[ \t]*=[ \t]*\S/.test(l));
      if (line < 0) continue;
      const unit = file.slice(file.lastIndexOf('/') + 1);
      const program = ownProgramStarted(evidence, lines[line]!.replace(/^[ \t]*ExecStart[ \t]*=[ \t]*[-@+!:]{0,4}/, ''));
      found.push({ finding: { file, line: line + 1, message: program ? `systemd unit "${unit}" runs the project's program ${program.slice(program.lastIndexOf(':') + 1)}` : `systemd unit "${unit}" runs a process of this repository`, strength: 'strong' }, program });
    } else if (SUPERVISOR_CONF.test(file)) {
      const lines = (evidence.text(file) ?? '').split('\n');
      lines.forEach((l, i) => {
        const m = /^\[program:([\w.-]+)\][ \t]*$/.exec(l);
        if (m && lines.slice(i + 1, i + 40).some((x) => /^[ \t]*command[ \t]*=[ \t]*\S/.test(x))) found.push({ finding: { file, line: i + 1, message: `supervisord program "${m[1]}" run from this repository`, strength: 'strong' } });
      });
    }
  }
  return found;
}

/**
 * The programs of a Cargo package of several binaries that are not its main one (its default binary, src/main.rs):
 * each `[[bin]]` target and src/bin/<name>.rs, by the name it is installed under. A package's binaries are programs
 * with entry points and code of their own (a relay server beside a rendezvous server), not one program's commands.
 */
const cargoSidePrograms = oncePerEvidence((evidence: Evidence): Map<string, string> => {
  const found = new Map<string, string>();
  for (const manifest of evidence.files) {
    if (!/(^|\/)Cargo\.toml$/.test(manifest) || isScaffolding(manifest) || NOT_DEPLOYED_FOLDER.test(manifest) || DOCS_OR_BENCHMARKS.test(manifest)) continue;
    const dir = folderOf(manifest);
    const prefix = dir === '.' ? '' : `${dir}/`;
    // The [package] table's name and default-run, and each [[bin]] table's name, read line by line.
    let section = '';
    let name: string | undefined;
    let defaultRun: string | undefined;
    const bins: string[] = [];
    for (const line of (evidence.text(manifest) ?? '').slice(0, 64 * 1024).split('\n')) {
      const header = /^[ \t]*(\[\[?[\w.-]{1,60}\]\]?)/.exec(line);
      if (header) {
        section = header[1]!;
        continue;
      }
      const value = /^[ \t]*(name|default-run)[ \t]*=[ \t]*"([\w.-]{1,60})"/.exec(line);
      if (!value) continue;
      if (section === '[package]' && value[1] === 'name') name = value[2];
      else if (section === '[package]') defaultRun = value[2];
      else if (section === '[[bin]]' && value[1] === 'name') bins.push(value[2]!);
    }
    const main = defaultRun ?? name;
    for (const file of evidence.files) {
      const m = file.startsWith(`${prefix}src/bin/`) ? /^src\/bin\/([\w-]+)(?:\.rs|\/main\.rs)$/.exec(file.slice(prefix.length)) : null;
      if (m) bins.push(m[1]!);
    }
    for (const name of bins) if (name !== main) found.set(name, `${prefix}bin:${name}`);
  }
  return found;
});

/**
 * The codebase a unit's command starts when that is one of the project's own programs of several (the first word of
 * the command, by its file name): a Go module's cmd/<name>/ program or a Cargo package's further binary.
 */
function ownProgramStarted(evidence: Evidence, command: string): string | undefined {
  const first = command.trim().split(/[ \t]+/)[0] ?? '';
  const name = first.slice(first.lastIndexOf('/') + 1);
  if (!/^[\w.-]{2,60}$/.test(name)) return undefined;
  const go = goCommands(evidence).get(name);
  if (go) return go;
  return cargoSidePrograms(evidence).get(name);
}

/**
 * Services of the project's own code, one per codebase built or deployed separately: compose services built from the
 * repository (one per codebase and build target, however many commands start it), separate folders of code with a
 * Dockerfile, the project's own published images (a Maven module's image is that module), and the packages a
 * Procfile, systemd units or supervisord programs start. Web, worker, scheduler and migrate processes of one
 * codebase are one service: they do not make the project distributed.
 * Options: minServices (own services needed), minTotal (services in one compose file, own or not).
 */
export const deployableServices: Detector = {
  name: 'deployableServices',
  question: 'Does the repository hold several deployable services of its own code (separate codebases built or deployed apart, not processes of one codebase)?',
  detect(evidence, options) {
    const minServices = typeof options.minServices === 'number' ? options.minServices : 2;
    const minTotal = typeof options.minTotal === 'number' ? options.minTotal : 0;
    // One finding per codebase: the first place that shows it.
    const services = new Map<string, Finding>();
    const add = (key: string, finding: Finding) => {
      if (!services.has(key)) services.set(key, finding);
    };
    let largestCompose = 0;
    let names: Set<string> | undefined;
    let modules: Set<string> | undefined;
    // A compose file in a test suite's folder (test/integration/docker-compose.yml: the deployer, the virtual machines and
    // the collector an integration suite starts) brings up a test harness, as a Dockerfile there builds one.
    for (const file of evidence.files.filter((f) => COMPOSE.test(f) && !isScaffolding(f) && !DEV_ENVIRONMENT.test(f) && !DOCS_OR_BENCHMARKS.test(f) && !TEST_HARNESS_FOLDER.test(f))) {
      let doc: any;
      const text = evidence.text(file) ?? '';
      try {
        // Merge keys (`<<: *redash-service`) are how compose files share one service template (x-service: &…):
        // without them a service's `build:` sits under `<<` and the service looks like someone else's image.
        doc = parseYamlWithMerges(text);
      } catch {
        continue;
      }
      const composed = Object.entries((doc?.services ?? {}) as Record<string, any>).filter(([name, service]) => !isTestHarnessService(name, service));
      largestCompose = Math.max(largestCompose, composed.length);
      for (const [name, service] of composed) {
        const line = text.split('\n').findIndex((l) => l.startsWith(' ') && l.trim() === `${name}:`) + 1;
        const dockerfile = service?.build ? composeDockerfile(file, service.build) ?? '' : '';
        if (service?.build && (ONE_SHOT_NAME.test(name) || packagesDataStore(evidence, dockerfile))) continue;
        // A build whose Dockerfile the repository does not hold (a compose file kept in a package folder that names
        // the root's Dockerfile as if it sat beside it) shows no code of its own: it is the project's image when it
        // is named so, and no further service otherwise.
        const absent = !!service?.build && !dockerfileHeld(evidence, dockerfile, service.build);
        if (absent && !isOwnImage(evidence, service?.image, (names ??= projectNames(evidence)))) continue;
        if (service?.build && !absent) {
          const context = resolve(folderOf(file), typeof service.build === 'string' ? service.build : typeof service.build?.context === 'string' ? service.build.context : '.') ?? '.';
          // A build target is another image of the codebase (a backend and a frontend stage of one Dockerfile).
          const target = typeof service.build?.target === 'string' ? `#${service.build.target}` : '';
          let codebase = codebaseOfImage(evidence, folderOf(dockerfile), context);
          if (codebase === '.') codebase = packageBuilt(evidence, dockerfile);
      if (codebase === '.') codebase = commandBuilt(evidence, dockerfile);
          // An image can hold only what its build context holds: a context with none of the project's code (a folder
          // of nginx or gotenberg configuration) builds another product's image, not a service of the project.
          if (codebase === '.' && context !== '.') continue;
          add(`code:${codebase}${target}`, { file, line: line || 1, message: `compose service "${name}" built from this repository`, strength: 'strong' });
        } else if (!ONE_SHOT_NAME.test(name) && isOwnImage(evidence, service?.image, (names ??= projectNames(evidence)))) {
          // The project's own published image: a Maven module's (mall/mall-admin from the mall-admin module) is that
          // module; one named like the project is its main codebase, the one its Dockerfile builds.
          const image = String(service.image).replace(/@sha256:\w+$/, '').replace(/:[\w.${}-]+$/, '');
          const last = image.slice(image.lastIndexOf('/') + 1).toLowerCase();
          add((modules ??= mavenModules(evidence)).has(last) ? `image:${last}` : MAIN_IMAGE, { file, line: line || 1, message: `compose service "${name}" runs this repository's own image`, strength: 'strong' });
        }
      }
    }
    // A Dockerfile named for testing (Dockerfile.playwright, test.Dockerfile) builds a test harness.
    const dockerfiles = evidence.files.filter((f) => DOCKERFILE.test(f) && !TEST_WORD.test(f.slice(f.lastIndexOf('/') + 1).replace(/^Dockerfile/, '')) && !isScaffolding(f) && !packagesDataStore(evidence, f) && !DEV_ENVIRONMENT.test(f) && !TEST_HARNESS_FOLDER.test(f) && !DOCS_OR_BENCHMARKS.test(f));
    for (const dockerfile of dockerfiles) {
      // An image built on the project's own image (FROM acme/acme plus a browser) is that service, extended.
      if (isOwnImage(evidence, finalBaseImage(evidence, dockerfile), (names ??= projectNames(evidence)))) continue;
      let codebase = codebaseOfImage(evidence, folderOf(dockerfile));
      if (codebase === '.') codebase = packageBuilt(evidence, dockerfile);
      if (codebase === '.') codebase = commandBuilt(evidence, dockerfile);
      // A Dockerfile in a folder with no code that copies none in (a proxy with its nginx.conf) builds another product.
      if (codebase === '.' && folderOf(dockerfile) !== '.' && !copiesProjectCode(evidence, dockerfile)) continue;
      // A codebase compose already builds (under one or more targets) is no further service.
      if ([...services.keys()].some((k) => k === `code:${codebase}` || k.startsWith(`code:${codebase}#`))) continue;
      add(`code:${codebase}`, { file: dockerfile, line: 1, message: codebase === '.' ? 'the main codebase, packaged by its own Dockerfile' : codebase === folderOf(dockerfile) ? `service with its own Dockerfile in ${codebase}` : `${dockerfile} builds the package in ${codebase}`, strength: 'strong' });
    }
    for (const file of evidence.files.filter((f) => /(^|\/)Procfile$/.test(f) && !isScaffolding(f))) {
      (evidence.text(file) ?? '').split('\n').forEach((l, i) => {
        const m = /^([\w-]+):\s*(\S.*)$/.exec(l);
        // release/postdeploy phases run once; they are not services. A process that runs a sample (examples/) is none either.
        if (!m || /^(release|postdeploy|predeploy)$/.test(m[1]!) || /(^|[\s/.])(_?examples?|samples?)\//.test(m[2]!)) return;
        // Process types start the package they sit in, or the one their command changes into.
        const into = commandFolder(m[2]!);
        const folder = (into && resolve(folderOf(file), into)) || folderOf(file);
        add(`code:${packageOf(evidence, folder)}`, { file, line: i + 1, message: `process type "${m[1]}" deployed from this repository`, strength: 'strong' });
      });
    }
    // systemd units and supervisord programs install the repository's code on a host: its main codebase, or, where
    // the unit starts another of the project's own programs (a relay server beside a rendezvous server), that program.
    for (const unit of processUnits(evidence)) add(unit.program ? `code:${unit.program}` : 'code:.', unit.finding);
    // The image named like the project is the one its Dockerfile builds, wherever that Dockerfile sits (apps/web/).
    if (services.has(MAIN_IMAGE) && [...services.keys()].some((k) => k.startsWith('code:'))) services.delete(MAIN_IMAGE);
    const measured = {
      summary: `${services.size} deployable service(s) of the project's own code (one per codebase, not per process); ${minServices} needed${minTotal ? `, and a compose file with ${minTotal} services (largest: ${largestCompose})` : ''}`,
      values: [
        { name: 'own-services', value: services.size, need: minServices, unit: 'count' as const },
        ...(minTotal ? [{ name: 'compose-services', value: largestCompose, need: minTotal, unit: 'count' as const }] : []),
      ],
    };
    const findings = [...services.values()].map((f) => ({ ...f, measured }));
    if (findings.length >= minServices && largestCompose >= minTotal) return findings;
    const why = findings.length < minServices ? `${findings.length} of ${minServices} own services` : `no compose file with ${minTotal} services`;
    return findings.map((f) => ({ ...f, strength: 'weak' as const, message: `${f.message} (${why}; processes of one codebase are one service, and one service is not a distributed system)` }));
  },
};
