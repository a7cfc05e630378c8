// Gathers all evidence up front, once: file texts, manifests, imports, calls, CI commands.
// Detectors and rules only read what is collected here.
import type { ScanNote } from '../types.js';
import type { Inventory } from '../inventory/list.js';
import { FileReader, isTextCandidate } from '../inventory/read.js';
import { ciSystemOf, expandCommand, extractCiCommands, parseMakefile, type CiCommand, type ScriptSources } from './ci.js';
import { extractJsFacts, type CallFact, type DecoratorFact, type ImportFact } from './js-facts.js';
import { isSourceFile, languageOf, stripComments } from './languages.js';
import { isManifest, readManifest, readPackageJson, type Dependency, type PackageJson } from './manifests.js';
import { extractSourceImports } from './source-imports.js';

export interface Evidence {
  root: string;
  files: string[];
  fileSet: Set<string>;
  /** Text of a file (undefined when not text or not read). */
  text(file: string): string | undefined;
  /** Text with comments blanked, same lines. */
  code(file: string): string | undefined;
  sourceFiles: string[];
  dependencies: Dependency[];
  packageJsons: PackageJson[];
  imports: ImportFact[];
  calls: CallFact[];
  decorators: DecoratorFact[];
  ci: CiCommand[];
  notes: ScanNote[];
  stats: { filesRead: number; filesParsed: number };
}

export interface CollectOptions {
  /** A JS/TS file is parsed only when its text matches this (module names, callees the rules ask about). */
  parseFilter: RegExp;
}

export { isTextCandidate } from '../inventory/read.js';

/**
 * The parse filter's words matched whole ("ws" is not in "news", "pino" not in "./pino-setup"); its "import"
 * token (a dynamic import() call) only as a call, since every ES module says "import".
 */
export function wholeWordFilter(filter: RegExp): (text: string) => boolean {
  const tokens = filter.source.split(/(?<!\\)\|/).filter(Boolean);
  if (tokens.some((t) => /(?<!\\)[()[\]]/.test(t))) return (text) => filter.test(text); // not a plain word list
  const others = tokens.filter((t) => t !== 'import');
  const words = others.length ? new RegExp(`(?<![\\w$/-])(?:${others.join('|')})(?![\\w$])`, filter.flags.replace('g', '')) : undefined;
  const dynamicImport = others.length < tokens.length ? /\bimport\s*\(/ : undefined;
  return (text) => !!words?.test(text) || !!dynamicImport?.test(text);
}

/** Reads the inventory's text files once and extracts every fact the rules use. */
export async function collectEvidence(inventory: Inventory, options: CollectOptions): Promise<Evidence> {
  const notes = inventory.notes;
  const reader = new FileReader(inventory.root, notes);
  const toRead = inventory.files.filter(isTextCandidate);
  await reader.readAll(toRead);
  const text = (file: string) => reader.cached(file);
  const codeCache = new Map<string, string | undefined>();
  const code = (file: string) => {
    if (!codeCache.has(file)) {
      const t = text(file);
      codeCache.set(file, t === undefined ? undefined : stripComments(file, t));
    }
    return codeCache.get(file);
  };

  const dependencies: Dependency[] = [];
  const packageJsons: PackageJson[] = [];
  const imports: ImportFact[] = [];
  const calls: CallFact[] = [];
  const decorators: DecoratorFact[] = [];
  const sourceFiles: string[] = [];
  const sources: ScriptSources = { npmScripts: new Map(), makeTargets: new Map() };
  const ciFiles: string[] = [];
  const worthParsing = wholeWordFilter(options.parseFilter);
  let filesParsed = 0;

  for (const file of inventory.files) {
    const content = text(file);
    if (content === undefined) continue;
    const base = file.slice(file.lastIndexOf('/') + 1);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    if (base === 'package.json') {
      const pkg = readPackageJson(file, content, notes);
      if (pkg) {
        packageJsons.push(pkg);
        const scripts = pkg.data.scripts;
        if (scripts && typeof scripts === 'object') sources.npmScripts.set(dir, scripts as Record<string, string>);
        dependencies.push(...readManifest(file, content, []));
      }
    } else if (isManifest(file)) {
      dependencies.push(...readManifest(file, content, notes));
    }
    if (base === 'Makefile' || base === 'justfile' || base === 'makefile') sources.makeTargets.set(dir, parseMakefile(content));
    if (ciSystemOf(file)) ciFiles.push(file);
    if (!isSourceFile(file)) continue;
    sourceFiles.push(file);
    const language = languageOf(file);
    if (language === 'js') {
      if (!worthParsing(content)) continue;
      filesParsed++;
      let facts;
      try {
        facts = extractJsFacts(file, content);
      } catch (error) {
        // One unparseable file must not stop the grade: note it and go on.
        notes.push({ kind: 'parse-error', path: file, message: `could not be parsed (${(error as Error).message.split('\n')[0]}); not graded` });
        continue;
      }
      if (facts.parseErrors > 0) notes.push({ kind: 'parse-error', path: file, message: `has ${facts.parseErrors} syntax error(s); graded from what parses` });
      imports.push(...facts.imports);
      calls.push(...facts.calls);
      decorators.push(...facts.decorators);
    } else {
      imports.push(...extractSourceImports(file, language, code(file) ?? ''));
    }
  }

  const ci: CiCommand[] = [];
  for (const file of ciFiles) {
    try {
      for (const command of extractCiCommands(file, text(file) ?? '', ciSystemOf(file)!)) {
        ci.push({ ...command, expanded: expandCommand(command.text, sources) });
      }
    } catch (error) {
      notes.push({ kind: 'invalid-manifest', path: file, message: `CI file could not be parsed (${(error as Error).message}); its jobs are not counted` });
    }
  }

  return {
    root: inventory.root,
    files: inventory.files,
    fileSet: new Set(inventory.files),
    text,
    code,
    sourceFiles,
    dependencies,
    packageJsons,
    imports,
    calls,
    decorators,
    ci,
    notes,
    stats: { filesRead: reader.filesRead, filesParsed },
  };
}
