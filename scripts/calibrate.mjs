// npm run calibrate [-- --trees DIR] [--labels FILE] [--cli PATH] [--out FILE] [--json FILE] [--half tune,check]
//                   [--only owner/name,…] [--from RESULTS.json] [--compare OTHER.json]
// Grades each hand-labelled repository with a levelgate build and measures how often it agrees with the labels,
// per half: "tune" (disagreements may be studied and fixed), "check" (graded only to measure; never tuned to) and
// "old" (the twelve the catalog was first calibrated on). Trees come from scripts/calibration-trees.sh.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';

const run = promisify(execFile);
const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIMENSIONS = ['functionality', 'security', 'performance', 'architecture', 'testing', 'documentation', 'monitoring'];
const LETTERS = 'FSPATDM';
const HALVES = ['tune', 'check', 'old'];
const TREES_ENV = 'LEVELGATE_CALIB_TREES';
// Large monorepos take a minute or two on a shared machine; a grade that takes longer than this is a bug to report.
const GRADE_TIMEOUT_MS = 15 * 60 * 1000;

function fail(message, code = 2) {
  process.stderr.write(`calibrate: ${message}\n`);
  process.exit(code);
}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        labels: { type: 'string', default: path.join(repoRoot, 'docs', 'calibration-labels.json') },
        trees: { type: 'string', default: process.env[TREES_ENV] },
        cli: { type: 'string', default: path.join(repoRoot, 'dist', 'cli.js') },
        out: { type: 'string' },
        json: { type: 'string' },
        half: { type: 'string' },
        only: { type: 'string' },
        from: { type: 'string' },
        compare: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    fail(error.message);
  }
  if (parsed.help) {
    process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 2).join('\n').replace(/^\/\/ /gm, '') + '\n');
    process.exit(0);
  }
  return parsed;
}

const slugOf = (repo) => repo.replace('/', '+');
const list = (value) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
const percent = (n, total) => (total === 0 ? '–' : `${((100 * n) / total).toFixed(1)} %`);
const overallOf = (levels) => Math.min(...DIMENSIONS.map((d) => levels[d]));

function readJson(file, what) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read ${what} ${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
  }
}

function readLabels(file) {
  const records = readJson(file, 'labels');
  if (!Array.isArray(records)) fail(`${file}: expected a JSON array of label records`);
  records.forEach((record, i) => {
    const where = `${file}: record ${i + 1}`;
    if (typeof record?.repo !== 'string' || !/^[^/\s]+\/[^/\s]+$/.test(record.repo)) fail(`${where}: repo must be "owner/name"`);
    if (!HALVES.includes(record.half)) fail(`${where} (${record.repo}): half must be one of ${HALVES.join(', ')}`);
    for (const d of DIMENSIONS) {
      const level = record.labels?.[d];
      if (!Number.isInteger(level) || level < 0 || level > 4) fail(`${where} (${record.repo}): labels.${d} must be 0–4`);
    }
  });
  return records;
}

// What scripts/calibration-trees.sh recorded: the commit exported (HEAD when the snapshot lacked the labelled one)
// and how many tracked files the snapshot did not hold.
function readManifest(trees) {
  const file = path.join(trees, 'manifest.tsv');
  const manifest = new Map();
  if (!existsSync(file)) return manifest;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const [slug, labelled, exported, absent] = line.split('\t');
    manifest.set(slug, { labelled, exported, absent: Number(absent ?? 0) });
  }
  return manifest;
}

function checkTrees(trees) {
  const howTo = `export them with: scripts/calibration-trees.sh MIRROR_DIR ${trees ?? 'TREES_DIR'} (MIRROR_DIR holds a git snapshot per repository of docs/calibration-labels.json, as owner+name)`;
  if (!trees) fail(`no trees folder: pass --trees DIR or set ${TREES_ENV}; ${howTo}`);
  if (!existsSync(trees) || !statSync(trees).isDirectory()) fail(`no trees folder at ${trees}; ${howTo}`);
}

