// Declared dependencies from every ecosystem's manifests, each with the file and line that declares it.
import { XMLParser } from 'fast-xml-parser';
import { parse as parseToml } from 'smol-toml';
import type { ScanNote } from '../types.js';
import { lineIndex } from './languages.js';

export type Ecosystem = 'npm' | 'pypi' | 'go' | 'maven' | 'gem' | 'nuget' | 'cargo';

export interface Dependency {
  ecosystem: Ecosystem;
  /** Name as declared (Maven: group:artifact; Go: module path). */
  name: string;
  dev: boolean;
  file: string;
  line: number;
}

export interface PackageJson {
  file: string;
  data: Record<string, unknown>;
}

const MANIFEST_PATTERNS: [RegExp, Parser][] = [
  [/(^|\/)package\.json$/, parsePackageJson],
  [/(^|\/)requirements[^/]*\.(txt|in)$|(^|\/)requirements\/[^/]+\.(txt|in)$/, parseRequirements],
  [/(^|\/)pyproject\.toml$/, parsePyproject],
  [/(^|\/)Pipfile$/, parsePipfile],
  [/(^|\/)setup\.(py|cfg)$/, parseSetupPy],
  [/(^|\/)go\.mod$/, parseGoMod],
  [/(^|\/)pom\.xml$/, parsePom],
  [/(^|\/)build\.gradle(\.kts)?$/, parseGradle],
  [/(^|\/)libs\.versions\.toml$/, parseVersionCatalog],
  [/(^|\/)Gemfile$|\.gemspec$/, parseGemfile],
  [/\.(csproj|fsproj|vbproj)$|(^|\/)Directory\.(Packages|Build)\.props$|(^|\/)packages\.config$/, parseDotnet],
  [/(^|\/)Cargo\.toml$/, parseCargo],
];

type Parser = (file: string, text: string) => Omit<Dependency, 'line' | 'file'>[];

/** True when the file is a manifest that declares dependencies. */
export function isManifest(file: string): boolean {
  return MANIFEST_PATTERNS.some(([re]) => re.test(file));
}

/** Parses one manifest; malformed ones add a note instead of failing the grade. */
export function readManifest(file: string, text: string, notes: ScanNote[]): Dependency[] {
  const entry = MANIFEST_PATTERNS.find(([re]) => re.test(file));
  if (!entry) return [];
  try {
    const lineOf = nameLines(text);
    return entry[1](file, text).map((d) => ({ ...d, file, line: lineOf(d.name) }));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    notes.push({ kind: 'invalid-manifest', path: file, message: `could not be parsed (${reason}); its dependencies are not counted` });
    return [];
  }
}

/** Parses package.json, or undefined (with a note) when it is not valid JSON. */
export function readPackageJson(file: string, text: string, notes: ScanNote[]): PackageJson | undefined {
  try {
    const data = JSON.parse(text) as unknown;
    if (data && typeof data === 'object' && !Array.isArray(data)) return { file, data: data as Record<string, unknown> };
  } catch {
    // reported below
  }
  notes.push({ kind: 'invalid-manifest', path: file, message: 'is not valid JSON; its dependencies and scripts are not counted' });
  return undefined;
}

/**
 * The line that names each dependency: its first occurrence after the previous one's (manifests list them in
 * order), else anywhere. Searching is budgeted to a few passes over the text, so a 1 MB requirements file with
 * 50,000 names costs about one pass, and names left when the budget is spent are placed on line 1.
 */
function nameLines(text: string): (name: string) => number {
  const lineOf = lineIndex(text);
  let cursor = 0;
  let budget = 8 * text.length + 65536;
  const find = (needle: string): number => {
    if (budget <= 0) return -1;
    let idx = text.indexOf(needle, cursor);
    budget -= (idx < 0 ? text.length : idx) - cursor;
    if (idx < 0 && cursor > 0 && budget > 0) {
      idx = text.indexOf(needle);
      budget -= idx < 0 ? cursor : idx;
    }
    return idx;
  };
  return (name) => {
    const short = name.includes(':') ? name.slice(name.indexOf(':') + 1) : name;
    for (const needle of [name, short]) {
      const idx = find(needle);
      if (idx >= 0) {
        cursor = idx;
        return lineOf(idx);
      }
    }
    return 1;
  };
}

function objectKeys(value: unknown): string[] {
  return value && typeof value === 'object' ? Object.keys(value) : [];
}

