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

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
