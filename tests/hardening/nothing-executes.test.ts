// Nothing from the scanned repository runs: every script, config and hook below would leave a marker file.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, runCliProcess, tempDir, writeFiles } from './helpers.js';

let root: string;
let markers: string;
beforeAll(() => {
  root = tempDir();
  markers = tempDir('levelgate-markers-');
  const touch = (name: string) => path.join(markers, name);
  const sh = (name: string) => `touch ${touch(name)}`;
  const js = (name: string) => `require('fs').writeFileSync(${JSON.stringify(touch(name))}, 'ran');`;
  const esm = (name: string) => `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(touch(name))}, 'ran');\nexport default {};\n`;
  const py = (name: string) => `open(${JSON.stringify(touch(name))}, 'w').write('ran')\n`;
  const scripts = Object.fromEntries(['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'pretest', 'test', 'posttest', 'build', 'start', 'lint'].map((s) => [s, sh(`npm-${s}`)]));
  writeFiles(root, {
    'package.json': JSON.stringify({ name: 'evil', scripts, dependencies: { express: '^4.0.0' }, devDependencies: { vitest: '^4.0.0' } }),
    'index.js': `${js('index-js')}\nconst express = require('express');\nexpress().listen(3000);\n`,
    'vitest.config.ts': esm('vitest-config'),
    'jest.config.js': `${js('jest-config')}\nmodule.exports = {};\n`,
    'eslint.config.js': esm('eslint-config'),
    'babel.config.js': `${js('babel-config')}\nmodule.exports = {};\n`,
    'tests/app.test.ts': `${esm('test-file')}\nimport { it, expect } from 'vitest';\nit('x', () => expect(1).toBe(1));\n`,
    'Makefile': `all test install:\n\t${sh('make')}\n`,
    'conftest.py': py('conftest'),
    'setup.py': `${py('setup-py')}from setuptools import setup\nsetup(name='evil', install_requires=['requests'])\n`,
    'tests/test_app.py': `${py('pytest-file')}def test_x():\n    assert True\n`,
    'main.go': `package main\n\n//go:generate ${sh('go-generate')}\n\nfunc main() {}\n`,
    'go.mod': 'module example.com/evil\n\ngo 1.22\n',
    '.husky/pre-commit': `#!/bin/sh\n${sh('husky')}\n`,
    'githooks/post-checkout': `#!/bin/sh\n${sh('git-hook')}\n`,
    '.git/hooks/post-checkout': `#!/bin/sh\n${sh('dot-git-hook')}\n`,
    '.envrc': sh('direnv'),
    '.npmrc': `init-module=${touch('npmrc')}\n`,
    'Dockerfile': `FROM alpine\nRUN ${sh('docker')}\n`,
    '.github/workflows/ci.yml': `on: [push]\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${sh('workflow')}\n      - run: npm test\n`,
    'tsconfig.json': JSON.stringify({ compilerOptions: { plugins: [{ name: './index.js' }] } }),
    'bin/run.sh': `#!/bin/sh\n${sh('shell-script')}\n`,
  });
});
afterAll(() => {
  cleanup(root);
  cleanup(markers);
});

describe('grading a repository runs none of its code', () => {
  it('grades it through the CLI and leaves no marker', async () => {
    const { code, stdout } = await runCliProcess([root, '-q', '-f', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.stats.files).toBeGreaterThan(15); // the files were seen, and read
    expect(readdirSync(markers)).toEqual([]);
  });
});
