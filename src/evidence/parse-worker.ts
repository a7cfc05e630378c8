// The parse worker (a worker thread, started by parse-client.ts as a grade begins, and told the TS/JS files once the
// listing shows some): reads them until one is worth parsing (the parse words' filter, as the main thread applies
// it), then waits until a rule first needs a file parsed ('load') and loads TypeScript, so that the load (~0.1 s of
// CPU on Node 20) runs on a second core while the main thread goes on with the rules that need no parse, and a grade
// whose rules parse nothing never pays it (in a small repository, loadAtOnce: without waiting, as the files are
// read). The main thread then sends each file it needs parsed with its text, and waits for the facts.
// Speculating (off by default), it also parses, while idle, the files worth parsing in listing order. Before all
// that, it extracts the commands of a large CI configuration (YAML parsing is slow cold) for the main thread.
// It never runs repository code: it reads files and parses them, nothing else.
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { enableCompileCache } from '../compile-cache.js';
import { FileReader } from '../inventory/read.js';
import { wholeWordFilter } from './parse-filter.js';
import { realPath } from './viewed-path.js';
import { CI_IN_WORKER_CHARS, digest, type CiOutcome, type ToMain, type ToWorker, type WorkerFiles, type WorkerInput } from './parse-protocol.js';

const input = workerData as WorkerInput;
const { port } = input;
const signal = new Int32Array(input.signal);
// Before TypeScript is loaded: its compile (~0.1 s) is what the cache saves on a later run.
if (input.compileCache) enableCompileCache(undefined, input.compileCache);

/** Posts a message and wakes the main thread if it is waiting for one (parse-client.ts, take). */
function post(message: ToMain): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

/** The first message: the files to look at (the thread starts before the main thread has listed them). */
function filesToLookAt(): WorkerFiles {
  for (;;) {
    const seen = Atomics.load(signal, 1);
    const m = receiveMessageOnPort(port);
    if (m) {
      const message = m.message as ToWorker;
      if (message.kind === 'files') return message;
    } else Atomics.wait(signal, 1, seen, 1000);
  }
}

/**
 * Sleeps until the main thread says a rule needs a file parsed ('load', or the first file it asks for): the files
 * asked for so far.
 */
function untilLoad(): { file: string; text: string }[] {
  const asked: { file: string; text: string }[] = [];
  for (;;) {
    const seen = Atomics.load(signal, 1);
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const message = m.message as ToWorker;
      if (message.kind === 'load') return asked;
      if (message.kind === undefined) asked.push(message);
    }
    if (asked.length) return asked;
    Atomics.wait(signal, 1, seen, 1000);
  }
}

/** The CI files' commands, when there is enough CI text to be worth it (see WorkerFiles.ci). */
async function extractCi(reader: FileReader, ci: WorkerFiles['ci']): Promise<CiOutcome[]> {
  const texts = await Promise.all(ci.map(([file]) => reader.read(file)));
  if (texts.reduce((sum, text) => sum + (text?.length ?? 0), 0) < CI_IN_WORKER_CHARS) return [];
  const { extractCiCommands } = await import('./ci.js');
  const outcomes: CiOutcome[] = [];
  ci.forEach(([file, system], i) => {
    const text = texts[i];
    if (text === undefined) return;
    try {
      outcomes.push({ file, digest: digest(text), commands: extractCiCommands(file, text, system) });
    } catch (error) {
      outcomes.push({ file, digest: digest(text), error: (error as Error).message });
    }
  });
  return outcomes;
}

try {
  const { root, files, parseWords, ci, loadAtOnce, samplesViewed } = filesToLookAt();
  const reader = new FileReader(root, [], undefined, samplesViewed ? realPath : undefined);
  // The CI commands first: the main thread waits for them once it has read every file (TypeScript, later).
  if (ci.length) post({ kind: 'ci', outcomes: await extractCi(reader, ci) });
  const worth = wholeWordFilter(parseWords);
  let looked = 0;
  /** The next file worth parsing in listing order, with its text (undefined when none is left). */
  const nextWorthParsing = async (): Promise<[string, string] | undefined> => {
    while (looked < files.length) {
      const file = files[looked++]!;
      const text = await reader.read(file);
      if (text !== undefined && worth(text)) return [file, text];
    }
    return undefined;
  };
  const first = await nextWorthParsing();
  if (!first) post({ kind: 'none' });
  else {
    // Files the main thread asks for before (or with) 'load'.
    const asked = loadAtOnce ? [] : untilLoad();
    const { extractJsFacts } = await import('./js-facts.js');
    post({ kind: 'ready' });
    const parse = (file: string, text: string) => {
      try {
        post({ kind: 'facts', file, digest: digest(text), facts: extractJsFacts(file, text) });
      } catch (error) {
        post({ kind: 'facts', file, digest: digest(text), error: (error as Error).message.split('\n')[0] ?? '' });
      }
    };
    const done = new Set<string>();
    let guess: [string, string] | undefined = first;
    // Once the rules have started to parse ('load' or a file asked for), parse ahead while idle, when speculating.
    let speculating = input.speculate && !loadAtOnce;
    for (;;) {
      const seen = Atomics.load(signal, 1);
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const message = m.message as ToWorker;
        if (message.kind === 'files') continue;
        if (message.kind === undefined) asked.push(message);
        speculating = input.speculate;
      }
      const wanted = asked.shift();
      if (wanted) {
        parse(wanted.file, wanted.text);
        done.add(wanted.file);
      } else if (speculating && guess) {
        if (!done.has(guess[0])) parse(guess[0], guess[1]);
        done.add(guess[0]);
        guess = await nextWorthParsing();
      } else {
        // Nothing asked, nothing to guess: sleep until the main thread asks (it bumps slot 1 after posting).
        Atomics.wait(signal, 1, seen, 1000);
      }
    }
  }
} catch (error) {
  post({ kind: 'failed', message: (error as Error).message.split('\n')[0] ?? String(error) });
}
