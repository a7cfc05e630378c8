// The result file: what a grading run hands to a later run that posts it (the fork pull request pattern:
// a pull_request run uploads it as an artifact, a workflow_run run downloads and posts it).
// Its content may come from a fork, so it is validated field by field before anything is rendered.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../targets.js';
import { RULE_DOCS_URL_PATTERN } from '../rules/docs-url.js';
import { DIMENSIONS, type GradeReport } from '../types.js';
import type { MonorepoReport, PackageReport } from '../monorepo/grade.js';
import type { BaseState } from '../report/comment.js';
import { escapeMarkdown } from '../report/escape.js';
import { FETCH_BASE_HINT, FETCH_DEPTH_HINT } from './base.js';
import type { PolicyInfo } from './policy.js';

export interface ResultFile {
  levelgate: 'action-result';
  version: 1;
  pullRequest?: number;
  headSha?: string;
  target?: string;
  /** The whole repository in monorepo mode. */
  report: GradeReport;
  base: BaseState;
  /** Monorepo mode: each package of the head, and how they were found. */
  packages?: PackageReport[];
  discovery?: MonorepoReport['discovery'];
  /** Set when read from a file (never from the file's own content): what it says is the writer's say-so. */
  fromFile?: true;
  /** Where the configuration that decided came from, and what the pull request's change to it would do. */
  policy?: PolicyInfo;
  /** The checkout was the base branch (pull_request_target without a ref): the report grades the base. */
  checkoutIsBase?: boolean;
  /** The graded folder inside the repository ("packages/web/"), for links to the evidence. */
  prefix?: string;
}

const MAX_FILE_BYTES = 50 * 1024 * 1024;
const text = (max: number) => z.string().max(max);
const level = z.number().int().min(0).max(4);
const ruleLevel = z.number().int().min(1).max(4);
const sha = z.string().regex(/^[0-9a-f]{40}([0-9a-f]{24})?$/);

const finding = z.object({ file: text(1000), line: z.number().int().min(0), message: text(2000), strength: z.enum(['strong', 'weak']) });
const measured = z.object({
  summary: text(2000),
  values: z.array(z.object({ name: text(100), value: z.number(), need: z.number(), unit: z.enum(['percent', 'count']) })).max(20),
});
const rule = z.object({
  id: text(200),
  /** JSON reports carry it; the renderers build links from the id, never from this field. */
  docsUrl: z.string().regex(RULE_DOCS_URL_PATTERN).optional(),
  title: text(500),
  level: ruleLevel,
  status: z.enum(['met', 'missing', 'not_applicable']),
  required: z.boolean(),
  negative: z.boolean(),
  findings: z.array(finding).max(100_000),
  hint: text(2000),
  reason: text(2000).optional(),
  measured: measured.optional(),
});
const gap = z.object({
  level: ruleLevel,
  requiredMissing: z.array(text(200)),
  alternativesNeeded: z.number().int().min(0),
  alternativesMissing: z.array(text(200)),
});
const MAX_ENTRIES = 10_000;
const dimensionName = z.enum(DIMENSIONS);
const targetsSchema = z.object({ overall: level.optional(), dimensions: z.partialRecord(dimensionName, level) });
const configSchema = z.object({
  file: text(4096).optional(),
  targets: targetsSchema.optional(),
  ignore: z.array(text(4096)).max(MAX_ENTRIES),
  disabled: z.array(z.object({ rule: text(200), reason: text(2000) })).max(MAX_ENTRIES),
  suppressed: z.array(z.object({ rule: text(200), paths: z.array(text(4096)).max(MAX_ENTRIES), reason: text(2000) })).max(MAX_ENTRIES),
  notApplicable: z.array(z.object({ dimension: dimensionName, reason: text(2000) })).max(DIMENSIONS.length),
  customRules: z
    .array(z.object({ id: text(200), dimension: dimensionName, level: ruleLevel, role: z.enum(['required', 'alternative']), source: text(4096) }))
    .max(MAX_ENTRIES),
  overruled: z.array(z.object({ entry: text(4096), reason: text(2000) })).max(MAX_ENTRIES).optional(),
  ignoreScannedForSecrets: z.boolean().optional(),
});
const brief = z.object({ level, passed: z.boolean().optional() });
const policySchema = z.object({
  source: z.enum(['base', 'head', 'checkout']),
  sha: sha.optional(),
  file: text(4096).optional(),
  note: text(1000).optional(),
  change: z.object({ applied: brief, other: brief }).optional(),
});
const dimension = (name: string) =>
  z.object({ dimension: z.literal(name), level, notApplicable: z.boolean().optional(), rules: z.array(rule).max(10_000), next: gap.optional() });
const reportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.literal('levelgate'), version: text(100), rulesVersion: text(100) }),
  root: text(4096),
  level,
  dimensions: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, dimension(d)]))),
  notes: z.array(z.object({ kind: text(50), path: text(4096), message: text(2000) })).max(100_000),
  stats: z.object({ files: z.number(), filesRead: z.number(), filesParsed: z.number(), durationMs: z.number() }),
  config: configSchema.optional(),
});
const MAX_PACKAGES = 1000;
const packageSchema = z.object({ path: text(4096).min(1), name: text(1000), manifest: text(4096).optional(), report: reportSchema });
const packagesSchema = z.array(packageSchema).max(MAX_PACKAGES);
const baseSchema = z.union([
  z.object({ kind: z.literal('graded'), sha, report: reportSchema, packages: packagesSchema.optional() }),
  z.object({ kind: z.literal('unavailable'), sha: sha.optional(), reason: text(500), hint: text(500).optional() }),
  z.object({ kind: z.literal('none') }),
]);
const fileSchema = z.object({
  levelgate: z.literal('action-result'),
  version: z.literal(1),
  pullRequest: z.number().int().positive().optional(),
  headSha: sha.optional(),
  target: text(1000).optional(),
  report: reportSchema,
  base: baseSchema,
  packages: packagesSchema.optional(),
  discovery: z.enum(['config', 'workspaces', 'manifests']).optional(),
  policy: policySchema.optional(),
  checkoutIsBase: z.boolean().optional(),
  // Relative folders only: a link built from it stays inside the repository.
  prefix: text(4096).regex(/^([^/\\\0]+\/)*$/).refine((p) => !p.split('/').some((s) => s === '..' || s === '.'), 'a relative folder').optional(),
});

export async function writeResultFile(file: string, result: ResultFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(result) + '\n');
}

/** Reads a result file, or a plain levelgate JSON report (then without base or pull request). */
export async function readResultFile(file: string): Promise<ResultFile> {
  let raw: string;
  try {
    const buffer = await readFile(file);
    if (buffer.length > MAX_FILE_BYTES) throw new UsageError(`report-file ${file} is larger than 50 MB`);
    raw = buffer.toString('utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`report-file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError(`report-file ${file} is not JSON`);
  }
  const isEnvelope = typeof json === 'object' && json !== null && (json as { levelgate?: unknown }).levelgate === 'action-result';
  if (isEnvelope) {
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) throw new UsageError(`report-file ${file}: ${describe(parsed.error)}`);
    const result = parsed.data as ResultFile;
    return { ...result, base: withTrustedHint(result.base), fromFile: true };
  }
  const parsed = reportSchema.safeParse(fromJsonReport(json));
  if (!parsed.success) throw new UsageError(`report-file ${file} is not a levelgate report: ${describe(parsed.error)}`);
  return { levelgate: 'action-result', version: 1, report: parsed.data as GradeReport, base: { kind: 'none' }, fromFile: true };
}

/** levelgate's own hint is Markdown and shown as such; any other hint in a file is text, escaped. */
function withTrustedHint(base: BaseState): BaseState {
  if (base.kind !== 'unavailable' || base.hint === undefined || base.hint === FETCH_DEPTH_HINT || base.hint === FETCH_BASE_HINT) return base;
  return { ...base, hint: escapeMarkdown(base.hint) };
}

/** The JSON report (renderJson: rules split into met, missing, notApplicable) back into a GradeReport shape. */
function fromJsonReport(json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return json;
  const source = json as Record<string, unknown>;
  const dims = source.dimensions as Record<string, Record<string, unknown>> | undefined;
  if (!dims || typeof dims !== 'object') return json;
  const dimensions: Record<string, unknown> = {};
  for (const d of DIMENSIONS) {
    const x = dims[d];
    if (!x || typeof x !== 'object' || !Array.isArray(x.met)) return json;
    const list = (key: string, status: string) =>
      (Array.isArray(x[key]) ? (x[key] as Record<string, unknown>[]) : []).map((r) => ({ negative: false, ...r, status }));
    dimensions[d] = {
      dimension: d,
      level: x.level,
      ...(x.dimensionNotApplicable === true ? { notApplicable: true } : {}),
      rules: [...list('met', 'met'), ...list('missing', 'missing'), ...list('notApplicable', 'not_applicable')],
      ...(x.next !== undefined ? { next: x.next } : {}),
    };
  }
  return { root: '', ...source, dimensions };
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
}
