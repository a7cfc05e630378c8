// Listing the names fast-glob cannot see, and the folders it cannot read, instead of dropping them silently.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRepository } from '../../src/inventory/list.js';
import { tempDir } from '../hardening/helpers.js';

let root: string;
beforeEach(() => {
  root = tempDir('levelgate-list-');
});
afterEach(() => {
  execFileSync('rm', ['-rf', root]); // GNU rm walks the tree relatively; fs.rmSync would hit ENAMETOOLONG
});

describe('listRepository', () => {
  it('lists files and folders whose names hold a line break', async () => {
    mkdirSync(path.join(root, 'line\nbreak', 'deeper'), { recursive: true });
    writeFileSync(path.join(root, 'line\nbreak', 'deeper', 'a.ts'), 'x');
    writeFileSync(path.join(root, 'top\nfile.py'), 'x');
    writeFileSync(path.join(root, 'plain.ts'), 'x');
    const inventory = await listRepository(root);
    expect(inventory.files).toEqual(['line\nbreak/deeper/a.ts', 'plain.ts', 'top\nfile.py']);
    expect(inventory.notes).toEqual([]);
  });

  it('notes a folder whose path is too long for the OS to list', async () => {
    // Each level stays under NAME_MAX; together they pass PATH_MAX (4096 on Linux). Built relatively, by chdir.
    const segment = 'd'.repeat(200);
    const build = `process.chdir(process.argv[1]); for (let i = 0; i < 25; i++) { require('fs').mkdirSync('${segment}'); process.chdir('${segment}'); }`;
    execFileSync(process.execPath, ['-e', build, root]);
    writeFileSync(path.join(root, 'a.ts'), 'x');
    const inventory = await listRepository(root);
    expect(inventory.files).toContain('a.ts');
    expect(inventory.notes.some((n) => n.kind === 'unreadable' && /ENAMETOOLONG/.test(n.message))).toBe(true);
  });
});

describe('committed build output', () => {
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  it('is listed apart from the graded files', async () => {
    write('src/config.ts', 'export const x = 1;\n');
    write('dist/config.js', "exports.SECRET = 'x';\n");
    write('packages/api/build/server.cjs', 'x');
    write('dist/styles.css', 'x');
    write('dist/app.min.js', 'x');
    write('node_modules/lib/dist/index.js', 'x');
    const inventory = await listRepository(root);
    expect(inventory.files).toEqual(['src/config.ts']);
    expect(inventory.buildOutput).toEqual(['dist/config.js', 'packages/api/build/server.cjs']);
  });

  it('leaves out build output a .gitignore or an ignore lists (it is not committed)', async () => {
    write('.gitignore', 'dist/\n');
    write('dist/config.js', 'x');
    write('out/main.js', 'x');
    write('src/a.ts', 'x');
    expect((await listRepository(root)).buildOutput).toEqual(['out/main.js']);
    expect((await listRepository(root, { ignore: ['out/**'] })).buildOutput).toBeUndefined();
  });
});
