// The file reader's own error paths: whatever a file is, read() answers text or undefined with a note.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileReader, isTextCandidate } from '../../src/inventory/read.js';
import type { ScanNote } from '../../src/types.js';
import { cleanup, tempDir } from '../hardening/helpers.js';

let root: string;
let notes: ScanNote[];
let reader: FileReader;
beforeEach(() => {
  root = tempDir('levelgate-read-');
  notes = [];
  reader = new FileReader(root, notes, 1024);
});
afterEach(() => cleanup(root));

describe('FileReader', () => {
  it.each([
    ['missing.ts', 'unreadable', /ENOENT/, () => {}],
    ['big.ts', 'skipped-large', /5000 bytes/, () => truncateSync(path.join(root, 'big.ts'), 5000)],
    ['bin.ts', 'skipped-binary', /binary/, () => writeFileSync(path.join(root, 'bin.ts'), Buffer.from([1, 0, 2]))],
    ['latin.txt', 'non-utf8', /Latin-1/, () => writeFileSync(path.join(root, 'latin.txt'), Buffer.from([0x63, 0xe9, 0x0a]))],
  ] as const)('%s gives a %s note', async (file, kind, message, make) => {
    if (file === 'big.ts') writeFileSync(path.join(root, file), '');
    make();
    const text = await reader.read(file);
    expect(notes).toEqual([{ kind, path: file, message: expect.stringMatching(message) }]);
    expect(text === undefined).toBe(kind !== 'non-utf8');
  });

  it('answers nothing, without a note, for a folder', async () => {
    mkdirSync(path.join(root, 'dir.ts'));
    expect(await reader.read('dir.ts')).toBeUndefined();
  });

  it('reads each file once, and strips a byte-order mark', async () => {
    writeFileSync(path.join(root, 'a.ts'), '\ufeffconst a = 1;');
    await reader.readAll(['a.ts', 'a.ts', 'a.ts']);
    expect(await reader.read('a.ts')).toBe('const a = 1;');
    expect(reader.filesRead).toBe(1);
  });

  it('never follows a link it is handed to a special file', async () => {
    symlinkSync('/dev/zero', path.join(root, 'zero.ts'));
    expect(await reader.read('zero.ts')).toBeUndefined();
  });

  it('answers at once, without reading, for a FIFO where a file was listed', async () => {
    const fifo = path.join(root, 'pipe.ts');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo here (Windows): nothing to test
    }
    // Opened for reading without a writer, a FIFO would block the (synchronous) reader forever.
    expect(await reader.read('pipe.ts')).toBeUndefined();
    expect(reader.filesRead).toBe(0);
  });

  it('reads files of different sizes through its one buffer without mixing them', async () => {
    writeFileSync(path.join(root, 'long.ts'), 'x'.repeat(900));
    writeFileSync(path.join(root, 'short.ts'), 'ab');
    await reader.readAll(['long.ts', 'short.ts']);
    expect(await reader.read('short.ts')).toBe('ab');
    expect(await reader.read('long.ts')).toBe('x'.repeat(900));
  });

  it('judges binary files by name before reading', () => {
    expect(isTextCandidate('logo.PNG')).toBe(false);
    expect(isTextCandidate('src/index.ts')).toBe(true);
  });
});
