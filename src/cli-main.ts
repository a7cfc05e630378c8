// levelgate from a terminal or any CI system: the same engine as the action, output to stdout or a file.
// src/cli.ts is the entry; it loads this module for everything but `--version`.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { COMMANDS, commandFor } from './commands/index.js';
import { loadConfig, mergeTargets } from './config/load.js';
import { renderConfigMarkdown, renderConfigText } from './config/render.js';
import { renderBadgeSvg, renderShieldsJson } from './report/badge.js';
import { grade } from './engine.js';
import { describeError } from './errors.js';
import { checkMonorepoTargets, gradeMonorepo, type MonorepoReport } from './monorepo/grade.js';
import { renderJsonDocument } from './report/monorepo-json.js';
import { renderMonorepoMarkdown } from './report/monorepo-markdown.js';
import { renderMonorepoText } from './report/monorepo-text.js';
import { renderMarkdown } from './report/markdown.js';
import { inertInLog } from './report/escape.js';
import { renderSarif } from './report/sarif.js';
import { renderText, terminalStyle, type TerminalStyle } from './report/text.js';
import { checkTargets, parseTargets, targetDimensions, UsageError, type Targets } from './targets.js';
import { TOOL_VERSION } from './version.js';
import { Deadline, DEFAULT_TIMEOUT_SECONDS, parseTimeoutSeconds } from './deadline.js';
import type { GradeReport } from './types.js';

const USAGE = `Usage: levelgate [path] [options]
       levelgate <command> [arguments]

Grades the repository at path (default: the current directory) on seven dimensions, L0 to L4.

Commands (\`levelgate <command> --help\` for each; to grade a folder named like one, write ./init):
${Object.values(COMMANDS)
  .map((c) => `  ${c.summary}`)
  .join('\n')}

Options:
  -f, --format md|text|json|sarif|badge|shields
                              output format (default: text on stdout, piped too; with -o,
                              by the file's extension: .json, .sarif, .svg, .txt, else md);
                              sarif is SARIF 2.1.0 for GitHub code scanning; badge an SVG badge of
                              the overall level, shields the shields.io endpoint JSON for one
  -o, --output FILE           write the report to FILE instead of stdout
  -t, --target SPEC           fail (exit 1) below a level: "L2" overall, "security=L3" per dimension;
                              repeatable, or comma-separated; replaces the config's targets
  -c, --config FILE           read this config file instead of looking for .levelgate.yml
      --no-config             ignore any config file in the repository
      --rules PATH            add custom rules from a file or folder of rule files (repeatable);
                              unlike rule packs named in a config, PATH may be anywhere
      --allow-config-to-relax-secrets
                              let the config disable, suppress, ignore away or declare not
                              applicable the committed-secrets rule (refused by default)
  -m, --monorepo              grade each package or service side by side, plus the whole
      --no-monorepo           grade as one repository even when the config enables monorepo mode
      --strict-gates          an L1 headline levelgate finds no evidence of fails its dimension,
                              even when the dimension's L2 evidence holds (default: such a
                              headline is reported as not seen and the evidence decides the level)
      --timeout SECONDS       stop with an error (exit 2) naming the slowest rule and file when
                              grading takes longer (default: 300; 0: no limit)
  -v, --verbose               text format: list the evidence of each met rule, and each rule the
                              next level lacks with the link to its page
  -q, --quiet                 no progress on stderr
  -h, --help                  show this help
      --version               print the version

Exit codes: 0 targets met (or none given), 1 below a target, 2 usage error, bad config, unreadable path
or time limit reached.`;

export type Renderer = (report: GradeReport, options: { targets?: Targets; verbose?: boolean; terminal?: TerminalStyle }) => string;
export const RENDERERS: Record<string, Renderer> = {
  md: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  markdown: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  text: (r, o) => withSection(renderText(r, o), renderConfigText(r)),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o),
  badge: (r) => renderBadgeSvg(r.level),
  shields: (r) => renderShieldsJson(r.level),
};

