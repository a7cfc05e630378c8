#!/usr/bin/env node
// levelgate from a terminal or any CI system: the same engine as the action, output to stdout or a file.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { grade } from './engine.js';
import { describeError } from './errors.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { renderText } from './report/text.js';
import { checkTargets, parseTargets, UsageError, type Targets } from './targets.js';
import { TOOL_VERSION } from './version.js';
import type { GradeReport } from './types.js';

const USAGE = `Usage: levelgate [path] [options]

Grades the repository at path (default: the current directory) on seven dimensions, L0 to L4.

Options:
  -f, --format md|text|json   output format (default: text on a terminal, md otherwise)
  -o, --output FILE           write the report to FILE instead of stdout
  -t, --target SPEC           fail (exit 1) below a level: "L2" overall, "security=L3" per dimension;
                              repeatable, or comma-separated
  -v, --verbose               text format: list the evidence of each met rule
  -q, --quiet                 no progress on stderr
  -h, --help                  show this help
      --version               print the version

Exit codes: 0 targets met (or none given), 1 below a target, 2 usage error or unreadable path.`;

export type Renderer = (report: GradeReport, options: { targets?: Targets; verbose?: boolean }) => string;
export const RENDERERS: Record<string, Renderer> = {
  md: (r, o) => renderMarkdown(r, o),
  markdown: (r, o) => renderMarkdown(r, o),
  text: (r, o) => renderText(r, o),
  json: (r) => renderJson(r),
};

/** Runs the CLI with argv (without node and script); returns the exit code. */
export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        target: { type: 'string', short: 't', multiple: true },
        verbose: { type: 'boolean', short: 'v' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr.write(`levelgate: ${(error as Error).message}\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  try {
    if (positionals.length > 1) throw new UsageError(`expected one path, got ${positionals.length}`);
    const format = values.format ?? (io.stdout.isTTY && !values.output ? 'text' : 'md');
    const render = RENDERERS[format];
    if (!render) throw new UsageError(`unknown format "${format}"; use md, text or json`);
    const targets = values.target ? parseTargets(values.target) : undefined;
    const showProgress = !values.quiet && io.stderr.isTTY;
    const report = await grade(positionals[0] ?? '.', {
      onProgress: showProgress ? (m) => io.stderr.write(`\rlevelgate: ${m}…\x1b[K`) : undefined,
    });
    if (showProgress) io.stderr.write('\r\x1b[K');
    const output = render(report, { targets, verbose: values.verbose });
    if (values.output) await writeFile(values.output, output);
    else io.stdout.write(output);
    if (!targets) return 0;
    const check = checkTargets(report, targets);
    if (!check.passed && values.output) {
      for (const f of check.failures) io.stderr.write(`levelgate: ${f.scope} is L${f.actual}, below target L${f.target}\n`);
    }
    return check.passed ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`levelgate: ${error.message}\n`);
      return 2;
    }
    const { message, exitCode } = describeError(error);
    io.stderr.write(`levelgate: ${message}\n`);
    return exitCode;
  }
}

// Run when executed directly (bin or `node dist/cli.js`), not when imported by tests.
const invokedDirectly = process.argv[1] && /(^|[\\/])(cli\.(js|ts)|levelgate)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
