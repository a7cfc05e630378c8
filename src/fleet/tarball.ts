// Extracts a repository tarball (GET /repos/{owner}/{repo}/tarball/{ref}: gzip'd ustar with pax headers, as
// `git archive` writes it) into an empty folder, treating it as hostile. A small reader of our own rather than
// a tar library: levelgate needs regular files and folders only, so links, devices and FIFOs are never created
// (the class of bugs behind most tar extraction CVEs cannot arise), every cap is checked on the declared header
// before a byte of content is read, and the action bundle gains no dependency.
//
// The archive is refused (ExtractRefused, with a reason for the report) when an entry's path is absolute or
// climbs out with "..", a link points out of the folder, an entry is a device or FIFO, a header is corrupt,
// or a cap is exceeded: entry count, declared size of one entry, total declared size, path length or depth.
// Files over the per-file cap are skipped with a note (the scan reads at most 1 MiB of a file anyway);
// links that stay inside and ".git" paths are skipped with a note. Nothing is executed; modes are not kept.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export interface ExtractLimits {
  /** Entries of any kind (files, folders, links, headers). */
  maxEntries: number;
  /** Sum of the declared sizes of all entries' content. */
  maxTotalBytes: number;
  /** A larger file is skipped (not written) with a note. */
  maxFileBytes: number;
  maxPathLength: number;
  maxDepth: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxEntries: 50_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxFileBytes: 5 * 1024 * 1024,
  maxPathLength: 4096,
  maxDepth: 64,
};

/** pax and GNU long-name headers are small; a larger one is an attack on memory. */
const MAX_META_BYTES = 1024 * 1024;
const BLOCK = 512;

export class ExtractRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractRefused';
  }
}

export interface ExtractResult {
  files: number;
  /** Bytes written. */
  bytes: number;
  entries: number;
  /** Entries left out, with why (grouped by reason in the report). */
  skipped: { path: string; reason: string }[];
  /** The commit id `git archive` records in the pax global header, when present. */
  commit?: string;
}

/**
 * Extracts the gzip'd tarball that `open` reads under `dir` (an empty folder), in two passes: the first reads
 * the headers only and throws ExtractRefused for a hostile archive, before anything is written; the second
 * writes. Reading the archive twice costs less than writing tens of thousands of files it would then refuse.
 */
export async function extractTarball(open: () => Readable, dir: string, limits: ExtractLimits = DEFAULT_LIMITS): Promise<ExtractResult> {
  await gunzipped(open(), (input) => extractTar(input, dir, limits, { write: false }));
  return gunzipped(open(), (input) => extractTar(input, dir, limits, { write: true }));
}

async function gunzipped<T>(source: Readable, use: (input: AsyncIterable<Buffer>) => Promise<T>): Promise<T> {
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  try {
    return await use(source.pipe(gunzip));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new ExtractRefused(`not a gzip archive (${(error as Error).message})`);
    throw error;
  } finally {
    source.unpipe(gunzip);
    gunzip.destroy();
    source.destroy();
  }
}

