// The verdict comparison behind `npm run verdicts`: two JSON reports of one folder, normalised so only what
// legitimately varies between runs and builds is dropped, and every other difference listed line by line.
//
// Dropped: timings (stats.durationMs), versions (tool.version, tool.rulesVersion, the version in a rule's
// docsUrl) and the folder's absolute path (replaced by <root> when the report is saved). Work counters
// (stats.filesRead, stats.filesParsed) are what an optimisation is meant to change: listed apart, as work, and
// only a difference with `strictStats`. Nor is the order of notes (the order files finish reading). Everything
// else (levels, rules and their status, findings and their order, notes, config, monorepo packages, stats.files,
// the exit code) is a verdict: any change is a difference.

const DIMENSIONS = ['functionality', 'security', 'performance', 'architecture', 'testing', 'documentation', 'monitoring'];
const STATUSES = ['met', 'missing', 'notApplicable'];
const WORK_COUNTERS = ['filesRead', 'filesParsed'];

/** Replaces every occurrence of the folder's absolute path in the report's strings, so a save is portable. */
export function withoutRoot(value, root) {
  if (typeof value === 'string') return root ? value.split(root).join('<root>') : value;
  if (Array.isArray(value)) return value.map((item) => withoutRoot(item, root));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutRoot(v, root)]));
  return value;
}

const show = (value) => (value === undefined ? '(none)' : JSON.stringify(value));
const findingText = (f) => `${f.file}:${f.line} ${JSON.stringify(f.message)}${f.strength && f.strength !== 'strong' ? ` (${f.strength})` : ''}`;
const noteText = (n) => `${n.kind} ${n.path}: ${JSON.stringify(n.message)}`;

