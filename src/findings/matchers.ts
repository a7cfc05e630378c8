// Turns a rule's evidence matchers into findings, each at a file and line.
import type { Evidence } from '../evidence/index.js';
import type { ImportFact } from '../evidence/js-facts.js';
import type { Ecosystem } from '../evidence/manifests.js';
import { normalizePythonName } from '../evidence/manifests.js';
import { fileFilter, filesMatching, isScaffolding, isTestDataFile, isTestOrTestData } from '../evidence/file-sets.js';
import { languageOf, lineAt, type Language } from '../evidence/languages.js';
import { DETECTORS } from '../detectors/index.js';
import { alternativesOf } from '../rules/literals.js';
import { compilePattern } from '../rules/pattern.js';
import { oncePerEvidence, SharedAnswers } from '../evidence/shared-answer.js';
import type { Matcher } from '../rules/schema.js';
import type { Finding } from '../types.js';

/** Findings a rule can show (score/evaluate.ts keeps at most this many), so a matcher stops looking after them. */
export const MATCHES_SHOWN = 10;

/** Whether an import of `module` is the package `name` or a subpath of it. */
export function moduleMatches(module: string, name: string): boolean {
  if (module === name) return true;
  return module.startsWith(name) && ['/', '.', '::', ':'].some((sep) => module.startsWith(name + sep));
}

/** The languages that import a package of each ecosystem: Ruby's `require 'pony'` is not Python's pony ORM. */
const LANGUAGES_OF: Record<Ecosystem, readonly Language[]> = {
  npm: ['js'],
  pypi: ['python'],
  go: ['go'],
  maven: ['java', 'kotlin'],
  gem: ['ruby'],
  nuget: ['csharp'],
  cargo: ['rust'],
};

/** Whether an import can be of a package of one of `ecosystems`, by the language of the file it is in. */
function importableFrom(ecosystems: readonly Ecosystem[], file: string): boolean {
  const language = languageOf(file);
  return ecosystems.some((e) => LANGUAGES_OF[e]?.includes(language) ?? true);
}

// Facts of other files are dropped by every matcher below: the evidence skips them before parsing (FileTest).
const isProjectFile = (file: string) => !isScaffolding(file);

/** The files of a list that are the running project (not seed scripts, examples, changelogs: see isScaffolding). */
const projectOnlyCache = new WeakMap<readonly string[], readonly string[]>();
const runningOnlyCache = new WeakMap<readonly string[], readonly string[]>();
function projectOnly(files: readonly string[], readTestFiles = true): readonly string[] {
  let kept = projectOnlyCache.get(files);
  if (!kept) projectOnlyCache.set(files, (kept = files.filter((f) => !isScaffolding(f))));
  if (readTestFiles) return kept;
  // Test files are not the running project either: a `tests/` tree of sample inputs is no Terraform or GraphQL API.
  let running = runningOnlyCache.get(files);
  if (!running) runningOnlyCache.set(files, (running = kept.filter((f) => !isTestOrTestData(f))));
  return running;
}

/** The files whose imports show a library in use: the running project's (with its tests when `countTests`), in a language of `ecosystems`. */
function importingFiles(evidence: Evidence, ecosystems: readonly Ecosystem[], countTests: boolean): (file: string) => boolean {
  const tooling = buildProgramFiles(evidence);
  return (f) => !isScaffolding(f) && (countTests || runsInProject(f)) && importableFrom(ecosystems, f) && !tooling.has(f);
}

/**
 * .NET build automation frameworks. A C# file that imports one is a build program (Nuke's `Build.cs`, a Cake Frosting
 * task, a Bullseye target list), run to build and release the project, whatever folder it sits in: the libraries it
 * uses (Serilog for its console output) are not the running project's.
 */
const BUILD_PROGRAM_MODULES = ['Nuke.Common', 'Cake.Frosting', 'Bullseye'];
const buildProgramFiles = oncePerEvidence((evidence: Evidence): ReadonlySet<string> => {
  const files = new Set<string>();
  for (const i of evidence.importsIn(BUILD_PROGRAM_MODULES, { where: (f) => f.endsWith('.cs') })) {
    if (BUILD_PROGRAM_MODULES.some((n) => moduleMatches(i.module, n))) files.add(i.file);
  }
  return files;
});

