// The release path: the notes come from CHANGELOG.md and the tag must be the code's version; the major tag
// follows the newest release of its major (run against a real git repository and a bare "origin").
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/version.js';

interface NotesModule {
  notesFor(changelog: string, version: string): string | undefined;
  releaseProblems(tag: string, versions: { packageVersion: string; toolVersion: string; changelog: string }): string[];
}

const repoRoot = path.resolve(import.meta.dirname, '../..');
const MOVE = path.join(repoRoot, 'scripts', 'move-major-tag.sh');
let notes: NotesModule;
let work: string;

beforeAll(async () => {
  notes = (await import(pathToFileURL(path.join(repoRoot, 'scripts', 'release-notes.mjs')).href)) as NotesModule;
  work = mkdtempSync(path.join(tmpdir(), 'levelgate-release-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CHANGELOG = `# Changelog\n\n## Unreleased\n\n- next\n\n## 1.2.0 — rules 2027.1.0\n\n### Added\n- a thing\n\n## v1.1.0\n\n- older\n\n## 1.0.0\n\n`;

describe('release notes', () => {
  it('takes the section of the version, heading excluded, up to the next version', () => {
    expect(notes.notesFor(CHANGELOG, '1.2.0')).toBe('### Added\n- a thing');
    expect(notes.notesFor(CHANGELOG, '1.1.0')).toBe('- older');
    expect(notes.notesFor(CHANGELOG, '1.0.0')).toBeUndefined(); // a heading with nothing under it is no notes
    expect(notes.notesFor(CHANGELOG, '1.2')).toBeUndefined();
    expect(notes.notesFor(CHANGELOG, '2.0.0')).toBeUndefined();
  });

  it('stops a release whose tag is not the code version or has no notes', () => {
    const ok = { packageVersion: '1.2.0', toolVersion: '1.2.0', changelog: CHANGELOG };
    expect(notes.releaseProblems('v1.2.0', ok)).toEqual([]);
    expect(notes.releaseProblems('1.2.0', ok)).toEqual(['tag "1.2.0" is not a version tag (vMAJOR.MINOR.PATCH)']);
    expect(notes.releaseProblems('v1.2.0', { ...ok, toolVersion: '1.1.0' })).toEqual(['src/version.ts says TOOL_VERSION 1.1.0, the tag v1.2.0']);
    expect(notes.releaseProblems('v1.0.0', { ...ok, packageVersion: '1.0.0', toolVersion: '1.0.0' })).toEqual(['CHANGELOG.md has no "## 1.0.0" section with notes']);
  });

  it('finds the notes of the current version in the real CHANGELOG.md', () => {
    const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'release-notes.mjs'), `v${TOOL_VERSION}`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().length).toBeGreaterThan(100);
    const wrong = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'release-notes.mjs'), 'v99.0.0'], { encoding: 'utf8' });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('release: package.json says version');
  });
});

describe('moving the major tag', () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();
  const remoteTag = (remote: string, tag: string) => git(remote, 'rev-parse', `refs/tags/${tag}^{commit}`);
  let clone: string;
  let origin: string;
  const commits: string[] = [];

  beforeAll(() => {
    origin = path.join(work, 'origin.git');
    clone = path.join(work, 'clone');
    git(work, 'init', '-q', '--bare', origin);
    git(work, 'init', '-q', clone);
    git(clone, 'remote', 'add', 'origin', origin);
    for (const n of [1, 2, 3]) {
      writeFileSync(path.join(clone, 'f.txt'), `${n}\n`);
      git(clone, 'add', 'f.txt');
      git(clone, 'commit', '-q', '-m', `c${n}`);
      commits.push(git(clone, 'rev-parse', 'HEAD'));
    }
  });

  const move = (tag: string) => spawnSync('bash', [MOVE, tag], { cwd: clone, encoding: 'utf8' });

  it('points v1 at the newest v1 release and pushes it', () => {
    git(clone, 'tag', '-a', '-m', 'v1.0.0', 'v1.0.0', commits[0]!);
    expect(move('v1.0.0').status).toBe(0);
    expect(remoteTag(origin, 'v1')).toBe(commits[0]);
    git(clone, 'tag', 'v1.1.0', commits[2]!);
    const run = move('v1.1.0');
    expect(run.stdout).toContain('v1 now points at v1.1.0');
    expect(remoteTag(origin, 'v1')).toBe(commits[2]);
  });

  it('leaves v1 alone for a backport older than the newest v1 release', () => {
    git(clone, 'tag', 'v1.0.1', commits[1]!);
    const run = move('v1.0.1');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('v1.0.1 is older than v1.1.0; v1 stays where it is');
    expect(remoteTag(origin, 'v1')).toBe(commits[2]);
  });

  it('starts v2 at the first v2 release and refuses a tag that is not a version', () => {
    git(clone, 'tag', 'v2.0.0', commits[1]!);
    expect(move('v2.0.0').status).toBe(0);
    expect(remoteTag(origin, 'v2')).toBe(commits[1]);
    expect(remoteTag(origin, 'v1')).toBe(commits[2]);
    const bad = move('v2.0');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('not a version tag');
  });
});

describe('.github/workflows/release.yml', () => {
  const workflow = parse(readFileSync(path.join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')) as any;
  const runs = (workflow.jobs.release.steps as { run?: string }[]).map((s) => s.run ?? '').join('\n');

  it('runs on version tags only, with write access for that job alone', () => {
    expect(workflow.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    expect(workflow.jobs.release.permissions).toEqual({ contents: 'write' });
  });

  it('checks dist/, checks the version and takes the notes, releases, then moves the major tag, in that order', () => {
    const order = ['npm run check-dist', 'scripts/release-notes.mjs "$TAG"', 'gh release create "$TAG" --verify-tag', 'scripts/move-major-tag.sh "$TAG"'].map((s) => runs.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
