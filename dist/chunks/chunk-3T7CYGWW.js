import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  isInside,
  passesThroughGit
} from "./chunk-7WGVYSY7.js";
import {
  require_dist
} from "./chunk-XRICSXDT.js";
import {
  hasTargets
} from "./chunk-CX7SWQ2U.js";
import {
  ConfigError,
  GradeError
} from "./chunk-OO2RKC3Q.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import {
  __toESM
} from "./chunk-5DGXIFSJ.js";

// src/config/load.ts
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";

// src/config/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function configError(name, line, field, message) {
  const where = field.length ? field.join(".") : "(root)";
  return new ConfigError(`${name}${line ? `:${line}` : ""}: ${where}: ${message}`);
}
function parseYaml(name, text, schema) {
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = e.linePos?.[0].line ?? counter.linePos(e.pos[0]).line;
    throw new ConfigError(`${name}:${line}: invalid YAML: ${e.message.split("\n")[0]}`);
  }
  const lineOf = (path2) => lineAt(doc, counter, path2);
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    throw new ConfigError(`${name}:1: invalid YAML: ${String(error.message).split("\n")[0]}`);
  }
  if (typeof raw !== "object" || Array.isArray(raw)) throw new ConfigError(`${name}:1: (root): expected a mapping of settings, got ${Array.isArray(raw) ? "a list" : typeof raw}`);
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = pickIssue(result.error.issues);
    const path2 = [...issue.path];
    if (issue.code === "unrecognized_keys" && "keys" in issue && Array.isArray(issue.keys) && issue.keys.length) path2.push(String(issue.keys[0]));
    throw configError(name, lineOf(path2), path2, describeIssue(issue));
  }
  return { data: result.data, lineOf };
}
function pickIssue(issues) {
  const first = issues.find((i) => i.code === "unrecognized_keys") ?? issues[0];
  if (first.code === "invalid_union" && "errors" in first && first.errors.length) {
    const candidates = first.errors.map((branch) => pickIssue(branch)).map((i) => ({ ...i, path: [...first.path, ...i.path] }));
    candidates.sort((a, b) => b.path.length - a.path.length);
    return candidates[0] ?? first;
  }
  return first;
}
function describeIssue(issue) {
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_value" && "values" in issue) return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  return issue.message.replace(/^Invalid input: /, "");
}
function lineAt(_doc, counter, path2) {
  let node = _doc.contents;
  let line = node && typeof node === "object" && "range" in node ? counter.linePos(node.range[0]).line : 1;
  for (const segment of path2) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => String(p.key?.value ?? p.key) === String(segment));
      if (!pair) break;
      const keyRange = pair.key?.range;
      if (keyRange) line = counter.linePos(keyRange[0]).line;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(segment)];
      if (!item) break;
      if (item.range) line = counter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}

