// Gathers all evidence up front, once: file texts, manifests, imports, calls, CI commands.
// Detectors and rules only read what is collected here.
import type { ScanNote } from '../types.js';
import type { Inventory } from '../inventory/list.js';
import { FileReader, isTextCandidate } from '../inventory/read.js';
import { isTestFile } from './file-sets.js';
import { ciSystemOf, expandCommand, extractCiCommands, gitlabLocalIncludes, parseMakefile, parseRakefile, parseToxEnvlist, type CiCommand, type CiSystem, type ScriptSources } from './ci.js';
import type { CallFact, DecoratorFact, ImportFact, JsFacts } from './js-facts.js';
import { capLines, isSourceFile, languageOf, stripComments } from './languages.js';
import { mayUseImportOf } from './import-use.js';
import { isManifest, readManifest, readPackageJson, type Dependency, type PackageJson } from './manifests.js';
import { extractSourceImports } from './source-imports.js';
import { TextPrefilter, type KnownLiterals, type PrebuiltScanner } from './text-prefilter.js';
import { wholeWordFilter } from './parse-filter.js';
import { ParseWorker, type ParseWorkerOptions } from './parse-client.js';
import { CI_IN_WORKER_CHARS, digest, LOAD_AT_ONCE_FILES, type ParseOutcome } from './parse-protocol.js';
import type { Deadline } from '../deadline.js';
import { escapeRegExp } from '../util/regexp.js';
import { realPath } from './viewed-path.js';

export interface Evidence {
  root: string;
  files: string[];
  fileSet: Set<string>;
  /** Text of a file (undefined when not text or not read), each line cut at MAX_SCANNED_LINE characters. */
  text(file: string): string | undefined;
  /** Text with comments blanked, same lines, each cut at MAX_SCANNED_LINE characters. */
  code(file: string): string | undefined;
  /**
   * False when the file cannot match the rule pattern because its text lacks every literal the pattern needs
   * (src/rules/literals.ts); true when it may. One scan per file answers for all the patterns collected for.
   */
  mayMatch(file: string, pattern: string): boolean;
  sourceFiles: string[];
  /**
   * Committed build output (JavaScript under dist/, build/, out/, small files only): not among `files`, so no
   * rule grades it as the project's code, but `text` reads it, for the one question it answers (committed secrets).
   */
  buildOutput: string[];
  /**
   * Minified JavaScript bundles and bundlers' output among `files` (see isMinifiedBundle, isBundlerOutput): the engine leaves them to the negative rules
   * (committed secrets) only, like committed build output, since no other rule learns about the project there.
   */
  bundles: string[];
  /**
   * Scripts that declare their own dependencies inline (see declaresOwnDependencies), beside a project of other
   * source files: a bug-report template, a reproduction or one-off helper script that installs what it needs when
   * run. They run on their own, not as the project, so like bundles only the negative rules see them.
   */
  standaloneScripts: string[];
  dependencies: Dependency[];
  packageJsons: PackageJson[];
  /**
   * Imports of the files that may import one of `modules` (or a subpath): every import of those files, file by
   * file in inventory order; the caller keeps the imports of `modules`. A TS/JS file is a candidate only when it
   * quotes one of the modules (the index finds files by the first segment, "@nestjs/common" for "@nestjs/x"),
   * and it is parsed when the caller gets to it, so stop early when you can.
   */
  importsIn(modules: readonly string[], options?: ImportQuery): Iterable<ImportFact>;
  /** Calls of the TS/JS files that mention a callee pattern's last word ("*.use" → use), parsed on demand. */
  callsIn(callees: readonly string[], where?: FileTest): Iterable<CallFact>;
  /** Decorators of the TS/JS files that mention one of the names' last words, parsed on demand. */
  decoratorsIn(names: readonly string[], where?: FileTest): Iterable<DecoratorFact>;
  /** TS/JS files parsed so far (parsing is lazy: this grows as rules ask). */
  parsedFiles: ReadonlySet<string>;
  /**
   * Loads the TS/JS parser. Until it is loaded, asking for facts that need a file parsed throws ParserNotLoaded;
   * the engine then loads it and scores again (every cache kept), so a repository that needs no parsing never
   * pays for loading TypeScript.
   */
  loadParser(): Promise<void>;
  /**
   * A rule needs the parser: starts loading it where that costs the main thread nothing (the parse worker), without
   * waiting. The engine then goes on with the rules that need no parse until parserSettled says loadParser would not
   * wait. Absent when there is no worker (loadParser loads the parser in the main thread).
   */
  prepareParser?(): void;
  /** Whether loadParser would resolve without waiting for the worker (see prepareParser). */
  parserSettled?(): boolean;
  /** No more facts will be asked for: stops the parse worker, if one runs (see CollectOptions.parseWorker). */
  stopParsing?(): void;
  ci: CiCommand[];
  /** The package scripts, make targets and scripts CI commands call, as expandCommand follows them (optional for hand-built evidence). */
  scriptSources?: ScriptSources;
  notes: ScanNote[];
  stats: { filesRead: number; readonly filesParsed: number };
}