/**
 * Whether a file's imports are the running project's when tests do not count: not a test, nor a helper in a test
 * folder (test/support.rb), nor mock data or a mock server a test or a dev setup starts (mock-server.ts, mocks.go).
 */
function runsInProject(file: string): boolean {
  return !isTestOrTestData(file) && !isTestDataFile(file);
}

/** Import names a package is usually imported by, besides its own name. */
function importNamesOf(ecosystem: Ecosystem, name: string, hasUsePattern: boolean): string[] {
  if (ecosystem === 'pypi') return [name.replace(/-/g, '_'), name.replace(/-/g, '.')];
  if (ecosystem === 'cargo') return [name.replace(/-/g, '_')];
  // A Maven group is shared by many artifacts (org.springframework.boot): when the rule says how use looks, the group proves nothing.
  if (ecosystem === 'maven') return hasUsePattern ? [] : [name.split(':')[0]!];
  // A NuGet provider package (X.EntityFrameworkCore.SqlServer) is used through its parent namespace.
  if (ecosystem === 'nuget') {
    const parts = name.split('.');
    return parts.length >= 3 && !hasUsePattern ? [name, parts.slice(0, -1).join('.')] : [name];
  }
  return [name];
}

/** What a rule counts beyond the running code. */
export interface MatchContext {
  /**
   * Whether imports in test files show a library in use: yes for testing rules (a test runner, supertest), no for
   * the others (a retry library only a smoke test imports is no resilience of the running project).
   */
  countTests?: boolean;
  /** Whether file and text matchers read test files (default yes); see Rule.readsTests. */
  readTestFiles?: boolean;
  /**
   * The caller shows only the first `shown` findings and needs no more to decide (evaluateRule): a calls or
   * decorators matcher stops once it has that many at distinct places, so the files after them are never parsed.
   * Its first findings are the same either way, and whatever it shows first still shows first.
   */
  shown?: number;
}

/** The findings `each` makes of `facts`, in order, until `shown` of them stand at distinct places (file:line). */
function firstFindings<T>(facts: Iterable<T>, each: (fact: T) => Finding | undefined, shown = Infinity): Finding[] {
  const out: Finding[] = [];
  const places = new Set<string>();
  for (const fact of facts) {
    const finding = each(fact);
    if (!finding) continue;
    out.push(finding);
    places.add(`${finding.file}:${finding.line}`);
    if (places.size >= shown) break;
  }
  return out;
}

const detectorAnswers = new SharedAnswers<Finding[]>();

/**
 * A detector's findings: it answers from the evidence and its options alone, so the rules that ask it the same
 * question (deployableServices four times, ciRunsTests three, testCommand twice) share one answer per evidence.
 */
function detectorFindings(matcher: Extract<Matcher, { detector: string }>, evidence: Evidence): Finding[] {
  const key = `${matcher.detector}\u0000${JSON.stringify(matcher.options ?? {})}`;
  return [...detectorAnswers.get(evidence, key, () => DETECTORS.get(matcher.detector)!.detect(evidence, matcher.options ?? {}))];
}

/** All findings of one matcher. */
export function runMatcher(matcher: Matcher, evidence: Evidence, context: MatchContext = {}): Finding[] {
  // One small function per kind of matcher: V8 optimizes each for the matchers it sees, where one function holding
  // every kind was optimized, then dropped at the next kind, and optimized again, several times a grade.
  if ('detector' in matcher) return detectorFindings(matcher, evidence);
  if ('library' in matcher) return matchLibrary(matcher, evidence, context.countTests ?? true);
  if ('imports' in matcher) return matchImports(matcher, evidence, context);
  if ('calls' in matcher) return matchCalls(matcher, evidence, context);
  if ('decorators' in matcher) return matchDecorators(matcher, evidence, context);
  if ('files' in matcher) return matchFiles(matcher, evidence, context.readTestFiles ?? true);
  if ('text' in matcher) return matchText(matcher, evidence, context);
  return matchCi(matcher, evidence);
}

