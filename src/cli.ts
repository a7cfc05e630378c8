#!/usr/bin/env node
// levelgate from a terminal or any CI system: the same engine as the action, output to stdout or a file.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig, mergeTargets } from './config/load.js';
import { renderConfigMarkdown, renderConfigText } from './config/render.js';
import { grade } from './engine.js';
import { describeError } from './errors.js';
import { checkMonorepoTargets, gradeMonorepo, type MonorepoReport } from './monorepo/grade.js';
import { renderJsonDocument } from './report/monorepo-json.js';
import { renderMonorepoMarkdown } from './report/monorepo-markdown.js';
import { renderMonorepoText } from './report/monorepo-text.js';
import { renderMarkdown } from './report/markdown.js';
import { renderSarif } from './report/sarif.js';
import { renderText } from './report/text.js';
import { checkTargets, parseTargets, UsageError, type Targets } from './targets.js';
import { TOOL_VERSION } from './version.js';
import { Deadline, DEFAULT_TIMEOUT_SECONDS, parseTimeoutSeconds } from './deadline.js';
import type { GradeReport } from './types.js';

const USAGE = `Usage: levelgate [path] [options]

Grades the repository at path (default: the current directory) on seven dimensions, L0 to L4.

Options:
  -f, --format md|text|json|sarif
                              output format (default: text on a terminal, md otherwise);
                              sarif is SARIF 2.1.0 for GitHub code scanning
  -o, --output FILE           write the report to FILE instead of stdout
  -t, --target SPEC           fail (exit 1) below a level: "L2" overall, "security=L3" per dimension;
                              repeatable, or comma-separated; replaces the config's targets
  -c, --config FILE           read this config file instead of looking for .levelgate.yml
      --no-config             ignore any config file in the repository
      --rules PATH            add custom rules from a file or folder of rule files (repeatable);
                              unlike rule packs named in a config, PATH may be anywhere
  -m, --monorepo              grade each package or service side by side, plus the whole
      --no-monorepo           grade as one repository even when the config enables monorepo mode
      --timeout SECONDS       stop with an error (exit 2) naming the slowest rule and file when
                              grading takes longer (default: 300; 0: no limit)
  -v, --verbose               text format: list the evidence of each met rule
  -q, --quiet                 no progress on stderr
  -h, --help                  show this help
      --version               print the version

Exit codes: 0 targets met (or none given), 1 below a target, 2 usage error, bad config, unreadable path
or time limit reached.`;

export type Renderer = (report: GradeReport, options: { targets?: Targets; verbose?: boolean }) => string;
export const RENDERERS: Record<string, Renderer> = {
  md: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  markdown: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  text: (r, o) => withSection(renderText(r, o), renderConfigText(r)),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o),
};

export type MonorepoRenderer = (result: MonorepoReport, options: { targets?: Targets }) => string;
export const MONOREPO_RENDERERS: Record<string, MonorepoRenderer> = {
  md: (r, o) => renderMonorepoMarkdown(r, o),
  markdown: (r, o) => renderMonorepoMarkdown(r, o),
  text: (r, o) => renderMonorepoText(r, o),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o),
};

function withSection(report: string, section: string): string {
  return section ? `${report}\n${section}` : report;
}

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
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        rules: { type: 'string', multiple: true },
        monorepo: { type: 'boolean', short: 'm' },
        'no-monorepo': { type: 'boolean' },
        timeout: { type: 'string' },
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
    if (values.config !== undefined && values['no-config']) throw new UsageError('--config and --no-config exclude each other');
    if (values.monorepo && values['no-monorepo']) throw new UsageError('--monorepo and --no-monorepo exclude each other');
    const format = values.format ?? (io.stdout.isTTY && !values.output ? 'text' : 'md');
    if (!Object.hasOwn(RENDERERS, format)) throw new UsageError(`unknown format "${format}"; use md, text, json or sarif`);
    const cliTargets = values.target ? parseTargets(values.target) : undefined;
    const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : parseTimeoutSeconds(values.timeout);
    if (timeoutSeconds === undefined) throw new UsageError(`--timeout: "${values.timeout}" is not a number of seconds (0: no limit)`);
    const root = positionals[0] ?? '.';
    // The limit covers the grade: custom patterns' analysis, listing, reading, every rule.
    const deadline = timeoutSeconds ? new Deadline(timeoutSeconds, '--timeout') : undefined;
    const graded = await gradeFor(root, values, format, cliTargets, io, deadline);
    return finish(graded, values, format, io);
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

type Values = { config?: string; 'no-config'?: boolean; rules?: string[]; monorepo?: boolean; 'no-monorepo'?: boolean; quiet?: boolean; verbose?: boolean; output?: string };
type Io = { stdout: NodeJS.WriteStream; stderr: NodeJS.WriteStream };

/** Grades as the options say; the rendered report and the targets it missed. */
async function gradeFor(root: string, values: Values, format: string, cliTargets: Targets | undefined, io: Io, deadline: Deadline | undefined): Promise<{ output: string; failures: string[]; targets?: Targets; showProgress: boolean }> {
  const config = values['no-config'] ? undefined : await loadConfig(root, values.config !== undefined ? { file: values.config } : {});
  const targets = mergeTargets(config?.targets, cliTargets);
  const monorepo = values.monorepo || (!values['no-monorepo'] && config?.monorepo?.enabled === true);
  const showProgress = !values.quiet && io.stderr.isTTY;
  const options = {
    config: config ?? (false as const),
    ...(values.rules ? { rulePacks: values.rules } : {}),
    ...(deadline ? { deadline } : {}),
    onProgress: showProgress ? (m: string) => io.stderr.write(`\rlevelgate: ${m}…\x1b[K`) : undefined,
  };
  let output: string;
  let failures: string[] = [];
  if (monorepo) {
    const result = await gradeMonorepo(root, options);
    output = MONOREPO_RENDERERS[format]!(result, { targets });
    if (targets) failures = checkMonorepoTargets(result, targets).failures.map((f) => `${f.package ? `${f.package}: ` : ''}${f.scope} is L${f.actual}, below target L${f.target}`);
  } else {
    const report = await grade(root, options);
    output = RENDERERS[format]!(report, { targets, verbose: values.verbose });
    if (targets) failures = checkTargets(report, targets).failures.map((f) => `${f.scope} is L${f.actual}, below target L${f.target}`);
  }
  return { output, failures, ...(targets ? { targets } : {}), showProgress };
}

/** Writes the report and names the failures; the exit code. */
async function finish({ output, failures, targets, showProgress }: Awaited<ReturnType<typeof gradeFor>>, values: Values, format: string, io: Io): Promise<number> {
  if (showProgress) io.stderr.write('\r\x1b[K');
  if (values.output) await writeFile(values.output, output);
  else io.stdout.write(output);
  if (!targets) return 0;
  // Machine formats on stdout say nothing of the verdict to a person: name the failures on stderr.
  if (failures.length && (values.output || format === 'json' || format === 'sarif')) {
    for (const f of failures.slice(0, 50)) io.stderr.write(`levelgate: ${f}\n`);
  }
  return failures.length === 0 ? 0 : 1;
}

// Run when executed directly (bin or `node dist/cli.js`), not when imported by tests.
const invokedDirectly = process.argv[1] && /(^|[\\/])(cli\.(js|ts)|levelgate)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
