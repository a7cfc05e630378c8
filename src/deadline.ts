// A whole-grade time limit: a hostile checkout must end the job with a clear error, never hang it until the CI
// system kills it. The engine marks each rule and each file it reads; between them it checks the clock, and
// between rules it yields to the event loop, so the limit is observed within one file's work. The deadline is
// passed down from grade() like any option (an AsyncLocalStorage would slow every promise of the file reads).
import { GradeError } from './errors.js';

/** The default limit, well under a CI job's (GitHub's is 6 hours; a few minutes is generous for any repository). */
export const DEFAULT_TIMEOUT_SECONDS = 300;

/** The grade did not finish in time: exit code 2, like any grade that cannot be completed. */
export class GradeTimeout extends GradeError {
  constructor(message: string) {
    super(message);
    this.name = 'GradeTimeout';
  }
}

interface Mark {
  name: string;
  since: number;
}

/** Where the time went so far: the slowest rule and file, for the message when the limit is reached. */
export class Deadline {
  private readonly end: number;
  private rule: Mark | undefined;
  private file: Mark | undefined;
  private slowestRule: { name: string; ms: number } | undefined;
  private slowestFile: { name: string; ms: number } | undefined;
  /** When the grade last yielded to the event loop (see checkpoint). */
  lastYield = 0;

  /** `setting` names the limit in the message: "--timeout", 'input "timeout"'. */
  constructor(readonly seconds: number, private readonly setting: string, now = performance.now()) {
    this.end = now + seconds * 1000;
  }

  /** A rule starts (the previous one ends); throws GradeTimeout when the time is up. */
  enterRule(id: string): void {
    const now = performance.now();
    this.closeFile(now);
    this.closeRule(now);
    this.rule = { name: id, since: now };
    this.check(now);
  }

  /** A file is read for the current rule (or collection): the time until the next file is charged to it. */
  enterFile(file: string): void {
    if (this.file?.name === file) return;
    const now = performance.now();
    this.closeFile(now);
    this.file = { name: file, since: now };
    this.check(now);
  }

  /** Throws GradeTimeout when the time is up. */
  check(now = performance.now()): void {
    if (now <= this.end) return;
    this.closeFile(now);
    this.closeRule(now);
    throw new GradeTimeout(this.message());
  }

  private closeRule(now: number): void {
    if (!this.rule) return;
    const ms = now - this.rule.since;
    if (!this.slowestRule || ms > this.slowestRule.ms) this.slowestRule = { name: this.rule.name, ms };
    this.rule = undefined;
  }

  private closeFile(now: number): void {
    if (!this.file) return;
    const ms = now - this.file.since;
    if (!this.slowestFile || ms > this.slowestFile.ms) this.slowestFile = { name: this.file.name, ms };
    this.file = undefined;
  }

  private message(): string {
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const parts = [`the grade did not finish within ${this.seconds} s (${this.setting})`];
    // A path is the repository's: quoted, so a line break in it cannot start a new log line.
    if (this.slowestRule) parts.push(`slowest rule so far: ${this.slowestRule.name} (${seconds(this.slowestRule.ms)})`);
    if (this.slowestFile) parts.push(`slowest file: ${JSON.stringify(this.slowestFile.name)} (${seconds(this.slowestFile.ms)})`);
    return `${parts.join('; ')}. Ignore the file in the config, or raise the limit`;
  }
}

/** How often, at most, the grade yields to the event loop (each turn costs about a millisecond). */
const YIELD_EVERY_MS = 50;

/** Checks the limit between rules, and every YIELD_EVERY_MS lets timers and I/O run. */
export async function checkpoint(deadline: Deadline): Promise<void> {
  const now = performance.now();
  if (now - deadline.lastYield < YIELD_EVERY_MS) return deadline.check(now);
  deadline.lastYield = now;
  await new Promise<void>((resolve) => setImmediate(resolve));
  deadline.check();
}

/** The deadline a grade runs under: the one given (the job's), else one of `seconds` (none for 0 or undefined). */
export function deadlineFor(given: Deadline | undefined, seconds: number | undefined, setting: string): Deadline | undefined {
  return given ?? (seconds ? new Deadline(seconds, setting) : undefined);
}

/** Reads a limit in seconds ("300", "0" for none); undefined when the text is not one. */
export function parseTimeoutSeconds(text: string): number | undefined {
  if (!/^\d{1,7}(\.\d+)?$/.test(text.trim())) return undefined;
  return Number(text.trim());
}
