import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  MAX_RATE_LIMIT_WAIT_SECONDS,
  createClient,
  debug,
  getInput,
  getMultilineInput,
  group,
  httpStatus,
  info,
  notice,
  rateLimitWait,
  redact,
  registerSecret,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunks/chunk-NLJDY4PL.js";
import {
  DIMENSION_ABBREVIATIONS,
  packageDetails,
  packageLabel,
  renderJsonDocument,
  renderMarkdown,
  renderMonorepoTable
} from "./chunks/chunk-UWEECWFN.js";
import {
  checkMonorepoTargets
} from "./chunks/chunk-VJ23EYNH.js";
import {
  renderJson
} from "./chunks/chunk-I7V5QDGF.js";
import {
  CONFIG_LOCATIONS,
  loadConfig
} from "./chunks/chunk-BX2MB7ZE.js";
import {
  require_dist
} from "./chunks/chunk-XRICSXDT.js";
import "./chunks/chunk-KMFT7KY4.js";
import {
  FETCH_DEPTH_HINT,
  baseCommitOf,
  checkedOutCommit,
  checkoutOf,
  extractTree,
  gitPrefix,
  gradeBase,
  isCommitSha,
  isFolderAtCommit,
  readEvent,
  readFileAtCommit
} from "./chunks/chunk-W2KCR2XD.js";
import {
  codeRef,
  escapeMarkdown,
  inertInLog
} from "./chunks/chunk-YHONIGUT.js";
import {
  checkTargets,
  formatTargets,
  hasTargets,
  parseTargets,
  targetDimensions
} from "./chunks/chunk-VUFASWNF.js";
import {
  ConfigError,
  GradeError,
  UsageError
} from "./chunks/chunk-OO2RKC3Q.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-HROMACVF.js";
import "./chunks/chunk-XVDJ4SOE.js";
import {
  DIMENSIONS,
  LEVEL_NAMES
} from "./chunks/chunk-AOC5QLPB.js";
import {
  __toESM
} from "./chunks/chunk-5DGXIFSJ.js";