function matchImports(matcher: Extract<Matcher, { imports: string[] }>, evidence: Evidence, context: MatchContext): Finding[] {
  // Tests' imports count for the testing rules only (rubric: "evidence is about the running project").
  const countTests = context.countTests ?? true;
  const tooling = buildProgramFiles(evidence);
  const kept = (file: string) => isProjectFile(file) && (countTests || runsInProject(file)) && !tooling.has(file);
  return [...evidence.importsIn(matcher.imports, { where: kept })]
    .filter((i) => kept(i.file) && matcher.imports.some((n) => moduleMatches(i.module, n)))
    .map((i) => ({ file: i.file, line: i.line, message: `imports ${i.module}${i.used ? '' : ' (unused)'}`, strength: i.used ? 'strong' : 'weak' }));
}

function matchCalls(matcher: Extract<Matcher, { calls: string[] }>, evidence: Evidence, context: MatchContext): Finding[] {
  const inFiles = fileFilter(matcher.in);
  return firstFindings(
    evidence.callsIn(matcher.calls, (f) => inFiles(f) && !isScaffolding(f)),
    (c) =>
      inFiles(c.file) && !isScaffolding(c.file) && matcher.calls.some((p) => calleeMatches(c.callee, p)) && (!matcher.args || c.argCallees.some((a) => matcher.args!.some((p) => calleeMatches(a, p))))
        ? { file: c.file, line: c.line, message: `calls ${c.callee}(${c.argCallees.length ? `${c.argCallees[0]}()` : ''})`, strength: 'strong' }
        : undefined,
    context.shown,
  );
}

function matchDecorators(matcher: Extract<Matcher, { decorators: string[] }>, evidence: Evidence, context: MatchContext): Finding[] {
  return firstFindings(
    evidence.decoratorsIn(matcher.decorators, isProjectFile),
    (d) => (!isScaffolding(d.file) && matcher.decorators.some((p) => calleeMatches(d.name, p)) ? { file: d.file, line: d.line, message: `@${d.name}`, strength: 'strong' } : undefined),
    context.shown,
  );
}

function matchText(matcher: Extract<Matcher, { text: string }>, evidence: Evidence, context: MatchContext): Finding[] {
  // The matcher's fields are read here, once: matchers come in many shapes, and the loop below would be dropped and
  // optimized again for each new shape it read them from.
  return textFindings(evidence, projectOnly(filesMatching(evidence.files, matcher.in), context.readTestFiles ?? true), matcher.text, matcher.message);
}

function textFindings(evidence: Evidence, files: readonly string[], pattern: string, message: string | undefined): Finding[] {
  const out: Finding[] = [];
  for (const file of files) {
    const hit = firstCodeMatch(evidence, file, pattern);
    if (hit) out.push({ file, line: hit.line, message: message ?? `matches ${snippet(hit.text)}`, strength: 'strong' });
    // A rule shows at most MATCHES_SHOWN findings; scanning on would only cost time (a pattern can hit thousands of files).
    if (out.length >= MATCHES_SHOWN) break;
  }
  return out;
}

function matchCi(matcher: Extract<Matcher, { ci: string }>, evidence: Evidence): Finding[] {
  const re = compilePattern(matcher.ci);
  return evidence.ci
    .filter((c) => {
      re.lastIndex = 0;
      return re.test(c.expanded);
    })
    .map((c) => ({ file: c.file, line: c.line, message: matcher.message ?? `CI runs \`${snippet(c.text)}\``, strength: 'strong' }));
}

/** Callee patterns: exact ("expect"), suffix ("*.use"), prefix ("jwt.*"), or /regex/. */
export function calleeMatches(callee: string, pattern: string): boolean {
  if (pattern.startsWith('/')) return compilePattern(pattern).test(callee);
  if (pattern.startsWith('*.')) return callee === pattern.slice(2) || callee.endsWith(pattern.slice(1));
  if (pattern.endsWith('.*')) return callee.startsWith(pattern.slice(0, -1));
  return callee === pattern;
}

