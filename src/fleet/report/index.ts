// The fleet's results, read from any number of result files (or folders of them), reduced to one index: per
// repository its levels, the change since the previous run's index, a short history, and what caps it.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../errors.js';
import { DIMENSIONS, type Dimension } from '../../types.js';
import { resultStem, type FleetResult, type ResultStatus } from '../grade.js';

/** Runs kept per repository for the sparkline. */
export const HISTORY_RUNS = 30;

export type DimensionLevels = Record<Dimension, number | null>;

export interface IndexEntry {
  fullName: string;
  htmlUrl: string;
  topics: string[];
  status: ResultStatus;
  reason?: string;
  commit?: string;
  gradedAt: string;
  /** Overall level; undefined when not graded. */
  level?: number;
  /** Per dimension; null = declared not applicable. */
  dimensions?: DimensionLevels;
  /** The previous run's levels, when the repository was graded then. */
  previous?: { level: number; dimensions: DimensionLevels };
  /** Overall level per run, oldest first, this run last (null: not graded that run). */
  history: { at: string; level: number | null }[];
  /** The dimensions at the overall level, and the required rules they miss for the next one. */
  caps?: { dimensions: Dimension[]; rules: string[] };
  /** File name of the repository's result, as given; the dashboard's per-repository pages use the same stem. */
  stem: string;
}

export interface FleetIndex {
  schemaVersion: 1;
  kind: 'levelgate-fleet-index';
  generatedAt: string;
  repositories: IndexEntry[];
}

/** The JSON report marks a dimension declared not applicable with dimensionNotApplicable ("notApplicable" lists rules). */
type JsonDimension = { level: number; dimensionNotApplicable?: boolean; next?: { requiredMissing?: string[] } };
/** The fields of the JSON report (report/json.ts) the index reads. */
type JsonReport = { level: number; dimensions: Record<Dimension, JsonDimension> };

/** Result files named by `inputs` (files, or folders searched recursively for *.json), parsed and checked. */
export async function loadResults(inputs: string[]): Promise<{ results: FleetResult[]; skipped: string[] }> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${input}`);
    if (info.isDirectory()) files.push(...(await jsonFilesUnder(input)));
    else files.push(input);
  }
  const results: FleetResult[] = [];
  const skipped: string[] = [];
  // A few reads in flight: 10,000 small files in well under a second, without exhausting file handles.
  let next = 0;
  const parsed: (FleetResult | undefined)[] = new Array(files.length);
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      try {
        const value = JSON.parse(await readFile(files[i]!, 'utf8'));
        parsed[i] = isResult(value) ? value : undefined;
      } catch {
        parsed[i] = undefined;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  parsed.forEach((r, i) => (r ? results.push(r) : skipped.push(files[i]!)));
  return { results, skipped };
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await jsonFilesUnder(full)));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(full);
  }
  return out.sort();
}

function isResult(value: any): value is FleetResult {
  if (value?.kind !== 'levelgate-fleet-result' || value.schemaVersion !== 1) return false;
  const r = value.repository;
  if (typeof r?.fullName !== 'string' || typeof r.htmlUrl !== 'string' || !Array.isArray(r.topics)) return false;
  if (!['graded', 'failed', 'refused'].includes(value.status)) return false;
  if (value.status !== 'graded') return true;
  return typeof value.report?.level === 'number' && DIMENSIONS.every((d) => typeof value.report.dimensions?.[d]?.level === 'number');
}

/** A previous run's index, for the change column and the history; a missing or foreign file is an error. */
export async function loadPreviousIndex(file: string): Promise<FleetIndex> {
  let value: any;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`--previous ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not JSON'}`);
  }
  if (value?.kind !== 'levelgate-fleet-index' || !Array.isArray(value.repositories)) throw new UsageError(`--previous ${file}: not a levelgate fleet index`);
  return value as FleetIndex;
}

