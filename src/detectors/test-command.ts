import { languageOf, lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const CONFIG_FILES = /(^|\/)(vitest\.config|jest\.config|vitest\.workspace|karma\.conf|\.mocharc|ava\.config|playwright\.config|cypress\.config)[\w.]*$|(^|\/)(pytest\.ini|tox\.ini|noxfile\.py|conftest\.py|phpunit\.xml|\.rspec|Rakefile)$/;

export const testCommand: Detector = {
  name: 'testCommand',
  question: 'Is there a way to run the tests (a test script, a runner config, a build tool that runs tests)?',
  detect(evidence) {
    const out: Finding[] = [];
    for (const pkg of evidence.packageJsons) {
      const test = (pkg.data.scripts as Record<string, unknown> | undefined)?.test;
      if (typeof test === 'string' && !/no test specified/.test(test)) {
        const text = evidence.text(pkg.file) ?? '';
        const line = lineAt(text, Math.max(0, text.indexOf('"test"')));
        out.push({ file: pkg.file, line, message: `test script: ${test.slice(0, 60)}`, strength: 'strong' });
      }
    }
    for (const file of evidence.files) {
      if (CONFIG_FILES.test(file)) out.push({ file, line: 1, message: 'test runner configuration', strength: 'strong' });
      if (/(^|\/)pyproject\.toml$|(^|\/)setup\.cfg$/.test(file) && /\[tool[.:]pytest|\[tool:pytest\]/.test(evidence.text(file) ?? '')) out.push({ file, line: 1, message: 'pytest configuration', strength: 'strong' });
    }
    // Languages whose build tool runs tests without configuration.
    const builtIn: [RegExp, string][] = [
      [/(^|\/)go\.mod$/, 'go test'],
      [/(^|\/)Cargo\.toml$/, 'cargo test'],
      [/(^|\/)pom\.xml$/, 'mvn test'],
      [/(^|\/)build\.gradle(\.kts)?$/, 'gradle test'],
      [/\.csproj$/, 'dotnet test'],
    ];
    let languages: Set<string> | undefined; // worked out once: a monorepo has a manifest per package
    const hasTestsOf = (lang: string) => (languages ??= new Set(evidence.sourceFiles.map(languageOf))).has(lang);
    for (const file of evidence.files) {
      const tool = builtIn.find(([re]) => re.test(file));
      if (tool && hasTestsOf(file.endsWith('go.mod') ? 'go' : file.endsWith('Cargo.toml') ? 'rust' : file.endsWith('.csproj') ? 'csharp' : 'java')) {
        out.push({ file, line: 1, message: `${tool[1]} runs the tests`, strength: 'strong' });
      }
    }
    return out;
  },
};
