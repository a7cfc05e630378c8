// The literals a pattern needs: what each piece of regex syntax contributes, and when there is nothing to use.
import { describe, expect, it } from 'vitest';
import { alternativesOf, literalRequirement, requiredLiterals } from '../../src/rules/literals.js';

const sorted = (list: string[] | undefined) => list && [...list].sort();

describe('requiredLiterals', () => {
  it.each([
    ['FastAPI\\(', ['fastapi(']],
    ['/\\bSidekiq::|ApplicationJob/', ['applicationj', 'sidekiq::']], // at most 12 characters of each
    // An optional piece joins both ways; a containing literal is dropped for the shorter one it contains.
    ['/new (pg\\.)?Pool\\(/', ['pool(']],
    ['[Ii]dempotent', ['idempotent']],
    // The longest piece a sequence cannot do without.
    ['/\\w+Service\\.create\\(/', ['service.crea']],
    ['/retr(y|ies)[\\s\\S]{0,80}backoff/', ['backoff']],
    // Whitespace ends a literal (comment blanking can change it).
    ['gzip on;', ['gzip']],
    // At least one copy of a repeated group.
    ['/(?:abcd)+x/', ['abcd']],
    ['/^kind:\\s*(Deployment|Job)\\s*$/', ['kind:']],
    // A word nearly every file has loses to a rarer literal, even a shorter one.
    ['/\\blazy\\(\\s*\\(\\)\\s*=>\\s*import/', ['lazy(']],
    ['/from [\'"]k6/', ["'k6", '"k6']],
    // Two characters are still worth filtering by.
    ['/\\$\\{[A-Z_]{3,}\\}/', ['${']],
  ])('%s needs one of %j', (pattern, expected) => {
    expect(sorted(requiredLiterals(pattern))).toEqual([...expected].sort());
  });

  it.each([
    ['an alternative without a literal of two characters', 'FastAPI|g'],
    ['a pattern that may match the empty string', '/(foo)?/'],
    ['only classes and sets', '/\\w+\\s*=\\s*\\d+/'],
    ['a negated class', '[^abc]{5}'],
    ['Unicode case folding (ſ matches s)', '/class/iu'],
    ['an invalid pattern', '(unclosed'],
  ])('has none for %s', (_, pattern) => {
    expect(requiredLiterals(pattern)).toBeUndefined();
  });
});

describe('requiredLiterals on hostile patterns (a custom rule comes from the repository)', () => {
  // Without the caps these took quadratic time or overflowed the stack; vitest's timeout would catch a regression.
  it('gives up on thousands of alternatives and on deep nesting', () => {
    expect(requiredLiterals(Array.from({ length: 5000 }, (_, i) => `word${i}x`).join('|'))).toBeUndefined();
    expect(requiredLiterals(`${'('.repeat(20000)}abc${')'.repeat(20000)}`)).toBeUndefined();
  });
});

describe('literalRequirement: what each top-level alternative needs, all of it', () => {
  const sortedReq = (req: readonly (readonly (readonly string[])[])[] | undefined) => req?.map((branch) => branch.map((set) => [...set].sort()));
  it.each([
    // A route needs a method call and a quoted version: a file with only ".get(" cannot match.
    ["/\\.(get|post)\\([ \\t]*['\"]\\/?v\\d/", [[['.get(', '.post('], ["'/v", "'v", '"/v', '"v']]]],
    // Each alternative on its own; a pattern wrapped whole in a group is its alternatives.
    ['/(FastAPI\\(|Flask\\()/', [[['fastapi(']], [['flask(']]]],
    // An alternative that needs all a one-set alternative needs adds nothing: timeout|connect_timeout is timeout.
    ['/\\btimeout\\b|connect_timeout|Timeout\\s*=\\s*TimeSpan/', [[['timeout']]]],
    // Three sets at most, the rarest; a set another chosen one implies is not chosen.
    ['/alpha\\s+beta\\s+gamma\\s+delta\\s+epsilon/', [[['epsilon'], ['alpha'], ['gamma']]]],
    // Whitespace and optional pieces still break literals; whole literals are cut to 12 characters at the end.
    ['/SESSION_ENGINE[ \\t]*=[^\\n]{0,200}cache/', [[['session_engi'], ['cache']]]],
    // What a positive lookaround sees is in the text too (not in the match); a negative one asks nothing.
    ['/\\b(?:class|type)[ \\t]+\\w{0,60}(?<=Plugin(?:Manager|Host))\\b/', [[['pluginhost', 'pluginmanage'], ['class', 'type']]]],
    ['/\\bprefix(?=[ \\t]*=[ \\t]*api)/', [[['prefix'], ['api']]]],
    ['/(?<!Test)Handler\\(/', [[['handler(']]]],
  ])('%s needs %j', (pattern, expected) => {
    expect(sortedReq(literalRequirement(pattern))).toEqual(expected.map((branch) => branch.map((set) => [...set].sort())));
  });

  it.each([
    ['an alternative without a literal of two characters', 'FastAPI|g'],
    ['a pattern that may match the empty string', '/(foo)?/'],
    ['Unicode case folding (ſ matches s)', '/class/iu'],
    ['an invalid pattern', '(unclosed'],
    ['thousands of alternatives', Array.from({ length: 5000 }, (_, i) => `word${i}x`).join('|')],
    ['deep nesting', `${'('.repeat(20000)}abc${')'.repeat(20000)}`],
  ])('has none for %s', (_, pattern) => {
    expect(literalRequirement(pattern)).toBeUndefined();
  });
});

describe('alternativesOf: a pattern as its top-level alternatives, each a pattern with the same flags', () => {
  it.each([
    ['FastAPI\\(|Flask\\(', ['/FastAPI\\(/', '/Flask\\(/']],
    ['/(?:a|b)/i', ['/a/i', '/b/i']],
    ['/^x$|y/m', ['/^x$/m', '/y/m']],
  ])('%s is %j', (pattern, expected) => {
    expect(alternativesOf(pattern)).toEqual(expected);
  });

  it.each([
    ['one alternative', 'FastAPI\\('],
    ['a group among other pieces', '/(a|b)c/'],
    ['an empty alternative', 'a|'],
    ['a backreference (groups would be renumbered)', "/(['\"])x\\1|y/"],
    ['a named backreference', '/(?<q>a)\\k<q>|b/'],
    ['an invalid pattern', '(a|b'],
  ])('is not split for %s', (_, pattern) => {
    expect(alternativesOf(pattern)).toBeUndefined();
  });
});
