// npm run verdicts -- (--save DIR | --against DIR) [--cli PATH] [--trees DIR …] [--repo PATH …] [--fixture NAME …]
//                     [--no-fixtures] [--jobs N] [--cli-arg=ARG …] [--strict-stats] [-q]
// Grades a set of folders with one levelgate build and saves the JSON reports, or compares them with a saved set
// and lists every difference in levels, rules and findings per folder (exit 1 on any). Speed work must leave
// every verdict as it was: save with the build before the change, compare with the build after it.
// Folders: every fixture repository under tests/fixtures/, plus each subfolder of every --trees DIR and each
// --repo PATH; with --against and none of these options, the folders the baseline was saved from.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareGrades, withoutRoot } from './verdicts/diff.mjs';

const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(repoRoot, 'tests', 'fixtures');
const INDEX = 'index.json';
// A large monorepo takes a few seconds; one that takes longer than this on a busy machine is a bug to report.
const GRADE_TIMEOUT_MS = 15 * 60 * 1000;

function fail(message) {
  process.stderr.write(`verdicts: ${message}\n`);
  process.exit(2);
}

function readOptions() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        cli: { type: 'string', default: path.join(repoRoot, 'dist', 'cli.js') },
        save: { type: 'string' },
        against: { type: 'string' },
        trees: { type: 'string', multiple: true, default: [] },
        repo: { type: 'string', multiple: true, default: [] },
        fixture: { type: 'string', multiple: true, default: [] },
        'no-fixtures': { type: 'boolean', default: false },
        jobs: { type: 'string', default: String(availableParallelism()) },
        'cli-arg': { type: 'string', multiple: true },
        'strict-stats': { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    fail(error.message);
  }
  if (values.help) {
    process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 7).join('\n').replace(/^\/\/ ?/gm, '') + '\n');
    process.exit(0);
  }
  if (!values.save && !values.against) fail('say what to do with the reports: --save DIR, --against DIR, or both');
  if (values.save && values.against && path.resolve(values.save) === path.resolve(values.against)) fail('--save and --against name the same folder; save the new reports elsewhere');
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs must be a whole number of at least 1, not ${values.jobs}`);
  values.cli = path.resolve(values.cli);
  if (!existsSync(values.cli)) fail(`no levelgate build at ${values.cli} (npm run build makes dist/cli.js)`);
  return { ...values, jobs };
}

const isFolder = (file) => {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
};
const subfolders = (dir) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();

/** The folders to grade, each with a name that stays the same from one run to the next. */
function selectFolders(options, baseline) {
  const chosen = options.trees.length || options.repo.length || options.fixture.length || options['no-fixtures'];
  if (!chosen && baseline) return baseline.folders.map(({ name, path: folder }) => ({ name, path: folder }));
  const folders = [];
  if (!options['no-fixtures']) {
    const all = subfolders(FIXTURES);
    for (const name of options.fixture) if (!all.includes(name)) fail(`no fixture repository tests/fixtures/${name} (there are: ${all.join(', ')})`);
    for (const name of options.fixture.length ? options.fixture : all) folders.push({ name: `fixture/${name}`, path: path.join(FIXTURES, name) });
  }
  for (const dir of options.trees) {
    if (!isFolder(dir)) fail(`--trees ${dir}: not a folder`);
    for (const name of subfolders(dir)) folders.push({ name: `tree/${name}`, path: path.resolve(dir, name) });
  }
  for (const repo of options.repo) {
    if (!isFolder(repo)) fail(`--repo ${repo}: not a folder`);
    folders.push({ name: `repo/${path.basename(path.resolve(repo))}`, path: path.resolve(repo) });
  }
  const seen = new Map();
  for (const folder of folders) {
    const n = (seen.get(folder.name) ?? 0) + 1;
    seen.set(folder.name, n);
    if (n > 1) folder.name += `~${n}`;
  }
  if (folders.length === 0) fail('no folders to grade');
  return folders;
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fileOf = (name) => `${name.replace(/[^\w.+~-]+/g, '--')}.json`;

/** Grades one folder with the build, as a user would (`levelgate PATH --format json`). */
function grade(cli, folder, cliArgs) {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, folder.path, '--format', 'json', '-q', ...cliArgs], { maxBuffer: 1 << 30, timeout: GRADE_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout, stderr) => {
      const ms = Math.round(performance.now() - started);
      const exitCode = error ? (typeof error.code === 'number' ? error.code : error.killed ? 'timeout' : String(error.code)) : 0;
      let report;
      try {
        report = stdout.trim() ? withoutRoot(JSON.parse(stdout), folder.path) : undefined;
      } catch {
        report = undefined;
      }
      const message = stderr.trim().split('\n').find(Boolean);
      const result = { name: folder.name, path: folder.path, exitCode, ms, report };
      if (!report || exitCode !== 0) result.error = withoutRoot(message ?? (report ? undefined : 'no JSON report on stdout'), folder.path);
      resolve(result);
    });
  });
}

async function gradeAll(options, folders) {
  const results = new Array(folders.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < folders.length) {
      const i = next++;
      results[i] = await grade(options.cli, folders[i], options['cli-arg'] ?? []);
      done++;
      if (!options.quiet) process.stderr.write(`[${done}/${folders.length}] ${folders[i].name} ${(results[i].ms / 1000).toFixed(1)} s${results[i].error ? ` (exit ${results[i].exitCode}: ${results[i].error})` : ''}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, folders.length) }, worker));
  return results;
}

