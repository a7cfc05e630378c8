import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  ruleSchema
} from "./chunk-Q64SUCF4.js";
import {
  external_exports
} from "./chunk-NEETJTPM.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";

// src/config/schema.ts
var levelSchema = external_exports.union([external_exports.number().int().min(0).max(4), external_exports.string().regex(/^[Ll]?[0-4]$/, "a level is L0 to L4 (e.g. L2)")]).describe('A level: L0 to L4, written "L2" or 2.');
var reason = external_exports.string().trim().min(1, "a reason is required, and the report shows it").describe("Why; the report shows it.");
var glob = external_exports.string().min(1).describe('A glob relative to the repository root, e.g. "legacy/**".');
var ruleId = external_exports.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'a rule id is "<dimension>.<kebab-name>", e.g. security.rate-limiting');
var targetsSchema = external_exports.object({
  overall: levelSchema.optional().describe("Every graded dimension must reach this level (the overall level is the lowest dimension)."),
  ...Object.fromEntries(DIMENSIONS.map((d) => [d, levelSchema.optional().describe(`Target for ${d}; overrides "overall" for this dimension.`)]))
}).strict().describe("Levels to reach. Below a target, the CLI exits 1 and the action fails. Targets given on the command line or as action input replace these.");
var customLevelSpec = external_exports.object({ required: external_exports.array(ruleId).min(1).describe("Custom rules of this file that this level now also requires.") }).strict();
var customRuleFileSchema = external_exports.object({
  dimension: external_exports.enum(DIMENSIONS),
  description: external_exports.string().optional(),
  levels: external_exports.object({ 1: customLevelSpec.optional(), 2: customLevelSpec.optional(), 3: customLevelSpec.optional(), 4: customLevelSpec.optional() }).strict().optional().describe("Levels that require custom rules. Without it, custom rules are extra alternatives of their level. Built-in requirements never change."),
  rules: external_exports.array(ruleSchema).min(1)
}).strict();
var monorepoSchema = external_exports.union([
  external_exports.boolean(),
  external_exports.object({
    enabled: external_exports.boolean().optional().describe("Grade packages side by side (default true when this object is present)."),
    packages: external_exports.array(glob).min(1).optional().describe("Folders that are packages (globs); replaces discovery."),
    exclude: external_exports.array(glob).min(1).optional().describe("Folders never taken as packages (globs).")
  }).strict()
]);
var configSchema = external_exports.object({
  $schema: external_exports.string().optional(),
  version: external_exports.literal(1).optional().describe("Format version of this file; only 1 exists."),
  targets: targetsSchema.optional(),
  ignore: external_exports.array(glob).optional().describe("Paths never read (vendored code, generated files, fixtures)."),
  disable: external_exports.array(external_exports.object({ rule: ruleId, reason }).strict()).optional().describe("Rules switched off; each is reported as not applicable with its reason."),
  suppress: external_exports.array(external_exports.object({ rule: ruleId, paths: external_exports.array(glob).min(1), reason }).strict()).optional().describe("Findings of a rule in these paths are dropped (e.g. test keys for the committed-secrets rule); the rule's report shows the reason."),
  notApplicable: external_exports.array(external_exports.object({ dimension: external_exports.enum(DIMENSIONS), reason }).strict()).optional().describe("Dimensions that do not apply: shown as n/a, left out of the overall level, and never checked against a target."),
  customRules: external_exports.array(customRuleFileSchema).optional().describe("Custom rule files inline, in the format of rules/*.yml."),
  rulePacks: external_exports.array(external_exports.string().min(1)).optional().describe("Folders (every *.yml in them) or files of custom rules, relative to the repository root; they must stay inside the repository."),
  strictGates: external_exports.boolean().optional().describe("An L1 headline levelgate finds no evidence of fails its dimension even when the dimension's L2 evidence holds. Default false: such a headline is reported as not seen, and the dimension keeps the level its evidence shows."),
  monorepo: monorepoSchema.optional().describe("Grade each package or service of a monorepo side by side, plus the whole.")
}).strict();
export {
  configSchema,
  customRuleFileSchema,
  levelSchema
};
