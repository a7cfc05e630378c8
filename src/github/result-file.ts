// The result file: what a grading run hands to a later run that posts it (the fork pull request pattern:
// a pull_request run uploads it as an artifact, a workflow_run run downloads and posts it).
// Its content may come from a fork, so it is validated field by field before anything is rendered.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UsageError } from '../targets.js';
import { DIMENSIONS, type GradeReport } from '../types.js';
import type { MonorepoReport, PackageReport } from '../monorepo/grade.js';
import type { BaseState } from '../report/comment.js';

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
    return parsed.data as ResultFile;
  }
  const parsed = reportSchema.safeParse(fromJsonReport(json));
  if (!parsed.success) throw new UsageError(`report-file ${file} is not a levelgate report: ${describe(parsed.error)}`);
  return { levelgate: 'action-result', version: 1, report: parsed.data as GradeReport, base: { kind: 'none' } };
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