/**
 * The files whose facts the caller keeps (it would drop every fact of any other file): the rest are skipped before
 * they are parsed. A view (src/evidence/view.ts) asks it with its own paths.
 */
export type FileTest = (file: string) => boolean;

export interface ImportQuery {
  /** Only the imports of files that pass; see FileTest. */
  where?: FileTest;
  /**
   * The caller keeps only used imports of the modules: a TS/JS file whose text shows that none of its imports
   * of them can be used (each imported name appears nowhere else) is skipped without parsing.
   */
  usedOnly?: boolean;
}

export interface CollectOptions {
  /** A JS/TS file is parsed only when it names one of these words (module names, callees the rules ask about). */
  parseWords: readonly string[];
  /** The rule patterns (text, contains, use) that `mayMatch` answers for; any other pattern always may match. */
  textPatterns?: readonly string[];
  /** The grade's time limit: checked as each file is read and as rules and detectors ask for a file's text. */
  deadline?: Deadline;
  /** Their literals, when already worked out (the compiled catalog); the others are worked out here. */
  literals?: KnownLiterals;
  /** The prefilter's scanner, when built already (the compiled catalog); used only for the same literal sets. */
  scanner?: PrebuiltScanner;
  /**
   * Load TypeScript and parse in a worker thread (parse-worker.ts), started as soon as the listing shows TS/JS files
   * (or one launched already, ParseWorker.launch: it is told the files, or stopped when there are none); false parses
   * in the main thread. Default: a worker when the build ships its entry, unless the environment sets
   * LEVELGATE_PARSE_WORKER=0. The facts are the same either way; only where the time is spent changes.
   */
  parseWorker?: ParseWorkerOptions | ParseWorker | false;
}

/** A build output file larger than this is a bundle, not an app's compiled config: it is not read. */
export const MAX_BUILD_OUTPUT_BYTES = 256 * 1024;

/** A JavaScript file at least this long (in characters) may be a bundle. */
export const MIN_BUNDLE_CHARS = 256 * 1024;
/** …when its lines average at least this many characters: minified code, which nobody writes by hand. */
export const MIN_BUNDLE_LINE = 1000;

/**
 * Whether a file is a minified JavaScript bundle: a .js/.cjs/.mjs file of at least 256 K characters whose lines
 * average 1,000 characters or more. Generated bundles committed outside dist/ (lib/, public/, static/) are most
 * of the text of some repositories, and every rule's patterns and the comment stripping ran through them.
 */
export function isMinifiedBundle(file: string, text: string): boolean {
  if (text.length < MIN_BUNDLE_CHARS || !/\.[cm]?js$/.test(file)) return false;
  let lines = 1;
  const most = text.length / MIN_BUNDLE_LINE;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (++lines > most) return false;
  return true;
}

/**
 * A bundler's runtime in a file's first lines: webpack's bootstrap (`(() => { // webpackBootstrap`) or a
 * chunk pushed onto its loader (`(window["webpackJsonp"] = …).push(`, `self.webpackChunk…`), browserify's prelude
 * (`(function e(t,n,r){function s(o,u){`, `(function(){function r(e,n,t){function o(i,f){`).
 */
