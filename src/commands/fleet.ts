// `levelgate fleet list|grade|report`: grade an organisation's repositories, one shard per CI job, and gather
// the results into a dashboard. The token comes from GITHUB_TOKEN and is never printed.
import type { CliIo } from './types.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, UsageError } from '../errors.js';
import { createClient, apiBaseUrl, httpStatus } from '../github/client.js';
import { gradeShard, resultStem, type FleetResult } from '../fleet/grade.js';
import { listRepositories, makePlan, type FleetPlan } from '../fleet/list.js';
import { renderDashboard, renderRepositoryPage } from '../fleet/report/dashboard.js';
import { buildIndex, loadPreviousIndex, loadResults } from '../fleet/report/index.js';
import { renderFleetSummary } from '../fleet/report/summary.js';
import { autoShardCount, MAX_SHARDS } from '../fleet/shard.js';
import { DEFAULT_LIMITS } from '../fleet/tarball.js';

export const FLEET_USAGE = `Usage: levelgate fleet <command> [options]

Grades every repository of an organisation or a user, one shard per CI job (see README, "Fleet").

  levelgate fleet list <org|user> --shards N|auto -o plan.json
      [--topic T] [--include-forks] [--include-archived]
                          list the repositories (GITHUB_TOKEN, GITHUB_API_URL) and write a shard plan;
                          auto = one shard per 250 repositories, at most ${MAX_SHARDS}
  levelgate fleet grade <plan.json> --shard I -o DIR [--no-config] [--max-entries N] [--max-mb N]
                          download, extract and grade the shard's repositories, two at a time;
                          writes one DIR/<owner>__<repo>.json per repository, graded or not
  levelgate fleet report <result files or folders…> -o DIR [--previous index.json] [--title T]
                          DIR/index.html (the dashboard), DIR/summary.md, DIR/index.json, DIR/reports/

Exit codes: 0 done (repositories that could not be graded are recorded, not fatal), 2 usage error, no
token, or the listing failed.`;

type Io = CliIo;

export async function fleetCommand(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'list':
        return await listCommand(rest, io);
      case 'grade':
        return await gradeCommand(rest, io);
      case 'report':
        return await reportCommand(rest, io);
      case undefined:
      case '-h':
      case '--help':
        io.stdout.write(`${FLEET_USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown fleet command "${command}"; use list, grade or report`);
    }
  } catch (error) {
    const { message, exitCode } = describeError(error);
    io.stderr.write(`levelgate fleet: ${message}\n`);
    return exitCode;
  }
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;
type Values = Record<string, string | boolean | undefined>;

function parse(argv: string[], options: OptionSpec): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function tokenFromEnv(): string {
  const token = process.env.GITHUB_TOKEN;
  if (!token) throw new UsageError('GITHUB_TOKEN is not set; a token that can read the repositories is needed');
  return token;
}

function positiveInteger(value: string | undefined, name: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${name} must be a whole number from 1 to ${max}`);
  return Number(value);
}

async function listCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    shards: { type: 'string' },
    output: { type: 'string', short: 'o' },
    topic: { type: 'string' },
    'include-forks': { type: 'boolean' },
    'include-archived': { type: 'boolean' },
  });
  if (values.help) return help(io);
  if (positionals.length !== 1) throw new UsageError('fleet list takes one organisation or user name');
  const owner = positionals[0]!;
  // Organisations and users: letters, digits, hyphens; Enterprise Managed Users add "_shortcode".
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/.test(owner)) throw new UsageError(`"${owner}" is not a GitHub organisation or user name`);
  if (!values.output) throw new UsageError('fleet list needs -o plan.json');
  if (values.shards === undefined) throw new UsageError('fleet list needs --shards N (or auto)');
  const shards = values.shards === 'auto' ? undefined : positiveInteger(values.shards as string, '--shards', MAX_SHARDS);
  const client = await createClient(tokenFromEnv(), apiBaseUrl());
  let listed;
  try {
    listed = await listRepositories(client, owner);
  } catch (error) {
    const status = httpStatus(error);
    throw new UsageError(status === 404 ? `no organisation or user "${owner}" on ${apiBaseUrl()}` : `listing the repositories of "${owner}" failed (${status ? `HTTP ${status}` : 'no answer'})`);
  }
  const options = { topic: values.topic as string | undefined, includeForks: values['include-forks'] === true, includeArchived: values['include-archived'] === true };
  const provisional = makePlan(owner, listed.ownerType, listed.repositories, 1, options);
  const kept = provisional.shards[0]!.repositories.length;
  const plan = makePlan(owner, listed.ownerType, listed.repositories, shards ?? autoShardCount(kept), options);
  await writeFile(values.output as string, `${JSON.stringify(plan, null, 2)}\n`);
  io.stderr.write(`levelgate fleet: ${kept} of ${listed.repositories.length} repositories of ${owner} in ${plan.shards.length} shards → ${values.output}\n`);
  return 0;
}

async function readPlan(file: string): Promise<FleetPlan> {
  let value: any;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not JSON'}`);
  }
  const ok =
    value?.kind === 'levelgate-fleet-plan' &&
    value.schemaVersion === 1 &&
    Array.isArray(value.shards) &&
    value.shards.every(
      (s: any) =>
        Array.isArray(s?.repositories) &&
        s.repositories.every((r: any) => ['fullName', 'owner', 'name', 'defaultBranch', 'htmlUrl'].every((k) => typeof r?.[k] === 'string') && Array.isArray(r.topics) && typeof r.sizeKb === 'number'),
    );
  if (!ok) throw new UsageError(`${file}: not a levelgate fleet plan (write one with "levelgate fleet list")`);
  return value as FleetPlan;
}

