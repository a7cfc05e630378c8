// The tarball reader: GitHub-shaped archives extract exactly; hostile ones are refused before anything lands
// outside the folder, and caps hold on the declared sizes (no byte of a 100 GB entry is read).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, extractTarball, ExtractRefused } from '../../src/fleet/tarball.js';
import { entriesOf, globalHeader, targz, type TarEntry } from './tar-builder.js';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/l2-api');
let sandbox: string;
let dir: string;

beforeEach(() => {
  // The extraction folder sits inside a sandbox: anything written beside it is a escape.
  sandbox = mkdtempSync(path.join(tmpdir(), 'levelgate-tar-'));
  dir = path.join(sandbox, 'repo');
  mkdirSync(dir);
});
afterEach(() => rmSync(sandbox, { recursive: true, force: true }));

const extract = (archive: Buffer, limits = DEFAULT_LIMITS) => extractTarball(() => Readable.from([archive]), dir, limits);

function listFiles(root: string, rel = ''): string[] {
  return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(root, child) : [child];
  });
}

async function refused(entries: TarEntry[], pattern: RegExp, limits = DEFAULT_LIMITS): Promise<void> {
  const error = await extract(targz(entries), limits).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ExtractRefused);
  expect((error as Error).message).toMatch(pattern);
  // Refused in the first pass: nothing written at all, inside the folder or beside it.
  expect(readdirSync(sandbox)).toEqual(['repo']);
  expect(readdirSync(dir)).toEqual([]);
}

describe('extractTarball', () => {
  it('extracts a GitHub-shaped archive of a fixture exactly, pax long names included', async () => {
    const entries = [globalHeader('a'.repeat(40)), ...entriesOf(FIXTURE, 'acme-l2-api-0123abc'), { name: `acme-l2-api-0123abc/${'deep/'.repeat(25)}long-name.ts`, pax: { path: `acme-l2-api-0123abc/${'deep/'.repeat(25)}long-name.ts` }, content: 'export {};\n' }];
    const result = await extract(targz(entries));
    const expected = listFiles(FIXTURE);
    expect(listFiles(dir).sort()).toEqual([...expected, `${'deep/'.repeat(25)}long-name.ts`].sort());
    for (const file of expected) expect(readFileSync(path.join(dir, file))).toEqual(readFileSync(path.join(FIXTURE, file)));
    expect(result.commit).toBe('a'.repeat(40));
    expect(result.files).toBe(expected.length + 1);
    expect(result.skipped).toEqual([]);
  });

  it('reads what git archive writes', async () => {
    const repo = path.join(sandbox, 'git');
    mkdirSync(path.join(repo, 'src'), { recursive: true });
    writeFileSync(path.join(repo, 'README.md'), '# hello\n');
    writeFileSync(path.join(repo, 'src', 'index.ts'), 'export const a = 1;\n');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'one');
    const sha = git('rev-parse', 'HEAD').toString().trim();
    const archive = git('archive', '--format=tar.gz', `--prefix=acme-hello-${sha.slice(0, 7)}/`, 'HEAD');
    const result = await extract(archive);
    expect(listFiles(dir).sort()).toEqual(['README.md', 'src/index.ts']);
    expect(result.commit).toBe(sha);
  });

  it('refuses an entry that climbs out with ..', () => refused([{ name: 'top/' , type: '5' }, { name: 'top/../../escaped.txt', content: 'x' }], /climbs out/));
  it('refuses an absolute path', () => refused([{ name: '/tmp/levelgate-escaped.txt', content: 'x' }], /absolute/));
  it('refuses a pax path that climbs out', () => refused([{ name: 'top/ok.txt', pax: { path: 'top/../../escaped.txt' }, content: 'x' }], /climbs out/));
  it('refuses a symbolic link out of the folder', () => refused([{ name: 'top/a/link', type: '2', linkname: '../../..' }, { name: 'top/a/link/escaped.txt', content: 'x' }], /link out/));
  it('refuses an absolute symbolic link', () => refused([{ name: 'top/passwd', type: '2', linkname: '/etc/passwd' }], /link out/));
  it('refuses a hard link out of the folder', () => refused([{ name: 'top/shadow', type: '1', linkname: '../etc/shadow' }], /link out/));
  it('refuses a device entry', () => refused([{ name: 'top/dev', type: '3' }], /device/));
  it('refuses a huge declared size without reading it', () => refused([{ name: 'top/huge.bin', size: 100 * 1024 ** 3, content: 'tiny' }], /declares 107374182400 bytes/));
  it('refuses more entries than the cap', () => refused(Array.from({ length: 100_000 }, (_, i) => ({ name: `top/f${i}`, content: '' })), /more than 50000 entries/));
  it('refuses a total over the cap', () =>
    refused(Array.from({ length: 5 }, (_, i) => ({ name: `top/f${i}`, content: Buffer.alloc(3000) })), /more than 10000 bytes in all/, { ...DEFAULT_LIMITS, maxTotalBytes: 10_000 }));
  it('refuses a cut-off archive, a corrupt header and something that is not gzip', async () => {
    const { gzipSync, gunzipSync } = await import('node:zlib');
    const whole = gunzipSync(targz([{ name: 'top/a.txt', content: 'x'.repeat(2000) }]));
    await expect(extract(gzipSync(whole.subarray(0, 1024)))).rejects.toThrow(/cut off/);
    const corrupt = Buffer.from(whole);
    corrupt[10] = 0x41;
    await expect(extract(gzipSync(corrupt))).rejects.toThrow(/checksum/);
    await expect(extract(Buffer.from('<html>not a tarball</html>'))).rejects.toThrow(/not a gzip archive/);
  });

  it('skips links inside, .git paths, large files and a second entry of one name, with notes; writes no link', async () => {
    const result = await extract(
      targz([
        { name: 'top/', type: '5' },
        { name: 'top/src/a.ts', content: 'export const a = 1;\n' },
        { name: 'top/src/alias.ts', type: '2', linkname: 'a.ts' },
        { name: 'top/src/hard.ts', type: '1', linkname: 'top/src/a.ts' },
        { name: 'top/.git/hooks/post-checkout', content: '#!/bin/sh\necho owned\n' },
        { name: 'top/big.bin', content: Buffer.alloc(2048, 1) },
        { name: 'top/src/a.ts', content: 'export const a = 2;\n' },
      ]),
      { ...DEFAULT_LIMITS, maxFileBytes: 1024 },
    );
    expect(listFiles(dir)).toEqual(['src/a.ts']);
    expect(readFileSync(path.join(dir, 'src/a.ts'), 'utf8')).toBe('export const a = 1;\n');
    expect(lstatSync(path.join(dir, 'src/a.ts')).mode & 0o777).toBe(0o644);
    expect(result.skipped.map((s) => `${s.path}: ${s.reason}`)).toEqual([
      'src/alias.ts: symbolic link, not extracted',
      'src/hard.ts: hard link, not extracted',
      '.git/hooks/post-checkout: .git paths are not extracted',
      'big.bin: larger than 1024 bytes',
      'src/a.ts: the same path twice',
    ]);
  });
});
