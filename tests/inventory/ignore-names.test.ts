// The default ignores applied by name (nameTest) list exactly what fast-glob and picomatch did with the globs.
import fg from 'fast-glob';
import picomatch from 'picomatch';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_IGNORES, nameTest } from '../../src/inventory/ignore-defaults.js';
import { ignoreTest, listRepository } from '../../src/inventory/list.js';
import { cleanup, tempDir, writeFiles } from '../hardening/helpers.js';

/** Names each default ignore must and must not match, and names near them. */
const NAMES = [
  'dist', 'dists', 'xdist', 'build', 'out', 'output', '.git', 'git', '.gitignore', 'node_modules', 'vendor', 'vendors',
  'fixtures', 'fixture', 'testdata', '__snapshots__', 'a.min.js', '.min.js', 'min.js', 'a.min.jsx', 'a.min.css', 'a.js.map',
  '.map', 'a.mapx', 'a.pb.go', 'a.pb.gox', 'x_pb2.py', 'x_pb2_grpc.py', 'A.g.cs', 'Form.Designer.cs', 'Form.designer.cs',
  'zz_generated', 'zz_generated.deepcopy.go', 'xzz_generated', 'package-lock.json', 'package-lock.jsonc', 'yarn.lock',
  'Cargo.lock', 'cargo.lock', 'go.sum', 'go.summary', '.venv', 'venv', 'env', '.next', '.cache', 'coverage', 'src', 'index.ts',
];

describe('nameTest', () => {
  it('matches a name exactly when a default glob matches it as a path segment', () => {
    const test = nameTest(DEFAULT_IGNORES);
    const glob = picomatch(DEFAULT_IGNORES, { dot: true });
    for (const name of NAMES) {
      expect(test(name), name).toBe(glob(name));
      expect(test(name), `a/${name}`).toBe(glob(`a/${name}`));
    }
    // Both ways: some names are ignored, some are not.
    expect(NAMES.filter(test).length).toBeGreaterThan(10);
    expect(NAMES.filter((n) => !test(n)).length).toBeGreaterThan(10);
  });

  it('refuses a pattern that is not one segment, so a new default cannot silently mean something else', () => {
    for (const pattern of ['src/**', '**/a/b/**', '**/a*b', '**/*', '**/{a,b}', '**/a?.js']) expect(() => nameTest([pattern]), pattern).toThrow(/one-segment/);
  });
});

describe('listing with the default ignores', () => {
  let root: string;
  beforeEach(() => {
    root = tempDir('levelgate-ignore-names-');
    const files: Record<string, string> = {};
    const folders = ['', 'a/', 'a/b/', 'dist/', 'pkg/dist/', 'x.min.js/', 'zz_generated_api/', 'node_modules/m/', 'fixture/', 'fixtures/y/'];
    // Every folder path (and its parents) is taken by a folder, so no file may have its name.
    const taken = new Set(folders.flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
    for (const folder of folders) for (const name of NAMES) if (!taken.has(`${folder}${name}`)) files[`${folder}${name}`] = 'x';
    files['x.min.js/index.ts'] = 'x';
    files['pkg/dist/index.ts'] = 'x';
    writeFiles(root, files);
  });
  afterEach(() => cleanup(root));

  it('walks a folder to the files fast-glob lists with the globs', async () => {
    const expected = (await fg('**', { cwd: root, dot: true, ignore: DEFAULT_IGNORES, followSymbolicLinks: false })).sort();
    const listed = await listRepository(root);
    expect(listed.files).toEqual(expected);
    // Both ways: the tree has ignored files (under dist/, node_modules/, named *.min.js) and files that stay
    // (under a folder named like a file glob, x.min.js/, which fast-glob walks).
    expect(listed.files).toContain('x.min.js/index.ts');
    expect(listed.files).not.toContain('a/a.min.js');
    expect(listed.files).not.toContain('pkg/dist/index.ts');
    expect(listed.files.length).toBeLessThan(NAMES.length * 10);
  });

  it('filters a listing (git mode) as picomatch does, folder by folder', async () => {
    const paths = (await fg('**', { cwd: root, dot: true })).concat('a\nb/dist/c.ts', 'dist\n/x.ts');
    const glob = picomatch(DEFAULT_IGNORES, { dot: true });
    const reference = (file: string) => file.split('/').some((_, i, parts) => glob(parts.slice(0, i + 1).join('/')) || (i < parts.length - 1 && glob(`${parts.slice(0, i + 1).join('/')}/`)));
    const test = ignoreTest([...DEFAULT_IGNORES, '**/*.md']);
    const withMd = (file: string) => reference(file) || picomatch('**/*.md', { dot: true })(file);
    for (const file of paths) expect(test(file), JSON.stringify(file)).toBe(withMd(file));
    expect(paths.filter(test).length).toBeGreaterThan(20);
    expect(paths.filter((f) => !test(f)).length).toBeGreaterThan(20);
  });
});
