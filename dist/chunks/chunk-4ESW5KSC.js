import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  escapeRegExp
} from "./chunk-LU6SHCMF.js";

// src/inventory/read.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import path from "node:path";
var MAX_FILE_BYTES = 1024 * 1024;
var BINARY_EXTENSIONS = /\.(png|jpe?g|gif|bmp|ico|icns|webp|avif|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|ear|class|dll|exe|so|dylib|a|o|obj|lib|bin|dat|db|sqlite3?|woff2?|ttf|otf|eot|mp3|mp4|m4a|wav|ogg|flac|mov|avi|webm|mkv|wasm|pyc|pyo|node|keystore|jks|p12|pfx|der|onnx|pt|pth|h5|parquet|avro|orc|npy|npz|pkl|xlsx?|docx?|pptx?)$/i;
function isTextCandidate(file) {
  return !BINARY_EXTENSIONS.test(file);
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
var latin1 = new TextDecoder("latin1");
var READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
var FileReader = class {
  /**
   * `onDisk`: where a path asked for is on disk, when the grade sees other names (a samples view, see
   * evidence/samples-view.ts); the notes keep the name asked for.
   */
  constructor(root, notes, maxBytes = MAX_FILE_BYTES, onDisk) {
    this.root = root;
    this.maxBytes = maxBytes;
    this.onDisk = onDisk;
    this.notes = notes;
  }
  root;
  maxBytes;
  onDisk;
  cache = /* @__PURE__ */ new Map();
  notes;
  /** Scratch space for one file's bytes, grown on demand up to maxBytes (decoding copies out of it). */
  scratch = Buffer.allocUnsafe(0);
  filesRead = 0;
  /** Text of a file, or undefined when it is binary, too large or unreadable (noted once). */
  async read(file) {
    return this.readNow(file);
  }
  /** Reads many files (each once). */
  async readAll(files) {
    for (const file of files) if (!this.cache.has(file)) this.readNow(file);
  }
  /** Already-read text, without touching the disk. */
  cached(file) {
    return this.cache.get(file) ?? void 0;
  }
  readNow(file) {
    let text = this.cache.get(file);
    if (text === void 0) this.cache.set(file, text = this.load(file));
    return text ?? void 0;
  }
  load(file) {
    let fd;
    try {
      fd = openSync(path.join(this.root, this.onDisk ? this.onDisk(file) : file), READ_FLAGS);
      const info = fstatSync(fd);
      if (!info.isFile()) return null;
      if (info.size > this.maxBytes) {
        this.note("skipped-large", file, `larger than ${Math.round(this.maxBytes / 1024)} KiB (${info.size} bytes), not read`);
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
        this.note("skipped-binary", file, "binary content, not read as text");
        return null;
      }
      try {
        return stripBom(utf8.decode(bytes));
      } catch {
        this.note("non-utf8", file, "not valid UTF-8; read as Latin-1");
        return latin1.decode(bytes);
      }
    } catch (error) {
      const code = error.code ?? "error";
      this.note("unreadable", file, `could not be read (${code})`);
      return null;
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
  note(kind, file, message) {
    this.notes.push({ kind, path: file, message });
  }
};
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}

// src/evidence/parse-filter.ts
function wholeWordFilter(parseWords) {
  const others = parseWords.filter((w) => w !== "import").map(escapeRegExp);
  const words = others.length ? new RegExp(`(?<![\\w$/-])(?:${others.join("|")})(?![\\w$])`) : void 0;
  const dynamicImport = others.length < parseWords.length ? /\bimport\s*\(/ : void 0;
  return (text) => !!words?.test(text) || !!dynamicImport?.test(text);
}

// src/evidence/parse-protocol.ts
import { createHash } from "node:crypto";
var LOAD_AT_ONCE_FILES = 500;
var CI_IN_WORKER_CHARS = 16 * 1024;
function digest(text) {
  return createHash("sha1").update(text).digest("base64");
}

// src/evidence/viewed-path.ts
var VIEW_MARK = "Lgv0";
function realPath(file) {
  return file.includes(VIEW_MARK) ? file.split(VIEW_MARK).join("") : file;
}

export {
  isTextCandidate,
  FileReader,
  wholeWordFilter,
  LOAD_AT_ONCE_FILES,
  CI_IN_WORKER_CHARS,
  digest,
  VIEW_MARK,
  realPath
};
