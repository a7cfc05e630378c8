import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  grade
} from "./chunk-D4UWMUA5.js";
import {
  loadCatalog
} from "./chunk-DLI75OZB.js";
import "./chunk-4IOWKBMJ.js";
import {
  apiBaseUrl,
  createClient,
  httpStatus
} from "./chunk-DDGS2LBY.js";
import {
  toJsonReport
} from "./chunk-3L6EXDIF.js";
import "./chunk-3T7CYGWW.js";
import "./chunk-7WGVYSY7.js";
import "./chunk-XRICSXDT.js";
import "./chunk-4ESW5KSC.js";
import "./chunk-LU6SHCMF.js";
import "./chunk-F5XIBRJ2.js";
import "./chunk-KMFT7KY4.js";
import "./chunk-CX7SWQ2U.js";
import {
  ConfigError,
  UsageError,
  describeError
} from "./chunk-OO2RKC3Q.js";
import {
  escapeMarkdown,
  escapeMarkup
} from "./chunk-6C7SI267.js";
import "./chunk-EKQ2MEFR.js";
import "./chunk-7ZRM26NT.js";
import {
  DIMENSIONS,
  LEVEL_NAMES
} from "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";

// src/commands/fleet.ts
import { mkdir as mkdir2, readFile as readFile2, writeFile as writeFile2 } from "node:fs/promises";
import path4 from "node:path";
import { parseArgs } from "node:util";

// src/fleet/grade.ts
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path2 from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