// src/main.ts
import { mkdir as mkdir2, stat, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/github/policy.ts
var import_yaml = __toESM(require_dist(), 1);
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
async function resolvePolicy(options) {
  const { root, configFile, pullRequest } = options;
  const head = await loadConfig(root, configFile ? { file: configFile } : {});
  if (!pullRequest) return { config: head, info: { source: "checkout", ...fileOf(head) } };
  const base = await readBaseConfig(options);
  if (options.source === "head") {
    const other2 = base.kind === "read" && differs(base.config, head) ? { other: { config: base.config } } : {};
    return { config: head, info: { source: "head", ...options.headSha ? { sha: options.headSha } : {}, ...fileOf(head) }, ...other2 };
  }
  if (base.kind === "unavailable") {
    if (head) {
      throw new ConfigError(
        `the policy of a pull request is the base commit's configuration, and ${base.reason}; so ${head.displayName} (which this pull request may have changed) is not used. Check out the base commit too (actions/checkout with fetch-depth: 0), or set the input config-source: head to grade with the pull request's own configuration`
      );
    }
    return { config: void 0, info: { source: "base", note: `${base.reason}; the pull request has no configuration either, so none applies` } };
  }
  const other = differs(base.config, head) ? { other: { config: head } } : {};
  return { config: base.config, info: { source: "base", sha: base.sha, ...fileOf(base.config) }, ...other };
}
function fileOf(config) {
  return config ? { file: config.displayName } : {};
}
function differs(a, b) {
  return fingerprint(a) !== fingerprint(b);
}
function fingerprint(config) {
  if (!config) return "none";
  const { displayName, targets, ignore, monorepo } = config;
  return JSON.stringify({
    displayName,
    targets,
    ignore,
    monorepo,
    disabled: config.disabled.map(({ rule, reason: reason2 }) => [rule, reason2]),
    suppressions: config.suppressions.map(({ rule, paths, reason: reason2 }) => [rule, paths, reason2]),
    notApplicable: config.notApplicable.map(({ dimension, reason: reason2 }) => [dimension, reason2]),
    customRules: config.customRules.map(({ source, data }) => [source, data])
  });
}
async function readBaseConfig(options) {
  const { root, pullRequest } = options;
  if (!pullRequest?.baseSha) return { kind: "unavailable", reason: "the event does not name the base commit" };
  const prefix = await gitPrefix(root);
  if (prefix === void 0) return { kind: "unavailable", reason: "the graded folder is not a git checkout" };
  const sha = await baseCommitOf(root, pullRequest.baseSha, pullRequest.headSha);
  if (!sha) return { kind: "unavailable", reason: `the base commit ${pullRequest.baseSha.slice(0, 7)} is not in this checkout (a shallow clone)` };
  if (prefix && !await isFolderAtCommit(root, sha, prefix.replace(/\/$/, ""))) return { kind: "read", sha, config: void 0 };
  const dir = await mkdtemp(path.join(options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), "levelgate-policy-"));
  const mirrorRoot = path.join(dir, prefix);
  await mkdir(mirrorRoot, { recursive: true });
  const fromTop = (abs) => path.relative(dir, abs).split(path.sep).join("/");
  const copy = async (abs) => {
    const content = await readFileAtCommit(root, sha, fromTop(abs));
    if (!content) return false;
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
    return true;
  };
  try {
    let explicit;
    let found;
    if (options.configFile) {
      const top = path.resolve(root, ...Array(prefix.split("/").filter(Boolean).length).fill(".."));
      const relative = path.relative(top, path.resolve(options.configFile));
      if (relative.startsWith("..") || path.isAbsolute(relative)) {
        explicit = options.configFile;
      } else {
        const mirrored = path.join(dir, relative);
        if (!await copy(mirrored)) return { kind: "read", sha, config: void 0 };
        explicit = found = mirrored;
      }
    } else {
      for (const name of CONFIG_LOCATIONS) if (await copy(path.join(mirrorRoot, name)) && !found) found = path.join(mirrorRoot, name);
      if (!found) return { kind: "read", sha, config: void 0 };
    }
    if (found) await copyRulePacks(found, mirrorRoot, dir, root, sha);
    const config = await loadConfig(mirrorRoot, explicit ? { file: explicit } : {}).catch((error) => {
      if (error instanceof ConfigError) throw new ConfigError(`base commit ${sha.slice(0, 7)}: ${error.message.split(dir + path.sep).join("")}`);
      throw error;
    });
    if (config && found && !isInside(mirrorRoot, found)) config.displayName = fromTop(found);
    return { kind: "read", sha, config };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function copyRulePacks(configFile, mirrorRoot, dir, root, sha) {
  let packs;
  try {
    const { readFile } = await import("node:fs/promises");
    packs = (0, import_yaml.parse)(await readFile(configFile, "utf8"), { maxAliasCount: 100 })?.rulePacks;
  } catch {
    return;
  }
  if (!Array.isArray(packs)) return;
  const packBase = isInside(mirrorRoot, configFile) ? mirrorRoot : path.dirname(configFile);
  for (const pack of packs.slice(0, 100)) {
    if (typeof pack !== "string" || !pack) continue;
    const target = path.resolve(packBase, pack);
    if (!isInside(dir, target) || target === dir) continue;
    const fromTop = path.relative(dir, target).split(path.sep).join("/");
    if (await isFolderAtCommit(root, sha, fromTop)) {
      const checkout = await checkoutOf(root);
      if (!checkout) continue;
      await mkdir(target, { recursive: true });
      await extractTree(checkout, sha, fromTop, target);
    } else {
      const content = await readFileAtCommit(root, sha, fromTop);
      if (content) {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    }
  }
}
function isInside(root, file) {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
function effectiveTargets(input, config) {
  if (hasTargets(input)) return input;
  return config?.targets ?? { dimensions: {} };
}
function briefVerdict(report, packages, targets) {
  if (!hasTargets(targets)) return { level: report.level };
  const passed = packages ? checkMonorepoTargets({ whole: report, packages }, targets).passed : checkTargets(report, targets).passed;
  return { level: report.level, passed };
}

// src/github/delta.ts
function compareReports(head, base) {
  const dimensions = DIMENSIONS.map((dimension) => {
    const h = head.dimensions[dimension];
    const b = base.dimensions[dimension];
    if (!h || !b || h.notApplicable || b.notApplicable) return { dimension, head: h?.level ?? 0, base: b?.level, change: "not-compared" };
    return { dimension, head: h.level, base: b.level, change: changeOf(h.level, b.level) };
  });
  return {
    overall: { head: head.level, base: base.level, change: changeOf(head.level, base.level) },
    dimensions,
    regressions: dimensions.filter((d) => d.change === "down")
  };
}
function changeOf(head, base) {
  return head > base ? "up" : head < base ? "down" : "same";
}
function compareMonorepo(head, base) {
  const whole = compareReports(head.whole, base.whole);
  const baseByPath = new Map(base.packages.map((p) => [p.path, p.report]));
  const headPaths = new Set(head.packages.map((p) => p.path));
  const packages = /* @__PURE__ */ new Map();
  const regressions = regressionsOf("", whole);
  for (const p of head.packages) {
    const b = baseByPath.get(p.path);
    if (!b) {
      packages.set(p.path, { kind: "new" });
      continue;
    }
    const delta = compareReports(p.report, b);
    packages.set(p.path, { kind: "compared", delta });
    regressions.push(...regressionsOf(p.path, delta));
  }
  const removed = base.packages.filter((p) => !headPaths.has(p.path)).map((p) => ({ path: p.path, level: p.report.level }));
  return { whole, packages, removed, regressions };
}
function regressionsOf(pkg, delta) {
  const out = delta.regressions.map((r) => ({ package: pkg, scope: r.dimension, base: r.base, head: r.head }));
  if (out.length === 0 && delta.overall.change === "down") out.push({ package: pkg, scope: "overall", base: delta.overall.base, head: delta.overall.head });
  return out;
}

// src/github/inputs.ts
import path2 from "node:path";
function readInputs(workspace) {
  const resolve = (p) => p ? path2.resolve(workspace, p) : "";
  const token = getInput("github-token");
  registerSecret(token);
  const targetSpec = getMultilineInput("target").join(" ").trim();
  let targets;
  try {
    targets = parseTargets(targetSpec ? [targetSpec] : []);
  } catch (error) {
    throw new UsageError(`input "target": ${error.message}`);
  }
  const comment = (getInput("comment") || "auto").toLowerCase();
  if (comment !== "auto" && comment !== "always" && comment !== "never") {
    throw new UsageError(`input "comment": "${comment}" is not one of auto, always, never`);
  }
  const prText = getInput("pr-number").replace(/^#/, "");
  let prNumber;
  if (prText) {
    if (!/^[1-9]\d{0,9}$/.test(prText)) throw new UsageError(`input "pr-number": "${prText}" is not a pull request number`);
    prNumber = Number(prText);
  }
  const commentKey = getInput("comment-key");
  if (commentKey && !/^[A-Za-z0-9._/-]{1,64}$/.test(commentKey)) {
    throw new UsageError(`input "comment-key": use up to 64 letters, digits, ".", "_", "/" or "-"`);
  }
  const monorepo = (getInput("monorepo") || "auto").toLowerCase();
  if (monorepo !== "auto" && monorepo !== "true" && monorepo !== "false") {
    throw new UsageError(`input "monorepo": "${monorepo}" is not one of auto, true, false`);
  }
  const configSource = (getInput("config-source") || "base").toLowerCase();
  if (configSource !== "base" && configSource !== "head") {
    throw new UsageError(`input "config-source": "${configSource}" is not one of base, head`);
  }
  return {
    path: resolve(getInput("path") || "."),
    targetSpec,
    targets,
    comment,
    token,
    config: resolve(getInput("config")) || void 0,
    failOnRegression: readBoolean("fail-on-regression"),
    reportFile: resolve(getInput("report-file")) || void 0,
    outputFile: resolve(getInput("output-file")) || void 0,
    badgeFile: resolve(getInput("badge-file")) || void 0,
    sarifFile: resolve(getInput("sarif-file")) || void 0,
    prNumber,
    commentKey,
    monorepo,
    configSource,
    allowConfigToRelaxSecrets: readBoolean("allow-config-to-relax-secrets")
  };
}
function readBoolean(name) {
  const value = getInput(name).toLowerCase();
  if (value === "" || value === "false") return false;
  if (value === "true") return true;
  throw new UsageError(`input "${name}": "${value}" is not true or false`);
}

// src/github/report-output.ts
var REPORT_OUTPUT_LIMIT_BYTES = 1e6;
var bytes = (text) => Buffer.byteLength(text);
function boundReportOutput(json, limit = REPORT_OUTPUT_LIMIT_BYTES) {
  if (bytes(json) <= limit) return json;
  let doc;
  try {
    doc = JSON.parse(json);
  } catch {
    return JSON.stringify({ truncated: "the report was too large for a step output; use the output-file input" });
  }
  const note = (what) => `${what} were left out: the whole report (${bytes(json)} bytes) exceeds GitHub's 1 MiB limit for a step output; set the output-file input for all of it`;
  const withoutFindings = JSON.stringify({ ...withoutKey(doc, "findings"), truncated: note("findings (evidence)") });
  if (bytes(withoutFindings) <= limit) return withoutFindings;
  const levelsOnly = JSON.stringify({ ...levelsOf(doc), truncated: note("rules and findings") });
  if (bytes(levelsOnly) <= limit) return levelsOnly;
  const top = doc;
  return JSON.stringify({ schemaVersion: top.schemaVersion, level: top.level, truncated: note("everything but the overall level") });
}
function withoutKey(value, key) {
  return JSON.parse(JSON.stringify(value, (k, v) => k === key ? Array.isArray(v) ? [] : void 0 : v));
}
function levelsOf(doc) {
  const top = doc;
  const dimensionLevels = (dims) => Object.fromEntries(Object.entries(dims ?? {}).map(([d, r]) => [d, { level: r?.level, ...r?.notApplicable ? { notApplicable: true } : {} }]));
  const out = { schemaVersion: top.schemaVersion, tool: top.tool, level: top.level };
  if (top.dimensions) out.dimensions = dimensionLevels(top.dimensions);
  for (const key of ["whole", "packages"]) {
    const part = top[key];
    if (key === "whole" && part && typeof part === "object") out.whole = { level: part.level, dimensions: dimensionLevels(part.dimensions) };
    if (key === "packages" && Array.isArray(part)) {
      out.packages = part.map((p) => ({ path: p.path, level: p.level ?? p.report?.level }));
    }
  }
  return out;
}

// src/github/sinks.ts
function setOutputs(outputs) {
  setOutput("level", outputs.level);
  setOutput("passed", String(outputs.passed));
  setOutput("regressed", String(outputs.regressed));
  setOutput("report", boundReportOutput(outputs.report));
  if (outputs.commentUrl) setOutput("comment-url", outputs.commentUrl);
  if (outputs.outputFile) setOutput("output-file", outputs.outputFile);
}
async function writeSummary(markdown) {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    debug("no GITHUB_STEP_SUMMARY: the job summary is not written");
    return false;
  }
  try {
    await summary.addRaw(markdown, true).write();
    return true;
  } catch (error) {
    warning(`levelgate could not write the job summary: ${error.message.split("\n")[0]}`);
    return false;
  }
}
function info2(line) {
  info(inertInLog(line));
}
function logReport(report) {
  info2(`levelgate: ${LEVEL_NAMES[report.level]}`);
  for (const d of DIMENSIONS) {
    const r = report.dimensions[d];
    info2(`  ${d.padEnd(14)} ${r.notApplicable ? "not applicable" : LEVEL_NAMES[r.level]}`);
  }
}
function logMonorepo(result) {
  logReport(result.whole);
  info2(`levelgate: ${result.packages.length} package${result.packages.length === 1 ? "" : "s"}`);
  const width = Math.min(48, Math.max(7, ...result.packages.map((p) => p.path.length)));
  for (const p of result.packages) {
    const levels = DIMENSIONS.map((d) => `${d.slice(0, 4)} ${p.report.dimensions[d].notApplicable ? "n/a" : `L${p.report.dimensions[d].level}`}`).join("  ");
    info2(`  ${p.path.padEnd(width)}  L${p.report.level}   ${levels}`);
  }
}

// src/github/sticky.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
async function tokenAuthor(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, id: data.id };
  } catch (error) {
    if (httpStatus(error) === 403) return { login: ACTIONS_BOT_LOGIN };
    throw error;
  }
}
function writtenBy(comment, author) {
  if (author.id !== void 0) return comment.user?.id === author.id;
  return typeof comment.user?.login === "string" && comment.user.login.toLowerCase() === author.login.toLowerCase();
}
async function findMarkedComments(client, target, author) {
  const found = [];
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100
  });
  for await (const page of iterator) {
    for (const c of page.data) {
      if (typeof c.body === "string" && c.body.trimStart().startsWith(target.marker)) found.push(c);
    }
  }
  if (found.length === 0 || !author) return found;
  const me = await author();
  return found.filter((c) => writtenBy(c, me));
}
async function upsertComment(client, target, body) {
  const { owner, repo } = target;
  let who;
  const author = () => who ??= tokenAuthor(client);
  const existing = await findMarkedComments(client, target, author);
  const [first, ...rest] = existing;
  if (!first) return createComment(client, target, body, author);
  let action = "unchanged";
  let url = first.html_url;
  if (first.body !== body) {
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: first.id, body });
    action = "updated";
    url = data.html_url;
  }
  for (const extra of rest) {
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id });
    } catch {
    }
  }
  return { action, id: first.id, url };
}
async function createComment(client, target, body, author) {
  const { owner, repo } = target;
  const post = async (retries) => {
    const { data: data2 } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.issueNumber,
      body,
      ...retries === void 0 ? {} : { request: { retries } }
    });
    return { action: "created", id: data2.id, url: data2.html_url };
  };
  try {
    return await post(0);
  } catch (error) {
    const status = error.status;
    if (typeof status !== "number" || status < 500) throw error;
  }
  const [made] = await findMarkedComments(client, target, author);
  if (!made) return post();
  if (made.body === body) return { action: "created", id: made.id, url: made.html_url };
  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: made.id, body });
  return { action: "created", id: made.id, url: data.html_url };
}

