// The main thread's side of the parse worker (parse-worker.ts). The worker loads TypeScript on a second core, once a
// rule first needs a file parsed, while the main thread runs the rules that need none; the rules ask for a file's facts synchronously (take), so the main
// thread sends the file's text and blocks on a shared counter until the worker posts the facts. Anything the worker
// cannot answer (it failed to start, crashed, stalled, or parsed a text other than the main thread's) is answered
// undefined, and the caller parses the file itself: the facts the rules see are the same either way.
import { existsSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { compileCacheDirectory } from '../compile-cache.js';
import type { CiSystem } from './ci.js';
import { digest, type CiOutcome, type ParseOutcome, type ToMain, type ToWorker, type WorkerInput } from './parse-protocol.js';

export interface ParseWorkerOptions {
  /**
   * The worker's entry file. By default the compiled `parse-worker.js` (or `.mjs`) beside this module or one folder
   * up (dist/ puts chunks in dist/chunks/); run from the TypeScript sources there is none, and no worker is started.
   */
  entry?: URL;
  /** Parse files before they are asked for (see WorkerInput.speculate); default: LEVELGATE_PARSE_SPECULATE=1. */
  speculate?: boolean;
  /**
   * Give up on the worker (the main thread then parses itself) when it posts nothing for this long while the main
   * thread waits: for it to have TypeScript loaded, or for a file's facts.
   */
  stallMs?: number;
}

/** How long the main thread waits on a silent worker before parsing itself: far longer than parsing a 1 MiB file. */
export const DEFAULT_STALL_MS = 10_000;

/** The compiled worker entry beside this module (or in the folder above), if the build placed one. */
export function defaultWorkerEntry(): URL | undefined {
  for (const name of ['./parse-worker.js', '../parse-worker.js', './parse-worker.mjs', '../parse-worker.mjs']) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(url)) return url;
  }
  return undefined;
}

