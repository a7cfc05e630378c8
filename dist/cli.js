#!/usr/bin/env node
import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  tuneForShortRun
} from "./chunks/chunk-5EDPISZC.js";
import {
  enableCompileCache
} from "./chunks/chunk-F5XIBRJ2.js";
import {
  TOOL_VERSION
} from "./chunks/chunk-7ZRM26NT.js";
import "./chunks/chunk-5DGXIFSJ.js";

// src/cli.ts
async function main(argv, io = { stdout: process.stdout, stderr: process.stderr }) {
  if (argv.length === 1 && argv[0] === "--version") {
    io.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  return (await import("./chunks/cli-main-4B4WXG5H.js")).main(argv, io);
}
var invokedDirectly = process.argv[1] && /(^|[\\/])(cli\.(js|ts)|levelgate)$/.test(process.argv[1]);
if (invokedDirectly) {
  const argv = process.argv.slice(2);
  if (!(argv.length === 1 && argv[0] === "--version")) tuneForShortRun();
  enableCompileCache();
  main(argv).then((code) => {
    process.exitCode = code;
  });
}
export {
  main
};