export type MonorepoRenderer = (result: MonorepoReport, options: { targets?: Targets }) => string;
export const MONOREPO_RENDERERS: Record<string, MonorepoRenderer> = {
  md: (r, o) => renderMonorepoMarkdown(r, o),
  markdown: (r, o) => renderMonorepoMarkdown(r, o),
  text: (r, o) => renderMonorepoText(r, o),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o),
  badge: (r) => renderBadgeSvg(r.whole.level),
  shields: (r) => renderShieldsJson(r.whole.level),
};

/** Formats a person reads on stdout, which say the verdict themselves. */
const HUMAN_FORMATS = new Set(['md', 'markdown', 'text']);

/** Without --format: text on stdout (a terminal or a pipe: `levelgate . | less` reads as text); a file by its extension. */
function formatFor(output: string | undefined): string {
  if (!output) return 'text';
  const ext = output.toLowerCase().split('.').pop();
  return ext === 'json' ? 'json' : ext === 'sarif' ? 'sarif' : ext === 'svg' ? 'badge' : ext === 'txt' || ext === 'text' ? 'text' : 'md';
}

function withSection(report: string, section: string): string {
  return section ? `${report}\n${section}` : report;
}

/** Runs the CLI with argv (without node and script); returns the exit code. */
export async function main(argv: string[], io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const command = commandFor(argv);
  if (command) return command.run(argv.slice(1), io);
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
        'allow-config-to-relax-secrets': { type: 'boolean' },
        monorepo: { type: 'boolean', short: 'm' },
        'no-monorepo': { type: 'boolean' },
        timeout: { type: 'string' },
        'strict-gates': { type: 'boolean' },
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
    const format = values.format ?? formatFor(values.output);
    if (!Object.hasOwn(RENDERERS, format)) throw new UsageError(`unknown format "${format}"; use md, text, json, sarif, badge or shields`);
    const cliTargets = values.target ? parseTargets(values.target) : undefined;
    const timeoutSeconds = values.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : parseTimeoutSeconds(values.timeout);
    if (timeoutSeconds === undefined) throw new UsageError(`--timeout: "${values.timeout}" is not a number of seconds (0: no limit)`);
    const root = positionals[0] ?? '.';
    // The limit covers the grade: custom patterns' analysis, listing, reading, every rule.
    const deadline = timeoutSeconds ? new Deadline(timeoutSeconds, '--timeout') : undefined;
    const config = values['no-config'] ? undefined : await loadConfig(root, values.config !== undefined ? { file: values.config } : {});
    const targets = mergeTargets(config?.targets, cliTargets);
    const monorepo = values.monorepo || (!values['no-monorepo'] && config?.monorepo?.enabled === true);
    const showProgress = !values.quiet && io.stderr.isTTY;
    const options = {
      config: config ?? (false as const),
      // A dimension the command line targets stays graded; secrets stay visible unless the operator says otherwise.
      limits: { targetDimensions: targetDimensions(cliTargets), allowConfigToRelaxSecrets: values['allow-config-to-relax-secrets'] === true },
      ...(values.rules ? { rulePacks: values.rules } : {}),
      ...(deadline ? { deadline } : {}),
      ...(values['strict-gates'] ? { strictGates: true } : {}),
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
      // Colour and wrapping only on a terminal (NO_COLOR / FORCE_COLOR honoured); a file or a pipe gets plain text.
      const terminal = values.output ? { color: false } : terminalStyle(io.stdout);
      output = RENDERERS[format]!(report, { targets, verbose: values.verbose, terminal });
      if (targets) failures = checkTargets(report, targets).failures.map((f) => `${f.scope} is L${f.actual}, below target L${f.target}`);
    }
    if (showProgress) io.stderr.write('\r\x1b[K');
    if (values.output) await writeFile(values.output, output);
    // Read in a CI log, a line of the report must not be taken for a workflow command (JSON and SARIF never start one).
    else io.stdout.write(HUMAN_FORMATS.has(format) ? inertInLog(output) : output);
    if (!targets) return 0;
    // Machine formats on stdout say nothing of the verdict to a person: name the failures on stderr.
    if (failures.length && (values.output || !HUMAN_FORMATS.has(format))) {
      for (const f of failures.slice(0, 50)) io.stderr.write(inertInLog(`levelgate: ${f}\n`));
    }
    return failures.length === 0 ? 0 : 1;
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