export class ParseWorker {
  private readonly results = new Map<string, { digest: string } & ParseOutcome>();
  private ci: Map<string, CiOutcome> | undefined;
  private ended = false;
  private preparing = false;
  private loaded = false;
  private readonly counters: Int32Array;
  private readonly ready: Promise<boolean>;
  private settle: (ready: boolean) => void = () => {};
  /** Why the worker is no longer asked (stopped, failed, exited); undefined while it is. */
  endedBecause: string | undefined;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    signal: SharedArrayBuffer,
    private readonly stallMs: number,
  ) {
    this.counters = new Int32Array(signal);
    this.ready = new Promise((resolve) => (this.settle = resolve));
    port.on('message', (message: ToMain) => this.accept(message));
    port.unref();
    worker.on('error', (error) => this.end(`the parse worker failed: ${error.message.split('\n')[0]}`));
    worker.on('exit', () => {
      this.drain();
      this.end('the parse worker exited');
    });
    worker.unref();
  }

  /**
   * Starts a worker for the TS/JS `files` under `root` (see WorkerFiles); undefined when there is no worker entry,
   * no file, or the thread cannot be created (the caller then parses in the main thread).
   */
  static start(root: string, files: string[], parseWords: readonly string[], options: ParseWorkerOptions = {}, ci: [string, CiSystem][] = [], loadAtOnce = false, samplesViewed = false): ParseWorker | undefined {
    if (files.length === 0) return undefined;
    const worker = ParseWorker.launch(options);
    worker?.lookAt(root, files, parseWords, ci, loadAtOnce, samplesViewed);
    return worker;
  }

  /**
   * Starts the thread before the files are known (lookAt tells them), so that its own start (a V8 isolate and
   * Node's bootstrap, ~30 ms) overlaps the main thread's planning and listing. Undefined when there is no worker
   * entry or the thread cannot be created. A worker never told its files does nothing until stopped.
   */
  static launch(options: ParseWorkerOptions = {}): ParseWorker | undefined {
    const entry = options.entry ?? defaultWorkerEntry();
    if (!entry) return undefined;
    const channel = new MessageChannel();
    const signal = new SharedArrayBuffer(8);
    try {
      const compileCache = compileCacheDirectory();
      const input: WorkerInput = { speculate: options.speculate ?? process.env.LEVELGATE_PARSE_SPECULATE === '1', signal, port: channel.port2, ...(compileCache ? { compileCache } : {}) };
      const worker = new Worker(entry, { workerData: input, transferList: [channel.port2] });
      return new ParseWorker(worker, channel.port1, signal, options.stallMs ?? DEFAULT_STALL_MS);
    } catch {
      channel.port1.close();
      return undefined;
    }
  }

  /**
   * Tells a launched worker the TS/JS files under `root`, in listing order, the words that make one worth parsing,
   * the CI files (see WorkerFiles.ci), whether to load TypeScript without waiting for a rule to need it
   * (WorkerFiles.loadAtOnce; else see prepare), and whether the names are a samples view's (WorkerFiles.samplesViewed).
   */
  lookAt(root: string, files: string[], parseWords: readonly string[], ci: [string, CiSystem][] = [], loadAtOnce = false, samplesViewed = false): void {
    this.send({ kind: 'files', root, files, parseWords, ci, loadAtOnce, samplesViewed });
  }

  /**
   * The CI files' commands as the worker extracted them, by file, waiting for them when it has not posted them yet;
   * empty when it extracted none (too little CI text), undefined when it cannot answer. The caller checks each
   * outcome's digest against its own text, and extracts the others itself.
   */
  ciOutcomes(): ReadonlyMap<string, CiOutcome> | undefined {
    this.drain();
    if (!this.ci && !this.ended) this.waitFor(() => this.ci !== undefined);
    return this.ci;
  }

  /**
   * A rule needs a file parsed: the worker loads TypeScript now (it waits for this, so that a grade whose rules
   * parse nothing never loads it), while the main thread goes on with the rules that need no parse. Once is enough.
   */
  prepare(): void {
    if (this.preparing) return;
    this.preparing = true;
    this.send({ kind: 'load' });
  }

  /**
   * Whether whenReady would resolve without waiting: the worker has TypeScript loaded, or it has ended (the main
   * thread then parses itself). Reads the messages the worker has posted so far.
   */
  settled(): boolean {
    this.drain();
    return this.loaded || this.ended;
  }

  /** Resolves true once the worker has TypeScript loaded (asking it to, see prepare), false when it failed or found no file worth parsing. */
  async whenReady(): Promise<boolean> {
    this.prepare();
    // The worker is unreferenced (it must not keep a finished grade alive), so while the grade waits for it nothing
    // else may hold the event loop open: hold it here, or Node would exit with the grade unfinished.
    this.worker.ref();
    const late = setTimeout(() => this.stop(`the parse worker was not ready after ${this.stallMs} ms`), this.stallMs);
    try {
      return await this.ready;
    } finally {
      clearTimeout(late);
      this.worker.unref();
    }
  }

  /**
   * The outcome of parsing `file` (whose text, on the main thread, is `text`), waiting for the worker when it has
   * not posted it yet; undefined when the worker cannot answer for exactly this text: the caller parses it.
   */
  take(file: string, text: string): ParseOutcome | undefined {
    this.drain();
    const sum = digest(text);
    let result = this.results.get(file);
    if (result?.digest !== sum && !this.ended) {
      this.results.delete(file);
      this.ask(file, text);
      this.waitFor(() => (result = this.results.get(file)) !== undefined);
    }
    this.results.delete(file);
    if (result?.digest !== sum) return undefined;
    return result.facts ? { facts: result.facts } : { error: result.error! };
  }

  /** Blocks until `done` holds after a message, the worker ends, or it posts nothing for stallMs (it is then stopped). */
  private waitFor(done: () => boolean): void {
    let quietSince = performance.now();
    for (;;) {
      const seen = Atomics.load(this.counters, 0);
      this.drain();
      if (done() || this.ended) return;
      if (Atomics.wait(this.counters, 0, seen, 250) !== 'timed-out') quietSince = performance.now();
      else if (performance.now() - quietSince > this.stallMs) {
        this.stop(`the parse worker posted nothing for ${this.stallMs} ms`);
        return;
      }
    }
  }

  /** Stops the worker (no more facts will be asked for); what it has not parsed yet the caller parses itself. */
  stop(reason = 'stopped'): void {
    if (this.ended) return;
    this.end(reason);
    void this.worker.terminate().catch(() => {});
  }

  private ask(file: string, text: string): void {
    this.send({ file, text });
  }

  private send(message: ToWorker): void {
    if (this.ended) return;
    this.port.postMessage(message);
    Atomics.add(this.counters, 1, 1);
    Atomics.notify(this.counters, 1);
  }

  private drain(): void {
    if (this.ended) return;
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) this.accept(m.message as ToMain);
  }

  private accept(message: ToMain): void {
    switch (message.kind) {
      case 'none':
        this.end('no file is worth parsing');
        break;
      case 'ready':
        this.loaded = true;
        this.settle(true);
        break;
      case 'facts':
        this.results.set(message.file, message);
        break;
      case 'ci':
        this.ci = new Map(message.outcomes.map((outcome) => [outcome.file, outcome]));
        break;
      case 'failed':
        this.end(`the parse worker failed: ${message.message}`);
        break;
    }
  }

  private end(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.endedBecause ??= reason;
    this.settle(false);
    this.port.close();
  }
}
