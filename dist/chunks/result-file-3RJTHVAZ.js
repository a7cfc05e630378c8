import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  FETCH_BASE_HINT,
  FETCH_DEPTH_HINT
} from "./chunk-WWO5IG25.js";
import "./chunk-CX7SWQ2U.js";
import {
  UsageError
} from "./chunk-OO2RKC3Q.js";
import {
  external_exports
} from "./chunk-NEETJTPM.js";
import {
  escapeMarkdown
} from "./chunk-6C7SI267.js";
import {
  RULE_DOCS_URL_PATTERN
} from "./chunk-EKQ2MEFR.js";
import "./chunk-7ZRM26NT.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";

// src/github/result-file.ts
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
var MAX_FILE_BYTES = 50 * 1024 * 1024;
var text = (max) => external_exports.string().max(max);
var level = external_exports.number().int().min(0).max(4);
var ruleLevel = external_exports.number().int().min(1).max(4);
var sha = external_exports.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/);
var finding = external_exports.object({ file: text(1e3), line: external_exports.number().int().min(0), message: text(2e3), strength: external_exports.enum(["strong", "weak"]) });
var measured = external_exports.object({
  summary: text(2e3),
  values: external_exports.array(external_exports.object({ name: text(100), value: external_exports.number(), need: external_exports.number(), unit: external_exports.enum(["percent", "count"]) })).max(20)
});
var rule = external_exports.object({
  id: text(200),
  /** JSON reports carry it; the renderers build links from the id, never from this field. */
  docsUrl: external_exports.string().regex(RULE_DOCS_URL_PATTERN).optional(),
  title: text(500),
  level: ruleLevel,
  status: external_exports.enum(["met", "missing", "not_applicable"]),
  required: external_exports.boolean(),
  negative: external_exports.boolean(),
  findings: external_exports.array(finding).max(1e5),
  hint: text(2e3),
  reason: text(2e3).optional(),
  measured: measured.optional()
});
var gap = external_exports.object({
  level: ruleLevel,
  requiredMissing: external_exports.array(text(200)),
  alternativesNeeded: external_exports.number().int().min(0),
  alternativesMissing: external_exports.array(text(200))
});
var MAX_ENTRIES = 1e4;
var dimensionName = external_exports.enum(DIMENSIONS);
var targetsSchema = external_exports.object({ overall: level.optional(), dimensions: external_exports.partialRecord(dimensionName, level) });
var configSchema = external_exports.object({
  file: text(4096).optional(),
  targets: targetsSchema.optional(),
  ignore: external_exports.array(text(4096)).max(MAX_ENTRIES),
  disabled: external_exports.array(external_exports.object({ rule: text(200), reason: text(2e3) })).max(MAX_ENTRIES),
  suppressed: external_exports.array(external_exports.object({ rule: text(200), paths: external_exports.array(text(4096)).max(MAX_ENTRIES), reason: text(2e3) })).max(MAX_ENTRIES),
  notApplicable: external_exports.array(external_exports.object({ dimension: dimensionName, reason: text(2e3) })).max(DIMENSIONS.length),
  customRules: external_exports.array(external_exports.object({ id: text(200), dimension: dimensionName, level: ruleLevel, role: external_exports.enum(["required", "alternative"]), source: text(4096) })).max(MAX_ENTRIES),
  overruled: external_exports.array(external_exports.object({ entry: text(4096), reason: text(2e3) })).max(MAX_ENTRIES).optional(),
  ignoreScannedForSecrets: external_exports.boolean().optional()
});
var brief = external_exports.object({ level, passed: external_exports.boolean().optional() });
var policySchema = external_exports.object({
  source: external_exports.enum(["base", "head", "checkout"]),
  sha: sha.optional(),
  file: text(4096).optional(),
  note: text(1e3).optional(),
  change: external_exports.object({ applied: brief, other: brief }).optional()
});
var dimension = (name) => external_exports.object({ dimension: external_exports.literal(name), level, notApplicable: external_exports.boolean().optional(), rules: external_exports.array(rule).max(1e4), next: gap.optional() });
var reportSchema = external_exports.object({
  schemaVersion: external_exports.literal(1),
  tool: external_exports.object({ name: external_exports.literal("levelgate"), version: text(100), rulesVersion: text(100) }),
  root: text(4096),
  level,
  dimensions: external_exports.object(Object.fromEntries(DIMENSIONS.map((d) => [d, dimension(d)]))),
  notes: external_exports.array(external_exports.object({ kind: text(50), path: text(4096), message: text(2e3) })).max(1e5),
  stats: external_exports.object({ files: external_exports.number(), filesRead: external_exports.number(), filesParsed: external_exports.number(), durationMs: external_exports.number() }),
  config: configSchema.optional()
});
var MAX_PACKAGES = 1e3;
var packageSchema = external_exports.object({ path: text(4096).min(1), name: text(1e3), manifest: text(4096).optional(), report: reportSchema });
var packagesSchema = external_exports.array(packageSchema).max(MAX_PACKAGES);
var baseSchema = external_exports.union([
  external_exports.object({ kind: external_exports.literal("graded"), sha, report: reportSchema, packages: packagesSchema.optional() }),
  external_exports.object({ kind: external_exports.literal("unavailable"), sha: sha.optional(), reason: text(500), hint: text(500).optional() }),
  external_exports.object({ kind: external_exports.literal("none") })
]);
var fileSchema = external_exports.object({
  levelgate: external_exports.literal("action-result"),
  version: external_exports.literal(1),
  pullRequest: external_exports.number().int().positive().optional(),
  headSha: sha.optional(),
  target: text(1e3).optional(),
  report: reportSchema,
  base: baseSchema,
  packages: packagesSchema.optional(),
  discovery: external_exports.enum(["config", "workspaces", "manifests"]).optional(),
  policy: policySchema.optional(),
  checkoutIsBase: external_exports.boolean().optional(),
  // Relative folders only: a link built from it stays inside the repository.
  prefix: text(4096).regex(/^([^/\\\0]+\/)*$/).refine((p) => !p.split("/").some((s) => s === ".." || s === "."), "a relative folder").optional()
});
async function writeResultFile(file, result) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(result) + "\n");
}
async function readResultFile(file) {
  let raw;
  try {
    const buffer = await readFile(file);
    if (buffer.length > MAX_FILE_BYTES) throw new UsageError(`report-file ${file} is larger than 50 MB`);
    raw = buffer.toString("utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`report-file ${file} cannot be read (${error.code ?? error.message})`);
  }
  let json;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError(`report-file ${file} is not JSON`);
  }
  const isEnvelope = typeof json === "object" && json !== null && json.levelgate === "action-result";
  if (isEnvelope) {
    const parsed2 = fileSchema.safeParse(json);
    if (!parsed2.success) throw new UsageError(`report-file ${file}: ${describe(parsed2.error)}`);
    const result = parsed2.data;
    return { ...result, base: withTrustedHint(result.base), fromFile: true };
  }
  const parsed = reportSchema.safeParse(fromJsonReport(json));
  if (!parsed.success) throw new UsageError(`report-file ${file} is not a levelgate report: ${describe(parsed.error)}`);
  return { levelgate: "action-result", version: 1, report: parsed.data, base: { kind: "none" }, fromFile: true };
}
function withTrustedHint(base) {
  if (base.kind !== "unavailable" || base.hint === void 0 || base.hint === FETCH_DEPTH_HINT || base.hint === FETCH_BASE_HINT) return base;
  return { ...base, hint: escapeMarkdown(base.hint) };
}
function fromJsonReport(json) {
  if (typeof json !== "object" || json === null) return json;
  const source = json;
  const dims = source.dimensions;
  if (!dims || typeof dims !== "object") return json;
  const dimensions = {};
  for (const d of DIMENSIONS) {
    const x = dims[d];
    if (!x || typeof x !== "object" || !Array.isArray(x.met)) return json;
    const list = (key, status) => (Array.isArray(x[key]) ? x[key] : []).map((r) => ({ negative: false, ...r, status }));
    dimensions[d] = {
      dimension: d,
      level: x.level,
      ...x.dimensionNotApplicable === true ? { notApplicable: true } : {},
      rules: [...list("met", "met"), ...list("missing", "missing"), ...list("notApplicable", "not_applicable")],
      ...x.next !== void 0 ? { next: x.next } : {}
    };
  }
  return { root: "", ...source, dimensions };
}
function describe(error) {
  const issue = error.issues[0];
  return issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid";
}
export {
  readResultFile,
  writeResultFile
};
