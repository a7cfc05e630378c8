// Plain text for the terminal: the verdict first ("✗ below target L2: performance, monitoring"), a line per
// dimension, then what each failing dimension needs. On a terminal: colour (node:util styleText, off with NO_COLOR,
// on with FORCE_COLOR) and lines wrapped to its width with a hanging indent. Piped: the same text, no colour, no wrap.
import { ruleDocsUrl } from '../rules/docs-url.js';
import { capLine } from './markdown.js';
import { isReadingNote, notSeenText, violationsOf } from './levels-text.js';
import { styleText } from 'node:util';
import { DIMENSIONS, type GradeReport } from '../types.js';
import { checkTargets, type Targets } from '../targets.js';
import { describeNeeds, measuredText, needsFor, nextNeed, rulesOf } from './needs.js';

export interface TerminalStyle {
  color: boolean;
  /** Columns to wrap at; undefined: no wrapping (piped output). */
  width?: number;
}

/** Colour and width for a stream: NO_COLOR (any value) turns colour off, FORCE_COLOR (not "0") on, else a TTY decides. */
export function terminalStyle(stream: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv = process.env): TerminalStyle {
  const tty = stream.isTTY === true;
  let color = tty && env.TERM !== 'dumb';
  if (env.NO_COLOR) color = false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') color = true;
  const width = tty && stream.columns && stream.columns >= 40 ? stream.columns : undefined;
  return { color, ...(width ? { width } : {}) };
}

type Style = Parameters<typeof styleText>[0];

export function renderText(report: GradeReport, options: { targets?: Targets; verbose?: boolean; terminal?: TerminalStyle } = {}): string {
  const term = options.terminal ?? { color: false };
  const paint = (style: Style, text: string) => (term.color ? styleText(style, text) : text);
  const out: string[] = [];
  const line = (text: string, indent = 0) => out.push(...wrap(text, term.width, indent));

  const check = options.targets ? checkTargets(report, options.targets) : undefined;
  if (check) {
    const target = targetText(options.targets!);
    const failing = check.failures.map((f) => f.scope);
    line(check.passed ? paint(['bold', 'green'], `✓ meets target ${target}`) : paint(['bold', 'red'], `✗ below target ${target}: ${failing.join(', ')}`));
  }
  const lowest = DIMENSIONS.filter((d) => !report.dimensions[d].notApplicable && report.dimensions[d].level === report.level);
  line(`${paint('bold', `L${report.level} overall`)}${lowest.length && lowest.length < 7 ? ` (lowest: ${lowest.join(', ')})` : ''} · ${report.root}`);
  // How levelgate read the code (another language unread, samples read as the project): said before the levels.
  for (const n of report.notes.filter(isReadingNote)) line(paint('yellow', `note: ${n.message}`), 6);
  out.push('');

  const width = Math.max(...DIMENSIONS.map((d) => d.length));
  const failingDims = new Set(check?.failures.map((f) => f.scope));
  for (const name of DIMENSIONS) {
    const d = report.dimensions[name];
    const level = d.notApplicable ? 'n/a' : `L${d.level}`;
    const bar = d.notApplicable ? '        ' : '█'.repeat(d.level * 2) + '░'.repeat(8 - d.level * 2);
    const need = nextNeed(d);
    const next = d.notApplicable ? 'not applicable (configuration)' : need ? `next L${need.level}: ${describeNeeds([need], (r) => r.id)}` : 'top level';
    const mark = failingDims.has(name) ? paint('red', '✗') : check ? paint('green', '✓') : ' ';
    const head = `${mark} ${name.padEnd(width)}  ${paint(failingDims.has(name) ? 'red' : 'bold', level.padEnd(3))}  ${bar}  `;
    line(`${head}${paint('dim', next)}`, visibleLength(head));
    const cap = d.notApplicable ? undefined : capLine(d);
    if (cap) line(`${' '.repeat(visibleLength(head))}${paint('dim', cap)}`, visibleLength(head));
    const unseen = d.notApplicable ? undefined : notSeenText(d);
    if (unseen) line(`${' '.repeat(visibleLength(head))}${paint('yellow', `? ${unseen} (--strict-gates counts it missing)`)}`, visibleLength(head));
    // A violation is named where it is, in every format: the reader has to go and remove it.
    for (const r of d.rules.filter((r) => r.negative)) {
      const violations = violationsOf(r);
      for (const f of violations.slice(0, 5)) line(paint('red', `      ! ${r.id}  ${f.file}:${f.line}  ${f.message}`), 8);
      if (violations.length > 5) line(`      ! … and ${violations.length - 5} more`, 8);
      // Review findings (not shown to be used by the running project) are named too, but do not cap the level.
      const review = r.findings.filter((f) => f.strength === 'weak');
      for (const f of review.slice(0, 3)) line(paint('yellow', `      ? ${r.id}  ${f.file}:${f.line}  ${f.message}`), 8);
      if (review.length > 3) line(`      ? … and ${review.length - 3} more to review`, 8);
    }
    if (options.verbose) {
      for (const r of d.rules.filter((r) => r.status === 'met' && r.findings.length)) {
        const f = r.findings[0]!;
        line(`      + ${r.id}  ${f.file}:${f.line}  ${f.message}`, 8);
      }
      // What the next level lacks, each with its page: "why did this rule fail?" answered where it is asked.
      for (const id of d.next ? [...d.next.requiredMissing, ...(d.next.alternativesNeeded > 0 ? d.next.alternativesMissing : [])] : []) {
        const url = ruleDocsUrl(id, report.tool.version);
        line(`      - ${id}${url ? `  ${url}` : ''}`, 8);
      }
    }
  }

  if (check && !check.passed) {
    out.push('', paint('bold', 'Below target:'));
    for (const f of check.failures) {
      if (f.scope === 'overall') {
        line(`  overall: L${f.actual}, target L${f.target} (the overall level is the lowest dimension)`, 4);
        continue;
      }
      const needs = needsFor(report.dimensions[f.scope], f.target);
      line(`  ${paint('bold', f.scope)} L${f.actual} → L${f.target}: ${describeNeeds(needs, (r) => r.id)}`, 4);
      for (const r of rulesOf(needs).slice(0, 4)) {
        const measured = measuredText(r);
        line(`    - ${r.id}: ${measured ? `${measured}. ` : ''}${r.hint}`, 6);
      }
    }
  }
  if (options.verbose) out.push('', '+ met, with its first evidence; - missing for the next level. `levelgate explain <rule-id> [path]` explains a rule.');
  if (report.notes.length) out.push('', `${report.notes.length} scan note(s); see --format md or json for the list.`);
  out.push('', paint('dim', `${report.stats.files} files, ${report.stats.filesParsed} parsed, ${report.stats.durationMs} ms`));
  return out.join('\n') + '\n';
}

/** "L2", or "L2, security L3". */
function targetText(targets: Targets): string {
  const parts = targets.overall !== undefined ? [`L${targets.overall}`] : [];
  for (const d of DIMENSIONS) if (targets.dimensions[d] !== undefined) parts.push(`${d} L${targets.dimensions[d]}`);
  return parts.join(', ');
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}

/** Wraps at spaces to `width` columns; continuation lines start at `indent` (a hanging indent). */
export function wrap(text: string, width: number | undefined, indent = 0): string[] {
  if (!width || visibleLength(text) <= width) return [text];
  const pad = ' '.repeat(Math.min(indent, Math.floor(width / 2)));
  const words = text.split(/(?<= )/);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && visibleLength(current + word.trimEnd()) > width) {
      lines.push(current.trimEnd());
      current = pad + word.trimStart();
    } else current += word;
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}
