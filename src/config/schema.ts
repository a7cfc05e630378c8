// The shape of .levelgate.yml. Validated with zod on load; docs/config.schema.json is generated from it
// (scripts/gen-config-schema.mjs; CI checks it with --check, tests/config/schema-sync.test.ts too).
import { z } from 'zod';
import { ruleSchema } from '../rules/schema.js';
import { DIMENSIONS } from '../types.js';

/** "L2", "l2", "2" or 2. */
export const levelSchema = z
  .union([z.number().int().min(0).max(4), z.string().regex(/^[Ll]?[0-4]$/, 'a level is L0 to L4 (e.g. L2)')])
  .describe('A level: L0 to L4, written "L2" or 2.');

const reason = z.string().trim().min(1, 'a reason is required, and the report shows it').describe('Why; the report shows it.');
const glob = z.string().min(1).describe('A glob relative to the repository root, e.g. "legacy/**".');
const ruleId = z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'a rule id is "<dimension>.<kebab-name>", e.g. security.rate-limiting');

const targetsSchema = z
  .object({
    overall: levelSchema.optional().describe('Every graded dimension must reach this level (the overall level is the lowest dimension).'),
    ...Object.fromEntries(DIMENSIONS.map((d) => [d, levelSchema.optional().describe(`Target for ${d}; overrides "overall" for this dimension.`)])),
  })
  .strict()
  .describe('Levels to reach. Below a target, the CLI exits 1 and the action fails. Targets given on the command line or as action input replace these.');

const customLevelSpec = z
  .object({ required: z.array(ruleId).min(1).describe('Custom rules of this file that this level now also requires.') })
  .strict();

/** A custom rule file: the format of rules/*.yml, except that levels may only add required rules. */
export const customRuleFileSchema = z
  .object({
    dimension: z.enum(DIMENSIONS),
    description: z.string().optional(),
    levels: z
      .object({ 1: customLevelSpec.optional(), 2: customLevelSpec.optional(), 3: customLevelSpec.optional(), 4: customLevelSpec.optional() })
      .strict()
      .optional()
      .describe('Levels that require custom rules. Without it, custom rules are extra alternatives of their level. Built-in requirements never change.'),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();
export type CustomRuleFile = z.infer<typeof customRuleFileSchema>;

const monorepoSchema = z.union([
  z.boolean(),
  z
    .object({
      enabled: z.boolean().optional().describe('Grade packages side by side (default true when this object is present).'),
      packages: z.array(glob).min(1).optional().describe('Folders that are packages (globs); replaces discovery.'),
      exclude: z.array(glob).min(1).optional().describe('Folders never taken as packages (globs).'),
    })
    .strict(),
]);

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1).optional().describe('Format version of this file; only 1 exists.'),
    targets: targetsSchema.optional(),
    ignore: z.array(glob).optional().describe('Paths never read (vendored code, generated files, fixtures).'),
    disable: z
      .array(z.object({ rule: ruleId, reason }).strict())
      .optional()
      .describe('Rules switched off; each is reported as not applicable with its reason.'),
    suppress: z
      .array(z.object({ rule: ruleId, paths: z.array(glob).min(1), reason }).strict())
      .optional()
      .describe("Findings of a rule in these paths are dropped (e.g. test keys for the committed-secrets rule); the rule's report shows the reason."),
    notApplicable: z
      .array(z.object({ dimension: z.enum(DIMENSIONS), reason }).strict())
      .optional()
      .describe('Dimensions that do not apply: shown as n/a, left out of the overall level, and never checked against a target.'),
    customRules: z.array(customRuleFileSchema).optional().describe('Custom rule files inline, in the format of rules/*.yml.'),
    rulePacks: z
      .array(z.string().min(1))
      .optional()
      .describe('Folders (every *.yml in them) or files of custom rules, relative to the repository root; they must stay inside the repository.'),
    strictGates: z
      .boolean()
      .optional()
      .describe('An L1 headline levelgate finds no evidence of fails its dimension even when the dimension\'s L2 evidence holds. Default false: such a headline is reported as not seen, and the dimension keeps the level its evidence shows.'),
    monorepo: monorepoSchema.optional().describe('Grade each package or service of a monorepo side by side, plus the whole.'),
  })
  .strict();
export type ConfigFile = z.infer<typeof configSchema>;
