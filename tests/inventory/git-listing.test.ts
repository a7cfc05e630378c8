// In a git checkout the graded files are the ones the repository holds: every tracked file (a force-added file
// that .gitignore lists is committed all the same), untracked files only when git would not ignore them, links
// into .git refused, and git never steered by what the graded folder contains.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { listRepository } from '../../src/inventory/list.js';
import { cleanup, tempDir, writeFiles } from '../hardening/helpers.js';

let root: string;
beforeEach(() => {
  root = tempDir('levelgate-git-list-');
});
afterEach(() => cleanup(root));

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'ignore' });
}

/** A repository with `files` committed (force-added, so .gitignore does not keep them out). */
function commitRepo(dir: string, files: Record<string, string>): void {
  git(dir, 'init', '-q');
  writeFiles(dir, files);
  git(dir, 'add', '-f', '--', ...Object.keys(files));
  git(dir, 'commit', '-q', '-m', 'fixture');
}

describe('listing a git checkout', () => {
  it('lists a tracked file that .gitignore lists, and leaves out an untracked one it ignores', async () => {
    commitRepo(root, { '.gitignore': '.env\n*.log\n', '.env': 'API_KEY=x\n', 'src/app.js': 'x' });
    writeFiles(root, { 'debug.log': 'untracked and ignored', 'notes.txt': 'untracked, not ignored' });
    const { files } = await listRepository(root);
    expect(files).toEqual(['.env', '.gitignore', 'notes.txt', 'src/app.js']);
  });

  it('reads nested .gitignore files and their ! negations as git does, for untracked files', async () => {
    commitRepo(root, { '.gitignore': '*.log\n', 'logs/.gitignore': '!keep.log\n' });
    writeFiles(root, { 'logs/keep.log': 'a', 'logs/other.log': 'b', 'top.log': 'c' });
    const { files } = await listRepository(root);
    expect(files).toEqual(['.gitignore', 'logs/.gitignore', 'logs/keep.log']);
  });

  it('still applies the default and configured ignores to tracked files', async () => {
    commitRepo(root, { 'node_modules/x/index.js': 'x', 'src/a.ts': 'x', 'docs/private/b.md': 'x' });
    const { files } = await listRepository(root, { ignore: ['docs/private'] });
    expect(files).toEqual(['src/a.ts']);
  });

  it('grades a subfolder from the enclosing repository, relative to that folder', async () => {
    commitRepo(root, { '.gitignore': 'secret.txt\n', 'packages/api/secret.txt': 's', 'packages/api/index.js': 'x', 'other/a.js': 'x' });
    const { files } = await listRepository(path.join(root, 'packages', 'api'));
    expect(files).toEqual(['index.js', 'secret.txt']);
  });

  it('does not let a committed bare-repository layout in the graded folder steer git', async () => {
    // Discovered from inside pkg/, git would take pkg/ itself for the repository and fail; the listing would fall
    // back to a walk that honours pkg/.gitignore. Named explicitly, the enclosing repository lists its tracked files.
    commitRepo(root, {
      'pkg/HEAD': 'ref: refs/heads/main\n',
      'pkg/config': '[core]\n\tbare = true\n',
      'pkg/objects/info/.keep': '',
      'pkg/refs/heads/.keep': '',
      'pkg/.gitignore': 'secret.txt\n',
      'pkg/secret.txt': 'force-added',
      'pkg/index.js': 'x',
    });
    const { files } = await listRepository(path.join(root, 'pkg'));
    expect(files).toEqual(['.gitignore', 'HEAD', 'config', 'index.js', 'objects/info/.keep', 'refs/heads/.keep', 'secret.txt']);
  });

  it('refuses a committed link into .git and names it in a note', async () => {
    commitRepo(root, { 'README.md': '# x\n' });
    mkdirSync(path.join(root, 'docs'));
    symlinkSync('../.git/config', path.join(root, 'docs', 'ref.txt'));
    git(root, 'add', 'docs/ref.txt');
    git(root, 'commit', '-q', '-m', 'link');
    const inventory = await listRepository(root);
    expect(inventory.files).toEqual(['README.md']);
    expect(inventory.notes).toContainEqual({ kind: 'skipped-symlink', path: 'docs/ref.txt', message: 'symlink points into .git, not followed' });
  });

  it('falls back to walking the folder when .git is not a repository', async () => {
    writeFiles(root, { '.git/junk': 'x', '.gitignore': 'ignored.txt\n', 'ignored.txt': 'x', 'a.js': 'x' });
    const { files } = await listRepository(root);
    expect(files).toEqual(['.gitignore', 'a.js']);
  });
});

describe('grading a git checkout', () => {
  it('holds security at L0 for a force-added .env with a live key, whatever .gitignore says', async () => {
    const files = {
      'package.json': JSON.stringify({ name: 'svc', scripts: { start: 'node src/server.js' } }),
      'src/server.js': "const express = require('express');\nconst app = express();\napp.listen(process.env.PORT);\n",
      '.env': 'JWT_SECRET=9f8e7d6c5b4a39281706aa\n',
    };
    commitRepo(root, { ...files, '.gitignore': '.env\nnode_modules/\n' });
    const withIgnore = await grade(root);
    const secrets = withIgnore.dimensions.security.rules.find((r) => r.id === 'security.no-committed-secrets');
    expect(secrets?.status).toBe('missing');
    expect(withIgnore.dimensions.security.level).toBe(0);
    expect(JSON.stringify(secrets)).toContain('.env');
  });

  it('does not grade an untracked, ignored .env a developer keeps locally', async () => {
    commitRepo(root, {
      'package.json': JSON.stringify({ name: 'svc', scripts: { start: 'node src/server.js' } }),
      'src/server.js': "const express = require('express');\nconst app = express();\napp.listen(process.env.PORT);\n",
      '.gitignore': '.env\n',
    });
    writeFileSync(path.join(root, '.env'), 'JWT_SECRET=9f8e7d6c5b4a39281706aa\n');
    const report = await grade(root);
    const secrets = report.dimensions.security.rules.find((r) => r.id === 'security.no-committed-secrets');
    expect(JSON.stringify(secrets)).not.toContain('.env');
  });
});
