// The GitHub Action: inputs → grade (head and, on pull requests, the base commit) → outputs, job summary,
// sticky pull request comment → a failed step below target. Every error ends as one core.setFailed line.
import * as core from '@actions/core';
import { stat } from 'node:fs/promises';
import type { GradeOptions } from './engine.js';
import { ConfigError, GradeError } from './errors.js';
import { gradeBase, FETCH_DEPTH_HINT, type BaseOutcome } from './github/base.js';
import { createClient, httpStatus, MAX_RATE_LIMIT_WAIT_SECONDS, rateLimitWait, type Client } from './github/client.js';
import { compareReports } from './github/delta.js';
import { isCommitSha, readEvent, type EventContext } from './github/event.js';
import { readInputs, type ActionInputs } from './github/inputs.js';
import { redact } from './github/redact.js';
import type { ResultFile } from './github/result-file.js';
import { logMonorepo, logReport, setOutputs, writeSummary } from './github/sinks.js';
import { upsertComment } from './github/sticky.js';
import type { MonorepoReport } from './monorepo/grade.js';
import { checkMonorepoTargets } from './monorepo/targets.js';
import {
  composeComment,
  composeMonorepoComment,
  markerFor,
  monorepoDelta,
  SUMMARY_LIMIT_BYTES,
  type BaseState,
  type CommentInput,
  type ComposeOptions,
  type MonorepoCommentInput,
} from './report/comment.js';
import { renderJson } from './report/json.js';
import { renderJsonDocument } from './report/monorepo-json.js';
import { checkTargets, hasTargets, parseTargets, UsageError, type TargetFailure, type Targets } from './targets.js';
import { LEVEL_NAMES } from './types.js';
import { Deadline } from './deadline.js';

const FORK_DOCS = 'https://github.com/levelgate/levelgate#pull-requests-from-forks';

export async function run(): Promise<void> {
  try {
    await main();
  } catch (error) {
    const known = error instanceof UsageError || error instanceof GradeError || error instanceof ConfigError;
    core.setFailed(redact(`levelgate: ${known ? '' : 'unexpected error: '}${oneLine(error)}`));
  }
}

async function main(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const inputs = readInputs(workspace);
  const event = readEvent();

  const posting = inputs.reportFile !== undefined;
  const result = posting ? await loadResult(inputs) : await gradeHere(inputs, event);
  const targets = posting && !inputs.targetSpec ? targetsFrom(result.target) : inputs.targets;

  const verdict = result.packages ? monorepoVerdict(result, targets, inputs, event.runUrl) : singleVerdict(result, targets, inputs, event.runUrl);

  if (inputs.outputFile) {
    await (await import('./github/result-file.js')).writeResultFile(inputs.outputFile, result);
    core.info(`levelgate: result written to ${inputs.outputFile}`);
  }

  await writeSummary(redact(verdict.compose({ limit: SUMMARY_LIMIT_BYTES, measure: (s) => Buffer.byteLength(s) })));

  const prNumber = inputs.prNumber ?? event.pullRequest?.number ?? (posting ? result.pullRequest : undefined);
  const commentUrl = await maybeComment(inputs, event, prNumber, posting, result, () => redact(verdict.compose({}, markerFor(inputs.commentKey))));

  setOutputs({
    level: `L${result.report.level}`,
    passed: verdict.passed,
    regressed: verdict.regressed,
    report: verdict.json,
    commentUrl,
    outputFile: inputs.outputFile,
  });

  if (posting) {
    if (!verdict.passed) core.info('levelgate: below target; this run only posts the report (the grading run is the check that fails)');
    return;
  }
  if (verdict.problems.length) {
    const shown = verdict.problems.slice(0, MAX_PROBLEM_LINES);
    if (verdict.problems.length > shown.length) shown.push(`…and ${verdict.problems.length - shown.length} more; see the job summary`);
    core.setFailed(`levelgate: ${verdict.headline}\n${shown.map((p) => `- ${p}`).join('\n')}`);
  }
}

/** At most this many lines in the failure message; the job summary has the rest. */
const MAX_PROBLEM_LINES = 60;

