// What the main thread and the parse worker (parse-worker.ts, parse-client.ts) say to each other.
import { createHash } from 'node:crypto';
import type { MessagePort } from 'node:worker_threads';
import type { JsFacts } from './js-facts.js';

export interface WorkerInput {
  root: string;
  /** The TS/JS files to read, in listing order; the worker keeps those the parse words make worth parsing. */
  files: string[];
  parseWords: readonly string[];
  /** Parse files nobody asked for yet (in listing order) while idle; otherwise only files the main thread asks for. */
  speculate: boolean;
  /** Slot 0: messages posted to the main thread (bumped after each); slot 1: messages posted to the worker. */
  signal: SharedArrayBuffer;
  port: MessagePort;
}

/** A parse's outcome, as the main thread would have had it: facts, or the first line of the parser's error. */
export type ParseOutcome = { facts: JsFacts; error?: undefined } | { facts?: undefined; error: string };

export type ToMain =
  | { kind: 'listed'; files: string[] }
  | { kind: 'ready' }
  | ({ kind: 'facts'; file: string; digest: string } & ParseOutcome)
  | { kind: 'failed'; message: string };

export type ToWorker = { kind: 'want'; files: string[] };

/** The SHA-1 of a text: the main thread uses the worker's facts only when its own text of the file has the same. */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
