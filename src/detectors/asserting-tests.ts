import { isTestFile } from '../evidence/file-sets.js';
import { isSourceFile, languageOf, lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// JS assertions come from the AST (calls), so a commented-out expect() never counts.
const JS_ASSERTION = /^(expect|assert|assert\.\w+|expectTypeOf|should|\w+\.should\.\w+|t\.(is|not|deepEqual|truthy|falsy|true|false|throws|throwsAsync|equal|ok|same|match|assert|snapshot)|chai\.expect|sinon\.assert\.\w+|cy\.get\(\)\.should|\w+\.should)$/;
const TEXT_ASSERTIONS: Record<string, RegExp> = {
  python: /^\s*(assert\b|self\.assert\w+\(|pytest\.raises\(|\w+\.assert_\w+\()|\bself\.assert\w+\(/m,
  go: /\bt\.(Error|Errorf|Fatal|Fatalf|Fail|FailNow)\(|\b(assert|require)\.\w+\(|\bExpect\(|\bΩ\(/m,
  java: /\b(assert\w*|Assertions\.\w+|verify|assertThat)\s*\(|\bexpect\(|\bshould\b/m,
  kotlin: /\b(assert\w*|assertThat|shouldBe|verify)\b/m,
  ruby: /\b(expect\s*[({]|assert(_\w+)?\b|refute(_\w+)?\b|\.should\b|must_\w+)/m,
  csharp: /\b(Assert\.\w+|\.Should\(\)|Expect\()/m,
  rust: /\b(assert!|assert_eq!|assert_ne!|debug_assert!|prop_assert\w*!)/m,
};

export const assertingTests: Detector = {
  name: 'assertingTests',
  question: 'Which test files contain at least one assertion?',
  parseTokens: ['expect', 'assert', 'should', 't.is', 't.deepEqual', 't.truthy', 't.true', 't.false', 't.throws', 't.equal', 't.ok', 't.same', 't.match'],
  detect(evidence) {
    const out: Finding[] = [];
    const jsAssertLine = new Map<string, number>();
    for (const call of evidence.calls) {
      if (JS_ASSERTION.test(call.callee) || /^expect\(\)\./.test(call.callee)) {
        if (!jsAssertLine.has(call.file)) jsAssertLine.set(call.file, call.line);
      }
    }
    for (const file of evidence.sourceFiles) {
      const language = languageOf(file);
      const rustInline = language === 'rust' && /#\[(test|tokio::test)\]/.test(evidence.code(file) ?? '');
      if (!isTestFile(file) && !rustInline) continue;
      if (language === 'js') {
        const line = jsAssertLine.get(file);
        if (line) out.push({ file, line, message: 'test file with assertions', strength: 'strong' });
        continue;
      }
      const pattern = TEXT_ASSERTIONS[language];
      const code = evidence.code(file);
      if (!pattern || code === undefined || !isSourceFile(file)) continue;
      const m = pattern.exec(code);
      if (m) out.push({ file, line: lineAt(code, m.index), message: 'test file with assertions', strength: 'strong' });
    }
    return out;
  },
};
