import { languageOf } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// Linters of the dynamic languages, as CI runs them (after npm scripts and make targets are expanded).
const LINTERS: Record<string, RegExp> = {
  js: /\b(eslint|biome (check|ci|lint)|oxlint|xo|standard)\b/,
  python: /\b(ruff( check)?|flake8|pylint|pyflakes|prospector)\b/,
  ruby: /\b(rubocop|standardrb)\b/,
};

/**
 * The rubric lets a linter run in CI stand in for a type checker in plain JavaScript, Python or Ruby.
 * Only for those: a TypeScript project must turn on `strict` itself.
 */
export const lintStandsInForTypes: Detector = {
  name: 'lintStandsInForTypes',
  question: 'Is the code plain JavaScript, Python or Ruby whose CI runs a linter (which stands in for a type checker)?',
  detect(evidence) {
    const counts = new Map<string, number>();
    let typescript = 0;
    for (const file of evidence.sourceFiles) {
      const language = languageOf(file);
      counts.set(language, (counts.get(language) ?? 0) + 1);
      if (/\.(ts|tsx|mts|cts)$/.test(file)) typescript++;
    }
    const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!main || !(main in LINTERS)) return [];
    if (main === 'js' && typescript > (counts.get('js') ?? 0) / 2) return [];
    const out: Finding[] = [];
    for (const c of evidence.ci) {
      if (LINTERS[main]!.test(c.expanded)) {
        out.push({ file: c.file, line: c.line, message: `plain ${main === 'js' ? 'JavaScript' : main === 'python' ? 'Python' : 'Ruby'} linted in CI (stands in for a type checker)`, strength: 'strong' });
        break;
      }
    }
    return out;
  },
};
