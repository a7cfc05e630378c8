// Errors a user can meet: each carries a one-line message and the exit code the CLI uses.

/** The input cannot be graded (missing path, not a directory, unreadable): exit code 2. */
export class GradeError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'GradeError';
  }
}

/** A rule or config file is malformed; names the file and field: exit code 2. */
export class ConfigError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The command line or an action input is wrong (unknown format, invalid target): exit code 2. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One line for a person: known errors keep their message; anything else is labelled unexpected. */
export function describeError(error: unknown): { message: string; exitCode: number } {
  if (error instanceof GradeError || error instanceof ConfigError || error instanceof UsageError) return { message: error.message, exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  return { message: `unexpected error: ${message.split('\n')[0]}`, exitCode: 2 };
}