// src/config/load.ts
var CONFIG_LOCATIONS = [".levelgate.yml", ".levelgate.yaml", ".github/levelgate.yml", ".github/.levelgate.yml", ".github/levelgate.yaml"];
var MAX_CONFIG_BYTES = 1e6;
var MAX_PACK_FILES = 100;
async function findConfig(root) {
  const found = [];
  for (const name of CONFIG_LOCATIONS) {
    const info = await stat(path.join(root, name)).catch(() => void 0);
    if (info?.isFile()) found.push(name);
  }
  if (found.length > 1) {
    throw new ConfigError(`${found.join(" and ")}: two config files; levelgate reads one, so keep one and delete the other${found.length > 2 ? "s" : ""}`);
  }
  return found[0] === void 0 ? void 0 : path.join(root, found[0]);
}
async function loadConfig(root, options = {}) {
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  let file;
  if (options.file !== void 0) {
    file = path.resolve(options.file);
    const info = await stat(file).catch(() => void 0);
    if (!info?.isFile()) throw new ConfigError(`${options.file}: config file not found`);
  } else {
    const found = await findConfig(realRoot);
    if (!found) return void 0;
    file = found;
  }
  const realFile = await realpath(file);
  const inside = isInside(realRoot, realFile);
  if (inside && passesThroughGit(realRoot, realFile)) throw new ConfigError(`${path.relative(realRoot, file)}: the config file leads into .git, which is not the repository's data`);
  if (options.file === void 0 && !inside) throw new ConfigError(`${path.relative(realRoot, file)}: the config file is a symlink that points outside the repository`);
  const displayName = inside ? path.relative(realRoot, realFile).split(path.sep).join("/") : options.file ?? file;
  const text = await readText(realFile, displayName);
  return parseConfig(displayName, text, {
    root: realRoot,
    // Packs named by a config inside the repository stay inside it; a config outside (given by the operator) may name packs beside it.
    packBase: inside ? realRoot : path.dirname(realFile),
    file: realFile
  });
}
async function parseConfig(name, text, where) {
  const { configSchema } = await import("./schema-FDDWHRLY.js");
  const doc = parseYaml(name, text, configSchema);
  const data = doc.data;
  const config = {
    file: where.file ?? path.join(where.root, name),
    displayName: name,
    ignore: data.ignore ?? [],
    disabled: (data.disable ?? []).map((d, i) => ({ ...d, line: doc.lineOf(["disable", i, "rule"]) })),
    suppressions: (data.suppress ?? []).map((s, i) => ({ ...s, line: doc.lineOf(["suppress", i, "rule"]) })),
    notApplicable: (data.notApplicable ?? []).map((n, i) => ({ ...n, line: doc.lineOf(["notApplicable", i, "dimension"]) })),
    customRules: (data.customRules ?? []).map((file, i) => ({
      source: `${name} customRules[${i}]`,
      file: name,
      data: file,
      lineOf: (p) => doc.lineOf(["customRules", i, ...p])
    }))
  };
  if (data.targets) config.targets = toTargets(data.targets);
  if (data.strictGates) config.strictGates = true;
  if (data.monorepo !== void 0) {
    const m = data.monorepo;
    config.monorepo = typeof m === "boolean" ? { enabled: m } : { enabled: m.enabled ?? true, ...m.packages ? { packages: m.packages } : {}, ...m.exclude ? { exclude: m.exclude } : {} };
  }
  const seen = /* @__PURE__ */ new Map();
  for (const [i, n] of config.notApplicable.entries()) {
    if (seen.has(n.dimension)) throw configError(name, n.line, ["notApplicable", i, "dimension"], `"${n.dimension}" is listed twice`);
    seen.set(n.dimension, n.line);
    if (data.targets?.[n.dimension] !== void 0) {
      throw configError(name, doc.lineOf(["targets", n.dimension]), ["targets", n.dimension], `"${n.dimension}" is declared not applicable (line ${n.line}); remove its target or the notApplicable entry`);
    }
  }
  if (seen.size === DIMENSIONS.length) throw configError(name, doc.lineOf(["notApplicable"]), ["notApplicable"], "every dimension is declared not applicable; nothing would be graded");
  for (const [i, d] of config.disabled.entries()) {
    const again = config.disabled.findIndex((x) => x.rule === d.rule);
    if (again !== i) throw configError(name, d.line, ["disable", i, "rule"], `"${d.rule}" is disabled twice (also line ${config.disabled[again].line})`);
  }
  for (const [i, pack] of (data.rulePacks ?? []).entries()) {
    const base = where.packBase ?? where.root;
    config.customRules.push(...await loadRulePack(pack, { base, confined: true, configName: name, line: doc.lineOf(["rulePacks", i]), field: ["rulePacks", i] }));
  }
  return config;
}
function toTargets(targets) {
  const out = { dimensions: {} };
  const level = (v) => Number(String(v).replace(/^[Ll]/, ""));
  for (const [key, value] of Object.entries(targets)) {
    if (value === void 0) continue;
    if (key === "overall") out.overall = level(value);
    else out.dimensions[key] = level(value);
  }
  return out;
}
async function loadRulePack(pack, options) {
  const fail = (message) => options.configName ? configError(options.configName, options.line, options.field ?? [], message) : new ConfigError(`rule pack ${pack}: ${message}`);
  if (options.confined && (path.isAbsolute(pack) || pack.split(/[\\/]/).includes(".."))) {
    throw fail(`rule pack "${pack}" must be a path inside the repository (no absolute paths, no "..")`);
  }
  const resolved = path.resolve(options.base, pack);
  let real;
  try {
    real = await realpath(resolved);
  } catch {
    throw fail(`rule pack "${pack}" not found`);
  }
  const realBase = await realpath(options.base).catch(() => options.base);
  if (options.confined && !isInside(realBase, real)) throw fail(`rule pack "${pack}" leads outside the repository (symlink)`);
  if (options.confined && passesThroughGit(realBase, real)) throw fail(`rule pack "${pack}" leads into .git, which is not the repository's data`);
  const info = await stat(real);
  let files;
  if (info.isDirectory()) {
    files = (await readdir(real)).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(real, n));
    if (files.length === 0) throw fail(`rule pack "${pack}" has no .yml files`);
    if (files.length > MAX_PACK_FILES) throw fail(`rule pack "${pack}" has ${files.length} files; at most ${MAX_PACK_FILES}`);
  } else if (info.isFile()) files = [real];
  else throw fail(`rule pack "${pack}" is neither a file nor a folder`);
  const out = [];
  for (const file of files) {
    const realFile = await realpath(file);
    if (options.confined && !isInside(realBase, realFile)) throw fail(`rule pack file "${path.basename(file)}" leads outside the repository (symlink)`);
    if (options.confined && passesThroughGit(realBase, realFile)) throw fail(`rule pack file "${path.basename(file)}" leads into .git`);
    if (!(await stat(realFile)).isFile()) throw fail(`"${path.basename(file)}" in rule pack "${pack}" is not a file`);
    const display = options.confined ? path.relative(realBase, realFile).split(path.sep).join("/") : file;
    const text = await readText(realFile, display);
    const { customRuleFileSchema } = await import("./schema-FDDWHRLY.js");
    const doc = parseYaml(display, text, customRuleFileSchema);
    out.push({ source: display, file: display, data: doc.data, lineOf: doc.lineOf });
  }
  return out;
}
async function readText(file, display) {
  const info = await stat(file);
  if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(`${display}: file is ${info.size} bytes; a config or rule file may have at most ${MAX_CONFIG_BYTES}`);
  const buffer = await readFile(file);
  const text = buffer.toString("utf8");
  if (text.includes("\uFFFD") && !buffer.includes(Buffer.from("\uFFFD"))) throw new ConfigError(`${display}:1: (root): the file is not UTF-8 text`);
  return text.replace(/^\uFEFF/, "");
}
function mergeTargets(fromConfig, given) {
  if (hasTargets(given)) return given;
  return hasTargets(fromConfig) ? fromConfig : void 0;
}

