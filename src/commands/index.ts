// The CLI's subcommands: `levelgate <name> …`. A new one is a module with a run(args, io) and a line here.
import type { Command } from './types.js';

export const COMMANDS: Record<string, Command> = {
  explain: {
    summary: 'explain <rule-id> [path]   what a rule counts and how to fix it; with a path, what the repository showed',
    run: async (args, io) => (await import('./explain.js')).explain(args, io),
  },
  init: {
    summary: 'init [path] [--fork-safe]  write a levelgate workflow and a .levelgate.yml at the current levels',
    run: async (args, io) => (await import('./init.js')).init(args, io),
  },
  fleet: {
    summary: 'fleet list|grade|report    grade every repository of an organisation (see levelgate fleet --help)',
    run: async (args, io) => (await import('./fleet.js')).fleetCommand(args, io),
  },
  history: {
    summary: 'history [path] [--since 2y] grade past commits and chart the seven levels over time',
    run: async (args, io) => (await import('./history.js')).historyCommand(args, io),
  },
};

/** The subcommand named by the first argument, if it names one. */
export function commandFor(argv: string[]): Command | undefined {
  const name = argv[0];
  return name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}
