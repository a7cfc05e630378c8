// What a rule's matchers hold, read the same way wherever the catalog is walked: the loader's checks, the
// engine's parse words and prefilter patterns, the tests.
import type { Matcher, Rule } from './schema.js';

/** Every matcher of a rule: its evidence, its applicability conditions and its extra requirements. */
export function matchersOf(rule: Rule): Matcher[] {
  return [...rule.evidence, ...(rule.appliesWhen ?? []), ...(rule.also ?? []), ...(rule.noneWithout ?? []).flatMap((n) => n.evidence)];
}

/** The patterns a matcher tests file text with (text, contains, use), for the evidence's literal prefilter. */
export function textPatternsOf(matcher: Matcher): string[] {
  if ('text' in matcher) return [matcher.text];
  if ('files' in matcher) return matcher.contains ? [matcher.contains] : [];
  if ('library' in matcher) return matcher.use ? [matcher.use] : [];
  return [];
}

/** A regex written as a rule's text pattern ("/source/flags"), for a detector's prefilter patterns and `mayMatch`. */
export function regexPattern(re: RegExp): string {
  return `/${re.source}/${re.flags}`;
}
