import { folderOf, isScaffolding, isTestFile } from '../evidence/file-sets.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

/** Folders whose Go code is not the project's own packages: vendored code, test data, examples, generated mocks. */
const NOT_OWN = /(^|\/)(vendor|third_party|testdata|test|tests|e2e|examples?|_examples|mocks?|fixtures?)\//;

/**
 * A Go module split into many packages: in Go the package is the unit of separation (modules/caddyhttp,
 * modules/caddytls, …), as the crate is in a Cargo workspace. Counts folders holding non-test Go files of the project.
 */
export const goPackages: Detector = {
  name: 'goPackages',
  question: 'Is the Go code split into many packages (folders of non-test Go files, vendored code, test data and examples left out)?',
  detect(evidence, options) {
    const minPackages = typeof options.minPackages === 'number' ? options.minPackages : 10;
    const dirs = new Map<string, string>();
    for (const file of evidence.sourceFiles) {
      if (!file.endsWith('.go') || isTestFile(file) || isScaffolding(file) || NOT_OWN.test(file)) continue;
      const dir = folderOf(file);
      if (!dirs.has(dir)) dirs.set(dir, file);
    }
    if (dirs.size < minPackages) return [];
    const measured = { summary: `${dirs.size} Go packages; ${minPackages} needed`, values: [{ name: 'go-packages', value: dirs.size, need: minPackages, unit: 'count' as const }] };
    return [...dirs.values()].slice(0, 3).map((file): Finding => ({ file, line: 1, message: `one of ${dirs.size} Go packages`, strength: 'strong', measured }));
  },
};