/** What a run concludes, whichever the mode: the verdict, the outputs, and how to write the comment. */
interface Verdict {
  passed: boolean;
  regressed: boolean;
  /** The report output (JSON). */
  json: string;
  /** First line of the failure message. */
  headline: string;
  /** One line per target missed or level lowered (with fail-on-regression); empty = the step passes. */
  problems: string[];
  /** The comment (with the marker) or the job summary (without). */
  compose: (options: ComposeOptions, marker?: string) => string;
}


function failureLine(f: TargetFailure): string {
  return f.scope === 'overall'
    ? `overall level is L${f.actual}, below the target L${f.target}`
    : `${f.scope} is L${f.actual}, below its target L${f.target}${f.missing.length ? `; missing: ${f.missing.join('; ')}` : ''}`;
}

function singleVerdict(result: ResultFile, targets: Targets, inputs: ActionInputs, runUrl: string | undefined): Verdict {
  const report = result.report;
  logReport(report);
  const check = hasTargets(targets) ? checkTargets(report, targets) : { passed: true, failures: [] };
  const delta = result.base.kind === 'graded' ? compareReports(report, result.base.report) : undefined;
  const regressions = delta?.regressions ?? [];
  const problems = check.failures.map(failureLine);
  if (inputs.failOnRegression) {
    for (const r of regressions) problems.push(`this pull request lowers ${r.dimension} from L${r.base} to L${r.head} (fail-on-regression)`);
  }
  const commentInput: CommentInput = {
    report,
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || undefined,
  };
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    json: renderJson(report),
    headline: LEVEL_NAMES[report.level],
    problems,
    compose: (options, marker) => composeComment(marker ? { ...commentInput, marker } : commentInput, options),
  };
}

function monorepoVerdict(result: ResultFile, targets: Targets, inputs: ActionInputs, runUrl: string | undefined): Verdict {
  const monorepo: MonorepoReport = { whole: result.report, packages: result.packages ?? [], discovery: result.discovery ?? 'manifests' };
  logMonorepo(monorepo);
  const check = hasTargets(targets) ? checkMonorepoTargets(monorepo, targets) : { passed: true, failures: [] };
  const delta = monorepoDelta(monorepo, result.base);
  const regressions = delta?.regressions ?? [];
  const where = (pkg: string) => (pkg ? `${pkg}: ` : 'the whole repository: ');
  const problems = check.failures.map((f) => `${where(f.package)}${failureLine(f)}`);
  if (inputs.failOnRegression) {
    for (const r of regressions) problems.push(`${where(r.package)}this pull request lowers ${r.scope === 'overall' ? 'the overall level' : r.scope} from L${r.base} to L${r.head} (fail-on-regression)`);
  }
  const commentInput: MonorepoCommentInput = {
    result: monorepo,
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || undefined,
  };
  const count = monorepo.packages.length;
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    json: renderJsonDocument(monorepo),
    headline: `whole repository ${LEVEL_NAMES[monorepo.whole.level]}, ${count} package${count === 1 ? '' : 's'}`,
    problems,
    compose: (options, marker) => composeMonorepoComment(marker ? { ...commentInput, marker } : commentInput, options),
  };
}

