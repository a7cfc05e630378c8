import { isTestFile } from '../evidence/file-sets.js';
import type { Finding } from '../types.js';
import { assertingTests } from './asserting-tests.js';
import type { Detector } from './types.js';

/** Module name of a test or source file: "src/users/service.test.ts" → "service". */
function moduleName(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return base
    .replace(/\.(test|spec|cy|e2e|int|integration)$/i, '')
    .replace(/^test_|_test$|_spec$/i, '')
    .replace(/(Tests?|IT|Spec)$/, '')
    .toLowerCase();
}

const NOT_A_MODULE = /(^|\/)(index|main|__init__|types?|constants?|config|setup|vite\.config|vitest\.config|jest\.config|eslint\.config|[\w.-]+\.d)\.\w+$|(^|\/)(migrations?|scripts?|bin|docs?)\//;

export const testBreadth: Detector = {
  name: 'testBreadth',
  question: 'Do asserting test files cover a substantial share of the source modules?',
  detect(evidence, options) {
    const minShare = typeof options.minShare === 'number' ? options.minShare : 0.4;
    const minTests = typeof options.minTests === 'number' ? options.minTests : 3;
    const tests = assertingTests.detect(evidence, {});
    const modules = evidence.sourceFiles.filter((f) => !isTestFile(f) && !NOT_A_MODULE.test(f));
    if (modules.length === 0 || tests.length === 0) return [];
    const tested = new Set(tests.map((t) => moduleName(t.file)));
    const covered = modules.filter((m) => tested.has(moduleName(m)));
    // A suite of many tests relative to the code counts even when names do not pair (tests grouped by feature).
    const share = Math.max(covered.length / modules.length, Math.min(1, tests.length / modules.length));
    const message = `${tests.length} asserting test files for ${modules.length} source modules (${Math.round(share * 100)}% covered by name or count)`;
    const first = tests[0]!;
    const finding: Finding = { file: first.file, line: first.line, message, strength: share >= minShare && tests.length >= minTests ? 'strong' : 'weak' };
    return [finding];
  },
};
