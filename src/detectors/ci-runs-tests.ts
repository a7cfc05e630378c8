import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { runsTests } from './patterns.js';

/** A reusable workflow whose name says it runs the tests (see reusableWorkflowWords in evidence/ci.ts). */
const REUSABLE_TEST_WORKFLOW = /reusable-workflow [^&\n]{0,120}\b(tests?|testing|unit|integration|e2e|spec|specs|check|checks|verify|ci)\b/;

export const ciRunsTests: Detector = {
  name: 'ciRunsTests',
  question: 'Does a CI job run the test suite (after following npm scripts, make targets and repository shell scripts, or through a reusable workflow named for its tests)?',
  detect(evidence) {
    const out: Finding[] = [];
    for (const c of evidence.ci) {
      if (runsTests(c.expanded) || REUSABLE_TEST_WORKFLOW.test(c.expanded)) out.push({ file: c.file, line: c.line, message: `CI runs tests: ${c.text.slice(0, 60)}`, strength: 'strong' });
      if (out.length >= 3) break;
    }
    return out;
  },
};
