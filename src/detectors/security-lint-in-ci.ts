import { lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// A security analyzer enabled in a linter's config, and the CI command that runs that linter.
/**
 * `listedUnder`: a linter named in a list counts only under this key (golangci-lint's `enable:`), not under
 * `disable:`, an `exclude-rules` entry's `linters:` or a settings block of a linter nothing enables.
 */
const GOLANGCI = /(^|\/)\.golangci\.(ya?ml|toml|json)$/;
const GOLANGCI_RUN = /golangci-lint|golangci\/golangci-lint-action/;
/**
 * `unlessListedUnder`: the analyzer is off after all when `disabledBy` names it under this key (every golangci-lint
 * linter switched on, `default: all` or `enable-all: true`, but gosec under `disable:`).
 */
const ANALYZERS: { config: RegExp; enables: RegExp; runs: RegExp; what: string; listedUnder?: RegExp; disabledBy?: RegExp }[] = [
  { config: GOLANGCI, enables: /^[ \t]*-[ \t]*gosec\b|"gosec"|\bgosec\s*[:=]/gm, runs: GOLANGCI_RUN, what: 'gosec in golangci-lint', listedUnder: /^enable$/ },
  { config: GOLANGCI, enables: /^[ \t]*(?:default[ \t]*[:=][ \t]*["']?all\b|enable-all[ \t]*[:=][ \t]*true\b)/m, runs: GOLANGCI_RUN, what: 'every golangci-lint linter, gosec among them', disabledBy: /^[ \t]*-[ \t]*gosec\b|"gosec"/gm },
  { config: /(^|\/)(pyproject\.toml|ruff\.toml|\.ruff\.toml)$/, enables: /select\s*=\s*\[[^\]]{0,2000}["'](S|S\d+|ALL)["']/, runs: /\bruff\b|pre-commit/, what: 'bandit (S) rules in ruff' },
  { config: /(^|\/)(\.eslintrc[\w.]*|eslint\.config\.\w+)$/, enables: /eslint-plugin-security|plugin:security\/|pluginSecurity|security\.configs/, runs: /\beslint\b|npm run lint|yarn lint|pnpm lint/, what: 'eslint-plugin-security' },
  { config: /(^|\/)\.rubocop\.ya?ml$/, enables: /rubocop-gitlab-security|Security\//, runs: /rubocop|standardrb/, what: 'RuboCop security cops' },
];

/** The key a list item or an inline list sits under: `enable` for `  - gosec` below `enable:`, or for `enable = ["gosec"]`. */
function parentKey(code: string, index: number): string | undefined {
  const lines = code.slice(0, index).split('\n');
  const own = lines[lines.length - 1]! + code.slice(index, code.indexOf('\n', index) === -1 ? undefined : code.indexOf('\n', index));
  const inline = /^[ \t]*"?([\w-]+)"?[ \t]*[:=][ \t]*\[/.exec(own);
  if (inline) return inline[1];
  const indent = /^[ \t]*/.exec(own)![0].length;
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    const key = /^([ \t]*)"?([\w-]+)"?[ \t]*[:=]/.exec(line);
    if (key && key[1]!.length < indent) return key[2];
    if (/^[ \t]*"?[\w-]+"?[ \t]*[:=][ \t]*\[[^\]]*$/.test(line)) return /^[ \t]*"?([\w-]+)/.exec(line)![1];
  }
  return undefined;
}

/** Whether a match enables the analyzer: a list item under the key that enables, or any mention when no key is asked. */
function enabledThere(code: string, m: RegExpMatchArray, listedUnder: RegExp | undefined): boolean {
  return !listedUnder || listedUnder.test(parentKey(code, m.index!) ?? '');
}

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
        const m = analyzer.enables.global ? [...code.matchAll(analyzer.enables)].find((x) => enabledThere(code, x, analyzer.listedUnder)) : analyzer.enables.exec(code);
        const disabled = analyzer.disabledBy && [...code.matchAll(analyzer.disabledBy)].some((x) => /^disable$/.test(parentKey(code, x.index) ?? ''));
        if (m && !disabled) {
          out.push({ file, line: lineAt(code, m.index), message: `${analyzer.what}, run by CI (${runs.file}:${runs.line})`, strength: 'strong' });
          break;
        }
      }
    }
    return out;
  },
};
