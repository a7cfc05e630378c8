// Builds tar archives in tests, byte by byte, including the malformed and hostile ones no tar tool writes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface TarEntry {
  name: string;
  type?: '0' | '1' | '2' | '3' | '5' | 'x' | 'g';
  content?: Buffer | string;
  linkname?: string;
  /** Declared size when it must differ from the content's (a lie). */
  size?: number;
  /** Extra pax records written before the entry. */
  pax?: Record<string, string>;
}

function field(buffer: Buffer, offset: number, length: number, value: string): void {
  buffer.write(value, offset, Math.min(length, Buffer.byteLength(value)), 'utf8');
}

function octal(buffer: Buffer, offset: number, length: number, value: number): void {
  field(buffer, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
}

export function header(entry: { name: string; type: string; size: number; linkname?: string }): Buffer {
  const block = Buffer.alloc(512);
  field(block, 0, 100, entry.name);
  octal(block, 100, 8, entry.type === '5' ? 0o755 : 0o644);
  octal(block, 108, 8, 0);
  octal(block, 116, 8, 0);
  if (entry.size >= 8 ** 11) {
    // GNU base-256 for sizes an octal field cannot hold.
    block[124] = 0x80;
    let v = entry.size;
    for (let i = 135; i > 124; i--) {
      block[i] = v % 256;
      v = Math.floor(v / 256);
    }
  } else octal(block, 124, 12, entry.size);
  octal(block, 136, 12, 1_700_000_000);
  block.write(entry.type, 156, 'latin1');
  if (entry.linkname) field(block, 157, 100, entry.linkname);
  block.write('ustar\u000000', 257, 'latin1');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of block) sum += b;
  field(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

function pad(data: Buffer): Buffer {
  const rest = data.length % 512;
  return rest ? Buffer.concat([data, Buffer.alloc(512 - rest)]) : data;
}

function paxRecords(records: Record<string, string>): Buffer {
  let text = '';
  for (const [key, value] of Object.entries(records)) {
    const body = ` ${key}=${value}\n`;
    let length = Buffer.byteLength(body) + 1;
    while (String(length).length + Buffer.byteLength(body) !== length) length = String(length).length + Buffer.byteLength(body);
    text += `${length}${body}`;
  }
  return Buffer.from(text, 'utf8');
}

/** An uncompressed tar of `entries`, ended by two zero blocks unless `end` is false. */
export function tar(entries: TarEntry[], end = true): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    const content = e.content === undefined ? Buffer.alloc(0) : Buffer.from(e.content);
    if (e.pax) {
      const records = paxRecords(e.pax);
      parts.push(header({ name: 'PaxHeader', type: 'x', size: records.length }), pad(records));
    }
    parts.push(header({ name: e.name, type: e.type ?? '0', size: e.size ?? content.length, linkname: e.linkname }));
    if (content.length) parts.push(pad(content));
  }
  if (end) parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export const targz = (entries: TarEntry[], end = true): Buffer => gzipSync(tar(entries, end));

/** The entries GitHub's tarball of `dir` would hold: everything under one top folder, as git archive writes it. */
export function entriesOf(dir: string, top: string): TarEntry[] {
  const entries: TarEntry[] = [{ name: `${top}/`, type: '5' }];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const full = path.join(dir, child);
      if (statSync(full).isDirectory()) {
        entries.push({ name: `${top}/${child}/`, type: '5' });
        walk(child);
      } else {
        const archived = `${top}/${child}`;
        // Long paths go in a pax header, as git archive does.
        entries.push(archived.length > 99 ? { name: archived.slice(0, 99), pax: { path: archived }, content: readFileSync(full) } : { name: archived, content: readFileSync(full) });
      }
    }
  };
  walk('');
  return entries;
}

/** The pax global header git archive writes first: the commit id. */
export const globalHeader = (commit: string): TarEntry => ({ name: 'pax_global_header', type: 'g', content: paxRecords({ comment: commit }) });
