// One view of the evidence collected once, through a path mapping: a rule's suppressed paths hidden, or a
// monorepo package re-rooted at its folder. Every Evidence member is mapped here and only here, so a new
// member is added once. Nothing is read or parsed again.
import type { ScanNote } from '../types.js';
import type { ScriptSources } from './ci.js';
import type { Evidence, FileTest } from './index.js';

/** How a view sees the repository: which files it holds, under which paths. */
export interface PathMapping {
  /** The view's path of a repository file, or undefined when the view does not hold it. */
  toView(file: string): string | undefined;
  /** The repository path of a view path, or undefined when the view does not hold it. */
  toRepo(file: string): string | undefined;
  /** The root the view reports (a package's folder); the evidence's own root when absent. */
  root?: string;
  /** The scan notes the view keeps; every note when absent. */
  keepsNote?(note: ScanNote): boolean;
}

/** The evidence as `mapping` shows it: only the files it holds, under their view paths. */
export function viewEvidence(evidence: Evidence, mapping: PathMapping): Evidence {
  const { toView, toRepo } = mapping;
  let renamed = false;
  const mapPaths = (paths: readonly string[]): string[] => {
    const out: string[] = [];
    for (const file of paths) {
      const view = toView(file);
      if (view === undefined) continue;
      if (view !== file) renamed = true;
      out.push(view);
    }
    return out;
  };
  const files = mapPaths(evidence.files);
  // Re-rooted paths no longer follow the inventory's order; a view that only hides files keeps it.
  if (renamed) files.sort();
  const mapFile = <T extends { file: string }>(items: readonly T[]): T[] => [...inView(items)];
  function* inView<T extends { file: string }>(items: Iterable<T>): Iterable<T> {
    for (const item of items) {
      const view = toView(item.file);
      if (view !== undefined) yield view === item.file ? item : { ...item, file: view };
    }
  }
  const repoText = (file: string, read: (f: string) => string | undefined) => {
    const real = toRepo(file);
    return real === undefined ? undefined : read(real);
  };
  // A caller's file test takes view paths; a repository file outside the view fails it.
  const inViewWhere = (where: FileTest): FileTest => (file) => {
    const view = toView(file);
    return view !== undefined && where(view);
  };
  const parsedInView = () => mapPaths([...evidence.parsedFiles]);
  // Scripts and targets by folder, under the view's folder names (a folder the view does not hold is left out).
  const mapFolders = <T>(byFolder: ReadonlyMap<string, T>, probe: string): Map<string, T> => {
    const out = new Map<string, T>();
    for (const [folder, value] of byFolder) {
      const view = toView(folder ? `${folder}/${probe}` : probe);
      if (view !== undefined) out.set(view.includes('/') ? view.slice(0, view.lastIndexOf('/')) : '', value);
    }
    return out;
  };
  // The scripts by folder under the view's folders; the readers of a script by its path (shellScript, buildProgram)
  // still take repository paths, as the CI commands they expanded did.
  const scriptSourcesInView = (sources: ScriptSources): ScriptSources => ({
    ...sources,
    npmScripts: mapFolders(sources.npmScripts, 'package.json'),
    makeTargets: mapFolders(sources.makeTargets, 'Makefile'),
    ...(sources.rakeTasks ? { rakeTasks: mapFolders(sources.rakeTasks, 'Rakefile') } : {}),
    ...(sources.toxEnvs ? { toxEnvs: mapFolders(sources.toxEnvs, 'tox.ini') } : {}),
  });
  return {
    root: mapping.root ?? evidence.root,
    files,
    fileSet: new Set(files),
    text: (file) => repoText(file, evidence.text),
    code: (file) => repoText(file, evidence.code),
    mayMatch: (file, pattern) => {
      const real = toRepo(file);
      return real !== undefined && evidence.mayMatch(real, pattern);
    },
    sourceFiles: mapPaths(evidence.sourceFiles),
    buildOutput: mapPaths(evidence.buildOutput),
    bundles: mapPaths(evidence.bundles),
    standaloneScripts: mapPaths(evidence.standaloneScripts),
    dependencies: mapFile(evidence.dependencies),
    packageJsons: mapFile(evidence.packageJsons),
    importsIn: (modules, options) => inView(evidence.importsIn(modules, options?.where ? { ...options, where: inViewWhere(options.where) } : options)),
    callsIn: (callees, where) => inView(evidence.callsIn(callees, where && inViewWhere(where))),
    decoratorsIn: (names, where) => inView(evidence.decoratorsIn(names, where && inViewWhere(where))),
    get parsedFiles() {
      return new Set(parsedInView());
    },
    loadParser: () => evidence.loadParser(),
    ...(evidence.prepareParser ? { prepareParser: () => evidence.prepareParser!() } : {}),
    ...(evidence.parserSettled ? { parserSettled: () => evidence.parserSettled!() } : {}),
    ci: mapFile(evidence.ci),
    ...(evidence.scriptSources ? { scriptSources: scriptSourcesInView(evidence.scriptSources) } : {}),
    notes: mapping.keepsNote ? evidence.notes.filter((n) => mapping.keepsNote!(n)) : evidence.notes,
    stats: {
      get filesRead() {
        return files.filter((f) => repoText(f, evidence.text) !== undefined).length;
      },
      get filesParsed() {
        return parsedInView().length;
      },
    },
  };
}

/** The same evidence without the files `hidden` selects (a rule's suppressed paths, hidden before matching). */
export function withoutFiles(evidence: Evidence, hidden: (file: string) => boolean): Evidence {
  const shown = (file: string) => (hidden(file) ? undefined : file);
  return viewEvidence(evidence, { toView: shown, toRepo: shown });
}
