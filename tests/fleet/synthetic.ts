// Synthetic fleet results (the shape `levelgate fleet grade` writes), for the report's tests and the bench.
import type { FleetResult } from '../../src/fleet/grade.js';
import { DIMENSIONS, type Dimension } from '../../src/types.js';

/** A small deterministic generator, so a failing case can be rebuilt. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface SyntheticOptions {
  /** Per dimension level; default: drawn at random. */
  levels?: Partial<Record<Dimension, number>>;
  topics?: string[];
  status?: FleetResult['status'];
  reason?: string;
  owner?: string;
  name?: string;
  htmlUrl?: string;
  gradedAt?: string;
}

export function syntheticResult(i: number, rnd: () => number, options: SyntheticOptions = {}): FleetResult {
  const owner = options.owner ?? 'acme';
  const name = options.name ?? `service-${String(i).padStart(5, '0')}`;
  const repository = {
    fullName: `${owner}/${name}`,
    owner,
    name,
    defaultBranch: 'main',
    htmlUrl: options.htmlUrl ?? `https://github.com/${owner}/${name}`,
    topics: options.topics ?? [['payments', 'platform', 'data', 'web'][i % 4]!],
    fork: false,
    archived: false,
    sizeKb: 100,
  };
  const base = { schemaVersion: 1 as const, kind: 'levelgate-fleet-result' as const, repository, gradedAt: options.gradedAt ?? '2026-01-01T00:00:00.000Z', durationMs: 100 };
  if (options.status && options.status !== 'graded') return { ...base, status: options.status, reason: options.reason ?? 'not found' };
  const dimensions: Record<string, unknown> = {};
  const levels = DIMENSIONS.map((d) => options.levels?.[d] ?? Math.min(4, Math.floor(rnd() * 5)));
  DIMENSIONS.forEach((d, k) => {
    const level = levels[k]!;
    const next = level < 4 ? { level: level + 1, requiredMissing: [`${d}.rule-${level + 1}-${Math.floor(rnd() * 3)}`], alternativesNeeded: 0, alternativesMissing: [] } : undefined;
    const missing = next ? [{ id: next.requiredMissing[0], title: `Rule ${next.requiredMissing[0]}`, level: level + 1, required: true, hint: 'Add it.', findings: [] }] : [];
    dimensions[d] = { level, met: [], missing, notApplicable: [], ...(next ? { next } : {}) };
  });
  const report = {
    schemaVersion: 1,
    tool: { name: 'levelgate', version: '0.1.0', rulesVersion: '2026.11.0' },
    level: Math.min(...levels),
    dimensions,
    notes: [],
    stats: { files: 10, filesRead: 10, filesParsed: 2, durationMs: 50 },
  };
  return { ...base, status: 'graded', commit: 'a'.repeat(40), report };
}