async function gradeHere(inputs: ActionInputs, event: EventContext): Promise<ResultFile> {
  const info = await stat(inputs.path).catch(() => undefined);
  if (!info?.isDirectory()) throw new GradeError(`input "path": ${inputs.path} is not a directory in the workspace`);
  if (inputs.config && !(await stat(inputs.config).catch(() => undefined))?.isFile()) {
    throw new ConfigError(`input "config": ${inputs.config} is not a file`);
  }
  // Loaded here, not up front: a run that only posts a result file (report-file) never needs the engine.
  const { grade } = await import('./engine.js');
  // For the base commit the engine reads the config file named here, or else the base's own .levelgate.yml.
  const options: GradeOptions = {
    onProgress: (m) => core.debug(m),
    // One limit for the head and the base grade together.
    ...(inputs.timeoutSeconds ? { deadline: new Deadline(inputs.timeoutSeconds, 'input "timeout"') } : {}),
    ...(inputs.config ? { config: inputs.config } : {}),
  };
  // Read once: it decides monorepo mode and grades the head; the base commit is graded with its own config file.
  const { loadConfig } = await import('./config/load.js');
  const config = await loadConfig(inputs.path, inputs.config ? { file: inputs.config } : {});
  const monorepo = inputs.monorepo === 'auto' ? config?.monorepo?.enabled === true : inputs.monorepo === 'true';
  const headOptions: GradeOptions = { ...options, config: config ?? false };
  const pr = event.pullRequest;
  const headSha = pr?.headSha ?? (isCommitSha(process.env.GITHUB_SHA ?? '') ? process.env.GITHUB_SHA : undefined);
  const common = { levelgate: 'action-result', version: 1, pullRequest: pr?.number, headSha, target: inputs.targetSpec || undefined } as const;

  if (monorepo) {
    const { gradeMonorepo } = await import('./monorepo/grade.js');
    const head = await group(`Grading ${inputs.path} as a monorepo`, () => gradeMonorepo(inputs.path, headOptions));
    core.info(`levelgate: monorepo mode, ${head.packages.length} packages found from ${head.discovery}`);
    const graded = await baseOf(inputs, pr, (dir) => gradeMonorepo(dir, options));
    const base: BaseState = graded.kind === 'graded' ? { kind: 'graded', sha: graded.sha, report: graded.report.whole, packages: graded.report.packages } : graded;
    return { ...common, report: head.whole, base, packages: head.packages, discovery: head.discovery };
  }
  const report = await group(`Grading ${inputs.path}`, () => grade(inputs.path, headOptions));
  return { ...common, report, base: await baseOf(inputs, pr, (dir) => grade(dir, options)) };
}


/** The base commit of the pull request graded like the head, or why not; none outside pull requests. */
async function baseOf<R>(inputs: ActionInputs, pr: EventContext['pullRequest'], gradeDir: (dir: string) => Promise<R>): Promise<BaseOutcome<R> | { kind: 'none' }> {
  if (!pr) return { kind: 'none' };
  if (!pr.baseSha) return { kind: 'unavailable', reason: 'the event does not name it', hint: FETCH_DEPTH_HINT };
  const baseSha = pr.baseSha;
  const base = await group(`Grading the base commit ${baseSha.slice(0, 7)}`, () =>
    gradeBase({ root: inputs.path, baseSha, headSha: pr.headSha, grade: gradeDir }),
  );
  if (base.kind === 'unavailable') core.notice(`levelgate: the base commit was not graded: ${base.reason}. ${base.hint ?? ''}`.trim());
  return base;
}

async function loadResult(inputs: ActionInputs): Promise<ResultFile> {
  // The result file's schema (zod) is loaded only by a run that posts one.
  const result = await (await import('./github/result-file.js')).readResultFile(inputs.reportFile!);
  core.info(`levelgate: posting the result from ${inputs.reportFile}`);
  return result;
}

function targetsFrom(spec: string | undefined): Targets {
  if (!spec) return { dimensions: {} };
  try {
    return parseTargets([spec]);
  } catch (error) {
    core.warning(`levelgate: the report file's target "${spec}" is ignored: ${(error as Error).message}`);
    return { dimensions: {} };
  }
}

