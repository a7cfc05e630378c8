// filesMatching narrows each glob to the files its literal parts allow (name, extension, folder) before picomatch
// decides; the narrowing must never drop a file. Checked for every file list the shipped rules use, on the
// fixtures' files and on paths made from the globs themselves.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import picomatch from 'picomatch';
import { compileGlobs, fileFilter, filesMatching, useCompiledGlobs } from '../../src/evidence/file-sets.js';
import { matchersOf } from '../../src/rules/matcher-parts.js';
import type { Matcher } from '../../src/rules/schema.js';
import { shippedCatalog } from '../detectors/repo.js';
import { seeded, type Random } from '../properties/regex-sample.js';

const catalog = await shippedCatalog();
const lists = new Map<string, string[]>();
const add = (m: Matcher) => {
  for (const list of ['files' in m ? m.files : undefined, 'in' in m ? m.in : undefined]) if (list?.length) lists.set(list.join('\u0000'), list);
};
for (const rule of catalog.rules) matchersOf(rule).forEach(add);
const globs = [...new Set([...lists.values()].flat().map((g) => g.replace(/^!/, '')).filter((g) => !g.startsWith('@')))];

const fixtures = path.join(import.meta.dirname, '..', 'fixtures');
const fixtureFiles = (readdirSync(fixtures, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((d) => d.isFile())
  .map((d) => path.relative(fixtures, path.join(d.parentPath, d.name)).split(path.sep).join('/'));

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A path the glob may match: alternatives picked, wildcards filled with names that also appear elsewhere. */
function pathFrom(glob: string, random: Random): string {
  const filled = glob
    .replace(/\{([^{}]*)\}/g, (_, body: string) => pick(random, body.split(',')))
    .replace(/\*\*/g, () => pick(random, ['', 'src', 'a/b', 'docs', '.github', 'tests/unit', 'migrations']))
    .replace(/\*/g, () => pick(random, ['', 'x', 'api', 'Test', 'backup', 'docs', 'routes']))
    .replace(/\?/g, 'q')
    .replace(/\[([^\]]+)\]/g, (_, body: string) => body[0]!);
  return filled.replace(/\/+/g, '/').replace(/^\/|\/$/g, '') || 'x';
}

describe('filesMatching', () => {
  it('selects exactly what testing every file with picomatch selects, for every shipped file list', () => {
    expect(lists.size).toBeGreaterThan(50);
    const random = seeded(7);
    const files = [...new Set([...fixtureFiles, ...globs.flatMap((g) => Array.from({ length: 8 }, () => pathFrom(g, random)))])].sort();
    let selected = 0;
    for (const list of lists.values()) {
      const fast = filesMatching(files, list);
      expect(fast, list.join(' ')).toEqual(files.filter(fileFilter(list)));
      selected += fast.length;
    }
    expect(selected).toBeGreaterThan(1000); // the corpus must really exercise the globs
  });

  it('agrees with picomatch on globs of literal names, alternatives and folders', () => {
    const segment = fc.constantFrom('docs', '.github', '{a,b}', '{src,lib}', '**', '*', 'x.{yml,yaml}', '{renovate,.renovaterc}{,.json}', '*.md', 'README', '{,x}', 'x.*', 'ren*', 'RE*.md', 'do*', 'sr[c]', '.gi*', '*{a,b}.md', '*.x.{yml,md}', '*c.json');
    const name = fc.constantFrom('docs', '.github', 'a', 'b', 'src', 'lib', 'x.yml', 'x.yaml', 'renovate', 'renovate.json', '.renovaterc.json', 'f.md', 'README', 'x', 'a.md', 'qb.md', 'y.x.yml', '.x.md', 'abc.json');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.array(fc.array(name, { minLength: 1, maxLength: 4 }), { maxLength: 30 }), (parts, paths) => {
        const glob = parts.join('/');
        const files = [...new Set(paths.map((p) => p.join('/')))];
        expect(filesMatching(files, [glob]), glob).toEqual(files.filter(fileFilter([glob])));
      }),
      { numRuns: 3000 },
    );
  });

  it('selects by extension and by literal pieces exactly as picomatch does, case, dot files and folders included', () => {
    const files = ['a.ts', 'A.TS', '.ts', 'src/.ts', 'src/b.d.ts', 'ts', 'src/ts', 'a.tsx', 'x/a.ts/b.md', 'x/auth.go', 'x/Auth.go', 'oauth/x.go', 'x/tokens.md', 'x/my-plugin-a/go.mod', 'x/a.spec.ts', 'x/spec.ts'];
    const globs = ['**/*.ts', '**/*.{ts,TS}', '**/*.{ts,tsx,ts}', '**/*{auth,token}*', '**/*{auth,Auth}*.go', '**/*-plugin-*/{go.mod,*.csproj}', '**/*.{spec,test}.*', '**/*.?s'];
    for (const glob of globs) {
      const matcher = picomatch(glob, { dot: true });
      expect(filesMatching(files, [glob]), glob).toEqual(files.filter((f) => matcher(f)));
    }
  });
});

describe('globs compiled by the build', () => {
  it('answer as picomatch does for every shipped glob, on the fixtures and on paths made from the globs', () => {
    const compiled = compileGlobs(globs);
    expect(Object.keys(compiled).sort()).toEqual([...globs].sort());
    const random = seeded(11);
    const files = [...new Set(['', ...globs, ...fixtureFiles, ...globs.flatMap((g) => Array.from({ length: 8 }, () => pathFrom(g, random)))])];
    // Millions of pairs: disagreements are collected and compared once (an expect() per pair took a minute under load).
    let matched = 0;
    const disagreements: string[] = [];
    for (const glob of globs) {
      const re = new RegExp(compiled[glob]!);
      const matcher = picomatch(glob, { dot: true });
      for (const file of files) {
        const expected = matcher(file);
        if ((file !== '' && (file === glob || re.test(file))) !== expected) disagreements.push(`${glob} on ${file}: picomatch ${expected}`);
        if (expected) matched++;
      }
    }
    expect(disagreements).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  it('are used by every file list once registered, except on Windows, where picomatch compiles for its paths', () => {
    const glob = '**/compiled-glob-probe/*.md';
    useCompiledGlobs({ [glob]: '^never$' }, 'win32');
    expect(fileFilter([glob])('docs/compiled-glob-probe/a.md')).toBe(true); // picomatch's own
    const other = '**/compiled-glob-probe-2/*.md';
    useCompiledGlobs({ [other]: '^registered$' });
    expect(fileFilter([other])('registered')).toBe(true);
    expect(fileFilter([other])('docs/compiled-glob-probe-2/a.md')).toBe(false);
    expect(fileFilter([other])(other)).toBe(true); // the glob itself, as picomatch answers
  });
});
