// The GitHub Action: inputs → grade (head and, on pull requests, the base commit) → outputs, job summary,
// sticky pull request comment → a failed step below target. Every error ends as one core.setFailed line.
import * as core from '@actions/core';
import { stat } from 'node:fs/promises';
import type { GradeOptions } from './engine.js';
import { ConfigError, GradeError } from './errors.js';
import { gradeBase, FETCH_DEPTH_HINT } from './github/base.js';
import { createClient, httpStatus, MAX_RATE_LIMIT_WAIT_SECONDS, rateLimitWait, type Client } from './github/client.js';
import { compareReports } from './github/delta.js';
import { readEvent, type EventContext } from './github/event.js';
import { readInputs, type ActionInputs } from './github/inputs.js';
import { redact } from './github/redact.js';
import { readResultFile, writeResultFile, type ResultFile } from './github/result-file.js';
import { logReport, setOutputs, writeSummary } from './github/sinks.js';
import { upsertComment } from './github/sticky.js';
import { composeComment, markerFor, SUMMARY_LIMIT_BYTES, type BaseState } from './report/comment.js';
import { renderJson } from './report/json.js';
import { checkTargets, parseTargets, UsageError, type Targets } from './targets.js';
import { LEVEL_NAMES } from './types.js';

const FORK_DOCS = 'https://github.com/levelgate/levelgate/blob/main/docs/action.md#pull-requests-from-forks';

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

  const report = result.report;
  logReport(report);
  const hasTargets = targets.overall !== undefined || Object.keys(targets.dimensions).length > 0;
  const check = hasTargets ? checkTargets(report, targets) : { passed: true, failures: [] };
  const delta = result.base.kind === 'graded' ? compareReports(report, result.base.report) : undefined;
  const regressions = delta?.regressions ?? [];
  const passed = check.passed && !(inputs.failOnRegression && regressions.length > 0);

  if (inputs.outputFile) {
    await writeResultFile(inputs.outputFile, result);
    core.info(`levelgate: result written to ${inputs.outputFile}`);
  }

  const commentInput = {
    report,
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl: event.runUrl,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || undefined,
  };
  await writeSummary(redact(composeComment(commentInput, { limit: SUMMARY_LIMIT_BYTES, measure: (s) => Buffer.byteLength(s) })));

  const prNumber = inputs.prNumber ?? event.pullRequest?.number ?? (posting ? result.pullRequest : undefined);
  const commentUrl = await maybeComment(inputs, event, prNumber, posting, result, redact(composeComment({ ...commentInput, marker: markerFor(inputs.commentKey) })));

  setOutputs({
    level: `L${report.level}`,
    passed,
    regressed: regressions.length > 0,
    report: renderJson(report),
    commentUrl,
    outputFile: inputs.outputFile,
  });

  if (posting) {
    if (!passed) core.info('levelgate: below target; this run only posts the report (the grading run is the check that fails)');
    return;
  }
  const problems: string[] = check.failures.map((f) =>
    f.scope === 'overall'
      ? `overall level is L${f.actual}, below the target L${f.target}`
      : `${f.scope} is L${f.actual}, below its target L${f.target}${f.missing.length ? `; missing: ${f.missing.join('; ')}` : ''}`,
  );
  if (inputs.failOnRegression) {
    for (const r of regressions) problems.push(`this pull request lowers ${r.dimension} from L${r.base} to L${r.head} (fail-on-regression)`);
  }
  if (problems.length) core.setFailed(`levelgate: ${LEVEL_NAMES[report.level]}\n${problems.map((p) => `- ${p}`).join('\n')}`);
}

async function gradeHere(inputs: ActionInputs, event: EventContext): Promise<ResultFile> {
  const info = await stat(inputs.path).catch(() => undefined);
  if (!info?.isDirectory()) throw new GradeError(`input "path": ${inputs.path} is not a directory in the workspace`);
  if (inputs.config && !(await stat(inputs.config).catch(() => undefined))?.isFile()) {
    throw new ConfigError(`input "config": ${inputs.config} is not a file`);
  }
  // Loaded here, not up front: a run that only posts a result file (report-file) never needs the engine.
  const { grade } = await import('./engine.js');
  // The engine reads the config file named here; without one it looks for .levelgate.yml in the graded folder.
  const options: GradeOptions = {
    onProgress: (m) => core.debug(m),
    ...(inputs.config ? { config: inputs.config } : {}),
  };
  const report = await group(`Grading ${inputs.path}`, () => grade(inputs.path, options));

  const pr = event.pullRequest;
  let base: BaseState = { kind: 'none' };
  if (pr && pr.baseSha) {
    const baseSha = pr.baseSha;
    base = await group(`Grading the base commit ${baseSha.slice(0, 7)}`, () =>
      gradeBase({ root: inputs.path, baseSha, headSha: pr.headSha, grade: (dir) => grade(dir, options) }),
    );
    if (base.kind === 'unavailable') core.notice(`levelgate: the base commit was not graded: ${base.reason}. ${base.hint ?? ''}`.trim());
  } else if (pr) {
    base = { kind: 'unavailable', reason: 'the event does not name it', hint: FETCH_DEPTH_HINT };
  }
  return {
    levelgate: 'action-result',
    version: 1,
    pullRequest: pr?.number,
    headSha: pr?.headSha ?? (/^[0-9a-f]{40}$/.test(process.env.GITHUB_SHA ?? '') ? process.env.GITHUB_SHA : undefined),
    target: inputs.targetSpec || undefined,
    report,
    base,
  };
}

async function loadResult(inputs: ActionInputs): Promise<ResultFile> {
  const result = await readResultFile(inputs.reportFile!);
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
  body: string,
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
    const done = await upsertComment(client, { owner, repo, issueNumber: prNumber, marker: markerFor(inputs.commentKey) }, body);
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

