// The GitHub Action: inputs → grade (head and, on pull requests, the base commit) → outputs, job summary,
// sticky pull request comment → a failed step below target. Every error ends as one core.setFailed line.
import * as core from '@actions/core';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GradeOptions } from './engine.js';
import { ConfigError, GradeError } from './errors.js';
import { checkedOutCommit, gitPrefix, gradeBase, type BaseOutcome } from './github/base.js';
import type { LevelgateConfig } from './config/load.js';
import type { ConfigLimits } from './config/limits.js';
import { briefVerdict, effectiveTargets, resolvePolicy, type Policy, type PolicyInfo } from './github/policy.js';
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
  composeQuietComment,
  failureMessage,
  hasChanges,
  markerFor,
  monorepoDelta,
  SUMMARY_BUDGET_BYTES,
  type BaseState,
  type CommentInput,
  type ComposeOptions,
  type MonorepoCommentInput,
} from './report/comment.js';
import { repositoryUrl } from './report/links.js';
import { renderJson } from './report/json.js';
import { renderJsonDocument } from './report/monorepo-json.js';
import { checkTargets, formatTargets, hasTargets, parseTargets, targetDimensions, UsageError, type Targets } from './targets.js';
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
  // The target input, else the policy's targets (a grading run) or the ones the result file names (a posting run).
  const targets = inputs.targetSpec ? inputs.targets : targetsFrom(result.target);

  const links = { runUrl: event.runUrl, repoUrl: repositoryUrl(process.env.GITHUB_SERVER_URL, event.repo?.owner, event.repo?.repo) };
  const verdict = result.packages ? monorepoVerdict(result, targets, inputs, links) : singleVerdict(result, targets, inputs, links);

  if (inputs.outputFile) {
    await (await import('./github/result-file.js')).writeResultFile(inputs.outputFile, result);
    core.info(`levelgate: result written to ${inputs.outputFile}`);
  }
  await writeBadgeAndSarif(inputs, result, targets);

  await writeSummary(redact(verdict.compose({ limit: SUMMARY_BUDGET_BYTES, measure: (s) => Buffer.byteLength(s) })));

  const prNumber = inputs.prNumber ?? event.pullRequest?.number ?? (posting ? result.pullRequest : undefined);
  // comment: on-change: nothing changed against the base, so an existing comment shrinks to one line and none is created.
  const quiet = inputs.comment === 'on-change' && !verdict.changed;
  const body = () => redact(quiet ? verdict.quiet(markerFor(inputs.commentKey)) : verdict.compose({}, markerFor(inputs.commentKey)));
  const commentUrl = await maybeComment(inputs, event, prNumber, posting, result, body, quiet);

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
  if (!verdict.passed) core.setFailed(verdict.failure);
}

/**
 * The badge-file and sarif-file inputs: the overall level as an SVG badge, and the SARIF log of what stands
 * between the repository and its targets (in monorepo mode: the whole's level, and every package in the SARIF).
 */
async function writeBadgeAndSarif(inputs: ActionInputs, result: ResultFile, targets: Targets): Promise<void> {
  const write = async (file: string, text: string, what: string, output: string) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
    core.setOutput(output, file);
    core.info(`levelgate: ${what} written to ${file}`);
  };
  if (inputs.badgeFile) await write(inputs.badgeFile, (await import('./report/badge.js')).renderBadgeSvg(result.report.level), 'badge', 'badge-file');
  if (inputs.sarifFile) {
    const graded = result.packages ? { whole: result.report, packages: result.packages, discovery: result.discovery ?? 'manifests' } : result.report;
    const sarif = (await import('./report/sarif.js')).renderSarif(graded, hasTargets(targets) ? { targets } : {});
    await write(inputs.sarifFile, sarif, 'SARIF', 'sarif-file');
  }
}


/** What a run concludes, whichever the mode: the verdict, the outputs, and how to write the comment. */
interface Verdict {
  passed: boolean;
  regressed: boolean;
  /** A level or a rule changed against the base commit (true when the base was not graded). */
  changed: boolean;
  /** The report output (JSON). */
  json: string;
  /** The failed step's message (the ::error:: annotation): the verdict and a few lines. */
  failure: string;
  /** The comment (with the marker) or the job summary (without). */
  compose: (options: ComposeOptions, marker?: string) => string;
  /** The one-line comment of comment: on-change when nothing changed. */
  quiet: (marker: string) => string;
}

interface Links {
  runUrl?: string;
  repoUrl?: string;
}

function commonInput(result: ResultFile, targets: Targets, inputs: ActionInputs, links: Links): Omit<CommentInput, 'report'> {
  return {
    targets,
    base: result.base,
    headSha: result.headSha,
    runUrl: links.runUrl,
    repoUrl: links.repoUrl,
    prefix: result.prefix,
    failOnRegression: inputs.failOnRegression,
    title: inputs.commentKey || undefined,
    fromResultFile: result.fromFile,
    policy: result.policy,
    checkoutIsBase: result.checkoutIsBase,
  };
}