const BUNDLER_PRELUDE = /webpackBootstrap|\bwebpackJsonp\b|\bwebpackChunk\w{0,80}|\(function e\(t,n,r\)\{function s\(o,u\)|function r\(e,n,t\)\{function o\(i,f\)/;

/**
 * Whether a JavaScript file is a bundler's output, whatever its size: a webpack or browserify bundle committed beside
 * the source (a dev server's live-reload client, a theme's compiled pages, a GitHub Action's compiled index.js). Its
 * modules are other packages' code or the project's sources again, not code written there.
 */
export function isBundlerOutput(file: string, text: string): boolean {
  return /\.[cm]?js$/.test(file) && BUNDLER_PRELUDE.test(text.slice(0, 400));
}

/**
 * A script's own dependency declaration, inline: Ruby's bundler/inline (`require "bundler/inline"` then
 * `gemfile do … end`), Python's inline script metadata (PEP 723: a `# /// script` comment block that uv and pipx
 * read). Such a script installs what it needs when run, outside the project's manifest.
 */
const INLINE_DEPENDENCIES: Partial<Record<string, RegExp>> = {
  ruby: /^[ \t]*require[ \t(]{1,4}['"]bundler\/inline['"]/m,
  python: /^#[ \t]\/\/\/[ \t]script[ \t]*\r?$/m,
};

/** Whether a source file in `language` is a script that declares its own dependencies inline (INLINE_DEPENDENCIES). */
export function declaresOwnDependencies(language: string, text: string): boolean {
  return INLINE_DEPENDENCIES[language]?.test(text) ?? false;
}

/** A rule needed a TS/JS file parsed before the parser was loaded: load it (Evidence.loadParser) and ask again. */
export class ParserNotLoaded extends Error {
  constructor(readonly file: string) {
    super(`${file} must be parsed, and the TS/JS parser is not loaded yet`);
  }
}

/** A module's first segment ("@prisma/client" → "@prisma", "node:fs" → "node"), the key of the import index. */
function firstSegment(module: string): string {
  const at = module.search(/[/.:]/);
  return at < 0 ? module : module.slice(0, at);
}

// Where a TS/JS file names a module: after from, import or require (a webpack comment may sit in between).
// A superset of what the parser finds, so the index only ever sends too many files to the parser, never too few.
const SPECIFIER = /\b(?:from|import|require)\s*(?:\(\s*)?(?:\/\*(?:[^*]|\*(?!\/)){0,500}\*\/\s*)*(['"`])([^'"`\n]+)\1/g;

/**
 * Whether `text` holds a string that starts with one of `modules`: every import the parser can find of a module
 * (or a subpath: "x/y", "x.js") is such a string, whatever stands between it and `from`, `import` or `require`.
 * (Like the parse words, it reads the module as spelled: an escape inside a specifier hides it.)
 */
function quotesModule(text: string, modules: readonly string[]): boolean {
  return modules.some((m) => text.includes(`'${m}`) || text.includes(`"${m}`) || text.includes(`\`${m}`));
}

/** The distinctive word of a callee pattern: "*.use" → "use", "jwt.sign" → "sign", "/re/" → "". */
export function calleeWord(pattern: string): string {
  if (pattern.startsWith('/')) return '';
  const parts = pattern.replace(/^new /, '').split('.').filter((p) => p && p !== '*');
  return parts[parts.length - 1] ?? '';
}

/** A test for files that may hold a call or decorator named by `patterns`; undefined when any file may. */
function wordTest(patterns: readonly string[]): RegExp | undefined {
  const words = patterns.map(calleeWord);
  if (words.some((w) => !w)) return undefined;
  const plain = words.filter((w) => w !== 'import').map(escapeRegExp);
  const parts = [...(plain.length ? [`(?<![\\w$])(?:${plain.join('|')})(?![\\w$])`] : []), ...(plain.length < words.length ? ['\\bimport\\s*\\('] : [])];
  return new RegExp(parts.join('|'));
}

const SHELL_SHEBANG = /^#![ \t]*\/\S*\/(?:env[ \t]+)?(?:ba|z|da|k)?sh\b/;
/**
 * A script in another language written to be run by its path (`bin/ci_spec` with `#!/usr/bin/env ruby`, a Python or
 * Perl script): CI runs it like a shell script, and the commands it hands on (`exec "bundle exec rspec"`,
 * `subprocess.run(["pytest", …])`) are in its text. `#` comments are left out as in a shell script.
 */
const INTERPRETER_SHEBANG = /^#![ \t]*\/\S*\/(?:env[ \t]+(?:-S[ \t]+)?)?(?:ruby|python[\d.]{0,4}|perl)\b/;
// A package's setup script names its test requirements (`tests_require=["pytest"]`) without running them.
const NOT_RUN_SCRIPTS = /(^|\/)setup\.py$/;
// Wrappers of build tools are shell scripts too, but following them shows nothing: the tool's name says it all.
const BUILD_TOOL_WRAPPERS = /(^|\/)(gradlew|mvnw)$/;

/** The text of the repository shell script at `path` (a .sh/.bash/.ps1/.cmd/.bat file, or a file with a shell shebang), if any. */
function shellScriptAt(path: string, files: ReadonlySet<string>, text: (file: string) => string | undefined, templates: readonly string[] = []): string | undefined {
  if (!files.has(path)) {
    const inTemplate = templateScript(path, files, templates);
    return inTemplate === undefined ? undefined : shellScriptAt(inTemplate, files, text);
  }
  if (BUILD_TOOL_WRAPPERS.test(path)) return undefined;
  const content = text(path);
  if (content === undefined) return undefined;
  return /\.(sh|bash|ps1|cmd|bat)$/i.test(path) || SHELL_SHEBANG.test(content) || (INTERPRETER_SHEBANG.test(content) && !NOT_RUN_SCRIPTS.test(path)) ? content : undefined;
}

/**
 * A project template's folder at the root (cookiecutter's `{{cookiecutter.project_slug}}/`, copier's `{{ name }}/`):
 * the project it generates holds these files under whatever name it is given.
 */
const TEMPLATE_FOLDER = /^\{\{[^/]{1,100}\}\}(?=\/)/;

/** The template folders at the root of a repository (none in almost every repository). */
export function templateFolders(files: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    if (f.charCodeAt(0) !== 123) continue;
    const m = TEMPLATE_FOLDER.exec(f);
    if (m) out.add(m[0]);
  }
  return [...out];
}

/**
 * A script a template's CI runs in the project it generates (`cookiecutter . && cd my-project && ./scripts/test.sh`):
 * the path with the generated folder's name replaced by the template's folder, or the path inside the template.
 */
function templateScript(path: string, files: ReadonlySet<string>, templates: readonly string[]): string | undefined {
  const rest = path.includes('/') ? path.slice(path.indexOf('/') + 1) : undefined;
  for (const t of templates) {
    if (rest !== undefined && files.has(`${t}/${rest}`)) return `${t}/${rest}`;
    if (files.has(`${t}/${path}`)) return `${t}/${path}`;
  }
  return undefined;
}

// Files a Cake build reads: its bootstrapper scripts and its script (`build.cake`, or a file-based `cake.cs`); and the
// `.flubu` file that names FlubuCore's build project.
const CAKE_BUILD_FILE = /(?:^|\/)(?:build\.(?:ps1|sh|cmd|bat)|[\w.-]+\.cake|cake\.cs)$|^\.flubu$/;

/** The .cs files of the build project at `project` (a .csproj, or its folder), joined; undefined when it holds none. */
function buildProgramAt(project: string, files: readonly string[], text: (file: string) => string | undefined): string | undefined {
  const folder = (project.endsWith('.csproj') ? project.slice(0, project.lastIndexOf('/') + 1) : `${project.replace(/\/$/, '')}/`).replace(/^\//, '');
  if (project.endsWith('.csproj') && !files.includes(project)) return undefined;
  const sources = files.filter((f) => f.startsWith(folder) && f.endsWith('.cs') && !f.slice(folder.length).includes('/')).slice(0, 20);
  return sources.length ? sources.map((f) => text(f) ?? '').join('\n') : undefined;
}

/**
 * The parse worker for this inventory's TS/JS files, as the options say: one launched already (told the files, or
 * stopped when there are none to parse), one started now, or none.
 */
function parseWorkerFor(inventory: Inventory, options: CollectOptions): ParseWorker | undefined {
  const chosen = options.parseWorker;
  const off = chosen === false || (chosen === undefined && process.env.LEVELGATE_PARSE_WORKER === '0');
  const files = off || options.parseWords.length === 0 ? [] : inventory.files.filter((f) => isTextCandidate(f) && isSourceFile(f) && languageOf(f) === 'js');
  // Its first job: the commands of the CI files, when there are many (see WorkerFiles.ci).
  const loadAtOnce = inventory.files.length <= LOAD_AT_ONCE_FILES;
  const ci = files.length ? inventory.files.flatMap((f): [string, CiSystem][] => (isTextCandidate(f) && ciSystemOf(f) ? [[f, ciSystemOf(f)!]] : [])) : [];
  if (chosen instanceof ParseWorker) {
    if (files.length === 0) {
      chosen.stop('no TS/JS file to parse');
      return undefined;
    }
    chosen.lookAt(inventory.root, files, options.parseWords, ci, loadAtOnce, !!inventory.samplesViewed);
    return chosen;
  }
  return files.length ? ParseWorker.start(inventory.root, files, options.parseWords, chosen || undefined, ci, loadAtOnce, !!inventory.samplesViewed) : undefined;
}

/** Reads the inventory's text files once and extracts every fact the rules use; TS/JS is parsed later, on demand. */
export async function collectEvidence(inventory: Inventory, options: CollectOptions): Promise<Evidence> {
  const notes = inventory.notes;
  // The parse worker starts first: loading TypeScript (~0.1 s) then overlaps reading and the text rules.
  const worker = parseWorkerFor(inventory, options);
  const onDisk = inventory.samplesViewed ? realPath : undefined;
  const reader = new FileReader(inventory.root, notes, undefined, onDisk);
  await reader.readAll(inventory.files.filter(isTextCandidate));
  // Build output is read apart, and a large file (a bundle of other people's code) is left unread without a note.
  const buildOutput = inventory.buildOutput ?? [];
  const buildReader = new FileReader(inventory.root, [], MAX_BUILD_OUTPUT_BYTES, onDisk);
  if (buildOutput.length) await buildReader.readAll(buildOutput);
  const text = (file: string) => reader.cached(file) ?? (buildOutput.length ? buildReader.cached(file) : undefined);
  // Manifests and CI files are parsed from the whole text; regexes (rules, detectors) read it with long lines cut.
  // Rules and detectors ask for a file's text as they start on it: the time limit is checked and charged there.
  const deadline = options.deadline;
  const scannedCache = new Map<string, string | undefined>();
  const scanned = (file: string) => {
    if (!scannedCache.has(file)) {
      const t = text(file);
      scannedCache.set(file, t === undefined ? undefined : capLines(t));
    }
    return scannedCache.get(file);
  };
  // The literal prefilter reads the whole text: whatever the cut text matches, the whole text has the literals of.
  const prefilter = new TextPrefilter(options.textPatterns ?? [], text, options.literals, options.scanner);
  // Nearly every file read is asked about by some text rule (the secrets scan reads them all): scan them in one go.
  prefilter.scanNow(inventory.files);
  const codeCache = new Map<string, string | undefined>();
  const code = (file: string) => {
    if (!codeCache.has(file)) {
      const t = text(file);
      // Comments are found in the whole text (a comment opened past the cut still ends where it ends).
      codeCache.set(file, t === undefined ? undefined : capLines(stripComments(file, t)));
    }
    return codeCache.get(file);
  };

  const dependencies: Dependency[] = [];
  const packageJsons: PackageJson[] = [];
  const sourceFiles: string[] = [];
  const sources: ScriptSources = { npmScripts: new Map(), makeTargets: new Map(), rakeTasks: new Map(), toxEnvs: new Map() };
  const ciFiles: string[] = [];
  const worthParsing = wholeWordFilter(options.parseWords);
  const order = new Map<string, number>();
  // Imports of the other languages, read now (a regex per line); TS/JS files are only indexed by what they quote.
  const otherImports = new Map<string, ImportFact[]>();
  const jsFiles: string[] = [];
  const bundles: string[] = [];
  const standalone: string[] = [];
  const bySegment = new Map<string, Set<string>>();
  const indexAs = (segment: string, file: string) => {
    let files = bySegment.get(segment);
    if (!files) bySegment.set(segment, (files = new Set()));
    files.add(file);
  };

  for (const file of inventory.files) {
    const content = text(file);
    if (content === undefined) continue;
    deadline?.enterFile(file);
    const base = file.slice(file.lastIndexOf('/') + 1);
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
    if (base === 'package.json') {
      const pkg = readPackageJson(file, content, notes);
      if (pkg) {
        packageJsons.push(pkg);
        const scripts = pkg.data.scripts;
        if (scripts && typeof scripts === 'object') sources.npmScripts.set(dir, scripts as Record<string, string>);
        for (const d of readManifest(file, content, [])) dependencies.push(d);
      }
    } else if (isManifest(file)) {
      for (const d of readManifest(file, content, notes)) dependencies.push(d);
    }
    if (base === 'Makefile' || base === 'justfile' || base === 'makefile') sources.makeTargets.set(dir, parseMakefile(content));
    if ((base === 'Rakefile' || base === 'rakefile' || base === 'Rakefile.rb') && !isTestFile(file)) sources.rakeTasks!.set(dir, parseRakefile(content));
    if (base === 'tox.ini' && !isTestFile(file)) sources.toxEnvs!.set(dir, parseToxEnvlist(content));
    if (ciSystemOf(file)) ciFiles.push(file);
    if (!isSourceFile(file)) continue;
    order.set(file, sourceFiles.length);
    sourceFiles.push(file);
    const language = languageOf(file);
    if (language === 'js') {
      jsFiles.push(file);
      if (isMinifiedBundle(file, content) || isBundlerOutput(file, content)) bundles.push(file);
      for (const m of content.matchAll(SPECIFIER)) indexAs(firstSegment(m[2]!), file);
    } else {
      if (declaresOwnDependencies(language, content)) standalone.push(file);
      const found = extractSourceImports(file, language, code(file) ?? '');
      if (found.length) otherImports.set(file, found);
      for (const i of found) indexAs(firstSegment(i.module), file);
    }
  }

  // TypeScript (ts-morph's, shipped minified: 3.6 MB) takes ~0.1 s to compile on Node 20: it is loaded only
  // when a rule first needs a file parsed (see ParserNotLoaded and prepareParser), which many repositories never do.
  const worth = new Map<string, boolean>();
  const mayParse = (file: string) => {
    let yes = worth.get(file);
    if (yes === undefined) worth.set(file, (yes = worthParsing(text(file) ?? '')));
    return yes;
  };
  let parser: typeof import('./js-facts.js') | undefined;
  // With a worker, the first need waits for it to have TypeScript loaded; a worker that failed, or a file it cannot
  // answer for, brings the parser into the main thread (the second call).
  let askedWorker = false;
  let useWorker = false;
  const loadParser = async () => {
    if (worker && !askedWorker) {
      askedWorker = true;
      useWorker = await worker.whenReady();
      if (useWorker) return;
    }
    parser ??= await import('./js-facts.js');
  };
  const parseHere = (file: string, content: string): ParseOutcome => {
    try {
      return { facts: parser!.extractJsFacts(file, content) };
    } catch (error) {
      return { error: (error as Error).message.split('\n')[0] ?? '' };
    }
  };
  const parsed = new Map<string, JsFacts | undefined>();
  const parsedFiles = new Set<string>();
  const factsOf = (file: string): JsFacts | undefined => {
    if (parsed.has(file)) return parsed.get(file);
    let facts: JsFacts | undefined;
    if (mayParse(file)) {
      const content = text(file) ?? '';
      let outcome = useWorker ? worker!.take(file, content) : undefined;
      if (!outcome) {
        if (!parser) throw new ParserNotLoaded(file);
        outcome = parseHere(file, content);
      }
      parsedFiles.add(file);
      facts = outcome.facts;
      // One unparseable file must not stop the grade: note it and go on.
      if (!facts) notes.push({ kind: 'parse-error', path: file, message: `could not be parsed (${outcome.error}); not graded` });
      else if (facts.parseErrors > 0) notes.push({ kind: 'parse-error', path: file, message: `has ${facts.parseErrors} syntax error(s); graded from what parses` });
    }
    parsed.set(file, facts);
    return facts;
  };

  const candidatesCache = new Map<string, string[]>();
  const importCandidates = (modules: readonly string[]): string[] => {
    const key = `i:${modules.join('\u0000')}`;
    let files = candidatesCache.get(key);
    if (!files) {
      const union = new Set<string>();
      for (const m of modules) for (const f of bySegment.get(firstSegment(m)) ?? []) union.add(f);
      files = [...union].sort((a, b) => order.get(a)! - order.get(b)!);
      candidatesCache.set(key, files);
    }
    return files;
  };
  const wordCandidates = (kind: string, patterns: readonly string[]): string[] => {
    const key = `${kind}:${patterns.join('\u0000')}`;
    let files = candidatesCache.get(key);
    if (!files) {
      const re = wordTest(patterns);
      files = jsFiles.filter((f) => !re || re.test(text(f) ?? ''));
      candidatesCache.set(key, files);
    }
    return files;
  };
  function* importsIn(modules: readonly string[], options: ImportQuery = {}): Iterable<ImportFact> {
    for (const file of importCandidates(modules)) {
      if (options.where && !options.where(file)) continue;
      const other = otherImports.get(file);
      if (other) yield* other;
      // A file is a candidate when it quotes a module of the same first segment ("@nestjs/common" for
      // "@nestjs/schedule"): one that quotes none of these modules has no import of them to parse for.
      else if (!quotesModule(text(file) ?? '', modules)) continue;
      else if (!options.usedOnly || mayUseImportOf(code(file) ?? '', modules)) yield* factsOf(file)?.imports ?? [];
    }
  }
  function* callsIn(callees: readonly string[], where?: FileTest): Iterable<CallFact> {
    for (const file of wordCandidates('c', callees)) if (!where || where(file)) yield* factsOf(file)?.calls ?? [];
  }
  function* decoratorsIn(names: readonly string[], where?: FileTest): Iterable<DecoratorFact> {
    for (const file of wordCandidates('d', names)) if (!where || where(file)) yield* factsOf(file)?.decorators ?? [];
  }

  const fileSet = new Set(inventory.files);
  const templates = templateFolders(inventory.files);
  sources.shellScript = (path) => shellScriptAt(path, fileSet, text, templates);
  sources.buildProgram = (project) => buildProgramAt(project, [...inventory.files, ...buildOutput], text);
  sources.buildScript = (path) => (fileSet.has(path) && CAKE_BUILD_FILE.test(path) ? text(path) : undefined);
  const ci: CiCommand[] = [];
  // GitLab CI's local includes are pipeline configuration wherever they are kept (`.ci/linux.gitlab-ci.yml`), followed
  // from .gitlab-ci.yml and from each file it includes (three levels deep).
  const included = new Map<string, CiSystem>();
  let including = ciFiles.filter((f) => ciSystemOf(f) === 'gitlab');
  for (let depth = 0; depth < 3 && including.length; depth++) {
    const next: string[] = [];
    for (const file of including) {
      for (const path of gitlabLocalIncludes(text(file) ?? '', inventory.files)) {
        if (!fileSet.has(path) || ciSystemOf(path) || included.has(path)) continue;
        included.set(path, 'gitlab');
        ciFiles.push(path);
        next.push(path);
      }
    }
    including = next;
  }
  // A large CI configuration's commands were extracted by the parse worker while this thread read the files.
  const inWorker = worker && ciFiles.reduce((sum, file) => sum + (text(file)?.length ?? 0), 0) >= CI_IN_WORKER_CHARS ? worker.ciOutcomes() : undefined;
  for (const file of ciFiles) {
    try {
      deadline?.enterFile(file);
      const content = text(file) ?? '';
      const done = inWorker?.get(file);
      const extracted = done?.digest === digest(content) ? done : undefined;
      if (extracted?.error !== undefined) throw new Error(extracted.error);
      for (const command of extracted?.commands ?? extractCiCommands(file, content, ciSystemOf(file) ?? included.get(file)!)) {
        ci.push({ ...command, expanded: expandCommand(command.text, sources) });
      }
    } catch (error) {
      notes.push({ kind: 'invalid-manifest', path: file, message: `CI file could not be parsed (${(error as Error).message}); its jobs are not counted` });
    }
  }

  return {
    root: inventory.root,
    files: inventory.files,
    fileSet,
    text: deadline ? (file) => (deadline.enterFile(file), scanned(file)) : scanned,
    code: deadline ? (file) => (deadline.enterFile(file), code(file)) : code,
    mayMatch: (file, pattern) => prefilter.mayMatch(file, pattern),
    sourceFiles,
    buildOutput,
    bundles,
    // A repository that is nothing but such scripts is graded on them: they are its project.
    standaloneScripts: standalone.length < sourceFiles.length ? standalone : [],
    dependencies,
    packageJsons,
    importsIn,
    callsIn,
    decoratorsIn,
    parsedFiles,
    loadParser,
    ...(worker ? { prepareParser: () => worker.prepare(), parserSettled: () => worker.settled(), stopParsing: () => worker.stop() } : {}),
    ci,
    scriptSources: sources,
    notes,
    stats: {
      filesRead: reader.filesRead,
      get filesParsed() {
        return parsedFiles.size;
      },
    },
  };
}
