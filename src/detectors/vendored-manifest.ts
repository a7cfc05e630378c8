import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

/**
 * Go's dependency tools before modules that kept their manifest inside vendor/ (govendor's vendor/vendor.json with its
 * "package" list, gvt's vendor/manifest with its "dependencies"): levelgate never lists vendor/ (someone else's code),
 * so this manifest alone is read where it lies, for the manifest question only. The file must hold the tool's list,
 * and the repository Go code of its own.
 */
const VENDORED_MANIFESTS: readonly { file: string; tool: string; shape: RegExp }[] = [
  { file: 'vendor/vendor.json', tool: 'govendor', shape: /"package"[ \t\r\n]{0,20}:[ \t\r\n]{0,20}\[/ },
  { file: 'vendor/manifest', tool: 'gvt', shape: /"dependencies"[ \t\r\n]{0,20}:[ \t\r\n]{0,20}\[/ },
];

/** At most this much of such a file is read: the list starts near its top. */
const MAX_READ = 64 * 1024;

function head(root: string, file: string): string | undefined {
  try {
    return readFileSync(path.join(root, file), 'utf8').slice(0, MAX_READ);
  } catch {
    return undefined;
  }
}

export const vendoredManifest: Detector = {
  name: 'vendoredManifest',
  question: "Does a Go project without go.mod keep its dependency manifest inside vendor/ (govendor's vendor/vendor.json, gvt's vendor/manifest)?",
  detect(evidence) {
    if (!evidence.sourceFiles.some((f) => f.endsWith('.go') && !f.includes('/vendor/'))) return [];
    const out: Finding[] = [];
    for (const m of VENDORED_MANIFESTS) {
      const text = head(evidence.root, m.file);
      if (text !== undefined && m.shape.test(text)) out.push({ file: m.file, line: 1, message: `${m.tool}'s dependency manifest (${m.file}), kept inside vendor/`, strength: 'strong' });
    }
    return out;
  },
};
