import { isTestFile } from '../evidence/file-sets.js';
import { languageOf } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// Where a program reads its command-line arguments, and what a hand-written check of them looks like. Ruby's
// OptionParser rejects an unknown or malformed option by raising; rescuing that error to report it and exit is the
// program checking its arguments (calibration round 24: rake).
const READS_ARGS: Record<string, RegExp> = {
  js: /process\.argv|Deno\.args|Bun\.argv/,
  python: /sys\.argv/,
  go: /os\.Args|flag\.Parse\(\)/,
  rust: /std::env::args|env::args\(\)/,
  ruby: /\bARGV\b/,
  java: /static\s+void\s+main\s*\(\s*String\s*\[\]\s*\w+\)/,
  kotlin: /fun\s+main\s*\(\s*args/,
  csharp: /static\s+\w+\s+Main\s*\(\s*string\[\]|\bargs\[\d\]/,
};
/** The same, as rule patterns: the evidence's one scan per file rules out a file before its comments are stripped. */
const READS_ARGS_PATTERNS: Record<string, string> = Object.fromEntries(Object.entries(READS_ARGS).map(([language, re]) => [language, re.source]));
const CHECKS: Record<string, RegExp> = {
  js: /throw new (Type|Range)?Error\(|Number\.isNaN\(|Number\.isInteger\(|isNaN\(|process\.exit\(\s*[12]\s*\)|\.test\(\w+\)/,
  python: /raise (ValueError|SystemExit|TypeError)|sys\.exit\(\s*[12]|parser\.error\(|\.isdigit\(\)/,
  go: /flag\.Usage\(\)|os\.Exit\(\s*[12]\s*\)|log\.Fatal|errors\.New\(|fmt\.Errorf\(/,
  rust: /eprintln!|std::process::exit\(\s*[12]|\.parse::<|Err\(/,
  ruby: /abort\(|exit\(?\s*[12]|raise ArgumentError|Integer\(|rescue[ \t]+OptionParser::(?:InvalidOption|InvalidArgument|MissingArgument|AmbiguousOption|ParseError)\b/,
  java: /throw new IllegalArgumentException|System\.exit\(\s*[12]|Integer\.parseInt/,
  kotlin: /require\(|throw IllegalArgumentException|exitProcess\(\s*[12]/,
  csharp: /throw new ArgumentException|Environment\.Exit\(\s*[12]|int\.TryParse|Environment\.ExitCode\s*=\s*[12]/,
};

export const checksArguments: Detector = {
  name: 'checksArguments',
  question: 'Does a program that reads command-line arguments check them before use?',
  textPatterns: Object.values(READS_ARGS_PATTERNS),
  detect(evidence) {
    const out: Finding[] = [];
    for (const file of evidence.sourceFiles) {
      if (isTestFile(file)) continue;
      const language = languageOf(file);
      const reads = READS_ARGS[language];
      if (!reads || !evidence.mayMatch(file, READS_ARGS_PATTERNS[language]!)) continue;
      const code = evidence.code(file);
      if (!code || !reads.test(code)) continue;
      const lines = code.split('\n');
      const at = lines.findIndex((l) => CHECKS[language]!.test(l));
      if (at >= 0) out.push({ file, line: at + 1, message: 'checks its command-line arguments', strength: 'strong' });
    }
    return out;
  },
};
