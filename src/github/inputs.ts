// The action's inputs, read and checked up front: a bad input fails the step with one line naming it.
import * as core from '@actions/core';
import path from 'node:path';
import { parseTargets, type Targets, UsageError } from '../targets.js';
import type { ConfigSource } from './policy.js';
import { registerSecret } from './redact.js';
import { DEFAULT_TIMEOUT_SECONDS, parseTimeoutSeconds } from '../deadline.js';

/** on-change: like auto, but a comment is written or edited only when a level or a rule changed against the base. */
export type CommentMode = 'auto' | 'always' | 'never' | 'on-change';
/** auto: as the config's `monorepo` setting says; true / false: forced. */
export type MonorepoMode = 'auto' | 'true' | 'false';

export interface ActionInputs {
  /** Folder to grade, absolute. */
  path: string;
  /** The target text as given (kept for the result file) and parsed. */
  targetSpec: string;
  targets: Targets;
  comment: CommentMode;
  token: string;
  /** Config file, absolute; undefined = the engine's default lookup. */
  config?: string;
  failOnRegression: boolean;
  /** Post this result file instead of grading. */
  reportFile?: string;
  /** Write the result to this file. */
  outputFile?: string;
  /** Write an SVG badge of the overall level to this file. */
  badgeFile?: string;
  /** Write the SARIF log to this file (for github/codeql-action/upload-sarif). */
  sarifFile?: string;
  prNumber?: number;
  commentKey: string;
  monorepo: MonorepoMode;
  /** Whose config decides a pull request: the base commit's (default) or the pull request's own. */
  configSource: ConfigSource;
  /** The operator lets the repository's config disable, suppress, ignore away or n/a the committed-secrets rule. */
  allowConfigToRelaxSecrets: boolean;
  /** Time limit of the grade in seconds (0: none). */
  timeoutSeconds: number;
  /** An L1 headline with no evidence fails its dimension even when the dimension's L2 evidence holds. */
  strictGates: boolean;
}

/** Reads inputs through @actions/core (INPUT_* variables); throws UsageError naming the bad input. */
export function readInputs(workspace: string): ActionInputs {
  const resolve = (p: string) => (p ? path.resolve(workspace, p) : '');
  // Registered first, before anything can log it or send it.
  const token = core.getInput('github-token');
  registerSecret(token);

  const targetSpec = core.getMultilineInput('target').join(' ').trim();
  let targets: Targets;
  try {
    targets = parseTargets(targetSpec ? [targetSpec] : []);
  } catch (error) {
    throw new UsageError(`input "target": ${(error as Error).message}`);
  }

  const comment = (core.getInput('comment') || 'auto').toLowerCase();
  if (comment !== 'auto' && comment !== 'always' && comment !== 'never' && comment !== 'on-change') {
    throw new UsageError(`input "comment": "${comment}" is not one of auto, always, never, on-change`);
  }

  const prText = core.getInput('pr-number').replace(/^#/, '');
  let prNumber: number | undefined;
  if (prText) {
    if (!/^[1-9]\d{0,9}$/.test(prText)) throw new UsageError(`input "pr-number": "${prText}" is not a pull request number`);
    prNumber = Number(prText);
  }

  const commentKey = core.getInput('comment-key');
  if (commentKey && !/^[A-Za-z0-9._/-]{1,64}$/.test(commentKey)) {
    throw new UsageError(`input "comment-key": use up to 64 letters, digits, ".", "_", "/" or "-"`);
  }

  const monorepo = (core.getInput('monorepo') || 'auto').toLowerCase();
  if (monorepo !== 'auto' && monorepo !== 'true' && monorepo !== 'false') {
    throw new UsageError(`input "monorepo": "${monorepo}" is not one of auto, true, false`);
  }

  const configSource = (core.getInput('config-source') || 'base').toLowerCase();
  if (configSource !== 'base' && configSource !== 'head') {
    throw new UsageError(`input "config-source": "${configSource}" is not one of base, head`);
  }
  const timeoutText = core.getInput('timeout') || String(DEFAULT_TIMEOUT_SECONDS);
  const timeoutSeconds = parseTimeoutSeconds(timeoutText);
  if (timeoutSeconds === undefined) throw new UsageError(`input "timeout": "${timeoutText}" is not a number of seconds (0: no limit)`);

  return {
    path: resolve(core.getInput('path') || '.'),
    targetSpec,
    targets,
    comment,
    token,
    config: resolve(core.getInput('config')) || undefined,
    failOnRegression: readBoolean('fail-on-regression'),
    reportFile: resolve(core.getInput('report-file')) || undefined,
    outputFile: resolve(core.getInput('output-file')) || undefined,
    badgeFile: resolve(core.getInput('badge-file')) || undefined,
    sarifFile: resolve(core.getInput('sarif-file')) || undefined,
    prNumber,
    commentKey,
    monorepo,
    configSource,
    allowConfigToRelaxSecrets: readBoolean('allow-config-to-relax-secrets'),
    timeoutSeconds,
    strictGates: readBoolean('strict-gates'),
  };
}

/** A boolean input as the runner defines them (YAML 1.2 core: true/True/TRUE, false/False/FALSE); empty is false. */
function readBoolean(name: string): boolean {
  if (core.getInput(name) === '') return false;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new UsageError(`input "${name}": "${core.getInput(name)}" is not true or false`);
  }
}