async function gradeCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    shard: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'no-config': { type: 'boolean' },
    'max-entries': { type: 'string' },
    'max-mb': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (values.help) return help(io);
  if (positionals.length !== 1) throw new UsageError('fleet grade takes one plan file');
  if (!values.output) throw new UsageError('fleet grade needs -o DIR');
  if (values.shard === undefined || !/^\d+$/.test(values.shard as string)) throw new UsageError('fleet grade needs --shard I (0, 1, …)');
  const plan = await readPlan(positionals[0]!);
  const shard = plan.shards[Number(values.shard)];
  if (!shard) throw new UsageError(`the plan has shards 0 to ${plan.shards.length - 1}, not ${values.shard}`);
  const maxEntries = positiveInteger(values['max-entries'] as string | undefined, '--max-entries', 10_000_000);
  const maxMb = positiveInteger(values['max-mb'] as string | undefined, '--max-mb', 100_000);
  const limits = { ...DEFAULT_LIMITS, ...(maxEntries ? { maxEntries } : {}), ...(maxMb ? { maxTotalBytes: maxMb * 1024 * 1024 } : {}) };
  const client = await createClient(tokenFromEnv(), apiBaseUrl());
  const counts = { graded: 0, failed: 0, refused: 0 };
  await gradeShard({
    client,
    repositories: shard.repositories,
    outDir: values.output as string,
    limits,
    noConfig: values['no-config'] === true,
    onResult: (result, done, total) => {
      counts[result.status]++;
      if (values.quiet) return;
      const what = result.status === 'graded' ? `L${(result.report as { level: number }).level}` : `${result.status}: ${result.reason}`;
      io.stderr.write(`levelgate fleet: [${done}/${total}] ${printable(result.repository.fullName)} ${printable(what)} (${(result.durationMs / 1000).toFixed(1)} s)\n`);
    },
  });
  io.stderr.write(`levelgate fleet: shard ${shard.index}: ${counts.graded} graded, ${counts.failed} failed, ${counts.refused} refused → ${values.output}\n`);
  return 0;
}

async function reportCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    output: { type: 'string', short: 'o' },
    previous: { type: 'string' },
    title: { type: 'string' },
  });
  if (values.help) return help(io);
  if (positionals.length === 0) throw new UsageError('fleet report takes result files or folders');
  if (!values.output) throw new UsageError('fleet report needs -o DIR');
  const out = values.output as string;
  const previous = values.previous ? await loadPreviousIndex(values.previous as string) : undefined;
  const { results, skipped } = await loadResults(positionals);
  if (results.length === 0) throw new UsageError('no levelgate fleet results found in the given files or folders');
  const index = buildIndex(results, previous);
  const title = (values.title as string | undefined) ?? 'levelgate fleet';
  await mkdir(path.join(out, 'reports'), { recursive: true });
  const latest = new Map<string, FleetResult>();
  for (const r of results) {
    const seen = latest.get(r.repository.fullName.toLowerCase());
    if (!seen || seen.gradedAt <= r.gradedAt) latest.set(r.repository.fullName.toLowerCase(), r);
  }
  let next = 0;
  const pages = [...latest.values()];
  const writer = async () => {
    while (next < pages.length) {
      const r = pages[next++]!;
      await writeFile(path.join(out, 'reports', `${resultStem(r.repository.fullName)}.html`), renderRepositoryPage(r));
    }
  };
  await Promise.all(Array.from({ length: 16 }, writer));
  await writeFile(path.join(out, 'index.json'), `${JSON.stringify(index)}\n`);
  await writeFile(path.join(out, 'index.html'), renderDashboard(index, { title }));
  await writeFile(path.join(out, 'summary.md'), renderFleetSummary(index, { title }));
  if (skipped.length) io.stderr.write(`levelgate fleet: ${skipped.length} JSON files were not fleet results and were left out\n`);
  io.stderr.write(`levelgate fleet: ${index.repositories.length} repositories → ${path.join(out, 'index.html')}\n`);
  return 0;
}

function help(io: Io): number {
  io.stdout.write(`${FLEET_USAGE}\n`);
  return 0;
}

/** A name or reason for the terminal: no control characters (it may come from a repository). */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this replaces
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
