// Imports of the non-JS languages, read from comment-free source text.
import { lineAt, type Language } from './languages.js';
import type { ImportFact } from './js-facts.js';

export const LINE_PATTERNS: Partial<Record<Language, RegExp[]>> = {
  python: [/^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)/, /^\s*from\s+([\w.]+)\s+import\b/],
  java: [/^\s*import\s+(?:static\s+)?([\w.]+)/],
  kotlin: [/^\s*import\s+([\w.]+)/],
  csharp: [/^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;/],
  rust: [/^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+(?:::)?(\w+)/, /^\s*extern\s+crate\s+(\w+)/],
  ruby: [/^\s*require(?:_relative)?(?:[ \t]*\(\s*|[ \t]*)['"]([^'"]+)['"]/],
};

/** Module references in one non-JS source file; every one counts as used. */
export function extractSourceImports(file: string, language: Language, code: string): ImportFact[] {
  if (language === 'go') return goImports(file, code);
  if (language === 'rust') return [...lineImports(file, language, code), ...rustPathUses(file, code)];
  return lineImports(file, language, code);
}

/** A word every import line of the language has (each LINE_PATTERNS regex needs one): other lines are not read. */
const LINE_WORDS: Partial<Record<Language, string[]>> = {
  python: ['import'],
  java: ['import'],
  kotlin: ['import'],
  csharp: ['using'],
  rust: ['use', 'crate'],
  ruby: ['require'],
};

function lineImports(file: string, language: Language, code: string): ImportFact[] {
  const patterns = LINE_PATTERNS[language];
  if (!patterns) return [];
  const out: ImportFact[] = [];
  // The lines (as split('\n') gives them) holding a word, found by substring search instead of a regex per line.
  const starts: number[] = [];
  for (const word of LINE_WORDS[language]!) {
    for (let at = code.indexOf(word); at >= 0; at = code.indexOf(word, at + 1)) {
      starts.push(code.lastIndexOf('\n', at) + 1);
      at = code.indexOf('\n', at);
      if (at < 0) break;
    }
  }
  if (LINE_WORDS[language]!.length > 1) starts.sort((a, b) => a - b);
  let line = 1;
  let counted = 0;
  let previous = -1;
  for (const start of starts) {
    if (start === previous) continue;
    previous = start;
    for (let at = code.indexOf('\n', counted); at >= 0 && at < start; at = code.indexOf('\n', at + 1)) line++;
    counted = start;
    const end = code.indexOf('\n', start);
    const text = code.slice(start, end < 0 ? undefined : end);
    for (const re of patterns) {
      const m = re.exec(text);
      if (!m) continue;
      for (const module of m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
        if (module) out.push({ module, file, line, used: true });
      }
    }
  }
  return out;
}

// A crate named at the start of a path (`fern::Dispatch::new()`): Rust 2018+ needs no `use` line for it.
const RUST_PATH = /(?<![\w:.$])([a-z_][a-z0-9_]*)::(?=[A-Za-z_{*<])/g;
const RUST_NOT_A_CRATE = new Set(['std', 'core', 'alloc', 'crate', 'self', 'super']);

/** Crates a Rust file uses by path, once each, at their first use. */
function rustPathUses(file: string, code: string): ImportFact[] {
  const seen = new Set<string>();
  const out: ImportFact[] = [];
  for (const m of code.matchAll(RUST_PATH)) {
    const crate = m[1]!;
    if (RUST_NOT_A_CRATE.has(crate) || seen.has(crate)) continue;
    seen.add(crate);
    out.push({ module: crate, file, line: lineAt(code, m.index), used: true });
  }
  return out;
}

const GO_BLOCK_START = /^import\s*\($/;
const GO_BLOCK_SPEC = /^(?:[\w.]+\s+)?"([^"]+)"/;
const GO_IMPORT = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/;

/**
 * Go imports: `import "x"` lines and the specs of `import (` blocks. Only a line with the word import can be
 * either, so the text is searched for the word and the lines of each block walked; the rest is never split.
 */
function goImports(file: string, code: string): ImportFact[] {
  const out: ImportFact[] = [];
  let line = 1;
  let counted = 0;
  const lineOf = (start: number) => {
    for (let at = code.indexOf('\n', counted); at >= 0 && at < start; at = code.indexOf('\n', at + 1)) line++;
    counted = start;
    return line;
  };
  for (let at = code.indexOf('import'); at >= 0; ) {
    const start = code.lastIndexOf('\n', at) + 1;
    let end = code.indexOf('\n', at);
    const text = code.slice(start, end < 0 ? undefined : end).trim();
    if (GO_BLOCK_START.test(text)) {
      // Inside the block until a line that starts with ")"; a nested "import (" line is passed over.
      for (let from = end < 0 ? -1 : end + 1; from >= 0; ) {
        const to = code.indexOf('\n', from);
        const spec = code.slice(from, to < 0 ? undefined : to).trim();
        end = to;
        if (!GO_BLOCK_START.test(spec)) {
          if (spec.startsWith(')')) break;
          const m = GO_BLOCK_SPEC.exec(spec);
          if (m) out.push({ module: m[1]!, file, line: lineOf(from), used: true });
        }
        from = to < 0 ? -1 : to + 1;
      }
    } else {
      const m = GO_IMPORT.exec(text);
      if (m) out.push({ module: m[1]!, file, line: lineOf(start), used: true });
    }
    if (end < 0) break;
    at = code.indexOf('import', end + 1);
  }
  return out;
}
