// What a subcommand of the CLI (levelgate explain, levelgate init, …) is given and returns.

/** Where a command writes: the process's streams, or a test's. */
export interface CliIo {
  stdout: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;
  stderr: Pick<NodeJS.WriteStream, 'write' | 'isTTY'>;
}

export interface Command {
  /** One line for `levelgate --help`. */
  summary: string;
  /** Loaded on use, so grading does not pay for the other commands' code. Returns the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}
