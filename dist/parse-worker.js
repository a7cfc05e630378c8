import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  CI_IN_WORKER_CHARS,
  FileReader,
  digest,
  realPath,
  wholeWordFilter
} from "./chunks/chunk-4ESW5KSC.js";
import "./chunks/chunk-LU6SHCMF.js";
import {
  enableCompileCache
} from "./chunks/chunk-F5XIBRJ2.js";
import "./chunks/chunk-5DGXIFSJ.js";

// src/evidence/parse-worker.ts
import { receiveMessageOnPort, workerData } from "node:worker_threads";
var input = workerData;
var { port } = input;
var signal = new Int32Array(input.signal);
if (input.compileCache) enableCompileCache(void 0, input.compileCache);
function post(message) {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
function filesToLookAt() {
  for (; ; ) {
    const seen = Atomics.load(signal, 1);
    const m = receiveMessageOnPort(port);
    if (m) {
      const message = m.message;
      if (message.kind === "files") return message;
    } else Atomics.wait(signal, 1, seen, 1e3);
  }
}
function untilLoad() {
  const asked = [];
  for (; ; ) {
    const seen = Atomics.load(signal, 1);
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const message = m.message;
      if (message.kind === "load") return asked;
      if (message.kind === void 0) asked.push(message);
    }
    if (asked.length) return asked;
    Atomics.wait(signal, 1, seen, 1e3);
  }
}
async function extractCi(reader, ci) {
  const texts = await Promise.all(ci.map(([file]) => reader.read(file)));
  if (texts.reduce((sum, text) => sum + (text?.length ?? 0), 0) < CI_IN_WORKER_CHARS) return [];
  const { extractCiCommands } = await import("./chunks/ci-AFYD63MT.js");
  const outcomes = [];
  ci.forEach(([file, system], i) => {
    const text = texts[i];
    if (text === void 0) return;
    try {
      outcomes.push({ file, digest: digest(text), commands: extractCiCommands(file, text, system) });
    } catch (error) {
      outcomes.push({ file, digest: digest(text), error: error.message });
    }
  });
  return outcomes;
}
try {
  const { root, files, parseWords, ci, loadAtOnce, samplesViewed } = filesToLookAt();
  const reader = new FileReader(root, [], void 0, samplesViewed ? realPath : void 0);
  if (ci.length) post({ kind: "ci", outcomes: await extractCi(reader, ci) });
  const worth = wholeWordFilter(parseWords);
  let looked = 0;
  const nextWorthParsing = async () => {
    while (looked < files.length) {
      const file = files[looked++];
      const text = await reader.read(file);
      if (text !== void 0 && worth(text)) return [file, text];
    }
    return void 0;
  };
  const first = await nextWorthParsing();
  if (!first) post({ kind: "none" });
  else {
    const asked = loadAtOnce ? [] : untilLoad();
    const { extractJsFacts } = await import("./chunks/js-facts-3G7EHSB6.js");
    post({ kind: "ready" });
    const parse = (file, text) => {
      try {
        post({ kind: "facts", file, digest: digest(text), facts: extractJsFacts(file, text) });
      } catch (error) {
        post({ kind: "facts", file, digest: digest(text), error: error.message.split("\n")[0] ?? "" });
      }
    };
    const done = /* @__PURE__ */ new Set();
    let guess = first;
    let speculating = input.speculate && !loadAtOnce;
    for (; ; ) {
      const seen = Atomics.load(signal, 1);
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const message = m.message;
        if (message.kind === "files") continue;
        if (message.kind === void 0) asked.push(message);
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
        Atomics.wait(signal, 1, seen, 1e3);
      }
    }
  }
} catch (error) {
  post({ kind: "failed", message: error.message.split("\n")[0] ?? String(error) });
}
