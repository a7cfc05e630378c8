// The fleet's Markdown job summary: how many repositories sit at each level, the 20 lowest, and what most
// often caps a level. Every name and reason from a repository is escaped (report/escape.ts).
import { escapeMarkdown } from '../../report/escape.js';
import { DIMENSIONS } from '../../types.js';
import { lowestFirst, tally, type FleetIndex, type IndexEntry } from './index.js';

const LOWEST = 20;
const TOP_RULES = 10;

export function renderFleetSummary(index: FleetIndex, options: { title?: string } = {}): string {
  const t = tally(index);
  const total = index.repositories.length;
  const graded = total - t.notGraded;
  const out: string[] = [`## ${escapeMarkdown(options.title ?? 'levelgate fleet')}`, ''];
  out.push(`${graded} of ${total} repositories graded${t.notGraded ? `; ${t.notGraded} not graded (listed below)` : ''}.`, '');

  out.push('| Level | Overall | ' + DIMENSIONS.join(' | ') + ' |', '|---|---:|' + DIMENSIONS.map(() => '---:').join('|') + '|');
  for (let level = 4; level >= 0; level--) {
    out.push(`| L${level} | ${t.overall[level]} | ${DIMENSIONS.map((d) => t.perDimension[d][level]).join(' | ')} |`);
  }
  out.push('');

  const lowest = index.repositories.filter((e) => e.level !== undefined).sort(lowestFirst).slice(0, LOWEST);
  if (lowest.length) {
    out.push(`### The ${lowest.length} lowest`, '', '| Repository | Overall | Held down by | Change |', '|---|---|---|---|');
    for (const e of lowest) out.push(`| ${link(e)} | L${e.level} | ${e.caps?.dimensions.join(', ') || '—'} | ${change(e)} |`);
    out.push('');
  }

  if (t.capDimensions.length) {
    out.push('### What caps a level most often', '');
    out.push(`Dimensions at a repository's overall level (${graded - t.overall[4]!} repositories below L4):`, '');
    for (const [d, n] of t.capDimensions) out.push(`- **${d}**: ${n}`);
    if (t.capRules.length) {
      out.push('', 'Required rules those dimensions miss for the next level:', '');
      for (const [rule, n] of t.capRules.slice(0, TOP_RULES)) out.push(`- \`${rule.replace(/`/g, "'")}\`: ${n}`);
    }
    out.push('');
  }

  const failed = index.repositories.filter((e) => e.level === undefined);
  if (failed.length) {
    out.push('### Not graded', '', '| Repository | Why |', '|---|---|');
    for (const e of failed.slice(0, 100)) out.push(`| ${link(e)} | ${escapeMarkdown(e.reason ?? e.status)} |`);
    if (failed.length > 100) out.push(`| … | ${failed.length - 100} more in the index |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** The repository's name, linked when its address is a GitHub web address (it comes from the API). */
function link(e: IndexEntry): string {
  const name = escapeMarkdown(e.fullName);
  return /^https:\/\/[A-Za-z0-9.-]+(:\d+)?\/[A-Za-z0-9._/-]+$/.test(e.htmlUrl) ? `[${name}](${e.htmlUrl})` : name;
}

function change(e: IndexEntry): string {
  if (!e.previous || e.level === undefined) return e.previous ? '' : 'new';
  const delta = e.level - e.previous.level;
  return delta > 0 ? `▲ ${delta}` : delta < 0 ? `▼ ${-delta}` : '=';
}