// src/deadline.ts
var DEFAULT_TIMEOUT_SECONDS = 300;
var GradeTimeout = class extends GradeError {
  constructor(message) {
    super(message);
    this.name = "GradeTimeout";
  }
};
var Deadline = class {
  /** `setting` names the limit in the message: "--timeout", 'input "timeout"'. */
  constructor(seconds, setting, now = performance.now()) {
    this.seconds = seconds;
    this.setting = setting;
    this.end = now + seconds * 1e3;
  }
  seconds;
  setting;
  end;
  rule;
  file;
  slowestRule;
  slowestFile;
  /** When the grade last yielded to the event loop (see checkpoint). */
  lastYield = 0;
  /** A rule starts (the previous one ends); throws GradeTimeout when the time is up. */
  enterRule(id) {
    const now = performance.now();
    this.closeFile(now);
    this.closeRule(now);
    this.rule = { name: id, since: now };
    this.check(now);
  }
  /** A file is read for the current rule (or collection): the time until the next file is charged to it. */
  enterFile(file) {
    if (this.file?.name === file) return;
    const now = performance.now();
    this.closeFile(now);
    this.file = { name: file, since: now };
    this.check(now);
  }
  /** Throws GradeTimeout when the time is up. */
  check(now = performance.now()) {
    if (now <= this.end) return;
    this.closeFile(now);
    this.closeRule(now);
    throw new GradeTimeout(this.message());
  }
  closeRule(now) {
    if (!this.rule) return;
    const ms = now - this.rule.since;
    if (!this.slowestRule || ms > this.slowestRule.ms) this.slowestRule = { name: this.rule.name, ms };
    this.rule = void 0;
  }
  closeFile(now) {
    if (!this.file) return;
    const ms = now - this.file.since;
    if (!this.slowestFile || ms > this.slowestFile.ms) this.slowestFile = { name: this.file.name, ms };
    this.file = void 0;
  }
  message() {
    const seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
    const parts = [`the grade did not finish within ${this.seconds} s (${this.setting})`];
    if (this.slowestRule) parts.push(`slowest rule so far: ${this.slowestRule.name} (${seconds(this.slowestRule.ms)})`);
    if (this.slowestFile) parts.push(`slowest file: ${JSON.stringify(this.slowestFile.name)} (${seconds(this.slowestFile.ms)})`);
    return `${parts.join("; ")}. Ignore the file in the config, or raise the limit`;
  }
};
var YIELD_EVERY_MS = 50;
async function checkpoint(deadline) {
  const now = performance.now();
  if (now - deadline.lastYield < YIELD_EVERY_MS) return deadline.check(now);
  deadline.lastYield = now;
  await new Promise((resolve) => setImmediate(resolve));
  deadline.check();
}
function deadlineFor(given, seconds, setting) {
  return given ?? (seconds ? new Deadline(seconds, setting) : void 0);
}
function parseTimeoutSeconds(text) {
  if (!/^\d{1,7}(\.\d+)?$/.test(text.trim())) return void 0;
  return Number(text.trim());
}

export {
  configError,
  CONFIG_LOCATIONS,
  findConfig,
  loadConfig,
  loadRulePack,
  mergeTargets,
  DEFAULT_TIMEOUT_SECONDS,
  Deadline,
  checkpoint,
  deadlineFor,
  parseTimeoutSeconds
};