// src/report/configuration.ts
var COMMENT_CONFIG_ENTRIES = 15;
var SUMMARY_CONFIG_ENTRIES = 500;
var REASON_CHARS = 200;
function briefText(verdict) {
  const level = `L${verdict.level}`;
  return verdict.passed === void 0 ? level : `${verdict.passed ? "\u2705" : "\u274C"} ${level}`;
}
function configChangeCallout(policy) {
  const change = policy?.change;
  if (!change) return [];
  const same = change.applied.level === change.other.level && change.applied.passed === change.other.passed;
  if (policy.source === "head") {
    const line2 = `This pull request changes levelgate's configuration, and \`config-source: head\` applies it: with it (what counts): ${briefText(change.applied)}, without it (the base commit's): ${briefText(change.other)}.`;
    return ["> [!IMPORTANT]", `> ${line2}`];
  }
  const line = same ? `This pull request changes levelgate's configuration; the verdict is the same with it (${briefText(change.other)}). It counts once merged.` : `This pull request changes levelgate's configuration; with it: ${briefText(change.other)}, without it (what counts until merge): ${briefText(change.applied)}.`;
  return [same ? "> [!NOTE]" : "> [!IMPORTANT]", `> ${line}`];
}
function configurationSection(config, report, policy, maxEntries) {
  const showPolicy = policy !== void 0 && policy.source !== "checkout";
  if (!showPolicy && !shapes(config)) return [];
  const out = ["### Configuration", ""];
  out.push(policyLine(policy, config), "");
  if (!config) return out;
  const list = (title2, items, line) => {
    if (!items.length) return;
    out.push(`**${title2}**`, "");
    for (const item of items.slice(0, maxEntries)) out.push(`- ${line(item)}`);
    if (items.length > maxEntries) out.push(`- \u2026and ${items.length - maxEntries} more (the JSON report lists them all)`);
    out.push("");
  };
  list("Not applied (the operator's limits)", config.overruled ?? [], (o) => `${codeRef(o.entry)}: ${reason(o.reason)}`);
  list("Not applicable (left out of the overall level and of every target)", config.notApplicable, (n) => `${n.dimension}: ${reason(n.reason)}`);
  list("Disabled rules (reported as not applicable)", config.disabled, (d) => `${codeRef(d.rule)}: ${reason(d.reason)}`);
  list("Suppressed findings", config.suppressed, (s) => `${codeRef(s.rule)} in ${s.paths.slice(0, 5).map(codeRef).join(", ")}${s.paths.length > 5 ? ", \u2026" : ""}: ${reason(s.reason)}`);
  list("Custom rules", config.customRules, (r) => `${codeRef(r.id)} (custom, ${escapeMarkdown(r.source)}): L${r.level} ${r.dimension}, ${r.role === "required" ? "required for its level" : "an extra alternative of its level"}; ${customStatus(report, r.id)}`);
  if (config.ignore.length) {
    const shown = config.ignore.slice(0, maxEntries).map(codeRef).join(", ");
    const more = config.ignore.length > maxEntries ? ` and ${config.ignore.length - maxEntries} more` : "";
    const scanned = config.ignoreScannedForSecrets ? " (left out of the grade, still scanned for committed secrets)" : " (left out of the grade)";
    out.push(`**Ignored paths**${scanned}: ${shown}${more}`, "");
  }
  return out;
}
function policyLine(policy, config) {
  const file = policy?.file ?? config?.file;
  const named = file ? codeRef(file) : "no configuration file (the defaults)";
  const at = policy?.sha ? ` ${codeRef(policy.sha.slice(0, 7))}` : "";
  const note = policy?.note ? ` ${escapeMarkdown(policy.note)}.` : "";
  switch (policy?.source) {
    case "base":
      return `Policy: ${named} of the base commit${at}; a pull request's changes to it count once merged.${note}`;
    case "head":
      return `Policy: ${named} of this pull request${at} (\`config-source: head\`: the pull request's own configuration decides).`;
    default:
      return `Graded with ${named}.`;
  }
}
function shapes(config) {
  return !!config && (!!config.file || config.ignore.length > 0 || config.disabled.length > 0 || config.suppressed.length > 0 || config.notApplicable.length > 0 || config.customRules.length > 0 || (config.overruled?.length ?? 0) > 0);
}
function reason(text) {
  return escapeMarkdown(text.length > REASON_CHARS ? `${text.slice(0, REASON_CHARS)}\u2026` : text);
}
function customStatus(report, id) {
  const dimension = id.split(".")[0];
  const rule = report.dimensions[dimension]?.rules.find((r) => r.id === id);
  if (!rule) return "not evaluated";
  return rule.status === "met" ? "met" : rule.status === "missing" ? "missing" : "not applicable";
}

