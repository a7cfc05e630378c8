// Hand-made reports for the action's tests: levels per dimension, a few rules each, optional bulk evidence.
import { DIMENSIONS, type Dimension, type DimensionResult, type GradeReport, type Level, type RuleResult } from '../../src/types.js';

export interface MakeReportOptions {
  levels?: Partial<Record<Dimension, Level>>;
  /** Findings per met rule (to make large reports). */
  findings?: number;
  notApplicable?: Dimension[];
  /** Extra met rules per dimension, each with five long findings (to make reports over the comment limit). */
  extraRules?: number;
}

export function makeReport(options: MakeReportOptions = {}): GradeReport {
  const dimensions = {} as Record<Dimension, DimensionResult>;
  for (const d of DIMENSIONS) {
    const level = options.levels?.[d] ?? 2;
    const rules: RuleResult[] = [];
    for (const l of [1, 2, 3, 4] as const) {
      const met = l <= level;
      rules.push({
        id: `${d}.l${l}-rule`,
        title: `${d} level ${l} practice`,
        level: l,
        status: met ? 'met' : 'missing',
        required: true,
        negative: false,
        findings: met
          ? Array.from({ length: options.findings ?? 1 }, (_, i) => ({
              file: `src/${d}/file-${i}.ts`,
              line: i + 1,
              message: `evidence ${i} for ${d} L${l} <b>not html</b> @someone`,
              strength: 'strong' as const,
            }))
          : [],
        hint: `add the ${d} L${l} practice (see docs)`,
      });
    }
    for (let i = 0; i < (options.extraRules ?? 0); i++) {
      rules.push({
        id: `${d}.extra-${i}`,
        title: `extra ${d} practice number ${i}`,
        level: 1,
        status: 'met',
        required: false,
        negative: false,
        findings: Array.from({ length: 5 }, (_, j) => ({
          file: `packages/pkg-${i}/src/deeply/nested/folder/${d}-${j}.ts`,
          line: j + 1,
          message: `a long piece of evidence number ${j} `.repeat(4),
          strength: 'strong' as const,
        })),
        hint: `keep doing ${d} ${i}`,
      });
    }
    dimensions[d] = {
      dimension: d,
      level,
      ...(options.notApplicable?.includes(d) ? { notApplicable: true } : {}),
      rules,
      ...(level < 4 ? { next: { level: (level + 1) as 1 | 2 | 3 | 4, requiredMissing: [`${d}.l${level + 1}-rule`], alternativesNeeded: 0, alternativesMissing: [] } } : {}),
    };
  }
  const graded = DIMENSIONS.filter((d) => !options.notApplicable?.includes(d)).map((d) => dimensions[d].level);
  return {
    schemaVersion: 1,
    tool: { name: 'levelgate', version: '0.1.0', rulesVersion: '1' },
    root: '/tmp/repo',
    level: Math.min(...graded) as Level,
    dimensions,
    notes: [],
    stats: { files: 10, filesRead: 10, filesParsed: 5, durationMs: 12 },
  };
}
