import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  MAX_RATE_LIMIT_WAIT_SECONDS,
  createClient,
  debug,
  getBooleanInput,
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
} from "./chunks/chunk-DDGS2LBY.js";
import {
  DIMENSION_ABBREVIATIONS,
  NOT_SEEN_RULE,
  describeNeeds,
  heldAt,
  list,
  measuredText,
  needsFor,
  nextNeed,
  readingCallouts,
  renderJsonDocument,
  rulesOf,
  weakFindingNote
} from "./chunks/chunk-DJWIRGR6.js";
import {
  renderJson
} from "./chunks/chunk-3L6EXDIF.js";
import {
  checkMonorepoTargets
} from "./chunks/chunk-GR3EPUVJ.js";
import {
  CONFIG_LOCATIONS,
  DEFAULT_TIMEOUT_SECONDS,
  Deadline,
  loadConfig,
  parseTimeoutSeconds
} from "./chunks/chunk-3T7CYGWW.js";
import {
  isInside
} from "./chunks/chunk-7WGVYSY7.js";
import {
  require_dist
} from "./chunks/chunk-XRICSXDT.js";
import {
  tuneForShortRun
} from "./chunks/chunk-5EDPISZC.js";
import "./chunks/chunk-KMFT7KY4.js";
import {
  baseCommitOf,
  checkedOutCommit,
  checkoutOf,
  extractTree,
  gitPrefix,
  gradeBase,
  isCommitSha,
  isFolderAtCommit,
  isShallowCheckout,
  readEvent,
  readFileAtCommit
} from "./chunks/chunk-WWO5IG25.js";
import {
  checkTargets,
  formatTargets,
  hasTargets,
  parseTargets,
  targetDimensions
} from "./chunks/chunk-CX7SWQ2U.js";
import {
  ConfigError,
  GradeError,
  UsageError
} from "./chunks/chunk-OO2RKC3Q.js";
import {
  codeRef,
  escapeMarkdown,
  htmlCode,
  inertInLog,
  inlineText
} from "./chunks/chunk-6C7SI267.js";
import "./chunks/chunk-EKQ2MEFR.js";
import "./chunks/chunk-7ZRM26NT.js";
import {
  DIMENSIONS,
  LEVEL_NAMES
} from "./chunks/chunk-WMKJKISQ.js";
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
  if (!sha) return { kind: "unavailable", reason: `the base commit ${pullRequest.baseSha.slice(0, 7)} is not in this checkout${await isShallowCheckout(root) ? " (a shallow clone)" : ""}` };
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
  if (comment !== "auto" && comment !== "always" && comment !== "never" && comment !== "on-change") {
    throw new UsageError(`input "comment": "${comment}" is not one of auto, always, never, on-change`);
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
  const timeoutText = getInput("timeout") || String(DEFAULT_TIMEOUT_SECONDS);
  const timeoutSeconds = parseTimeoutSeconds(timeoutText);
  if (timeoutSeconds === void 0) throw new UsageError(`input "timeout": "${timeoutText}" is not a number of seconds (0: no limit)`);
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
    allowConfigToRelaxSecrets: readBoolean("allow-config-to-relax-secrets"),
    timeoutSeconds,
    strictGates: readBoolean("strict-gates")
  };
}
function readBoolean(name) {
  if (getInput(name) === "") return false;
  try {
    return getBooleanInput(name);
  } catch {
    throw new UsageError(`input "${name}": "${getInput(name)}" is not true or false`);
  }
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
async function upsertComment(client, target, body, options = { create: true }) {
  const { owner, repo } = target;
  let who;
  const author = () => who ??= tokenAuthor(client);
  const existing = await findMarkedComments(client, target, author);
  const [first, ...rest] = existing;
  if (!first) return options.create ? createComment(client, target, body, author) : void 0;
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
  const list2 = (title2, items, line) => {
    if (!items.length) return;
    out.push(`**${title2}**`, "");
    for (const item of items.slice(0, maxEntries)) out.push(`- ${line(item)}`);
    if (items.length > maxEntries) out.push(`- \u2026and ${items.length - maxEntries} more (the JSON report lists them all)`);
    out.push("");
  };
  list2("Not applied (the operator's limits)", config.overruled ?? [], (o) => `${codeRef(o.entry)}: ${reason(o.reason)}`);
  list2("Not applicable (left out of the overall level and of every target)", config.notApplicable, (n) => `${n.dimension}: ${reason(n.reason)}`);
  list2("Disabled rules (reported as not applicable)", config.disabled, (d) => `${codeRef(d.rule)}: ${reason(d.reason)}`);
  list2("Suppressed findings", config.suppressed, (s) => `${codeRef(s.rule)} in ${s.paths.slice(0, 5).map(codeRef).join(", ")}${s.paths.length > 5 ? ", \u2026" : ""}: ${reason(s.reason)}`);
  list2("Custom rules", config.customRules, (r) => `${codeRef(r.id)} (custom, ${escapeMarkdown(r.source)}): L${r.level} ${r.dimension}, ${r.role === "required" ? "required for its level" : "an extra alternative of its level"}; ${customStatus(report, r.id)}`);
  if (config.strictGates) out.push('**Strict gates**: an L1 headline levelgate finds no evidence of fails its dimension, whatever its L2 evidence shows (no "not seen").', "");
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
  return !!config && (!!config.file || config.ignore.length > 0 || config.disabled.length > 0 || config.suppressed.length > 0 || config.notApplicable.length > 0 || config.customRules.length > 0 || (config.overruled?.length ?? 0) > 0 || !!config.strictGates);
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

// src/report/links.ts
var DOCS = "https://github.com/levelgate/levelgate/blob";
var NAME = /^[A-Za-z0-9._-]+$/;
var SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
var RULE_ID = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9.-]*$/;
var VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
function repositoryUrl(server, owner, repo) {
  const base = (server || "https://github.com").replace(/\/+$/, "");
  if (!owner || !repo || !NAME.test(owner) || !NAME.test(repo) || !/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*$/.test(base)) return void 0;
  return `${base}/${owner}/${repo}`;
}
function ruleDocsUrl(id, ctx) {
  if (!ctx.version || !VERSION.test(ctx.version) || !RULE_ID.test(id) || ctx.custom?.has(id)) return void 0;
  return `${DOCS}/v${ctx.version}/docs/rules/${id}.md`;
}
function ruleRef(id, ctx) {
  const url = ruleDocsUrl(id, ctx);
  return url ? `[${codeRef(id)}](${url})` : codeRef(id);
}
function evidenceRef(finding, sha, ctx) {
  const text = codeRef(finding.line > 0 ? `${finding.file}:${finding.line}` : finding.file);
  const url = fileUrl(finding.file, finding.line, sha, ctx);
  return url ? `[${text}](${url})` : text;
}
function fileUrl(file, line, sha, ctx) {
  if (!ctx.repoUrl || !sha || !SHA.test(sha)) return void 0;
  const segments = `${ctx.prefix ?? ""}${file}`.split("/").filter(Boolean);
  if (!segments.length || segments.some((s) => s === ".." || s === ".")) return void 0;
  const anchor = Number.isInteger(line) && line > 0 ? `#L${line}` : "";
  return `${ctx.repoUrl}/blob/${sha}/${segments.map(encodeSegment).join("/")}${anchor}`;
}
function commitRef(sha, ctx) {
  if (!SHA.test(sha)) return codeRef(sha.slice(0, 12));
  const text = codeRef(sha.slice(0, 7));
  return ctx.repoUrl ? `[${text}](${ctx.repoUrl}/commit/${sha})` : text;
}
function compareUrl(base, head, ctx) {
  return ctx.repoUrl && SHA.test(base) && SHA.test(head) ? `${ctx.repoUrl}/compare/${base}...${head}` : void 0;
}
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// src/report/rule-diff.ts
function ruleChanges(head, base) {
  const out = [];
  for (const dimension of DIMENSIONS) {
    const h = head.dimensions[dimension];
    const b = base.dimensions[dimension];
    if (!h || !b || h.notApplicable || b.notApplicable) continue;
    const baseById = new Map(b.rules.map((r) => [r.id, r]));
    for (const rule of h.rules) {
      const was = baseById.get(rule.id);
      if (rule.status === "met" && (was?.status === "missing" || was === void 0)) out.push({ dimension, kind: "gained", rule, ...was ? { base: was } : {} });
      else if (rule.status === "missing" && was?.status === "met") out.push({ dimension, kind: "lost", rule, base: was });
    }
  }
  return out;
}

// src/report/comment.ts
var COMMENT_MARKER = "<!-- levelgate:report -->";
var COMMENT_LIMIT = 65e3;
var SUMMARY_BUDGET_BYTES = 25e4;
function markerFor(key = "") {
  return key ? `<!-- levelgate:report:${key} -->` : COMMENT_MARKER;
}
var changedLevels = (s) => !!s.delta && (s.delta.overall.change !== "same" || s.delta.dimensions.some((d) => d.change === "up" || d.change === "down"));
var changed = (s) => changedLevels(s) || s.rules.length > 0 || !!s.isNew;
var lowered = (s) => !!s.delta && (s.delta.regressions.length > 0 || s.delta.overall.change === "down");
var failing = (s) => s.failures.length > 0;
function singleModel(input) {
  const base = input.base.kind === "graded" ? input.base.report : void 0;
  const scope = makeScope("", void 0, input.report, base, input.targets);
  return finish(input, false, [scope], [], void 0);
}
function monorepoModel(input) {
  const { result } = input;
  const graded = input.base.kind === "graded" ? input.base : void 0;
  const basePackages = graded?.packages ? new Map(graded.packages.map((p) => [p.path, p.report])) : void 0;
  const scopes = [makeScope("", void 0, result.whole, graded?.report, input.targets)];
  for (const p of result.packages) {
    const scope = makeScope(p.path, p.name, p.report, basePackages?.get(p.path), input.targets);
    if (basePackages && !basePackages.has(p.path)) scope.isNew = true;
    scopes.push(scope);
  }
  const heads = new Set(result.packages.map((p) => p.path));
  const removed = graded?.packages?.filter((p) => !heads.has(p.path)).map((p) => ({ path: p.path, level: p.report.level })) ?? [];
  return finish({ ...input, report: result.whole }, true, scopes, removed, result.discovery);
}
function makeScope(path4, name, report, base, targets) {
  return {
    path: path4,
    ...name && name !== path4 ? { name } : {},
    report,
    failures: hasTargets(targets) ? checkTargets(report, targets).failures : [],
    ...base ? { delta: compareReports(report, base), rules: ruleChanges(report, base) } : { rules: [] }
  };
}
function finish(input, monorepo, scopes, removed, discovery) {
  const targets = hasTargets(input.targets) ? input.targets : void 0;
  const compared = input.base.kind === "graded";
  const custom = new Set(scopes.flatMap((s) => s.report.config?.customRules.map((r) => r.id) ?? []));
  return {
    input,
    monorepo,
    scopes,
    removed,
    ...discovery ? { discovery } : {},
    ...targets ? { targets } : {},
    links: { repoUrl: input.repoUrl, prefix: input.prefix, version: input.report.tool.version, custom },
    headSha: input.headSha,
    baseSha: input.base.kind === "graded" ? input.base.sha : void 0,
    compared,
    passed: scopes.every((s) => !failing(s)),
    blockingRegression: !!input.failOnRegression && scopes.some(lowered)
  };
}
function composeComment(input, options = {}) {
  return compose(singleModel(input), options);
}
function composeMonorepoComment(input, options = {}) {
  return compose(monorepoModel(input), options);
}
function monorepoDelta(result, base) {
  if (base.kind !== "graded") return void 0;
  return compareMonorepo(result, { whole: base.report, packages: base.packages ?? [] });
}
function hasChanges(input) {
  const model = "result" in input ? monorepoModel(input) : singleModel(input);
  return !model.compared || model.scopes.some(changed) || model.removed.length > 0;
}
function composeQuietComment(input) {
  const model = "result" in input ? monorepoModel(input) : singleModel(input);
  const summary2 = input.runUrl ? ` \xB7 [job summary](${input.runUrl})` : "";
  const commit = model.headSha ? ` \xB7 ${commitRef(model.headSha, model.links)}` : "";
  return `${input.marker ?? ""}
${headline(model, escapeMarkdown)}${commit}${summary2}
`.trimStart();
}
function failureMessage(input, maxLines = 8) {
  const model = "result" in input ? monorepoModel(input) : singleModel(input);
  const lines = model.monorepo ? mergedNeeds(model).map((g) => `${g.scopes.length === 1 ? scopeName(g.scopes[0]) : `${g.scopes.length} packages`}: ${g.dimension} ${plainNeed(g)}`) : singleNeeds(model);
  if (model.blockingRegression) {
    for (const s of model.scopes.filter(lowered)) {
      for (const r of s.delta.regressions) lines.push(`${s.path ? `${s.path}: ` : ""}this pull request lowers ${r.dimension} from L${r.base} to L${r.head} (fail-on-regression)`);
    }
  }
  const shown = lines.slice(0, maxLines);
  if (lines.length > shown.length) shown.push(`\u2026and ${lines.length - shown.length} more; see the job summary`);
  return [headline(model, (s) => s), ...shown.map((l) => `- ${l}`)].join("\n");
}
function singleNeeds(model) {
  const scope = model.scopes[0];
  return scope.failures.map((f) => {
    if (f.scope === "overall") return `overall is L${f.actual}, below its target L${f.target}`;
    const d = scope.report.dimensions[f.scope];
    return `${f.scope} is L${f.actual}, below its target L${f.target}: ${describeNeeds(needsFor(d, f.target), (r) => r.id)}`;
  });
}
function plainNeed(g) {
  return `L${g.actual} < L${g.target}, ${describeNeeds(g.needs, (r) => r.id)}`;
}
var STAGES = [
  { findingsPerRule: 5, details: true, detailScopes: "all", listed: Infinity },
  { findingsPerRule: 1, details: true, detailScopes: "all", listed: Infinity },
  { findingsPerRule: 0, details: true, detailScopes: "all", listed: Infinity },
  { findingsPerRule: 1, details: true, detailScopes: "shown", listed: Infinity },
  { findingsPerRule: 0, details: true, detailScopes: "shown", listed: Infinity },
  { findingsPerRule: 0, details: false, detailScopes: "shown", listed: Infinity },
  { findingsPerRule: 0, details: false, detailScopes: "shown", listed: 30 },
  { findingsPerRule: 0, details: false, detailScopes: "shown", listed: 5 }
];
function compose(model, options) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const measure = options.measure ?? ((s) => s.length);
  const entries = options.configEntries ?? (options.limit === void 0 ? COMMENT_CONFIG_ENTRIES : SUMMARY_CONFIG_ENTRIES);
  const fixed = {
    head: [headlineLine(model), "", ...actionLines(model)],
    top: aboveTheFold(model.input),
    table: tableLines(model),
    configuration: configurationSection(model.input.report.config, model.input.report, model.input.policy, entries),
    footer: footerLines(model)
  };
  const stages = model.input.marker !== void 0 ? STAGES.filter((s) => s.findingsPerRule <= 1) : STAGES;
  let text = "";
  for (const [i, stage] of stages.entries()) {
    text = render(model, fixed, { ...stage, trimmed: i > 0 });
    if (measure(text) <= limit) return text;
  }
  return hardCut(text, limit, measure, model.input.runUrl);
}
function render(model, fixed, stage) {
  const out = [];
  if (model.input.marker) out.push(model.input.marker);
  out.push(...fixed.head);
  out.push(...fixed.top);
  if (fixed.table.visible.length) out.push(...fixed.table.visible, "");
  if (fixed.table.folded.length) out.push(...fold(fixed.table.foldedSummary, capRows(fixed.table.folded, stage.listed)));
  if (model.removed.length) out.push(removedLine(model.removed, stage.listed), "");
  out.push(...ruleChangesFold(model, stage));
  out.push(...needsFold(model, stage));
  out.push(...fixed.configuration);
  if (stage.trimmed) out.push(trimNote(model.input.runUrl, stage), "");
  if (stage.details) out.push(...detailsFold(model, stage));
  out.push(...fixed.footer);
  return out.join("\n") + "\n";
}
function fold(summary2, body) {
  return ["<details>", `<summary>${summary2}</summary>`, "", ...body, "", "</details>", ""];
}
function aboveTheFold(input) {
  const top = [];
  if (input.checkoutIsBase) {
    const base = input.headSha ? ` (${shortSha(input.headSha)})` : "";
    top.push("> [!WARNING]", `> This report grades the **base branch**${base}, not the pull request: under \`pull_request_target\`, \`actions/checkout\` checks out the base unless given \`ref: \${{ github.event.pull_request.head.sha }}\`.`, "");
  }
  const change = configChangeCallout(input.policy);
  if (change.length) top.push(...change, "");
  top.push(...readingCallouts(input.report.notes));
  return top;
}
function headlineLine(model) {
  return `### ${headline(model, escapeMarkdown)}`;
}
function headline(model, esc) {
  const mark = model.targets || model.blockingRegression ? model.passed && !model.blockingRegression ? "\u2705 " : "\u274C " : "";
  const name = model.input.title ? `levelgate (${esc(model.input.title)})` : "levelgate";
  const change = model.compared ? ` \u2014 ${changeClause(model)}` : "";
  return `${mark}${name}: ${model.monorepo ? monorepoSubject(model) : singleSubject(model)}${change}`;
}
function singleSubject(model) {
  const report = model.scopes[0].report;
  const graded = DIMENSIONS.filter((d) => !report.dimensions[d].notApplicable);
  const lowered2 = new Set(model.scopes[0].delta?.regressions.map((r) => r.dimension));
  const bottom = graded.filter((d) => report.dimensions[d].level === report.level);
  const lowest = bottom.every((d) => lowered2.has(d)) ? [] : bottom.map(title);
  const names = lowest.length && lowest.length <= 2 && lowest.length < graded.length ? ` (lowest: ${lowest.join(", ")})` : "";
  const level = `L${report.level}${names}`;
  if (!model.targets) return level;
  return `${level}, ${model.passed ? "meets" : "below"} target ${targetText(model.targets)}`;
}
function monorepoSubject(model) {
  const packages = model.scopes.filter((s) => s.path);
  const n = packages.length;
  const whole = model.scopes[0];
  if (!model.targets) return `${n} package${n === 1 ? "" : "s"}, lowest L${Math.min(whole.report.level, ...packages.map((p) => p.report.level))}`;
  const target = targetText(model.targets);
  if (model.passed) return `${n === 1 ? "the package" : `all ${n} packages`} and the whole meet ${target}`;
  const below = packages.filter(failing).length;
  if (below === 0) return `the whole repository below ${target}`;
  return `${below}/${n} package${n === 1 ? "" : "s"}${failing(whole) ? " and the whole" : ""} below ${target}`;
}
function changeClause(model) {
  const scopes = model.scopes.filter((s) => s.delta);
  if (!model.monorepo) {
    const s = scopes[0];
    const moved = (dir) => s.delta.dimensions.filter((d) => d.change === dir);
    const describe = (list2) => list2.length > 2 ? `${list2.length} dimensions` : list2.map((d) => `${title(d.dimension)} (L${d.base} \u2192 L${d.head})`).join(" and ");
    const parts2 = [];
    if (moved("down").length) parts2.push(`this PR lowers ${describe(moved("down"))}`);
    if (moved("up").length) parts2.push(`${parts2.length ? "raises" : "this PR raises"} ${describe(moved("up"))}`);
    if (parts2.length) return parts2.join(", ");
    return ruleCountClause(s.rules);
  }
  const down = scopes.filter(lowered).length;
  const up = scopes.filter((s) => !lowered(s) && changedLevels(s)).length;
  const count = (k) => `${k} package${k === 1 ? "" : "s"}`;
  const parts = [];
  if (down) parts.push(`this PR lowers ${count(down)}`);
  if (up) parts.push(`${parts.length ? "raises" : "this PR raises"} ${count(up)}`);
  const added = model.scopes.filter((s) => s.isNew).length;
  if (added) parts.push(`${parts.length ? "" : "this PR "}adds ${count(added)}`.trim());
  if (parts.length) return parts.join(", ");
  return ruleCountClause(scopes.flatMap((s) => s.rules));
}
function ruleCountClause(rules) {
  const lost = rules.filter((r) => r.kind === "lost").length;
  const gained = rules.length - lost;
  if (!rules.length) return "no change";
  const parts = [lost ? `${lost} rule${lost === 1 ? "" : "s"} lost` : "", gained ? `${gained} rule${gained === 1 ? "" : "s"} gained` : ""].filter(Boolean);
  return `no level change, ${parts.join(", ")}`;
}
function actionLines(model) {
  const line = model.monorepo ? monorepoAction(model) : singleAction(model);
  return line ? [line, ""] : [];
}
function singleAction(model) {
  const scope = model.scopes[0];
  const name = (r) => ruleWithMeasure(r, model.links);
  const failures = scope.failures.filter((f) => f.scope !== "overall");
  if (failures.length) {
    const loweredDims = new Set(scope.delta?.regressions.map((r) => r.dimension));
    const order = [...failures].sort((a, b) => Number(loweredDims.has(b.scope)) - Number(loweredDims.has(a.scope)) || needSize(scope, a) - needSize(scope, b));
    const first = order[0];
    const d = scope.report.dimensions[first.scope];
    const need = needsFor(d, first.target)[0];
    if (!need) return void 0;
    const more = failures.length > 1 ? ` (+${failures.length - 1} more dimension${failures.length === 2 ? "" : "s"} below)` : "";
    const lost = lostNote(scope, need, model);
    return `**To pass:** ${title(first.scope)} ${describeNeeds([need], name)}${lost || hintFor(need)}${more}`;
  }
  if (scope.failures.length) return `**To pass:** raise the lowest dimensions to ${targetText(model.targets)}.`;
  if (model.blockingRegression && scope.delta) {
    const r = scope.delta.regressions[0];
    const lost = scope.rules.find((c) => c.kind === "lost" && c.dimension === r.dimension);
    const why = lost ? `: ${ruleRef(lost.rule.id, model.links)} no longer holds${baseEvidence(lost, model)}` : "";
    return `**To pass:** restore ${title(r.dimension)} to L${r.base} (\`fail-on-regression\` is on)${why}.`;
  }
  return nextLevelLine(scope.report, model.links);
}
function monorepoAction(model) {
  const groups = mergedNeeds(model);
  if (groups.length) {
    const g = groups[0];
    const who = g.scopes.length === 1 ? scopeRef(g.scopes[0]) : `${g.scopes.length} packages`;
    const verb = g.scopes.length === 1 ? describeNeeds(g.needs, (r) => ruleWithMeasure(r, model.links)) : describeNeeds(g.needs, (r) => ruleRef(r.id, model.links)).replace(/^needs/, "need");
    const more = groups.length > 1 ? ` (+${groups.length - 1} more below)` : "";
    return `**To pass:** ${who} ${verb} for ${title(g.dimension)} L${g.target}${more}`;
  }
  if (model.blockingRegression) return "**To pass:** restore the levels this pull request lowered (`fail-on-regression` is on); see the table.";
  return nextLevelLine(model.scopes[0].report, model.links);
}
function nextLevelLine(report, links) {
  const candidates = DIMENSIONS.map((d) => report.dimensions[d]).filter((d) => !d.notApplicable && d.level === report.level && d.next);
  const best = candidates.map((d) => ({ d, need: nextNeed(d) })).filter((c) => c.need).sort((a, b) => ruleCount(a.need) - ruleCount(b.need))[0];
  if (!best) return void 0;
  return `**Next level:** ${title(best.d.dimension)} L${best.need.level} ${describeNeeds([best.need], (r) => ruleWithMeasure(r, links))}${hintFor(best.need)}`;
}
function hintFor(need) {
  const rules = rulesOf([need]);
  return rules.length === 1 && rules[0].hint && !rules[0].measured ? `: ${inlineText(rules[0].hint)}` : "";
}
function lostNote(scope, need, model) {
  const ids = new Set(rulesOf([need]).map((r) => r.id));
  const lost = scope.rules.find((c) => c.kind === "lost" && ids.has(c.rule.id));
  if (!lost) return "";
  const where = lost.base?.findings.find((f) => f.strength === "strong");
  return `, which this PR lost${where ? ` (the base had it in ${evidenceRef(where, model.baseSha, model.links)})` : ""}`;
}
function needSize(scope, f) {
  return needsFor(scope.report.dimensions[f.scope], f.target).reduce((n, l) => n + ruleCount(l), 0);
}
function ruleCount(need) {
  return need.required.length + (need.count ?? 1);
}
function ruleWithMeasure(r, links) {
  const m = measuredText(r);
  return m ? `${ruleRef(r.id, links)} (${inlineText(m)})` : ruleRef(r.id, links);
}
var VISIBLE_ROWS = 4;
var VISIBLE_PACKAGES = 10;
function tableLines(model) {
  return model.monorepo ? packagesTable(model) : dimensionsTable(model);
}
function dimensionsTable(model) {
  const scope = model.scopes[0];
  const { report } = scope;
  const header = ["", "Dimension", model.compared ? "Base \u2192 PR" : "Level", ...model.targets ? ["Target"] : []];
  const failingDims = new Set(scope.failures.map((f) => f.scope));
  const ruleDims = /* @__PURE__ */ new Map();
  for (const c of scope.rules) ruleDims.set(c.dimension, [...ruleDims.get(c.dimension) ?? [], c]);
  const rows = DIMENSIONS.map((d) => {
    const result = report.dimensions[d];
    const delta = scope.delta?.dimensions.find((x) => x.dimension === d);
    const moved = delta && (delta.change === "up" || delta.change === "down");
    const failingHere = failingDims.has(d);
    const status = result.notApplicable ? "\u2796" : failingHere ? "\u274C" : delta?.change === "down" ? "\u2B07\uFE0F" : delta?.change === "up" ? "\u2B06\uFE0F" : "\u2705";
    const rules = ruleDims.get(d);
    const rulesNote = rules && !moved ? `, ${ruleCountClause(rules).replace("no level change, ", "")}` : "";
    const cells = [status, title(d), levelCell(result, delta) + rulesNote, ...model.targets ? [result.notApplicable ? "\u2014" : `L${dimensionTarget(model.targets, d)}`] : []];
    const rank = failingHere ? delta?.change === "down" ? 0 : 1 : moved ? 2 : rules ? 3 : 9;
    return { cells, rank, show: !result.notApplicable && (failingHere || !!moved || !!rules || !model.targets && !model.compared) };
  });
  const shown = rows.filter((r) => r.show).sort((a, b) => a.rank - b.rank);
  const visible = shown.slice(0, VISIBLE_ROWS);
  const rest = rows.filter((r) => !visible.includes(r));
  const restFailing = rest.filter((r) => r.cells[0] === "\u274C").length;
  const others = rest.length;
  const summary2 = restFailing > 0 ? `\u274C ${others} more dimension${others === 1 ? "" : "s"} (${restFailing} below target)` : `\u2705 ${visible.length ? `${others} other${others === 1 ? "" : "s"}` : `${others} dimension${others === 1 ? "" : "s"}`}${model.compared ? " unchanged" : model.targets ? " meet the target" : ""}`;
  return {
    visible: visible.length ? [row(header), row(header.map((_, i) => i === 1 ? ":--" : ":-:")), ...visible.map((r) => row(r.cells))] : [],
    folded: rest.length ? [row(header), row(header.map((_, i) => i === 1 ? ":--" : ":-:")), ...rest.map((r) => row(r.cells))] : [],
    foldedSummary: summary2
  };
}
function levelCell(result, delta) {
  if (result.notApplicable) return "n/a";
  const unseen = result.notSeen?.length ? " (L1 not seen)" : "";
  if (delta && delta.base !== void 0 && (delta.change === "up" || delta.change === "down")) return `L${delta.base} \u2192 **L${delta.head}**${unseen}`;
  return `L${result.level}${unseen}`;
}
function packagesTable(model) {
  const header = ["", "Package", model.compared ? "Base \u2192 PR" : "Level", "Notes"];
  const rows = model.scopes.map((s) => {
    const notes = [];
    if (s.isNew) notes.push("\u{1F195} new");
    for (const f of s.failures) notes.push(f.scope === "overall" ? `overall < L${f.target}` : `${abbreviation(f.scope)} L${f.actual}`);
    for (const d of s.delta?.dimensions ?? []) {
      if (d.change === "down" || d.change === "up") notes.push(`${d.change === "down" ? "\u2B07\uFE0F" : "\u2B06\uFE0F"} ${abbreviation(d.dimension)} L${d.base}\u2192L${d.head}`);
    }
    if (s.rules.length && !changedLevels(s)) notes.push(ruleCountClause(s.rules).replace("no level change, ", ""));
    const overall = s.delta && s.delta.overall.change !== "same" ? `L${s.delta.overall.base} \u2192 **L${s.delta.overall.head}**` : `L${s.report.level}`;
    const status = failing(s) ? "\u274C" : lowered(s) ? "\u2B07\uFE0F" : changedLevels(s) ? "\u2B06\uFE0F" : "\u2705";
    const label = s.path ? tableCode(s.path) : "*whole repository*";
    const rank = lowered(s) ? 0 : changed(s) ? 1 : failing(s) ? 2 : 9;
    return { cells: [status, label, overall, notes.join(", ") || "\u2014"], rank, show: changed(s) || failing(s), failing: failing(s) };
  });
  const shown = rows.filter((r) => r.show).sort((a, b) => a.rank - b.rank);
  const visible = shown.slice(0, VISIBLE_PACKAGES);
  const rest = rows.filter((r) => !visible.includes(r));
  const restFailing = rest.filter((r) => r.failing).length;
  const n = rest.length;
  const what = model.compared ? ` unchanged` : "";
  const summary2 = restFailing ? `\u274C ${n} package${n === 1 ? "" : "s"}${what} (${restFailing} below target)` : `\u2705 ${n} package${n === 1 ? "" : "s"}${what}`;
  const align = row(header.map((_, i) => i === 1 || i === 3 ? ":--" : ":-:"));
  return {
    visible: visible.length ? [row(header), align, ...visible.map((r) => row(r.cells))] : [],
    folded: rest.length ? [row(header), align, ...rest.map((r) => row(r.cells))] : [],
    foldedSummary: summary2
  };
}
function tableCode(text) {
  return codeRef(text).replace(/\|/g, "\\|");
}
function capRows(rows, max) {
  if (rows.length - 2 <= max) return rows;
  return [...rows.slice(0, 2 + max), "", `\u2026and ${rows.length - 2 - max} more in the job summary`];
}
var REMOVED_SHOWN = 20;
function removedLine(removed, listed) {
  const shown = Math.min(REMOVED_SHOWN, listed);
  const items = removed.slice(0, shown).map((r) => `${codeRef(r.path)} (was L${r.level})`);
  if (removed.length > shown) items.push(`and ${removed.length - shown} more`);
  return `Removed since the base commit: ${items.join(", ")}.`;
}
function ruleChangesFold(model, stage) {
  const all = model.scopes.flatMap((s) => s.rules.map((c) => ({ s, c })));
  if (!all.length) return [];
  const lost = all.filter((x) => x.c.kind === "lost");
  const gained = all.filter((x) => x.c.kind === "gained");
  const ordered = [...lost, ...gained];
  const lines = ordered.slice(0, stage.listed).map(({ s, c }) => {
    const where = model.monorepo ? `${s.path ? codeRef(s.path) : "whole repository"}: ` : "";
    const what = `${escapeMarkdown(c.rule.title)} (${ruleRef(c.rule.id, model.links)}, ${title(c.dimension)} L${c.rule.level})`;
    if (c.kind === "gained") return `- \u2B06\uFE0F ${where}gained ${what}${evidenceList(c.rule.findings, model.headSha, model.links, 1)}`;
    return `- \u2B07\uFE0F ${where}lost ${what}${baseEvidence(c, model)}`;
  });
  if (ordered.length > lines.length) lines.push(`- \u2026and ${ordered.length - lines.length} more in the job summary`);
  const counts = [lost.length ? `${lost.length} lost` : "", gained.length ? `${gained.length} gained` : ""].filter(Boolean).join(", ");
  return fold(`Rules: ${counts}`, lines);
}
function baseEvidence(c, model) {
  if (c.rule.negative) return evidenceList(c.rule.findings, model.headSha, model.links, 1, ": now found in ");
  return evidenceList(c.base?.findings ?? [], model.baseSha, model.links, 1, ": was met on the base by ");
}
function evidenceList(findings, sha, links, max, lead = ": ") {
  const strong = findings.filter((f) => f.strength === "strong");
  const shown = (strong.length ? strong : findings).slice(0, max);
  if (!shown.length) return "";
  const more = findings.length > shown.length ? ` +${findings.length - shown.length} more` : "";
  return `${lead}${shown.map((f) => evidenceRef(f, sha, links)).join(", ")}${more}`;
}
function needsFold(model, stage) {
  if (model.passed) return [];
  const lines = [];
  const hints = /* @__PURE__ */ new Map();
  if (!model.monorepo) {
    const scope = model.scopes[0];
    for (const f of scope.failures) {
      if (f.scope === "overall") {
        lines.push(`- **Overall** is L${f.actual}, target L${f.target}: the overall level is the lowest dimension.`);
        continue;
      }
      const d = scope.report.dimensions[f.scope];
      const needs = needsFor(d, f.target);
      lines.push(`- **${title(f.scope)}** L${f.actual}, target L${f.target}: ${describeNeeds(needs, (r) => ruleWithMeasure(r, model.links))}.`);
      const held = heldAt(d);
      if (held) lines.push(`  ${title(f.scope)} is held at L${d.level} by ${list(held.blocking.map((r) => ruleRef(r.id, model.links)))}; its ${list(held.metAbove.map((l) => `L${l}`))} rules are met.`);
      for (const r of rulesOf(needs)) hints.set(r.id, r);
    }
  } else {
    const groups = mergedNeeds(model);
    for (const g of groups.slice(0, stage.listed)) {
      const who = g.scopes.length === 1 ? scopeRef(g.scopes[0]) : `${g.scopes.length} packages (${packageList(g.scopes, stage.listed === Infinity ? 8 : 3)})`;
      const needs = describeNeeds(g.needs, (r) => ruleRef(r.id, model.links));
      lines.push(`- **${title(g.dimension)} L${g.target}**: ${who} ${g.scopes.length > 1 ? needs.replace(/^needs/, "need") : needs}.`);
      for (const r of rulesOf(g.needs)) hints.set(r.id, r);
    }
    if (groups.length > stage.listed) lines.push(`- \u2026and ${groups.length - stage.listed} more in the job summary`);
  }
  const hinted = [...hints.values()].filter((r) => r.hint).slice(0, stage.listed === Infinity ? 40 : stage.listed);
  if (hinted.length) lines.push("", "**How to add them**", "", ...hinted.map((r) => `- ${ruleRef(r.id, model.links)}: ${inlineText(r.hint)}`));
  const count = model.monorepo ? model.scopes.filter(failing).length : model.scopes[0].failures.length;
  return fold(`What the target needs (${count} ${model.monorepo ? "failing" : `dimension${count === 1 ? "" : "s"} below`})`, lines);
}
function mergedNeeds(model) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of model.scopes) {
    for (const f of s.failures) {
      if (f.scope === "overall") continue;
      const needs = needsFor(s.report.dimensions[f.scope], f.target);
      const key = `${f.scope}|${f.actual}|${f.target}|${describeNeeds(needs, (r) => r.id)}`;
      const group3 = groups.get(key) ?? { dimension: f.scope, actual: f.actual, target: f.target, needs, scopes: [] };
      group3.scopes.push(s);
      groups.set(key, group3);
    }
  }
  return [...groups.values()].sort((a, b) => b.scopes.length - a.scopes.length);
}
function packageList(scopes, max) {
  const names = scopes.slice(0, max).map(scopeRef);
  return scopes.length > max ? `${names.join(", ")} and ${scopes.length - max} more` : names.join(", ");
}
function scopeRef(s) {
  return s.path ? codeRef(s.path) : "the whole repository";
}
function scopeName(s) {
  return s.path || "the whole repository";
}
function detailsFold(model, stage) {
  const body = [];
  if (!model.monorepo) {
    body.push(...reportBlocks(model.scopes[0].report, model, stage));
  } else {
    const scopes = (stage.detailScopes === "all" ? model.scopes : model.scopes.filter((s) => changed(s) || failing(s))).map((s) => ({ s, dims: noteworthy(s) })).filter((x) => x.dims.size > 0);
    for (const { s, dims } of scopes) {
      const label = s.path ? `${htmlCode(s.path)}${s.name ? ` (${htmlCode(s.name)})` : ""}` : "<b>whole repository</b>";
      body.push(...fold(`${label}: L${s.report.level}${failing(s) ? " \u274C" : ""}`, reportBlocks(s.report, model, stage, dims)));
    }
    if (!scopes.length) body.push("No package fails its target or changed.");
  }
  const what = model.monorepo ? "The rules of each package that fails or changed" : "Every rule";
  return fold(`${what}${stage.findingsPerRule > 0 ? ", with evidence" : ""}`, trimBlank(body));
}
function noteworthy(s) {
  const dims = new Set(s.failures.flatMap((f) => f.scope === "overall" ? [] : [f.scope]));
  for (const d of s.delta?.dimensions ?? []) if (d.change === "up" || d.change === "down") dims.add(d.dimension);
  for (const c of s.rules) dims.add(c.dimension);
  if (s.isNew) for (const d of DIMENSIONS) dims.add(d);
  return dims;
}
function reportBlocks(report, model, stage, only) {
  const out = [];
  for (const d of DIMENSIONS) if (!only || only.has(d)) out.push(...dimensionBlock(report.dimensions[d], model, stage));
  if (report.notes.length && stage.findingsPerRule > 0) {
    const notes = report.notes.slice(0, 50).map((n) => `- ${codeRef(n.path)}: ${inlineText(n.message)}`);
    if (report.notes.length > 50) notes.push(`- \u2026and ${report.notes.length - 50} more`);
    out.push(...fold(`Scan notes (${report.notes.length})`, notes));
  }
  return out;
}
function dimensionBlock(d, model, stage) {
  const target = model.targets ? dimensionTarget(model.targets, d.dimension) : void 0;
  const goal = Math.max(d.level + 1, target ?? 0);
  const mark = d.notApplicable ? " \u2796 not applicable" : target === void 0 ? "" : d.level >= target ? " \u2705" : " \u274C";
  const head = `<b>${title(d.dimension)}</b> L${d.level}${target !== void 0 && !d.notApplicable ? ` \xB7 target L${target}` : ""}${mark}`;
  const sorted = [...d.rules].sort((a, b) => a.level - b.level);
  const near = sorted.filter((r) => r.level <= goal).flatMap((r) => ruleLines(r, d, target, model, stage));
  const far = sorted.filter((r) => r.level > goal);
  const body = [...near];
  if (far.length) body.push("", ...fold(`More: L${goal + 1}${goal + 1 < 4 ? "\u2013L4" : ""} rules (${far.length})`, far.flatMap((r) => ruleLines(r, d, target, model, stage))));
  return fold(head, trimBlank(body));
}
function ruleLines(r, d, target, model, stage) {
  const blocks = r.status === "missing" && !r.negative && r.level > d.level && target !== void 0 && r.level <= target;
  const mark = r.status === "met" ? "\u2705" : r.status === "not_applicable" ? "\u2796" : r.negative ? "\u26D4" : r.notSeen ? "\u2754" : blocks ? "\u274C" : "\u2B1C";
  const custom = model.links.custom?.has(r.id) ? " \u2014 custom" : "";
  const lines = [`- ${mark} L${r.level} ${escapeMarkdown(r.title)} (${ruleRef(r.id, model.links)})${custom}${r.required ? " \u2014 required" : ""}`];
  const measured = measuredText(r);
  if (r.notSeen) lines.push(`  - ${inlineText(NOT_SEEN_RULE)}`);
  if (r.none) lines.push(`  - has none: ${inlineText(r.none)}`);
  if (measured) lines.push(`  - ${inlineText(measured)}`);
  if (r.reason) lines.push(`  - ${inlineText(r.reason)}`);
  if (r.status === "missing" && !r.negative && r.hint) lines.push(`  - to add: ${inlineText(r.hint)}`);
  for (const f of r.findings.slice(0, stage.findingsPerRule)) lines.push(`  - ${evidenceRef(f, model.headSha, model.links)} ${inlineText(f.message)}${f.strength === "weak" ? ` (${weakFindingNote(r)})` : ""}`);
  if (stage.findingsPerRule > 0 && r.findings.length > stage.findingsPerRule) lines.push(`  - \u2026and ${r.findings.length - stage.findingsPerRule} more`);
  return lines;
}
function trimBlank(lines) {
  const out = [...lines];
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
}
function footerLines(model) {
  const { input, links } = model;
  const out = [];
  if (input.base.kind === "unavailable") {
    const which = input.base.sha ? `The base commit ${commitRef(input.base.sha, links)}` : "The base commit";
    out.push(`<sub>${which} was not graded: ${escapeMarkdown(input.base.reason)}.${input.base.hint ? ` ${input.base.hint}` : ""}</sub>`, "");
  }
  const parts = [];
  if (model.headSha) parts.push(`commit ${commitRef(model.headSha, links)}`);
  if (model.baseSha) {
    const compare = model.headSha ? compareUrl(model.baseSha, model.headSha, links) : void 0;
    parts.push(`base ${commitRef(model.baseSha, links)}${compare ? ` ([compare](${compare}))` : ""}`);
  }
  if (model.discovery) parts.push(`packages found from ${escapeMarkdown(model.discovery)}`);
  const tool = input.report.tool;
  parts.push(`levelgate ${escapeMarkdown(String(tool.version))} (rules ${escapeMarkdown(String(tool.rulesVersion))})`);
  if (input.fromResultFile) parts.push(RESULT_FILE_ORIGIN);
  if (input.marker !== void 0) {
    if (input.runUrl) parts.push(`[job summary](${input.runUrl})`);
    parts.push("updated on every push");
  }
  out.push(`<sub>${parts.join(" \xB7 ")}</sub>`);
  return out;
}
var RESULT_FILE_ORIGIN = "as reported by the pull request's own workflow run (its result file; not graded by this job)";
function trimNote(runUrl, stage) {
  const what = !stage.details ? "The detailed report is left out" : stage.detailScopes === "shown" ? "Unchanged passing packages are left out of the details" : stage.findingsPerRule > 0 ? "Evidence is shortened" : "Evidence is left out";
  const where = runUrl ? `the [job summary](${runUrl})` : "the job summary of this workflow run";
  return `> [!NOTE]
> ${what} to fit GitHub's comment size limit; the full report is in ${where}.`;
}
function hardCut(text, limit, measure, runUrl) {
  const note = `

${trimNote(runUrl, { findingsPerRule: 0, details: false })}
`;
  let lines = text.split("\n");
  while (lines.length > 1 && measure(lines.join("\n") + note) > limit) lines = lines.slice(0, Math.max(1, Math.floor(lines.length * 0.9)));
  let cut = lines.join("\n");
  while (cut.length > 0 && measure(cut + note) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.9));
  return cut + note;
}
function row(cells) {
  return `| ${cells.join(" | ")} |`.replace(/\|  \|/g, "| |");
}
function title(d) {
  return d.charAt(0).toUpperCase() + d.slice(1);
}
function abbreviation(d) {
  return DIMENSION_ABBREVIATIONS[d];
}
function dimensionTarget(targets, d) {
  return targets.dimensions[d] ?? targets.overall ?? 0;
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
  const links = { runUrl: event.runUrl, repoUrl: repositoryUrl(process.env.GITHUB_SERVER_URL, event.repo?.owner, event.repo?.repo) };
  const verdict = result.packages ? monorepoVerdict(result, targets, inputs, links) : singleVerdict(result, targets, inputs, links);
  if (inputs.outputFile) {
    await (await import("./chunks/result-file-3RJTHVAZ.js")).writeResultFile(inputs.outputFile, result);
    info(`levelgate: result written to ${inputs.outputFile}`);
  }
  await writeBadgeAndSarif(inputs, result, targets);
  await writeSummary(redact(verdict.compose({ limit: SUMMARY_BUDGET_BYTES, measure: (s) => Buffer.byteLength(s) })));
  const prNumber = inputs.prNumber ?? event.pullRequest?.number ?? (posting ? result.pullRequest : void 0);
  const quiet = inputs.comment === "on-change" && !verdict.changed;
  const body = () => redact(quiet ? verdict.quiet(markerFor(inputs.commentKey)) : verdict.compose({}, markerFor(inputs.commentKey)));
  const commentUrl = await maybeComment(inputs, event, prNumber, posting, result, body, quiet);
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
  if (!verdict.passed) setFailed(verdict.failure);
}
async function writeBadgeAndSarif(inputs, result, targets) {
  const write = async (file, text, what, output) => {
    await mkdir2(path3.dirname(file), { recursive: true });
    await writeFile2(file, text);
    setOutput(output, file);
    info(`levelgate: ${what} written to ${file}`);
  };
  if (inputs.badgeFile) await write(inputs.badgeFile, (await import("./chunks/badge-NJ2JJVEU.js")).renderBadgeSvg(result.report.level), "badge", "badge-file");
  if (inputs.sarifFile) {
    const graded = result.packages ? { whole: result.report, packages: result.packages, discovery: result.discovery ?? "manifests" } : result.report;
    const sarif = (await import("./chunks/sarif-HJWMRVIO.js")).renderSarif(graded, hasTargets(targets) ? { targets } : {});
    await write(inputs.sarifFile, sarif, "SARIF", "sarif-file");
  }
}
function commonInput(result, targets, inputs, links) {
  return {
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl: links.runUrl,
    repoUrl: links.repoUrl,
    prefix: result.prefix,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || void 0,
    fromResultFile: result.fromFile,
    policy: result.policy,
    checkoutIsBase: result.checkoutIsBase
  };
}
function singleVerdict(result, targets, inputs, links) {
  const report = result.report;
  logReport(report);
  const check = hasTargets(targets) ? checkTargets(report, targets) : { passed: true, failures: [] };
  const regressions = result.base.kind === "graded" ? compareReports(report, result.base.report).regressions : [];
  const commentInput = { report, ...commonInput(result, targets, inputs, links) };
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    changed: hasChanges(commentInput),
    json: renderJson(report),
    failure: failureMessage(commentInput),
    compose: (options, marker) => composeComment(marker ? { ...commentInput, marker } : commentInput, options),
    quiet: (marker) => composeQuietComment({ ...commentInput, marker })
  };
}
function monorepoVerdict(result, targets, inputs, links) {
  const monorepo = { whole: result.report, packages: result.packages ?? [], discovery: result.discovery ?? "manifests" };
  logMonorepo(monorepo);
  const check = hasTargets(targets) ? checkMonorepoTargets(monorepo, targets) : { passed: true, failures: [] };
  const regressions = monorepoDelta(monorepo, result.base)?.regressions ?? [];
  const commentInput = { result: monorepo, ...commonInput(result, targets, inputs, links) };
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    changed: hasChanges(commentInput),
    json: renderJsonDocument(monorepo),
    failure: failureMessage(commentInput),
    compose: (options, marker) => composeMonorepoComment(marker ? { ...commentInput, marker } : commentInput, options),
    quiet: (marker) => composeQuietComment({ ...commentInput, marker })
  };
}
async function gradeHere(inputs, event) {
  const info3 = await stat(inputs.path).catch(() => void 0);
  if (!info3?.isDirectory()) throw new GradeError(`input "path": ${inputs.path} is not a directory in the workspace`);
  if (inputs.config && !(await stat(inputs.config).catch(() => void 0))?.isFile()) {
    throw new ConfigError(`input "config": ${inputs.config} is not a file`);
  }
  const { grade } = await import("./chunks/engine-I5V4ZUSE.js");
  const { gradeMonorepo } = await import("./chunks/grade-UDFQDNNF.js");
  const deadline = inputs.timeoutSeconds ? new Deadline(inputs.timeoutSeconds, 'input "timeout"') : void 0;
  const pr = event.pullRequest;
  const checkedOut = pr ? await checkedOutCommit(inputs.path) : void 0;
  const checkoutIsBase = event.name === "pull_request_target" && !!pr && !!checkedOut && checkedOut !== pr.headSha && (checkedOut === pr.baseSha || checkedOut === process.env.GITHUB_SHA);
  if (checkoutIsBase) warning(`levelgate: ${CHECKOUT_IS_BASE}`);
  const headSha = checkoutIsBase ? checkedOut : pr?.headSha ?? (isCommitSha(process.env.GITHUB_SHA ?? "") ? process.env.GITHUB_SHA : void 0);
  const policy = await resolvePolicy({ root: inputs.path, configFile: inputs.config, source: inputs.configSource, pullRequest: pr, headSha });
  const limits = { targetDimensions: targetDimensions(inputs.targets), allowConfigToRelaxSecrets: inputs.allowConfigToRelaxSecrets };
  logPolicy(policy, inputs.configSource);
  const monorepoWith = (config) => inputs.monorepo === "auto" ? config?.monorepo?.enabled === true : inputs.monorepo === "true";
  const optionsWith = (config) => ({ onProgress: (m) => debug(m), config: config ?? false, limits, ...deadline ? { deadline } : {}, ...inputs.strictGates ? { strictGates: true } : {} });
  const targets = effectiveTargets(inputs.targets, policy.config);
  const prefix = await gitPrefix(inputs.path);
  const common = { levelgate: "action-result", version: 1, pullRequest: pr?.number, headSha, target: hasTargets(targets) ? formatTargets(targets) : void 0, ...prefix ? { prefix } : {} };
  const baseOptions = policy.info.source === "base" ? optionsWith(policy.config) : { onProgress: (m) => debug(m), limits, ...deadline ? { deadline } : {}, ...inputs.config ? { config: inputs.config } : {} };
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
  if (!pr.baseSha) return { kind: "unavailable", reason: "the event does not name it" };
  const baseSha = pr.baseSha;
  const base = await group2(
    `Grading the base commit ${baseSha.slice(0, 7)}`,
    () => gradeBase({ root: inputs.path, baseSha, headSha: pr.headSha, grade: gradeDir })
  );
  if (base.kind === "unavailable") notice(`levelgate: the base commit was not graded: ${base.reason}. ${base.hint ?? ""}`.trim());
  return base;
}
async function loadResult(inputs) {
  const result = await (await import("./chunks/result-file-3RJTHVAZ.js")).readResultFile(inputs.reportFile);
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
async function maybeComment(inputs, event, prNumber, posting, result, body, editOnly = false) {
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
  if (!posting && inputs.comment !== "always" && event.pullRequest?.fromFork) {
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
    const done = await upsertComment(client, { owner, repo, issueNumber: prNumber, marker: markerFor(inputs.commentKey) }, body(), { create: !editOnly });
    if (!done) {
      info(`levelgate: nothing changed against the base commit (comment: on-change); no comment is written on pull request #${prNumber}`);
      return void 0;
    }
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
tuneForShortRun();
await run();
