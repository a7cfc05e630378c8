// Whether the repository is a collection: many unrelated small scripts or projects kept in one tree (a folder of
// exercises, a few hundred loose scripts), graded as the collection rather than as one project. A cache in one
// exercise, a retry in a second and a migration in a third are not one product's behaviour (see score/collection.ts).
import { isSourceFile } from './languages.js';
import { oncePerEvidence } from './shared-answer.js';
import type { Evidence } from './index.js';

export interface Collection {
  /** How many sub-projects: top-level folders holding code, and loose source files at the root. */
  units: number;
  /**
   * The sub-project a file belongs to: its top-level folder, a loose root script itself, or the root's compiled files
   * together; undefined for the collection's own files (root configuration, CI, docs).
   */
  subProjectOf(file: string): string | undefined;
}

/** At least this many sub-projects, none holding this share of the code or more: no main project among them. */
const MIN_UNITS = 12;
const MAX_LARGEST_SHARE = 0.25;

/**
 * Root files that make the tree one project or one product of several packages: a manifest with a name or
 * dependencies, a workspace, a solution, a compose file that runs the parts together. A dependency list
 * (requirements.txt) or a tool's settings (pyproject.toml with [tool.*] only) does not.
 */
const ROOT_PROJECT_FILE = /^(?:go\.mod|go\.work|Cargo\.toml|setup\.py|pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|Gemfile|[^/]+\.gemspec|[^/]+\.sln|[^/]+\.[cf]sproj|composer\.json|deno\.jsonc?|mix\.exs|Package\.swift|CMakeLists\.txt|pnpm-workspace\.yaml|lerna\.json|nx\.json|turbo\.json|(?:docker-)?compose(?:\.[\w-]{1,40})?\.ya?ml)$/;
const PACKAGE_JSON_PROJECT_KEYS = ['dependencies', 'workspaces', 'main', 'bin', 'exports', 'module'];

/** A file that makes its folder a sub-project: code of a graded language, or a web page (an exercise's index.html). */
function isUnitFile(file: string): boolean {
  return isSourceFile(file) || /\.html?$/i.test(file);
}

/**
 * Loose root files that run on their own, each a sub-project: scripts and pages. Root files of a compiled language
 * (Go, Java, C#, Rust, Kotlin) build together into one program, so they are one sub-project of their own.
 */
const SCRIPT_FILE = /\.(?:py|rb|js|mjs|cjs|ts|php|html?)$/i;
const COMPILED_ROOT = '(root)';

/** What a root script imports of its siblings: Python `import x` / `from x import`, JS `from './x'`, Ruby `require_relative 'x'`. */
const SIBLING_IMPORT = /^[ \t]*(?:import|from)[ \t]+(\w+)|\b(?:from|require\()[ \t]*['"]\.\/([\w.-]+?)(?:\.[mc]?[jt]s)?['"]|\brequire_relative[ \t(]*['"](?:\.\/)?([\w-]+)['"]/gm;

/** Whether a quarter or more of the loose root scripts import a sibling: one program split into files, not a collection. */
function rootScriptsAreOneProgram(evidence: Evidence, scripts: string[]): boolean {
  if (scripts.length < 2) return false;
  const names = new Set(scripts.map((f) => f.replace(/\.[^.]+$/, '')));
  let linked = 0;
  for (const file of scripts) {
    const own = file.replace(/\.[^.]+$/, '');
    const text = evidence.text(file) ?? '';
    for (const m of text.matchAll(SIBLING_IMPORT)) {
      const name = m[1] ?? m[2] ?? m[3];
      if (name && name !== own && names.has(name)) {
        linked++;
        break;
      }
    }
  }
  return linked * 4 >= scripts.length;
}

/** The repository read as a collection, or undefined when it is one project (or too small to tell). */
export const collectionOf = oncePerEvidence((evidence: Evidence): Collection | undefined => {
  const rootFiles = evidence.files.filter((f) => !f.includes('/'));
  if (rootFiles.some((f) => ROOT_PROJECT_FILE.test(f))) return undefined;
  const rootPackage = evidence.packageJsons.find((p) => p.file === 'package.json');
  if (rootPackage && PACKAGE_JSON_PROJECT_KEYS.some((k) => k in rootPackage.data)) return undefined;
  if (rootFiles.includes('pyproject.toml') && /^\[(?:project|tool\.poetry)\][ \t]*$/m.test(evidence.text('pyproject.toml') ?? '')) return undefined;
  const rootUnit = (file: string) => (SCRIPT_FILE.test(file) ? file : COMPILED_ROOT);
  const unitFolders = new Set<string>();
  const sizes = new Map<string, number>();
  let total = 0;
  for (const file of evidence.files) {
    if (!isUnitFile(file)) continue;
    const slash = file.indexOf('/');
    const unit = slash < 0 ? rootUnit(file) : file.slice(0, slash);
    if (unit.startsWith('.')) continue;
    if (slash >= 0) unitFolders.add(unit);
    sizes.set(unit, (sizes.get(unit) ?? 0) + 1);
    total++;
  }
  if (sizes.size < MIN_UNITS) return undefined;
  if (Math.max(...sizes.values()) >= MAX_LARGEST_SHARE * total) return undefined;
  if (rootScriptsAreOneProgram(evidence, rootFiles.filter((f) => isSourceFile(f) && SCRIPT_FILE.test(f)))) return undefined;
  const subProjectOf = (file: string): string | undefined => {
    const slash = file.indexOf('/');
    if (slash < 0) return isUnitFile(file) ? rootUnit(file) : undefined;
    const top = file.slice(0, slash);
    // Hidden folders (.github/, .circleci/) hold the collection's own CI and tooling.
    return top.startsWith('.') || !unitFolders.has(top) ? undefined : top;
  };
  return { units: sizes.size, subProjectOf };
});