// src/report/comment.ts
var COMMENT_MARKER = "<!-- levelgate:report -->";
var COMMENT_LIMIT = 65e3;
var SUMMARY_LIMIT_BYTES = 1e6;
function markerFor(key = "") {
  return key ? `<!-- levelgate:report:${key} -->` : COMMENT_MARKER;
}
var STAGES = [
  { findingsPerRule: Infinity, details: true, missingPerScope: Infinity },
  { findingsPerRule: 3, details: true, missingPerScope: Infinity },
  { findingsPerRule: 0, details: true, missingPerScope: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 5 }
];
function composeComment(input, options = {}) {
  const renderDetails = options.renderDetails ?? renderMarkdown;
  const check = hasTargets(input.targets) ? checkTargets(input.report, input.targets) : void 0;
  const delta = input.base.kind === "graded" ? compareReports(input.report, input.base.report) : void 0;
  const above = aboveTheFold(input, input.report, options);
  return fitToLimit(STAGES, (stage) => compose(input, { check, delta }, renderDetails, stage, above), options, input.runUrl);
}
function aboveTheFold(input, report, options) {
  const top = [];
  if (input.checkoutIsBase) {
    const base = input.headSha ? ` (${shortSha(input.headSha)})` : "";
    top.push("> [!WARNING]", `> This report grades the **base branch**${base}, not the pull request: under \`pull_request_target\`, \`actions/checkout\` checks out the base unless given \`ref: \${{ github.event.pull_request.head.sha }}\`.`, "");
  }
  const change = configChangeCallout(input.policy);
  if (change.length) top.push(...change, "");
  const configuration = configurationSection(report.config, report, input.policy, options.configEntries ?? (options.limit === void 0 ? COMMENT_CONFIG_ENTRIES : SUMMARY_CONFIG_ENTRIES));
  return { top, configuration };
}
function fitToLimit(stages, render, options, runUrl) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? ((s) => s.length);
  let text = "";
  for (const [i, stage] of stages.entries()) {
    text = render({ ...stage, trimmed: i > 0 });
    if (measure(text) <= limit) return text;
  }
  return hardCut(text, limit, measure, runUrl);
}
function compose(input, { check, delta }, renderDetails, stage, above) {
  const { report, targets } = input;
  const out = [];
  if (input.marker) out.push(input.marker);
  out.push(headline(input, check, delta), "");
  out.push(contextLine(input), "");
  out.push(...above.top);
  if (delta?.regressions.length) out.push(regressionLine(delta.regressions, input.failOnRegression), "");
  if (input.base.kind === "unavailable") out.push(...baseUnavailable(input.base), "");
  out.push(...table(report, targets, delta), "");
  if (check && check.failures.length) out.push(...missingSection(check.failures, stage.missingPerScope), "");
  out.push(...above.configuration);
  if (stage.trimmed) out.push(trimNote(input.runUrl, stage), "");
  if (stage.details) {
    const shown = stage.findingsPerRule === Infinity ? report : capFindings(report, stage.findingsPerRule);
    out.push("<details>", "<summary><b>Full report</b>: rules met and missing, next steps, evidence</summary>", "");
    out.push(renderDetails(shown, { heading: false, evidence: stage.findingsPerRule > 0 }).trim(), "", "</details>", "");
  }
  out.push(footer(input.runUrl));
  return out.join("\n") + "\n";
}
function headline(input, check, delta) {
  const level = levelName(input.report.level);
  const name = input.title ? `levelgate (${escapeMarkdown(input.title)})` : "levelgate";
  const blockingRegression = input.failOnRegression && delta && delta.regressions.length > 0;
  if (!check) return blockingRegression ? `## \u274C ${name}: ${level}, lowered by this pull request` : `## ${name}: ${level}`;
  const target = targetText(input.targets);
  if (!check.passed) return `## \u274C ${name}: ${level}, below target (${target})`;
  if (blockingRegression) return `## \u274C ${name}: ${level}, meets target (${target}) but lowered by this pull request`;
  return `## \u2705 ${name}: ${level}, meets target (${target})`;
}
var RESULT_FILE_ORIGIN = "as reported by the pull request's own workflow run (its result file; not graded by this job)";
function contextLine(input) {
  const parts = [];
  if (input.headSha) parts.push(`Commit ${shortSha(input.headSha)}`);
  if (input.base.kind === "graded") parts.push(`compared with base ${shortSha(input.base.sha)}`);
  const tool = input.report.tool;
  parts.push(`levelgate ${escapeMarkdown(String(tool.version))} (rules ${escapeMarkdown(String(tool.rulesVersion))})`);
  if (input.fromResultFile) parts.push(RESULT_FILE_ORIGIN);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function regressionLine(regressions, failOnRegression) {
  const list = regressions.map((r) => `**${title(r.dimension)}** from L${r.base} to L${r.head}`).join(", ");
  const consequence = failOnRegression ? " The build fails because `fail-on-regression` is on." : "";
  return `> [!WARNING]
> This pull request lowers ${list}.${consequence}`;
}
function baseUnavailable(base) {
  const which = base.sha ? `The base commit ${shortSha(base.sha)}` : "The base commit";
  const lines = [`> [!NOTE]`, `> ${which} was not graded: ${escapeMarkdown(base.reason)}. This comment shows no change against the base branch.`];
  if (base.hint) lines.push(`> ${base.hint}`);
  return lines;
}
var BAR_WIDTH = 2;
function bar(level) {
  return "`" + "\u2588".repeat(level * BAR_WIDTH) + "\u2591".repeat((4 - level) * BAR_WIDTH) + "`";
}
function table(report, targets, delta) {
  const withTarget = hasTargets(targets);
  const header = ["Dimension", "Level", ""];
  if (delta) header.push("Change vs base");
  if (withTarget) header.push("Target");
  const rows = [row(header), row(header.map(() => ":--"))];
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    const cells = [title(d)];
    if (result.notApplicable) {
      cells.push("`" + "\xB7".repeat(4 * BAR_WIDTH) + "`", "not applicable");
    } else {
      cells.push(bar(result.level), levelName(result.level));
    }
    if (delta) cells.push(changeText(delta.dimensions.find((x) => x.dimension === d)));
    if (withTarget) cells.push(result.notApplicable ? "\u2014" : targetCell(result.level, targets.dimensions[d] ?? targets.overall));
    rows.push(row(cells));
  }
  const overall = ["**Overall**", bar(report.level), `**${levelName(report.level)}**`];
  if (delta) overall.push(changeText({ dimension: "functionality", ...delta.overall }));
  if (withTarget) overall.push(targetCell(report.level, targets.overall));
  rows.push(row(overall));
  return rows;
}
function changeText(d) {
  if (!d || d.change === "not-compared" || d.base === void 0) return "\u2014";
  if (d.change === "up") return `\u2B06\uFE0F up from L${d.base}`;
  if (d.change === "down") return `\u2B07\uFE0F **down from L${d.base}**`;
  return "no change";
}
function targetCell(level, target) {
  if (target === void 0) return "\u2014";
  return level >= target ? `\u2705 L${target}` : `\u274C L${target}`;
}
function missingSection(failures, perScope) {
  const out = ["### Missing for the target", ""];
  for (const f of failures) {
    const scope = f.scope === "overall" ? "Overall" : title(f.scope);
    out.push(`**${scope}** is L${f.actual}, target L${f.target}${f.missing.length ? ":" : "."}`);
    for (const m of f.missing.slice(0, perScope)) out.push(`- ${missingItem(m)}`);
    if (f.missing.length > perScope) out.push(`- \u2026and ${f.missing.length - perScope} more in the job summary`);
    out.push("");
  }
  return out;
}
function missingItem(text) {
  const colon = text.indexOf(": ");
  const id = colon > 0 ? text.slice(0, colon) : "";
  if (id && /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(id)) {
    const url = ruleDocsUrl(id);
    return `${url ? `[\`${id}\`](${url})` : `\`${id}\``}: ${escapeMarkdown(text.slice(colon + 2))}`;
  }
  return escapeMarkdown(text);
}
function trimNote(runUrl, stage) {
  const what = stage.details ? stage.findingsPerRule > 0 ? "Evidence is shortened" : "Evidence is left out" : "The detailed report is left out";
  const where = runUrl ? `the [job summary](${runUrl})` : "the job summary of this workflow run";
  return `> [!NOTE]
> ${what} to fit GitHub's comment size limit; the full report is in ${where}.`;
}
function footer(runUrl) {
  const summary2 = runUrl ? ` \xB7 [job summary](${runUrl})` : "";
  return `<sub>levelgate updates this comment on every push${summary2}</sub>`;
}
function hardCut(text, limit, measure, runUrl) {
  const note = `

${trimNote(runUrl, { findingsPerRule: 0, details: false, missingPerScope: 0, trimmed: true })}
`;
  let lines = text.split("\n");
  while (lines.length > 1 && measure(lines.join("\n") + note) > limit) lines = lines.slice(0, Math.max(1, Math.floor(lines.length * 0.9)));
  let cut = lines.join("\n");
  while (cut.length > 0 && measure(cut + note) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut + note;
}
function capFindings(report, perRule) {
  const dimensions = { ...report.dimensions };
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    dimensions[d] = { ...result, rules: result.rules.map((r) => ({ ...r, findings: r.findings.slice(0, perRule) })) };
  }
  return { ...report, dimensions };
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function title(d) {
  return d.charAt(0).toUpperCase() + d.slice(1);
}
function levelName(level) {
  return LEVEL_NAMES[level] ?? `L${level}`;
}
function shortSha(sha) {
  return /^[0-9a-f]{7,64}$/.test(sha) ? `\`${sha.slice(0, 7)}\`` : escapeMarkdown(sha);
}
function targetText(targets) {
  const parts = [];
  if (targets.overall !== void 0) parts.push(`L${targets.overall}`);
  for (const d of DIMENSIONS) {
    const t = targets.dimensions[d];
    if (t !== void 0) parts.push(`${d} L${t}`);
  }
  return parts.join(", ");
}
var MONOREPO_STAGES = [
  { findingsPerRule: Infinity, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 3, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: true, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: Infinity, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 5, missingPackages: Infinity },
  { findingsPerRule: 0, details: false, missingPerScope: 2, missingPackages: 10 },
  { findingsPerRule: 0, details: false, missingPerScope: 0, missingPackages: 0 }
];
function composeMonorepoComment(input, options = {}) {
  const check = hasTargets(input.targets) ? checkMonorepoTargets(input.result, input.targets) : void 0;
  const delta = monorepoDelta(input.result, input.base);
  const above = aboveTheFold(input, input.result.whole, options);
  return fitToLimit(MONOREPO_STAGES, (stage) => composeMonorepo(input, { check, delta }, stage, above), options, input.runUrl);
}
function monorepoDelta(result, base) {
  if (base.kind !== "graded") return void 0;
  return compareMonorepo(result, { whole: base.report, packages: base.packages ?? [] });
}
function composeMonorepo(input, { check, delta }, stage, above) {
  const { result, targets } = input;
  const perPackage = input.base.kind === "graded" && input.base.packages !== void 0;
  const out = [];
  if (input.marker) out.push(input.marker);
  out.push(monorepoHeadline(input, check, delta), "");
  out.push(monorepoContext(input), "");
  out.push(...above.top);
  if (delta?.regressions.length) out.push(monorepoRegressionLine(delta.regressions, input.failOnRegression), "");
  if (input.base.kind === "unavailable") out.push(...baseUnavailable(input.base), "");
  out.push(...monorepoTable(result, targets, check?.failures, delta, perPackage), "");
  if (delta && perPackage && delta.removed.length) out.push(removedLine(delta.removed), "");
  if (check && check.failures.length) out.push(...monorepoMissing(check.failures, stage), "");
  out.push(...above.configuration);
  if (stage.trimmed) out.push(trimNote(input.runUrl, stage), "");
  if (stage.details) {
    const detail = stage.findingsPerRule > 0 ? "evidence" : "rules";
    const cap = (r) => stage.findingsPerRule === Infinity ? r : capFindings(r, stage.findingsPerRule);
    out.push("<details>", "<summary><b>Full report</b>: each package\u2019s rules met and missing, next steps, evidence</summary>", "");
    out.push(packageDetails("whole repository", cap(result.whole), targets, detail).trim(), "");
    for (const p of result.packages) out.push(packageDetails(packageLabel(p), cap(p.report), targets, detail).trim(), "");
    out.push("</details>", "");
  }
  out.push(footer(input.runUrl));
  return out.join("\n") + "\n";
}
function monorepoHeadline(input, check, delta) {
  const count = input.result.packages.length;
  const what = `${levelName(input.result.whole.level)} overall, ${count} package${count === 1 ? "" : "s"}`;
  const name = input.title ? `levelgate (${escapeMarkdown(input.title)})` : "levelgate";
  const blockingRegression = input.failOnRegression && delta !== void 0 && delta.regressions.length > 0;
  if (!check) return blockingRegression ? `## \u274C ${name}: ${what}, lowered by this pull request` : `## ${name}: ${what}`;
  const target = targetText(input.targets);
  if (!check.passed) return `## \u274C ${name}: ${what}, below target (${target}): ${failingScopes(check.failures)}`;
  if (blockingRegression) return `## \u274C ${name}: ${what}, all meet target (${target}) but lowered by this pull request`;
  return `## \u2705 ${name}: ${what}, all meet target (${target})`;
}
function failingScopes(failures) {
  const packages = new Set(failures.map((f) => f.package));
  const whole = packages.delete("");
  const parts = [];
  if (whole) parts.push("the whole repository");
  if (packages.size) parts.push(`${packages.size} package${packages.size === 1 ? "" : "s"}`);
  return parts.join(" and ");
}
function monorepoContext(input) {
  const parts = [];
  if (input.headSha) parts.push(`Commit ${shortSha(input.headSha)}`);
  if (input.base.kind === "graded") parts.push(`compared with base ${shortSha(input.base.sha)}`);
  if (input.result.discovery) parts.push(`packages found from ${escapeMarkdown(input.result.discovery)}`);
  const tool = input.result.whole.tool;
  parts.push(`levelgate ${escapeMarkdown(String(tool.version))} (rules ${escapeMarkdown(String(tool.rulesVersion))})`);
  if (input.fromResultFile) parts.push(RESULT_FILE_ORIGIN);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
var REGRESSIONS_SHOWN = 10;
function monorepoRegressionLine(regressions, failOnRegression) {
  const list = regressions.slice(0, REGRESSIONS_SHOWN).map((r) => `${r.package ? codeRef(r.package) : "the whole repository"}: **${r.scope === "overall" ? "Overall" : title(r.scope)}** from L${r.base} to L${r.head}`);
  if (regressions.length > REGRESSIONS_SHOWN) list.push(`and ${regressions.length - REGRESSIONS_SHOWN} more`);
  const consequence = failOnRegression ? " The build fails because `fail-on-regression` is on." : "";
  return `> [!WARNING]
> This pull request lowers ${list.join("; ")}.${consequence}`;
}
function monorepoTable(result, targets, failures, delta, perPackage) {
  const columns = [];
  if (failures) {
    const failing = new Set(failures.map((f) => f.package));
    columns.push({ header: "Target", cell: (pkg) => failing.has(pkg) ? "\u274C" : "\u2705" });
  }
  if (delta) {
    columns.push({
      header: "Change vs base",
      cell: (pkg) => {
        if (pkg === "") return packageChangeText(delta.whole);
        if (!perPackage) return "\u2014";
        const change = delta.packages.get(pkg);
        if (!change) return "\u2014";
        return change.kind === "new" ? "\u{1F195} new" : packageChangeText(change.delta);
      }
    });
  }
  return renderMonorepoTable(result, targets, columns);
}
function packageChangeText(delta) {
  const { overall } = delta;
  const down = delta.dimensions.filter((d) => d.change === "down").map((d) => DIMENSION_ABBREVIATIONS[d.dimension]);
  const up = delta.dimensions.filter((d) => d.change === "up").map((d) => DIMENSION_ABBREVIATIONS[d.dimension]);
  const parts = [];
  if (overall.change === "up") parts.push(`\u2B06\uFE0F L${overall.base}\u2192L${overall.head}`);
  else if (overall.change === "down") parts.push(`\u2B07\uFE0F **L${overall.base}\u2192L${overall.head}**`);
  if (down.length) parts.push(`${overall.change === "down" ? "" : "\u2B07\uFE0F "}**${down.join(", ")}** lower`.trim());
  if (up.length) parts.push(`${overall.change === "up" ? "" : "\u2B06\uFE0F "}${up.join(", ")} higher`.trim());
  return parts.length ? parts.join("; ") : "no change";
}
var REMOVED_SHOWN = 20;
function removedLine(removed) {
  const list = removed.slice(0, REMOVED_SHOWN).map((r) => `${codeRef(r.path)} (was L${r.level})`);
  if (removed.length > REMOVED_SHOWN) list.push(`and ${removed.length - REMOVED_SHOWN} more`);
  return `Removed since the base commit: ${list.join(", ")}.`;
}
function monorepoMissing(failures, stage) {
  const byPackage = /* @__PURE__ */ new Map();
  for (const f of failures) byPackage.set(f.package, [...byPackage.get(f.package) ?? [], f]);
  const out = ["### Missing for the target", ""];
  let shown = 0;
  for (const [pkg, list] of byPackage) {
    if (shown >= stage.missingPackages) break;
    shown++;
    const where = pkg ? codeRef(pkg) : "The whole repository";
    const scopes = list.map((f) => `${f.scope === "overall" ? "overall" : title(f.scope)} L${f.actual} (target L${f.target})`).join(", ");
    out.push(`**${where}**: ${scopes}`);
    if (stage.missingPerScope > 0) {
      for (const f of list) {
        const items = f.missing.slice(0, stage.missingPerScope);
        for (const m of items) out.push(`- ${f.scope === "overall" ? "" : `${title(f.scope)}: `}${missingItem(m)}`);
        if (f.missing.length > items.length) out.push(`- ${title(f.scope)}: \u2026and ${f.missing.length - items.length} more in the job summary`);
      }
    }
    out.push("");
  }
  if (byPackage.size > shown) out.push(`\u2026and ${byPackage.size - shown} more package${byPackage.size - shown === 1 ? "" : "s"} below target: see the table and the job summary.`, "");
  return out;
}

// src/main.ts
var FORK_DOCS = "https://github.com/levelgate/levelgate#pull-requests-from-forks";
async function run() {
  try {
    await main();
  } catch (error) {
    const known = error instanceof UsageError || error instanceof GradeError || error instanceof ConfigError;
    setFailed(redact(`levelgate: ${known ? "" : "unexpected error: "}${oneLine(error)}`));
  }
}
async function main() {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readInputs(workspace);
  const event = readEvent();
  const posting = inputs.reportFile !== void 0;
  const result = posting ? await loadResult(inputs) : await gradeHere(inputs, event);
  const targets = inputs.targetSpec ? inputs.targets : targetsFrom(result.target);
  const verdict = result.packages ? monorepoVerdict(result, targets, inputs, event.runUrl) : singleVerdict(result, targets, inputs, event.runUrl);
  if (inputs.outputFile) {
    await (await import("./chunks/result-file-ZRUGDXNV.js")).writeResultFile(inputs.outputFile, result);
    info(`levelgate: result written to ${inputs.outputFile}`);
  }
  await writeBadgeAndSarif(inputs, result, targets);
  await writeSummary(redact(verdict.compose({ limit: SUMMARY_LIMIT_BYTES, measure: (s) => Buffer.byteLength(s) })));
  const prNumber = inputs.prNumber ?? event.pullRequest?.number ?? (posting ? result.pullRequest : void 0);
  const commentUrl = await maybeComment(inputs, event, prNumber, posting, result, () => redact(verdict.compose({}, markerFor(inputs.commentKey))));
  setOutputs({
    level: `L${result.report.level}`,
    passed: verdict.passed,
    regressed: verdict.regressed,
    report: verdict.json,
    commentUrl,
    outputFile: inputs.outputFile
  });
  if (posting) {
    if (!verdict.passed) info("levelgate: below target; this run only posts the report (the grading run is the check that fails)");
    return;
  }
  if (verdict.problems.length) {
    const shown = verdict.problems.slice(0, MAX_PROBLEM_LINES);
    if (verdict.problems.length > shown.length) shown.push(`\u2026and ${verdict.problems.length - shown.length} more; see the job summary`);
    setFailed(`levelgate: ${verdict.headline}
${shown.map((p) => `- ${p}`).join("\n")}`);
  }
}
async function writeBadgeAndSarif(inputs, result, targets) {
  const write = async (file, text, what, output) => {
    await mkdir2(path3.dirname(file), { recursive: true });
    await writeFile2(file, text);
    setOutput(output, file);
    info(`levelgate: ${what} written to ${file}`);
  };
  if (inputs.badgeFile) await write(inputs.badgeFile, (await import("./chunks/badge-UCUEFZP7.js")).renderBadgeSvg(result.report.level), "badge", "badge-file");
  if (inputs.sarifFile) {
    const graded = result.packages ? { whole: result.report, packages: result.packages, discovery: result.discovery ?? "manifests" } : result.report;
    const sarif = (await import("./chunks/sarif-LM2I5QGF.js")).renderSarif(graded, hasTargets(targets) ? { targets } : {});
    await write(inputs.sarifFile, sarif, "SARIF", "sarif-file");
  }
}
var MAX_PROBLEM_LINES = 60;
function failureLine(f) {
  return f.scope === "overall" ? `overall level is L${f.actual}, below the target L${f.target}` : `${f.scope} is L${f.actual}, below its target L${f.target}${f.missing.length ? `; missing: ${f.missing.join("; ")}` : ""}`;
}
function singleVerdict(result, targets, inputs, runUrl) {
  const report = result.report;
  logReport(report);
  const check = hasTargets(targets) ? checkTargets(report, targets) : { passed: true, failures: [] };
  const delta = result.base.kind === "graded" ? compareReports(report, result.base.report) : void 0;
  const regressions = delta?.regressions ?? [];
  const problems = check.failures.map(failureLine);
  if (inputs.failOnRegression) {
    for (const r of regressions) problems.push(`this pull request lowers ${r.dimension} from L${r.base} to L${r.head} (fail-on-regression)`);
  }
  const commentInput = {
    report,
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || void 0,
    fromResultFile: result.fromFile,
    policy: result.policy,
    checkoutIsBase: result.checkoutIsBase
  };
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    json: renderJson(report),
    headline: LEVEL_NAMES[report.level],
    problems,
    compose: (options, marker) => composeComment(marker ? { ...commentInput, marker } : commentInput, options)
  };
}
function monorepoVerdict(result, targets, inputs, runUrl) {
  const monorepo = { whole: result.report, packages: result.packages ?? [], discovery: result.discovery ?? "manifests" };
  logMonorepo(monorepo);
  const check = hasTargets(targets) ? checkMonorepoTargets(monorepo, targets) : { passed: true, failures: [] };
  const delta = monorepoDelta(monorepo, result.base);
  const regressions = delta?.regressions ?? [];
  const where = (pkg) => pkg ? `${pkg}: ` : "the whole repository: ";
  const problems = check.failures.map((f) => `${where(f.package)}${failureLine(f)}`);
  if (inputs.failOnRegression) {
    for (const r of regressions) problems.push(`${where(r.package)}this pull request lowers ${r.scope === "overall" ? "the overall level" : r.scope} from L${r.base} to L${r.head} (fail-on-regression)`);
  }
  const commentInput = {
    result: monorepo,
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || void 0,
    fromResultFile: result.fromFile,
    policy: result.policy,
    checkoutIsBase: result.checkoutIsBase
  };
  const count = monorepo.packages.length;
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    json: renderJsonDocument(monorepo),
    headline: `whole repository ${LEVEL_NAMES[monorepo.whole.level]}, ${count} package${count === 1 ? "" : "s"}`,
    problems,
    compose: (options, marker) => composeMonorepoComment(marker ? { ...commentInput, marker } : commentInput, options)
  };
}
async function gradeHere(inputs, event) {
  const info3 = await stat(inputs.path).catch(() => void 0);
  if (!info3?.isDirectory()) throw new GradeError(`input "path": ${inputs.path} is not a directory in the workspace`);
  if (inputs.config && !(await stat(inputs.config).catch(() => void 0))?.isFile()) {
    throw new ConfigError(`input "config": ${inputs.config} is not a file`);
  }
  const { grade } = await import("./chunks/engine-AIRIQM6W.js");
  const { gradeMonorepo } = await import("./chunks/grade-YGW5YBR7.js");
  const pr = event.pullRequest;
  const checkedOut = pr ? await checkedOutCommit(inputs.path) : void 0;
  const checkoutIsBase = event.name === "pull_request_target" && !!pr && !!checkedOut && checkedOut !== pr.headSha && (checkedOut === pr.baseSha || checkedOut === process.env.GITHUB_SHA);
  if (checkoutIsBase) warning(`levelgate: ${CHECKOUT_IS_BASE}`);
  const headSha = checkoutIsBase ? checkedOut : pr?.headSha ?? (isCommitSha(process.env.GITHUB_SHA ?? "") ? process.env.GITHUB_SHA : void 0);
  const policy = await resolvePolicy({ root: inputs.path, configFile: inputs.config, source: inputs.configSource, pullRequest: pr, headSha });
  const limits = { targetDimensions: targetDimensions(inputs.targets), allowConfigToRelaxSecrets: inputs.allowConfigToRelaxSecrets };
  logPolicy(policy, inputs.configSource);
  const monorepoWith = (config) => inputs.monorepo === "auto" ? config?.monorepo?.enabled === true : inputs.monorepo === "true";
  const optionsWith = (config) => ({ onProgress: (m) => debug(m), config: config ?? false, limits });
  const targets = effectiveTargets(inputs.targets, policy.config);
  const common = { levelgate: "action-result", version: 1, pullRequest: pr?.number, headSha, target: hasTargets(targets) ? formatTargets(targets) : void 0 };
  const baseOptions = policy.info.source === "base" ? optionsWith(policy.config) : { onProgress: (m) => debug(m), limits, ...inputs.config ? { config: inputs.config } : {} };
  let result;
  if (monorepoWith(policy.config)) {
    const head = await group2(`Grading ${inputs.path} as a monorepo`, () => gradeMonorepo(inputs.path, optionsWith(policy.config)));
    info(`levelgate: monorepo mode, ${head.packages.length} packages found from ${head.discovery}`);
    const graded = checkoutIsBase ? baseIsCheckout(pr) : await baseOf(inputs, pr, (dir) => gradeMonorepo(dir, baseOptions));
    const base = graded.kind === "graded" ? { kind: "graded", sha: graded.sha, report: graded.report.whole, packages: graded.report.packages } : graded;
    result = { ...common, report: head.whole, base, packages: head.packages, discovery: head.discovery };
  } else {
    const report = await group2(`Grading ${inputs.path}`, () => grade(inputs.path, optionsWith(policy.config)));
    result = { ...common, report, base: checkoutIsBase ? baseIsCheckout(pr) : await baseOf(inputs, pr, (dir) => grade(dir, baseOptions)) };
  }
  let change;
  if (policy.other) {
    const other = policy.other.config;
    const otherTargets = effectiveTargets(inputs.targets, other);
    const alternative = await group2(
      "Grading with the other configuration",
      async () => monorepoWith(other) ? ((m) => briefVerdict(m.whole, m.packages, otherTargets))(await gradeMonorepo(inputs.path, optionsWith(other))) : briefVerdict(await grade(inputs.path, optionsWith(other)), void 0, otherTargets)
    );
    change = { applied: briefVerdict(result.report, result.packages, targets), other: alternative };
  }
  return { ...result, policy: { ...policy.info, ...change ? { change } : {} }, ...checkoutIsBase ? { checkoutIsBase } : {} };
}
var CHECKOUT_IS_BASE = 'the checkout is the base branch, not the pull request: under pull_request_target, actions/checkout checks out the base unless given "ref: ${{ github.event.pull_request.head.sha }}". The report grades the base branch';
function baseIsCheckout(pr) {
  return { kind: "unavailable", ...pr.baseSha ? { sha: pr.baseSha } : {}, reason: "the checkout is the base branch itself (pull_request_target)" };
}
function logPolicy(policy, source) {
  const { info: info3 } = policy;
  const file = info3.file ?? "no configuration file";
  if (info3.source === "checkout") info(`levelgate: configuration: ${file}`);
  else if (info3.source === "base") info(`levelgate: configuration (the policy) from the base commit${info3.sha ? ` ${info3.sha.slice(0, 7)}` : ""}: ${file}${info3.note ? ` (${info3.note})` : ""}`);
  else info(`levelgate: configuration from the pull request itself (config-source: ${source}): ${file}`);
  if (policy.other) notice(`levelgate: this pull request changes levelgate's configuration; ${info3.source === "base" ? "it counts only once merged" : "config-source: head applies it now"}`);
}
async function baseOf(inputs, pr, gradeDir) {
  if (!pr) return { kind: "none" };
  if (!pr.baseSha) return { kind: "unavailable", reason: "the event does not name it", hint: FETCH_DEPTH_HINT };
  const baseSha = pr.baseSha;
  const base = await group2(
    `Grading the base commit ${baseSha.slice(0, 7)}`,
    () => gradeBase({ root: inputs.path, baseSha, headSha: pr.headSha, grade: gradeDir })
  );
  if (base.kind === "unavailable") notice(`levelgate: the base commit was not graded: ${base.reason}. ${base.hint ?? ""}`.trim());
  return base;
}
async function loadResult(inputs) {
  const result = await (await import("./chunks/result-file-ZRUGDXNV.js")).readResultFile(inputs.reportFile);
  info(`levelgate: posting the result from ${inputs.reportFile}`);
  return result;
}
function targetsFrom(spec) {
  if (!spec) return { dimensions: {} };
  try {
    return parseTargets([spec]);
  } catch (error) {
    warning(`levelgate: the report file's target "${spec}" is ignored: ${error.message}`);
    return { dimensions: {} };
  }
}
async function maybeComment(inputs, event, prNumber, posting, result, body) {
  if (inputs.comment === "never") return void 0;
  if (!prNumber) {
    info(`levelgate: no pull request for this ${event.name || "run"} event; the report is in the job summary`);
    return void 0;
  }
  if (!event.repo) {
    warning("levelgate: GITHUB_REPOSITORY is not set; cannot comment");
    return void 0;
  }
  if (event.pullRequest?.closed && event.pullRequest.number === prNumber) {
    notice(`levelgate: pull request #${prNumber} is closed; no comment is written (the report is in the job summary)`);
    return void 0;
  }
  if (!posting && inputs.comment === "auto" && event.pullRequest?.fromFork) {
    notice(
      `levelgate: pull request #${prNumber} comes from a fork, whose workflow token cannot comment; the report is in the job summary. To comment on fork pull requests, use the two-workflow pattern: ${FORK_DOCS}`
    );
    return void 0;
  }
  if (!inputs.token) {
    warning("levelgate: no github-token; the report is in the job summary only");
    return void 0;
  }
  const client = await createClient(inputs.token);
  const { owner, repo } = event.repo;
  try {
    const expectedHead = event.name === "workflow_run" ? event.workflowRunHeadSha : event.pullRequest?.headSha ?? result.headSha;
    const numberFromPayload = event.pullRequest?.number === prNumber || inputs.prNumber === prNumber;
    if (expectedHead) {
      const current = await currentHead(client, owner, repo, prNumber);
      if ("error" in current && !numberFromPayload) {
        warning(redact(`levelgate: pull request #${prNumber} could not be read, so the report is not posted: ${describeFailure(current.error, prNumber)}`));
        return void 0;
      }
      if ("sha" in current && current.closed) {
        notice(`levelgate: pull request #${prNumber} is closed; no comment is written (the report is in the job summary)`);
        return void 0;
      }
      if ("sha" in current && current.sha !== expectedHead) {
        const why = numberFromPayload ? "a newer commit was pushed since; its run will update the comment" : "the report is for another commit";
        notice(`levelgate: pull request #${prNumber} is at ${current.sha.slice(0, 7)}, not ${expectedHead.slice(0, 7)}: ${why}`);
        return void 0;
      }
    }
    const done = await upsertComment(client, { owner, repo, issueNumber: prNumber, marker: markerFor(inputs.commentKey) }, body());
    info(`levelgate: comment ${done.action} on pull request #${prNumber}: ${done.url}`);
    return done.url;
  } catch (error) {
    warning(redact(`levelgate: ${describeFailure(error, prNumber)}. The report is in the job summary.`));
    return void 0;
  }
}
function describeFailure(error, prNumber) {
  const status = httpStatus(error);
  const said = oneLine(error).replace(/ - https:\/\/docs\.github\.com\S*$/, "");
  const answered = error.response !== void 0;
  const wait = rateLimitWait(error);
  if (wait !== void 0) {
    return wait > MAX_RATE_LIMIT_WAIT_SECONDS ? `GitHub's rate limit for this token is used up (HTTP ${status}: ${said}); it resets in ${wait} s, longer than levelgate waits (${MAX_RATE_LIMIT_WAIT_SECONDS} s)` : `GitHub's rate limit for this token was still reached after waiting (HTTP ${status}: ${said})`;
  }
  switch (status) {
    case 401:
      return `the github-token was refused (HTTP 401: ${said}). Check the github-token input: the token is expired, revoked, or an empty secret`;
    case 403:
      return `the token may not comment on pull request #${prNumber} (HTTP 403: ${said}). Give the job "permissions: pull-requests: write"; for pull requests from forks use the two-workflow pattern: ${FORK_DOCS}`;
    case 404:
      return `pull request #${prNumber} was not found, or the token cannot see it (HTTP 404: ${said}). Check pr-number and that the token has access to this repository`;
    case 422:
      return `GitHub refused the comment on pull request #${prNumber} (HTTP 422: ${said})`;
  }
  if (status !== void 0 && status >= 500) {
    return answered ? `GitHub's API failed on pull request #${prNumber}'s comment, also on retrying (HTTP ${status}: ${said})` : `the connection to GitHub's API failed, also on retrying (${said})`;
  }
  return `commenting on pull request #${prNumber} failed (${status ? `HTTP ${status}: ` : ""}${said})`;
}
async function currentHead(client, owner, repo, pull) {
  try {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pull });
    return { sha: data.head.sha, closed: data.state === "closed" };
  } catch (error) {
    debug(redact(`reading pull request #${pull} failed: ${oneLine(error)}`));
    return { error };
  }
}
async function group2(name, fn) {
  return group(name, fn);
}
function oneLine(error) {
  if (error instanceof UsageError || error instanceof GradeError || error instanceof ConfigError) return error.message.split("\n")[0];
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 500);
}

// src/index.ts
await run();
