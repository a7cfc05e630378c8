// node scripts/calibration-gates.mjs RESULTS.json… [--half check]
// How often each L1 gate is right, over `npm run calibrate -- --json` results: per gate, how often it failed where
// its dimension's label is 0 (right) or 1 and above (wrong), how often it was "not seen" (taken as there because the
// dimension's L2 evidence holds) under each kind of label, and how often it held. Measure it on check halves graded
// before anyone studied them: on tuned data a gate looks better than it is (docs/calibration.md, round 9).
import { readResults } from './calibration/results.mjs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { half: { type: 'string' } } });
if (positionals.length === 0) {
  console.error('usage: node scripts/calibration-gates.mjs RESULTS.json… [--half check]');
  process.exit(2);
}
const halves = values.half ? new Set(values.half.split(',')) : undefined;
const gates = new Map();
let graded = 0;
for (const file of positionals) {
  for (const result of readResults(file, 'calibration-gates')) {
    if (!result.report || (halves && !halves.has(result.half))) continue;
    graded++;
    for (const [dimension, d] of Object.entries(result.report.dimensions)) {
      const label = result.labels[dimension];
      if (label === undefined) continue;
      const rules = [...d.met.map((r) => ({ ...r, status: 'met' })), ...d.missing.map((r) => ({ ...r, status: 'missing' }))];
      for (const rule of rules.filter((r) => r.level === 1 && r.required)) {
        const counts = gates.get(rule.id) ?? { failedRight: 0, failedWrong: 0, unseenRight: 0, unseenWrong: 0, heldWrong: 0, heldRight: 0, wrong: [] };
        gates.set(rule.id, counts);
        const zero = label === 0;
        if (rule.status === 'met') counts[zero ? 'heldWrong' : 'heldRight']++;
        else if (rule.notSeen) counts[zero ? 'unseenWrong' : 'unseenRight']++;
        else if (zero) counts.failedRight++;
        else {
          counts.failedWrong++;
          counts.wrong.push(`${result.repo} (label ${label})`);
        }
      }
    }
  }
}
console.log(`# L1 gates over ${graded} graded repositories\n`);
console.log('| L1 gate | failed, label 0 | failed, label ≥ 1 | not seen, label 0 | not seen, label ≥ 1 | held, label 0 | held, label ≥ 1 |');
console.log('|---|---|---|---|---|---|---|');
for (const [id, c] of [...gates].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`| ${id} | ${c.failedRight} | ${c.failedWrong} | ${c.unseenWrong} | ${c.unseenRight} | ${c.heldWrong} | ${c.heldRight} |`);
}
const wrong = [...gates].filter(([, c]) => c.wrong.length);
if (wrong.length) {
  console.log('\nFailed under a label of 1 or more:\n');
  for (const [id, c] of wrong) console.log(`- ${id}: ${c.wrong.join(', ')}`);
}
