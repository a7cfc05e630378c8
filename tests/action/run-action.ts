// Runs the bundled action as a GitHub runner would: inputs as INPUT_* variables (action.yml defaults
// filled in), the event payload in GITHUB_EVENT_PATH, outputs and the job summary in files.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export interface RunOptions {
  bundle: string;
  workspace: string;
  apiUrl: string;
  eventName: string;
  event: unknown;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** The workflow token (github-token's default); one per run tells concurrent runs apart. */
  token?: string;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** ::error::, ::warning::, ::notice:: lines, decoded. */
  annotations: { kind: string; message: string }[];
  ms: number;
}

const actionYml = parse(readFileSync(path.join(import.meta.dirname, '../../action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};

export const TOKEN = 'ghs_levelgateTestToken0123456789abcdef';

export function runAction(options: RunOptions): Promise<RunResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-run-'));
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(options.event));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: (options.event as { pull_request?: { head?: { sha?: string } } })?.pull_request?.head?.sha ?? '0'.repeat(40),
    RUNNER_TEMP: dir,
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = options.inputs?.[name] ?? (spec.default === '${{ github.token }}' ? (options.token ?? TOKEN) : (spec.default ?? ''));
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  Object.assign(env, options.env);
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [options.bundle], { cwd: options.workspace, env, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(files.output, 'utf8')),
        summary: readFileSync(files.summary, 'utf8'),
        annotations: [...stdout.matchAll(/^::(error|warning|notice)(?: [^:]*)?::(.*)$/gm)].map((m) => ({ kind: m[1]!, message: decode(m[2]!) })),
        ms: Date.now() - started,
      });
    });
  });
}

/** GITHUB_OUTPUT's heredoc format: name<<DELIMITER, lines, DELIMITER. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

function decode(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
