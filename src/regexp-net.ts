// A net, not a fix: V8 may run a regex that backtracks excessively on its linear-time engine instead. Patterns
// are kept linear by their own form (tests/rules/backtracking.test.ts) and lines are capped; this catches what
// slips through (exponential cases end in milliseconds; quadratic ones it does not help much). Imported first by
// the entry points (cli.ts, index.ts), before any regex runs.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');
