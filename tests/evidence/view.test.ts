// One evidence view through a path mapping: every Evidence member is mapped, hidden files stay hidden,
// and a package view re-roots paths.
import { afterAll, describe, expect, it } from 'vitest';
import { viewEvidence, withoutFiles } from '../../src/evidence/view.js';
import { restrictEvidence } from '../../src/monorepo/restrict.js';
import { cleanUp, evidenceOf } from '../detectors/repo.js';

afterAll(cleanUp);

const FILES = {
  'package.json': JSON.stringify({ name: 'root', workspaces: ['packages/*'] }),
  '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
  'packages/api/package.json': JSON.stringify({ name: 'api', dependencies: { helmet: '7' }, scripts: { test: 'vitest run' } }),
  'packages/api/src/app.js': "const helmet = require('helmet');\nmodule.exports = helmet();\n",
  'packages/api/dist/config.js': "exports.SECRET = 'a-secret-value';\n",
  'packages/web/src/page.js': 'export const page = 1;\n',
};

describe('the evidence view', () => {
  it('maps every member of the evidence (a new member must be added to the view)', async () => {
    const evidence = await evidenceOf(FILES);
    const identity = viewEvidence(evidence, { toView: (f) => f, toRepo: (f) => f });
    expect(Object.keys(identity).sort()).toEqual(Object.keys(evidence).sort());
    for (const key of Object.keys(evidence) as (keyof typeof evidence)[]) {
      if (typeof evidence[key] !== 'function' && key !== 'stats' && key !== 'fileSet' && key !== 'parsedFiles') expect(identity[key], key).toEqual(evidence[key]);
    }
  });

  it('hides files from every member, lazily parsed facts included', async () => {
    const evidence = await evidenceOf(FILES);
    const view = withoutFiles(evidence, (f) => f.startsWith('packages/api/'));
    expect(view.files.some((f) => f.startsWith('packages/api/'))).toBe(false);
    expect(view.buildOutput).toEqual([]);
    expect(view.text('packages/api/src/app.js')).toBeUndefined();
    expect(view.mayMatch('packages/api/src/app.js', 'helmet')).toBe(false);
    expect(view.dependencies.some((d) => d.file.startsWith('packages/api/'))).toBe(false);
    expect([...view.importsIn(['helmet'])]).toEqual([]);
    expect([...evidence.importsIn(['helmet'])].length).toBeGreaterThan(0);
  });

  it('re-roots a package at its folder, with the root CI shared and its own build output', async () => {
    const evidence = await evidenceOf(FILES);
    const { evidence: view, toRepoPath } = restrictEvidence(evidence, 'packages/api');
    expect(view.files).toEqual(['.github/workflows/ci.yml', 'package.json', 'src/app.js']);
    expect(view.buildOutput).toEqual(['dist/config.js']);
    expect(view.text('dist/config.js')).toMatch(/SECRET/);
    expect(view.text('package.json')).toMatch(/"api"/);
    expect(toRepoPath('src/app.js')).toBe('packages/api/src/app.js');
    expect([...view.importsIn(['helmet'])].map((i) => i.file)).toEqual(['src/app.js']);
    expect(view.parsedFiles).toEqual(new Set(['src/app.js']));
    // A caller's file test sees the package's paths, and files outside the package fail it unasked.
    const asked: string[] = [];
    const where = (file: string) => (asked.push(file), true);
    expect([...view.importsIn(['helmet'], { where })].map((i) => i.file)).toEqual(['src/app.js']);
    expect(asked).toEqual(['src/app.js']);
    expect(view.ci.map((c) => c.file)).toEqual(['.github/workflows/ci.yml']);
  });
});
