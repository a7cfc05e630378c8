// `levelgate history [path] --since 2y --every month|tag|N-commits -o DIR`: the levels of past commits, as a
// JSON series and an SVG chart. Commits are read with git plumbing; nothing is checked out or run.
import type { CliIo } from './types.js';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeError, UsageError } from '../errors.js';
import { parseEvery, parseSince, selectCommits } from '../history/commits.js';
import { renderHistoryChart } from '../history/chart.js';
import { gradeHistory } from '../history/series.js';

export const HISTORY_USAGE = `Usage: levelgate history [path] [options]

Grades past commits of the git repository at path (default: the current directory) and writes
DIR/history.json (the series) and DIR/history.svg (a chart of the seven levels over time).

  --since SPAN|DATE       how far back: 2y, 18m, 6w, 30d or 2024-01-31 (default: 1y)
  --every month|tag|N-commits
                          the last commit of each month (default), each tagged commit, or every Nth
                          commit counted back from HEAD (first-parent line)
  --max N                 grade at most the N newest of those commits (default: 60)
  -o, --output DIR        where to write (default: levelgate-history)
      --no-config         ignore the .levelgate.yml of each commit
  -q, --quiet             no progress on stderr`;

type Io = CliIo;

export async function historyCommand(argv: string[], io: Io): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          since: { type: 'string' },
          every: { type: 'string' },
          max: { type: 'string' },
          output: { type: 'string', short: 'o' },
          'no-config': { type: 'boolean' },
          quiet: { type: 'boolean', short: 'q' },
          help: { type: 'boolean', short: 'h' },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(`${HISTORY_USAGE}\n`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`expected one path, got ${positionals.length}`);
    const root = positionals[0] ?? '.';
    if (!(await stat(root).catch(() => undefined))?.isDirectory()) throw new UsageError(`no such folder: ${root}`);
    const since = parseSince(values.since ?? '1y');
    const every = parseEvery(values.every ?? 'month');
    if (values.max !== undefined && !/^[1-9]\d{0,3}$/.test(values.max)) throw new UsageError('--max must be a whole number from 1 to 9999');
    const max = values.max ? Number(values.max) : 60;
    const out = values.output ?? 'levelgate-history';
    const commits = await selectCommits(root, since, every, max);
    const series = await gradeHistory({
      root,
      commits,
      since,
      every,
      noConfig: values['no-config'] === true,
      onPoint: values.quiet
        ? undefined
        : (p, done, total) => io.stderr.write(`levelgate history: [${done}/${total}] ${p.date.slice(0, 10)} ${p.commit.slice(0, 7)} ${p.level === undefined ? p.reason : `L${p.level}`}\n`),
    });
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, 'history.json'), `${JSON.stringify(series, null, 2)}\n`);
    await writeFile(path.join(out, 'history.svg'), renderHistoryChart(series, `levelgate history${series.folder ? ` · ${series.folder}` : ''}`));
    io.stderr.write(`levelgate history: ${series.points.length} commits → ${path.join(out, 'history.json')}, ${path.join(out, 'history.svg')}\n`);
    return 0;
  } catch (error) {
    const { message, exitCode } = describeError(error);
    io.stderr.write(`levelgate history: ${message}\n`);
    return exitCode;
  }
}