function singleVerdict(result: ResultFile, targets: Targets, inputs: ActionInputs, links: Links): Verdict {
  const report = result.report;
  logReport(report);
  const check = hasTargets(targets) ? checkTargets(report, targets) : { passed: true, failures: [] };
  const regressions = result.base.kind === 'graded' ? compareReports(report, result.base.report).regressions : [];
  const commentInput: CommentInput = { report, ...commonInput(result, targets, inputs, links) };
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    changed: hasChanges(commentInput),
    json: renderJson(report),
    failure: failureMessage(commentInput),
    compose: (options, marker) => composeComment(marker ? { ...commentInput, marker } : commentInput, options),
    quiet: (marker) => composeQuietComment({ ...commentInput, marker }),
  };
}

function monorepoVerdict(result: ResultFile, targets: Targets, inputs: ActionInputs, links: Links): Verdict {
  const monorepo: MonorepoReport = { whole: result.report, packages: result.packages ?? [], discovery: result.discovery ?? 'manifests' };
  logMonorepo(monorepo);
  const check = hasTargets(targets) ? checkMonorepoTargets(monorepo, targets) : { passed: true, failures: [] };
  const regressions = monorepoDelta(monorepo, result.base)?.regressions ?? [];
  const commentInput: MonorepoCommentInput = { result: monorepo, ...commonInput(result, targets, inputs, links) };
  return {
    passed: check.passed && !(inputs.failOnRegression && regressions.length > 0),
    regressed: regressions.length > 0,
    changed: hasChanges(commentInput),
    json: renderJsonDocument(monorepo),
    failure: failureMessage(commentInput),
    compose: (options, marker) => composeMonorepoComment(marker ? { ...commentInput, marker } : commentInput, options),
    quiet: (marker) => composeQuietComment({ ...commentInput, marker }),
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
  const { gradeMonorepo } = await import('./monorepo/grade.js');
  // One time limit for every grade of this run (head, base, the other configuration).
  const deadline = inputs.timeoutSeconds ? new Deadline(inputs.timeoutSeconds, 'input "timeout"') : undefined;
  const pr = event.pullRequest;
  const checkedOut = pr ? await checkedOutCommit(inputs.path) : undefined;
  // pull_request_target checks out the base branch unless told otherwise: that is what would be graded.
  const checkoutIsBase = event.name === 'pull_request_target' && !!pr && !!checkedOut && checkedOut !== pr.headSha && (checkedOut === pr.baseSha || checkedOut === process.env.GITHUB_SHA);
  if (checkoutIsBase) core.warning(`levelgate: ${CHECKOUT_IS_BASE}`);
  const headSha = checkoutIsBase ? checkedOut : (pr?.headSha ?? (isCommitSha(process.env.GITHUB_SHA ?? '') ? process.env.GITHUB_SHA : undefined));

  // The policy: on a pull request the base commit's config (unless config-source: head), never silently the head's.
  const policy = await resolvePolicy({ root: inputs.path, configFile: inputs.config, source: inputs.configSource, pullRequest: pr, headSha });
  const limits: ConfigLimits = { targetDimensions: targetDimensions(inputs.targets), allowConfigToRelaxSecrets: inputs.allowConfigToRelaxSecrets };
  logPolicy(policy, inputs.configSource);
  const monorepoWith = (config: LevelgateConfig | undefined) => (inputs.monorepo === 'auto' ? config?.monorepo?.enabled === true : inputs.monorepo === 'true');
  const optionsWith = (config: LevelgateConfig | undefined): GradeOptions => ({ onProgress: (m) => core.debug(m), config: config ?? false, limits, ...(deadline ? { deadline } : {}), ...(inputs.strictGates ? { strictGates: true } : {}) });
  const targets = effectiveTargets(inputs.targets, policy.config);
  // The graded folder inside the repository: evidence links need it (findings are relative to the folder).
  const prefix = await gitPrefix(inputs.path);
  const common = { levelgate: 'action-result', version: 1, pullRequest: pr?.number, headSha, target: hasTargets(targets) ? formatTargets(targets) : undefined, ...(prefix ? { prefix } : {}) } as const;
  // The base commit is graded with the policy when it is the base's; with config-source: head, with its own config.
  const baseOptions: GradeOptions = policy.info.source === 'base' ? optionsWith(policy.config) : { onProgress: (m) => core.debug(m), limits, ...(deadline ? { deadline } : {}), ...(inputs.config ? { config: inputs.config } : {}) };

  let result: ResultFile;
  if (monorepoWith(policy.config)) {
    const head = await group(`Grading ${inputs.path} as a monorepo`, () => gradeMonorepo(inputs.path, optionsWith(policy.config)));
    core.info(`levelgate: monorepo mode, ${head.packages.length} packages found from ${head.discovery}`);
    const graded = checkoutIsBase ? baseIsCheckout(pr!) : await baseOf(inputs, pr, (dir) => gradeMonorepo(dir, baseOptions));
    const base: BaseState = graded.kind === 'graded' ? { kind: 'graded', sha: graded.sha, report: graded.report.whole, packages: graded.report.packages } : graded;
    result = { ...common, report: head.whole, base, packages: head.packages, discovery: head.discovery };
  } else {
    const report = await group(`Grading ${inputs.path}`, () => grade(inputs.path, optionsWith(policy.config)));
    result = { ...common, report, base: checkoutIsBase ? baseIsCheckout(pr!) : await baseOf(inputs, pr, (dir) => grade(dir, baseOptions)) };
  }

  let change: PolicyInfo['change'];
  if (policy.other) {
    // The pull request changes levelgate's configuration: grade it with the other side's config too, to say what that changes.
    const other = policy.other.config;
    const otherTargets = effectiveTargets(inputs.targets, other);
    const alternative = await group('Grading with the other configuration', async () =>
      monorepoWith(other)
        ? ((m) => briefVerdict(m.whole, m.packages, otherTargets))(await gradeMonorepo(inputs.path, optionsWith(other)))
        : briefVerdict(await grade(inputs.path, optionsWith(other)), undefined, otherTargets),
    );
    change = { applied: briefVerdict(result.report, result.packages, targets), other: alternative };
  }
  return { ...result, policy: { ...policy.info, ...(change ? { change } : {}) }, ...(checkoutIsBase ? { checkoutIsBase } : {}) };
}

const CHECKOUT_IS_BASE =
  'the checkout is the base branch, not the pull request: under pull_request_target, actions/checkout checks out the base unless given ' +
  '"ref: ${{ github.event.pull_request.head.sha }}". The report grades the base branch';

function baseIsCheckout(pr: NonNullable<EventContext['pullRequest']>): Extract<BaseState, { kind: 'unavailable' }> {
  return { kind: 'unavailable', ...(pr.baseSha ? { sha: pr.baseSha } : {}), reason: 'the checkout is the base branch itself (pull_request_target)' };
}

function logPolicy(policy: Policy, source: ActionInputs['configSource']): void {
  const { info } = policy;
  const file = info.file ?? 'no configuration file';
  if (info.source === 'checkout') core.info(`levelgate: configuration: ${file}`);
  else if (info.source === 'base') core.info(`levelgate: configuration (the policy) from the base commit${info.sha ? ` ${info.sha.slice(0, 7)}` : ''}: ${file}${info.note ? ` (${info.note})` : ''}`);
  else core.info(`levelgate: configuration from the pull request itself (config-source: ${source}): ${file}`);
  if (policy.other) core.notice(`levelgate: this pull request changes levelgate's configuration; ${info.source === 'base' ? 'it counts only once merged' : 'config-source: head applies it now'}`);
}

/** The base commit of the pull request graded like the head, or why not; none outside pull requests. */
async function baseOf<R>(inputs: ActionInputs, pr: EventContext['pullRequest'], gradeDir: (dir: string) => Promise<R>): Promise<BaseOutcome<R> | { kind: 'none' }> {
  if (!pr) return { kind: 'none' };
  // No fetch-depth hint here: the checkout is not what is missing, the event's base commit is.
  if (!pr.baseSha) return { kind: 'unavailable', reason: 'the event does not name it' };
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
  /** Edit an existing comment only, never create one (comment: on-change with nothing changed). */
  editOnly = false,
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
  if (event.pullRequest?.closed && event.pullRequest.number === prNumber) {
    core.notice(`levelgate: pull request #${prNumber} is closed; no comment is written (the report is in the job summary)`);
    return undefined;
  }
  if (!posting && inputs.comment !== 'always' && event.pullRequest?.fromFork) {
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
  const client = await createClient(inputs.token);
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
      if ('sha' in current && current.closed) {
        core.notice(`levelgate: pull request #${prNumber} is closed; no comment is written (the report is in the job summary)`);
        return undefined;
      }
      if ('sha' in current && current.sha !== expectedHead) {
        const why = numberFromPayload ? 'a newer commit was pushed since; its run will update the comment' : 'the report is for another commit';
        core.notice(`levelgate: pull request #${prNumber} is at ${current.sha.slice(0, 7)}, not ${expectedHead.slice(0, 7)}: ${why}`);
        return undefined;
      }
    }
    const done = await upsertComment(client, { owner, repo, issueNumber: prNumber, marker: markerFor(inputs.commentKey) }, body(), { create: !editOnly });
    if (!done) {
      core.info(`levelgate: nothing changed against the base commit (comment: on-change); no comment is written on pull request #${prNumber}`);
      return undefined;
    }
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
async function currentHead(client: Client, owner: string, repo: string, pull: number): Promise<{ sha: string; closed: boolean } | { error: unknown }> {
  try {
    const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pull });
    return { sha: data.head.sha, closed: data.state === 'closed' };
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

