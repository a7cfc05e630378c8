// Reads each file at most once, safely: large, binary and unreadable files are skipped with a note.
import { open } from 'node:fs/promises';
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

/** Cached reads of repository files by relative path. */
export class FileReader {
  private readonly cache = new Map<string, string | null>();
  /** Reads under way, so two callers asking for one file share one read. */
  private readonly pending = new Map<string, Promise<string | null>>();
  private readonly notes: ScanNote[];
  filesRead = 0;

  constructor(private readonly root: string, notes: ScanNote[], private readonly maxBytes = MAX_FILE_BYTES) {
    this.notes = notes;
  }

  /** Text of a file, or undefined when it is binary, too large or unreadable (noted once). */
  async read(file: string): Promise<string | undefined> {
    const cached = this.cache.get(file);
    if (cached !== undefined) return cached ?? undefined;
    return (await this.loading(file)) ?? undefined;
  }

  /** Reads many files with bounded concurrency. */
  async readAll(files: string[], concurrency = 32): Promise<void> {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < files.length) {
        const file = files[next++]!;
        if (!this.cache.has(file)) await this.loading(file);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  }

  /**
   * The read of a file, shared by everyone who asks while it is under way; its result is cached when it ends.
   * Not an async function: at 20k files one async frame per file was measurable.
   */
  private loading(file: string): Promise<string | null> {
    let loading = this.pending.get(file);
    if (!loading) {
      loading = this.load(file).then((text) => {
        this.cache.set(file, text);
        this.pending.delete(file);
        return text;
      });
      this.pending.set(file, loading);
    }
    return loading;
  }

  /** Already-read text, without touching the disk. */
  cached(file: string): string | undefined {
    return this.cache.get(file) ?? undefined;
  }

  private async load(file: string): Promise<string | null> {
    let handle;
    try {
      handle = await open(path.join(this.root, file), 'r');
      const info = await handle.stat();
      if (!info.isFile()) return null;
      if (info.size > this.maxBytes) {
        this.note('skipped-large', file, `larger than ${Math.round(this.maxBytes / 1024)} KiB (${info.size} bytes), not read`);
        return null;
      }
      const buffer = Buffer.alloc(info.size);
      let offset = 0;
      while (offset < info.size) {
        const { bytesRead } = await handle.read(buffer, offset, info.size - offset, offset);
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
      await handle?.close();
    }
  }

  private note(kind: ScanNote['kind'], file: string, message: string): void {
    this.notes.push({ kind, path: file, message });
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
