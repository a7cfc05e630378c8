// Which language a file is in, and its text with comments blanked out (same lines, so line numbers hold).

export type Language = 'js' | 'python' | 'go' | 'java' | 'kotlin' | 'ruby' | 'csharp' | 'rust' | 'other';

const BY_EXTENSION: Record<string, Language> = {
  js: 'js', jsx: 'js', mjs: 'js', cjs: 'js', ts: 'js', tsx: 'js', mts: 'js', cts: 'js',
  py: 'python', pyi: 'python',
  go: 'go',
  java: 'java', groovy: 'java', scala: 'java',
  kt: 'kotlin', kts: 'kotlin',
  rb: 'ruby', rake: 'ruby',
  cs: 'csharp', fs: 'csharp',
  rs: 'rust',
};

const languageCache = new Map<string, Language>();

/** The language of a file by its name; asked for every file by many rules, so each answer is kept. */
export function languageOf(file: string): Language {
  let language = languageCache.get(file);
  if (language === undefined) languageCache.set(file, (language = languageByName(file)));
  return language;
}

function languageByName(file: string): Language {
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base === 'Rakefile' || base === 'Gemfile' || base === 'config.ru') return 'ruby';
  const dot = base.lastIndexOf('.');
  if (dot < 0) return 'other';
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? 'other';
}

/** True for source files of a graded language (declarations and generated bundles excluded). */
export function isSourceFile(file: string): boolean {
  if (/\.d\.[mc]?ts$/.test(file)) return false;
  return languageOf(file) !== 'other';
}

type CommentStyle = 'c' | 'hash' | 'none';

function commentStyleOf(file: string): CommentStyle {
  const language = languageOf(file);
  if (language === 'python' || language === 'ruby') return 'hash';
  if (language !== 'other') return 'c';
  if (/\.(ya?ml|toml|sh|bash|cfg|ini|conf|tf|hcl|rego|properties)$|(^|\/)(Dockerfile|Makefile|Procfile|\.gitignore|\.env[^/]*)$/i.test(file)) return 'hash';
  return 'none';
}

// One pass per file: the regex finds the next string or comment; plain code between them is skipped by the
// regex engine. A string ends at its quote or at a newline (backticks span lines); an escape takes the next char.
const C_TOKENS = /"(?:[^"\\\n]|\\[\s\S])*"?|'(?:[^'\\\n]|\\[\s\S])*'?|`(?:[^`\\]|\\[\s\S])*`?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;
const HASH_TOKENS = /"(?:[^"\\\n]|\\[\s\S])*"?|'(?:[^'\\\n]|\\[\s\S])*'?|#[^\n]*/g;
// A block comment within a line becomes a space, as it separates tokens: text on either side must not join
// into a word that was never written (the literal prefilter reads the raw text and relies on that).
const keepStringsDropComments = (token: string): string => {
  const first = token[0];
  if (first === '"' || first === "'" || first === '`') return token;
  if (!token.startsWith('/*')) return ''; // a line comment: the newline after it stays
  return token.includes('\n') ? token.replace(/[^\n]+/g, '') : ' ';
};

/**
 * Blanks comments while keeping every newline, so matches in the result keep their line numbers.
 * Strings are kept (they hold module names and config values); a comment marker inside a string is not a comment.
 */
export function stripComments(file: string, text: string): string {
  const style = commentStyleOf(file);
  if (style === 'none') return text;
  if (style === 'hash' ? !text.includes('#') : !text.includes('/')) return text;
  return text.replace(style === 'hash' ? HASH_TOKENS : C_TOKENS, keepStringsDropComments);
}

/** 1-based line of a character offset. Far into a text, the text's line starts are indexed once (see lineIndex). */
export function lineAt(text: string, offset: number): number {
  // Near the start, counting is cheaper than indexing the whole text.
  if (offset < 8192) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    return line;
  }
  return lineIndex(text)(offset);
}

/** The last few texts indexed: detectors and rules ask for many lines of the same file in a row. */
const recentIndexes: { text: string; lineOf: (offset: number) => number }[] = [];

/**
 * Line numbers of a text from one pass over it: offset → 1-based line by binary search over the line starts. A
 * 1 MB file asked for the line of each of its 50,000 requirements is one pass, not 50,000.
 */
export function lineIndex(text: string): (offset: number) => number {
  const known = recentIndexes.find((entry) => entry.text === text);
  if (known) return known.lineOf;
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const table = Uint32Array.from(starts);
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = table.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (table[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  recentIndexes.unshift({ text, lineOf });
  if (recentIndexes.length > 4) recentIndexes.pop();
  return lineOf;
}

/**
 * Rule patterns and detectors read each line up to this many characters. A pattern that cannot match a line
 * break is then confined to one such line, so no single pathological line (a 1 MB line of tabs) can make a
 * super-linear pattern take minutes; real code and config lines are far shorter.
 */
export const MAX_SCANNED_LINE = 4096;

/** The text with every line longer than MAX_SCANNED_LINE cut there (same lines, so line numbers hold). */
export function capLines(text: string): string {
  // Most files are shorter than one line may be: nothing to look for.
  if (text.length <= MAX_SCANNED_LINE) return text;
  // A line longer than the limit has no line break in the limit's span after its start: look back from the end of
  // that span for the last break, and go on after it (a step of nearly the limit, not of one line). What is left
  // after the last step is no longer than the limit.
  let start = 0;
  for (;;) {
    if (text.length - start <= MAX_SCANNED_LINE) return text; // no long line: the text itself, no copy
    const end = text.lastIndexOf('\n', start + MAX_SCANNED_LINE);
    if (end < start) break;
    start = end + 1;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if (lines[i]!.length > MAX_SCANNED_LINE) lines[i] = lines[i]!.slice(0, MAX_SCANNED_LINE);
  return lines.join('\n');
}
