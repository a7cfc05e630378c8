// Where a resolved path lies relative to a root: the checks every reader of repository paths makes.
import path from 'node:path';

/** Whether `file` (absolute, real) is `root` or lies below it. */
export function isInside(root: string, file: string): boolean {
  return file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** Whether `file` (inside `root`) lies in a .git folder: the checkout's config and persisted credentials live there. */
export function passesThroughGit(root: string, file: string): boolean {
  return path.relative(root, file).split(path.sep).some((part) => part.toLowerCase() === '.git');
}