function readBaseline(dir) {
  const file = path.join(dir, INDEX);
  if (!existsSync(file)) fail(`--against ${dir}: no ${INDEX} (save a baseline with --save ${dir} first)`);
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${file}: ${error.message}`);
  }
}

function save(dir, options, results) {
  mkdirSync(dir, { recursive: true });
  for (const result of results) writeFileSync(path.join(dir, fileOf(result.name)), JSON.stringify(result, null, 2) + '\n');
  const index = { cli: options.cli, cliArgs: options['cli-arg'] ?? [], node: process.version, savedAt: new Date().toISOString(), folders: results.map(({ name, path: folder }) => ({ name, path: folder, file: fileOf(name) })) };
  writeFileSync(path.join(dir, INDEX), JSON.stringify(index, null, 2) + '\n');
  process.stdout.write(`verdicts: saved ${plural(results.length, 'report')} to ${dir}\n`);
}

function compare(dir, baseline, options, results) {
  const entries = new Map(baseline.folders.map((f) => [f.name, f]));
  const different = [];
  // Totals over the folders compared, for speed work to see what it saved: files read and parsed, grading time.
  const totals = { filesRead: [0, 0], filesParsed: [0, 0], ms: [0, 0] };
  for (const result of results) {
    const entry = entries.get(result.name);
    entries.delete(result.name);
    let compared;
    if (!entry) compared = { differences: ['not in the baseline: nothing to compare with'], work: [], notes: [] };
    else {
      const saved = JSON.parse(readFileSync(path.join(dir, entry.file), 'utf8'));
      compared = compareGrades(saved, result, { strictStats: options['strict-stats'] });
      for (const key of ['filesRead', 'filesParsed']) [saved, result].forEach((grade, i) => (totals[key][i] += grade.report?.stats?.[key] ?? 0));
      [saved, result].forEach((grade, i) => (totals.ms[i] += grade.ms ?? 0));
    }
    const { differences, work, notes } = compared;
    if (differences.length) different.push(result.name);
    const mark = differences.length ? `DIFFERENT (${differences.length})` : 'same';
    const lines = [...differences, ...notes.map((n) => `(note) ${n}`), ...work.map((w) => `(work) ${w}`)];
    if (differences.length || lines.length || !options.quiet) process.stdout.write(`${result.name}: ${mark}\n${lines.map((l) => `  ${l}\n`).join('')}`);
  }
  if (entries.size) process.stdout.write(`not graded this time (in the baseline): ${[...entries.keys()].join(', ')}\n`);
  const args = (list) => JSON.stringify(list ?? []);
  if (args(baseline.cliArgs) !== args(options['cli-arg'])) process.stdout.write(`note: the baseline was graded with CLI arguments ${args(baseline.cliArgs)}, this run with ${args(options['cli-arg'])}\n`);
  const count = (n) => n.toLocaleString('en');
  process.stdout.write(
    `work: files read ${count(totals.filesRead[0])} → ${count(totals.filesRead[1])}, parsed ${count(totals.filesParsed[0])} → ${count(totals.filesParsed[1])}; ` +
      `grading time summed over the processes ${(totals.ms[0] / 1000).toFixed(1)} s → ${(totals.ms[1] / 1000).toFixed(1)} s (wall clock on a shared machine: a hint, not a measurement)\n`,
  );
  process.stdout.write(
    `verdicts: ${plural(results.length, 'folder')} against ${dir}: ${results.length - different.length} the same, ${different.length} different` + (different.length ? ` (${different.join(', ')})` : '') + '\n',
  );
  return different.length === 0;
}

const options = readOptions();
const baseline = options.against ? readBaseline(options.against) : undefined;
// Without --cli-arg of its own, a comparison grades with the arguments the baseline was graded with.
if (baseline && options['cli-arg'] === undefined) options['cli-arg'] = baseline.cliArgs;
const folders = selectFolders(options, baseline);
const results = await gradeAll(options, folders);
const same = baseline ? compare(options.against, baseline, options, results) : true;
if (options.save) save(options.save, options, results);
process.exit(same ? 0 : 1);
