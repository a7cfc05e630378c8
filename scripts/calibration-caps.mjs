// node scripts/calibration-caps.mjs RESULTS.json [MORE.json …] [--half tune,old]
// Which rules are wrong as a class: over every labelled repository in a `npm run calibrate -- --json` result, how
// often each rule caps a dimension BELOW its label (it is missing at the level just above levelgate's) against how
// often it caps one at or above the label, and which rules are met ABOVE the label. A rule with many wrong caps
// across languages is a class worth fixing; one repository's miss is not (docs/calibration.md, round 5).
// Several files (each round's check half graded by the build of its day, say) are read as one: a repository is
// named with its file's name then, so the same repository in two rounds counts twice, and "!!" marks a cell two or
// more levels below its label.
import { readResults } from './calibration/results.mjs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { half: { type: 'string' } } });
if (positionals.length === 0) {
  console.error('usage: node scripts/calibration-caps.mjs RESULTS.json [MORE.json …] [--half tune,old]');
  process.exit(2);
}
const several = positionals.length > 1;
const results = positionals.flatMap((file) =>
  readResults(file, 'calibration-caps').map((result) => ({ ...result, from: several ? `${path.basename(file, '.json')}:` : '' })),
);
const halves = values.half ? new Set(values.half.split(',')) : undefined;

const wrongCaps = new Map();
const rightCaps = new Map();
const metAbove = new Map();
const add = (map, id, repo) => map.set(id, [...(map.get(id) ?? []), repo]);

for (const result of results) {
  if (!result.report || (halves && !halves.has(result.half))) continue;
  const name = `${result.from}${result.repo.split('/')[1]}`;
  for (const [dimension, label] of Object.entries(result.labels)) {
    const graded = result.report.dimensions?.[dimension];
    if (!Number.isInteger(label) || !graded) continue;
    const far = several && label - graded.level > 1 ? '!!' : '';
    for (const rule of graded.missing.filter((m) => m.level === graded.level + 1)) add(label > graded.level ? wrongCaps : rightCaps, rule.id, name + far);
    if (graded.level > label) for (const rule of graded.met.filter((m) => m.level > label && m.level <= graded.level)) add(metAbove, rule.id, name);
  }
}

const byCount = (map) => [...map].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
console.log('Rules that cap a dimension below its label (wrong caps / right caps):');
for (const [id, repos] of byCount(wrongCaps)) console.log(`${String(repos.length).padStart(4)} / ${String(rightCaps.get(id)?.length ?? 0).padEnd(4)} ${id}: ${repos.join(' ')}`);
console.log('\nRules met above the label:');
for (const [id, repos] of byCount(metAbove)) console.log(`${String(repos.length).padStart(4)}        ${id}: ${repos.join(' ')}`);
