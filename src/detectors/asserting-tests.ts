import { isTestFile } from '../evidence/file-sets.js';
import { isSourceFile, languageOf, lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// Assertions are found in comment-free text, so a commented-out expect() never counts. For JS: expect(),
// assert() and assert.x(), should, ava's t.is()-style calls, chai and sinon, and an HTTP test's status assertion
// (supertest's .expect(404) fails the test on another status); not a bare .expect(fn) of some other API.
const TEXT_ASSERTIONS: Record<string, RegExp> = {
  js: /(?<![\w.$])(expect|expectTypeOf|assert(\.\w+)?|should|chai\.expect|sinon\.assert\.\w+)\s*\(|\.should\s*[.(]|(?<![\w.$])t\.(is|not|deepEqual|truthy|falsy|true|false|throws|throwsAsync|equal|ok|same|match|assert|snapshot)\s*\(|\.expect\(\s*[1-5]\d\d\b/,
  // Python: assert, unittest's self.assertX, pytest.raises, mock's assert_called_x, PyHamcrest's assert_that, and
  // Playwright for Python's web-first assertions (expect(page.locator(…)).to_be_visible(), .not_to_have_text(…)).
  python: /^[ \t]*(assert\b|self\.assert\w+\(|pytest\.raises\(|\w+\.assert_\w+\(|assert_that\()|\bself\.assert\w+\(|\bexpect\([^\n]{0,300}\)\.(?:not_)?to_\w+\(/m,
  // Go: testing's t.Error/t.Fatal, testify, gomega; gocheck's and quicktest's c.Assert/c.Check/qt.Assert, matryer/is.
  go: /\bt\.(Error|Errorf|Fatal|Fatalf|Fail|FailNow)\(|\b(assert|require)\.\w+\(|\bExpect\(|\bΩ\(|\b(?:c|qt)\.(?:Assert|Check)\(|\bis\.(?:Equal|True|NoErr)\(/m,
  // Java and Groovy: JUnit/AssertJ/Hamcrest/Truth, Mockito's verify; Spock's then: and expect: blocks, where every
  // line is an implicit assertion; Spring's HTTP test clients, whose expectations fail the test (MockMvc's
  // `.andExpect(status().isOk())`, WebTestClient's and RestTestClient's `.expectStatus()`/`.expectBody()`).
  java: /\b(assert\w*|Assertions\.\w+|verify|assertThat)\s*\(|\bexpect\(|\bshould\b|^[ \t]*(?:then|expect)[ \t]*:|\.andExpect\(|\.expect(?:Status|Body|Header|Cookie)\(\)/m,
  // Kotlin: kotlin.test/JUnit/Truth asserts, kotest matchers (shouldBe, shouldThrow, shouldContain…), MockK's verify,
  // screenshot tests that compare against recorded images (Roborazzi captureRoboImage, Paparazzi snapshot), and
  // Android lint's check tests (lint().files(…).run().expect(…)/expectClean()), and Spring's HTTP test clients as in Java
  // (MockMvc's Kotlin DSL `.andExpect { status { isOk() } }`).
  kotlin: /\b(assert\w*|assertThat|shouldBe|verify)\b|\.andExpect[ \t]*[({]|\.expect(?:Status|Body|Header|Cookie)\(\)|\bshould[A-Z]\w{0,40}\b|\bcaptureRoboImage\(|\bpaparazzi\.(?:snapshot|gif)\(|\.run\(\)\s*\.expect(?:Clean|Warning\w{0,20}|Error\w{0,20})?\(/m,
  // RSpec's old `should` on a call's result (`parse(x).should == 1`): the dot follows a parenthesis, no word boundary.
  ruby: /\b(expect\s*[({]|assert(_\w+)?\b|refute(_\w+)?\b|must_\w+)|\.should\b/m,
  // xUnit/NUnit/MSTest Assert, FluentAssertions .Should(), Shouldly .ShouldBe()/Should.Throw(), NFluent Check.That().
  // The word boundary belongs to the names, not to `.Should`: on a call's result (`Parse(x).Should()`) the dot
  // follows a parenthesis, where there is no boundary.
  csharp: /\b(?:Assert\.\w+|Should\.(?:Throw|NotThrow)\w{0,20}\(|Check\.That\(|Expect\()|\.Should\(\)|\.Should[A-Z]\w{0,40}\(/m,
  // Rust: the assert macros, proptest's prop_assert*, and assertion crates' macros (insta's assert_snapshot!,
  // assert_matches!, pretty_assertions' assert_eq!).
  rust: /\b(assert!|assert_eq!|assert_ne!|debug_assert!|prop_assert\w*!|assert_\w{1,40}!)/m,
};

// A Rust function marked as a test, in a source file's own test module: `#[test]`, an async runtime's or a test kit's
// attribute (`#[tokio::test]`, `#[sqlx::test(migrations = "…")]`, `#[kanidmd_testkit::test]`), a project's own test
// macro named for it (`#[idm_test]`, `#[qs_test(…)]`, `#[wasm_bindgen_test]`), rstest and test-case. `#[cfg(test)]`
// alone gates a module; `#[test_log]` or a `test_utils` path names no test.
const RUST_TEST_ATTRIBUTE = /#\[(?:test|rstest|test_case\([^\]\n]{0,300}\)|(?:\w{1,60}::){1,3}test(?:\([^\]\n]{0,300}\))?|\w{1,60}_test(?:\([^\]\n]{0,300}\))?)\]/;

export const assertingTests: Detector = {
  name: 'assertingTests',
  question: 'Which test files contain at least one assertion?',
  detect(evidence) {
    const out: Finding[] = [];
    for (const file of evidence.sourceFiles) {
      const language = languageOf(file);
      const rustInline = language === 'rust' && RUST_TEST_ATTRIBUTE.test(evidence.code(file) ?? '');
      if (!isTestFile(file) && !rustInline) continue;
      const pattern = TEXT_ASSERTIONS[language];
      const code = evidence.code(file);
      if (!pattern || code === undefined || !isSourceFile(file)) continue;
      const m = pattern.exec(code);
      if (m) out.push({ file, line: lineAt(code, m.index), message: 'test file with assertions', strength: 'strong' });
    }
    return out;
  },
};
