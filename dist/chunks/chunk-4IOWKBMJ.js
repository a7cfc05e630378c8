import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  require_dist
} from "./chunk-XRICSXDT.js";
import {
  __commonJS,
  __toESM
} from "./chunk-5DGXIFSJ.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/evidence/ci.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var import_yaml = __toESM(require_dist(), 1);

// src/evidence/languages.ts
var BY_EXTENSION = {
  js: "js",
  jsx: "js",
  mjs: "js",
  cjs: "js",
  ts: "js",
  tsx: "js",
  mts: "js",
  cts: "js",
  py: "python",
  pyi: "python",
  go: "go",
  java: "java",
  groovy: "java",
  scala: "java",
  kt: "kotlin",
  kts: "kotlin",
  rb: "ruby",
  rake: "ruby",
  cs: "csharp",
  fs: "csharp",
  rs: "rust"
};
var languageCache = /* @__PURE__ */ new Map();
function languageOf(file) {
  let language = languageCache.get(file);
  if (language === void 0) languageCache.set(file, language = languageByName(file));
  return language;
}
function languageByName(file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  if (base === "Rakefile" || base === "Gemfile" || base === "config.ru") return "ruby";
  const dot = base.lastIndexOf(".");
  if (dot < 0) return "other";
  return BY_EXTENSION[base.slice(dot + 1).toLowerCase()] ?? "other";
}
function isSourceFile(file) {
  if (/\.d\.[mc]?ts$/.test(file)) return false;
  return languageOf(file) !== "other";
}
function commentStyleOf(file) {
  const language = languageOf(file);
  if (language === "python" || language === "ruby") return "hash";
  if (language !== "other") return "c";
  if (/\.(ya?ml|toml|sh|bash|cfg|ini|conf|tf|hcl|rego|properties)$|(^|\/)(Dockerfile|Makefile|Procfile|\.gitignore|\.env[^/]*)$/i.test(file)) return "hash";
  return "none";
}
var C_TOKENS = /"(?:[^"\\\n]|\\[\s\S])*"?|'(?:[^'\\\n]|\\[\s\S])*'?|`(?:[^`\\]|\\[\s\S])*`?|\/\/[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g;
var HASH_TOKENS = /"(?:[^"\\\n]|\\[\s\S])*"?|'(?:[^'\\\n]|\\[\s\S])*'?|#[^\n]*/g;
var keepStringsDropComments = (token) => {
  const first = token[0];
  if (first === '"' || first === "'" || first === "`") return token;
  if (!token.startsWith("/*")) return "";
  return token.includes("\n") ? token.replace(/[^\n]+/g, "") : " ";
};
function stripComments(file, text) {
  const style = commentStyleOf(file);
  if (style === "none") return text;
  if (style === "hash" ? !text.includes("#") : !text.includes("/")) return text;
  return text.replace(style === "hash" ? HASH_TOKENS : C_TOKENS, keepStringsDropComments);
}
function lineAt(text, offset) {
  if (offset < 8192) {
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
    return line;
  }
  return lineIndex(text)(offset);
}
var recentIndexes = [];
function lineIndex(text) {
  const known = recentIndexes.find((entry) => entry.text === text);
  if (known) return known.lineOf;
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const table = Uint32Array.from(starts);
  const lineOf = (offset) => {
    let low = 0;
    let high = table.length - 1;
    while (low < high) {
      const mid = low + high + 1 >>> 1;
      if (table[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  recentIndexes.unshift({ text, lineOf });
  if (recentIndexes.length > 4) recentIndexes.pop();
  return lineOf;
}
var MAX_SCANNED_LINE = 4096;
function capLines(text) {
  if (text.length <= MAX_SCANNED_LINE) return text;
  let start = 0;
  for (; ; ) {
    if (text.length - start <= MAX_SCANNED_LINE) return text;
    const end = text.lastIndexOf("\n", start + MAX_SCANNED_LINE);
    if (end < start) break;
    start = end + 1;
  }
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) if (lines[i].length > MAX_SCANNED_LINE) lines[i] = lines[i].slice(0, MAX_SCANNED_LINE);
  return lines.join("\n");
}

// src/evidence/ci.ts
var CI_FILES = [
  [/^\.github\/workflows\/[^/]+\.ya?ml$/, "github-actions"],
  [/^\.github\/actions\/.+\/action\.ya?ml$/, "github-actions"],
  // Runners that read GitHub Actions' format from their own folder: Gitea and Forgejo Actions, Depot CI.
  [/^\.(?:gitea|forgejo|depot)\/workflows\/[^/]+\.ya?ml$/, "github-actions"],
  [/^\.(?:gitea|forgejo|depot)\/actions\/.+\/action\.ya?ml$/, "github-actions"],
  [/^\.gitlab-ci\.ya?ml$|^\.gitlab\/ci\/.+\.ya?ml$/, "gitlab"],
  [/^\.circleci\/config\.ya?ml$/, "circleci"],
  [/^\.travis\.ya?ml$/, "travis"],
  [/(^|\/)Jenkinsfile$|\.Jenkinsfile$|^jenkins\/.+\.groovy$/, "jenkins"],
  // Azure Pipelines files are named freely: besides azure-pipelines.yml, a pipeline per trigger at the root or in a build
  // folder (`azure-pipelines-pr.yml`, `azure-pipelines.release.yml`, `eng/azure-pipelines-ci.yml`) and the .NET repositories'
  // `eng/pipelines/` folder.
  [/^(?:(?:build|eng|ci|\.ci|\.azure|pipelines|\.pipelines)\/)?azure-pipelines(?:[-._][\w.-]{1,60})?\.ya?ml$|^\.azure-pipelines\/.+\.ya?ml$|^\.pipelines\/.+\.ya?ml$|^eng\/pipelines\/.+\.ya?ml$/, "azure"],
  [/^\.buildkite\/.+\.(ya?ml|sh)$/, "buildkite"],
  // TeamCity's versioned settings in its Kotlin DSL (`.teamcity/settings.kts` and the `.kt` files it includes).
  [/^\.teamcity\/.+\.kts?$/, "teamcity"],
  [/^(bitbucket-pipelines\.yml|\.drone\.yml|\.woodpecker\.yml|cloudbuild\.ya?ml|buildspec\.ya?ml|\.?appveyor\.yml|\.cirrus\.yml)$|^\.woodpecker\/.+\.ya?ml$|^\.semaphore\/.+\.ya?ml$|^\.tekton\/.+\.ya?ml$/, "other"]
];
function gitlabLocalIncludes(text, files) {
  let config;
  try {
    config = (0, import_yaml.parseDocument)(text, { uniqueKeys: false }).toJS();
  } catch {
    return [];
  }
  const include = config?.include;
  const entries = Array.isArray(include) ? include : include === void 0 ? [] : [include];
  const out = [];
  for (const entry of entries) {
    const path = typeof entry === "string" ? /^https?:/.test(entry) ? void 0 : entry : typeof entry?.local === "string" ? entry.local : void 0;
    if (!path) continue;
    const clean = path.trim().replace(/^\.?\/+/, "");
    if (!clean.includes("*")) {
      out.push(clean);
      continue;
    }
    const matches = (0, import_picomatch.default)(clean, { dot: true });
    out.push(...files.filter((f) => matches(f)));
  }
  return out.filter((f) => /\.ya?ml$/.test(f));
}
function ciSystemOf(file) {
  return CI_FILES.find(([re]) => re.test(file))?.[1];
}
var COMMAND_KEYS = /* @__PURE__ */ new Set([
  "run",
  "script",
  "scripts",
  "command",
  "commands",
  "before_script",
  "after_script",
  "bash",
  "pwsh",
  "powershell",
  "cmd",
  "install",
  "before_install",
  "build",
  "test",
  "entrypoint",
  "args",
  "goals",
  "tasks",
  "arguments",
  "customCommand",
  // AppVeyor's steps (`build_script:`, `test_script:`, `before_test:` …, each a list of lines or of `ps:`/`cmd:`/`sh:`
  // entries) and Cirrus CI's `<name>_script:` instructions.
  "init",
  "before_build",
  "after_build",
  "before_test",
  "after_test",
  "before_deploy",
  "after_deploy",
  "on_success",
  "on_finish",
  "ps",
  "sh"
]);
var isCommandKey = (key) => COMMAND_KEYS.has(key) || /^[a-z][\w-]{0,40}_script$/.test(key);
var REFERENCE_KEYS = /* @__PURE__ */ new Set(["uses", "orbs", "template", "include", "task", "plugins", "extends", "local", "project", "image"]);
var TOOL_WRAPPERS = [
  { ref: /^DotNetCoreCLI@\d+$/, tool: "dotnet", keys: ["command"] },
  { ref: /^Npm@\d+$/, tool: "npm", keys: ["customCommand"] },
  { ref: /^Maven@\d+$/, tool: "mvn", keys: ["goals"] },
  { ref: /^Gradle@\d+$/, tool: "gradle", keys: ["tasks"] },
  { ref: /^actions-rs\/cargo@/, tool: "cargo", keys: ["command"] },
  { ref: /^gradle\/gradle-build-action@/, tool: "gradle", keys: ["arguments"] },
  { ref: /^cake-build\/cake-action@/, tool: "dotnet cake --target", keys: ["target"] },
  // Trivy's action chooses its scanners in an input (`scanners: vuln,secret`): read as the command line it runs.
  { ref: /^aquasecurity\/trivy-action@/, tool: "trivy --scanners", keys: ["scanners"] }
];
function wrappedTool(node) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  for (const pair of node.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    if (key !== "task" && key !== "uses" || !(0, import_yaml.isScalar)(pair.value)) continue;
    const ref = String(pair.value.value ?? "").trim();
    const wrapper = TOOL_WRAPPERS.find((w) => w.ref.test(ref));
    if (wrapper) return wrapper;
  }
  return void 0;
}
function isDisabled(node) {
  if (!(0, import_yaml.isMap)(node)) return false;
  for (const pair of node.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const value = (0, import_yaml.isScalar)(pair.value) ? String(pair.value.value).trim() : void 0;
    if (value === void 0) continue;
    if ((key === "if" || key === "condition") && /^(false|\$\{\{\s*false\s*\}\})$/.test(value)) return true;
    if (key === "enabled" && value === "false") return true;
    if (key === "when" && (value === "never" || value === "manual")) return true;
  }
  return false;
}
function includedTemplate(node) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  let project;
  const files = [];
  for (const pair of node.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    if (key === "project" && (0, import_yaml.isScalar)(pair.value)) project = pair.value;
    else if (key === "file" && (0, import_yaml.isScalar)(pair.value)) files.push(String(pair.value.value ?? "").trim());
    else if (key === "file" && (0, import_yaml.isSeq)(pair.value)) {
      for (const item of pair.value.items) if ((0, import_yaml.isScalar)(item)) files.push(String(item.value ?? "").trim());
    }
  }
  if (!project || !(0, import_yaml.isScalar)(project)) return void 0;
  const name = String(project.value ?? "").trim();
  return { node: project, text: files.length ? `project: ${name} file: ${files.join(" ")}` : `project: ${name}` };
}
function extractCiCommands(file, text, system) {
  if (system === "teamcity") return teamCityCommands(file, text);
  if (system === "jenkins" || file.endsWith(".sh")) return textCommands(file, text, system);
  const counter = new import_yaml.LineCounter();
  const parsed = (0, import_yaml.parseAllDocuments)(text, { lineCounter: counter, uniqueKeys: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const broken = docs.find((d) => d.errors.length);
  if (broken) throw new Error(broken.errors[0].message.split("\n")[0]);
  const out = [];
  const lineOf = (node) => node.range ? counter.linePos(node.range[0]).line : 1;
  const workflow = docs[0]?.toJS() ?? null;
  if (system === "github-actions" && onlyManualTrigger(workflow)) return [];
  let job;
  const walk = (node, key, depth, wrapper) => {
    if (!node || isDisabled(node)) return;
    if ((0, import_yaml.isMap)(node)) {
      const wraps = wrappedTool(node) ?? wrapper;
      const included = system === "gitlab" ? includedTemplate(node) : void 0;
      if (included) {
        const command = { system, file, line: lineOf(included.node), text: included.text, expanded: included.text };
        if (job !== void 0) command.job = job;
        out.push(command);
      }
      for (const pair of node.items) {
        const k = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
        if (included && k === "project") continue;
        if (system === "gitlab" && k.startsWith(".")) continue;
        if (depth === 1 && key === "jobs") job = k;
        walk(pair.value, k, depth + 1, wraps);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) walk(item, key, depth + 1);
    } else if ((0, import_yaml.isScalar)(node) && (isCommandKey(key) || REFERENCE_KEYS.has(key) || wrapper?.keys.includes(key))) {
      const value = String(node.value ?? "");
      const first = lineOf(node);
      const prefix = REFERENCE_KEYS.has(key) ? `${key}: ` : wrapper?.keys.includes(key) ? `${wrapper.tool} ` : "";
      for (const { text: trimmed, index: i } of commandLines(value)) {
        const command = { system, file, line: first + (value.includes("\n") && node.type?.startsWith("BLOCK") ? i + 1 : i), text: prefix + trimmed, expanded: prefix + trimmed };
        if (job !== void 0) command.job = job;
        out.push(command);
      }
    }
  };
  for (const doc of docs) {
    job = void 0;
    walk(doc.contents, "", 0);
  }
  if (system === "travis") out.push(...travisDefaults(file, workflow, out));
  if (system === "github-actions") {
    const env = workflowEnv(workflow);
    const jobs = workflow?.jobs ?? {};
    for (const c of out) {
      if (env.size) c.text = c.expanded = withEnv(c.text, env);
      if (c.job !== void 0 && c.text.includes("matrix.")) c.text = c.expanded = withMatrix(c.text, matrixValues(jobs[c.job]));
    }
  }
  return out;
}
var MAX_MATRIX_VARIANTS = 8;
function matrixValues(job) {
  const values = /* @__PURE__ */ new Map();
  const matrix = job?.strategy?.matrix;
  if (!matrix || typeof matrix !== "object" || Array.isArray(matrix)) return values;
  const add = (ref, v) => {
    if (typeof v !== "string" && typeof v !== "number") return;
    const list = values.get(ref) ?? [];
    if (!list.includes(String(v)) && list.length < MAX_MATRIX_VARIANTS) list.push(String(v));
    values.set(ref, list);
  };
  for (const [key, value] of Object.entries(matrix)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (item && typeof item === "object" && !Array.isArray(item)) {
        for (const [field, v] of Object.entries(item)) add(key === "include" ? field : `${key}.${field}`, v);
      } else if (key !== "exclude") add(key, item);
    }
  }
  return values;
}
function withMatrix(command, values) {
  let variants = [command];
  for (const m of command.matchAll(/\$\{\{[ \t]*matrix\.([\w.-]{1,100}?)[ \t]*\}\}/g)) {
    const options = values.get(m[1]);
    if (!options?.length) continue;
    variants = variants.flatMap((v) => options.map((o) => v.split(m[0]).join(o))).slice(0, MAX_MATRIX_VARIANTS);
  }
  return variants.join(" && ");
}
function workflowEnv(node, env = /* @__PURE__ */ new Map(), depth = 0) {
  if (depth > 8 || !node || typeof node !== "object") return env;
  for (const [key, value] of Object.entries(node)) {
    if (key === "env" && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [name, v] of Object.entries(value)) {
        if (!env.has(name) && (typeof v === "string" || typeof v === "number") && String(v).length <= 200) env.set(name, String(v));
      }
    } else workflowEnv(value, env, depth + 1);
  }
  return env;
}
function withEnv(command, env) {
  return command.replace(/\$\{\{[ \t]*env\.(\w+)[ \t]*\}\}|\$\{(\w+)\}|\$(\w+)/g, (all, a, b, c) => env.get(a ?? b ?? c) ?? all);
}
function onlyManualTrigger(workflow) {
  const on = workflow?.on;
  if (on === "workflow_dispatch") return true;
  if (Array.isArray(on)) return on.length > 0 && on.every((e) => e === "workflow_dispatch");
  if (on && typeof on === "object") {
    const events = Object.keys(on);
    return events.length > 0 && events.every((e) => e === "workflow_dispatch");
  }
  return false;
}
function travisDefaults(file, config, existing) {
  if (existing.some((c) => /^script/.test(c.text)) || config?.script) return [];
  const defaults = { node_js: "npm test", ruby: "bundle exec rake", go: "go test ./...", java: "gradle check", rust: "cargo test" };
  const language = String(config?.language ?? "");
  const cmd = defaults[language === "node_js" || config?.node_js ? "node_js" : language];
  return cmd ? [{ system: "travis", file, line: 1, text: cmd, expanded: cmd }] : [];
}
function textCommands(file, text, system) {
  const out = [];
  text.split("\n").forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("//") || trimmed.startsWith("#")) return;
    const m = /\b(?:sh|bat|powershell|pwsh)\s*(?:\(\s*)?(?:script:\s*)?['"]{1,3}(.{1,1000}?)['"]{1,3}/.exec(trimmed);
    const cmd = system === "jenkins" ? m?.[1] ?? trimmed : trimmed;
    out.push({ system, file, line: i + 1, text: cmd, expanded: cmd });
  });
  return out;
}
var TEAMCITY_STEP = /\b(gradle|maven|script|dotnetTest|dotnetBuild|nodeJS|exec)[ \t]*\{/g;
var RAW_OR_QUOTED = '(?:"""([^]{1,4000}?)"""|"([^"\\n]{1,1000})")';
var TEAMCITY_FIELDS = {
  gradle: [new RegExp(`\\btasks[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), "gradle "],
  maven: [new RegExp(`\\bgoals[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), "mvn "],
  script: [new RegExp(`\\bscriptContent[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ""],
  nodeJS: [new RegExp(`\\bshellScript[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ""],
  exec: [new RegExp(`\\bpath[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ""]
};
function teamCityCommands(file, text) {
  const out = [];
  for (const m of text.matchAll(TEAMCITY_STEP)) {
    const kind = m[1];
    const body = blockAfter(text, m.index + m[0].length);
    if (/\benabled[ \t]*=[ \t]*false\b/.test(body)) continue;
    const line = lineAt(text, m.index);
    const push = (command) => out.push({ system: "teamcity", file, line, text: command, expanded: command });
    if (kind === "dotnetTest") push("dotnet test");
    else if (kind === "dotnetBuild") push("dotnet build");
    const field = TEAMCITY_FIELDS[kind];
    const found = field?.[0].exec(body);
    if (!field || !found) continue;
    for (const { text: command } of commandLines(found[1] ?? found[2] ?? "")) push(field[1] + command);
  }
  return out;
}
function blockAfter(text, from) {
  const end = Math.min(text.length, from + 2e4);
  let depth = 1;
  for (let i = from; i < end; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from, end);
}
var MAX_SCRIPT_CHARS = 16 * 1024;
var SCRIPT_RUN = /(?:^|[\s;&|(])(?:(?:bash|sh|zsh|dash|source|pwsh|powershell|\.)[ \t]+(?:-[a-zA-Z]+[ \t]+){0,3})?((?:\$\{\{ *github\.workspace *\}\}\/|\$GITHUB_WORKSPACE\/|\.\/)?[\w.-]+(?:\/[\w.-]+){0,8})(?=$|[\s;&|)])/g;
var DOTNET_RUN_PROJECT = /\bdotnet[ \t]+run[ \t]+(?:-[-\w]+(?:[ \t]+[\w.]+)?[ \t]+){0,3}?(?:--project|-p)[ \t]+['"]?([\w./-]{1,200})/g;
var PROGRAM_RUN = /\b(?:Run|RunAsync|Exec|ExecAsync|StartProcess)\([ \t]*"([\w.-]{1,40})"[ \t]*,[ \t]*[$@]{0,2}"([^"\n]{0,200})"/g;
var PROGRAM_TEST_TASK = /\bDotNet(?:Core)?Test\(|\bAddCoreTask\([ \t]*\w{1,20}[ \t]*=>[ \t]*\w{1,20}\.Test\(|\.CoreTasks\(\)[ \t]*\.Test\(/;
var CSHARP_BUILD_TOOL_RUN = /(?:^|[\s;&|(])(flubu|nuke)(?![\w.-])([^&|;\n]{0,200})/g;
var BUILD_PROGRAM_FOLDERS = { flubu: ["BuildScript", "build", "Build", "_build"], nuke: ["build", "_build", "Build"] };
function targetNamed(rest) {
  const words = rest.trim().split(/[ \t]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith("-")) {
      if (!w.includes("=") && words[i + 1] && !words[i + 1].startsWith("-")) i++;
      continue;
    }
    return w;
  }
  return void 0;
}
function buildToolCommands(tool, sources) {
  const pointer = tool === "flubu" ? sources.buildScript?.(".flubu")?.trim().split(/\r?\n/)[0]?.trim() : void 0;
  const candidates = [...pointer && /^[\w./-]{1,200}\.csproj$/.test(pointer) ? [pointer.replace(/^\.\//, "")] : [], ...BUILD_PROGRAM_FOLDERS[tool]];
  for (const project of candidates) {
    const program = sources.buildProgram(project);
    if (program !== void 0) return buildProgramCommands(program);
  }
  return [];
}
function buildProgramCommands(source) {
  const text = source.slice(0, MAX_SCRIPT_CHARS * 4);
  const out = [...text.matchAll(PROGRAM_RUN)].map((m) => `${m[1]} ${m[2]}`);
  if (PROGRAM_TEST_TASK.test(text)) out.push("dotnet test");
  return out;
}
var CAKE_RUN = /(?:^|[\s;&|(/\\])(?:build\.(?:ps1|sh|cmd|bat)|dotnet[ \t]+(?:tool[ \t]+run[ \t]+)?(?:dotnet-)?cake|dotnet-cake|dotnet[ \t]+(?:run[ \t]+)?cake\.cs)(?![\w.-])([^&|;\n]{0,200})/g;
var CAKE_TARGET = /(?:^|[ \t])(?:--target=|(?:--target|-target|-t)[ \t]+)['"]?([\w.-]{1,60})/i;
var CAKE_SCRIPT_NAME = /(?:^|[\s'"=/\\])([\w.-]{1,60}\.cake|cake\.cs)(?=$|[\s'"])/;
var CAKE_DEFAULT_TARGET = /\bArgument(?:<string>)?\([ \t]*"target"[ \t]*,[ \t]*"([\w.-]{1,60})"/;
var CAKE_TASK = /\bTask\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
var CAKE_DEPENDS = /\.IsDependentOn\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
var CAKE_DEPENDEE = /\.IsDependeeOf\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
var CAKE_TEST_ALIAS = /\b(?:DotNet(?:Core)?Test|VSTest|XUnit2|NUnit3|MSTest)\(/;
function cakeTargetCommands(script, target) {
  const text = script.slice(0, MAX_SCRIPT_CHARS * 4);
  const tasks = [...text.matchAll(CAKE_TASK)];
  if (!tasks.length) return [];
  const bodies = /* @__PURE__ */ new Map();
  const deps = /* @__PURE__ */ new Map();
  tasks.forEach((m, i) => {
    const name = m[1].toLowerCase();
    const body = text.slice(m.index, tasks[i + 1]?.index ?? text.length);
    bodies.set(name, body);
    deps.set(name, [...deps.get(name) ?? [], ...[...body.matchAll(CAKE_DEPENDS)].map((d) => d[1].toLowerCase())]);
    for (const d of body.matchAll(CAKE_DEPENDEE)) deps.set(d[1].toLowerCase(), [...deps.get(d[1].toLowerCase()) ?? [], name]);
  });
  const start = (target ?? CAKE_DEFAULT_TARGET.exec(text)?.[1] ?? "Default").toLowerCase();
  const seen = /* @__PURE__ */ new Set();
  const queue = [start];
  const out = [];
  while (queue.length && seen.size < 200) {
    const name = queue.shift();
    if (seen.has(name) || !bodies.has(name)) continue;
    seen.add(name);
    const body = bodies.get(name);
    out.push(...[...body.matchAll(PROGRAM_RUN)].map((m) => `${m[1]} ${m[2]}`));
    if (CAKE_TEST_ALIAS.test(body)) out.push("dotnet test");
    queue.push(...deps.get(name) ?? []);
  }
  return out;
}
function cakeScriptOf(command, run, sources) {
  const read = sources.buildScript;
  const named = CAKE_SCRIPT_NAME.exec(run)?.[1];
  if (named) return read(named);
  const bootstrapper = /\bbuild\.(?:ps1|sh|cmd|bat)\b/.exec(command)?.[0];
  const folder = /(?:^|[\s;&|(])(?:\.\/)?((?:\w[\w.-]*\/){1,4})build\.(?:ps1|sh|cmd|bat)\b/.exec(command)?.[1] ?? "";
  if (bootstrapper) {
    const own = read(`${folder}${bootstrapper}`);
    const inner = own === void 0 ? void 0 : CAKE_SCRIPT_NAME.exec(own.slice(0, MAX_SCRIPT_CHARS))?.[1];
    if (inner) return read(`${folder}${inner}`) ?? read(inner);
  }
  return read(`${folder}build.cake`);
}
var POWERSHELL_ASSIGNMENT = /^[ \t]*(?:\[\w+\][ \t]*)?\$(\w{1,40})[ \t]*=[ \t]*["']([\w./-]{1,200})["'],?[ \t]*$/gm;
function scriptCommands(text) {
  const head = text.slice(0, MAX_SCRIPT_CHARS);
  const values = /* @__PURE__ */ new Map();
  for (const m of head.matchAll(POWERSHELL_ASSIGNMENT)) if (!values.has(m[1])) values.set(m[1], m[2]);
  const lines = commandLines(head).map(({ text: l }) => values.size ? l.replace(/\$(\w{1,40})\b/g, (all, name) => values.get(name) ?? all) : l);
  return inFolders(lines);
}
var CD_LINE = /^cd[ \t]+["']?([\w.-]{1,100}(?:\/[\w.-]{1,100}){0,6})\/?["']?[ \t]*(?:$|&&|;)/;
var OTHER_CD = /^cd(?:[ \t]|$)/;
function inFolders(lines) {
  let folder = [];
  return lines.map((line) => {
    const out = folder?.length ? line.replace(/(^|[\s;&|(])\.\/(?=[\w.-])/g, `$1./${folder.join("/")}/`) : line;
    const cd = CD_LINE.exec(line);
    if (cd && folder) {
      for (const part of cd[1].split("/")) {
        if (part === "..") folder.pop();
        else if (part !== ".") folder.push(part);
      }
    } else if (OTHER_CD.test(line)) folder = void 0;
    return out;
  });
}
function commandLines(block) {
  const out = [];
  let open;
  block.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    const continues = /(?:\\|[ \t][`^])$/.test(line) && !line.startsWith("#");
    const part = continues ? line.slice(0, -1).trimEnd() : line;
    if (open) {
      open.text = part ? `${open.text} ${part}` : open.text;
      if (continues && line) return;
      out.push(open);
      open = void 0;
      return;
    }
    if (!line || line.startsWith("#")) return;
    if (continues) open = { text: part, index: i };
    else out.push({ text: line, index: i });
  });
  if (open) out.push(open);
  return out;
}
var MAX_EXPANDED_COMMAND = 64 * 1024;
var expansions = /* @__PURE__ */ new WeakMap();
function expandCommand(command, sources, depth = 0) {
  if (depth > 3) return command.slice(0, MAX_EXPANDED_COMMAND);
  let memo = expansions.get(sources);
  if (!memo) expansions.set(sources, memo = /* @__PURE__ */ new Map());
  const key = `${depth}\0${command}`;
  let expanded = memo.get(key);
  if (expanded === void 0) memo.set(key, expanded = expandOnce(command, sources, depth));
  return expanded;
}
function expandOnce(command, sources, depth) {
  const parts = [command.slice(0, MAX_EXPANDED_COMMAND)];
  let size = parts[0].length;
  const seen = /* @__PURE__ */ new Set();
  const add = (part) => {
    if (size >= MAX_EXPANDED_COMMAND || seen.has(part)) return;
    seen.add(part);
    const room = MAX_EXPANDED_COMMAND - size;
    parts.push(part.length > room ? part.slice(0, room) : part);
    size += Math.min(part.length, room) + 4;
  };
  const reusable = reusableWorkflowWords(command);
  if (reusable) add(reusable);
  const scripts = sources.npmScripts.get("") ?? {};
  const allScripts = [...sources.npmScripts.values()];
  const called = /* @__PURE__ */ new Set();
  for (const m of command.matchAll(NPM_SCRIPT_RUN)) {
    const name = m[1] === "run" ? void 0 : m[1] === "t" ? "test" : m[1];
    if (!name || called.has(name)) continue;
    called.add(name);
    const own = scripts[name] ?? allScripts.map((s) => s[name]).find(Boolean);
    const args = (m[2] ?? "").replace(/^[ \t]+--(?=[ \t]|$)/, "").trim();
    for (const hook of [`pre${name}`, name, `post${name}`]) {
      const body = hook === name ? own : scripts[hook];
      if (body) add(expandCommand(hook === name && args ? `${body} ${args}` : body, sources, depth + 1));
    }
    if (name === "test" && !own) add("npm test");
  }
  for (const m of command.matchAll(PACKAGE_MANAGER_RUN)) {
    const run = folderScript(m[0]);
    const body = run ? sources.npmScripts.get(run.folder)?.[run.name] : void 0;
    if (body) add(expandCommand(body, sources, depth + 1));
  }
  for (const m of command.matchAll(MONOREPO_TASK)) {
    for (const name of m[1].split(/\s+/)) {
      if (!name || name.startsWith("-") || called.has(name)) continue;
      called.add(name);
      const body = scripts[name] ?? allScripts.map((s) => s[name]).find(Boolean);
      if (body) add(expandCommand(body, sources, depth + 1));
    }
  }
  for (const m of command.matchAll(/\b(?:npx|pnpm\s+exec|yarn\s+exec)\s+([\w@/.-]+)/g)) add(m[1]);
  if (sources.shellScript) {
    for (const m of command.matchAll(SCRIPT_RUN)) {
      const path = m[1].replace(/^(?:\$\{\{ *github\.workspace *\}\}\/|\$GITHUB_WORKSPACE\/|\.\/)/, "");
      const script = sources.shellScript(path);
      if (script !== void 0) add(expandCommand(scriptCommands(script).join(" && "), sources, depth + 1));
    }
  }
  if (sources.buildProgram) {
    for (const m of command.matchAll(DOTNET_RUN_PROJECT)) {
      const program = sources.buildProgram(m[1].replace(/^\.\//, ""));
      if (program !== void 0) add(buildProgramCommands(program).join(" && "));
    }
  }
  if (sources.buildProgram) {
    for (const m of command.matchAll(CSHARP_BUILD_TOOL_RUN)) {
      const target = targetNamed(m[2] ?? "");
      if (target !== void 0) {
        if (/tests?$/i.test(target)) add("dotnet test");
        continue;
      }
      const commands = buildToolCommands(m[1], sources);
      if (commands.length) add(commands.join(" && "));
    }
  }
  if (sources.buildScript) {
    for (const m of command.matchAll(CAKE_RUN)) {
      const rest = m[1] ?? "";
      const script = cakeScriptOf(command, m[0], sources);
      const commands = script === void 0 ? [] : cakeTargetCommands(script, CAKE_TARGET.exec(rest)?.[1]);
      if (commands.length) add(commands.join(" && "));
    }
  }
  const rootTargets = sources.makeTargets.get("");
  if (rootTargets && /\bmake(?=[ \t]*(?:$|&&|\|\||;|\n))/.test(command)) {
    const goal = Object.keys(rootTargets).find((t) => !t.startsWith("."));
    if (goal && rootTargets[goal] && !called.has(`make:${goal}`)) {
      called.add(`make:${goal}`);
      add(expandCommand(rootTargets[goal], sources, depth + 1));
    }
  }
  for (const m of command.matchAll(RAKE_RUN)) {
    const named = (m[1] ?? "").trim().split(/[ \t]+/).filter((w) => w && !w.startsWith("-") && !w.includes("="));
    for (const task of named.length ? named : ["default"]) {
      if (called.has(`rake:${task}`)) continue;
      called.add(`rake:${task}`);
      for (const tasks of sources.rakeTasks?.values() ?? []) if (tasks[task]) add(expandCommand(tasks[task], sources, depth + 1));
    }
  }
  if (/\btox(?=[ \t]*(?:$|&&|\|\||;|\n|[ \t]-[pvq]))/.test(command) && !/\btox[ \t][^&|;\n]{0,80}?-e\b/.test(command)) {
    for (const envs of sources.toxEnvs?.values() ?? []) for (const env of envs) add(`tox -e ${env}`);
  }
  for (const m of command.matchAll(MAKE_RUN)) {
    for (const target of m[1].split(/\s+/)) {
      if (target.startsWith("$") || called.has(`make:${target}`)) continue;
      called.add(`make:${target}`);
      for (const targets of sources.makeTargets.values()) if (targets[target]) add(expandCommand(targets[target], sources, depth + 1));
    }
  }
  return parts.join(" && ");
}
var MAKE_RUN = /\b(?:make|just|task)\s+(?:-[A-Za-z]{1,2}["']?\$\{?\w{1,40}\}?["']?\s+)?((?:\$[({][\w.]{1,60}[)}]|[\w:.-]+)(?:\s+(?:\$[({][\w.]{1,60}[)}]|[\w:.-]+))*)/g;
var NPM_SCRIPT_RUN = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+|--?[\w-]+\s+)*([\w:.-]+)((?:[ \t]+[\w:.=@/-]{1,80}){0,4})/g;
var PACKAGE_MANAGER_RUN = /\b(?:npm|pnpm|yarn)[ \t][^&|;\n]{0,200}/g;
var FOLDER_OPTION = /^(?:--prefix|--cwd|--dir|-C)(?:=([\w./-]{1,100}))?$/;
function folderScript(run) {
  const words = run.trim().split(/[ \t]+/).slice(1);
  let folder;
  let name;
  for (let i = 0; i < words.length; i++) {
    const option = FOLDER_OPTION.exec(words[i]);
    if (option) folder = option[1] ?? words[++i];
    else if (words[i].startsWith("-") || name === void 0 && (words[i] === "run" || words[i] === "run-script")) continue;
    else name ??= words[i];
  }
  return folder && name && /^[\w:.-]{1,60}$/.test(name) ? { folder: folder.replace(/^\.\//, "").replace(/\/$/, ""), name } : void 0;
}
var MONOREPO_TASK = /\b(?:(?:turbo(?:[ \t]+run)?|lerna[ \t]+run)[ \t]+|nx[ \t]+run-many[ \t]+(?:--?[\w-]{1,20}[ \t]+){0,3}(?:-t|--targets?)(?:=|[ \t]+)|nx[ \t]+(?:run[ \t]+)?[\w@/.-]{1,80}:|(?:pnpm|npm)[ \t]+(?:-r|--recursive|-ws|--workspaces)[ \t]+(?:run[ \t]+)?|yarn[ \t]+workspaces[ \t]+(?:foreach[ \t]+(?:-[\w-]{1,20}[ \t]+){0,4})?run[ \t]+)([\w:.-]{1,60}(?:[ \t]+[\w:.-]{1,60}){0,3})/g;
var REUSABLE_WORKFLOW = /^uses: (?:[\w.-]+\/[\w.-]+|\.)\/\.github\/workflows\/([\w.-]+)\.ya?ml(?:@[\w./-]+)?$/;
function reusableWorkflowWords(command) {
  const m = REUSABLE_WORKFLOW.exec(command.trim());
  if (!m) return void 0;
  return `reusable-workflow ${m[1].replace(/[-_.]+/g, " ").toLowerCase()}`;
}
var RAKE_RUN = /\brake((?:[ \t]+[\w:.=-]{1,60}){0,6})/g;
function parseRakefile(text) {
  const tasks = {};
  const PREREQUISITES = /\btask(?:\(|[ \t]{1,8}\(?)[ \t]{0,8}:?["']?([\w-]{1,60})["']?[ \t]{0,8}(?:=>|:)[ \t]{0,8}(\[[^\]\n]{0,300}\]|%[iwIW][[(][^\])\n]{0,300}[\])]|:[\w:-]{1,60}|["'][\w:-]{1,60}["'])/g;
  for (const m of text.matchAll(PREREQUISITES)) {
    const deps = m[2].replace(/^%[iwIW]./, "").match(/[\w:-]{1,60}/g) ?? [];
    const runs = deps.map((d) => `rake ${d.replace(/^:/, "")}`).join(" && ");
    if (runs) tasks[m[1]] = tasks[m[1]] ? `${tasks[m[1]]} && ${runs}` : runs;
  }
  for (const m of text.matchAll(/\b(RuboCop|StandardRB)::RakeTask\.new(?:(?:\([ \t]{0,8}|[ \t]{1,8})(?::|["'])([\w-]{1,60}))?/g)) {
    const name = m[2] ?? (m[1] === "RuboCop" ? "rubocop" : "standard");
    tasks[name] = tasks[name] ? `${tasks[name]} && ${m[1].toLowerCase()}` : m[1].toLowerCase();
  }
  return tasks;
}
function parseToxEnvlist(text) {
  const m = /^[ \t]*envlist[ \t]*=[ \t]*((?:[^\n]*)(?:\n[ \t]+[^\n]*){0,20})/m.exec(text);
  if (!m) return [];
  return m[1].split(/[\s,]+/).filter((e) => /^[\w.-]{1,40}$/.test(e)).slice(0, 20);
}
function parseMakefile(text) {
  const targets = {};
  const variables = makeVariables(text);
  let current = [];
  for (const raw of joinedRuleLines(text.split("\n"))) {
    const line = withMakeVariables(raw, variables);
    const header = MAKE_RULE_HEADER.exec(line);
    if (header && !line.startsWith("	")) {
      current = header[1].split(/\s+/);
      const recipe = withoutMakeComment(header[2]).trim();
      for (const t of current) targets[t] = recipe ? `make ${recipe}` : "";
    } else if (line.startsWith("	") || line.startsWith("    ")) {
      for (const t of current) targets[t] = `${targets[t] ? `${targets[t]} && ` : ""}${line.trim()}`;
    } else if (line.trim() && !line.startsWith("#")) current = [];
  }
  return targets;
}
var MAKE_RULE_HEADER = /^([\w./-]+(?:[ \t]+[\w./-]+)*)[ \t]*:(?![=:])(.*)$/;
function joinedRuleLines(lines) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (!line.startsWith("	") && !line.startsWith("#") && MAKE_RULE_HEADER.test(line)) {
      while (/\\[ \t]*$/.test(line) && i + 1 < lines.length) line = `${line.replace(/\\[ \t]*$/, "")} ${lines[++i].trim()}`;
    }
    out.push(line);
  }
  return out;
}
var MAKE_VARIABLE = /^(?:export[ \t]+|override[ \t]+)?([A-Za-z_][\w.]{0,60})[ \t]*(:{1,3}|\?|\+)?=[ \t]*([^\n]{0,300})$/gm;
var MAKE_REFERENCE = /\$[({]([A-Za-z_][\w.]{0,60})[)}]/g;
function makeVariables(text) {
  const variables = /* @__PURE__ */ new Map([["MAKE", "make"]]);
  for (const m of text.matchAll(MAKE_VARIABLE)) {
    const value = withoutMakeComment(m[3]).trim();
    if (/\$\([a-z]+[ \t]|`|\\$/.test(value)) continue;
    variables.set(m[1], m[2] === "+" && variables.has(m[1]) ? `${variables.get(m[1])} ${value}` : value);
  }
  return variables;
}
function withoutMakeComment(line) {
  const at = line.startsWith("#") ? 0 : line.search(/[ \t]#/);
  return at === -1 ? line : line.slice(0, at);
}
function withMakeVariables(line, variables) {
  let out = line;
  for (let pass = 0; pass < 3 && out.includes("$") && out.length < 4e3; pass++) {
    const next = out.replace(MAKE_REFERENCE, (whole, name) => variables.get(name) ?? whole);
    if (next === out) break;
    out = next;
  }
  return out;
}

export {
  require_picomatch2 as require_picomatch,
  languageOf,
  isSourceFile,
  stripComments,
  lineAt,
  lineIndex,
  capLines,
  gitlabLocalIncludes,
  ciSystemOf,
  extractCiCommands,
  cakeTargetCommands,
  commandLines,
  MAX_EXPANDED_COMMAND,
  expandCommand,
  reusableWorkflowWords,
  parseRakefile,
  parseToxEnvlist,
  parseMakefile
};
