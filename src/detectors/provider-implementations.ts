import { isScaffolding, isTestFile } from '../evidence/file-sets.js';
import { languageOf, type Language } from '../evidence/languages.js';
import type { Evidence } from '../evidence/index.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { escapeRegExp } from '../util/regexp.js';

// Folders that hold interchangeable implementations of one contract (spi/: Java's service provider interface package,
// its contracts beside the implementations in its subpackages; notify/: a Notifier with one implementation per channel).
const PROVIDER_FOLDERS = new Set(['providers', 'provider', 'plugins', 'adapters', 'drivers', 'backends', 'strategies', 'connectors', 'notifiers', 'notify', 'exporters', 'sinks', 'storage', 'stores', 'spi']);
// An in-memory fake or a test double is not a provider someone would choose.
const NOT_A_PROVIDER = /^(InMemory|Memory|Fake|Mock|Stub|Dummy|Noop|NoOp|Null|Test)/;

/** Contracts a file declares: interfaces, abstract classes, traits, Python ABCs and Protocols, Go interfaces. */
const DECLARATION = /\binterface[ \t]+([A-Z]\w*)|\babstract[ \t]+class[ \t]+([A-Z]\w*)|\btrait[ \t]+([A-Z]\w*)|\bclass[ \t]+([A-Z]\w*)\((?:[\w.]*\.)?(?:ABC|Protocol)\)|\btype[ \t]+([A-Z]\w*)[ \t]+interface\b/g;
/** Classes that implement a named contract, as [class, contracts] (TS/Java/Kotlin/C#/Python/Rust). */
const IMPLEMENTATION = /\bclass[ \t]+(\w+)(?:<[^>\n]{0,100}>)?(?:\([^)\n]{0,200}\))?[ \t]*(?:(?:implements|extends|:)[ \t]*([\w.<>, \t]{1,200}))|\bimpl(?:<[^>\n]{0,100}>)?[ \t]+([\w:]+)[ \t]+for[ \t]+(\w+)/g;
const PYTHON_CLASS = /\bclass[ \t]+(\w+)\(([\w., \t]{1,200})\)/g;
/** DECLARATION as the evidence's literal prefilter knows it: a file without its literals declares no contract. */
const DECLARATION_PATTERN = `/${DECLARATION.source}/`;
/**
 * A Go registry keyed by name: a function the project defines that takes a name and the implementation or its
 * factory (`func RegisterEngine(name string, builder EngineBuilderFunc)`, `func Register(name string, d Driver)`),
 * as database/sql's drivers register. A function of one string (a package registering its description) or of no
 * name registers no implementation to choose.
 */
const GO_REGISTRY = /^func[ \t]+(Register[A-Z]?\w{0,40})\([ \t]*\w{1,30}(?:[ \t]*,[ \t]*\w{1,30})?[ \t]+string[ \t]*,[ \t]*\w{1,30}[ \t]+[*\w.[\]]{1,80}[ \t]*\)/gm;
const GO_REGISTRY_PATTERN = `/${GO_REGISTRY.source}/m`;
/** The sibling packages that register themselves, each from its init function (`func init() { x.RegisterEngine(…) }`). */
const MIN_REGISTERING_PACKAGES = 3;

const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const baseOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/**
 * A provider architecture: one contract declared in the repository and at least `minImplementations` sibling
 * implementations of it in a providers/, drivers/, adapters/ (…) folder, chosen somewhere else in the code (a
 * file that names two of them). Go implements interfaces implicitly: there, sibling packages under the folder
 * that declares the interface are the implementations, and so are packages that register themselves by name in a
 * registry the project defines (goRegistries).
 */
