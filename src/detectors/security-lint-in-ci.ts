import { lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// A security analyzer enabled in a linter's config, and the CI command that runs that linter.
const ANALYZERS: { config: RegExp; enables: RegExp; runs: RegExp; what: string }[] = [
  { config: /(^|\/)\.golangci\.(ya?ml|toml|json)$/, enables: /^[ \t]*-[ \t]*gosec\b|"gosec"|\bgosec\s*[:=]/m, runs: /golangci-lint|golangci\/golangci-lint-action/, what: 'gosec in golangci-lint' },
  { config: /(^|\/)(pyproject\.toml|ruff\.toml|\.ruff\.toml)$/, enables: /select\s*=\s*\[[^\]]{0,2000}["'](S|S\d+|ALL)["']/, runs: /\bruff\b|pre-commit/, what: 'bandit (S) rules in ruff' },
  { config: /(^|\/)(\.eslintrc[\w.]*|eslint\.config\.\w+)$/, enables: /eslint-plugin-security|plugin:security\/|pluginSecurity|security\.configs/, runs: /\beslint\b|npm run lint|yarn lint|pnpm lint/, what: 'eslint-plugin-security' },
  { config: /(^|\/)\.rubocop\.ya?ml$/, enables: /rubocop-gitlab-security|Security\//, runs: /rubocop|standardrb/, what: 'RuboCop security cops' },
];

export const securityLintInCi: Detector = {
  name: 'securityLintInCi',
  question: "Does a linter that CI runs have a security analyzer switched on (gosec, ruff's bandit rules, eslint-plugin-security)?",
  detect(evidence) {
    const out: Finding[] = [];
    for (const analyzer of ANALYZERS) {
      const runs = evidence.ci.find((c) => analyzer.runs.test(c.expanded));
      if (!runs) continue;
      for (const file of evidence.files) {
        if (!analyzer.config.test(file)) continue;
        const code = evidence.code(file) ?? '';
        const m = analyzer.enables.exec(code);
        if (m) {
          out.push({ file, line: lineAt(code, m.index), message: `${analyzer.what}, run by CI (${runs.file}:${runs.line})`, strength: 'strong' });
          break;
        }
      }
    }
    return out;
  },
};
