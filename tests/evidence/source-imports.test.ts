// Imports of the other languages are read only from the lines that hold an import word: the same facts, in the
// same order and on the same lines, as a regex tried on every line gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractSourceImports, LINE_PATTERNS } from '../../src/evidence/source-imports.js';
import type { Language } from '../../src/evidence/languages.js';

// The reading before the word search: every line, a filter regex, then the language's patterns (the same patterns:
// what differs is only which lines are read).
function everyLine(file: string, language: Language, code: string) {
  const out: { module: string; file: string; line: number; used: boolean }[] = [];
  code.split('\n').forEach((line, i) => {
    if (!/import|from|using|use|crate|require/.test(line)) return;
    for (const re of LINE_PATTERNS[language] ?? []) {
      const m = re.exec(line);
      if (!m) continue;
      for (const module of m[1]!.split(',').map((s) => s.trim().split(/\s+/)[0]!)) if (module) out.push({ module, file, line: i + 1, used: true });
    }
  });
  return out;
}

// Go's reading before: every line trimmed, a state for import blocks.
function everyGoLine(file: string, code: string) {
  const out: { module: string; file: string; line: number; used: boolean }[] = [];
  let inBlock = false;
  code.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (/^import\s*\($/.test(line)) {
      inBlock = true;
      return;
    }
    if (inBlock && line.startsWith(')')) {
      inBlock = false;
      return;
    }
    const m = inBlock ? /^(?:[\w.]+\s+)?"([^"]+)"/.exec(line) : /^import\s+(?:[\w.]+\s+)?"([^"]+)"/.exec(line);
    if (m) out.push({ module: m[1]!, file, line: i + 1, used: true });
  });
  return out;
}
const goPieces = ['import', 'import ', 'import (', '(', ')', ' )', '"fmt"', '"a/b"', 'x ', '_ ', '. ', '\n', '\n', '\n', ' ', '\t', '\r', '\u2028', '\ufeff', 'func main() {', '}', '"', 'importer'];

const languages: Language[] = ['python', 'java', 'kotlin', 'csharp', 'ruby'];
const pieces = ['import ', 'from ', ' import ', 'using ', 'use ', 'pub use ', 'extern crate ', 'crate', 'require ', "require_relative '", "'", '"', ';', ',', ' ', '\t', '\r', '\n', '\n', '\u2028', '\u00a0', 'os', 'a.b', 'x', '=', 'static ', 'global ', '(', ')', '::'];

describe('imports of the other languages', () => {
  it('are those a regex on every line finds, on the same lines', () => {
    fc.assert(
      fc.property(fc.constantFrom<Language>(...languages, 'rust'), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (language, parts) => {
        const code = parts.join('');
        const found = extractSourceImports('f', language, code);
        // Rust adds the crates its paths name; the line imports come first.
        expect(found.slice(0, everyLine('f', language, code).length)).toEqual(everyLine('f', language, code));
        if (language !== 'rust') expect(found).toEqual(everyLine('f', language, code));
      }),
      { numRuns: 5000 },
    );
  });

  it('are, in Go, those a walk over every line finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...goPieces), { maxLength: 50 }), (parts) => {
        const code = parts.join('');
        expect(extractSourceImports('f.go', 'go', code)).toEqual(everyGoLine('f.go', code));
      }),
      { numRuns: 10000 },
    );
    const code = 'package main\n\nimport (\n\t"fmt"\n\tlog "github.com/x/log"\n)\n\nimport "os"\nfunc f() { importer() }\n';
    expect(extractSourceImports('m.go', 'go', code).map((i) => [i.module, i.line])).toEqual([['fmt', 4], ['github.com/x/log', 5], ['os', 8]]);
  });

  it('reads a plain module', () => {
    const code = '"""doc"""\nimport os, sys\nfrom django.db import models\r\nx = 1 # import nothing\n  import json';
    expect(extractSourceImports('a.py', 'python', code).map((i) => [i.module, i.line])).toEqual([['os', 2], ['sys', 2], ['django.db', 3], ['json', 5]]);
  });
});
