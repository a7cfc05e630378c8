// Files that ship beside levelgate's code (docs/rules/, docs/config.schema.json): next to dist/ in the action
// and the npm package, at the repository root in development, one folder further up from a bundle chunk.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The path of a shipped file or folder (relative to the package root), or undefined when it is not there. */
export async function shippedPath(relative: string): Promise<string | undefined> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ['..', '../..', '../../..']) {
    const candidate = path.join(here, up, relative);
    if (await access(candidate).then(() => true, () => false)) return candidate;
  }
  return undefined;
}
