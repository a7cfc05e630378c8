// `levelgate explain <rule-id> [path]`: a rule's page in the terminal ("why did this rule fail?"), and with a path
// what that repository showed for it: the verdict, the evidence at file:line, and what the level still needs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { grade } from '../engine.js';
import { describeError } from '../errors.js';
import { ruleDocsUrl } from '../rules/docs-url.js';
import { loadCatalog } from '../rules/load.js';
import { UsageError } from '../targets.js';
import type { DimensionResult, GradeReport, RuleResult } from '../types.js';
import { closest } from '../util/edit-distance.js';
import { shippedPath } from '../util/shipped.js';
import { markdownToText } from './plain-text.js';
import type { CliIo } from './types.js';

export const EXPLAIN_USAGE = `Usage: levelgate explain <rule-id> [path] [options]

Prints what a rule asks for, what counts, what never counts and how to fix it (its page in docs/rules/).
With a path, also what that repository showed for the rule: met, missing or not applicable, and the evidence.

Options:
  -c, --config FILE   read this config file instead of looking for .levelgate.yml (with a path)
      --no-config     ignore any config file in the repository (with a path)
  -h, --help          show this help

Exit codes: 0 explained, 2 unknown rule id, usage error, bad config or unreadable path.`;

export async function explain(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { config: { type: 'string', short: 'c' }, 'no-config': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout.write(`${EXPLAIN_USAGE}\n`);
      return 0;
    }
    const [id, root, ...extra] = positionals;
    if (!id) throw new UsageError('explain needs a rule id, e.g. levelgate explain testing.coverage');
    if (extra.length) throw new UsageError(`explain takes a rule id and one path, got ${positionals.length} arguments`);
    if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config exclude each other');

    // With a path, the repository's own custom rules are known ids too.
    let report: GradeReport | undefined;
    if (root !== undefined) {
      const config = values['no-config'] ? undefined : await loadConfig(root, values.config !== undefined ? { file: values.config } : {});
      report = await grade(root, { config: config ?? false });
    }
    const rules = report ? Object.values(report.dimensions).flatMap((d) => d.rules) : (await loadCatalog()).rules;
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      const nearest = closest(id, rules.map((r) => r.id).sort(), Math.max(3, Math.floor(id.length / 4)));
      throw new UsageError(`unknown rule "${id}"${nearest ? `; did you mean ${nearest}?` : '; `levelgate explain` takes an id from docs/rules.md, e.g. testing.coverage'}`);
    }
    io.stdout.write(await pageText(rule));
    if (report) io.stdout.write(`\n${repositoryText(report, rule.id)}`);
    return 0;
  } catch (error) {
    const { message, exitCode } = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? { message: (error as Error).message, exitCode: 2 } : describeError(error);
    io.stderr.write(`levelgate: ${message}\n`);
    return exitCode;
  }
}

/** The rule's page as plain text; a custom rule (no page) is described from its own fields. */
async function pageText(rule: { id: string; title: string; level: number; hint: string; required?: boolean }): Promise<string> {
  const url = ruleDocsUrl(rule.id);
  const file = url ? await shippedPath(path.join('docs', 'rules', `${rule.id}.md`)) : undefined;
  if (file) return markdownToText(await readFile(file, 'utf8'), url);
  const origin = url ? `Its page is ${url}.` : 'A custom rule of this repository (from its config or a rule pack): it has no page.';
  return `${rule.id}: ${rule.title}\n\nL${rule.level}${rule.required ? ', required' : ''}.\n\nHOW TO FIX IT\n\n${rule.hint}\n\n${origin}\n`;
}

const STATUS_WORDS = { met: 'met', missing: 'missing', not_applicable: 'not applicable' } as const;

/** What the graded repository showed for one rule, and what it means for its dimension. */
export function repositoryText(report: GradeReport, id: string): string {
  const d = Object.values(report.dimensions).find((x) => x.rules.some((r) => r.id === id))!;
  const rule = d.rules.find((r) => r.id === id)!;
  const status = rule.negative && rule.status === 'missing' ? 'violated' : rule.notSeen ? 'not seen' : STATUS_WORDS[rule.status];
  const why = [rule.reason, rule.none ? `has none: ${rule.none}` : undefined].filter(Boolean).join('; ');
  const out = [`IN ${report.root}`, '', `Status: ${status}${why ? ` (${why})` : ''}. ${d.dimension} is L${d.level}${d.notApplicable ? ' (not applicable: configuration)' : ''}; ${roleNow(d, rule)}`];
  const strong = rule.findings.filter((f) => f.strength === 'strong');
  const weak = rule.findings.filter((f) => f.strength === 'weak');
  if (strong.length) {
    out.push('', rule.negative ? 'Violations:' : 'Evidence:');
    for (const f of strong.slice(0, 20)) out.push(`  ${f.file}:${f.line}  ${f.message}`);
    if (strong.length > 20) out.push(`  … and ${strong.length - 20} more`);
  }
  if (weak.length) {
    out.push('', rule.negative ? 'To review (not shown to be used by the running project; they do not cap the level):' : 'Hints only (seen, not counted):');
    for (const f of weak.slice(0, 20)) out.push(`  ${f.file}:${f.line}  ${f.message}`);
    if (weak.length > 20) out.push(`  … and ${weak.length - 20} more`);
  }
  if (!strong.length && (rule.negative || !weak.length)) out.push('', rule.negative ? 'No violations were found.' : 'Nothing that counts was found.');
  return `${out.join('\n')}\n`;
}

/** Whether this rule is what stands between the dimension and its next level. */
function roleNow(d: DimensionResult, rule: RuleResult): string {
  const gap = d.next;
  if (rule.status === 'met') return rule.level <= d.level ? `this rule helps hold L${rule.level}.` : `L${rule.level} needs more than this rule.`;
  if (rule.status === 'not_applicable') return 'this rule does not count either way.';
  if (rule.notSeen) return `nothing shows this L1 headline, but the dimension's L2 evidence holds, so it is taken as there (--strict-gates counts it missing).`;
  if (!gap || rule.level > gap.level) return `this rule is for L${rule.level}, above the next level.`;
  if (gap.requiredMissing.includes(rule.id)) return `L${gap.level} requires this rule.`;
  if (gap.alternativesMissing.includes(rule.id) && gap.alternativesNeeded > 0) return `L${gap.level} needs ${gap.alternativesNeeded} more of its alternatives; this rule is one of them.`;
  return `L${gap.level} does not need this rule now.`;
}
