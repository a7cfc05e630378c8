import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// The folder's name says what it holds, however a team spells it: adr/, decisions/, decision-records/,
// architecture-decisions/, architecture-decision-records/, architectural-decisions/, architecture-decision-log/.
const ADR_DIR = /(^|\/)(adrs?|decisions|(?:architect(?:ure|ural)[-_])?decisions?[-_](?:records?|logs?)|architect(?:ure|ural)[-_]decisions?)\//i;
// Numbered records in an architecture docs folder (docs/architecture/001-use-postgres.md) are decision records too,
// and so are numbered RFCs there (docs/engineering/architecture/rfcs/0008-dataplane.mdx: a proposal, the options
// weighed and the one taken), a docs site's section a few folders down.
const NUMBERED_IN_DOCS = /(^|\/)docs?\/(architecture|design|decisions?)\/(\d{3,4})[-_][^/]+$|(^|\/)docs?\/(?:[\w.-]{1,60}\/){0,3}(?:architecture|design)\/rfcs?\/\d{3,4}[-_][^/]+$/i;
// A template by its name: template.md, adr-template.md, 0000-….md, ADR-000-template.md.
const TEMPLATE = /(^|\/)(template|adr-template|0000-|_template)[\w.-]*$|[-_.]template\.\w+$/i;

/** Characters of prose that carry a decision and its reasons (a template's placeholder lines do not count). */
const NARRATIVE_CHARS = 600;

/**
 * A record with real text under context/decision/consequences-like headings, not a template. A record told as
 * prose under its own headings ("Assignment is a new concept") is real too when it is long: a template is short.
 */
function isRealRecord(text: string): boolean {
  const headings = ['context', 'decision', 'consequence', 'status', 'problem', 'option', 'outcome', 'rationale'].filter((h) =>
    new RegExp(`^(#+|=+)?\\s*\\**${h}`, 'im').test(text),
  ).length;
  const placeholders = /\{[^}]{0,200}\}|\[(describe|insert|todo|fill)[^\]]{0,200}\]|\bTODO\b|<describe|\btbd\b/i;
  const proseLines = text.split('\n').filter((l) => l.trim().length > 40 && !placeholders.test(l));
  const prose = proseLines.length;
  return (headings >= 2 && prose >= 3) || proseLines.reduce((n, l) => n + l.trim().length, 0) >= NARRATIVE_CHARS;
}

export const adrRecords: Detector = {
  name: 'adrRecords',
  question: 'Is there a folder of real architectural decision records (not only a template)?',
  detect(evidence, options) {
    const minRecords = typeof options.minRecords === 'number' ? options.minRecords : 3;
    const records = evidence.files.filter((f) => (ADR_DIR.test(f) || NUMBERED_IN_DOCS.test(f)) && /\.(md|mdx|rst|adoc|txt)$/i.test(f) && !/README/i.test(f));
    const real = records.filter((f) => !TEMPLATE.test(f) && isRealRecord(evidence.text(f) ?? ''));
    if (records.length === 0) return [];
    const strong = real.length >= minRecords;
    const measured = { summary: `${real.length} real decision record(s) of ${records.length} in the folder; ${minRecords} needed`, values: [{ name: 'decision-records', value: real.length, need: minRecords, unit: 'count' as const }] };
    const out: Finding[] = (real.length ? real : records).slice(0, 5).map((f) => ({
      file: f,
      line: 1,
      message: strong ? `decision record (${real.length} real records)` : `${real.length} real decision record(s); ${minRecords} needed`,
      strength: strong ? 'strong' : 'weak',
      measured,
    }));
    return out;
  },
};
