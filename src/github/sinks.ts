// Where the result goes besides the comment: step outputs, the job summary, the log.
import * as core from '@actions/core';
import type { MonorepoReport } from '../monorepo/grade.js';
import { inertInLog } from '../report/escape.js';
import { boundReportOutput } from './report-output.js';
import { DIMENSIONS, LEVEL_NAMES, type GradeReport } from '../types.js';

export interface Outputs {
  level: string;
  passed: boolean;
  regressed: boolean;
  report: string;
  commentUrl?: string;
  outputFile?: string;
}

export function setOutputs(outputs: Outputs): void {
  core.setOutput('level', outputs.level);
  core.setOutput('passed', String(outputs.passed));
  core.setOutput('regressed', String(outputs.regressed));
  core.setOutput('report', boundReportOutput(outputs.report));
  if (outputs.commentUrl) core.setOutput('comment-url', outputs.commentUrl);
  if (outputs.outputFile) core.setOutput('output-file', outputs.outputFile);
}

/** Appends to the job summary; skipped (with a debug line) where the runner provides none. */
export async function writeSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('no GITHUB_STEP_SUMMARY: the job summary is not written');
    return false;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
    return true;
  } catch (error) {
    core.warning(`levelgate could not write the job summary: ${(error as Error).message.split('\n')[0]}`);
    return false;
  }
}

/** A log line that may carry repository-derived text (a package path): it can never start a workflow command. */
function info(line: string): void {
  core.info(inertInLog(line));
}

/** The verdict in the log, one line per dimension. */
export function logReport(report: GradeReport): void {
  info(`levelgate: ${LEVEL_NAMES[report.level]}`);
  for (const d of DIMENSIONS) {
    const r = report.dimensions[d];
    info(`  ${d.padEnd(14)} ${r.notApplicable ? 'not applicable' : LEVEL_NAMES[r.level]}`);
  }
}

/** A monorepo's verdict in the log: the whole, then one line per package with its seven levels. */
export function logMonorepo(result: Pick<MonorepoReport, 'whole' | 'packages'>): void {
  logReport(result.whole);
  info(`levelgate: ${result.packages.length} package${result.packages.length === 1 ? '' : 's'}`);
  const width = Math.min(48, Math.max(7, ...result.packages.map((p) => p.path.length)));
  for (const p of result.packages) {
    const levels = DIMENSIONS.map((d) => `${d.slice(0, 4)} ${p.report.dimensions[d].notApplicable ? 'n/a' : `L${p.report.dimensions[d].level}`}`).join('  ');
    info(`  ${p.path.padEnd(width)}  L${p.report.level}   ${levels}`);
  }
}
