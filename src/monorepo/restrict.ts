// A package's view of the evidence collected once for the whole tree: its own folder, re-rooted so that
// rules see it as a repository of its own, plus what the root shares with every package (CI, .github/,
// repository-wide tooling). The view itself is evidence/view.ts; this module only says which files a package holds.
import type { Evidence } from '../evidence/index.js';
import { ciSystemOf } from '../evidence/ci.js';
import { viewEvidence } from '../evidence/view.js';

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
  const own = (file: string) => {
    if (!file.startsWith(prefix)) return;
    const view = file.slice(prefix.length);
    const shadowed = toRepo.get(view);
    if (shadowed !== undefined && shadowed !== file) toView.delete(shadowed);
    toView.set(file, view);
    toRepo.set(view, file);
  };
  for (const file of evidence.files) own(file);
  // Committed build output is not among the files, but the package's own is still its own.
  for (const file of evidence.buildOutput) own(file);
  const view = viewEvidence(evidence, {
    root: `${evidence.root}/${dir}`,
    toView: (file) => toView.get(file),
    toRepo: (file) => toRepo.get(file),
    keepsNote: (note) => note.path.startsWith(prefix),
  });
  return { evidence: view, toRepoPath: (file) => toRepo.get(file) ?? file };
}