async function gradeTree(cli, tree) {
  const started = Date.now();
  try {
    // Exit 1 only means "below a target"; no target is given here, so any non-zero exit is a failure.
    const { stdout } = await run(process.execPath, [cli, tree, '--format', 'json', '--no-config', '-q'], {
      maxBuffer: 512 * 1024 * 1024,
      timeout: GRADE_TIMEOUT_MS,
    });
    return { report: JSON.parse(stdout), durationMs: Date.now() - started };
  } catch (error) {
    const reason = error.killed ? `timed out after ${GRADE_TIMEOUT_MS / 1000} s` : (error.stderr?.trim().split('\n')[0] || error.message);
    return { error: reason, durationMs: Date.now() - started };
  }
}

// One result per label record; grades one repository at a time (the machine is shared).
async function gradeAll(records, options) {
  const cli = path.resolve(options.cli);
  if (!existsSync(cli)) fail(`no levelgate build at ${cli}: run npm run build, or pass --cli PATH`);
  checkTrees(options.trees);
  const manifest = readManifest(options.trees);
  const results = [];
  for (const [i, record] of records.entries()) {
    const slug = slugOf(record.repo);
    const tree = path.join(options.trees, slug);
    const exported = manifest.get(slug);
    const base = {
      repo: record.repo,
      half: record.half,
      commit: record.commit,
      exportedCommit: exported?.exported,
      absentFiles: exported?.absent ?? 0,
      labels: record.labels,
    };
    process.stderr.write(`[${i + 1}/${records.length}] ${record.repo} … `);
    if (!existsSync(tree)) {
      process.stderr.write('no tree\n');
      results.push({ ...base, error: `no tree at ${tree}` });
      continue;
    }
    const graded = await gradeTree(cli, tree);
    process.stderr.write(graded.error ? `failed: ${graded.error}\n` : `${(graded.durationMs / 1000).toFixed(1)} s\n`);
    if (graded.error) {
      results.push({ ...base, error: graded.error, durationMs: graded.durationMs });
      continue;
    }
    const levels = Object.fromEntries(DIMENSIONS.map((d) => [d, graded.report.dimensions[d].level]));
    results.push({ ...base, levels, overall: graded.report.level, durationMs: graded.durationMs, report: graded.report });
  }
  return { cli, rulesVersion: results.find((r) => r.report)?.report.tool.rulesVersion, results };
}

function measureHalf(results) {
  const graded = results.filter((r) => r.levels);
  const cells = graded.flatMap((r) => DIMENSIONS.map((d) => ({ repo: r.repo, dimension: d, label: r.labels[d], level: r.levels[d] })));
  const exact = cells.filter((c) => c.level === c.label).length;
  const withinOne = cells.filter((c) => Math.abs(c.level - c.label) <= 1).length;
  const farBelow = cells.filter((c) => c.label - c.level >= 2);
  const farAbove = cells.filter((c) => c.level - c.label >= 2);
  const overallExact = graded.filter((r) => r.overall === overallOf(r.labels)).length;
  return { repos: graded.length, failed: results.length - graded.length, cells: cells.length, exact, withinOne, farBelow, farAbove, overallExact };
}

function summaryLines(name, results) {
  const m = measureHalf(results);
  const cell = (c) => `${c.repo} ${c.dimension} (label ${c.label}, levelgate ${c.level})`;
  const lines = [
    `### ${name}: ${m.repos} ${m.repos === 1 ? "repository" : "repositories"}${m.failed ? `, ${m.failed} not graded` : ''}`,
    '',
    `- Dimension levels exact: ${m.exact}/${m.cells} (${percent(m.exact, m.cells)})`,
    `- Within one level: ${m.withinOne}/${m.cells} (${percent(m.withinOne, m.cells)})`,
    `- Two or more below the label: ${m.farBelow.length}${m.farBelow.length ? ': ' + m.farBelow.map(cell).join('; ') : ''}`,
    `- Two or more above the label: ${m.farAbove.length}${m.farAbove.length ? ': ' + m.farAbove.map(cell).join('; ') : ''}`,
    `- Overall level exact: ${m.overallExact}/${m.repos} repositories (${percent(m.overallExact, m.repos)})`,
    '',
  ];
  return { lines, measures: m };
}