/**
 * The first match of `pattern` in a file's comment-free text. Files without the literals the pattern needs are
 * ruled out by the evidence's one scan per file; the raw text is tested next: most files do not match at all, and
 * those need no comment stripping. A pattern with an end anchor may match only once a trailing
 * comment is gone ("kind: Job  # nightly"), so it always sees the stripped text.
 */
function firstCodeMatch(evidence: Evidence, file: string, pattern: string): { line: number; text: string } | undefined {
  if (!evidence.mayMatch(file, pattern)) return undefined;
  if (!hasEndAnchor(pattern)) {
    const raw = evidence.text(file);
    if (raw === undefined || !rawMatches(evidence, file, pattern, raw)) return undefined;
  }
  return firstMatch(evidence.code(file), pattern);
}

/**
 * Whether `pattern` matches the raw text. A match is some top-level alternative's match, so only the alternatives
 * whose literals the file has are run, each alone: a 13-way route pattern where one alternative's words are there
 * costs one alternative's scan, not thirteen tried at every position.
 */
function rawMatches(evidence: Evidence, file: string, pattern: string, raw: string): boolean {
  const alternatives = alternativesOf(pattern);
  if (!alternatives) return compilePattern(pattern).test(raw);
  return alternatives.some((alternative) => evidence.mayMatch(file, alternative) && compilePattern(alternative).test(raw));
}

const endAnchors = new Map<string, boolean>();
function hasEndAnchor(pattern: string): boolean {
  let yes = endAnchors.get(pattern);
  if (yes === undefined) endAnchors.set(pattern, (yes = /(?<!\\)\$/.test(pattern)));
  return yes;
}

export function firstMatch(text: string | undefined, pattern: string): { line: number; text: string } | undefined {
  if (text === undefined) return undefined;
  const re = compilePattern(pattern);
  const m = re.exec(text);
  return m ? { line: lineAt(text, m.index), text: m[0] } : undefined;
}

