import { lineAt } from '../evidence/languages.js';
import { parseYamlWithMerges } from '../evidence/yaml-once.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

/** The hook ids of linters and type checkers, as the linter-in-CI rule names them when CI runs them itself. */
const LINTER_HOOKS = new Set(['flake8', 'ruff', 'ruff-check', 'pylint', 'mypy', 'pyright', 'eslint', 'golangci-lint', 'golangci-lint-full', 'go-vet', 'rubocop', 'standardrb', 'ktlint', 'detekt', 'clippy', 'oxlint', 'biome-check', 'biome-lint']);

interface PreCommitConfig {
  ci?: { skip?: unknown } | null;
  repos?: { hooks?: { id?: unknown }[] }[];
}

/**
 * pre-commit.ci, the pre-commit project's hosted CI: a root `.pre-commit-config.yaml` with its top-level `ci:` section
 * (autoupdate_schedule, autofix_prs, skip) is run on every pull request, each hook a check the pull request must
 * pass. A linter among its hooks is a linter run in CI, unless `ci: skip:` leaves it out (calibration round 35: a
 * service whose only lint in CI is flake8 through pre-commit.ci). A config without the section only runs where a
 * developer installed the hooks, or where a CI step runs `pre-commit run` (read from the CI configuration).
 */
export const preCommitCiLinters: Detector = {
  name: 'preCommitCiLinters',
  question: "Does pre-commit.ci run a linter on every pull request (a root .pre-commit-config.yaml with its top-level `ci:` section and a linter or type checker among its hooks that `ci: skip:` does not leave out)?",
  detect(evidence) {
    const file = ['.pre-commit-config.yaml', '.pre-commit-config.yml'].find((f) => evidence.fileSet.has(f));
    const text = file === undefined ? undefined : evidence.text(file);
    if (file === undefined || text === undefined || !/^ci:/m.test(text)) return [];
    let config: PreCommitConfig | undefined;
    try {
      config = parseYamlWithMerges(text) as PreCommitConfig;
    } catch {
      return [];
    }
    if (!config || typeof config !== 'object' || !('ci' in config)) return [];
    const skipped = new Set(Array.isArray(config.ci?.skip) ? config.ci.skip.map(String) : []);
    const out: Finding[] = [];
    for (const repo of Array.isArray(config.repos) ? config.repos : []) {
      for (const hook of Array.isArray(repo?.hooks) ? repo.hooks : []) {
        const id = typeof hook?.id === 'string' ? hook.id : undefined;
        if (id === undefined || !LINTER_HOOKS.has(id) || skipped.has(id)) continue;
        const at = text.search(new RegExp(`^[ \\t]*-?[ \\t]*id:[ \\t]*['"]?${id.replace(/[-]/g, '\\-')}['"]?[ \\t]*(?:#.*)?$`, 'm'));
        out.push({ file, line: at < 0 ? 1 : lineAt(text, at), message: `pre-commit.ci runs ${id} on every pull request (the config's ci: section)`, strength: 'strong' });
      }
    }
    return out.slice(0, 3);
  },
};