/** Leaf-by-leaf differences of two JSON values, as "path: old → new" lines. */
function deepDiff(a, b, at, out) {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  const bothObjects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) {
    out.push(`${at}: ${show(a)} → ${show(b)}`);
    return out;
  }
  const keys = Array.isArray(a) ? Array.from({ length: Math.max(a.length, b.length) }, (_, i) => i) : [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) deepDiff(a[key], b[key], Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`, out);
  return out;
}

/** What is in one list and not the other, counting repeats; and whether the order alone differs. */
function listDiff(before, after, text) {
  const counts = new Map();
  for (const item of before) counts.set(text(item), (counts.get(text(item)) ?? 0) + 1);
  const added = [];
  for (const item of after) {
    const key = text(item);
    if (counts.get(key)) counts.set(key, counts.get(key) - 1);
    else added.push(key);
  }
  const removed = [];
  for (const [key, n] of counts) for (let i = 0; i < n; i++) removed.push(key);
  const reordered = added.length === 0 && removed.length === 0 && before.map(text).join('\n') !== after.map(text).join('\n');
  return { added, removed, reordered };
}

function rulesOf(report) {
  const rules = new Map();
  for (const dimension of DIMENSIONS) {
    for (const status of STATUSES) for (const rule of report.dimensions?.[dimension]?.[status] ?? []) rules.set(rule.id, { dimension, status, rule });
  }
  return rules;
}

const normalRule = (rule) => ({ ...rule, docsUrl: rule.docsUrl?.replace(/\/blob\/v\d+\.\d+\.\d+\//, '/blob/v*/'), findings: undefined });

/**
 * Compares the reports of one folder. Returns { differences, work, notes }: differences are verdict changes
 * (each a line), work the changed work counters, notes what was normalised away but worth knowing.
 */
export function compareReports(before, after, { strictStats = false, prefix = '' } = {}) {
  const differences = [];
  const work = [];
  const notes = [];
  const say = (line) => differences.push(prefix + line);

  if (before.tool?.rulesVersion !== after.tool?.rulesVersion) notes.push(`${prefix}rulesVersion ${before.tool?.rulesVersion} → ${after.tool?.rulesVersion}`);
  if (before.level !== after.level) say(`level ${show(before.level)} → ${show(after.level)}`);

  for (const dimension of DIMENSIONS) {
    const [a, b] = [before.dimensions?.[dimension], after.dimensions?.[dimension]];
    if (!a || !b) {
      if (a !== b) say(`${dimension}: ${a ? 'present' : 'absent'} → ${b ? 'present' : 'absent'}`);
      continue;
    }
    if (a.level !== b.level) say(`${dimension}: level ${show(a.level)} → ${show(b.level)}`);
    for (const line of deepDiff(a.dimensionNotApplicable, b.dimensionNotApplicable, `${dimension}.dimensionNotApplicable`, [])) say(line);
    for (const line of deepDiff(a.next, b.next, `${dimension}.next`, [])) say(line);
    const other = (d) => Object.fromEntries(Object.entries(d).filter(([k]) => !['level', 'dimensionNotApplicable', 'next', ...STATUSES].includes(k)));
    for (const line of deepDiff(other(a), other(b), dimension, [])) say(line);
  }

  const [rulesBefore, rulesAfter] = [rulesOf(before), rulesOf(after)];
  for (const id of [...new Set([...rulesBefore.keys(), ...rulesAfter.keys()])].sort()) {
    const [a, b] = [rulesBefore.get(id), rulesAfter.get(id)];
    if (!a || !b) {
      say(`${id}: ${a ? `${a.status} → not in the report` : `not in the report → ${b.status}`}`);
      continue;
    }
    if (a.status !== b.status) say(`${id}: ${a.status} → ${b.status}`);
    if (a.dimension !== b.dimension) say(`${id}: dimension ${a.dimension} → ${b.dimension}`);
    for (const line of deepDiff(normalRule(a.rule), normalRule(b.rule), id, [])) say(line);
    const findings = listDiff(a.rule.findings ?? [], b.rule.findings ?? [], findingText);
    for (const f of findings.removed) say(`${id}: finding removed  ${f}`);
    for (const f of findings.added) say(`${id}: finding added    ${f}`);
    if (findings.reordered) say(`${id}: the same findings in another order`);
  }

  const noteChanges = listDiff(before.notes ?? [], after.notes ?? [], noteText);
  for (const n of noteChanges.removed) say(`note removed  ${n}`);
  for (const n of noteChanges.added) say(`note added    ${n}`);
  // Notes come in the order files finish reading, which varies from run to run of the same build.
  if (noteChanges.reordered) notes.push(`${prefix}the same notes in another order`);

  const [statsA, statsB] = [before.stats ?? {}, after.stats ?? {}];
  for (const key of new Set([...Object.keys(statsA), ...Object.keys(statsB)])) {
    if (key === 'durationMs' || statsA[key] === statsB[key]) continue;
    const line = `stats.${key} ${show(statsA[key])} → ${show(statsB[key])}`;
    if (WORK_COUNTERS.includes(key) && !strictStats) work.push(prefix + line);
    else say(line);
  }

  // Packages (monorepo mode) by folder, each compared like a report of its own.
  const packagesOf = (report) => new Map((report.packages ?? []).map((p) => [p.path, p]));
  const [packagesA, packagesB] = [packagesOf(before), packagesOf(after)];
  for (const where of [...new Set([...packagesA.keys(), ...packagesB.keys()])].sort()) {
    const [a, b] = [packagesA.get(where), packagesB.get(where)];
    if (!a || !b) {
      say(`package ${where}: ${a ? 'graded → not graded' : 'not graded → graded'}`);
      continue;
    }
    for (const line of deepDiff(a.name, b.name, `package ${where} name`, [])) say(line);
    for (const line of deepDiff(a.manifest, b.manifest, `package ${where} manifest`, [])) say(line);
    const inner = compareReports(a, b, { strictStats, prefix: `${prefix}package ${where}: ` });
    differences.push(...inner.differences);
    work.push(...inner.work);
  }

  // Whatever else the report holds (config, monorepo, fields added later) is compared leaf by leaf.
  const handled = new Set(['schemaVersion', 'tool', 'level', 'dimensions', 'notes', 'stats', 'packages', 'path', 'name', 'manifest']);
  const rest = (report) => Object.fromEntries(Object.entries(report).filter(([k]) => !handled.has(k)));
  for (const line of deepDiff(rest(before), rest(after), 'report', [])) say(line);
  if (before.schemaVersion !== after.schemaVersion) say(`schemaVersion ${show(before.schemaVersion)} → ${show(after.schemaVersion)}`);
  return { differences, work, notes };
}

/** Compares two saved grades of one folder (exit code, error and report). */
export function compareGrades(before, after, options) {
  const differences = [];
  if (before.exitCode !== after.exitCode) differences.push(`exit code ${before.exitCode} → ${after.exitCode}${after.error ? ` (${after.error})` : ''}`);
  if (!before.report || !after.report) {
    if (before.report || after.report) differences.push(before.report ? `no report now: ${after.error ?? 'no output'}` : 'a report now, none in the baseline');
    else if (before.error !== after.error) differences.push(`error ${show(before.error)} → ${show(after.error)}`);
    return { differences, work: [], notes: [] };
  }
  const compared = compareReports(before.report, after.report, options);
  return { ...compared, differences: [...differences, ...compared.differences] };
}
