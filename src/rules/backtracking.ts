// Whether a rule pattern can backtrack super-linearly (ReDoS): a custom pattern comes from the graded repository,
// and a pattern that takes quadratic time on a file of blank lines stops the grade. The analysis is recheck's
// (https://makenowjust-labs.github.io/recheck/), run with its pure-JavaScript backend: no Java, no native binary,
// no worker, nothing fetched. recheck is 3 MB of Scala.js, so it is loaded only when a pattern needs judging.
import { RegExpParser, type AST } from '@eslint-community/regexpp';
import type { Deadline } from '../deadline.js';
import { patternParts } from './pattern.js';

/** A check of one pattern: undefined when it cannot backtrack super-linearly, else why it can (or may). */
export type BacktrackingCheck = (pattern: string) => string | undefined;

export interface BacktrackingOptions {
  /** How long recheck may take per piece of a pattern before the piece counts as not proven safe. */
  timeoutMs?: number;
  /** recheck's checker: 'auto' (automaton theory where it can, exact) or 'fuzz' (faster on wide patterns). */
  checker?: 'auto' | 'fuzz';
  /**
   * Judge "/source/flags" with its own flags (a regex literal in levelgate's code) rather than as a rule pattern,
   * which the engine always compiles multiline.
   */
  flagsAsWritten?: boolean;
  /** The grade's time limit: each analysis takes seconds, so a config with many patterns still ends at it. */
  deadline?: Deadline;
}

/** A bounded repetition above this is analysed as if it stopped here (see analysedPieces). */
const BOUND_ANALYSED = 3;
const parser = new RegExpParser({ ecmaVersion: 2025 });

type Recheck = typeof import('recheck');
let recheck: Recheck | undefined;

/** Loads the analyser (once) and returns a synchronous check for patterns as the engine compiles them. */
export async function loadBacktrackingCheck(options: BacktrackingOptions = {}): Promise<BacktrackingCheck> {
  if (!recheck) {
    const loaded = (await import('recheck')) as Recheck & { default?: Recheck };
    recheck = typeof loaded.checkSync === 'function' ? loaded : loaded.default!;
  }
  const analyser = recheck;
  return (pattern) => backtrackingRisk(analyser, pattern, options);
}

/** Verdicts already reached in this process (the head and the base commit often share their custom rules). */
const verdicts = new Map<string, string | undefined>();

function backtrackingRisk(analyser: Recheck, pattern: string, options: BacktrackingOptions): string | undefined {
  const { timeoutMs = 5000, checker = 'auto', flagsAsWritten = false } = options;
  const key = `${checker}\u0000${timeoutMs}\u0000${flagsAsWritten}\u0000${pattern}`;
  if (verdicts.has(key)) return verdicts.get(key);
  const pieces = analysedPieces(pattern, flagsAsWritten);
  let verdict: string | undefined;
  for (const piece of pieces?.sources ?? []) {
    options.deadline?.check();
    verdict = judge(analyser, piece, pieces!.flags, timeoutMs, checker);
    if (verdict) break;
  }
  verdicts.set(key, verdict);
  return verdict;
}

function judge(analyser: Recheck, source: string, flags: string, timeoutMs: number, checker: 'auto' | 'fuzz'): string | undefined {
  // recheck picks its backend from the environment: the pure one runs here, in this thread, and needs nothing else.
  const before = process.env.RECHECK_SYNC_BACKEND;
  process.env.RECHECK_SYNC_BACKEND = 'pure';
  try {
    let result = analyser.checkSync(source, flags, { timeout: timeoutMs, checker });
    // The automaton checker is exact but can be slow for wide case-insensitive alternations; the fuzzer then decides.
    if (result.status === 'unknown' && checker !== 'fuzz') result = analyser.checkSync(source, flags, { timeout: timeoutMs, checker: 'fuzz' });
    if (result.status === 'safe') return undefined;
    if (result.status === 'vulnerable') {
      const attack = result.attack.pattern.length > 80 ? `${result.attack.pattern.slice(0, 77)}...` : result.attack.pattern;
      return `the pattern can backtrack in ${result.complexity.summary} time (ReDoS) on input like ${attack}; use [ \\t]* rather than \\s* at a line start, avoid adjacent quantifiers that match the same characters, and bound repetitions ([^)\\n]{0,200})`;
    }
    const why = (result.error as { kind?: string; message?: string }).kind === 'timeout' ? `within ${timeoutMs / 1000} s` : `(${(result.error as { message?: string }).message ?? 'unsupported syntax'})`;
    return `the pattern could not be proven free of super-linear backtracking (ReDoS) ${why}; simplify it`;
  } finally {
    if (before === undefined) delete process.env.RECHECK_SYNC_BACKEND;
    else process.env.RECHECK_SYNC_BACKEND = before;
  }
}

