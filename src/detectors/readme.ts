import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const README = /^(README|READ\.ME|readme)(\.(md|markdown|mdx|rst|adoc|asciidoc|txt|org))?$/i;

/** Lines that carry prose or instructions (not blank, not badges, not lone headings' punctuation). */
function contentLines(text: string): number {
  return text.split('\n').filter((l) => {
    const t = l.trim();
    return t.length > 3 && !/^(\[!\[|!\[|<img|<p|<\/|<a |---|===|```|\|[-: |]+\|$)/.test(t);
  }).length;
}

export const readme: Detector = {
  name: 'readme',
  question: 'Is there a README with real content (what it is and how to install or run it)?',
  detect(evidence, options) {
    const minLines = typeof options.minLines === 'number' ? options.minLines : 10;
    const candidates = evidence.files.filter((f) => {
      const depth = f.split('/').length - 1;
      const base = f.slice(f.lastIndexOf('/') + 1);
      // The root README, or a monorepo's main package README one or two folders down.
      return README.test(base) && (depth === 0 || (depth <= 2 && /^(packages|apps|src|docs|lib)\//.test(f)) || f.startsWith('.github/'));
    });
    const out: Finding[] = [];
    for (const file of candidates) {
      const text = evidence.text(file) ?? '';
      const lines = contentLines(text);
      const howTo = /\b(install|usage|getting started|quick ?start|run|build|setup|set up|npm|pip|go get|cargo|docker|make)\b/i.test(text);
      const strong = lines >= minLines && howTo;
      const measured = { summary: `${file}: ${lines} lines of content (${minLines} needed)${howTo ? '' : ', no install or usage section'}`, values: [{ name: 'readme-lines', value: lines, need: minLines, unit: 'count' as const }] };
      out.push({ file, line: 1, message: strong ? `README with ${lines} lines of content` : `README too thin (${lines} lines${howTo ? '' : ', no install or usage section'})`, strength: strong ? 'strong' : 'weak', measured });
    }
    return out;
  },
};
