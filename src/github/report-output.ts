// The `report` step output, kept under GitHub's limit for one output (1 MiB): evidence is dropped first, then
// everything but the levels; the JSON says so and points to `output-file`, which always holds the whole result.

/** GitHub's limit for a step output is 1 MiB; keep a margin for the output's name and delimiters. */
export const REPORT_OUTPUT_LIMIT_BYTES = 1_000_000;

const bytes = (text: string) => Buffer.byteLength(text);

/** The report JSON as it fits the step output; valid JSON in every case. */
export function boundReportOutput(json: string, limit = REPORT_OUTPUT_LIMIT_BYTES): string {
  if (bytes(json) <= limit) return json;
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch {
    return JSON.stringify({ truncated: 'the report was too large for a step output; use the output-file input' });
  }
  const note = (what: string) =>
    `${what} were left out: the whole report (${bytes(json)} bytes) exceeds GitHub's 1 MiB limit for a step output; set the output-file input for all of it`;
  const withoutFindings = JSON.stringify({ ...withoutKey(doc, 'findings'), truncated: note('findings (evidence)') });
  if (bytes(withoutFindings) <= limit) return withoutFindings;
  const levelsOnly = JSON.stringify({ ...levelsOf(doc), truncated: note('rules and findings') });
  if (bytes(levelsOnly) <= limit) return levelsOnly;
  const top = doc as Record<string, unknown>;
  return JSON.stringify({ schemaVersion: top.schemaVersion, level: top.level, truncated: note('everything but the overall level') });
}

/** A deep copy of `value` with every property named `key` emptied (arrays become [], anything else is removed). */
function withoutKey(value: unknown, key: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === key ? (Array.isArray(v) ? [] : undefined) : v))) as Record<string, unknown>;
}

/** Only the levels: overall, per dimension, and per package when there are packages. */
function levelsOf(doc: unknown): Record<string, unknown> {
  const top = doc as Record<string, unknown>;
  const dimensionLevels = (dims: unknown) =>
    Object.fromEntries(Object.entries((dims ?? {}) as Record<string, { level?: unknown; notApplicable?: unknown }>).map(([d, r]) => [d, { level: r?.level, ...(r?.notApplicable ? { notApplicable: true } : {}) }]));
  const out: Record<string, unknown> = { schemaVersion: top.schemaVersion, tool: top.tool, level: top.level };
  if (top.dimensions) out.dimensions = dimensionLevels(top.dimensions);
  for (const key of ['whole', 'packages'] as const) {
    const part = top[key];
    if (key === 'whole' && part && typeof part === 'object') out.whole = { level: (part as Record<string, unknown>).level, dimensions: dimensionLevels((part as Record<string, unknown>).dimensions) };
    if (key === 'packages' && Array.isArray(part)) {
      out.packages = part.map((p: Record<string, unknown>) => ({ path: p.path, level: p.level ?? (p.report as Record<string, unknown> | undefined)?.level }));
    }
  }
  return out;
}
