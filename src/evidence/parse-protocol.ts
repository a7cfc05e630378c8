// What the main thread and the parse worker (parse-worker.ts, parse-client.ts) say to each other.
import { createHash } from 'node:crypto';
import type { MessagePort } from 'node:worker_threads';
import type { CiCommand, CiSystem } from './ci.js';
import type { JsFacts } from './js-facts.js';

/** What the worker is started with (workerData): how to talk to the main thread, before it knows what to read. */
export interface WorkerInput {
  /** Once the main thread has asked for a file, parse the others worth parsing (in listing order) while idle. */
  speculate: boolean;
  /** Slot 0: messages posted to the main thread (bumped after each); slot 1: messages posted to the worker. */
  signal: SharedArrayBuffer;
  port: MessagePort;
  /**
   * The main thread's compile-cache folder (src/compile-cache.ts), when it has the cache on: the worker turns it on
   * too, since Node's cache covers one thread, and the worker is where TypeScript is compiled.
   */
  compileCache?: string;
}

/**
 * The first message to the worker, once the listing is known (the thread is started before it, so that its own
 * start overlaps the main thread's planning and listing).
 */
export interface WorkerFiles {
  kind: 'files';
  root: string;
  /**
   * The TS/JS files, in listing order: the worker reads them until one is worth parsing (by the parse words) before
   * it loads TypeScript, and (speculating) parses those worth it.
   */
  files: string[];
  parseWords: readonly string[];
  /**
   * The CI files of the listing, with their system: the worker reads them and, when they hold at least
   * CI_IN_WORKER_CHARS characters, extracts their commands first (the YAML parser, cold, costs the main thread
   * 50-100 ms on a large workflow), then goes on as above. It always answers with one 'ci' message.
   */
  ci: [file: string, system: CiSystem][];
  /**
   * Load TypeScript as soon as a file is worth parsing, without waiting for 'load': a small repository's rules are
   * too little work to hide the load behind once one needs a parse (see LOAD_AT_ONCE_FILES).
   */
  loadAtOnce: boolean;
  /** The files are named as a samples view names them (samples-view.ts): read each under its real name. */
  samplesViewed: boolean;
}

/**
 * A listing of at most this many files has the worker load TypeScript at once (as soon as a file is worth parsing):
 * its text rules take too little time (about 0.4 ms of CPU a file) to hide the load (~0.15-0.2 s of CPU) once a
 * rule first needs a parse. A larger one waits for that need, and a grade whose rules parse nothing never loads it.
 */
export const LOAD_AT_ONCE_FILES = 500;

/** CI text (all files) worth extracting in the worker; below it the main thread extracts it itself, no waiting. */
export const CI_IN_WORKER_CHARS = 16 * 1024;

/** One CI file's commands as extractCiCommands made them of the text with `digest`, or the message it threw. */
export type CiOutcome = { file: string; digest: string } & ({ commands: CiCommand[]; error?: undefined } | { commands?: undefined; error: string });

/** A parse's outcome, as the main thread would have had it: facts, or the first line of the parser's error. */
export type ParseOutcome = { facts: JsFacts; error?: undefined } | { facts?: undefined; error: string };

export type ToMain =
  /** No file is worth parsing: TypeScript is not loaded, and the worker ends. */
  | { kind: 'none' }
  /** TypeScript is loaded. */
  | { kind: 'ready' }
  | ({ kind: 'facts'; file: string; digest: string } & ParseOutcome)
  /** The CI files' commands (none when their text was under CI_IN_WORKER_CHARS: the main thread extracts them). */
  | { kind: 'ci'; outcomes: CiOutcome[] }
  | { kind: 'failed'; message: string };

/**
 * The files to look at (first, once); then 'load' when a rule first needs a file parsed (TypeScript is loaded only
 * then, see parse-worker.ts), and each file the main thread needs parsed, with its text (the first also loads it).
 */
export type ToWorker = WorkerFiles | { kind: 'load' } | { kind?: undefined; file: string; text: string };

/** The SHA-1 of a text: the main thread uses the worker's facts only when its own text of the file has the same. */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
