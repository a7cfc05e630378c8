// A collection of unrelated small scripts or exercises is graded as the collection: above L1, one sub-project's
// evidence is not the collection's, and sub-projects' evidence does not add up. A project or a monorepo (one product
// in several packages) is graded as before. Every tree here is written from scratch.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { collectionOf } from '../../src/evidence/collection.js';
import { cleanUp, evidenceOf } from '../detectors/repo.js';

afterAll(cleanUp);

/** `count` exercise folders of one small script each, and a root README. */
function exercises(count: number, extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = { 'README.md': '# Little programs\n\nOne folder per exercise; run each with python.\n' };
  for (let i = 1; i <= count; i++) files[`exercise-${String(i).padStart(2, '0')}/main.py`] = `def run():\n    return ${i}\n\nif __name__ == "__main__":\n    print(run())\n`;
  return { ...files, ...extra };
}

/** Loose single-file scripts at the root, the other shape of a collection. */
function looseScripts(count: number): Record<string, string> {
  const files: Record<string, string> = { 'README.md': '# Scripts\n', 'requirements.txt': 'requests\n' };
  for (let i = 1; i <= count; i++) files[`script_${i}.py`] = `print(${i})\n`;
  return files;
}

describe('collectionOf', () => {
  const cases: { name: string; files: Record<string, string>; want: boolean }[] = [
    { name: 'fourteen exercise folders and a README', files: exercises(14), want: true },
    { name: 'a few hundred loose root scripts with a requirements.txt', files: looseScripts(40), want: true },
    { name: 'a pyproject.toml holding only tool settings', files: exercises(14, { 'pyproject.toml': '[tool.ruff]\nline-length = 100\n' }), want: true },
    { name: 'the CI of the collection in a hidden folder is not a sub-project', files: exercises(14, { '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: python -m pytest\n' }), want: true },
    {
      name: 'loose root modules that import each other are one program split into files',
      files: Object.fromEntries([['README.md', '# Bot\n'], ['requirements.txt', 'requests\n'], ...Array.from({ length: 14 }, (_, i) => [`part_${i}.py`, i === 0 ? 'X = 1\n' : `from part_${i - 1} import X\n`])]),
      want: false,
    },
    { name: 'root files of a compiled language build together', files: Object.fromEntries([['README.md', '# Tool\n'], ...Array.from({ length: 14 }, (_, i) => [`file${i}.go`, 'package main\n'])]), want: false },
    { name: 'eleven folders are too few to tell', files: exercises(11), want: false },
    { name: 'a root package.json with dependencies makes one project', files: exercises(14, { 'package.json': '{"name":"site","dependencies":{"express":"^4.0.0"}}' }), want: false },
    { name: 'a pnpm workspace is a monorepo', files: exercises(14, { 'pnpm-workspace.yaml': 'packages:\n  - "exercise-*"\n' }), want: false },
    { name: 'a root compose file runs the parts as one product', files: exercises(14, { 'compose.yaml': 'services:\n  web:\n    build: exercise-01\n' }), want: false },
    { name: 'a pyproject.toml with [project] makes one project', files: exercises(14, { 'pyproject.toml': '[project]\nname = "tools"\nversion = "1.0"\n' }), want: false },
    { name: 'a go.mod at the root makes one module', files: exercises(14, { 'go.mod': 'module example.com/tools\n\ngo 1.22\n' }), want: false },
    {
      name: 'a main folder holding a quarter of the code or more is the project',
      files: exercises(14, Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`exercise-01/part_${i}.py`, `X = ${i}\n`]))),
      want: false,
    },
  ];
  for (const c of cases) {
    it(`${c.want ? 'is' : 'is not'} a collection: ${c.name}`, async () => {
      expect(collectionOf(await evidenceOf(c.files, { parser: false })) !== undefined).toBe(c.want);
    });
  }
});

describe('grading a collection', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  async function gradeTree(files: Record<string, string>) {
    const root = mkdtempSync(path.join(tmpdir(), 'levelgate-collection-'));
    made.push(root);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return grade(root, { config: false });
  }
  // One exercise logs through a leveled logger and logs its errors; the others print.
  const logger = {
    'exercise-03/main.py':
      'import logging\n\nlogging.basicConfig(level=logging.INFO)\nlog = logging.getLogger(__name__)\n\n\ndef run(path):\n    try:\n        return open(path).read()\n    except OSError as error:\n        log.error("cannot read %s: %s", path, error)\n        raise\n\n\nif __name__ == "__main__":\n    log.info("starting")\n    run("data.txt")\n',
  };

  it("does not take one sub-project's logging library as the collection's (L1 still from any sub-project)", async () => {
    const report = await gradeTree(exercises(14, logger));
    const monitoring = report.dimensions.monitoring;
    expect(monitoring.level).toBe(1);
    const library = monitoring.rules.find((r) => r.id === 'monitoring.logging-library')!;
    expect(library.status).toBe('missing');
    expect(library.reason).toMatch(/collection of 14 unrelated sub-projects/);
    expect(library.findings.every((f) => f.strength === 'weak' && /in exercise-03, one of 14 sub-projects/.test(f.message))).toBe(true);
  });

  it('grades the same logging as the project\'s own when the tree is one project (a root manifest)', async () => {
    const report = await gradeTree(exercises(14, { ...logger, 'pyproject.toml': '[project]\nname = "tools"\nversion = "1.0"\n' }));
    expect(report.dimensions.monitoring.level).toBe(2);
    expect(report.dimensions.monitoring.rules.find((r) => r.id === 'monitoring.logging-library')!.status).toBe('met');
  });

  it("keeps evidence of the collection's own files: a linter its root CI runs over every script", async () => {
    const ci = {
      '.github/workflows/ci.yml': 'name: ci\non: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install ruff pytest\n      - run: ruff check .\n      - run: pytest\n',
    };
    const report = await gradeTree(exercises(14, ci));
    const linter = report.dimensions.functionality.rules.find((r) => r.id === 'functionality.linter-in-ci')!;
    expect(linter.status).toBe('met');
    expect(linter.findings.some((f) => f.file === '.github/workflows/ci.yml' && f.strength === 'strong')).toBe(true);
  });
});
