import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { TEST_COMMAND } from './patterns.js';

export const ciRunsTests: Detector = {
  name: 'ciRunsTests',
  question: 'Does a CI job run the test suite (after following npm scripts, make targets and repository shell scripts)?',
  detect(evidence) {
    const out: Finding[] = [];
    for (const c of evidence.ci) {
      if (TEST_COMMAND.test(c.expanded)) out.push({ file: c.file, line: c.line, message: `CI runs tests: ${c.text.slice(0, 60)}`, strength: 'strong' });
      if (out.length >= 3) break;
    }
    return out;
  },
};