// src/fleet/tarball.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createGunzip } from "node:zlib";
var DEFAULT_LIMITS = {
  maxEntries: 5e4,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxFileBytes: 5 * 1024 * 1024,
  maxPathLength: 4096,
  maxDepth: 64
};
var MAX_META_BYTES = 1024 * 1024;
var BLOCK = 512;
var ExtractRefused = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ExtractRefused";
  }
};
async function extractTarball(open, dir, limits = DEFAULT_LIMITS) {
  await gunzipped(open(), (input) => extractTar(input, dir, limits, { write: false }));
  return gunzipped(open(), (input) => extractTar(input, dir, limits, { write: true }));
}
async function gunzipped(source, use) {
  const gunzip = createGunzip();
  source.on("error", (error) => gunzip.destroy(error));
  try {
    return await use(source.pipe(gunzip));
  } catch (error) {
    if (error.code?.startsWith("Z_")) throw new ExtractRefused(`not a gzip archive (${error.message})`);
    throw error;
  } finally {
    source.unpipe(gunzip);
    gunzip.destroy();
    source.destroy();
  }
}
async function extractTar(input, dir, limits = DEFAULT_LIMITS, { write = true } = {}) {
  const root = path.resolve(dir);
  const reader = new ByteReader(input[Symbol.asyncIterator]());
  const result = { files: 0, bytes: 0, entries: 0, skipped: [] };
  const madeDirs = /* @__PURE__ */ new Set();
  const written = /* @__PURE__ */ new Set();
  let declaredTotal = 0;
  let pax = {};
  let longName;
  let longLink;
  for (; ; ) {
    const block = await reader.read(BLOCK);
    if (!block) throw new ExtractRefused("the archive is cut off (no end-of-archive marker)");
    if (block.every((b) => b === 0)) break;
    if (++result.entries > limits.maxEntries) throw new ExtractRefused(`more than ${limits.maxEntries} entries`);
    const header = parseHeader(block);
    const size = pax.size !== void 0 ? paxSize(pax.size) : header.size;
    if (size > limits.maxTotalBytes) throw new ExtractRefused(`an entry declares ${size} bytes, more than the ${limits.maxTotalBytes}-byte cap`);
    declaredTotal += size;
    if (declaredTotal > limits.maxTotalBytes) throw new ExtractRefused(`more than ${limits.maxTotalBytes} bytes in all`);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    if (header.type === "x" || header.type === "g" || header.type === "L" || header.type === "K") {
      if (size > MAX_META_BYTES) throw new ExtractRefused(`a ${header.type} header of ${size} bytes`);
      const data2 = await reader.read(padded);
      if (!data2) throw new ExtractRefused("the archive is cut off");
      const content = data2.subarray(0, size);
      if (header.type === "x") pax = { ...pax, ...parsePax(content) };
      else if (header.type === "g") result.commit = /^[0-9a-f]{40}$/.exec(parsePax(content).comment ?? "")?.[0] ?? result.commit;
      else if (header.type === "L") longName = cString(content);
      else longLink = cString(content);
      continue;
    }
    const rawName = pax.path ?? longName ?? header.name;
    const rawLink = pax.linkpath ?? longLink ?? header.linkname;
    pax = {};
    longName = longLink = void 0;
    const relative = entryPath(rawName, limits);
    const skipContent = async () => {
      if (!await reader.skip(padded)) throw new ExtractRefused("the archive is cut off");
    };
    if (header.type === "3" || header.type === "4" || header.type === "6") throw new ExtractRefused(`a device or FIFO entry (${shown(rawName)})`);
    if (header.type === "1" || header.type === "2") {
      if (relative !== void 0 && linkLeaves(relative, rawLink, header.type === "2")) throw new ExtractRefused(`a link out of the folder (${shown(rawName)} \u2192 ${shown(rawLink)})`);
      if (relative) result.skipped.push({ path: relative, reason: header.type === "2" ? "symbolic link, not extracted" : "hard link, not extracted" });
      await skipContent();
      continue;
    }
    if (relative === void 0 || relative === "") {
      await skipContent();
      continue;
    }
    if (relative.split("/").some((part) => part.toLowerCase() === ".git")) {
      result.skipped.push({ path: relative, reason: ".git paths are not extracted" });
      await skipContent();
      continue;
    }
    const target = path.join(root, relative);
    if (!target.startsWith(root + path.sep)) throw new ExtractRefused(`a path out of the folder (${shown(rawName)})`);
    if (header.type === "5") {
      if (write) ensureDir(target, madeDirs, root);
      await skipContent();
      continue;
    }
    if (header.type !== "0" && header.type !== "\0" && header.type !== "7") {
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
    if (!data) throw new ExtractRefused("the archive is cut off");
    if (written.has(target)) {
      result.skipped.push({ path: relative, reason: "the same path twice" });
      continue;
    }
    written.add(target);
    ensureDir(path.dirname(target), madeDirs, root);
    if (writeEntry(target, data.subarray(0, size))) {
      result.files++;
      result.bytes += size;
    } else result.skipped.push({ path: relative, reason: "a file and a folder of the same name" });
  }
  return result;
}
function parseHeader(block) {
  const stored = octal(block.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  if (stored === void 0 || stored !== sum) throw new ExtractRefused("not a tar archive (a header checksum does not match)");
  const magic = block.subarray(257, 262).toString("latin1");
  const prefix = magic === "ustar" ? cString(block.subarray(345, 500)) : "";
  const name = cString(block.subarray(0, 100));
  const size = sizeField(block.subarray(124, 136));
  if (size === void 0) throw new ExtractRefused("a header with an unreadable size");
  return {
    name: prefix ? `${prefix}/${name}` : name,
    linkname: cString(block.subarray(157, 257)),
    type: String.fromCharCode(block[156]),
    size
  };
}
function sizeField(field) {
  if (field[0] & 128) {
    if (field[0] === 255) return void 0;
    let value = field[0] & 127;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i];
    return value;
  }
  return octal(field);
}
function octal(field) {
  const text = field.toString("latin1").replace(/\0.*$/s, "").trim();
  if (text === "") return 0;
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : void 0;
}
function paxSize(text) {
  if (!/^\d{1,20}$/.test(text)) throw new ExtractRefused("a pax size that is not a number");
  return Number(text);
}
function parsePax(content) {
  const out = {};
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(32, at);
    if (space === -1) break;
    const length = Number(content.subarray(at, space).toString("latin1"));
    if (!Number.isInteger(length) || length <= space - at || at + length > content.length) throw new ExtractRefused("a malformed pax header");
    const record = content.subarray(space + 1, at + length - 1).toString("utf8");
    const eq = record.indexOf("=");
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return out;
}
function cString(buffer) {
  const end = buffer.indexOf(0);
  return buffer.subarray(0, end === -1 ? buffer.length : end).toString("utf8");
}
function entryPath(raw, limits) {
  if (raw.length > limits.maxPathLength) throw new ExtractRefused(`a path longer than ${limits.maxPathLength} characters`);
  if (raw.includes("\0")) throw new ExtractRefused("a path with a NUL byte");
  if (raw.startsWith("/") || /^[a-zA-Z]:/.test(raw) || raw.includes("\\")) throw new ExtractRefused(`an absolute or Windows path (${shown(raw)})`);
  const parts = raw.split("/").filter((p) => p !== "" && p !== ".");
  if (parts.includes("..")) throw new ExtractRefused(`a path that climbs out with ".." (${shown(raw)})`);
  if (parts.length > limits.maxDepth + 1) throw new ExtractRefused(`a path deeper than ${limits.maxDepth} folders`);
  if (parts.length === 0) return void 0;
  if (parts[0] === "pax_global_header") return void 0;
  return parts.slice(1).join("/");
}
function linkLeaves(relative, target, symbolic) {
  if (target === "" || target.startsWith("/") || /^[a-zA-Z]:/.test(target) || target.includes("\\")) return true;
  const resolved = symbolic ? path.posix.normalize(path.posix.join(path.posix.dirname(relative), target)) : path.posix.normalize(target);
  return resolved === ".." || resolved.startsWith("../");
}
function writeEntry(target, content) {
  try {
    writeFileSync(target, content, { flag: "wx", mode: 420 });
    return true;
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST" || code === "ENOTDIR" || code === "EISDIR") return false;
    throw error;
  }
}
function ensureDir(target, made, root) {
  if (target === root || made.has(target)) return;
  try {
    mkdirSync(target, { recursive: true, mode: 493 });
  } catch (error) {
    const code = error.code;
    if (code !== "EEXIST" && code !== "ENOTDIR") throw error;
  }
  made.add(target);
}
function shown(text) {
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > 120 ? `${clean.slice(0, 117)}\u2026` : clean;
}
var ByteReader = class {
  constructor(source) {
    this.source = source;
  }
  source;
  chunks = [];
  length = 0;
  done = false;
  async fill(n) {
    while (this.length < n && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else {
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
        this.chunks.push(chunk);
        this.length += chunk.length;
      }
    }
    return this.length >= n;
  }
  async read(n) {
    if (n === 0) return Buffer.alloc(0);
    if (!await this.fill(n)) return void 0;
    const all = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
    const out = all.subarray(0, n);
    const rest = all.subarray(n);
    this.chunks = rest.length ? [rest] : [];
    this.length = rest.length;
    return out;
  }
  async skip(n) {
    while (n > 0) {
      if (this.length === 0 && !await this.fill(1)) return false;
      const head = this.chunks[0];
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
};

// src/fleet/grade.ts
var DEFAULT_MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024;
var DOWNLOAD_ATTEMPTS = 3;
var DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1e3;
function resultStem(fullName) {
  return fullName.replace("/", "__").replace(/[^A-Za-z0-9._-]/g, "_");
}
async function gradeShard(options) {
  const { repositories } = options;
  await mkdir(options.outDir, { recursive: true });
  const catalog = await loadCatalog();
  const results = new Array(repositories.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < repositories.length) {
      const index = next++;
      const result = await gradeRepository(repositories[index], options, catalog);
      results[index] = result;
      await writeFile(path2.join(options.outDir, `${resultStem(result.repository.fullName)}.json`), `${JSON.stringify(result)}
`);
      options.onResult?.(result, ++done, repositories.length);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? 2, repositories.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return results;
}
async function gradeRepository(repository, options, catalog) {
  const started = performance.now();
  const base = { schemaVersion: 1, kind: "levelgate-fleet-result", repository, gradedAt: (/* @__PURE__ */ new Date()).toISOString() };
  const finish = (rest) => ({ ...base, ...rest, durationMs: Math.round(performance.now() - started) });
  const maxDownload = options.maxDownloadBytes ?? DEFAULT_MAX_DOWNLOAD_BYTES;
  if (repository.sizeKb * 1024 > (options.limits ?? DEFAULT_LIMITS).maxTotalBytes * 2) {
    return finish({ status: "failed", reason: `too large: GitHub states ${megabytes(repository.sizeKb * 1024)} MB` });
  }
  const work = await mkdtemp(path2.join(options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), "levelgate-fleet-"));
  try {
    const archive = path2.join(work, "archive.tar.gz");
    const downloaded = await download(options.client, repository, archive, maxDownload);
    if (downloaded.failure) return finish({ status: "failed", reason: downloaded.failure });
    const tree = path2.join(work, "tree");
    await mkdir(tree);
    let extracted;
    try {
      extracted = await extractTarball(() => createReadStream(archive), tree, options.limits ?? DEFAULT_LIMITS);
    } catch (error) {
      if (error instanceof ExtractRefused) return finish({ status: "refused", reason: `archive refused: ${error.message}` });
      throw error;
    }
    if (extracted.files === 0) return finish({ status: "failed", reason: "empty repository (no files on the default branch)", ...extracted.commit ? { commit: extracted.commit } : {} });
    const report = await grade(tree, { catalog, ...options.noConfig ? { config: false } : {} });
    const notes = extracted.skipped.slice(0, 100).map((s) => ({
      kind: s.reason.startsWith("larger") ? "skipped-large" : s.reason.includes("link") ? "skipped-symlink" : "limit",
      path: s.path,
      message: `not extracted from the archive: ${s.reason}`
    }));
    const json = toJsonReport({ ...report, root: repository.fullName, notes: [...notes, ...report.notes] });
    return finish({ status: "graded", report: json, ...extracted.commit ? { commit: extracted.commit } : {} });
  } catch (error) {
    const reason = error instanceof ConfigError ? `its levelgate config is invalid: ${error.message}` : `grading failed: ${String(error?.message ?? error).split("\n")[0]}`;
    return finish({ status: "failed", reason });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
function describeStatus(status, repository) {
  switch (status) {
    case 404:
      return repository.sizeKb === 0 ? "empty repository (GitHub has no archive of it)" : "not found (deleted, renamed, or not readable with this token)";
    case 451:
      return "unavailable for legal reasons (HTTP 451)";
    case 403:
      return "access denied (HTTP 403)";
    case 401:
      return "the token was not accepted (HTTP 401)";
    default:
      return status ? `GitHub answered HTTP ${status}` : "GitHub did not answer";
  }
}
async function download(client, repository, file, maxBytes) {
  let location;
  try {
    const response = await client.request("GET /repos/{owner}/{repo}/tarball/{ref}", {
      owner: repository.owner,
      repo: repository.name,
      ref: repository.defaultBranch,
      request: { redirect: "manual" }
    });
    if (response.status === 200) {
      const data = Buffer.from(response.data);
      if (data.length > maxBytes) return { failure: `too large: the archive is over ${megabytes(maxBytes)} MB` };
      await writeFile(file, data);
      return data.length ? {} : { failure: "empty repository (an empty archive)" };
    }
    location = response.headers.location;
  } catch (error) {
    return { failure: describeStatus(httpStatus(error), repository) };
  }
  if (!location) return { failure: "GitHub answered without the archive or its address" };
  let last = "";
  for (let attempt = 1; attempt <= DOWNLOAD_ATTEMPTS; attempt++) {
    try {
      const response = await fetch(location, { redirect: "follow", signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      if (response.status === 404 || response.status === 451) {
        await response.body?.cancel();
        return { failure: describeStatus(response.status, repository) };
      }
      if (!response.ok || !response.body) {
        await response.body?.cancel();
        last = `the archive host answered HTTP ${response.status}`;
        if (response.status < 500) return { failure: last };
      } else {
        const declared = Number(response.headers.get("content-length") ?? "0");
        if (declared > maxBytes) {
          await response.body.cancel();
          return { failure: `too large: the archive is ${megabytes(declared)} MB, over ${megabytes(maxBytes)} MB` };
        }
        let received = 0;
        const capped = Readable.fromWeb(response.body);
        capped.on("data", (chunk) => {
          received += chunk.length;
          if (received > maxBytes) capped.destroy(new TooLarge());
        });
        await pipeline(capped, createWriteStream(file));
        return received ? {} : { failure: "empty repository (an empty archive)" };
      }
    } catch (error) {
      if (error instanceof TooLarge) return { failure: `too large: the archive is over ${megabytes(maxBytes)} MB` };
      last = "the archive download was cut off";
    }
    if (attempt < DOWNLOAD_ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, retryWaitMs(attempt)));
  }
  return { failure: `${last} (${DOWNLOAD_ATTEMPTS} attempts)` };
}
var TooLarge = class extends Error {
};
function retryWaitMs(attempt) {
  const base = Number(process.env.LEVELGATE_RETRY_BASE_MS);
  const unit = process.env.LEVELGATE_RETRY_BASE_MS && Number.isFinite(base) && base >= 0 && base <= 1e3 ? base : 1e3;
  return unit * attempt * attempt;
}
function megabytes(bytes) {
  return (bytes / 1024 / 1024).toFixed(0);
}

// src/fleet/shard.ts
import { createHash } from "node:crypto";
var MAX_SHARDS = 256;
var DEFAULT_SHARD_SIZE = 250;
var SLACK = 0.1;
function autoShardCount(count, shardSize = DEFAULT_SHARD_SIZE) {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(count / shardSize)));
}
function hashes(fullName) {
  const digest = createHash("sha256").update(fullName.toLowerCase()).digest();
  return { prefer: digest.readUInt32BE(0), order: digest.readUInt32BE(4) * 2 ** 21 + (digest.readUInt32BE(8) >>> 11) };
}
function assignShards(items, shards, nameOf) {
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) throw new RangeError(`shard count must be 1 to ${MAX_SHARDS}`);
  const out = Array.from({ length: shards }, () => []);
  const capacity = Math.max(1, Math.ceil(items.length / shards * (1 + SLACK)));
  const queue = items.map((item) => ({ item, name: nameOf(item), ...hashes(nameOf(item)) })).sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of queue) {
    let shard = entry.prefer % shards;
    while (out[shard].length >= capacity) shard = (shard + 1) % shards;
    out[shard].push(entry.item);
  }
  for (const shard of out) shard.sort((a, b) => nameOf(a).toLowerCase() < nameOf(b).toLowerCase() ? -1 : 1);
  return out;
}

// src/fleet/list.ts
async function listRepositories(client, owner) {
  const account = await client.rest.users.getByUsername({ username: owner });
  const ownerType = account.data.type === "Organization" ? "Organization" : "User";
  const raw = ownerType === "Organization" ? await client.paginate(client.rest.repos.listForOrg, { org: owner, type: "all", per_page: 100 }) : await client.paginate(client.rest.repos.listForUser, { username: owner, type: "owner", per_page: 100 });
  return { ownerType, repositories: raw.map(toFleetRepository) };
}
function toFleetRepository(r) {
  return {
    fullName: r.full_name,
    owner: r.owner.login,
    name: r.name,
    defaultBranch: r.default_branch || "main",
    htmlUrl: r.html_url,
    topics: (r.topics ?? []).filter((t) => typeof t === "string"),
    fork: r.fork,
    archived: r.archived === true || r.disabled === true,
    sizeKb: r.size ?? 0
  };
}
function filterRepositories(repositories, options) {
  const topic = options.topic?.toLowerCase();
  return repositories.filter(
    (r) => (options.includeForks || !r.fork) && (options.includeArchived || !r.archived) && (!topic || r.topics.some((t) => t.toLowerCase() === topic))
  );
}
function makePlan(owner, ownerType, all, shardCount, options, now = /* @__PURE__ */ new Date()) {
  const kept = filterRepositories(all, options);
  const shards = assignShards(kept, shardCount, (r) => r.fullName);
  return {
    schemaVersion: 1,
    kind: "levelgate-fleet-plan",
    owner,
    ownerType,
    createdAt: now.toISOString(),
    filters: { ...options.topic ? { topic: options.topic } : {}, includeForks: options.includeForks === true, includeArchived: options.includeArchived === true },
    listed: all.length,
    matrix: shards.map((_, i) => i),
    shards: shards.map((repositories, index) => ({ index, repositories }))
  };
}

// src/fleet/report/dashboard.ts
import { createHash as createHash2 } from "node:crypto";

// src/fleet/report/index.ts
import { readdir, readFile, stat } from "node:fs/promises";
import path3 from "node:path";
var HISTORY_RUNS = 30;
async function loadResults(inputs) {
  const files = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => void 0);
    if (!info) throw new UsageError(`no such file or folder: ${input}`);
    if (info.isDirectory()) files.push(...await jsonFilesUnder(input));
    else files.push(input);
  }
  const results = [];
  const skipped = [];
  let next = 0;
  const parsed = new Array(files.length);
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      try {
        const value = JSON.parse(await readFile(files[i], "utf8"));
        parsed[i] = isResult(value) ? value : void 0;
      } catch {
        parsed[i] = void 0;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  parsed.forEach((r, i) => r ? results.push(r) : skipped.push(files[i]));
  return { results, skipped };
}
async function jsonFilesUnder(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path3.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await jsonFilesUnder(full));
    else if (entry.isFile() && entry.name.endsWith(".json")) out.push(full);
  }
  return out.sort();
}
function isResult(value) {
  if (value?.kind !== "levelgate-fleet-result" || value.schemaVersion !== 1) return false;
  const r = value.repository;
  if (typeof r?.fullName !== "string" || typeof r.htmlUrl !== "string" || !Array.isArray(r.topics)) return false;
  if (!["graded", "failed", "refused"].includes(value.status)) return false;
  if (value.status !== "graded") return true;
  return typeof value.report?.level === "number" && DIMENSIONS.every((d) => typeof value.report.dimensions?.[d]?.level === "number");
}
async function loadPreviousIndex(file) {
  let value;
  try {
    value = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new UsageError(`--previous ${file}: ${error.code === "ENOENT" ? "no such file" : "not JSON"}`);
  }
  if (value?.kind !== "levelgate-fleet-index" || !Array.isArray(value.repositories)) throw new UsageError(`--previous ${file}: not a levelgate fleet index`);
  return value;
}
function buildIndex(results, previous, now = /* @__PURE__ */ new Date()) {
  const before = new Map((previous?.repositories ?? []).map((e) => [e.fullName.toLowerCase(), e]));
  const latest = /* @__PURE__ */ new Map();
  for (const r of results) {
    const key = r.repository.fullName.toLowerCase();
    const seen = latest.get(key);
    if (!seen || seen.gradedAt <= r.gradedAt) latest.set(key, r);
  }
  const at = now.toISOString();
  const repositories = [...latest.entries()].map(([key, r]) => {
    const prior = before.get(key);
    const graded = r.status === "graded" && r.report ? r.report : void 0;
    const dimensions = graded ? levelsOf(graded.dimensions) : void 0;
    const entry = {
      fullName: r.repository.fullName,
      htmlUrl: r.repository.htmlUrl,
      topics: r.repository.topics.filter((t) => typeof t === "string"),
      status: r.status,
      ...r.reason ? { reason: r.reason } : {},
      ...r.commit ? { commit: r.commit } : {},
      gradedAt: r.gradedAt,
      ...graded ? { level: graded.level, dimensions } : {},
      ...prior?.level !== void 0 && prior.dimensions ? { previous: { level: prior.level, dimensions: prior.dimensions } } : {},
      history: [...prior?.history ?? [], { at, level: graded ? graded.level : null }].slice(-HISTORY_RUNS),
      stem: resultStem(r.repository.fullName)
    };
    if (graded) entry.caps = capsOf(graded.level, graded.dimensions);
    return entry;
  });
  repositories.sort((a, b) => a.fullName.toLowerCase() < b.fullName.toLowerCase() ? -1 : 1);
  return { schemaVersion: 1, kind: "levelgate-fleet-index", generatedAt: at, repositories };
}
function levelsOf(dimensions) {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, dimensions[d].dimensionNotApplicable ? null : dimensions[d].level]));
}
function capsOf(level, dimensions) {
  if (level >= 4) return { dimensions: [], rules: [] };
  const at = DIMENSIONS.filter((d) => !dimensions[d].dimensionNotApplicable && dimensions[d].level === level);
  return { dimensions: at, rules: [...new Set(at.flatMap((d) => dimensions[d].next?.requiredMissing ?? []))] };
}
function lowestFirst(a, b) {
  const sum = (e) => Object.values(e.dimensions ?? {}).reduce((s, l) => s + (l ?? 0), 0);
  return (a.level ?? -1) - (b.level ?? -1) || sum(a) - sum(b) || (a.fullName < b.fullName ? -1 : 1);
}
function tally(index) {
  const overall = [0, 0, 0, 0, 0];
  const perDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, [0, 0, 0, 0, 0]]));
  const capDimensions = /* @__PURE__ */ new Map();
  const capRules = /* @__PURE__ */ new Map();
  let notGraded = 0;
  for (const e of index.repositories) {
    if (e.level === void 0 || !e.dimensions) {
      notGraded++;
      continue;
    }
    overall[e.level]++;
    for (const d of DIMENSIONS) if (e.dimensions[d] !== null) perDimension[d][e.dimensions[d]]++;
    for (const d of e.caps?.dimensions ?? []) capDimensions.set(d, (capDimensions.get(d) ?? 0) + 1);
    for (const r of e.caps?.rules ?? []) capRules.set(r, (capRules.get(r) ?? 0) + 1);
  }
  const ranked = (m) => [...m.entries()].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1));
  return { overall, perDimension, notGraded, capDimensions: ranked(capDimensions), capRules: ranked(capRules) };
}

