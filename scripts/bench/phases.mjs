// Where one grade's time goes, phase by phase and rule by rule: `node scripts/bench/phases.mjs PATH [--runs N]`.
// Bundles the engine like dist/ (so TypeScript is its own chunk, loaded at first need) and times, in a fresh process
// for each run: loading the bundle, planning (config, catalog), listing, reading and collecting evidence, loading the
// parser, and each rule (first pass; once the parser is loaded, the rules left). Prints the slowest rules.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.join(here, '..', '..');
const args = process.argv.slice(2);

if (args[0] === '--child') {
  // PHASES_CPU=1: CPU time of the process (every thread, user + sys) instead of wall time: on a shared machine the
  // wall clock counts other people's work.
  const now = process.env.PHASES_CPU ? () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } : () => performance.now();
  const [, bundle, repo] = args;
  const loadStart = now();
  const lib = await import(bundle);
  const t = { startup: Math.round(loadStart), loadBundle: now() - loadStart };
  const mark = (name, since) => (t[name] = (t[name] ?? 0) + now() - since);
  let since = now();
  const plan = await lib.planGrading(repo, { timeoutSeconds: 300 });
  mark('plan', since);
  since = now();
  const inventory = await lib.listRepository(repo, { ignore: plan.ignore });
  mark('list', since);
  since = now();
  const evidence = await lib.collectEvidence(inventory, { ...lib.collectOptionsFor(plan.catalog), deadline: plan.deadline });
  mark('read+collect', since);
  const rules = {};
  // As the engine does: a rule that needs the parser is put off (its time before that is 'put off') while the parser
  // loads on the worker's core; once it is loaded, the put-off rules are evaluated, then the rest in place.
  const putOff = [];
  const evaluate = (rule, phase) => {
    const s = now();
    const before = evidence.parsedFiles.size;
    let done = false;
    try {
      lib.evaluateRule(rule, evidence, false, plan.overrides);
      done = true;
    } finally {
      rules[rule.id] = (rules[rule.id] ?? 0) + now() - s;
      // A pass's time on a rule it had to leave for later: work the rule does again in the next pass.
      mark(done ? phase : `${phase} put off`, s);
      if (process.env.PHASES_PUT_OFF && !done) console.error(`${phase} put off: ${rule.id} ${(now() - s).toFixed(1)} ms`);
      if (process.env.PHASES_PARSED && evidence.parsedFiles.size > before) console.error(rule.id, [...evidence.parsedFiles].slice(before));
    }
  };
  const withParser = async (rule) => {
    for (;;) {
      try {
        return evaluate(rule, 'rules (parser loaded)');
      } catch (error) {
        if (!(error instanceof lib.ParserNotLoaded)) throw error;
        const s = now();
        await evidence.loadParser();
        mark('loadParser', s);
      }
    }
  };
  const catchUp = async () => {
    for (const rule of putOff.splice(0)) await withParser(rule);
  };
  for (const rule of plan.catalog.rules) {
    if (putOff.length && evidence.parserSettled?.()) await catchUp();
    try {
      evaluate(rule, 'rules');
    } catch (error) {
      if (!(error instanceof lib.ParserNotLoaded)) throw error;
      if (evidence.prepareParser && !evidence.parserSettled?.()) {
        evidence.prepareParser();
        putOff.push(rule);
      } else {
        await catchUp();
        await withParser(rule);
      }
    }
  }
  await catchUp();
  evidence.stopParsing?.();
  t.total = now();
  t.files = inventory.files.length;
  t.read = evidence.stats.filesRead;
  t.parsed = evidence.stats.filesParsed;
  process.stdout.write(JSON.stringify({ t, rules }) + '\n');
} else {
  // The build tools are loaded here only, so that a measured child's start-up does not include them.
  const { build } = await import('esbuild');
  const { buildOptions, PARSE_WORKER_ENTRY, placeTypeScript } = await import('../build-options.mjs');
  const { writeCompiledCatalog } = await import('../compile-catalog.mjs');
  const repo = path.resolve(args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '.');
  const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
  const work = await mkdtemp(path.join(tmpdir(), 'levelgate-phases-'));
  try {
    const entry = path.join(work, 'entry.ts');
    const src = (f) => JSON.stringify(path.join(repoRoot, 'src', f));
    await writeFile(
      entry,
      [
        `export { planGrading, collectOptionsFor } from ${src('engine.ts')};`,
        `export { listRepository } from ${src('inventory/list.ts')};`,
        `export { collectEvidence, ParserNotLoaded } from ${src('evidence/index.ts')};`,
        `export { evaluateRule } from ${src('score/evaluate.ts')};`,
      ].join('\n'),
    );
    const options = buildOptions(work);
    const result = await build({ ...options, entryPoints: { phases: entry, ...Object.fromEntries(Object.entries(PARSE_WORKER_ENTRY).map(([name, file]) => [name, path.join(repoRoot, file)])) }, outExtension: { '.js': '.mjs' }, nodePaths: [path.join(repoRoot, 'node_modules')], legalComments: 'none' });
    placeTypeScript(result.metafile);
    await cp(path.join(repoRoot, 'rules'), path.join(work, 'rules'), { recursive: true });
    await writeCompiledCatalog(work, path.join(work, 'rules'));
    const results = [];
    for (let i = 0; i < runs; i++) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', path.join(work, 'phases.mjs'), repo], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      results.push(JSON.parse(out.trim().split('\n').pop()));
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const keys = Object.keys(results[0].t);
    console.log(`${path.basename(repo)} (median of ${runs}${process.env.PHASES_CPU ? ', CPU ms' : ''}):`);
    for (const k of keys) console.log(`  ${k.padEnd(16)} ${Math.round(median(results.map((r) => r.t[k] ?? 0)))}`);
    const rules = Object.keys(results[0].rules).map((id) => [id, median(results.map((r) => r.rules[id]))]);
    rules.sort((a, b) => b[1] - a[1]);
    console.log('  slowest rules (ms, both passes):');
    for (const [id, ms] of rules.slice(0, Number(process.env.PHASES_TOP ?? 15))) console.log(`    ${ms.toFixed(1).padStart(7)}  ${id}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