export function buildIndex(results: FleetResult[], previous?: FleetIndex, now = new Date()): FleetIndex {
  const before = new Map((previous?.repositories ?? []).map((e) => [e.fullName.toLowerCase(), e]));
  // The same repository in two result files (a re-run shard): the later grade wins.
  const latest = new Map<string, FleetResult>();
  for (const r of results) {
    const key = r.repository.fullName.toLowerCase();
    const seen = latest.get(key);
    if (!seen || seen.gradedAt <= r.gradedAt) latest.set(key, r);
  }
  const at = now.toISOString();
  const repositories = [...latest.entries()].map(([key, r]): IndexEntry => {
    const prior = before.get(key);
    const graded = r.status === 'graded' && r.report ? (r.report as unknown as JsonReport) : undefined;
    const dimensions = graded ? levelsOf(graded.dimensions) : undefined;
    const entry: IndexEntry = {
      fullName: r.repository.fullName,
      htmlUrl: r.repository.htmlUrl,
      topics: r.repository.topics.filter((t) => typeof t === 'string'),
      status: r.status,
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.commit ? { commit: r.commit } : {}),
      gradedAt: r.gradedAt,
      ...(graded ? { level: graded.level, dimensions } : {}),
      ...(prior?.level !== undefined && prior.dimensions ? { previous: { level: prior.level, dimensions: prior.dimensions } } : {}),
      history: [...(prior?.history ?? []), { at, level: graded ? graded.level : null }].slice(-HISTORY_RUNS),
      stem: resultStem(r.repository.fullName),
    };
    if (graded) entry.caps = capsOf(graded.level, graded.dimensions);
    return entry;
  });
  repositories.sort((a, b) => (a.fullName.toLowerCase() < b.fullName.toLowerCase() ? -1 : 1));
  return { schemaVersion: 1, kind: 'levelgate-fleet-index', generatedAt: at, repositories };
}

function levelsOf(dimensions: Record<Dimension, JsonDimension>): DimensionLevels {
  return Object.fromEntries(DIMENSIONS.map((d) => [d, dimensions[d].dimensionNotApplicable ? null : dimensions[d].level])) as DimensionLevels;
}

/** What holds the overall level down: the applicable dimensions at it, and their missing required rules. */
function capsOf(level: number, dimensions: Record<Dimension, JsonDimension>): IndexEntry['caps'] {
  if (level >= 4) return { dimensions: [], rules: [] };
  const at = DIMENSIONS.filter((d) => !dimensions[d].dimensionNotApplicable && dimensions[d].level === level);
  return { dimensions: at, rules: [...new Set(at.flatMap((d) => dimensions[d].next?.requiredMissing ?? []))] };
}

/** Lowest first: by overall level, then by the sum of the dimension levels, then by name. */
export function lowestFirst(a: IndexEntry, b: IndexEntry): number {
  const sum = (e: IndexEntry) => Object.values(e.dimensions ?? {}).reduce<number>((s, l) => s + (l ?? 0), 0);
  return (a.level ?? -1) - (b.level ?? -1) || sum(a) - sum(b) || (a.fullName < b.fullName ? -1 : 1);
}

/** Counts for the summary and the dashboard's charts. */
export function tally(index: FleetIndex): {
  overall: number[];
  perDimension: Record<Dimension, number[]>;
  notGraded: number;
  capDimensions: [Dimension, number][];
  capRules: [string, number][];
} {
  const overall = [0, 0, 0, 0, 0];
  const perDimension = Object.fromEntries(DIMENSIONS.map((d) => [d, [0, 0, 0, 0, 0]])) as Record<Dimension, number[]>;
  const capDimensions = new Map<Dimension, number>();
  const capRules = new Map<string, number>();
  let notGraded = 0;
  for (const e of index.repositories) {
    if (e.level === undefined || !e.dimensions) {
      notGraded++;
      continue;
    }
    overall[e.level]!++;
    for (const d of DIMENSIONS) if (e.dimensions[d] !== null) perDimension[d][e.dimensions[d]!]!++;
    for (const d of e.caps?.dimensions ?? []) capDimensions.set(d, (capDimensions.get(d) ?? 0) + 1);
    for (const r of e.caps?.rules ?? []) capRules.set(r, (capRules.get(r) ?? 0) + 1);
  }
  const ranked = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1));
  return { overall, perDimension, notGraded, capDimensions: ranked(capDimensions), capRules: ranked(capRules) };
}