export const providerImplementations: Detector = {
  name: 'providerImplementations',
  question: 'Is there one interface with several sibling implementations (providers, drivers, adapters) that the code chooses between?',
  textPatterns: [DECLARATION_PATTERN, GO_REGISTRY_PATTERN],
  detect(evidence, options) {
    const min = typeof options.minImplementations === 'number' ? options.minImplementations : 2;
    const code = evidence.sourceFiles.filter((f) => !isTestFile(f) && !isScaffolding(f));
    const contracts = new Map<string, string>(); // name → declaring file
    for (const file of code) {
      // Comment-free text holds no literal its whole text lacks: the prefilter passes over files with no declaration.
      if (!evidence.mayMatch(file, DECLARATION_PATTERN)) continue;
      for (const m of (evidence.code(file) ?? '').matchAll(DECLARATION)) {
        const name = m.slice(1).find(Boolean)!;
        if (!contracts.has(name)) contracts.set(name, file);
      }
    }
    const registered = goRegistries(code, evidence) ?? exportedAdapters(evidence) ?? packagedImplementations(code, evidence, contracts);
    if (contracts.size === 0) return registered ? [registered] : [];
    // contract → implementations (class or package name → file)
    const implementations = new Map<string, Map<string, string>>();
    const add = (contract: string, name: string, file: string) => {
      if (NOT_A_PROVIDER.test(name) || !contracts.has(contract)) return;
      let found = implementations.get(contract);
      if (!found) implementations.set(contract, (found = new Map()));
      if (!found.has(name)) found.set(name, file);
    };
    for (const file of code) {
      const folders = folderOf(file).split('/');
      if (!folders.some((f) => PROVIDER_FOLDERS.has(f.toLowerCase()))) continue;
      const text = evidence.code(file) ?? '';
      if (languageOf(file) === 'go') {
        // A package in a subfolder of the folder that declares a Go interface implements it.
        for (const [contract, declaredIn] of contracts) {
          const parent = folderOf(declaredIn);
          if (declaredIn.endsWith('.go') && file.startsWith(`${parent}/`) && folderOf(file) !== parent && PROVIDER_FOLDERS.has(baseOf(parent).toLowerCase())) {
            add(contract, file.slice(parent.length + 1).split('/')[0]!, file);
          }
        }
        continue;
      }
      for (const m of text.matchAll(languageOf(file) === 'python' ? PYTHON_CLASS : IMPLEMENTATION)) {
        if (m[3] && m[4]) add(m[3].split('::').pop()!, m[4], file);
        else for (const contract of (m[2] ?? '').split(/[,\s]+/)) add(contract.split('<')[0]!.split('.').pop()!, m[1]!, file);
      }
    }
    const out: Finding[] = [];
    const selectors = new Map<string, string | undefined>();
    for (const [contract, found] of implementations) {
      if (found.size < min) continue;
      const names = [...found.keys()];
      const files = new Set(found.values());
      // Chosen by configuration: a file other than the implementations names at least two of them. Contracts often
      // share their implementations (Storage and MusicFS both by local/ and storagetest/): the same search, done once.
      const key = `${names.join('\u0000')}\u0001${[...files].join('\u0000')}`;
      if (!selectors.has(key)) selectors.set(key, selectorOf(code, names, files, min, evidence));
      const selector = selectors.get(key);
      const where = [...files][0]!;
      out.push(
        selector
          ? { file: selector, line: 1, message: `chooses between ${names.length} implementations of ${contract} (${names.slice(0, 4).join(', ')})`, strength: 'strong' }
          : { file: where, line: 1, message: `${names.length} implementations of ${contract}, but nothing chooses between them`, strength: 'weak' },
      );
    }
    if (registered) out.push(registered);
    return out.sort((a, b) => (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1)).slice(0, 3);
  },
};

