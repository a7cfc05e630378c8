// Imports of the non-JS languages, read from comment-free source text.
import { lineAt, type Language } from './languages.js';
import type { ImportFact } from './js-facts.js';

const LINE_PATTERNS: Partial<Record<Language, RegExp[]>> = {
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

function lineImports(file: string, language: Language, code: string): ImportFact[] {
  const patterns = LINE_PATTERNS[language];
  if (!patterns) return [];
  const out: ImportFact[] = [];
  const lines = code.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/import|from|using|use|crate|require/.test(line)) continue;
    for (const re of patterns) {
      const m = re.exec(line);
      if (!m) continue;
      for (const module of m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) {
        if (module) out.push({ module, file, line: i + 1, used: true });
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

function goImports(file: string, code: string): ImportFact[] {
  const out: ImportFact[] = [];
  const lines = code.split('\n');
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (/^import\s*\($/.test(line)) {
      inBlock = true;
      continue;
    }
    if (inBlock && line.startsWith(')')) {
      inBlock = false;
      continue;
    }
    const m = inBlock ? /^(?:[\w.]+\s+)?"([^"]+)"/.exec(line) : /^import\s+(?:[\w.]+\s+)?"([^"]+)"/.exec(line);
    if (m) out.push({ module: m[1]!, file, line: i + 1, used: true });
  }
  return out;
}