/** Extracts an uncompressed tar stream under `dir`; with write false, only checks it. */
export async function extractTar(input: AsyncIterable<Buffer>, dir: string, limits: ExtractLimits = DEFAULT_LIMITS, { write = true } = {}): Promise<ExtractResult> {
  const root = path.resolve(dir);
  const reader = new ByteReader(input[Symbol.asyncIterator]());
  const result: ExtractResult = { files: 0, bytes: 0, entries: 0, skipped: [] };
  const madeDirs = new Set<string>();
  const written = new Set<string>();
  let declaredTotal = 0;
  let pax: Record<string, string> = {};
  let longName: string | undefined;
  let longLink: string | undefined;
  for (;;) {
    const block = await reader.read(BLOCK);
    if (!block) throw new ExtractRefused('the archive is cut off (no end-of-archive marker)');
    if (block.every((b) => b === 0)) break; // end of archive
    if (++result.entries > limits.maxEntries) throw new ExtractRefused(`more than ${limits.maxEntries} entries`);
    const header = parseHeader(block);
    const size = pax.size !== undefined ? paxSize(pax.size) : header.size;
    if (size > limits.maxTotalBytes) throw new ExtractRefused(`an entry declares ${size} bytes, more than the ${limits.maxTotalBytes}-byte cap`);
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) throw new ExtractRefused(`more than ${limits.maxTotalBytes} bytes in all`);
    const padded = Math.ceil(size / BLOCK) * BLOCK;

    // Headers that describe the next entry.
    if (header.type === 'x' || header.type === 'g' || header.type === 'L' || header.type === 'K') {
      if (size > MAX_META_BYTES) throw new ExtractRefused(`a ${header.type} header of ${size} bytes`);
      const data = await reader.read(padded);
      if (!data) throw new ExtractRefused('the archive is cut off');
      const content = data.subarray(0, size);
      if (header.type === 'x') pax = { ...pax, ...parsePax(content) };
      else if (header.type === 'g') result.commit = /^[0-9a-f]{40}$/.exec(parsePax(content).comment ?? '')?.[0] ?? result.commit;
      else if (header.type === 'L') longName = cString(content);
      else longLink = cString(content);
      continue;
    }

    const rawName = pax.path ?? longName ?? header.name;
    const rawLink = pax.linkpath ?? longLink ?? header.linkname;
    pax = {};
    longName = longLink = undefined;
    const relative = entryPath(rawName, limits);
    const skipContent = async () => {
      if (!(await reader.skip(padded))) throw new ExtractRefused('the archive is cut off');
    };

    if (header.type === '3' || header.type === '4' || header.type === '6') throw new ExtractRefused(`a device or FIFO entry (${shown(rawName)})`);
    if (header.type === '1' || header.type === '2') {
      // Links are never created; one that points out of the folder marks the archive as hostile.
      if (relative !== undefined && linkLeaves(relative, rawLink, header.type === '2')) throw new ExtractRefused(`a link out of the folder (${shown(rawName)} → ${shown(rawLink)})`);
      if (relative) result.skipped.push({ path: relative, reason: header.type === '2' ? 'symbolic link, not extracted' : 'hard link, not extracted' });
      await skipContent();
      continue;
    }
    if (relative === undefined || relative === '') {
      // The archive's top folder ("owner-repo-sha/") itself, or a global entry.
      await skipContent();
      continue;
    }
    if (relative.split('/').some((part) => part.toLowerCase() === '.git')) {
      result.skipped.push({ path: relative, reason: '.git paths are not extracted' });
      await skipContent();
      continue;
    }
    const target = path.join(root, relative);
    if (!target.startsWith(root + path.sep)) throw new ExtractRefused(`a path out of the folder (${shown(rawName)})`);
    if (header.type === '5') {
      if (write) ensureDir(target, madeDirs, root);
      await skipContent();
      continue;
    }
    if (header.type !== '0' && header.type !== '\0' && header.type !== '7') {
      result.skipped.push({ path: relative, reason: `entry type "${shown(header.type)}" is not extracted` });
      await skipContent();
      continue;
    }
    if (size > limits.maxFileBytes) {
      result.skipped.push({ path: relative, reason: `larger than ${limits.maxFileBytes} bytes` });
      await skipContent();
      continue;
    }
    if (!write) {
      await skipContent();
      result.files++;
      result.bytes += size;
      continue;
    }
    const data = await reader.read(padded);
    if (!data) throw new ExtractRefused('the archive is cut off');
    if (written.has(target)) {
      result.skipped.push({ path: relative, reason: 'the same path twice' });
      continue;
    }
    written.add(target);
    // Synchronous writes: for many small files, one thread writing in order beats a round trip through the
    // thread pool per open, write and close (the archive is in memory a block at a time either way).
    ensureDir(path.dirname(target), madeDirs, root);
    if (writeEntry(target, data.subarray(0, size))) {
      result.files++;
      result.bytes += size;
    } else result.skipped.push({ path: relative, reason: 'a file and a folder of the same name' });
  }
  return result;
}

interface Header {
  name: string;
  linkname: string;
  type: string;
  size: number;
}

function parseHeader(block: Buffer): Header {
  const stored = octal(block.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i]!;
  if (stored === undefined || stored !== sum) throw new ExtractRefused('not a tar archive (a header checksum does not match)');
  const magic = block.subarray(257, 262).toString('latin1');
  const prefix = magic === 'ustar' ? cString(block.subarray(345, 500)) : '';
  const name = cString(block.subarray(0, 100));
  const size = sizeField(block.subarray(124, 136));
  if (size === undefined) throw new ExtractRefused('a header with an unreadable size');
  return {
    name: prefix ? `${prefix}/${name}` : name,
    linkname: cString(block.subarray(157, 257)),
    type: String.fromCharCode(block[156]!),
    size,
  };
}