// src/fleet/report/dashboard.ts
var LEVEL_COLOURS = ["#b91c1c", "#d97706", "#ca8a04", "#16a34a", "#0e7490"];
function safeUrl(url) {
  return /^https?:\/\/[^\s"'<>`]+$/i.test(url) ? url : void 0;
}
var SCRIPT = `
(function () {
  var table = document.getElementById('fleet');
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = table.tHead.rows[0].cells;
  var level = document.getElementById('level');
  var topic = document.getElementById('topic');
  var search = document.getElementById('search');
  var shown = document.getElementById('shown');
  var sorted = '';
  // The view lives in the address, to be shared: #level=1&topic=payments&q=api&sort=-testing.
  function remember() {
    var hash = [];
    if (level.value !== '') hash.push('level=' + encodeURIComponent(level.value));
    if (topic.value !== '') hash.push('topic=' + encodeURIComponent(topic.value));
    if (search.value !== '') hash.push('q=' + encodeURIComponent(search.value));
    if (sorted !== '') hash.push('sort=' + encodeURIComponent(sorted));
    if (hash.length || location.hash) history.replaceState(null, '', hash.length ? '#' + hash.join('&') : location.pathname + location.search);
  }
  function filter() {
    var l = level.value, t = topic.value, q = search.value.toLowerCase(), n = 0;
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      var ok = (l === '' || r.getAttribute('data-level') === l) &&
        (t === '' || (' ' + r.getAttribute('data-topics') + ' ').indexOf(' ' + t + ' ') !== -1) &&
        (q === '' || r.getAttribute('data-name').indexOf(q) !== -1);
      r.hidden = !ok;
      if (ok) n++;
    }
    shown.textContent = String(n);
  }
  function sortBy(col, dir) {
    for (var k = 0; k < heads.length; k++) heads[k].removeAttribute('aria-sort');
    heads[col].setAttribute('aria-sort', dir === 1 ? 'ascending' : 'descending');
    sorted = (dir === 1 ? '' : '-') + heads[col].getAttribute('data-key');
    rows.sort(function (a, b) {
      var x = a.cells[col].getAttribute('data-v'), y = b.cells[col].getAttribute('data-v');
      var nx = Number(x), ny = Number(y);
      var cmp = x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny) ? nx - ny : (x < y ? -1 : x > y ? 1 : 0);
      return cmp * dir;
    });
    var frag = document.createDocumentFragment();
    for (var i = 0; i < rows.length; i++) frag.appendChild(rows[i]);
    body.appendChild(frag);
  }
  location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('='), v = decodeURIComponent(kv[1] || '');
    if (kv[0] === 'level') level.value = v;
    if (kv[0] === 'topic') topic.value = v;
    if (kv[0] === 'q') search.value = v;
    if (kv[0] === 'sort') {
      for (var k = 0; k < heads.length; k++) if (heads[k].getAttribute('data-key') === v.replace(/^-/, '')) sortBy(k, v.charAt(0) === '-' ? -1 : 1);
    }
  });
  function changed() { filter(); remember(); }
  level.addEventListener('change', changed);
  topic.addEventListener('change', changed);
  search.addEventListener('input', changed);
  for (var c = 0; c < heads.length; c++) {
    (function (col, th) {
      th.addEventListener('click', function () {
        sortBy(col, th.getAttribute('aria-sort') === 'ascending' ? -1 : 1);
        remember();
      });
    })(c, heads[c]);
  }
  filter();
  document.body.setAttribute('data-ready', 'true');
  // From navigation start to a ready table (the bench reads it from the rendered DOM).
  document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
})();
`;
var STYLE = `
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,sans-serif;margin:1.5rem;color:#111}
h1{font-size:1.4rem;margin:0 0 .25rem}.meta{color:#555;margin:0 0 1rem}
.charts{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}.chart{border:1px solid #ddd;border-radius:6px;padding:.5rem;margin:0}
.chart h2{font-size:.85rem;margin:0 0 .25rem;text-transform:capitalize}
.filters{display:flex;gap:1rem;align-items:center;margin:1rem 0;flex-wrap:wrap}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:left;white-space:nowrap}
th{cursor:pointer;position:sticky;top:0;background:#f8f8f8;user-select:none}th[aria-sort=ascending]::after{content:" \u25B2"}th[aria-sort=descending]::after{content:" \u25BC"}
td.lv{font-weight:600;text-align:center}.l0{color:${LEVEL_COLOURS[0]}}.l1{color:${LEVEL_COLOURS[1]}}.l2{color:${LEVEL_COLOURS[2]}}.l3{color:${LEVEL_COLOURS[3]}}.l4{color:${LEVEL_COLOURS[4]}}
.na{color:#999}.up{color:#16a34a}.down{color:#b91c1c}.reason{color:#555;white-space:normal}small a{color:#555}
`;
function renderDashboard(index, options = {}) {
  const title = options.title ?? "levelgate fleet";
  const reportsDir = options.reportsDir ?? "reports";
  const t = tally(index);
  const topics = [...new Set(index.repositories.flatMap((e) => e.topics))].sort();
  const scriptHash = createHash2("sha256").update(SCRIPT).digest("base64");
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${scriptHash}'`;
  const charts = [
    chart("overall", t.overall),
    ...DIMENSIONS.map((d) => chart(d, t.perDimension[d]))
  ].join("");
  const head = ["Repository", "Overall", ...DIMENSIONS, "Change", "Runs", "Status"].map((h) => `<th scope="col" data-key="${h.toLowerCase()}">${escapeMarkup(h)}</th>`).join("");
  const rows = index.repositories.map((e) => row(e, reportsDir)).join("\n");
  const graded = index.repositories.length - t.notGraded;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${escapeMarkup(title)}</h1>
<p class="meta">${graded} of ${index.repositories.length} repositories graded \xB7 ${escapeMarkup(index.generatedAt)} \xB7 levels: ${[0, 1, 2, 3, 4].map((l) => escapeMarkup(LEVEL_NAMES[l])).join(", ")}</p>
<div class="charts">${charts}</div>
<div class="filters">
<label>Level <select id="level"><option value="">any</option>${[4, 3, 2, 1, 0].map((l) => `<option value="${l}">L${l}</option>`).join("")}<option value="none">not graded</option></select></label>
<label>Topic <select id="topic"><option value="">any</option>${topics.map((tp) => `<option value="${escapeMarkup(tp)}">${escapeMarkup(tp)}</option>`).join("")}</select></label>
<label>Name <input id="search" type="search" placeholder="filter by name"></label>
<span><span id="shown">${index.repositories.length}</span> shown</span>
</div>
<table id="fleet"><thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table>
<script>${SCRIPT}</script>
</body></html>
`;
}
function row(e, reportsDir) {
  const url = safeUrl(e.htmlUrl);
  const name = escapeMarkup(e.fullName);
  const repoLink = url ? `<a href="${escapeMarkup(url)}" rel="noopener noreferrer">${name}</a>` : name;
  const report = `<small><a href="${escapeMarkup(`${reportsDir}/${encodeURIComponent(e.stem)}.html`)}">report</a></small>`;
  const cells = [`<td data-v="${escapeMarkup(e.fullName.toLowerCase())}">${repoLink} ${report}</td>`];
  cells.push(levelCell(e.level, e.previous?.level));
  for (const d of DIMENSIONS) cells.push(levelCell(e.dimensions ? e.dimensions[d] : void 0, e.previous?.dimensions[d] ?? void 0));
  const delta = e.level !== void 0 && e.previous ? e.level - e.previous.level : void 0;
  cells.push(`<td data-v="${delta ?? ""}">${delta === void 0 ? e.previous || e.level === void 0 ? "" : "new" : delta > 0 ? `<span class="up">\u25B2 ${delta}</span>` : delta < 0 ? `<span class="down">\u25BC ${-delta}</span>` : "="}</td>`);
  cells.push(`<td data-v="${e.history.length}">${sparkline(e.history.map((h) => h.level))}</td>`);
  cells.push(`<td class="reason" data-v="${escapeMarkup(e.status)}">${e.status === "graded" ? "graded" : `${escapeMarkup(e.status)}: ${escapeMarkup(e.reason ?? "")}`}</td>`);
  const level = e.level === void 0 ? "none" : String(e.level);
  return `<tr data-level="${level}" data-topics="${escapeMarkup(e.topics.join(" "))}" data-name="${escapeMarkup(e.fullName.toLowerCase())}">${cells.join("")}</tr>`;
}
function levelCell(level, previous) {
  if (level === void 0) return '<td class="lv na" data-v="-1">\u2013</td>';
  if (level === null) return '<td class="lv na" data-v="-1" title="not applicable">n/a</td>';
  const moved = previous !== void 0 && previous !== level ? ` <span class="${level > previous ? "up" : "down"}">${level > previous ? "\u25B2" : "\u25BC"}</span>` : "";
  const title = moved ? ` title="was L${previous}"` : "";
  return `<td class="lv l${level}" data-v="${level}"${title}>L${level}${moved}</td>`;
}
function chart(name, counts) {
  const width = 170;
  const height = 90;
  const max = Math.max(1, ...counts);
  const barWidth = 26;
  const bars = counts.map((n, level) => {
    const h = Math.round(n / max * 58);
    const x = 8 + level * 32;
    return `<rect x="${x}" y="${70 - h}" width="${barWidth}" height="${h}" fill="${LEVEL_COLOURS[level]}"><title>L${level}: ${n}</title></rect><text x="${x + barWidth / 2}" y="${66 - h}" font-size="10" text-anchor="middle">${n}</text><text x="${x + barWidth / 2}" y="84" font-size="10" text-anchor="middle">L${level}</text>`;
  }).join("");
  return `<figure class="chart" data-dimension="${name}"><h2>${name}</h2><svg role="img" aria-label="${name}: ${counts.map((n, l) => `L${l} ${n}`).join(", ")}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${bars}</svg></figure>`;
}
function sparkline(levels) {
  if (levels.filter((l) => l !== null).length < 2) return "";
  const step = 60 / Math.max(1, levels.length - 1);
  const segments = [];
  let current = [];
  levels.forEach((l, i) => {
    if (l === null) {
      if (current.length) segments.push(current.join(" "));
      current = [];
    } else current.push(`${(i * step).toFixed(1)},${(16 - l * 3.5).toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(" "));
  const lines = segments.map((points) => `<polyline points="${points}" fill="none" stroke="#0e7490" stroke-width="1.5"/>`).join("");
  return `<svg width="62" height="18" viewBox="-1 0 62 18" aria-label="levels of the last ${levels.length} runs">${lines}</svg>`;
}
function renderRepositoryPage(result) {
  const name = escapeMarkup(result.repository.fullName);
  const url = safeUrl(result.repository.htmlUrl);
  const parts = [`<h1>${url ? `<a href="${escapeMarkup(url)}" rel="noopener noreferrer">${name}</a>` : name}</h1>`];
  parts.push(`<p class="meta">${escapeMarkup(result.status)}${result.commit ? ` \xB7 commit ${escapeMarkup(result.commit)}` : ""} \xB7 ${escapeMarkup(result.gradedAt)}</p>`);
  if (result.status !== "graded" || !result.report) {
    parts.push(`<p>${escapeMarkup(result.reason ?? "not graded")}</p>`);
  } else {
    const report = result.report;
    parts.push(`<p>Overall: <strong class="l${report.level}">${escapeMarkup(LEVEL_NAMES[report.level])}</strong></p>`);
    parts.push("<table><thead><tr><th>Dimension</th><th>Level</th><th>For the next level</th></tr></thead><tbody>");
    for (const d of DIMENSIONS) {
      const dim = report.dimensions[d];
      const next = dim.next ? dim.missing.filter((m) => m.level === dim.next.level) : [];
      const needs = next.map((m) => `<li>${m.required ? "<strong>required</strong> " : ""}${escapeMarkup(m.title)} <small>(${escapeMarkup(m.id)})</small>: ${escapeMarkup(m.hint)}</li>`).join("");
      parts.push(`<tr><td>${d}</td><td class="lv l${dim.level}">${dim.dimensionNotApplicable ? "n/a" : `L${dim.level}`}</td><td class="reason">${needs ? `<ul>${needs}</ul>` : ""}</td></tr>`);
    }
    parts.push("</tbody></table>");
    if (report.notes.length) parts.push(`<h2>Notes</h2><ul>${report.notes.slice(0, 200).map((n) => `<li>${escapeMarkup(n.path)}: ${escapeMarkup(n.message)}</li>`).join("")}</ul>`);
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${name} \xB7 levelgate</title><style>${STYLE}</style></head>
<body><p><small><a href="../index.html">\u2190 fleet</a></small></p>
${parts.join("\n")}
</body></html>
`;
}

// src/fleet/report/summary.ts
var LOWEST = 20;
var TOP_RULES = 10;
function renderFleetSummary(index, options = {}) {
  const t = tally(index);
  const total = index.repositories.length;
  const graded = total - t.notGraded;
  const out = [`## ${escapeMarkdown(options.title ?? "levelgate fleet")}`, ""];
  out.push(`${graded} of ${total} repositories graded${t.notGraded ? `; ${t.notGraded} not graded (listed below)` : ""}.`, "");
  out.push("| Level | Overall | " + DIMENSIONS.join(" | ") + " |", "|---|---:|" + DIMENSIONS.map(() => "---:").join("|") + "|");
  for (let level = 4; level >= 0; level--) {
    out.push(`| L${level} | ${t.overall[level]} | ${DIMENSIONS.map((d) => t.perDimension[d][level]).join(" | ")} |`);
  }
  out.push("");
  const lowest = index.repositories.filter((e) => e.level !== void 0).sort(lowestFirst).slice(0, LOWEST);
  if (lowest.length) {
    out.push(`### The ${lowest.length} lowest`, "", "| Repository | Overall | Held down by | Change |", "|---|---|---|---|");
    for (const e of lowest) out.push(`| ${link(e)} | L${e.level} | ${e.caps?.dimensions.join(", ") || "\u2014"} | ${change(e)} |`);
    out.push("");
  }
  if (t.capDimensions.length) {
    out.push("### What caps a level most often", "");
    out.push(`Dimensions at a repository's overall level (${graded - t.overall[4]} repositories below L4):`, "");
    for (const [d, n] of t.capDimensions) out.push(`- **${d}**: ${n}`);
    if (t.capRules.length) {
      out.push("", "Required rules those dimensions miss for the next level:", "");
      for (const [rule, n] of t.capRules.slice(0, TOP_RULES)) out.push(`- \`${rule.replace(/`/g, "'")}\`: ${n}`);
    }
    out.push("");
  }
  const failed = index.repositories.filter((e) => e.level === void 0);
  if (failed.length) {
    out.push("### Not graded", "", "| Repository | Why |", "|---|---|");
    for (const e of failed.slice(0, 100)) out.push(`| ${link(e)} | ${escapeMarkdown(e.reason ?? e.status)} |`);
    if (failed.length > 100) out.push(`| \u2026 | ${failed.length - 100} more in the index |`);
    out.push("");
  }
  return `${out.join("\n")}
`;
}
function link(e) {
  const name = escapeMarkdown(e.fullName);
  return /^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._/-]+$/.test(e.htmlUrl) ? `[${name}](${e.htmlUrl})` : name;
}
function change(e) {
  if (!e.previous || e.level === void 0) return e.previous ? "" : "new";
  const delta = e.level - e.previous.level;
  return delta > 0 ? `\u25B2 ${delta}` : delta < 0 ? `\u25BC ${-delta}` : "=";
}

// src/commands/fleet.ts
var FLEET_USAGE = `Usage: levelgate fleet <command> [options]

Grades every repository of an organisation or a user, one shard per CI job (see README, "Fleet").

  levelgate fleet list <org|user> --shards N|auto -o plan.json
      [--topic T] [--include-forks] [--include-archived]
                          list the repositories (GITHUB_TOKEN, GITHUB_API_URL) and write a shard plan;
                          auto = one shard per 250 repositories, at most ${MAX_SHARDS}
  levelgate fleet grade <plan.json> --shard I -o DIR [--no-config] [--max-entries N] [--max-mb N]
                          download, extract and grade the shard's repositories, two at a time;
                          writes one DIR/<owner>__<repo>.json per repository, graded or not
  levelgate fleet report <result files or folders\u2026> -o DIR [--previous index.json] [--title T]
                          DIR/index.html (the dashboard), DIR/summary.md, DIR/index.json, DIR/reports/

Exit codes: 0 done (repositories that could not be graded are recorded, not fatal), 2 usage error, no
token, or the listing failed.`;
async function fleetCommand(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "list":
        return await listCommand(rest, io);
      case "grade":
        return await gradeCommand(rest, io);
      case "report":
        return await reportCommand(rest, io);
      case void 0:
      case "-h":
      case "--help":
        io.stdout.write(`${FLEET_USAGE}
`);
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown fleet command "${command}"; use list, grade or report`);
    }
  } catch (error) {
    const { message, exitCode } = describeError(error);
    io.stderr.write(`levelgate fleet: ${message}
`);
    return exitCode;
  }
}
function parse(argv, options) {
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: "boolean", short: "h" } } });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error.message);
  }
}
function tokenFromEnv() {
  const token = process.env.GITHUB_TOKEN;
  if (!token) throw new UsageError("GITHUB_TOKEN is not set; a token that can read the repositories is needed");
  return token;
}
function positiveInteger(value, name, max = Number.MAX_SAFE_INTEGER) {
  if (value === void 0) return void 0;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${name} must be a whole number from 1 to ${max}`);
  return Number(value);
}
async function listCommand(argv, io) {
  const { values, positionals } = parse(argv, {
    shards: { type: "string" },
    output: { type: "string", short: "o" },
    topic: { type: "string" },
    "include-forks": { type: "boolean" },
    "include-archived": { type: "boolean" }
  });
  if (values.help) return help(io);
  if (positionals.length !== 1) throw new UsageError("fleet list takes one organisation or user name");
  const owner = positionals[0];
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(owner)) throw new UsageError(`"${owner}" is not a GitHub organisation or user name`);
  if (!values.output) throw new UsageError("fleet list needs -o plan.json");
  if (values.shards === void 0) throw new UsageError("fleet list needs --shards N (or auto)");
  const shards = values.shards === "auto" ? void 0 : positiveInteger(values.shards, "--shards", MAX_SHARDS);
  const client = await createClient(tokenFromEnv(), apiBaseUrl());
  let listed;
  try {
    listed = await listRepositories(client, owner);
  } catch (error) {
    const status = httpStatus(error);
    throw new UsageError(status === 404 ? `no organisation or user "${owner}" on ${apiBaseUrl()}` : `listing the repositories of "${owner}" failed (${status ? `HTTP ${status}` : "no answer"})`);
  }
  const options = { topic: values.topic, includeForks: values["include-forks"] === true, includeArchived: values["include-archived"] === true };
  const provisional = makePlan(owner, listed.ownerType, listed.repositories, 1, options);
  const kept = provisional.shards[0].repositories.length;
  const plan = makePlan(owner, listed.ownerType, listed.repositories, shards ?? autoShardCount(kept), options);
  await writeFile2(values.output, `${JSON.stringify(plan, null, 2)}
`);
  io.stderr.write(`levelgate fleet: ${kept} of ${listed.repositories.length} repositories of ${owner} in ${plan.shards.length} shards \u2192 ${values.output}
`);
  return 0;
}
async function readPlan(file) {
  let value;
  try {
    value = JSON.parse(await readFile2(file, "utf8"));
  } catch (error) {
    throw new UsageError(`${file}: ${error.code === "ENOENT" ? "no such file" : "not JSON"}`);
  }
  const ok = value?.kind === "levelgate-fleet-plan" && value.schemaVersion === 1 && Array.isArray(value.shards) && value.shards.every(
    (s) => Array.isArray(s?.repositories) && s.repositories.every((r) => ["fullName", "owner", "name", "defaultBranch", "htmlUrl"].every((k) => typeof r?.[k] === "string") && Array.isArray(r.topics) && typeof r.sizeKb === "number")
  );
  if (!ok) throw new UsageError(`${file}: not a levelgate fleet plan (write one with "levelgate fleet list")`);
  return value;
}
async function gradeCommand(argv, io) {
  const { values, positionals } = parse(argv, {
    shard: { type: "string" },
    output: { type: "string", short: "o" },
    "no-config": { type: "boolean" },
    "max-entries": { type: "string" },
    "max-mb": { type: "string" },
    quiet: { type: "boolean", short: "q" }
  });
  if (values.help) return help(io);
  if (positionals.length !== 1) throw new UsageError("fleet grade takes one plan file");
  if (!values.output) throw new UsageError("fleet grade needs -o DIR");
  if (values.shard === void 0 || !/^\d+$/.test(values.shard)) throw new UsageError("fleet grade needs --shard I (0, 1, \u2026)");
  const plan = await readPlan(positionals[0]);
  const shard = plan.shards[Number(values.shard)];
  if (!shard) throw new UsageError(`the plan has shards 0 to ${plan.shards.length - 1}, not ${values.shard}`);
  const maxEntries = positiveInteger(values["max-entries"], "--max-entries", 1e7);
  const maxMb = positiveInteger(values["max-mb"], "--max-mb", 1e5);
  const limits = { ...DEFAULT_LIMITS, ...maxEntries ? { maxEntries } : {}, ...maxMb ? { maxTotalBytes: maxMb * 1024 * 1024 } : {} };
  const client = await createClient(tokenFromEnv(), apiBaseUrl());
  const counts = { graded: 0, failed: 0, refused: 0 };
  await gradeShard({
    client,
    repositories: shard.repositories,
    outDir: values.output,
    limits,
    noConfig: values["no-config"] === true,
    onResult: (result, done, total) => {
      counts[result.status]++;
      if (values.quiet) return;
      const what = result.status === "graded" ? `L${result.report.level}` : `${result.status}: ${result.reason}`;
      io.stderr.write(`levelgate fleet: [${done}/${total}] ${printable(result.repository.fullName)} ${printable(what)} (${(result.durationMs / 1e3).toFixed(1)} s)
`);
    }
  });
  io.stderr.write(`levelgate fleet: shard ${shard.index}: ${counts.graded} graded, ${counts.failed} failed, ${counts.refused} refused \u2192 ${values.output}
`);
  return 0;
}
async function reportCommand(argv, io) {
  const { values, positionals } = parse(argv, {
    output: { type: "string", short: "o" },
    previous: { type: "string" },
    title: { type: "string" }
  });
  if (values.help) return help(io);
  if (positionals.length === 0) throw new UsageError("fleet report takes result files or folders");
  if (!values.output) throw new UsageError("fleet report needs -o DIR");
  const out = values.output;
  const previous = values.previous ? await loadPreviousIndex(values.previous) : void 0;
  const { results, skipped } = await loadResults(positionals);
  if (results.length === 0) throw new UsageError("no levelgate fleet results found in the given files or folders");
  const index = buildIndex(results, previous);
  const title = values.title ?? "levelgate fleet";
  await mkdir2(path4.join(out, "reports"), { recursive: true });
  const latest = /* @__PURE__ */ new Map();
  for (const r of results) {
    const seen = latest.get(r.repository.fullName.toLowerCase());
    if (!seen || seen.gradedAt <= r.gradedAt) latest.set(r.repository.fullName.toLowerCase(), r);
  }
  let next = 0;
  const pages = [...latest.values()];
  const writer = async () => {
    while (next < pages.length) {
      const r = pages[next++];
      await writeFile2(path4.join(out, "reports", `${resultStem(r.repository.fullName)}.html`), renderRepositoryPage(r));
    }
  };
  await Promise.all(Array.from({ length: 16 }, writer));
  await writeFile2(path4.join(out, "index.json"), `${JSON.stringify(index)}
`);
  await writeFile2(path4.join(out, "index.html"), renderDashboard(index, { title }));
  await writeFile2(path4.join(out, "summary.md"), renderFleetSummary(index, { title }));
  if (skipped.length) io.stderr.write(`levelgate fleet: ${skipped.length} JSON files were not fleet results and were left out
`);
  io.stderr.write(`levelgate fleet: ${index.repositories.length} repositories \u2192 ${path4.join(out, "index.html")}
`);
  return 0;
}
function help(io) {
  io.stdout.write(`${FLEET_USAGE}
`);
  return 0;
}
function printable(text) {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "?");
}
export {
  FLEET_USAGE,
  fleetCommand
};
