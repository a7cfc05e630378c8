import { isTestFile } from '../evidence/file-sets.js';
import { languageOf, lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { isPlaceholderTestScript, runsTests } from './patterns.js';

const CONFIG_FILES = /(^|\/)(vitest\.config|jest\.config|vitest\.workspace|karma\.conf|\.mocharc|ava\.config|playwright\.config|cypress\.config)[\w.]*$|(^|\/)(pytest\.ini|tox\.ini|noxfile\.py|conftest\.py|phpunit\.xml|\.rspec|Rakefile)$/;

// Where a project tells its developers how to run things: the root README and contributing or development guide.
const GUIDES = /^(README|CONTRIBUTING|DEVELOPMENT|DEVELOPING|HACKING)(\.(md|markdown|rst|adoc|txt))?$|^docs\/(CONTRIBUTING|DEVELOPMENT|development|contributing)\.(md|rst)$/i;

const MAKE_FILES = /(^|\/)(Makefile|makefile|GNUmakefile|justfile|Justfile|\.justfile)$/;
// A target named test, tests, unit-test, test-all…, and its recipe (the next few lines).
const TEST_TARGET = /^((?:unit[-_])?tests?(?:[-_][\w-]{1,30})?)[ \t]*:[^=\n]{0,200}\n((?:[ \t][^\n]{0,300}\n){1,8})/gm;

// A Python test module that runs itself (`unittest.main()`), and the same as a rule pattern for the prefilter.
const SELF_RUNNING_RE = /^[ \t]*(unittest|pytest)\.main\(/m;
const SELF_RUNNING = `/${SELF_RUNNING_RE.source}/m`;
// A unittest test case: the standard library's runner (`python -m unittest`) discovers test*.py modules that hold one.
const UNITTEST_CASE_RE = /\bclass[ \t]+\w+\([^)\n]{0,200}\bunittest\.(?:Isolated)?(?:Async)?TestCase\b/;
const UNITTEST_CASE = `/${UNITTEST_CASE_RE.source}/`;

export const testCommand: Detector = {
  name: 'testCommand',
  question: 'Is there a way to run the tests (a test script, a runner config, a build tool that runs tests)?',
  textPatterns: [SELF_RUNNING, UNITTEST_CASE],
  detect(evidence) {
    const out: Finding[] = [];
    for (const pkg of evidence.packageJsons) {
      const test = (pkg.data.scripts as Record<string, unknown> | undefined)?.test;
      if (typeof test === 'string' && !isPlaceholderTestScript(test)) {
        const text = evidence.text(pkg.file) ?? '';
        const line = lineAt(text, Math.max(0, text.indexOf('"test"')));
        out.push({ file: pkg.file, line, message: `test script: ${test.slice(0, 60)}`, strength: 'strong' });
      }
    }
    for (const file of evidence.files) {
      if (CONFIG_FILES.test(file)) out.push({ file, line: 1, message: 'test runner configuration', strength: 'strong' });
      if (/(^|\/)pyproject\.toml$|(^|\/)setup\.cfg$/.test(file) && /\[tool[.:]pytest|\[tool:pytest\]/.test(evidence.text(file) ?? '')) out.push({ file, line: 1, message: 'pytest configuration', strength: 'strong' });
    }
    // Languages whose build tool runs tests without configuration (a Kotlin-only Gradle or Maven build too).
    const builtIn: [RegExp, string, string[]][] = [
      [/(^|\/)go\.mod$/, 'go test', ['go']],
      [/(^|\/)Cargo\.toml$/, 'cargo test', ['rust']],
      [/(^|\/)pom\.xml$/, 'mvn test', ['java', 'kotlin']],
      [/(^|\/)build\.gradle(\.kts)?$/, 'gradle test', ['java', 'kotlin']],
      [/\.csproj$/, 'dotnet test', ['csharp']],
    ];
    // Worked out once (a monorepo has a manifest per package); a Gradle build script is no source of its own.
    let languages: Set<string> | undefined;
    const hasSourceIn = (langs: string[]) => langs.some((lang) => (languages ??= new Set(evidence.sourceFiles.filter((f) => !f.endsWith('.gradle.kts')).map(languageOf))).has(lang));
    for (const file of evidence.files) {
      const tool = builtIn.find(([re]) => re.test(file));
      if (tool && hasSourceIn(tool[2])) out.push({ file, line: 1, message: `${tool[1]} runs the tests`, strength: 'strong' });
      // Django's own runner: `python manage.py test` needs no configuration.
      if (/(^|\/)manage\.py$/.test(file) && /\bdjango\b|DJANGO_SETTINGS_MODULE/.test(evidence.code(file) ?? '')) out.push({ file, line: 1, message: 'python manage.py test runs the Django tests', strength: 'strong' });
    }
    // pytest needs no configuration: declared with Python tests to find, `pytest` runs them.
    const pytest = evidence.dependencies.find((d) => d.ecosystem === 'pypi' && d.name.toLowerCase() === 'pytest');
    if (pytest && evidence.sourceFiles.some((f) => f.endsWith('.py') && isTestFile(f))) out.push({ file: pytest.file, line: pytest.line, message: 'pytest is declared: `pytest` runs the tests', strength: 'strong' });
    // A make, just or task target named for the tests whose recipe runs a test command (`test: go test ./...`).
    for (const file of evidence.files.filter((f) => MAKE_FILES.test(f))) {
      const text = `${evidence.text(file) ?? ''}\n`;
      const target = [...text.matchAll(TEST_TARGET)].find((t) => runsTests(t[2]!));
      if (target) out.push({ file, line: lineAt(text, target.index), message: `a ${target[1]} target runs the tests`, strength: 'strong' });
    }
    // A Python test module that runs itself (`if __name__ == "__main__": unittest.main()`): `python tests.py` runs it.
    // The evidence's one scan per file rules out the test modules without the words before the regex runs.
    const selfRunning = evidence.sourceFiles.find((f) => f.endsWith('.py') && isTestFile(f) && evidence.mayMatch(f, SELF_RUNNING) && SELF_RUNNING_RE.test(evidence.code(f) ?? ''));
    if (selfRunning) out.push({ file: selfRunning, line: 1, message: `python ${selfRunning} runs the tests (unittest.main)`, strength: 'strong' });
    // unittest needs no configuration either: `python -m unittest` discovers test*.py modules with unittest test cases.
    if (!selfRunning) {
      const discovered = evidence.sourceFiles.find((f) => /(^|\/)test[^/]*\.py$/.test(f) && isTestFile(f) && evidence.mayMatch(f, UNITTEST_CASE) && UNITTEST_CASE_RE.test(evidence.code(f) ?? ''));
      if (discovered) out.push({ file: discovered, line: 1, message: '`python -m unittest` discovers the tests (unittest test cases)', strength: 'strong' });
    }
    // The README or contributing guide tells how to run them: a test command in a code block or code span
    // (`python -m pytest`, `bundle exec rspec`), for a repository with tests to run.
    if (!out.length && evidence.sourceFiles.some(isTestFile)) {
      for (const file of evidence.files.filter((f) => GUIDES.test(f))) {
        const text = evidence.text(file) ?? '';
        const code = [...text.matchAll(/^```[^\n]{0,40}\n([\s\S]{0,4000}?)^```|`([^`\n]{1,200})`/gm)].find((m) => (m[1] ?? m[2]!).split('\n').some((l) => runsTests(l.replace(/^[ \t]*\$[ \t]+/, ''))));
        if (code) {
          out.push({ file, line: lineAt(text, code.index), message: 'the documented way to run the tests', strength: 'strong' });
          break;
        }
      }
    }
    // A command CI runs that is a test command proves one exists (a repository script or make target included),
    // for a repository with tests to run: a monorepo package without any is not tested by the shared CI's command.
    const run = evidence.sourceFiles.some(isTestFile) ? evidence.ci.find((c) => runsTests(c.expanded)) : undefined;
    if (run) out.push({ file: run.file, line: run.line, message: `CI runs a test command: ${run.text.slice(0, 60)}`, strength: 'strong' });
    return out;
  },
};
