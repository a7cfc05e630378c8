import { isTestFile } from '../evidence/file-sets.js';
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

// A test file that drives a browser through a library (puppeteer, playwright, selenium-webdriver, webdriverio),
// written for the ordinary JS test runner rather than an end-to-end runner of its own.
const DRIVES_BROWSER_RE = /\brequire\([ \t]*['"](?:puppeteer|puppeteer-core|playwright|playwright-core|selenium-webdriver|webdriverio)['"]|\bfrom[ \t]+['"](?:puppeteer|puppeteer-core|playwright|playwright-core|selenium-webdriver|webdriverio)['"]/;
const DRIVES_BROWSER = `/${DRIVES_BROWSER_RE.source}/`;
// Folders a runner config usually splits off into a suite of their own (run by its own command, or not at all).
const OWN_SUITE_FOLDER = /(^|\/)(e2e|e2e-tests|end-to-end|acceptance|system-tests|playwright|cypress)\//i;
const JS_RUNNER = /\b(?:vitest|jest|mocha)\b|\bnode[ \t]+--test\b/;

export const ciRunsBrowserTests: Detector = {
  name: 'ciRunsBrowserTests',
  question: 'Does CI run the JS test runner whose suite holds tests that drive a browser (puppeteer, playwright, selenium-webdriver or webdriverio imported by a test file beside the unit tests, not in an e2e folder of its own)?',
  textPatterns: [DRIVES_BROWSER],
  detect(evidence) {
    const file = evidence.sourceFiles.find((f) => /\.[cm]?[jt]sx?$/.test(f) && isTestFile(f) && !OWN_SUITE_FOLDER.test(f) && evidence.mayMatch(f, DRIVES_BROWSER) && DRIVES_BROWSER_RE.test(evidence.code(f) ?? ''));
    if (!file) return [];
    const run = evidence.ci.find((c) => JS_RUNNER.test(c.expanded));
    return run ? [{ file: run.file, line: run.line, message: `CI runs the test runner that runs ${file}, which drives a browser: ${run.text.slice(0, 60)}`, strength: 'strong' }] : [];
  },
};