/** Octal, or GNU base-256 (high bit set) for sizes of 8 GiB and more; undefined when unreadable. */
function sizeField(field: Buffer): number | undefined {
  if (field[0]! & 0x80) {
    if (field[0] === 0xff) return undefined; // negative
    let value = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return value;
  }
  return octal(field);
}

function octal(field: Buffer): number | undefined {
  const text = field.toString('latin1').replace(/\0.*$/s, '').trim();
  if (text === '') return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}

function paxSize(text: string): number {
  if (!/^\d{1,20}$/.test(text)) throw new ExtractRefused('a pax size that is not a number');
  return Number(text);
}

/** pax records: "<length> <key>=<value>\n", length counting the whole record. */
function parsePax(content: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    if (space === -1) break;
    const length = Number(content.subarray(at, space).toString('latin1'));
    if (!Number.isInteger(length) || length <= space - at || at + length > content.length) throw new ExtractRefused('a malformed pax header');
    const record = content.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return out;
}

function cString(buffer: Buffer): string {
  const end = buffer.indexOf(0);
  return buffer.subarray(0, end === -1 ? buffer.length : end).toString('utf8');
}

/**
 * The entry's path inside the repository: the archive's top folder removed, "." and empty parts dropped.
 * undefined for the top folder itself and for pax/GNU bookkeeping names; throws for a path that leaves.
 */
function entryPath(raw: string, limits: ExtractLimits): string | undefined {
  if (raw.length > limits.maxPathLength) throw new ExtractRefused(`a path longer than ${limits.maxPathLength} characters`);
  if (raw.includes('\0')) throw new ExtractRefused('a path with a NUL byte');
  if (raw.startsWith('/') || /^[a-zA-Z]:/.test(raw) || raw.includes('\\')) throw new ExtractRefused(`an absolute or Windows path (${shown(raw)})`);
  const parts = raw.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new ExtractRefused(`a path that climbs out with ".." (${shown(raw)})`);
  if (parts.length > limits.maxDepth + 1) throw new ExtractRefused(`a path deeper than ${limits.maxDepth} folders`);
  if (parts.length === 0) return undefined;
  if (parts[0] === 'pax_global_header') return undefined;
  return parts.slice(1).join('/');
}

/**
 * Whether a link at `relative` (inside the repository) reaches outside it. A symbolic link's target is
 * relative to the link's folder; a hard link's names an entry of the archive, from the archive's top.
 */
function linkLeaves(relative: string, target: string, symbolic: boolean): boolean {
  if (target === '' || target.startsWith('/') || /^[a-zA-Z]:/.test(target) || target.includes('\\')) return true;
  const resolved = symbolic ? path.posix.normalize(path.posix.join(path.posix.dirname(relative), target)) : path.posix.normalize(target);
  return resolved === '..' || resolved.startsWith('../');
}

/**
 * Writes one file; false when its name is taken by a folder, or a parent is a file (a hostile or odd archive).
 * wx: never through an existing name (the folder holds no links; each path is written once).
 */
function writeEntry(target: string, content: Buffer): boolean {
  try {
    writeFileSync(target, content, { flag: 'wx', mode: 0o644 });
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') return false;
    throw error;
  }
}

function ensureDir(target: string, made: Set<string>, root: string): void {
  if (target === root || made.has(target)) return;
  try {
    mkdirSync(target, { recursive: true, mode: 0o755 });
  } catch (error) {
    // A file of that name came first: the entries under it are left out by writeEntry's ENOTDIR.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw error;
  }
  made.add(target);
}

/** A name from the archive, shortened and without control characters, for a note. */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 117)}…` : clean;
}

/** Reads exact byte counts out of a chunked stream without holding more than it must. */
class ByteReader {
  private chunks: Buffer[] = [];
  private length = 0;
  private done = false;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(n: number): Promise<boolean> {
    while (this.length < n && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else {
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value as Uint8Array);
        this.chunks.push(chunk);
        this.length += chunk.length;
      }
    }
    return this.length >= n;
  }

  async read(n: number): Promise<Buffer | undefined> {
    if (n === 0) return Buffer.alloc(0);
    if (!(await this.fill(n))) return undefined;
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    return out;
  }

  async skip(n: number): Promise<boolean> {
    while (n > 0) {
      if (this.length === 0 && !(await this.fill(1))) return false;
      const head = this.chunks[0]!;
      if (head.length <= n) {
        this.chunks.shift();
        this.length -= head.length;
        n -= head.length;
      } else {
        this.chunks[0] = head.subarray(n);
        this.length -= n;
        n = 0;
      }
    }
    return true;
  }
}
