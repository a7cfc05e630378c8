// Which folders of a monorepo are packages or services: declared workspaces (npm/yarn/pnpm, go.work,
// Cargo, lerna), else folders with their own manifest or Dockerfile. Reads only the listing and a few
// manifests that the evidence pass has already read.
import picomatch from 'picomatch';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export interface PackageInfo {
  /** POSIX folder relative to the repository root, never "" (the root is the whole). */
  path: string;
  /** The manifest's name (package.json name, Go module, …), else the folder. */
  name: string;
  /** The file that makes the folder a package, relative to the repository root. */
  manifest?: string;
}

export interface Discovery {
  packages: PackageInfo[];
  /** How the packages were found. */
  source: 'config' | 'workspaces' | 'manifests';
}

export interface DiscoverOptions {
  /** Globs of package folders (config `monorepo.packages`); replaces discovery. */
  packages?: string[];
  /** Globs of folders never taken as packages. */
  exclude?: string[];
}

/** Files that make a folder a package, in order of preference for naming it. */
const MANIFESTS = ['package.json', 'go.mod', 'Cargo.toml', 'pyproject.toml', 'setup.py', 'pom.xml', 'build.gradle.kts', 'build.gradle', 'Gemfile', 'composer.json', 'deno.json', 'mix.exs'];
const MANIFEST_PATTERN = /(^|\/)([^/]+\.csproj|[^/]+\.fsproj|Dockerfile)$/;
/** Folders that hold examples, fixtures or vendored code rather than the project's packages (discovery by manifest only). */
const NOT_PACKAGES = /(^|\/)(tests?|__tests__|spec|fixtures?|testdata|test-data|examples?|samples?|demos?|docs|vendor|third_party|third-party|node_modules|templates?|scripts)(\/|$)/;

/** Finds the packages of a repository from its file list; `text` gives a file's content when read. */
export function discoverPackages(files: string[], text: (file: string) => string | undefined, options: DiscoverOptions = {}): Discovery {
  const manifestOf = manifestsByFolder(files);
  const excluded = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : () => false;
  const info = (dir: string): PackageInfo => {
    const manifest = manifestOf.get(dir);
    return { path: dir, name: (manifest && nameFrom(manifest, text(manifest))) || dir, ...(manifest ? { manifest } : {}) };
  };

  if (options.packages?.length) {
    const wanted = picomatch(options.packages, { dot: true });
    const dirs = foldersOf(files).filter((d) => d !== '' && wanted(d) && !excluded(d));
    return { packages: dirs.map(info), source: 'config' };
  }

  const declared = workspaceGlobs(files, text);
  if (declared.length) {
    const include = declared.filter((g) => !g.startsWith('!')).map(normalizeGlob);
    const exclude = declared.filter((g) => g.startsWith('!')).map((g) => normalizeGlob(g.slice(1)));
    const isMember = picomatch(include, { dot: true, ignore: exclude });
    const members = [...manifestOf.keys()].filter((d) => d !== '' && isMember(d) && !excluded(d));
    // Services with their own Dockerfile outside the declared workspaces are packages too.
    const services = [...manifestOf.entries()]
      .filter(([d, m]) => d !== '' && /Dockerfile$/.test(m) && !NOT_PACKAGES.test(d) && !excluded(d) && !members.some((p) => within(d, p)))
      .map(([d]) => d);
    return { packages: outermost([...members, ...services]).map(info), source: 'workspaces' };
  }

  const candidates = [...manifestOf.keys()].filter((d) => d !== '' && !NOT_PACKAGES.test(d) && !excluded(d));
  return { packages: outermost(candidates).map(info), source: 'manifests' };
}

/** Folder → its manifest (the most telling one when several). */
function manifestsByFolder(files: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const rank = (file: string) => {
    const base = file.slice(file.lastIndexOf('/') + 1);
    const i = MANIFESTS.indexOf(base);
    return i >= 0 ? i : /Dockerfile$/.test(base) ? MANIFESTS.length + 1 : MANIFESTS.length;
  };
  for (const file of files) {
    const base = file.slice(file.lastIndexOf('/') + 1);
    if (!MANIFESTS.includes(base) && !MANIFEST_PATTERN.test(file)) continue;
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    const current = out.get(dir);
    if (!current || rank(file) < rank(current)) out.set(dir, file);
  }
  return out;
}

function foldersOf(files: string[]): string[] {
  const dirs = new Set<string>();
  for (const file of files) {
    let i = file.lastIndexOf('/');
    while (i > 0) {
      const dir = file.slice(0, i);
      if (dirs.has(dir)) break;
      dirs.add(dir);
      i = dir.lastIndexOf('/');
    }
  }
  return [...dirs].sort();
}

