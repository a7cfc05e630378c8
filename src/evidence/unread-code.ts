// What levelgate could not read as the project's code, said up front: a repository mostly written in a language
// levelgate does not grade (PHP, C++, Swift…): its levels are then about the little levelgate did read, and a reader
// must know that before trusting an L0. And a repository whose code all sits in sample folders, which levelgate then
// reads as the project (samples-view.ts): a reader must know that too.
import { isScaffolding, SAMPLE_FOLDERS } from './file-sets.js';
import { isSourceFile } from './languages.js';
import type { ScanNote } from '../types.js';

/** Code files of languages levelgate does not read, by extension. */
const UNREAD_LANGUAGES: Record<string, string> = {
  php: 'PHP',
  c: 'C', h: 'C',
  cpp: 'C++', cc: 'C++', cxx: 'C++', hpp: 'C++', hh: 'C++',
  swift: 'Swift',
  m: 'Objective-C', mm: 'Objective-C',
  ex: 'Elixir', exs: 'Elixir',
  erl: 'Erlang',
  clj: 'Clojure', cljs: 'Clojure',
  dart: 'Dart',
  lua: 'Lua',
  pl: 'Perl', pm: 'Perl',
  hs: 'Haskell',
  ml: 'OCaml',
  zig: 'Zig',
  cr: 'Crystal',
  jl: 'Julia',
};

function unreadLanguageOf(file: string): string | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? UNREAD_LANGUAGES[base.slice(dot + 1).toLowerCase()] : undefined;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A note when most code files are in one language levelgate does not read (more of them than of every graded
 * language together): its tests, validation and logging there are not seen, so levels can be too low.
 */
export function unreadLanguageNote(files: readonly string[]): ScanNote | undefined {
  const unread = new Map<string, number>();
  let graded = 0;
  for (const file of files) {
    if (isSourceFile(file)) graded++;
    else {
      const language = unreadLanguageOf(file);
      if (language) unread.set(language, (unread.get(language) ?? 0) + 1);
    }
  }
  const [language, n] = [...unread].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < 10 || n <= graded) return undefined;
  return {
    kind: 'unread-code',
    path: '.',
    message: `most code here is ${language} (${count(n)} files, against ${count(graded)} in the languages levelgate reads), which levelgate does not read: tests, validation, logging and the rest written in ${language} are not seen, so levels can be too low`,
  };
}

/** The sample folder at the root that holds every graded source file (samples/, examples/), if one does. */
const ROOT_SAMPLE_FOLDER = /^(?:docs\/)?(samples?|examples?)\//i;
/** A folder named as a sample at any depth, as levelgate reads sample folders (`apps/prisma-sample/`, `dashboard/final-example/`). */
const SAMPLE_FOLDER_NAME = new RegExp(`^(?:${SAMPLE_FOLDERS.join('|')})$`, 'i');
/**
 * Files beside the samples that are no project's code either way: tests, CI helpers, repository tools, and the root's
 * build, lint and test-runner configs (jest.config.js, jest.preset.js, .eslintrc.js).
 */
const AROUND_THE_SAMPLES = /^(?:(?:tests?|build|eng|tools?|\.github)\/|[\w-]{1,40}\.(?:config|preset|e2e|setup)(?:\.[\w-]{1,20})?\.[cm]?[jt]s$|\.[\w-]{1,40}\.[cm]?[jt]s$)/i;

/** The path of the sample folder a file sits in (`apps/prisma-sample/`), the first one from the root, if any. */
function sampleFolderOf(file: string): string | undefined {
  const parts = file.split('/');
  for (let i = 0; i < parts.length - 1; i++) if (SAMPLE_FOLDER_NAME.test(parts[i]!)) return `${parts.slice(0, i + 1).join('/')}/`;
  return undefined;
}

/**
 * The sample folders that hold every source file (a repository that is a collection of samples, or a course's apps in
 * `*-example` folders), sorted, from the root down to the first folder named as a sample (`samples/`,
 * `apps/prisma-sample/`); undefined when any source file is the project's own (outside them and what sits around them).
 * levelgate reads samples/, examples/ and folders named `*-sample`/`*-example` as demos of a project, not as its code.
 */
export function sampleFoldersHoldingAllCode(sources: readonly string[]): string[] | undefined {
  if (sources.length < 10) return undefined;
  const folders = new Set<string>();
  for (const file of sources) {
    // A folder named as a sample counts where levelgate reads it as one (not a JVM package path: org/…/samples/).
    const folder = ROOT_SAMPLE_FOLDER.exec(file)?.[0] ?? (isScaffolding(file) ? sampleFolderOf(file) : undefined);
    if (folder) folders.add(folder);
    // Only a project file outside the samples and what sits around them says no.
    else if (!isScaffolding(file) && !AROUND_THE_SAMPLES.test(file)) return undefined;
  }
  return folders.size ? [...folders].sort() : undefined;
}

/**
 * The note of a repository whose code all sits in sample folders, as sampleFoldersHoldingAllCode finds them. When
 * levelgate grades such a collection, it reads its samples as the project's code (samples-view.ts) and says so here;
 * one sample's folder, graded by its path, is graded as a project of its own.
 */
export function samplesCollectionNote(sorted: readonly string[]): ScanNote {
  const graded = 'levelgate grades the samples as the project\'s own code (their tests, validation, logging and services), as a reader of a collection of samples does';
  if (sorted.length === 1 && ROOT_SAMPLE_FOLDER.test(sorted[0]!)) {
    const folder = sorted[0]!;
    return {
      kind: 'samples-as-project',
      path: folder.slice(0, -1),
      message: `all of the code is in ${folder}, a collection of samples with no project code beside them: ${graded}; grade one sample alone by its path (levelgate ${folder}<name>)`,
    };
  }
  // Folders named as samples (calibration round 24: testing-nestjs' apps/*-sample), each one sample app.
  const shown = sorted.slice(0, 3).join(', ');
  const where = sorted.length === 1 ? `${sorted[0]}, a folder named as a sample` : `${sorted.length} folders named as samples (${shown}${sorted.length > 3 ? ', …' : ''})`;
  return {
    kind: 'samples-as-project',
    path: sorted.length === 1 ? sorted[0]!.slice(0, -1) : '.',
    message: `all of the code is in ${where}, with no project code beside them: ${graded}; grade ${sorted.length === 1 ? 'it' : 'one'} alone by its path (levelgate ${sorted[0]})`,
  };
}
