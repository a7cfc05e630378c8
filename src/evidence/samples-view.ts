// A repository that is a collection of samples (every source file sits in sample folders: aspire-samples' samples/,
// testing-nestjs' apps/*-sample/) is graded with its samples read as the project, as its readers grade it: there is
// no other code to grade. Every detector and rule leaves sample folders out by their names (isScaffolding, the
// folder groups, the rules' `!**/examples/**` globs), so the grade sees those folders under names that say no sample:
// a mark inside the word (`samples/` → `sLgv0amples/`, `apps/prisma-sample/` → `apps/prisma-sLgv0ample/`). Files are
// read from disk under their real names, and the report is given back with the real names (withRealPaths).
import type { Inventory } from '../inventory/list.js';
import type { ScanNote } from '../types.js';
import { isSourceFile } from './languages.js';
import { sampleFoldersHoldingAllCode, samplesCollectionNote } from './unread-code.js';
import { realPath, VIEW_MARK } from './viewed-path.js';

/** The first letter of each word that names a folder as a sample (samples, examples, demos), where the mark goes after. */
const SAMPLE_WORD_START = /[Ss](?=amples?)|[Ee](?=xamples?)|[Dd](?=emos?)/g;

/** The sample folders of a collection of samples, read as the project. */
export interface SamplesView {
  /** The sample folders holding every source file, with their real names (`samples/`, `apps/prisma-sample/`). */
  folders: readonly string[];
  /** The scan note shown above the levels (which folders, and that they are graded as the project). */
  note: ScanNote;
}

/** A folder's path with the mark put inside the sample words of its last name. */
function viewedFolder(folder: string): string {
  const cut = folder.lastIndexOf('/', folder.length - 2) + 1;
  return folder.slice(0, cut) + folder.slice(cut).replace(SAMPLE_WORD_START, (letter) => letter + VIEW_MARK);
}

/**
 * The samples view of a listing, when all of its source files sit in sample folders (sampleFoldersHoldingAllCode), and
 * no listed path has the mark already (then the marked names could not be told from real ones).
 */
export function samplesViewOf(files: readonly string[]): SamplesView | undefined {
  const folders = sampleFoldersHoldingAllCode(files.filter(isSourceFile));
  if (!folders || files.some((f) => f.includes(VIEW_MARK))) return undefined;
  return { folders, note: samplesCollectionNote(folders) };
}

/** The inventory as the grade sees it: files in the sample folders renamed (sorted again), and the note added. */
export function viewedInventory(inventory: Inventory, view: SamplesView): Inventory {
  const renames = view.folders.map((folder) => [folder, viewedFolder(folder)] as const);
  const viewed = (file: string) => {
    const rename = renames.find(([folder]) => file.startsWith(folder));
    return rename ? rename[1] + file.slice(rename[0].length) : file;
  };
  return {
    ...inventory,
    files: inventory.files.map(viewed).sort(),
    ...(inventory.buildOutput ? { buildOutput: inventory.buildOutput.map(viewed).sort() } : {}),
    notes: [view.note, ...inventory.notes],
    samplesViewed: true,
  };
}

/**
 * A report (or any plain data) with every string's viewed paths given their real names. A `root` is a path on this
 * machine: only its part below the checkout (`checkout`: a package's folder in monorepo mode) is a viewed one, as a
 * folder above the checkout may hold the mark.
 */
export function withRealPaths<T>(value: T, checkout: string): T {
  const real = (v: unknown, key?: string): unknown => {
    if (typeof v === 'string' && key === 'root') return v.startsWith(checkout) ? checkout + realPath(v.slice(checkout.length)) : v;
    if (typeof v === 'string') return realPath(v);
    if (Array.isArray(v)) return v.map((item) => real(item));
    if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, real(item, k)]));
    return v;
  };
  return real(value) as T;
}