function parsePackageJson(_file: string, text: string) {
  const data = JSON.parse(text) as Record<string, unknown>;
  return [
    ...objectKeys(data.dependencies).map((name) => ({ ecosystem: 'npm' as const, name, dev: false })),
    ...objectKeys(data.peerDependencies).map((name) => ({ ecosystem: 'npm' as const, name, dev: false })),
    ...objectKeys(data.optionalDependencies).map((name) => ({ ecosystem: 'npm' as const, name, dev: false })),
    ...objectKeys(data.devDependencies).map((name) => ({ ecosystem: 'npm' as const, name, dev: true })),
  ];
}

/** The module path a go.mod declares (`module github.com/acme/app`), or undefined. */
export function goModulePath(goMod: string | undefined): string | undefined {
  return goMod === undefined ? undefined : /^module[ \t]+(\S+)/m.exec(goMod)?.[1];
}

/** PEP 503 normalisation: case, and runs of - _ . are equal. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

function pythonRequirement(spec: string): string | undefined {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(spec);
  return m ? normalizePythonName(m[1]!) : undefined;
}

function parseRequirements(file: string, text: string) {
  const dev = /dev|test|lint/i.test(file);
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l && !l.startsWith('-'))
    .map(pythonRequirement)
    .filter((n): n is string => !!n)
    .map((name) => ({ ecosystem: 'pypi' as const, name, dev }));
}

/** Names of Python dependency groups for development work: dev, test, lint, docs, typing, bench, ci and their compounds. */
const DEVELOPMENT_GROUP = /^(?:[\w.-]{0,40}[-_.])?(?:dev|develop|development|tests?|testing|lint|linting|linters?|docs?|documentation|typing|types|mypy|bench|benchmarks?|ci|coverage|style|format(?:ting)?|qa|check|tools?)(?:[-_.][\w.-]{0,40})?$/i;

function parsePyproject(_file: string, text: string) {
  const toml = parseToml(text) as Record<string, any>;
  const out: { ecosystem: 'pypi'; name: string; dev: boolean }[] = [];
  const add = (specs: unknown, dev: boolean) => {
    if (Array.isArray(specs)) for (const s of specs) if (typeof s === 'string') push(pythonRequirement(s), dev);
  };
  const push = (name: string | undefined, dev: boolean) => {
    if (name && name !== 'python') out.push({ ecosystem: 'pypi', name, dev });
  };
  add(toml.project?.dependencies, false);
  for (const group of Object.values(toml.project?.['optional-dependencies'] ?? {})) add(group, true);
  // A dependency group is for development when its name says so (dev, test, lint, docs …); an app that keeps its
  // run-time dependencies in a group of their own (`[dependency-groups] main = ["Django==5.2", …]`) runs on them.
  for (const [name, group] of Object.entries(toml['dependency-groups'] ?? {})) add(group, DEVELOPMENT_GROUP.test(name));
  const poetry = toml.tool?.poetry;
  for (const name of objectKeys(poetry?.dependencies)) push(normalizePythonName(name), false);
  for (const name of objectKeys(poetry?.['dev-dependencies'])) push(normalizePythonName(name), true);
  for (const [groupName, group] of Object.entries(poetry?.group ?? {}) as [string, any][]) for (const name of objectKeys(group?.dependencies)) push(normalizePythonName(name), DEVELOPMENT_GROUP.test(groupName));
  add(toml.tool?.uv?.['dev-dependencies'], true);
  return out;
}

function parsePipfile(_file: string, text: string) {
  const toml = parseToml(text) as Record<string, any>;
  return [
    ...objectKeys(toml.packages).map((n) => ({ ecosystem: 'pypi' as const, name: normalizePythonName(n), dev: false })),
    ...objectKeys(toml['dev-packages']).map((n) => ({ ecosystem: 'pypi' as const, name: normalizePythonName(n), dev: true })),
  ];
}

function parseSetupPy(_file: string, text: string) {
  const block = /install_requires\s*[=:]\s*(?:\[|(?=\S))([\s\S]{0,20000}?)(\]|\n\S|\n\n)/.exec(text)?.[1] ?? '';
  return [...block.matchAll(/['"]?([A-Za-z0-9][A-Za-z0-9._-]*)[^'",\n]*['"]?/g)]
    .map((m) => normalizePythonName(m[1]!))
    .filter((n) => n !== 'install-requires')
    .map((name) => ({ ecosystem: 'pypi' as const, name, dev: false }));
}

function parseGoMod(_file: string, text: string) {
  const out: { ecosystem: 'go'; name: string; dev: boolean }[] = [];
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('require (')) inBlock = true;
    else if (inBlock && line === ')') inBlock = false;
    else {
      const m = inBlock ? /^(\S+)\s+v\S+(.*)/.exec(line) : /^require\s+(\S+)\s+v\S+(.*)/.exec(line);
      if (m && !/\/\/\s*indirect/.test(m[2] ?? '')) out.push({ ecosystem: 'go', name: m[1]!, dev: false });
    }
  }
  return out;
}

