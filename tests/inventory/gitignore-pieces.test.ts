// A path passed over by the quick test must be one the ignore package keeps: for every rule shape a .gitignore
// holds (names, globs, classes, escapes, anchored and folder rules, negations, odd spacing and case), each path the
// package leaves out holds a piece, and paths holding none are kept.
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { ignoringPieces, mayBeIgnored } from '../../src/inventory/gitignore-pieces.js';

const GITIGNORE = [
  '# build output',
  '/dist',
  'node_modules/',
  '*.log',
  '.DS_Store',
  'data/*',
  '!data/keep.txt',
  'coverage-[0-9]*.out',
  'cache/**/tmp',
  '\\#notes',
  'Secret Folder/',
  'trailing.txt   ',
  'logs/**',
  '',
  '   ',
].join('\r\n');

const PATHS = [
  'dist/app.js', 'src/dist/app.js', 'x/node_modules/a/index.js', 'server.log', 'a/b/Debug.LOG', 'a/.DS_Store', 'data/x.csv',
  'data/keep.txt', 'coverage-12.out', 'cache/a/b/tmp', 'cache/tmp/x', '#notes', 'Secret Folder/a.md', 'secret folder/b.md',
  'trailing.txt', 'logs/2024/a.txt',
  // kept by every rule
  'src/main.ts', 'README.md', 'docs/data.md', 'coverage-x.out', 'notes', 'distant/a.ts', 'log.ts',
];

describe('ignoringPieces', () => {
  it('passes over only paths the ignore package keeps, and asks about every path it leaves out', () => {
    const ig = ignore().add(GITIGNORE);
    const pieces = ignoringPieces(GITIGNORE);
    expect(pieces).toBeDefined();
    const left = PATHS.filter((p) => ig.ignores(p));
    expect(left.length).toBeGreaterThan(10); // the rules really leave paths out
    for (const p of left) expect(mayBeIgnored(pieces, p), p).toBe(true);
    // Paths that hold no piece are passed over, and the package keeps them.
    const passed = PATHS.filter((p) => !mayBeIgnored(pieces, p));
    expect(passed).toEqual(expect.arrayContaining(['src/main.ts', 'README.md']));
    for (const p of passed) expect(ig.ignores(p), p).toBe(false);
  });

  it('gives up (every path asked) when a rule has no literal text', () => {
    expect(ignoringPieces('*.log\n*\n')).toBeUndefined();
    expect(ignoringPieces('/\n')).toBeUndefined();
    expect(mayBeIgnored(undefined, 'src/main.ts')).toBe(true);
  });

  it('leaves out comments, blanks and negations, and takes each rule\'s longest literal run, lowercased', () => {
    expect(ignoringPieces('# c\n\n!keep.me\n*.Swp\nbuild/**/Out[0-9]\n')).toEqual(['.swp', 'build']);
  });
});
