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

// A decision log kept in one file (docs/plans/decisions.md, DECISIONS.md, decision-log.md): one dated or titled heading
// per decision, each with its context and the decision taken under labels of their own (`**Context:**`,
// `**Decision:**`, `### Context`). Each such entry is a record; a page of prose about design choices is not a log.
const DECISION_LOG = /(^|\/)(?:decisions|DECISIONS|Decisions|decision[-_]log|DECISION[-_]LOG|decisions[-_]log|DecisionLog)\.(?:md|mdx|rst|adoc)$/;
const IN_TESTS = /(^|\/)(?:test|tests|__tests__|spec|testdata|fixtures|examples?)\//;
const ENTRY_HEADING = /^#{2,3}[ \t]/;
const LABEL = (word: string) => new RegExp(`^(?:#{3,5}[ \\t]{1,4}${word}s?\\b|(?:\\*\\*|__)${word}s?\\b[^\\n]{0,20}?(?::|(?:\\*\\*|__)[ \\t]{0,4}:?)|${word}s?:[ \\t])`, 'i');
const CONTEXT_LABEL = LABEL('context');
const DECISION_LABEL = LABEL('decision');

/** The entries of a decision log that carry both a context and a decision under their labels. */
export function decisionLogEntries(text: string): number {
  let entries = 0;
  let context = false;
  let decision = false;
  let open = false;
  const close = () => {
    if (open && context && decision) entries++;
  };
  for (const line of text.split('\n')) {
    if (CONTEXT_LABEL.test(line)) context = true;
    else if (DECISION_LABEL.test(line)) decision = true;
    else if (ENTRY_HEADING.test(line)) {
      close();
      open = true;
      context = false;
      decision = false;
    }
  }
  close();
  return entries;
}

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
  question: 'Is there a folder of real architectural decision records (not only a template), or a decision log of one file whose entries carry their context and decision?',
  detect(evidence, options) {
    const minRecords = typeof options.minRecords === 'number' ? options.minRecords : 3;
    const records = evidence.files.filter((f) => (ADR_DIR.test(f) || NUMBERED_IN_DOCS.test(f)) && /\.(md|mdx|rst|adoc|txt)$/i.test(f) && !/README/i.test(f));
    const real = records.filter((f) => !TEMPLATE.test(f) && isRealRecord(evidence.text(f) ?? ''));
    if (records.length === 0) {
      // No folder of records: a decision log of one file counts its entries as records.
      for (const log of evidence.files.filter((f) => DECISION_LOG.test(f) && !IN_TESTS.test(f) && !ADR_DIR.test(f))) {
        const entries = decisionLogEntries(evidence.text(log) ?? '');
        if (entries === 0) continue;
        const strong = entries >= minRecords;
        return [
          {
            file: log,
            line: 1,
            message: strong ? `a decision log of ${entries} records (context and decision under their labels)` : `a decision log of ${entries} record(s); ${minRecords} needed`,
            strength: strong ? 'strong' : 'weak',
            measured: { summary: `${entries} decision record(s) in the log; ${minRecords} needed`, values: [{ name: 'decision-records', value: entries, need: minRecords, unit: 'count' as const }] },
          },
        ];
      }
      return [];
    }
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
