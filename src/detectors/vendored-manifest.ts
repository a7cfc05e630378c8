import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../types.js';
import { isInside, passesThroughGit } from '../util/paths.js';
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

/**
 * The first MAX_READ bytes of such a file. vendor/ is never listed, so the listing's checks never saw it: the file is
 * read only where its real path stays inside the repository (not through .git) and it is a regular file (a link out
 * of the checkout, a FIFO or a folder is not read), and no more of it than the list needs.
 */
function head(root: string, file: string): string | undefined {
  let fd: number | undefined;
  try {
    const realRoot = realpathSync(root);
    const target = realpathSync(path.join(root, file));
    if (!isInside(realRoot, target) || passesThroughGit(realRoot, target)) return undefined;
    fd = openSync(target, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return undefined;
    const buffer = Buffer.alloc(MAX_READ);
    return buffer.subarray(0, readSync(fd, buffer, 0, MAX_READ, 0)).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
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
