// The shape of a rule file in rules/: validated on load so a broken rule is a clear error, not a wrong grade.
import { z } from 'zod';
import { DIMENSIONS } from '../types.js';

const stringList = z.array(z.string().min(1)).min(1);

export const matcherSchema = z.union([
  z.object({ detector: z.string().min(1), options: z.record(z.string(), z.unknown()).optional() }).strict(),
  z
    .object({
      library: z
        .object({
          npm: stringList.optional(),
          pypi: stringList.optional(),
          go: stringList.optional(),
          maven: stringList.optional(),
          gem: stringList.optional(),
          nuget: stringList.optional(),
          cargo: stringList.optional(),
        })
        .strict(),
      /** Import names (any language) that prove a declared library is used, besides the package names. */
      modules: stringList.optional(),
      /** A pattern in source proving use, for ecosystems that load libraries without imports. */
      use: z.string().optional(),
    })
    .strict(),
  z.object({ imports: stringList }).strict(),
  z.object({ calls: stringList, args: stringList.optional(), in: stringList.optional() }).strict(),
  z.object({ decorators: stringList }).strict(),
  z.object({ files: stringList, contains: z.string().optional(), minCount: z.number().int().positive().optional() }).strict(),
  z.object({ text: z.string().min(1), in: stringList.optional(), message: z.string().optional() }).strict(),
  z.object({ ci: z.string().min(1), message: z.string().optional() }).strict(),
]);
export type Matcher = z.infer<typeof matcherSchema>;

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z]+\.[a-z0-9-]+$/, 'a rule id is "<dimension>.<kebab-name>"'),
    level: z.number().int().min(1).max(4),
    title: z.string().min(1),
    hint: z.string().min(1),
    /** Findings are violations: the rule holds when there are none. */
    negative: z.boolean().optional(),
    /** Strong findings must come from at least this many distinct files. */
    minFiles: z.number().int().positive().optional(),
    /**
     * The rule's evidence lives in test files (tests of error paths, benchmarks, load scripts): its file and text
     * matchers read them, and a library counts where a test uses it. Other rules read the running project only;
     * testing rules always read tests.
     */
    readsTests: z.boolean().optional(),
    /** When none of these match, the rule is not applicable. */
    appliesWhen: z.array(matcherSchema).min(1).optional(),
    notApplicableReason: z.string().optional(),
    evidence: z.array(matcherSchema).min(1),
    /**
     * What an L1 headline connects, each of which must exist for levelgate to call the headline "not seen" rather
     * than missing (src/score/levels.ts): when an entry's evidence (any of its matchers) finds nothing, the
     * repository is seen to have none, for the entry's reason ("no CI configuration"), whatever its L2 evidence says.
     */
    noneWithout: z.array(z.object({ reason: z.string().min(1), evidence: z.array(matcherSchema).min(1) }).strict()).min(1).optional(),
    /** Evidence that must hold as well (any of these), e.g. "and CI runs them". */
    also: z.array(matcherSchema).min(1).optional(),
    alsoHint: z.string().optional(),
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema> & { dimension: (typeof DIMENSIONS)[number] };

const levelSpec = z
  .object({
    /** Rules of this level that must all hold (the matrix cell's headline). */
    required: z.array(z.string()).default([]),
    /** How many of the level's other rules must hold as well. */
    atLeast: z.number().int().min(0).default(0),
  })
  .strict();

export const ruleFileSchema = z
  .object({
    dimension: z.enum(DIMENSIONS),
    description: z.string().optional(),
    levels: z.object({ 1: levelSpec, 2: levelSpec, 3: levelSpec, 4: levelSpec }).strict(),
    rules: z.array(ruleSchema).min(1),
  })
  .strict();
export type LevelSpec = z.infer<typeof levelSpec>;