/** The first file of `code`, not one of the implementations, that names at least `min` of them as whole words. */
function selectorOf(code: readonly string[], names: readonly string[], files: ReadonlySet<string>, min: number, evidence: Evidence): string | undefined {
  const words = new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`, 'g');
  // A text names `min` of them only if it holds that many as substrings: most files are ruled out without the regex.
  const holdsEnough = (text: string) => {
    if (min <= 0) return true;
    let held = 0;
    for (const name of names) if (text.includes(name) && ++held >= min) return true;
    return false;
  };
  return code.find((f) => {
    if (files.has(f)) return false;
    const text = evidence.code(f) ?? '';
    return holdsEnough(text) && new Set(text.match(words) ?? []).size >= min;
  });
}

/**
 * Go's registry idiom: a Register function keyed by name, defined in the project, that several sibling packages call
 * from their init functions (each a datastore engine, a driver, a module); the name in the configuration picks one.
 */
function goRegistries(code: readonly string[], evidence: Evidence): Finding | undefined {
  const goFiles = code.filter((f) => languageOf(f) === 'go');
  const registries = new Map<string, string>(); // function → defining file
  for (const file of goFiles) {
    if (!evidence.mayMatch(file, GO_REGISTRY_PATTERN)) continue;
    for (const m of (evidence.code(file) ?? '').matchAll(GO_REGISTRY)) if (!registries.has(m[1]!)) registries.set(m[1]!, file);
  }
  if (registries.size === 0) return undefined;
  // A package's call of each registry (`engines.RegisterEngine(`), built once, not once per file.
  const calls = [...registries].map(([name, definedIn]) => ({ name, folder: folderOf(definedIn), call: new RegExp(`\\b\\w+\\.${name}\\(`) }));
  const callers = new Map<string, Set<string>>(); // function → folders of the packages calling it from init()
  for (const file of goFiles) {
    const text = evidence.code(file) ?? '';
    if (!text.includes('func init()')) continue;
    for (const { name, folder, call } of calls) {
      if (folderOf(file) === folder || !call.test(text)) continue;
      let found = callers.get(name);
      if (!found) callers.set(name, (found = new Set()));
      found.add(folderOf(file));
    }
  }
  for (const [name, folders] of callers) {
    if (folders.size < MIN_REGISTERING_PACKAGES) continue;
    const names = [...folders].sort().map(baseOf);
    return { file: registries.get(name)!, line: 1, message: `${folders.size} packages register implementations through ${name} (${names.slice(0, 4).join(', ')})`, strength: 'strong' };
  }
  return undefined;
}

/** An entry point under one of these folders is an implementation the package offers: `./adapters/express`. */
const EXPORTED_IMPLEMENTATION = /(?:^|\/)(adapters?|plugins|providers|drivers|backends|connectors)\/([\w-]{1,60})/;
const MIN_EXPORTED_IMPLEMENTATIONS = 3;

/**
 * A published package whose exports map offers its callers several implementations of one extension point, each an
 * entry point of its own (`"./adapters/express"`, `"./adapters/fastify"`, `"./bun": "./dist/adapter/bun/index.js"`):
 * the caller chooses one by importing it, as a framework's runtime adapters are chosen. Examples and tests are not
 * the package.
 */
function exportedAdapters(evidence: Evidence): Finding | undefined {
  for (const pkg of evidence.packageJsons) {
    if (isTestFile(pkg.file) || isScaffolding(pkg.file)) continue;
    const exportsMap = pkg.data.exports;
    if (!exportsMap || typeof exportsMap !== 'object' || Array.isArray(exportsMap)) continue;
    const offered = new Map<string, Set<string>>(); // folder kind → implementations
    for (const [key, target] of Object.entries(exportsMap as Record<string, unknown>)) {
      for (const path of [key, ...stringsIn(target)]) {
        const m = EXPORTED_IMPLEMENTATION.exec(path);
        if (!m) continue;
        const kind = m[1]!.replace(/s$/, '');
        const name = m[2]!;
        if (name === 'index') continue;
        let found = offered.get(kind);
        if (!found) offered.set(kind, (found = new Set()));
        found.add(name);
      }
    }
    for (const [kind, names] of offered) {
      if (names.size < MIN_EXPORTED_IMPLEMENTATIONS) continue;
      const list = [...names].sort();
      return { file: pkg.file, line: 1, message: `exports ${names.size} ${kind}s for its callers to choose from (${list.slice(0, 4).join(', ')})`, strength: 'strong' };
    }
  }
  return undefined;
}

/** A folder that is a package of its own: it holds a manifest. */
const PACKAGE_MANIFEST = /(?:^|\/)(?:package\.json|Cargo\.toml|pyproject\.toml|setup\.py|pom\.xml|build\.gradle(?:\.kts)?|[^/]{1,120}\.csproj)$/;
/** A word of a folder's name that makes its package a test, a sample, a template or a benchmark, not one offered to callers. */
const NOT_OFFERED = /(?:^|[-_.])(?:tests?|testing|specs?|fixtures?|examples?|samples?|demos?|bench(?:es|marks?)?|templates?|harness|testkit|mocks?|fakes?)(?:$|[-_.])/i;
/** A package that runs on its own (an image, a main program): a service or tool of the project, not an implementation. */
const RUNS_ON_ITS_OWN = ['Dockerfile', 'src/main.rs', 'Program.cs', 'main.py', '__main__.py', 'main.go'];
/** A test double shipped as a package is still no implementation a caller picks; a package named memory is (feathers' memory adapter). */
const NOT_A_PACKAGED_PROVIDER = /^(Fake|Mock|Stub|Dummy|Noop|NoOp|Null|Test)/;
/** Words of a contract's name that say what kind of contract it is, not what it is for. */
const CONTRACT_FILLER = new Set(['Abstract', 'Base', 'Default', 'Interface', 'Generic']);
const MIN_PACKAGED_IMPLEMENTATIONS = 3;
/** Last words of a package's name that name its role in the project, not the technology an implementation adapts. */
const ROLE_WORDS = new Set(['core', 'common', 'commons', 'shared', 'util', 'utils', 'lib', 'libs', 'base', 'api', 'cli', 'command', 'commands', 'app', 'main', 'server', 'client', 'web', 'model', 'models', 'types', 'internal']);
const PACKAGED_LANGUAGES = new Set<Language>(['js', 'java', 'kotlin', 'csharp', 'python', 'rust']);

/**
 * One contract of the project implemented by several sibling packages of its own, one implementation each: the
 * framework's adapters published one package per database (packages/knex, packages/mongodb, packages/memory, each
 * extending the core's AdapterBase), a platform's crates for each web framework (services/shuttle-axum,
 * services/shuttle-rocket, each `impl Service for`), a converter per JSON library (retrofit-converters/moshi, …/gson).
 * The caller picks one by depending on its package, so no file of the project chooses between them. Each class is
 * named for its package and for the contract (KnexAdapter in knex/ for AdapterBase), three or more sit in one folder
 * below the root, and none runs on its own: a folder of the project's services or apps (an image, a main program, a
 * private npm package), feature modules at the root of a build, tests, samples and templates are not implementations
 * offered to callers.
 */
function packagedImplementations(code: readonly string[], evidence: Evidence, contracts: ReadonlyMap<string, string>): Finding | undefined {
  if (contracts.size === 0) return undefined;
  const notOffered = new Set<string>();
  for (const pkg of evidence.packageJsons) if (pkg.data.private === true) notOffered.add(folderOf(pkg.file));
  const groups = new Map<string, string[]>(); // parent folder → package folders in it
  for (const file of evidence.files) {
    if (!PACKAGE_MANIFEST.test(file)) continue;
    const folder = folderOf(file);
    const parent = folderOf(folder);
    if (!folder || !parent || folder.split('/').some((segment) => NOT_OFFERED.test(segment)) || isScaffolding(file) || isTestFile(file)) continue;
    if (notOffered.has(folder) || RUNS_ON_ITS_OWN.some((f) => evidence.fileSet.has(`${folder}/${f}`))) continue;
    if (file.endsWith('Cargo.toml') && /^[ \t]*publish[ \t]*=[ \t]*false/m.test(evidence.text(file) ?? '')) continue;
    const siblings = groups.get(parent) ?? [];
    if (!siblings.includes(folder)) siblings.push(folder);
    groups.set(parent, siblings);
  }
  const packageOf = new Map<string, string>(); // package folder → its parent, for groups of enough packages
  for (const [parent, folders] of groups) if (folders.length >= MIN_PACKAGED_IMPLEMENTATIONS) for (const folder of folders) packageOf.set(folder, parent);
  if (packageOf.size === 0) return undefined;
  const packageOfFile = (file: string): string | undefined => {
    for (let folder = folderOf(file); folder; folder = folderOf(folder)) if (packageOf.has(folder) || groups.has(folder)) return packageOf.has(folder) ? folder : undefined;
    return undefined;
  };
  // contract → package → [class, file]
  const found = new Map<string, Map<string, [string, string]>>();
  for (const file of code) {
    const language = languageOf(file);
    if (!PACKAGED_LANGUAGES.has(language)) continue;
    const pkg = packageOfFile(file);
    if (!pkg) continue;
    const variant = baseOf(pkg).split(/[-_.]/).pop()!.toLowerCase();
    if (variant.length < 3 || ROLE_WORDS.has(variant)) continue;
    const text = evidence.code(file) ?? '';
    const declared: [string, string][] = []; // [class, what it extends or implements]
    for (const m of text.matchAll(language === 'python' ? PYTHON_CLASS : IMPLEMENTATION)) {
      if (m[3] && m[4]) declared.push([m[4], m[3].split('::').pop()!]);
      else declared.push([m[1]!, m[2] ?? '']);
    }
    if (language !== 'python') declared.push(...typeParametersAcrossLines(text));
    for (const [name, supers] of declared) {
      for (const contract of supers.split(/[,\s]+/).map((c) => c.split('<')[0]!.split('.').pop()!)) {
        const declaredIn = contracts.get(contract);
        if (!declaredIn || declaredIn.startsWith(`${pkg}/`) || NOT_A_PACKAGED_PROVIDER.test(name) || !name.toLowerCase().includes(variant)) continue;
        if (!contractWords(contract).some((word) => name.includes(word))) continue;
        let byPackage = found.get(contract);
        if (!byPackage) found.set(contract, (byPackage = new Map()));
        if (!byPackage.has(pkg)) byPackage.set(pkg, [name, file]);
      }
    }
  }
  let best: { contract: string; parent: string; classes: [string, string][] } | undefined;
  for (const [contract, byPackage] of found) {
    const byParent = new Map<string, [string, string][]>();
    for (const [pkg, implementation] of byPackage) byParent.set(packageOf.get(pkg)!, [...(byParent.get(packageOf.get(pkg)!) ?? []), implementation]);
    for (const [parent, classes] of byParent) if (classes.length >= MIN_PACKAGED_IMPLEMENTATIONS && classes.length > (best?.classes.length ?? 0)) best = { contract, parent, classes };
  }
  if (!best) return undefined;
  const names = best.classes.map(([name]) => name);
  return { file: best.classes[0]![1], line: 1, message: `${names.length} packages in ${best.parent}/ each implement ${best.contract} for callers to choose from (${names.slice(0, 4).join(', ')})`, strength: 'strong' };
}

/** A class line with type parameters (`class KnexAdapter<`), matched before its parameters are walked by hand. */
const TYPE_PARAMETERS_OPEN = /\bclass[ \t]+(\w+)</g;
/** What follows a class's type parameters: the contracts it extends or implements. */
const AFTER_TYPE_PARAMETERS = /^\s{0,20}(?:implements|extends|:)[ \t]*([\w.<>, \t]{1,200})/;

/**
 * Classes whose type parameters run over several lines or nest (`class KnexAdapter<\n  P extends Params<any> = Params,\n>
 * extends AdapterBase<…>`), which IMPLEMENTATION reads on one line only: the brackets are counted by hand, up to 800
 * characters and never past a `{` or `;`, as [class, what it extends or implements].
 */
function typeParametersAcrossLines(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of text.matchAll(TYPE_PARAMETERS_OPEN)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const end = Math.min(text.length, i + 800);
    for (; i < end && depth > 0; i++) {
      const c = text[i];
      if (c === '<') depth++;
      else if (c === '>') depth--;
      else if (c === '{' || c === ';') break;
    }
    if (depth !== 0) continue;
    const after = AFTER_TYPE_PARAMETERS.exec(text.slice(i, i + 260));
    if (after) out.push([m[1]!, after[1]!]);
  }
  return out;
}

/** The words of a contract's name that say what it is for (`AdapterBase` → Adapter, `ITransport` → Transport). */
function contractWords(contract: string): string[] {
  const words = contract.replace(/^I(?=[A-Z][a-z])/, '').match(/[A-Z][a-z0-9]+|[A-Z]+(?![a-z])/g) ?? [];
  return words.filter((word) => word.length >= 4 && !CONTRACT_FILLER.has(word));
}

/** Every string inside a JSON value (an export's conditions: import, require, types, default). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}