/** Writes the sticky comment when this run should and can; returns its URL. Never throws. */
async function maybeComment(
  inputs: ActionInputs,
  event: EventContext,
  prNumber: number | undefined,
  posting: boolean,
  result: ResultFile,
  /** Composed only when a comment will be written (not on push, comment: never, or a fork's run). */
  body: () => string,
): Promise<string | undefined> {
  if (inputs.comment === 'never') return undefined;
  if (!prNumber) {
    core.info(`levelgate: no pull request for this ${event.name || 'run'} event; the report is in the job summary`);
    return undefined;
  }
  if (!event.repo) {
    core.warning('levelgate: GITHUB_REPOSITORY is not set; cannot comment');
    return undefined;
  }
  if (!posting && inputs.comment === 'auto' && event.pullRequest?.fromFork) {
    core.notice(
      `levelgate: pull request #${prNumber} comes from a fork, whose workflow token cannot comment; the report is in the job summary. ` +
        `To comment on fork pull requests, use the two-workflow pattern: ${FORK_DOCS}`,
    );
    return undefined;
  }
  if (!inputs.token) {
    core.warning('levelgate: no github-token; the report is in the job summary only');
    return undefined;
  }
  const client = createClient(inputs.token);
  const { owner, repo } = event.repo;
  try {
    // Skip a stale report: the pull request moved on to a newer commit, whose run will comment.
    const expectedHead = event.name === 'workflow_run' ? event.workflowRunHeadSha : event.pullRequest?.headSha ?? result.headSha;
    const numberFromPayload = event.pullRequest?.number === prNumber || inputs.prNumber === prNumber;
    if (expectedHead) {
      const current = await currentHead(client, owner, repo, prNumber);
      if ('error' in current && !numberFromPayload) {
        core.warning(redact(`levelgate: pull request #${prNumber} could not be read, so the report is not posted: ${describeFailure(current.error, prNumber)}`));
        return undefined;
      }
      if ('sha' in current && current.sha !== expectedHead) {
        const why = numberFromPayload ? 'a newer commit was pushed since; its run will update the comment' : 'the report is for another commit';
        core.notice(`levelgate: pull request #${prNumber} is at ${current.sha.slice(0, 7)}, not ${expectedHead.slice(0, 7)}: ${why}`);
        return undefined;
      }
    }
    const done = await upsertComment(client, { owner, repo, issueNumber: prNumber, marker: markerFor(inputs.commentKey) }, body());
    core.info(`levelgate: comment ${done.action} on pull request #${prNumber}: ${done.url}`);
    return done.url;
  } catch (error) {
    // Never a failed step for the comment: the verdict is the target's alone, and the job summary has the report.
    core.warning(redact(`levelgate: ${describeFailure(error, prNumber)}. The report is in the job summary.`));
    return undefined;
  }
}

/** What went wrong with a GitHub API request, and what to do about it, in one line. */
export function describeFailure(error: unknown, prNumber: number): string {
  const status = httpStatus(error);
  const said = oneLine(error).replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  const answered = (error as { response?: unknown }).response !== undefined;
  const wait = rateLimitWait(error);
  if (wait !== undefined) {
    return wait > MAX_RATE_LIMIT_WAIT_SECONDS
      ? `GitHub's rate limit for this token is used up (HTTP ${status}: ${said}); it resets in ${wait} s, longer than levelgate waits (${MAX_RATE_LIMIT_WAIT_SECONDS} s)`
      : `GitHub's rate limit for this token was still reached after waiting (HTTP ${status}: ${said})`;
  }
  switch (status) {
    case 401:
      return `the github-token was refused (HTTP 401: ${said}). Check the github-token input: the token is expired, revoked, or an empty secret`;
    case 403:
      return `the token may not comment on pull request #${prNumber} (HTTP 403: ${said}). Give the job "permissions: pull-requests: write"; for pull requests from forks use the two-workflow pattern: ${FORK_DOCS}`;
    case 404:
      return `pull request #${prNumber} was not found, or the token cannot see it (HTTP 404: ${said}). Check pr-number and that the token has access to this repository`;
    case 422:
      return `GitHub refused the comment on pull request #${prNumber} (HTTP 422: ${said})`;
  }
  if (status !== undefined && status >= 500) {
    return answered
      ? `GitHub's API failed on pull request #${prNumber}'s comment, also on retrying (HTTP ${status}: ${said})`
      : `the connection to GitHub's API failed, also on retrying (${said})`;
  }
  return `commenting on pull request #${prNumber} failed (${status ? `HTTP ${status}: ` : ''}${said})`;
}

/** The pull request's head commit, or why it cannot be read. */
async function currentHead(client: Client, owner: string, repo: string, pull: number): Promise<{ sha: string } | { error: unknown }> {
  try {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pull });
    return { sha: data.head.sha };
  } catch (error) {
    core.debug(redact(`reading pull request #${pull} failed: ${oneLine(error)}`));
    return { error };
  }
}

async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  return core.group(name, fn);
}

function oneLine(error: unknown): string {
  if (error instanceof UsageError || error instanceof GradeError || error instanceof ConfigError) return error.message.split('\n')[0]!;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.slice(0, 500);
}