/**
 * What recheck is asked about a pattern, as the engine compiles it (multiline, no g; or with its own flags):
 * - each top-level alternative on its own: a search tries them one after another at each position, so the
 *   pattern is linear when each is (not when a backreference ties them together: then it is judged whole);
 * - an alternative without an unbounded quantifier reads a bounded number of characters per attempt, so it is
 *   linear and not asked about;
 * - a bounded repetition ({0,200}) is asked about as {0,3}: it bounds what one attempt reads, so overlapping
 *   neighbours cost a constant factor, not a power of the input. recheck's fuzzer, which measures small inputs,
 *   would call `x[\s\S]{0,200}y` cubic.
 * Undefined when the pattern does not parse.
 */
export function analysedPieces(pattern: string, flagsAsWritten = false): { sources: string[]; flags: string } | undefined {
  const { source, flags } = patternParts(pattern);
  let ast: AST.Pattern;
  try {
    ast = parser.parsePattern(source, undefined, undefined, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return undefined;
  }
  const analysedFlags = flagsAsWritten ? flags.replace(/[gyd]/g, '') : `${flags.replace(/[gmyd]/g, '')}m`;
  const wholes = hasBackreference(ast) ? [{ node: ast as AST.Node, start: 0, end: source.length }] : ast.alternatives.map((a) => ({ node: a as AST.Node, start: a.start, end: a.end }));
  const sources: string[] = [];
  for (const whole of wholes) {
    const quantifiers = quantifiersIn(whole.node);
    if (!quantifiers.some((q) => q.max === Infinity)) continue;
    let text = source.slice(whole.start, whole.end);
    // Rewrite the bounds from the end, so earlier offsets hold.
    for (const q of quantifiers.sort((a, b) => b.end - a.end)) {
      if (q.max === Infinity || q.max <= BOUND_ANALYSED) continue;
      const suffix = source.slice(q.element.end, q.end);
      const lazy = suffix.endsWith('?') && suffix !== '?' ? '?' : '';
      const bound = `{${Math.min(q.min, BOUND_ANALYSED)},${BOUND_ANALYSED}}${lazy}`;
      text = text.slice(0, q.element.end - whole.start) + bound + text.slice(q.end - whole.start);
    }
    sources.push(text);
  }
  return { sources, flags: analysedFlags };
}

function quantifiersIn(node: AST.Node): AST.Quantifier[] {
  const found: AST.Quantifier[] = [];
  const visit = (n: AST.Node) => {
    if (n.type === 'Quantifier') found.push(n);
    for (const child of childrenOf(n)) visit(child);
  };
  visit(node);
  return found;
}

function hasBackreference(node: AST.Node): boolean {
  if (node.type === 'Backreference') return true;
  return childrenOf(node).some(hasBackreference);
}

function childrenOf(n: AST.Node): AST.Node[] {
  switch (n.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return n.alternatives;
    case 'Assertion':
      return n.kind === 'lookahead' || n.kind === 'lookbehind' ? n.alternatives : [];
    case 'Alternative':
      return n.elements;
    case 'Quantifier':
      return [n.element];
    default:
      return [];
  }
}
