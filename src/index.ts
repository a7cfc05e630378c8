// Entry point of the GitHub Action (action.yml runs dist/index.js, bundled from this file). V8 is tuned for a short
// run (src/short-run.ts) before run() grades: importing main.js only declares its code.
import { run } from './main.js';
import { tuneForShortRun } from './short-run.js';

tuneForShortRun();
await run();
