// A package's view of the evidence collected once for the whole tree: its own folder, re-rooted so that
// rules see it as a repository of its own, plus what the root shares with every package (CI, .github/,
// repository-wide tooling). Nothing is read again.
import type { Evidence } from '../evidence/index.js';
import { ciSystemOf } from '../evidence/ci.js';

/** Root files that hold for every package: CI, .github/, and repository-wide tooling and policy. */
const SHARED_AT_ROOT = /^(tsconfig[\w.-]*\.json|eslint\.config\.[cm]?[jt]s|\.eslintrc[\w.]*|biome\.jsonc?|\.golangci\.ya?ml|ruff\.toml|\.ruff\.toml|mypy\.ini|\.editorconfig|\.pre-commit-config\.ya?ml|renovate\.json5?|\.renovaterc(\.json)?|SECURITY\.md|CODEOWNERS|\.gitignore)$/;

/** Whether a repository file is shared with every package. */
export function isSharedFile(file: string): boolean {
  if (file.startsWith('.github/')) return true;
  const atRoot = !file.includes('/');
  // CI config at the root or in a root dot-folder (.circleci/, .buildkite/, .gitlab/).
  if (ciSystemOf(file) !== undefined) return atRoot || file.startsWith('.');
  return atRoot && SHARED_AT_ROOT.test(file);
}

export interface PackageView {
  evidence: Evidence;
  /** The repository path of a file as the package's rules see it. */
  toRepoPath(file: string): string;
}

/** Restricts evidence to the package at `dir` (POSIX, relative to the root), paths re-rooted at the package. */
export function restrictEvidence(evidence: Evidence, dir: string): PackageView {
  const prefix = `${dir}/`;
  const toView = new Map<string, string>();
  const toRepo = new Map<string, string>();
  // Shared files first, so that a package's own file of the same name wins.
  for (const file of evidence.files) {
    if (isSharedFile(file)) {
      toView.set(file, file);
      toRepo.set(file, file);
    }
  }
  for (const file of evidence.files) {
    if (!file.startsWith(prefix)) continue;
    const view = file.slice(prefix.length);
    const shadowed = toRepo.get(view);
    if (shadowed !== undefined && shadowed !== file) toView.delete(shadowed);
    toView.set(file, view);
    toRepo.set(view, file);
  }
  const files = [...toRepo.keys()].sort();
  const mapFile = <T extends { file: string }>(items: T[]): T[] => {
    const out: T[] = [];
    for (const item of items) {
      const view = toView.get(item.file);
      if (view !== undefined) out.push(view === item.file ? item : { ...item, file: view });
    }
    return out;
  };
  const real = (file: string) => toRepo.get(file) ?? file;
  // The whole tree's facts, parsed on demand, seen from the package: its files only, under their package paths.
  function* inView<T extends { file: string }>(items: Iterable<T>): Iterable<T> {
    for (const item of items) {
      const view = toView.get(item.file);
      if (view !== undefined) yield view === item.file ? item : { ...item, file: view };
    }
  }
  const restricted: Evidence = {
    root: `${evidence.root}/${dir}`,
    files,
    fileSet: new Set(files),
    text: (file) => (toRepo.has(file) ? evidence.text(real(file)) : undefined),
    code: (file) => (toRepo.has(file) ? evidence.code(real(file)) : undefined),
    mayMatch: (file, pattern) => toRepo.has(file) && evidence.mayMatch(real(file), pattern),
    sourceFiles: evidence.sourceFiles.filter((f) => toView.has(f)).map((f) => toView.get(f)!),
    dependencies: mapFile(evidence.dependencies),
    packageJsons: mapFile(evidence.packageJsons),
    importsIn: (modules, options) => inView(evidence.importsIn(modules, options)),
    callsIn: (callees) => inView(evidence.callsIn(callees)),
    decoratorsIn: (names) => inView(evidence.decoratorsIn(names)),
    get parsedFiles() {
      return new Set([...evidence.parsedFiles].filter((f) => toView.has(f)).map((f) => toView.get(f)!));
    },
    loadParser: () => evidence.loadParser(),
    ci: mapFile(evidence.ci),
    notes: evidence.notes.filter((n) => n.path.startsWith(prefix)),
    stats: {
      filesRead: files.filter((f) => evidence.text(real(f)) !== undefined).length,
      get filesParsed() {
        return [...evidence.parsedFiles].filter((f) => toView.has(f)).length;
      },
    },
  };
  return { evidence: restricted, toRepoPath: real };
}