// Entities are never expanded: a pom.xml from the graded repository could define entity bombs.
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', processEntities: false });

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function parsePom(_file: string, text: string) {
  const doc = xml.parse(text) as Record<string, any>;
  const project = doc.project ?? {};
  const deps = [
    ...asArray(project.dependencies?.dependency),
    ...asArray(project.dependencyManagement?.dependencies?.dependency),
    ...asArray(project.build?.plugins?.plugin),
    ...asArray(project.build?.pluginManagement?.plugins?.plugin),
    ...asArray(project.parent),
  ];
  return deps
    .filter((d: any) => d?.artifactId)
    .map((d: any) => ({
      ecosystem: 'maven' as const,
      name: `${d.groupId ?? 'org.apache.maven.plugins'}:${d.artifactId}`,
      dev: d.scope === 'test',
    }));
}

function parseGradle(_file: string, text: string) {
  const out: { ecosystem: 'maven'; name: string; dev: boolean }[] = [];
  for (const m of text.matchAll(/\b(\w+)(?:[ \t]*\(\s*|[ \t]*)["']([\w.-]+):([\w.-]+)(?::[^"'\n]{0,200})?["']/g)) {
    out.push({ ecosystem: 'maven', name: `${m[2]}:${m[3]}`, dev: /^test/i.test(m[1]!) });
  }
  for (const m of text.matchAll(/\bid(?:[ \t]*\(\s*|[ \t]*)["']([\w.-]+)["']/g)) out.push({ ecosystem: 'maven', name: `${m[1]}:${m[1]}.gradle.plugin`, dev: true });
  return out;
}

function parseVersionCatalog(_file: string, text: string) {
  const toml = parseToml(text) as Record<string, any>;
  const out: { ecosystem: 'maven'; name: string; dev: boolean }[] = [];
  for (const lib of Object.values(toml.libraries ?? {}) as any[]) {
    const module = typeof lib === 'string' ? lib.split(':').slice(0, 2).join(':') : lib?.module ?? (lib?.group && lib?.name ? `${lib.group}:${lib.name}` : undefined);
    if (module) out.push({ ecosystem: 'maven', name: module, dev: false });
  }
  return out;
}

function parseGemfile(_file: string, text: string) {
  const out: { ecosystem: 'gem'; name: string; dev: boolean }[] = [];
  let group = '';
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    // "group :development, :test do", by two linear tests (\s+(.*)\s+do backtracks on a long line of tabs).
    if (/^group\s/.test(line) && /\sdo\b/.test(line)) group = line.slice(6);
    else if (line === 'end') group = '';
    const m = /^(?:gem|\w+\.add_(development_|runtime_)?dependency)(?:[ \t]*\(\s*|[ \t]*)["']([^"']+)["']/.exec(line);
    if (m) out.push({ ecosystem: 'gem', name: m[2]!, dev: !!m[1]?.startsWith('development') || /test|development/.test(group) });
  }
  return out;
}

function parseDotnet(_file: string, text: string) {
  const out: { ecosystem: 'nuget'; name: string; dev: boolean }[] = [];
  for (const m of text.matchAll(/<(?:PackageReference|PackageVersion|package)\b[^>]{0,500}?\b(?:Include|id)\s*=\s*"([^"]+)"/gi)) {
    out.push({ ecosystem: 'nuget', name: m[1]!, dev: false });
  }
  if (out.length === 0 && /<Project|<packages/i.test(text)) xml.parse(text); // surfaces malformed XML as a note
  return out;
}

function parseCargo(_file: string, text: string) {
  const toml = parseToml(text) as Record<string, any>;
  const out: { ecosystem: 'cargo'; name: string; dev: boolean }[] = [];
  const add = (table: unknown, dev: boolean) => {
    for (const [alias, spec] of Object.entries((table ?? {}) as Record<string, any>)) {
      const name = spec && typeof spec === 'object' && typeof spec.package === 'string' ? spec.package : alias;
      out.push({ ecosystem: 'cargo', name, dev });
    }
  };
  add(toml.dependencies, false);
  add(toml['dev-dependencies'], true);
  add(toml['build-dependencies'], true);
  add(toml.workspace?.dependencies, false);
  for (const target of Object.values(toml.target ?? {}) as any[]) {
    add(target?.dependencies, false);
    add(target?.['dev-dependencies'], true);
  }
  return out;
}
