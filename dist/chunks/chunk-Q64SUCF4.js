import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  external_exports
} from "./chunk-NEETJTPM.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";

// src/rules/schema.ts
var stringList = external_exports.array(external_exports.string().min(1)).min(1);
var matcherSchema = external_exports.union([
  external_exports.object({ detector: external_exports.string().min(1), options: external_exports.record(external_exports.string(), external_exports.unknown()).optional() }).strict(),
  external_exports.object({
    library: external_exports.object({
      npm: stringList.optional(),
      pypi: stringList.optional(),
      go: stringList.optional(),
      maven: stringList.optional(),
      gem: stringList.optional(),
      nuget: stringList.optional(),
      cargo: stringList.optional()
    }).strict(),
    /** Import names (any language) that prove a declared library is used, besides the package names. */
    modules: stringList.optional(),
    /** A pattern in source proving use, for ecosystems that load libraries without imports. */
    use: external_exports.string().optional()
  }).strict(),
  external_exports.object({ imports: stringList }).strict(),
  external_exports.object({ calls: stringList, args: stringList.optional(), in: stringList.optional() }).strict(),
  external_exports.object({ decorators: stringList }).strict(),
  external_exports.object({ files: stringList, contains: external_exports.string().optional(), minCount: external_exports.number().int().positive().optional() }).strict(),
  external_exports.object({ text: external_exports.string().min(1), in: stringList.optional(), message: external_exports.string().optional() }).strict(),
  external_exports.object({ ci: external_exports.string().min(1), message: external_exports.string().optional() }).strict()
]);
var ruleSchema = external_exports.object({
  id: external_exports.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'a rule id is "<dimension>.<kebab-name>"'),
  level: external_exports.number().int().min(1).max(4),
  title: external_exports.string().min(1),
  hint: external_exports.string().min(1),
  /** Findings are violations: the rule holds when there are none. */
  negative: external_exports.boolean().optional(),
  /** Strong findings must come from at least this many distinct files. */
  minFiles: external_exports.number().int().positive().optional(),
  /**
   * The rule's evidence lives in test files (tests of error paths, benchmarks, load scripts): its file and text
   * matchers read them, and a library counts where a test uses it. Other rules read the running project only;
   * testing rules always read tests.
   */
  readsTests: external_exports.boolean().optional(),
  /** When none of these match, the rule is not applicable. */
  appliesWhen: external_exports.array(matcherSchema).min(1).optional(),
  notApplicableReason: external_exports.string().optional(),
  evidence: external_exports.array(matcherSchema).min(1),
  /**
   * What an L1 headline connects, each of which must exist for levelgate to call the headline "not seen" rather
   * than missing (src/score/levels.ts): when an entry's evidence (any of its matchers) finds nothing, the
   * repository is seen to have none, for the entry's reason ("no CI configuration"), whatever its L2 evidence says.
   */
  noneWithout: external_exports.array(external_exports.object({ reason: external_exports.string().min(1), evidence: external_exports.array(matcherSchema).min(1) }).strict()).min(1).optional(),
  /** Evidence that must hold as well (any of these), e.g. "and CI runs them". */
  also: external_exports.array(matcherSchema).min(1).optional(),
  alsoHint: external_exports.string().optional()
}).strict();
var levelSpec = external_exports.object({
  /** Rules of this level that must all hold (the matrix cell's headline). */
  required: external_exports.array(external_exports.string()).default([]),
  /** How many of the level's other rules must hold as well. */
  atLeast: external_exports.number().int().min(0).default(0)
}).strict();
var ruleFileSchema = external_exports.object({
  dimension: external_exports.enum(DIMENSIONS),
  description: external_exports.string().optional(),
  levels: external_exports.object({ 1: levelSpec, 2: levelSpec, 3: levelSpec, 4: levelSpec }).strict(),
  rules: external_exports.array(ruleSchema).min(1)
}).strict();

export {
  ruleSchema,
  ruleFileSchema
};
