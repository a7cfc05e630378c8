// Reads each file at most once, safely: large, binary and unreadable files are skipped with a note.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { ScanNote } from '../types.js';

export const MAX_FILE_BYTES = 1024 * 1024;

const BINARY_EXTENSIONS = /\.(png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|ear|class|dll|exe|so|dylib|a|o|obj|lib|bin|dat|db|sqlite3?|woff2?|ttf|otf|eot|mp3|mp4|m4a|wav|ogg|flac|mov|avi|webm|mkv|wasm|pyc|pyo|node|keystore|jks|p12|pfx|der|onnx|pt|pth|h5|parquet|avro|orc|npy|npz|pkl|xlsx?|docx?|pptx?)$/i;

/** Whether a file is worth reading as text at all (judged by its name). */
export function isTextCandidate(file: string): boolean {
  return !BINARY_EXTENSIONS.test(file);
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Cached reads of repository files by relative path. Reads are synchronous, into one buffer reused for every
 * file: at 20k files the promise machinery of asynchronous reads (open, fstat, read, close, each a round trip
 * through libuv's threads) cost more than the reading itself, and a fresh buffer per file fed the collector.
 */
export class FileReader {
  private readonly cache = new Map<string, string | null>();
  private readonly notes: ScanNote[];
  /** Scratch space for one file's bytes, grown on demand up to maxBytes (decoding copies out of it). */
  private scratch = Buffer.allocUnsafe(0);
  filesRead = 0;

  /**
   * `onDisk`: where a path asked for is on disk, when the grade sees other names (a samples view, see
   * evidence/samples-view.ts); the notes keep the name asked for.
   */
  constructor(private readonly root: string, notes: ScanNote[], private readonly maxBytes = MAX_FILE_BYTES, private readonly onDisk?: (file: string) => string) {
    this.notes = notes;
  }

  /** Text of a file, or undefined when it is binary, too large or unreadable (noted once). */
  async read(file: string): Promise<string | undefined> {
    return this.readNow(file);
  }

  /** Reads many files (each once). */
  async readAll(files: string[]): Promise<void> {
    for (const file of files) if (!this.cache.has(file)) this.readNow(file);
  }

  /** Already-read text, without touching the disk. */
  cached(file: string): string | undefined {
    return this.cache.get(file) ?? undefined;
  }

  private readNow(file: string): string | undefined {
    let text = this.cache.get(file);
    if (text === undefined) this.cache.set(file, (text = this.load(file)));
    return text ?? undefined;
  }

  private load(file: string): string | null {
    let fd: number | undefined;
    try {
      // O_NONBLOCK: a FIFO put where a file was listed opens at once (and is then refused as not a file)
      // instead of blocking the grade; for a regular file it changes nothing.
      fd = openSync(path.join(this.root, this.onDisk ? this.onDisk(file) : file), READ_FLAGS);
      const info = fstatSync(fd);
      if (!info.isFile()) return null;
      if (info.size > this.maxBytes) {
        this.note('skipped-large', file, `larger than ${Math.round(this.maxBytes / 1024)} KiB (${info.size} bytes), not read`);
        return null;
      }
      if (this.scratch.length < info.size) this.scratch = Buffer.allocUnsafe(Math.min(this.maxBytes, Math.max(info.size, 2 * this.scratch.length, 64 * 1024)));
      const buffer = this.scratch;
      let offset = 0;
      while (offset < info.size) {
        const bytesRead = readSync(fd, buffer, offset, info.size - offset, offset);
        if (bytesRead === 0) break;
        offset += bytesRead;
      }
      this.filesRead++;
      const bytes = buffer.subarray(0, offset);
      if (bytes.subarray(0, 8192).includes(0)) {
        this.note('skipped-binary', file, 'binary content, not read as text');
        return null;
      }
      try {
        return stripBom(utf8.decode(bytes));
      } catch {
        this.note('non-utf8', file, 'not valid UTF-8; read as Latin-1');
        return latin1.decode(bytes);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      this.note('unreadable', file, `could not be read (${code})`);
      return null;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  private note(kind: ScanNote['kind'], file: string, message: string): void {
    this.notes.push({ kind, path: file, message });
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
