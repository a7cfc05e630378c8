// Runs the CLI in-process and captures what it writes, for the subcommand tests.
import { main } from '../../src/cli.js';

export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
  } as unknown as Parameters<typeof main>[1];
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
