// SARIF 2.1.0 for GitHub code scanning: one SARIF rule per levelgate rule that stands between a
// dimension and its target (or its next level when no target is set), located at the most relevant
// file: the rule's own hint-level finding, else the package manifest. Committed secrets are located
// at each secret.
import { createHash } from 'node:crypto';
import type { MonorepoReport } from '../monorepo/grade.js';
import type { Targets } from '../targets.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { DIMENSIONS, type Dimension, type GradeReport, type Level, type RuleResult } from '../types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifOptions {
  targets?: Targets;
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  /** The rule's page (shipped rules only). */
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; dimension: Dimension; level: number; required: boolean; precision: 'high' };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  properties: { dimension: Dimension; package?: string; currentLevel: Level; wantedLevel: Level };
}

/** The SARIF log of a report or a monorepo report, as an object. */
export function toSarif(input: GradeReport | MonorepoReport, options: SarifOptions = {}): Record<string, unknown> {
  const scopes = 'whole' in input ? [{ path: '', report: input.whole }, ...input.packages.map((p) => ({ path: p.path, report: p.report, manifest: p.manifest }))] : [{ path: '', report: input }];
  const head = 'whole' in input ? input.whole : input;
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const results: SarifResult[] = [];
  const ruleFor = (r: RuleResult, dimension: Dimension) => {
    let index = ruleIndex.get(r.id);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(r.id, index);
      rules.push(sarifRule(r, dimension, head.tool.version));
    }
    return index;
  };
  for (const scope of scopes) {
    const fallback = relevantFile(scope.report, scope.path, 'manifest' in scope ? scope.manifest : undefined);
    for (const dimension of DIMENSIONS) {
      const d = scope.report.dimensions[dimension];
      if (d.notApplicable) continue;
      const target = options.targets ? options.targets.dimensions[dimension] ?? options.targets.overall : undefined;
      const failing = target !== undefined && d.level < target;
      const wanted = (failing ? target : Math.min(4, d.level + 1)) as Level;
      for (const r of d.rules) {
        if (r.status !== 'missing') continue;
        if (r.negative) {
          // A violation (a committed secret) is an error wherever it is, whatever the targets.
          for (const f of r.findings.filter((x) => x.strength === 'strong')) {
            results.push(result(r, ruleFor(r, dimension), 'error', `${r.title}: ${f.message}. ${r.hint}`, f.file, f.line, scope.path, d.level, wanted));
          }
          continue;
        }
        if (r.level <= d.level || r.level > wanted) continue;
        const level: SarifLevel = failing ? (r.required ? 'error' : 'warning') : target === undefined ? (r.required ? 'warning' : 'note') : 'note';
        const where = r.findings.find((f) => f.strength === 'weak') ?? { file: fallback, line: 1 };
        const why = failing ? `below its target L${target}` : `next level L${wanted}`;
        const role = r.required ? 'required' : `one of the alternatives (${d.next && d.next.level === r.level ? `${d.next.alternativesNeeded} more needed` : 'several needed'})`;
        const scopeName = scope.path ? ` in ${scope.path}` : '';
        const measured = r.measured ? ` Measured: ${r.measured.summary}.` : '';
        const text = `${dimension} is L${d.level}${scopeName}, ${why}: missing ${r.title} (L${r.level}, ${role}).${measured} ${r.hint}`;
        results.push(result(r, ruleFor(r, dimension), level, text, where.file, where.line, scope.path, d.level, wanted));
      }
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'levelgate',
            version: head.tool.version,
            semanticVersion: head.tool.version,
            rules,
            properties: { rulesVersion: head.tool.rulesVersion },
          },
        },
        automationDetails: { id: 'levelgate/' },
        results,
        properties: { level: head.level, rulesVersion: head.tool.rulesVersion, ...('whole' in input ? { packages: input.packages.length } : {}) },
      },
    ],
  };
}

/** SARIF text, ready for github/codeql-action/upload-sarif. */
export function renderSarif(input: GradeReport | MonorepoReport, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(input, options), null, 2)}\n`;
}

function sarifRule(r: RuleResult, dimension: Dimension, version: string): SarifRule {
  const helpUri = ruleDocsUrl(r.id, version);
  return {
    id: r.id,
    name: r.id
      .split(/[.-]/)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(''),
    shortDescription: { text: r.title },
    fullDescription: { text: `${r.title} (${dimension}, level ${r.level}${r.required ? ', required' : ''}).` },
    help: { text: r.hint, markdown: helpUri ? `${r.hint}\n\n[What counts, what never counts, how to fix it](${helpUri})` : r.hint },
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: r.negative || r.required ? 'error' : 'warning' },
    properties: { tags: ['levelgate', dimension, `L${r.level}`], dimension, level: r.level, required: r.required, precision: 'high' },
  };
}

function result(r: RuleResult, index: number, level: SarifLevel, text: string, file: string, line: number, scope: string, current: Level, wanted: Level): SarifResult {
  const fingerprint = createHash('sha256').update(`${scope}\u0000${r.id}\u0000${r.negative ? `${file}:${line}` : ''}`).digest('hex').slice(0, 32);
  return {
    ruleId: r.id,
    ruleIndex: index,
    level,
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(file) }, region: { startLine: Math.max(1, line) } } }],
    partialFingerprints: { 'levelgateRule/v1': fingerprint },
    properties: { dimension: r.id.split('.')[0] as Dimension, ...(scope ? { package: scope } : {}), currentLevel: current, wantedLevel: wanted },
  };
}

const MANIFEST = /(^|\/)(package\.json|go\.mod|Cargo\.toml|pyproject\.toml|setup\.py|pom\.xml|build\.gradle(\.kts)?|Gemfile|composer\.json|[^/]+\.csproj|requirements\.txt|Dockerfile)$/;

/** Where a missing rule is shown: the package manifest, else a manifest among the findings, else a README or any cited file. */
function relevantFile(report: GradeReport, scope: string, manifest: string | undefined): string {
  if (manifest) return manifest;
  const prefix = scope ? `${scope}/` : '';
  const cited = DIMENSIONS.flatMap((d) => report.dimensions[d].rules.flatMap((r) => r.findings.map((f) => f.file))).filter((f) => f.startsWith(prefix));
  const depth = (f: string) => f.split('/').length;
  const byDepth = [...new Set(cited)].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  return byDepth.find((f) => MANIFEST.test(f)) ?? byDepth.find((f) => /(^|\/)README[^/]*$/i.test(f)) ?? byDepth[0] ?? report.config?.file ?? `${prefix}README.md`;
}

/** A repository path as a relative URI reference (spaces and the like percent-encoded, slashes kept). */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}