function snippet(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

function matchFiles(matcher: Extract<Matcher, { files: string[] }>, evidence: Evidence, readTestFiles: boolean): Finding[] {
  const out: Finding[] = [];
  const enough = Math.max(MATCHES_SHOWN, matcher.minCount ?? 0);
  for (const file of projectOnly(filesMatching(evidence.files, matcher.files), readTestFiles)) {
    if (out.length >= enough) break;
    if (matcher.contains) {
      const hit = firstCodeMatch(evidence, file, matcher.contains);
      if (hit) out.push({ file, line: hit.line, message: `${file.slice(file.lastIndexOf('/') + 1)}: ${snippet(hit.text)}`, strength: 'strong' });
    } else {
      out.push({ file, line: 1, message: `has ${file.slice(file.lastIndexOf('/') + 1)}`, strength: 'strong' });
    }
  }
  if (!matcher.minCount) return out;
  const measured = { summary: `${out.length} matching file(s) found; ${matcher.minCount} needed`, values: [{ name: 'matching-files', value: out.length, need: matcher.minCount, unit: 'count' as const }] };
  if (out.length < matcher.minCount) return out.map((f) => ({ ...f, strength: 'weak', message: `${f.message} (needs ${matcher.minCount} files)`, measured }));
  return out.map((f) => ({ ...f, measured }));
}

function matchLibrary(matcher: Extract<Matcher, { library: unknown }>, evidence: Evidence, countTests: boolean): Finding[] {
  const out: Finding[] = [];
  let useHits: Finding[] | undefined;
  const usedAt = () => (useHits ??= matcher.use ? useSites(matcher.use, evidence, countTests) : []);
  for (const [ecosystem, names] of Object.entries(matcher.library) as [Ecosystem, string[]][]) {
    const wanted = new Set(names.map((n) => (ecosystem === 'pypi' ? normalizePythonName(n) : n)));
    const declared = evidence.dependencies.filter((d) => d.ecosystem === ecosystem && !isScaffolding(d.file) && (wanted.has(d.name) || (ecosystem === 'npm' && names.some((n) => n.endsWith('/*') && d.name.startsWith(n.slice(0, -1))))));
    for (const dep of declared) {
      const own = importNamesOf(ecosystem, dep.name, !!matcher.use);
      const imported = usedImports(evidence, [...own, ...(matcher.modules ?? [])], 3, [ecosystem], countTests);
      // The matcher's modules may be another library's of the same list (pydantic beside django-filter): name the
      // dependency only for an import of its own.
      const ownModule = (module: string) => own.some((o) => module === o || module.startsWith(`${o}.`) || module.startsWith(`${o}/`));
      const uses = (module: string) => (ownModule(module) ? `uses ${dep.name} (imports ${module})` : `imports ${module}`);
      if (imported.length) out.push(...imported.map((i) => ({ file: i.file, line: i.line, message: uses(i.module), strength: 'strong' as const })));
      else if (ecosystem === 'gem' && !matcher.use && !dep.dev && bundlerRequires(evidence)) out.push({ file: dep.file, line: dep.line, message: `uses ${dep.name} (loaded by Bundler.require)`, strength: 'strong' });
      else if (usedAt().length) out.push(...usedAt().slice(0, 3).map((u) => ({ ...u, message: `uses ${dep.name} (${u.message})` })));
      else out.push({ file: dep.file, line: dep.line, message: `declares ${dep.name}, but no source file uses it`, strength: 'weak' });
    }
  }
  // A module imported and used without being declared here (a workspace member, a transitive dependency) is still use.
  if (out.length === 0 && matcher.modules) {
    const ecosystems = Object.keys(matcher.library) as Ecosystem[];
    const kept = importingFiles(evidence, ecosystems, countTests);
    for (const i of evidence.importsIn(matcher.modules, { where: kept })) {
      if (i.used && kept(i.file) && matcher.modules.some((n) => moduleMatches(i.module, n))) out.push({ file: i.file, line: i.line, message: `imports ${i.module}`, strength: 'strong' });
    }
  }
  return dedupe(out);
}

const usedImportsCache = new SharedAnswers<ImportFact[]>();

/**
 * The first `limit` used imports of any of `names`, in file order. A monorepo declares one dependency in many
 * manifests, so the answer is kept per evidence; files are parsed only until enough are found.
 */
function usedImports(evidence: Evidence, names: string[], limit: number, ecosystems: readonly Ecosystem[], countTests: boolean): ImportFact[] {
  const key = `${limit}\u0000${countTests}\u0000${ecosystems.join(',')}\u0000${names.join('\u0000')}`;
  return usedImportsCache.get(evidence, key, () => {
    const found: ImportFact[] = [];
    const kept = importingFiles(evidence, ecosystems, countTests);
    for (const i of evidence.importsIn(names, { usedOnly: true, where: kept })) {
      if (i.used && kept(i.file) && names.some((n) => moduleMatches(i.module, n))) found.push(i);
      if (found.length >= limit) break;
    }
    return found;
  });
}

/** A Rails app loads every gem of its default group (Bundler.require), so such a gem is used without a require. */
const bundlerRequires = oncePerEvidence((evidence: Evidence): boolean =>
  evidence.files.some((f) => /(^|\/)config\/application\.rb$/.test(f) && /Bundler\.require/.test(evidence.code(f) ?? '')),
);

/** Where the running code (and its tests, for testing rules) shows a library in use: a test's own setup is not the project's. */
function useSites(pattern: string, evidence: Evidence, countTests: boolean): Finding[] {
  const out: Finding[] = [];
  for (const file of projectOnly(evidence.files, countTests)) {
    if (!/\.(rb|java|kt|kts|cs|fs|groovy|scala|yml|yaml|properties|xml|json|toml|py|go|rs|ts|js|mjs|cjs)$/.test(file)) continue;
    const hit = firstCodeMatch(evidence, file, pattern);
    if (hit) out.push({ file, line: hit.line, message: snippet(hit.text), strength: 'strong' });
    if (out.length >= 3) break;
  }
  return out;
}

/** One finding per file and line. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.file}:${f.line}:${f.strength}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
