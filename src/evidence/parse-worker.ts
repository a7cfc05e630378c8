// The parse worker (a worker thread, started by parse-client.ts): reads the TS/JS files it is given, keeps those the
// parse words make worth parsing (the filter the main thread applies), loads TypeScript and parses them ahead of the
// rules, so that loading and parsing run on a second core while the main thread reads the rest and runs the text
// rules. It never runs repository code: it reads files and parses them, nothing else.
import { receiveMessageOnPort, workerData } from 'node:worker_threads';
import { FileReader } from '../inventory/read.js';
import { wholeWordFilter } from './parse-filter.js';
import { digest, type ToMain, type ToWorker, type WorkerInput } from './parse-protocol.js';

const input = workerData as WorkerInput;
const { port } = input;
const signal = new Int32Array(input.signal);

/** Posts a message and wakes the main thread if it is waiting for one (parse-client.ts, take). */
function post(message: ToMain): void {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

try {
  const reader = new FileReader(input.root, []);
  const worth = wholeWordFilter(input.parseWords);
  const texts = new Map<string, string>();
  for (const file of input.files) {
    const text = await reader.read(file);
    if (text !== undefined && worth(text)) texts.set(file, text);
  }
  const queue = [...texts.keys()];
  post({ kind: 'listed', files: queue });
  if (queue.length > 0) {
    const { extractJsFacts } = await import('./js-facts.js');
    post({ kind: 'ready' });
    // Without speculation, a file is parsed only when the main thread asks for it (the load still runs ahead).
    // Files the main thread asked for come first, in the order asked; then (speculating) the rest in listing order.
    const asked: string[] = [];
    let nextInQueue = 0;
    const next = (): string | undefined => {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const message = m.message as ToWorker;
        if (message.kind === 'want') asked.push(...message.files);
      }
      while (asked.length > 0) {
        const file = asked.shift()!;
        if (texts.has(file)) return file;
      }
      if (!input.speculate) return undefined;
      while (nextInQueue < queue.length && !texts.has(queue[nextInQueue]!)) nextInQueue++;
      return queue[nextInQueue];
    };
    while (texts.size > 0) {
      const seen = Atomics.load(signal, 1);
      const file = next();
      if (file === undefined) {
        // Nothing asked and nothing to guess: sleep until the main thread asks (it bumps slot 1 after posting).
        Atomics.wait(signal, 1, seen, 1000);
        continue;
      }
      const text = texts.get(file)!;
      texts.delete(file);
      try {
        post({ kind: 'facts', file, digest: digest(text), facts: extractJsFacts(file, text) });
      } catch (error) {
        post({ kind: 'facts', file, digest: digest(text), error: (error as Error).message.split('\n')[0] ?? '' });
      }
    }
  }
} catch (error) {
  post({ kind: 'failed', message: (error as Error).message.split('\n')[0] ?? String(error) });
}