function table(results) {
  const rows = [
    `| Repository | Half | Labels ${LETTERS.split('').join(' ')} | levelgate ${LETTERS.split('').join(' ')} | Overall label / levelgate | Note |`,
    '|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const labels = DIMENSIONS.map((d) => r.labels[d]).join(' ');
    const notes = [];
    if (r.exportedCommit && r.exportedCommit !== r.commit) notes.push(`graded HEAD ${r.exportedCommit.slice(0, 12)}, not the labelled commit`);
    if (r.absentFiles) notes.push(`${r.absentFiles} large file(s) absent from the snapshot, graded empty`);
    if (!r.levels) {
      rows.push(`| ${r.repo} | ${r.half} | ${labels} | not graded | – | ${[r.error, ...notes].join('; ')} |`);
      continue;
    }
    const levels = DIMENSIONS.map((d) => (r.levels[d] === r.labels[d] ? String(r.levels[d]) : `**${r.levels[d]}**`)).join(' ');
    const overallLabel = overallOf(r.labels);
    const overall = r.overall === overallLabel ? `${overallLabel} / ${r.overall}` : `${overallLabel} / **${r.overall}**`;
    rows.push(`| ${r.repo} | ${r.half} | ${labels} | ${levels} | ${overall} | ${notes.join('; ')} |`);
  }
  return rows;
}

// Cells whose level moved between two result sets, with the label, to see what a change did.
function comparison(before, after) {
  const old = new Map(before.results.map((r) => [r.repo, r]));
  const lines = ['## Changes against the compared results', ''];
  let better = 0;
  let worse = 0;
  for (const r of after.results) {
    const o = old.get(r.repo);
    if (!o?.levels || !r.levels) continue;
    for (const d of DIMENSIONS) {
      if (o.levels[d] === r.levels[d]) continue;
      const gain = Math.abs(o.levels[d] - r.labels[d]) - Math.abs(r.levels[d] - r.labels[d]);
      if (gain > 0) better++;
      if (gain < 0) worse++;
      lines.push(`- ${r.repo} (${r.half}) ${d}: ${o.levels[d]} → ${r.levels[d]} (label ${r.labels[d]}) ${gain > 0 ? 'closer' : gain < 0 ? 'further' : 'as far'}`);
    }
  }
  lines.push('', `${better} closer to the label, ${worse} further from it.`, '');
  return lines;
}

async function main() {
  const options = readOptions();
  const records = readLabels(options.labels);
  const halves = list(options.half);
  const only = list(options.only);
  for (const half of halves ?? []) if (!HALVES.includes(half)) fail(`--half: unknown half "${half}" (${HALVES.join(', ')})`);
  const chosen = records.filter((r) => (!halves || halves.includes(r.half)) && (!only || only.includes(r.repo)));
  if (only) for (const repo of only) if (!records.some((r) => r.repo === repo)) fail(`--only: ${repo} is not in ${options.labels}`);
  if (chosen.length === 0) fail('no label record selected');

  // --from re-reads the results of an earlier run instead of grading again (labels still come from --labels).
  let graded;
  if (options.from) {
    graded = readJson(options.from, 'results');
    const byRepo = new Map(graded.results.map((r) => [r.repo, r]));
    graded.results = chosen.map((record) => {
      const r = byRepo.get(record.repo);
      if (!r) return { repo: record.repo, half: record.half, commit: record.commit, labels: record.labels, error: `not in ${options.from}` };
      return { ...r, half: record.half, labels: record.labels };
    });
  } else {
    graded = await gradeAll(chosen, options);
  }

  const out = [`# Calibration: levelgate against hand labels`, '', `Build: rules ${graded.rulesVersion ?? 'unknown'}. Labels: ${path.basename(options.labels)}.`, ''];
  const summary = {};
  for (const half of HALVES) {
    const inHalf = graded.results.filter((r) => r.half === half);
    if (inHalf.length === 0) continue;
    const { lines, measures } = summaryLines(half, inHalf);
    out.push(...lines);
    summary[half] = { ...measures, farBelow: measures.farBelow.length, farAbove: measures.farAbove.length };
  }
  out.push('## Per repository (misses in bold)', '', ...table(graded.results), '');
  if (options.compare) out.push(...comparison(readJson(options.compare, 'results'), graded));

  const text = out.join('\n');
  process.stdout.write(text + '\n');
  if (options.out) writeFileSync(options.out, text + '\n');
  if (options.json) writeFileSync(options.json, JSON.stringify({ cli: graded.cli, rulesVersion: graded.rulesVersion, summary, results: graded.results }, null, 1) + '\n');
  if (graded.results.some((r) => r.error)) process.exit(1);
}

await main();
