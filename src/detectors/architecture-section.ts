import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// The guides that describe the whole system, not one package: the root README and the root guides for contributors,
// maintainers and coding agents, and the pages at the top of the docs folder. A module's own README (an adapter's, a
// package's) describes that part, and a docs page deeper down is a feature's page.
const GUIDE = /^(?:(?:README|CLAUDE|AGENTS|CONTRIBUTING|DEVELOPMENT|DEVELOPERS|HACKING|DOCUMENTATION|MANUAL|GUIDE|INTERNALS)\.(?:md|markdown)|(?:docs?|documentation)\/[^/]{1,100}\.(?:md|markdown))$/i;

/**
 * A heading whose subject is the system's architecture or its internals: "## Architecture", "## Code Architecture",
 * "### 3. System design", "## Internals", "## Under the hood", "## Reading the Source". A named architecture style
 * (Clean, Hexagonal, Onion) is a pattern the project teaches, CPU and multi-architecture builds name machines, and
 * a heading that joins another subject ("Projects setup and Architecture") or names rules, decisions or tests about
 * the architecture ("Architecture Decisions", "Architecture Tests") is a section about that.
 */
const HEADING = /^(#{1,4})[ \t]{1,4}(?:[\d.]{1,12}[ \t]{1,4})?(?:(?:[\w-]{1,30}[ \t]{1,4}){0,3}?(?:[Aa]rchitecture|ARCHITECTURE|System [Dd]esign)|Internals|Under [Tt]he [Hh]ood|Reading [Tt]he [Ss]ource(?: [Cc]ode)?)\b(.{0,60})$/;
const NOT_THE_SYSTEM = /\b(?:[Cc]lean|[Hh]exagonal|[Oo]nion|CPU|cpu|[Mm]ulti|[Tt]arget|[Ss]upported|[Hh]ost|[Pp]latform|and|or)[ \t]{1,4}[Aa]rchitecture\b|&[ \t]{0,4}[Aa]rchitecture\b/;
const ABOUT_SOMETHING_ELSE = /^[ \t]{0,4}(?:[Dd]ecisions?|[Dd]ecision [Rr]ecords?|[Tt]ests?|[Rr]ules|[Pp]rinciples|[Gg]uidelines|[Cc]onventions|[Ll]earning)\b/;

/** A sub-heading or a bold label naming how the parts work together: a request flow, a pipeline, a middleware chain. */
const FLOW_LABEL = /^(?:#{2,6}[ \t]{1,4}|[-*+]?[ \t]{0,4}(?:\*\*|__))[^\n]{0,40}?\b(?:[Ff]low|[Pp]ipeline|[Cc]hain|[Ll]ifecycle|[Ll]ife [Cc]ycle|[Ii]nteractions?)\b/;
/** Three parts joined by arrows on one line (`ExecuteAsync` → build request → interceptor chain). */
const ARROW_CHAIN = /(?:→|->|⇒|=>)[^\n]{1,200}?(?:→|->|⇒|=>)/;

/** Words of prose a section needs to describe the parts at all, with a flow; or without one, to describe them at length. */
const WITH_FLOW_WORDS = 120;
const ALONE_WORDS = 300;
/** A line of prose is a sentence, not a list of names: eight words at least. */
const SENTENCE_WORDS = 8;

/** A fenced code block's opening or closing line. */
const FENCE = /^[ \t]{0,3}(?:```|~~~)/;

interface Section {
  line: number;
  heading: string;
  words: number;
  flow: boolean;
}

/** The architecture sections of a Markdown text, each with the words of prose under it and whether it shows a flow. */
export function architectureSections(text: string): Section[] {
  const lines = text.split('\n');
  const out: Section[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = HEADING.exec(line);
    if (!m || NOT_THE_SYSTEM.test(line) || ABOUT_SOMETHING_ELSE.test(m[2]!)) continue;
    const level = m[1]!.length;
    let words = 0;
    let flow = false;
    let inCode = false;
    for (let j = i + 1; j < lines.length; j++) {
      const body = lines[j]!;
      if (FENCE.test(body)) {
        inCode = !inCode;
        continue;
      }
      if (inCode) continue;
      const sub = /^(#{1,6})[ \t]/.exec(body);
      if (sub && sub[1]!.length <= level) break;
      if (FLOW_LABEL.test(body) || ARROW_CHAIN.test(body)) flow = true;
      if (sub || /^[ \t]*\|/.test(body)) continue;
      const count = body.split(/\s+/).filter(Boolean).length;
      if (count >= SENTENCE_WORDS) words += count;
    }
    out.push({ line: i + 1, heading: line.trim(), words, flow });
  }
  return out;
}

export const architectureSection: Detector = {
  name: 'architectureSection',
  question:
    "Does a section of the project's top guides (the root README, a contributors' or agents' guide, a page at the top of docs/) describe the system's architecture at length: its parts and how they work together?",
  detect(evidence) {
    const out: Finding[] = [];
    for (const file of evidence.files.filter((f) => GUIDE.test(f))) {
      const text = evidence.text(file);
      if (!text) continue;
      for (const s of architectureSections(text)) {
        if (!(s.words >= ALONE_WORDS || (s.flow && s.words >= WITH_FLOW_WORDS))) continue;
        out.push({
          file,
          line: s.line,
          message: `an architecture section of ${s.words} words of prose${s.flow ? ' with the flow between its parts' : ''} (${s.heading.slice(0, 60)})`,
          strength: 'strong',
        });
      }
    }
    return out;
  },
};