/** Workspace member globs declared at the root: package.json workspaces, pnpm-workspace.yaml, go.work, Cargo, lerna. */
export function workspaceGlobs(files: string[], text: (file: string) => string | undefined): string[] {
  const has = new Set(files);
  const globs: string[] = [];
  // A workspace list is the repository's: appended one by one, as a spread of 200,000 globs overflows the stack.
  const addGlobs = (list: unknown) => {
    if (Array.isArray(list)) for (const g of list) if (typeof g === 'string') globs.push(g);
  };
  const safely = (fn: () => void) => {
    try {
      fn();
    } catch {
      // A manifest that does not parse declares nothing; the evidence pass already notes it.
    }
  };
  if (has.has('package.json')) {
    safely(() => {
      const ws = JSON.parse(text('package.json') ?? '{}').workspaces;
      const list = Array.isArray(ws) ? ws : Array.isArray(ws?.packages) ? ws.packages : [];
      addGlobs(list);
    });
  }
  for (const name of ['pnpm-workspace.yaml', 'pnpm-workspace.yml']) {
    if (has.has(name)) safely(() => addGlobs(parseYaml(text(name) ?? '')?.packages));
  }
  if (has.has('lerna.json')) safely(() => addGlobs(JSON.parse(text('lerna.json') ?? '{}').packages));
  if (has.has('go.work')) addGlobs(goWorkUses(text('go.work') ?? ''));
  if (has.has('Cargo.toml')) {
    safely(() => {
      const members = (parseToml(text('Cargo.toml') ?? '') as { workspace?: { members?: unknown[] } }).workspace?.members ?? [];
      addGlobs(members);
    });
  }
  return globs.map((g) => (g.startsWith('!') ? `!${normalizeGlob(g.slice(1))}` : normalizeGlob(g))).filter((g) => g !== '' && g !== '.');
}

/** `use ./a` and `use ( ./a ./b )` directives of a go.work file. */
export function goWorkUses(text: string): string[] {
  const out: string[] = [];
  const code = text.replace(/\/\/.*$/gm, '');
  for (const m of code.matchAll(/^[ \t]*use\s*\(([^)]{0,20000})\)/gm)) for (const use of m[1]!.split(/\s+/)) if (use) out.push(use);
  for (const m of code.matchAll(/^[ \t]*use\s+([^\s(]+)/gm)) out.push(m[1]!);
  return out.map((p) => p.replace(/^"|"$/g, ''));
}

function normalizeGlob(glob: string): string {
  return glob.trim().replace(/^\.\//, '').replace(/(?<!\/)\/+$/, '').replace(/\/\*\*$/, '/*');
}

function within(dir: string, parent: string): boolean {
  return dir === parent || dir.startsWith(`${parent}/`);
}

/** Drops folders inside another candidate: a service's docker/ folder is part of the service. */
function outermost(dirs: string[]): string[] {
  const sorted = [...new Set(dirs)].sort();
  const out: string[] = [];
  for (const dir of sorted) if (!out.some((p) => within(dir, p))) out.push(dir);
  return out;
}

function nameFrom(manifest: string, content: string | undefined): string | undefined {
  if (content === undefined) return undefined;
  const base = manifest.slice(manifest.lastIndexOf('/') + 1);
  try {
    if (base === 'package.json' || base === 'composer.json' || base === 'deno.json') {
      const name = JSON.parse(content).name;
      return typeof name === 'string' && name ? name : undefined;
    }
    if (base === 'go.mod') return /^module\s+(\S+)/m.exec(content)?.[1];
    if (base === 'Cargo.toml') return (parseToml(content) as { package?: { name?: string } }).package?.name;
    if (base === 'pyproject.toml') {
      const data = parseToml(content) as { project?: { name?: string }; tool?: { poetry?: { name?: string } } };
      return data.project?.name ?? data.tool?.poetry?.name;
    }
    if (base === 'pom.xml') return /<artifactId>([^<]+)<\/artifactId>/.exec(withoutParent(content))?.[1];
  } catch {
    return undefined;
  }
  return undefined;
}

/** A pom without its <parent> block (whose artifactId is the parent's), found by search, not a lazy regex. */
function withoutParent(pom: string): string {
  const start = pom.indexOf('<parent>');
  const end = start < 0 ? -1 : pom.indexOf('</parent>', start);
  return end < 0 ? pom : pom.slice(0, start) + pom.slice(end + '</parent>'.length);
}
