// Grades past commits of a repository: each commit's tree is copied out with git plumbing (extractTree: no
// checkout, no hooks, no filters, regular files only) into a temp folder, graded, and deleted.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { grade } from '../engine.js';
import { checkoutOf, extractTree } from '../github/base.js';
import { UsageError } from '../errors.js';
import { loadCatalog } from '../rules/load.js';
import { DIMENSIONS, type Dimension } from '../types.js';
import type { Every, PastCommit } from './commits.js';

export interface HistoryPoint {
  commit: string;
  date: string;
  tags?: string[];
  /** Overall level; undefined (with `reason`) when the commit could not be graded. */
  level?: number;
  /** Per dimension; null when declared not applicable. */
  dimensions?: Record<Dimension, number | null>;
  reason?: string;
}

export interface HistorySeries {
  schemaVersion: 1;
  kind: 'levelgate-history';
  /** The graded folder, relative to the repository's top ("" for the whole repository). */
  folder: string;
  since: string;
  every: string;
  points: HistoryPoint[];
}

export interface HistoryOptions {
  root: string;
  commits: PastCommit[];
  since: Date;
  every: Every;
  noConfig?: boolean;
  tempRoot?: string;
  onPoint?: (point: HistoryPoint, done: number, total: number) => void;
}

export async function gradeHistory(options: HistoryOptions): Promise<HistorySeries> {
  const checkout = await checkoutOf(options.root);
  if (!checkout) throw new UsageError(`${options.root} is not inside a git repository`);
  const { prefix } = checkout;
  const catalog = await loadCatalog();
  const points: HistoryPoint[] = [];
  for (const commit of options.commits) {
    const dir = await mkdtemp(path.join(options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), 'levelgate-history-'));
    const base = { commit: commit.sha, date: commit.date, ...(commit.tags ? { tags: commit.tags } : {}) };
    let point: HistoryPoint;
    try {
      const copied = await extractTree(checkout, commit.sha, prefix, dir);
      if (copied === undefined) point = { ...base, reason: 'the folder does not exist at this commit' };
      else {
        const report = await grade(dir, { catalog, ...(options.noConfig ? { config: false as const } : {}) });
        const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, report.dimensions[d].notApplicable ? null : report.dimensions[d].level])) as Record<Dimension, number | null>;
        point = { ...base, level: report.level, dimensions };
      }
    } catch (error) {
      point = { ...base, reason: `grading failed: ${String((error as Error)?.message ?? error).split('\n')[0]}` };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    points.push(point);
    options.onPoint?.(point, points.length, options.commits.length);
  }
  const every = options.every.kind === 'commits' ? `${options.every.n}-commits` : options.every.kind;
  return { schemaVersion: 1, kind: 'levelgate-history', folder: prefix.replace(/\/$/, ''), since: options.since.toISOString(), every, points };
}
