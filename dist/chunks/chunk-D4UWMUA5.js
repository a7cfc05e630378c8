import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  DETECTORS,
  MATCHES_SHOWN,
  RegExpParser,
  SAMPLE_FOLDERS,
  alternativesOf,
  checkMatcher,
  compileCatalog,
  compileGlobs,
  dedupe,
  extendCatalog,
  isManifest,
  isScaffolding,
  isTestFile,
  literalRequirement,
  loadCatalog,
  matchersOf,
  oncePerEvidence,
  patternParts,
  readManifest,
  readPackageJson,
  runMatcher,
  textPatternsOf,
  useCompiledAlternatives,
  useCompiledGlobs
} from "./chunk-DLI75OZB.js";
import {
  capLines,
  ciSystemOf,
  expandCommand,
  extractCiCommands,
  gitlabLocalIncludes,
  isSourceFile,
  languageOf,
  lineAt,
  parseMakefile,
  parseRakefile,
  parseToxEnvlist,
  require_picomatch,
  stripComments
} from "./chunk-4IOWKBMJ.js";
import {
  checkpoint,
  configError,
  deadlineFor,
  loadConfig,
  loadRulePack
} from "./chunk-3T7CYGWW.js";
import {
  isInside,
  passesThroughGit
} from "./chunk-7WGVYSY7.js";
import {
  CI_IN_WORKER_CHARS,
  FileReader,
  LOAD_AT_ONCE_FILES,
  VIEW_MARK,
  digest,
  isTextCandidate,
  realPath,
  wholeWordFilter
} from "./chunk-4ESW5KSC.js";
import {
  escapeRegExp
} from "./chunk-LU6SHCMF.js";
import {
  compileCacheDirectory
} from "./chunk-F5XIBRJ2.js";
import {
  findCheckout,
  listGitFiles
} from "./chunk-CX7SWQ2U.js";
import {
  GradeError
} from "./chunk-OO2RKC3Q.js";
import {
  RULES_VERSION,
  TOOL_VERSION
} from "./chunk-7ZRM26NT.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-5DGXIFSJ.js";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path3 = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path3.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count2 = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count2++;
        }
      }
      if (count2) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count2], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path3 = __require("path");
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
      START_ANCHOR
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
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
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
      SEP: path3.sep,
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

// node_modules/micromatch/node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path3 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path3.sep === "\\";
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
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
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
    } = require_constants2();
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
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
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
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
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
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
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
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/micromatch/node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants2();
    var utils = require_utils2();
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
    var getStarExtglobSequenceOutput = (pattern) => {
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
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
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
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
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
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants.globChars(win32);
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
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
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
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
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
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
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
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
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
      const win32 = utils.isWindows(options);
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
      } = constants.globChars(win32);
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

// node_modules/micromatch/node_modules/picomatch/lib/picomatch.js
var require_picomatch2 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path3 = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
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
      const posix = utils.isWindows(options);
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
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
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
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
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(path3.basename(input));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
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
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
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
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/micromatch/node_modules/picomatch/index.js
var require_picomatch3 = __commonJS({
  "node_modules/micromatch/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch2();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch3 = require_picomatch3();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch3(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch3(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch3(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch3(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch3(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch3.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch3.makeRe(...args);
    micromatch.scan = (...args) => picomatch3.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch3.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path3 = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename = path3.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative = [];
      for (const pattern of patterns) {
        if (isAbsolute(pattern)) {
          absolute.push(pattern);
        } else {
          relative.push(pattern);
        }
      }
      return [absolute, relative];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute(pattern) {
      return path3.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs2 = require_fs();
    exports.fs = fs2;
    var path3 = require_path();
    exports.path = path3;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore2 = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore2);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore2) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore2);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path3, settings, callback) {
      settings.fs.lstat(path3, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path3, (statError, stat2) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat2.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat2);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path3, settings) {
      const lstat = settings.fs.lstatSync(path3);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat2 = settings.fs.statSync(path3);
        if (settings.markSymbolicLink) {
          stat2.isSymbolicLink = () => true;
        }
        return stat2;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      stat: fs2.stat,
      lstatSync: fs2.lstatSync,
      statSync: fs2.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs2 = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs2.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat2(path3, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path3, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path3, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat2;
    function statSync(path3, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path3, settings);
    }
    exports.statSync = statSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs2 = require_fs3();
    exports.fs = fs2;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir3(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir3(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path3 = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path3, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path: path3,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir3;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants3();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir3(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir3(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir3;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      stat: fs2.stat,
      lstatSync: fs2.lstatSync,
      statSync: fs2.statSync,
      readdir: fs2.readdir,
      readdirSync: fs2.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path3 = __require("path");
    var fsStat = require_out();
    var fs2 = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs2.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path3.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path3, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path3, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path3, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path3, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path3, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path3 = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path3.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path3 = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path3.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path3 = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path3.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs2 = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs2.lstat,
      lstatSync: fs2.lstatSync,
      stat: fs2.stat,
      statSync: fs2.statSync,
      readdir: fs2.readdir,
      readdirSync: fs2.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path3) => {
      const end = path3.length - 1;
      const index = path3.lastIndexOf(
        SLASH,
        path3[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path3 : path3.slice(index + 1);
    };
    var parentOf = (path3) => {
      if (path3.charCodeAt(0) === SLASH_CODE || path3.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path3.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path3.length - 1;
      const cut = path3.lastIndexOf(
        SLASH,
        path3.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path3.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count2 = 0;
      while (str[str.length - count2 - 1] === ESCAPE) {
        count2++;
      }
      return count2 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path3) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path3)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path3, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path3) : path3;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path3
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => {
      const first = path3.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path3.length === 1) {
        return true;
      }
      const second = path3.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path3.length === 2 || path3.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path3) {
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path3 ? this._t(path3, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path3 = convertPath(target);
        if (!path3 || path3.charCodeAt(path3.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path3);
        }
        const dir = this._t(path3, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path3);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path3, cache) {
        if (path3 in cache) {
          return cache[path3];
        }
        const parentPath = parentOf(path3);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path3] = parent && parent.ignored ? parent : this._rules.test(path3, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, convertPath(path3)).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, convertPath(path3));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(convertPath(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/engine.ts
import { existsSync as existsSync2 } from "node:fs";
import path2 from "node:path";

// src/evidence/import-use.ts
var IMPORT = /\bimport\s+(type\s+)?([\w$*{},][\w$*{}\s,]{0,500}?)\s+from\s*(['"`])([^'"`\n]+)\3/g;
var REQUIRE_BINDING = /\b(?:const|let|var)\s+([\w${},:][\w${}\s,:]{0,500}?)\s*=\s*require\s*\(\s*(['"`])([^'"`\n]+)\2\s*\)/g;
var ANY_REFERENCE = /\b(?:import|require|from|export)\b[^;\n]{0,500}?(['"`])([^'"`\n]+)\1/g;
function refersTo(specifier, modules) {
  return modules.some((m) => specifier === m || specifier.startsWith(`${m}/`));
}
function boundNames(clause) {
  const names = [];
  const cleaned = clause.replace(/\btype\s+/g, " ");
  for (const part of cleaned.replace(/[{}]/g, ",").split(",")) {
    const words = part.trim().split(/\s+|:/).filter(Boolean);
    if (words.length === 0) continue;
    const name = words[words.length - 1];
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return void 0;
    names.push(name);
  }
  return names;
}
function occurrences(code, name) {
  const escaped = name.replace(/\$/g, "\\$");
  return code.match(new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`, "g"))?.length ?? 0;
}
function mayUseImportOf(code, modules) {
  let references = 0;
  for (const m of code.matchAll(ANY_REFERENCE)) if (refersTo(m[2], modules)) references++;
  if (references === 0) return true;
  let bound = 0;
  const names = [];
  const statements = [];
  const forms = [
    [IMPORT, 2, 4],
    [REQUIRE_BINDING, 1, 3]
  ];
  for (const [form, clauseGroup, specifierGroup] of forms) {
    for (const m of code.matchAll(form)) {
      if (!refersTo(m[specifierGroup], modules)) continue;
      const found = boundNames(m[clauseGroup]);
      if (!found) return true;
      for (const name of found) names.push(name);
      statements.push([m.index, m.index + m[0].length]);
      bound++;
    }
  }
  if (bound !== references) return true;
  let rest = "";
  let from = 0;
  for (const [start, end] of statements.sort((a, b) => a[0] - b[0])) {
    rest += code.slice(from, start) + " ";
    from = end;
  }
  rest += code.slice(from);
  return names.some((name) => occurrences(rest, name) > 0);
}

// src/evidence/source-imports.ts
var LINE_PATTERNS = {
  python: [/^\s*import\s+([\w.]+(?:\s*,\s*[\w.]+)*)/, /^\s*from\s+([\w.]+)\s+import\b/],
  java: [/^\s*import\s+(?:static\s+)?([\w.]+)/],
  kotlin: [/^\s*import\s+([\w.]+)/],
  csharp: [/^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;/],
  rust: [/^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+(?:::)?(\w+)/, /^\s*extern\s+crate\s+(\w+)/],
  ruby: [/^\s*require(?:_relative)?(?:[ \t]*\(\s*|[ \t]*)['"]([^'"]+)['"]/]
};
function extractSourceImports(file, language, code) {
  if (language === "go") return goImports(file, code);
  if (language === "rust") return [...lineImports(file, language, code), ...rustPathUses(file, code)];
  return lineImports(file, language, code);
}
var LINE_WORDS = {
  python: ["import"],
  java: ["import"],
  kotlin: ["import"],
  csharp: ["using"],
  rust: ["use", "crate"],
  ruby: ["require"]
};
function lineImports(file, language, code) {
  const patterns = LINE_PATTERNS[language];
  if (!patterns) return [];
  const out = [];
  const starts = [];
  for (const word of LINE_WORDS[language]) {
    for (let at = code.indexOf(word); at >= 0; at = code.indexOf(word, at + 1)) {
      starts.push(code.lastIndexOf("\n", at) + 1);
      at = code.indexOf("\n", at);
      if (at < 0) break;
    }
  }
  if (LINE_WORDS[language].length > 1) starts.sort((a, b) => a - b);
  let line = 1;
  let counted = 0;
  let previous = -1;
  for (const start of starts) {
    if (start === previous) continue;
    previous = start;
    for (let at = code.indexOf("\n", counted); at >= 0 && at < start; at = code.indexOf("\n", at + 1)) line++;
    counted = start;
    const end = code.indexOf("\n", start);
    const text = code.slice(start, end < 0 ? void 0 : end);
    for (const re of patterns) {
      const m = re.exec(text);
      if (!m) continue;
      for (const module of m[1].split(",").map((s) => s.trim().split(/\s+/)[0])) {
        if (module) out.push({ module, file, line, used: true });
      }
    }
  }
  return out;
}
var RUST_PATH = /(?<![\w:.$])([a-z_][a-z0-9_]*)::(?=[A-Za-z_{*<])/g;
var RUST_NOT_A_CRATE = /* @__PURE__ */ new Set(["std", "core", "alloc", "crate", "self", "super"]);
function rustPathUses(file, code) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const m of code.matchAll(RUST_PATH)) {
    const crate = m[1];
    if (RUST_NOT_A_CRATE.has(crate) || seen.has(crate)) continue;
    seen.add(crate);
    out.push({ module: crate, file, line: lineAt(code, m.index), used: true });
  }
  return out;
}
var GO_BLOCK_START = /^import\s*\($/;
var GO_BLOCK_SPEC = /^(?:[\w.]+\s+)?"([^"]+)"/;
var GO_IMPORT = /^import\s+(?:[\w.]+\s+)?"([^"]+)"/;
function goImports(file, code) {
  const out = [];
  let line = 1;
  let counted = 0;
  const lineOf = (start) => {
    for (let at = code.indexOf("\n", counted); at >= 0 && at < start; at = code.indexOf("\n", at + 1)) line++;
    counted = start;
    return line;
  };
  for (let at = code.indexOf("import"); at >= 0; ) {
    const start = code.lastIndexOf("\n", at) + 1;
    let end = code.indexOf("\n", at);
    const text = code.slice(start, end < 0 ? void 0 : end).trim();
    if (GO_BLOCK_START.test(text)) {
      for (let from = end < 0 ? -1 : end + 1; from >= 0; ) {
        const to = code.indexOf("\n", from);
        const spec = code.slice(from, to < 0 ? void 0 : to).trim();
        end = to;
        if (!GO_BLOCK_START.test(spec)) {
          if (spec.startsWith(")")) break;
          const m = GO_BLOCK_SPEC.exec(spec);
          if (m) out.push({ module: m[1], file, line: lineOf(from), used: true });
        }
        from = to < 0 ? -1 : to + 1;
      }
    } else {
      const m = GO_IMPORT.exec(text);
      if (m) out.push({ module: m[1], file, line: lineOf(start), used: true });
    }
    if (end < 0) break;
    at = code.indexOf("import", end + 1);
  }
  return out;
}

// src/evidence/literal-scan.ts
import { deflateRawSync, inflateRawSync } from "node:zlib";
var ASCII = 128;
var LiteralScanner = class {
  /** next[state * 128 + code]: the state after reading that character. A full table (a DFA): no failure links to follow. */
  next;
  /** States are numbered so that those completing a literal come last: one comparison tells whether to look. */
  firstCompleting;
  start;
  /** Set ids a completing state ends (its own literals and those of its suffixes). */
  outputs;
  /** The trie as ScannerTable holds it (deflated, base64). */
  trie;
  /** Scratch marks for one scan (always left all zero): completing states reached, and sets found. */
  reached;
  seen;
  constructor(sets, table) {
    this.seen = new Uint8Array(sets.length);
    if (table) {
      this.next = rowsFromTrie(table);
      this.firstCompleting = table.firstCompleting;
      this.start = table.start;
      this.outputs = table.outputs;
      this.reached = new Uint8Array(table.outputs.length);
      this.trie = table.trie;
      return;
    }
    const capacity = 1 + sets.reduce((n, set) => n + set.reduce((m, literal) => m + literal.length, 0), 0);
    const delta = new Int32Array(capacity * ASCII).fill(-1);
    const ends = [];
    let states = 1;
    sets.forEach((set, id) => {
      for (const literal of set) {
        if (!/^[\x01-\x7f]+$/.test(literal) || literal !== literal.toLowerCase()) throw new Error(`literal must be lowercase ASCII: ${literal}`);
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const at = state * ASCII + literal.charCodeAt(i);
          if (delta[at] === -1) delta[at] = states++;
          state = delta[at];
        }
        (ends[state] ??= []).push(id);
      }
    });
    const fail = new Int32Array(states);
    const outputs = new Array(states);
    const queue = new Int32Array(states);
    const charOf = new Int32Array(states);
    const childCount = new Int32Array(states);
    let tail = 0;
    outputs[0] = [];
    for (let c = 0; c < ASCII; c++) {
      if (delta[c] === -1) delta[c] = 0;
      else {
        charOf[delta[c]] = c;
        childCount[0]++;
        queue[tail++] = delta[c];
      }
    }
    for (let head = 0; head < tail; head++) {
      const state = queue[head];
      const inherited = outputs[fail[state]];
      const own = ends[state];
      outputs[state] = !own ? inherited : inherited.length === 0 ? own : [.../* @__PURE__ */ new Set([...own, ...inherited])];
      const base = state * ASCII;
      const failBase = fail[state] * ASCII;
      for (let c = 0; c < ASCII; c++) {
        const child = delta[base + c];
        if (child === -1) delta[base + c] = delta[failBase + c];
        else {
          fail[child] = delta[failBase + c];
          charOf[child] = c;
          childCount[state]++;
          queue[tail++] = child;
        }
      }
    }
    const renamed = new Int32Array(states);
    const order = [];
    for (let old = 0; old < states; old++) if (outputs[old].length === 0) order.push(old);
    this.firstCompleting = order.length;
    for (let old = 0; old < states; old++) if (outputs[old].length > 0) order.push(old);
    for (let id = 0; id < states; id++) renamed[order[id]] = id;
    const next = states <= 65535 ? new Uint16Array(states * ASCII) : new Uint32Array(states * ASCII);
    for (let id = 0; id < states; id++) {
      const base = order[id] * ASCII;
      for (let c = 0; c < ASCII; c++) next[id * ASCII + c] = renamed[delta[base + (c >= 65 && c <= 90 ? c + 32 : c)]];
    }
    this.next = next;
    this.reached = new Uint8Array(states);
    this.start = renamed[0];
    this.outputs = order.map((old) => outputs[old]);
    const trie = new Uint32Array(4 * states);
    for (let i = 0; i < states; i++) {
      const old = i === 0 ? 0 : queue[i - 1];
      trie[i] = renamed[old];
      trie[states + i] = childCount[old];
      trie[2 * states + i] = i === 0 ? 0 : charOf[old];
      trie[3 * states + i] = i === 0 ? 0 : renamed[fail[old]];
    }
    this.trie = deflateRawSync(Buffer.from(trie.buffer, trie.byteOffset, trie.byteLength), { level: 9 }).toString("base64");
  }
  /** The automaton as JSON can hold it, to be given back to the constructor with the same sets. */
  toTable() {
    const { next } = this;
    return { trie: this.trie, states: next.length / ASCII, wide: next instanceof Uint32Array, firstCompleting: this.firstCompleting, start: this.start, outputs: this.outputs };
  }
  /** The ids of the sets with some literal in `text`, each once (a short list: most files hold few). */
  scan(text) {
    const { next, firstCompleting, reached } = this;
    let state = this.start;
    let hits;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = next[state << 7 | (c < ASCII ? c : 0)];
      if (state >= firstCompleting && reached[state] === 0) {
        reached[state] = 1;
        (hits ??= []).push(state);
      }
    }
    return this.setsOf(hits);
  }
  /** The set ids the completing states reached end, each once; clears the marks of the scan. */
  setsOf(states) {
    const found = [];
    if (!states) return found;
    const seen = this.seen;
    for (const state of states) {
      this.reached[state] = 0;
      for (const id of this.outputs[state]) {
        if (seen[id] === 0) {
          seen[id] = 1;
          found.push(id);
        }
      }
    }
    for (const id of found) seen[id] = 0;
    return found;
  }
};
function rowsFromTrie(table) {
  const { states } = table;
  const bytes = inflateRawSync(Buffer.from(table.trie, "base64"));
  if (bytes.length !== 16 * states) throw new Error("the scanner table does not match its number of states");
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  const trie = new Uint32Array(copy);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("the scanner table is stored little-endian");
  const next = table.wide ? new Uint32Array(states * ASCII) : new Uint16Array(states * ASCII);
  let child = 1;
  for (let i = 0; i < states; i++) {
    const base = trie[i] * ASCII;
    if (i === 0) next.fill(trie[0], base, base + ASCII);
    else {
      const failBase = trie[3 * states + i] * ASCII;
      next.copyWithin(base, failBase, failBase + ASCII);
    }
    for (let n = trie[states + i]; n > 0; n--, child++) {
      const c = trie[2 * states + child];
      next[base + c] = trie[child];
      if (c >= 97 && c <= 122) next[base + c - 32] = trie[child];
    }
  }
  return next;
}

// src/evidence/text-prefilter.ts
var DEFER_CHARS = 64 * 1024;
var SET_SEARCHES = 4;
var kindOf = (file) => file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf(".")) + 1);
var has = (bits, id) => (bits[id >>> 5] & 1 << (id & 31)) !== 0;
function satisfied(branches, holds) {
  for (const branch of branches) {
    let all = true;
    for (const id of branch) {
      if (!holds(id)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}
var TextPrefilter = class {
  constructor(patterns, text, known = {}, prebuilt) {
    this.text = text;
    this.prebuilt = prebuilt;
    const idOfSet = /* @__PURE__ */ new Map();
    for (const pattern of new Set(patterns)) {
      const requirement = Object.hasOwn(known, pattern) ? known[pattern] : literalRequirement(pattern);
      if (!requirement) continue;
      this.needs.set(
        pattern,
        requirement.map(
          (branch) => branch.map((set) => {
            const key = JSON.stringify(set);
            let id = idOfSet.get(key);
            if (id === void 0) {
              idOfSet.set(key, id = this.sets.length);
              this.sets.push(set);
            }
            return id;
          })
        )
      );
    }
  }
  text;
  prebuilt;
  /** Per pattern, its branches as lists of set ids. */
  needs = /* @__PURE__ */ new Map();
  sets = [];
  scanner;
  /** Per file, a bit for each set it has a literal of. */
  foundIn = /* @__PURE__ */ new Map();
  /** Long texts left out of scanNow, until they are asked about more than a few sets (see DEFER_CHARS). */
  deferred = /* @__PURE__ */ new Map();
  /** Per set, a RegExp finding any of its literals as the scanner would (made when first needed). */
  setTests = [];
  mayMatch(file, pattern) {
    const branches = this.needs.get(pattern);
    if (branches === void 0) return true;
    const deferred = this.deferred.get(file);
    if (deferred) return satisfied(branches, (id) => this.deferredHas(file, deferred, id));
    const found = this.foundIn.get(file) ?? this.scan(file);
    if (!found) return false;
    return satisfied(branches, (id) => has(found, id));
  }
  /**
   * Whether a deferred text has a literal of set `id`: looked for alone while few sets have been, else from a scan
   * of the whole text (then kept as any scanned file's). Either way the bit a scan would give.
   */
  deferredHas(file, deferred, id) {
    if (has(deferred.known, id)) return has(deferred.found, id);
    const text = this.text(file);
    if (deferred.searches >= SET_SEARCHES) {
      for (const [other, { kind }] of this.deferred) {
        if (kind !== deferred.kind) continue;
        this.deferred.delete(other);
        this.scanText(other, this.text(other));
      }
      return has(this.foundIn.get(file), id);
    }
    deferred.searches++;
    deferred.known[id >>> 5] |= 1 << (id & 31);
    if (!this.setTest(id).test(text)) return false;
    deferred.found[id >>> 5] |= 1 << (id & 31);
    return true;
  }
  /**
   * The set's literals as one RegExp. Without the u flag, i folds ASCII letters only where the scanner does: no
   * other character matches an ASCII one (ſ is not s, the Kelvin sign not k), so it finds exactly what a scan would.
   */
  setTest(id) {
    return this.setTests[id] ??= new RegExp(this.sets[id].map((literal) => literal.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")).join("|"), "i");
  }
  /**
   * Scans these files now, one after the other, rather than each as a rule first asks about it: the scanner's table
   * (a few MB) stays in the processor's cache from one file to the next, where scans between rules found it evicted
   * (about twice the time).
   */
  scanNow(files) {
    if (this.needs.size === 0) return;
    const words = this.sets.length + 31 >>> 5;
    for (const file of files) {
      if (this.foundIn.has(file) || this.deferred.has(file)) continue;
      const content = this.text(file);
      if (content === void 0) continue;
      if (content.length >= DEFER_CHARS) this.deferred.set(file, { known: new Uint32Array(words), found: new Uint32Array(words), searches: 0, kind: kindOf(file) });
      else this.scanText(file, content);
    }
  }
  scan(file) {
    const content = this.text(file);
    return content === void 0 ? void 0 : this.scanText(file, content);
  }
  scanText(file, content) {
    this.scanner ??= this.buildScanner();
    const found = new Uint32Array(this.sets.length + 31 >>> 5);
    for (const id of this.scanner.scan(content)) found[id >>> 5] |= 1 << (id & 31);
    this.foundIn.set(file, found);
    return found;
  }
  /** The scanner for these patterns' literals, built (the build ships one for the shipped rules: see prebuilt). */
  prebuiltScanner() {
    return { sets: JSON.stringify(this.sets), table: new LiteralScanner(this.sets).toTable() };
  }
  buildScanner() {
    const table = this.prebuilt && this.prebuilt.sets === JSON.stringify(this.sets) ? this.prebuilt.table : void 0;
    return new LiteralScanner(this.sets, table);
  }
};

// src/evidence/parse-client.ts
import { existsSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
var DEFAULT_STALL_MS = 1e4;
function defaultWorkerEntry() {
  for (const name of ["./parse-worker.js", "../parse-worker.js", "./parse-worker.mjs", "../parse-worker.mjs"]) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === "file:" && existsSync(url)) return url;
  }
  return void 0;
}
var ParseWorker = class _ParseWorker {
  constructor(worker, port, signal, stallMs) {
    this.worker = worker;
    this.port = port;
    this.stallMs = stallMs;
    this.counters = new Int32Array(signal);
    this.ready = new Promise((resolve) => this.settle = resolve);
    port.on("message", (message) => this.accept(message));
    port.unref();
    worker.on("error", (error) => this.end(`the parse worker failed: ${error.message.split("\n")[0]}`));
    worker.on("exit", () => {
      this.drain();
      this.end("the parse worker exited");
    });
    worker.unref();
  }
  worker;
  port;
  stallMs;
  results = /* @__PURE__ */ new Map();
  ci;
  ended = false;
  preparing = false;
  loaded = false;
  counters;
  ready;
  settle = () => {
  };
  /** Why the worker is no longer asked (stopped, failed, exited); undefined while it is. */
  endedBecause;
  /**
   * Starts a worker for the TS/JS `files` under `root` (see WorkerFiles); undefined when there is no worker entry,
   * no file, or the thread cannot be created (the caller then parses in the main thread).
   */
  static start(root, files, parseWords, options = {}, ci = [], loadAtOnce = false, samplesViewed = false) {
    if (files.length === 0) return void 0;
    const worker = _ParseWorker.launch(options);
    worker?.lookAt(root, files, parseWords, ci, loadAtOnce, samplesViewed);
    return worker;
  }
  /**
   * Starts the thread before the files are known (lookAt tells them), so that its own start (a V8 isolate and
   * Node's bootstrap, ~30 ms) overlaps the main thread's planning and listing. Undefined when there is no worker
   * entry or the thread cannot be created. A worker never told its files does nothing until stopped.
   */
  static launch(options = {}) {
    const entry = options.entry ?? defaultWorkerEntry();
    if (!entry) return void 0;
    const channel = new MessageChannel();
    const signal = new SharedArrayBuffer(8);
    try {
      const compileCache = compileCacheDirectory();
      const input = { speculate: options.speculate ?? process.env.LEVELGATE_PARSE_SPECULATE === "1", signal, port: channel.port2, ...compileCache ? { compileCache } : {} };
      const worker = new Worker(entry, { workerData: input, transferList: [channel.port2] });
      return new _ParseWorker(worker, channel.port1, signal, options.stallMs ?? DEFAULT_STALL_MS);
    } catch {
      channel.port1.close();
      return void 0;
    }
  }
  /**
   * Tells a launched worker the TS/JS files under `root`, in listing order, the words that make one worth parsing,
   * the CI files (see WorkerFiles.ci), whether to load TypeScript without waiting for a rule to need it
   * (WorkerFiles.loadAtOnce; else see prepare), and whether the names are a samples view's (WorkerFiles.samplesViewed).
   */
  lookAt(root, files, parseWords, ci = [], loadAtOnce = false, samplesViewed = false) {
    this.send({ kind: "files", root, files, parseWords, ci, loadAtOnce, samplesViewed });
  }
  /**
   * The CI files' commands as the worker extracted them, by file, waiting for them when it has not posted them yet;
   * empty when it extracted none (too little CI text), undefined when it cannot answer. The caller checks each
   * outcome's digest against its own text, and extracts the others itself.
   */
  ciOutcomes() {
    this.drain();
    if (!this.ci && !this.ended) this.waitFor(() => this.ci !== void 0);
    return this.ci;
  }
  /**
   * A rule needs a file parsed: the worker loads TypeScript now (it waits for this, so that a grade whose rules
   * parse nothing never loads it), while the main thread goes on with the rules that need no parse. Once is enough.
   */
  prepare() {
    if (this.preparing) return;
    this.preparing = true;
    this.send({ kind: "load" });
  }
  /**
   * Whether whenReady would resolve without waiting: the worker has TypeScript loaded, or it has ended (the main
   * thread then parses itself). Reads the messages the worker has posted so far.
   */
  settled() {
    this.drain();
    return this.loaded || this.ended;
  }
  /** Resolves true once the worker has TypeScript loaded (asking it to, see prepare), false when it failed or found no file worth parsing. */
  async whenReady() {
    this.prepare();
    this.worker.ref();
    const late = setTimeout(() => this.stop(`the parse worker was not ready after ${this.stallMs} ms`), this.stallMs);
    try {
      return await this.ready;
    } finally {
      clearTimeout(late);
      this.worker.unref();
    }
  }
  /**
   * The outcome of parsing `file` (whose text, on the main thread, is `text`), waiting for the worker when it has
   * not posted it yet; undefined when the worker cannot answer for exactly this text: the caller parses it.
   */
  take(file, text) {
    this.drain();
    const sum = digest(text);
    let result = this.results.get(file);
    if (result?.digest !== sum && !this.ended) {
      this.results.delete(file);
      this.ask(file, text);
      this.waitFor(() => (result = this.results.get(file)) !== void 0);
    }
    this.results.delete(file);
    if (result?.digest !== sum) return void 0;
    return result.facts ? { facts: result.facts } : { error: result.error };
  }
  /** Blocks until `done` holds after a message, the worker ends, or it posts nothing for stallMs (it is then stopped). */
  waitFor(done) {
    let quietSince = performance.now();
    for (; ; ) {
      const seen = Atomics.load(this.counters, 0);
      this.drain();
      if (done() || this.ended) return;
      if (Atomics.wait(this.counters, 0, seen, 250) !== "timed-out") quietSince = performance.now();
      else if (performance.now() - quietSince > this.stallMs) {
        this.stop(`the parse worker posted nothing for ${this.stallMs} ms`);
        return;
      }
    }
  }
  /** Stops the worker (no more facts will be asked for); what it has not parsed yet the caller parses itself. */
  stop(reason = "stopped") {
    if (this.ended) return;
    this.end(reason);
    void this.worker.terminate().catch(() => {
    });
  }
  ask(file, text) {
    this.send({ file, text });
  }
  send(message) {
    if (this.ended) return;
    this.port.postMessage(message);
    Atomics.add(this.counters, 1, 1);
    Atomics.notify(this.counters, 1);
  }
  drain() {
    if (this.ended) return;
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) this.accept(m.message);
  }
  accept(message) {
    switch (message.kind) {
      case "none":
        this.end("no file is worth parsing");
        break;
      case "ready":
        this.loaded = true;
        this.settle(true);
        break;
      case "facts":
        this.results.set(message.file, message);
        break;
      case "ci":
        this.ci = new Map(message.outcomes.map((outcome) => [outcome.file, outcome]));
        break;
      case "failed":
        this.end(`the parse worker failed: ${message.message}`);
        break;
    }
  }
  end(reason) {
    if (this.ended) return;
    this.ended = true;
    this.endedBecause ??= reason;
    this.settle(false);
    this.port.close();
  }
};

// src/evidence/index.ts
var MAX_BUILD_OUTPUT_BYTES = 256 * 1024;
var MIN_BUNDLE_CHARS = 256 * 1024;
var MIN_BUNDLE_LINE = 1e3;
function isMinifiedBundle(file, text) {
  if (text.length < MIN_BUNDLE_CHARS || !/\.[cm]?js$/.test(file)) return false;
  let lines = 1;
  const most = text.length / MIN_BUNDLE_LINE;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) if (++lines > most) return false;
  return true;
}
var BUNDLER_PRELUDE = /webpackBootstrap|\bwebpackJsonp\b|\bwebpackChunk\w{0,80}|\(function e\(t,n,r\)\{function s\(o,u\)|function r\(e,n,t\)\{function o\(i,f\)/;
function isBundlerOutput(file, text) {
  return /\.[cm]?js$/.test(file) && BUNDLER_PRELUDE.test(text.slice(0, 400));
}
var INLINE_DEPENDENCIES = {
  ruby: /^[ \t]*require[ \t(]{1,4}['"]bundler\/inline['"]/m,
  python: /^#[ \t]\/\/\/[ \t]script[ \t]*\r?$/m
};
function declaresOwnDependencies(language, text) {
  return INLINE_DEPENDENCIES[language]?.test(text) ?? false;
}
var ParserNotLoaded = class extends Error {
  constructor(file) {
    super(`${file} must be parsed, and the TS/JS parser is not loaded yet`);
    this.file = file;
  }
  file;
};
function firstSegment(module) {
  const at = module.search(/[/.:]/);
  return at < 0 ? module : module.slice(0, at);
}
var SPECIFIER = /\b(?:from|import|require)\s*(?:\(\s*)?(?:\/\*(?:[^*]|\*(?!\/)){0,500}\*\/\s*)*(['"`])([^'"`\n]+)\1/g;
function quotesModule(text, modules) {
  return modules.some((m) => text.includes(`'${m}`) || text.includes(`"${m}`) || text.includes(`\`${m}`));
}
function calleeWord(pattern) {
  if (pattern.startsWith("/")) return "";
  const parts = pattern.replace(/^new /, "").split(".").filter((p) => p && p !== "*");
  return parts[parts.length - 1] ?? "";
}
function wordTest(patterns) {
  const words = patterns.map(calleeWord);
  if (words.some((w) => !w)) return void 0;
  const plain = words.filter((w) => w !== "import").map(escapeRegExp);
  const parts = [...plain.length ? [`(?<![\\w$])(?:${plain.join("|")})(?![\\w$])`] : [], ...plain.length < words.length ? ["\\bimport\\s*\\("] : []];
  return new RegExp(parts.join("|"));
}
var SHELL_SHEBANG = /^#![ \t]*\/\S*\/(?:env[ \t]+)?(?:ba|z|da|k)?sh\b/;
var INTERPRETER_SHEBANG = /^#![ \t]*\/\S*\/(?:env[ \t]+(?:-S[ \t]+)?)?(?:ruby|python[\d.]{0,4}|perl)\b/;
var NOT_RUN_SCRIPTS = /(^|\/)setup\.py$/;
var BUILD_TOOL_WRAPPERS = /(^|\/)(gradlew|mvnw)$/;
function shellScriptAt(path3, files, text, templates = []) {
  if (!files.has(path3)) {
    const inTemplate = templateScript(path3, files, templates);
    return inTemplate === void 0 ? void 0 : shellScriptAt(inTemplate, files, text);
  }
  if (BUILD_TOOL_WRAPPERS.test(path3)) return void 0;
  const content = text(path3);
  if (content === void 0) return void 0;
  return /\.(sh|bash|ps1|cmd|bat)$/i.test(path3) || SHELL_SHEBANG.test(content) || INTERPRETER_SHEBANG.test(content) && !NOT_RUN_SCRIPTS.test(path3) ? content : void 0;
}
var TEMPLATE_FOLDER = /^\{\{[^/]{1,100}\}\}(?=\/)/;
function templateFolders(files) {
  const out = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (f.charCodeAt(0) !== 123) continue;
    const m = TEMPLATE_FOLDER.exec(f);
    if (m) out.add(m[0]);
  }
  return [...out];
}
function templateScript(path3, files, templates) {
  const rest = path3.includes("/") ? path3.slice(path3.indexOf("/") + 1) : void 0;
  for (const t of templates) {
    if (rest !== void 0 && files.has(`${t}/${rest}`)) return `${t}/${rest}`;
    if (files.has(`${t}/${path3}`)) return `${t}/${path3}`;
  }
  return void 0;
}
var CAKE_BUILD_FILE = /(?:^|\/)(?:build\.(?:ps1|sh|cmd|bat)|[\w.-]+\.cake|cake\.cs)$|^\.flubu$/;
function buildProgramAt(project, files, text) {
  const folder = (project.endsWith(".csproj") ? project.slice(0, project.lastIndexOf("/") + 1) : `${project.replace(/\/$/, "")}/`).replace(/^\//, "");
  if (project.endsWith(".csproj") && !files.includes(project)) return void 0;
  const sources = files.filter((f) => f.startsWith(folder) && f.endsWith(".cs") && !f.slice(folder.length).includes("/")).slice(0, 20);
  return sources.length ? sources.map((f) => text(f) ?? "").join("\n") : void 0;
}
function parseWorkerFor(inventory, options) {
  const chosen = options.parseWorker;
  const off = chosen === false || chosen === void 0 && process.env.LEVELGATE_PARSE_WORKER === "0";
  const files = off || options.parseWords.length === 0 ? [] : inventory.files.filter((f) => isTextCandidate(f) && isSourceFile(f) && languageOf(f) === "js");
  const loadAtOnce = inventory.files.length <= LOAD_AT_ONCE_FILES;
  const ci = files.length ? inventory.files.flatMap((f) => isTextCandidate(f) && ciSystemOf(f) ? [[f, ciSystemOf(f)]] : []) : [];
  if (chosen instanceof ParseWorker) {
    if (files.length === 0) {
      chosen.stop("no TS/JS file to parse");
      return void 0;
    }
    chosen.lookAt(inventory.root, files, options.parseWords, ci, loadAtOnce, !!inventory.samplesViewed);
    return chosen;
  }
  return files.length ? ParseWorker.start(inventory.root, files, options.parseWords, chosen || void 0, ci, loadAtOnce, !!inventory.samplesViewed) : void 0;
}
async function collectEvidence(inventory, options) {
  const notes = inventory.notes;
  const worker = parseWorkerFor(inventory, options);
  const onDisk = inventory.samplesViewed ? realPath : void 0;
  const reader = new FileReader(inventory.root, notes, void 0, onDisk);
  await reader.readAll(inventory.files.filter(isTextCandidate));
  const buildOutput = inventory.buildOutput ?? [];
  const buildReader = new FileReader(inventory.root, [], MAX_BUILD_OUTPUT_BYTES, onDisk);
  if (buildOutput.length) await buildReader.readAll(buildOutput);
  const text = (file) => reader.cached(file) ?? (buildOutput.length ? buildReader.cached(file) : void 0);
  const deadline = options.deadline;
  const scannedCache = /* @__PURE__ */ new Map();
  const scanned = (file) => {
    if (!scannedCache.has(file)) {
      const t = text(file);
      scannedCache.set(file, t === void 0 ? void 0 : capLines(t));
    }
    return scannedCache.get(file);
  };
  const prefilter = new TextPrefilter(options.textPatterns ?? [], text, options.literals, options.scanner);
  prefilter.scanNow(inventory.files);
  const codeCache = /* @__PURE__ */ new Map();
  const code = (file) => {
    if (!codeCache.has(file)) {
      const t = text(file);
      codeCache.set(file, t === void 0 ? void 0 : capLines(stripComments(file, t)));
    }
    return codeCache.get(file);
  };
  const dependencies = [];
  const packageJsons = [];
  const sourceFiles = [];
  const sources = { npmScripts: /* @__PURE__ */ new Map(), makeTargets: /* @__PURE__ */ new Map(), rakeTasks: /* @__PURE__ */ new Map(), toxEnvs: /* @__PURE__ */ new Map() };
  const ciFiles = [];
  const worthParsing = wholeWordFilter(options.parseWords);
  const order = /* @__PURE__ */ new Map();
  const otherImports = /* @__PURE__ */ new Map();
  const jsFiles = [];
  const bundles = [];
  const standalone = [];
  const bySegment = /* @__PURE__ */ new Map();
  const indexAs = (segment, file) => {
    let files = bySegment.get(segment);
    if (!files) bySegment.set(segment, files = /* @__PURE__ */ new Set());
    files.add(file);
  };
  for (const file of inventory.files) {
    const content = text(file);
    if (content === void 0) continue;
    deadline?.enterFile(file);
    const base = file.slice(file.lastIndexOf("/") + 1);
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    if (base === "package.json") {
      const pkg = readPackageJson(file, content, notes);
      if (pkg) {
        packageJsons.push(pkg);
        const scripts = pkg.data.scripts;
        if (scripts && typeof scripts === "object") sources.npmScripts.set(dir, scripts);
        for (const d of readManifest(file, content, [])) dependencies.push(d);
      }
    } else if (isManifest(file)) {
      for (const d of readManifest(file, content, notes)) dependencies.push(d);
    }
    if (base === "Makefile" || base === "justfile" || base === "makefile") sources.makeTargets.set(dir, parseMakefile(content));
    if ((base === "Rakefile" || base === "rakefile" || base === "Rakefile.rb") && !isTestFile(file)) sources.rakeTasks.set(dir, parseRakefile(content));
    if (base === "tox.ini" && !isTestFile(file)) sources.toxEnvs.set(dir, parseToxEnvlist(content));
    if (ciSystemOf(file)) ciFiles.push(file);
    if (!isSourceFile(file)) continue;
    order.set(file, sourceFiles.length);
    sourceFiles.push(file);
    const language = languageOf(file);
    if (language === "js") {
      jsFiles.push(file);
      if (isMinifiedBundle(file, content) || isBundlerOutput(file, content)) bundles.push(file);
      for (const m of content.matchAll(SPECIFIER)) indexAs(firstSegment(m[2]), file);
    } else {
      if (declaresOwnDependencies(language, content)) standalone.push(file);
      const found = extractSourceImports(file, language, code(file) ?? "");
      if (found.length) otherImports.set(file, found);
      for (const i of found) indexAs(firstSegment(i.module), file);
    }
  }
  const worth = /* @__PURE__ */ new Map();
  const mayParse = (file) => {
    let yes = worth.get(file);
    if (yes === void 0) worth.set(file, yes = worthParsing(text(file) ?? ""));
    return yes;
  };
  let parser2;
  let askedWorker = false;
  let useWorker = false;
  const loadParser = async () => {
    if (worker && !askedWorker) {
      askedWorker = true;
      useWorker = await worker.whenReady();
      if (useWorker) return;
    }
    parser2 ??= await import("./js-facts-3G7EHSB6.js");
  };
  const parseHere = (file, content) => {
    try {
      return { facts: parser2.extractJsFacts(file, content) };
    } catch (error) {
      return { error: error.message.split("\n")[0] ?? "" };
    }
  };
  const parsed = /* @__PURE__ */ new Map();
  const parsedFiles = /* @__PURE__ */ new Set();
  const factsOf = (file) => {
    if (parsed.has(file)) return parsed.get(file);
    let facts;
    if (mayParse(file)) {
      const content = text(file) ?? "";
      let outcome = useWorker ? worker.take(file, content) : void 0;
      if (!outcome) {
        if (!parser2) throw new ParserNotLoaded(file);
        outcome = parseHere(file, content);
      }
      parsedFiles.add(file);
      facts = outcome.facts;
      if (!facts) notes.push({ kind: "parse-error", path: file, message: `could not be parsed (${outcome.error}); not graded` });
      else if (facts.parseErrors > 0) notes.push({ kind: "parse-error", path: file, message: `has ${facts.parseErrors} syntax error(s); graded from what parses` });
    }
    parsed.set(file, facts);
    return facts;
  };
  const candidatesCache = /* @__PURE__ */ new Map();
  const importCandidates = (modules) => {
    const key = `i:${modules.join("\0")}`;
    let files = candidatesCache.get(key);
    if (!files) {
      const union = /* @__PURE__ */ new Set();
      for (const m of modules) for (const f of bySegment.get(firstSegment(m)) ?? []) union.add(f);
      files = [...union].sort((a, b) => order.get(a) - order.get(b));
      candidatesCache.set(key, files);
    }
    return files;
  };
  const wordCandidates = (kind, patterns) => {
    const key = `${kind}:${patterns.join("\0")}`;
    let files = candidatesCache.get(key);
    if (!files) {
      const re = wordTest(patterns);
      files = jsFiles.filter((f) => !re || re.test(text(f) ?? ""));
      candidatesCache.set(key, files);
    }
    return files;
  };
  function* importsIn(modules, options2 = {}) {
    for (const file of importCandidates(modules)) {
      if (options2.where && !options2.where(file)) continue;
      const other = otherImports.get(file);
      if (other) yield* other;
      else if (!quotesModule(text(file) ?? "", modules)) continue;
      else if (!options2.usedOnly || mayUseImportOf(code(file) ?? "", modules)) yield* factsOf(file)?.imports ?? [];
    }
  }
  function* callsIn(callees, where) {
    for (const file of wordCandidates("c", callees)) if (!where || where(file)) yield* factsOf(file)?.calls ?? [];
  }
  function* decoratorsIn(names, where) {
    for (const file of wordCandidates("d", names)) if (!where || where(file)) yield* factsOf(file)?.decorators ?? [];
  }
  const fileSet = new Set(inventory.files);
  const templates = templateFolders(inventory.files);
  sources.shellScript = (path3) => shellScriptAt(path3, fileSet, text, templates);
  sources.buildProgram = (project) => buildProgramAt(project, [...inventory.files, ...buildOutput], text);
  sources.buildScript = (path3) => fileSet.has(path3) && CAKE_BUILD_FILE.test(path3) ? text(path3) : void 0;
  const ci = [];
  const included = /* @__PURE__ */ new Map();
  let including = ciFiles.filter((f) => ciSystemOf(f) === "gitlab");
  for (let depth = 0; depth < 3 && including.length; depth++) {
    const next = [];
    for (const file of including) {
      for (const path3 of gitlabLocalIncludes(text(file) ?? "", inventory.files)) {
        if (!fileSet.has(path3) || ciSystemOf(path3) || included.has(path3)) continue;
        included.set(path3, "gitlab");
        ciFiles.push(path3);
        next.push(path3);
      }
    }
    including = next;
  }
  const inWorker = worker && ciFiles.reduce((sum, file) => sum + (text(file)?.length ?? 0), 0) >= CI_IN_WORKER_CHARS ? worker.ciOutcomes() : void 0;
  for (const file of ciFiles) {
    try {
      deadline?.enterFile(file);
      const content = text(file) ?? "";
      const done = inWorker?.get(file);
      const extracted = done?.digest === digest(content) ? done : void 0;
      if (extracted?.error !== void 0) throw new Error(extracted.error);
      for (const command of extracted?.commands ?? extractCiCommands(file, content, ciSystemOf(file) ?? included.get(file))) {
        ci.push({ ...command, expanded: expandCommand(command.text, sources) });
      }
    } catch (error) {
      notes.push({ kind: "invalid-manifest", path: file, message: `CI file could not be parsed (${error.message}); its jobs are not counted` });
    }
  }
  return {
    root: inventory.root,
    files: inventory.files,
    fileSet,
    text: deadline ? (file) => (deadline.enterFile(file), scanned(file)) : scanned,
    code: deadline ? (file) => (deadline.enterFile(file), code(file)) : code,
    mayMatch: (file, pattern) => prefilter.mayMatch(file, pattern),
    sourceFiles,
    buildOutput,
    bundles,
    // A repository that is nothing but such scripts is graded on them: they are its project.
    standaloneScripts: standalone.length < sourceFiles.length ? standalone : [],
    dependencies,
    packageJsons,
    importsIn,
    callsIn,
    decoratorsIn,
    parsedFiles,
    loadParser,
    ...worker ? { prepareParser: () => worker.prepare(), parserSettled: () => worker.settled(), stopParsing: () => worker.stop() } : {},
    ci,
    scriptSources: sources,
    notes,
    stats: {
      filesRead: reader.filesRead,
      get filesParsed() {
        return parsedFiles.size;
      }
    }
  };
}

// src/inventory/list.ts
var import_fast_glob = __toESM(require_out4(), 1);
var import_ignore = __toESM(require_ignore(), 1);
import * as fs from "node:fs";
import { readdir as readdir2, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
var import_picomatch = __toESM(require_picomatch(), 1);

// src/inventory/gitignore-pieces.ts
function ignoringPieces(gitignore) {
  const pieces = [];
  for (const line of gitignore.split("\n")) {
    if (line.trim() === "" || line.startsWith("#") || line.startsWith("!")) continue;
    const runs = line.toLowerCase().split(/\\[^]?|\[[^\]]*\]?|[^\x21-\x7e]|[*?/\\[\]]/);
    const longest = runs.reduce((a, b) => b.length > a.length ? b : a, "");
    if (longest === "") return void 0;
    pieces.push(longest);
  }
  return pieces;
}
function mayBeIgnored(pieces, path3) {
  if (pieces === void 0) return true;
  const folded = path3.toLowerCase();
  return pieces.some((piece) => folded.includes(piece));
}

// src/inventory/ignore-defaults.ts
var DEFAULT_IGNORES = [
  "**/.git/**",
  "**/.hg/**",
  "**/.svn/**",
  "**/node_modules/**",
  "**/bower_components/**",
  "**/jspm_packages/**",
  "**/vendor/**",
  "**/third_party/**",
  "**/third-party/**",
  "**/dist/**",
  "**/build/**",
  "**/out/**",
  "**/target/**",
  "**/obj/**",
  "**/.venv/**",
  "**/venv/**",
  "**/__pycache__/**",
  "**/.tox/**",
  "**/.nox/**",
  "**/.mypy_cache/**",
  "**/.pytest_cache/**",
  "**/.ruff_cache/**",
  "**/.gradle/**",
  "**/.idea/**",
  "**/.next/**",
  "**/.nuxt/**",
  "**/.svelte-kit/**",
  "**/.turbo/**",
  "**/.cache/**",
  "**/coverage/**",
  "**/.nyc_output/**",
  "**/fixtures/**",
  "**/__fixtures__/**",
  "**/testdata/**",
  "**/test-data/**",
  "**/__snapshots__/**",
  "**/*.min.js",
  "**/*.min.css",
  "**/*.map",
  "**/*.pb.go",
  "**/*_pb2.py",
  "**/*_pb2_grpc.py",
  "**/*.g.cs",
  "**/*.Designer.cs",
  "**/zz_generated*",
  "**/package-lock.json",
  "**/yarn.lock",
  "**/pnpm-lock.yaml",
  "**/Cargo.lock",
  "**/poetry.lock",
  "**/Gemfile.lock",
  "**/go.sum"
];
function nameTest(patterns) {
  const names = /* @__PURE__ */ new Set();
  const tails = [];
  const heads = [];
  for (const pattern of patterns) {
    let segment = pattern.startsWith("**/") ? pattern.slice(3) : "";
    if (segment.endsWith("/**")) segment = segment.slice(0, -3);
    const star = segment.indexOf("*");
    if (!/^[\w.*-]+$/.test(segment) || segment === "*" || star !== segment.lastIndexOf("*")) throw new Error(`ignore ${pattern} is not a one-segment pattern`);
    if (star < 0) names.add(segment);
    else if (star === 0) tails.push(segment.slice(1));
    else if (star === segment.length - 1) heads.push(segment.slice(0, -1));
    else throw new Error(`ignore ${pattern} is not a one-segment pattern`);
  }
  return (name) => names.has(name) || tails.some((t) => name.endsWith(t)) || heads.some((h) => name.startsWith(h));
}

// src/inventory/list.ts
var MAX_DEPTH = 128;
var BUILD_OUTPUT_FOLDERS = /* @__PURE__ */ new Set(["dist", "build", "out"]);
var BUILD_OUTPUT_IGNORED = new Set([...BUILD_OUTPUT_FOLDERS].map((f) => `**/${f}/**`));
var MAX_BUILD_OUTPUT_FILES = 300;
var BUILD_OUTPUT_FILE = /(^|\/)(dist|build|out)\/(.+\/)?[^/]+\.(js|cjs|mjs)$/;
var BUILD_PROGRAM_FILE = /(^|\/)build\/[^/]+\.(cs|csproj)$/;
async function listRepository(rootPath, options = {}) {
  const root = await resolveRoot(rootPath);
  const notes = [];
  const ignored = [...DEFAULT_IGNORES, ...options.ignore ?? []];
  const checkout = await findCheckout(root);
  const fromGit = checkout && await listGitFiles(checkout);
  const listed = fromGit ? await classifyGitListing(root, fromGit, ignored) : await walkFolder(root, ignored, notes);
  const files = [...listed.files];
  for (const link of listed.symlinks) {
    const verdict = await classifySymlink(root, link);
    if (verdict === "file") files.push(link);
    else if (verdict !== "directory") notes.push({ kind: "skipped-symlink", path: link, message: verdict });
  }
  const notIgnored = fromGit ? () => true : await gitignoreFilter(root, files.filter((f) => f === ".gitignore" || f.endsWith("/.gitignore")));
  let kept = files.filter(notIgnored);
  kept.sort();
  const maxFiles = options.maxFiles ?? 2e5;
  if (kept.length > maxFiles) {
    const left = kept.slice(maxFiles);
    const named = left.slice(0, 5).map(shorten).join(", ");
    notes.push({
      kind: "limit",
      path: ".",
      message: `only the first ${maxFiles} of ${kept.length} files were graded; the other ${left.length} (${named}${left.length > 5 ? ", \u2026" : ""}) were not read, not even for committed secrets`
    });
    kept = kept.slice(0, maxFiles);
  }
  const buildOutput = fromGit ? listed.buildOutput ?? [] : await listBuildOutput(root, listed.buildFolders ?? [], notIgnored, options.ignore ?? []);
  return { root, files: kept, ...buildOutput.length ? { buildOutput } : {}, notes };
}
async function classifyGitListing(root, listing, ignored) {
  const isIgnored = ignoreTest(ignored);
  const isIgnoredBuildOutput = ignoreTest(ignored.filter((g) => !BUILD_OUTPUT_IGNORED.has(g)));
  const out = { files: [], symlinks: [], buildOutput: [] };
  const all = [.../* @__PURE__ */ new Set([...listing.tracked, ...listing.untracked])];
  const names = all.filter((name) => !isIgnored(name));
  const kinds = await Promise.all(names.map((name) => fs.promises.lstat(path.join(root, name)).catch(() => void 0)));
  names.forEach((name, i) => {
    const info = kinds[i];
    if (info?.isSymbolicLink()) out.symlinks.push(name);
    else if (info?.isFile()) out.files.push(name);
  });
  const built = all.filter((name) => (BUILD_OUTPUT_FILE.test(name) || BUILD_PROGRAM_FILE.test(name)) && isIgnored(name) && !isIgnoredBuildOutput(name)).sort().slice(0, MAX_BUILD_OUTPUT_FILES);
  const builtKinds = await Promise.all(built.map((name) => fs.promises.lstat(path.join(root, name)).catch(() => void 0)));
  out.buildOutput = built.filter((_, i) => builtKinds[i]?.isFile());
  return out;
}
function ignoreTest(patterns) {
  const defaults = patterns.filter((p) => DEFAULT_IGNORE_SET.has(p));
  const others = patterns.filter((p) => !DEFAULT_IGNORE_SET.has(p));
  const namedAway = defaults.length ? nameTest(defaults) : () => false;
  const matches = others.length ? (0, import_picomatch.default)(others, { dot: true }) : () => false;
  let globTest;
  const test = ignoredBy(matches, namedAway);
  return (file) => file.includes("\n") ? (globTest ??= ignoredBy((0, import_picomatch.default)(patterns, { dot: true }), () => false))(file) : test(file);
}
function ignoredBy(matches, named) {
  const folders = /* @__PURE__ */ new Map();
  const folderIgnored = (dir) => {
    let known = folders.get(dir);
    if (known === void 0) {
      const slash = dir.lastIndexOf("/");
      known = slash > 0 && folderIgnored(dir.slice(0, slash)) || named(dir.slice(slash + 1)) || matches(dir) || matches(`${dir}/`);
      folders.set(dir, known);
    }
    return known;
  };
  return (file) => {
    const slash = file.lastIndexOf("/");
    return slash > 0 && folderIgnored(file.slice(0, slash)) || named(file.slice(slash + 1)) || matches(file);
  };
}
var DEFAULT_IGNORE_SET = new Set(DEFAULT_IGNORES);
var PRUNED_NAME = nameTest(DEFAULT_IGNORES.filter((p) => p.endsWith("/**")));
var DROPPED_FILE_NAME = nameTest(DEFAULT_IGNORES.filter((p) => !p.endsWith("/**")));
async function walkFolder(root, ignored, notes) {
  const missed = watchListing(root);
  const entries = await (0, import_fast_glob.default)("**", {
    fs: missed.fs,
    cwd: root,
    dot: true,
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: false,
    objectMode: true,
    suppressErrors: true,
    deep: MAX_DEPTH,
    // The default ignores are applied by name as each folder is read (watchListing): the same files, for less.
    ignore: ignored.filter((p) => !DEFAULT_IGNORE_SET.has(p))
  });
  const out = { files: [], symlinks: [] };
  for (const failure of missed.failures) notes.push({ kind: "unreadable", path: shorten(failure.path), message: `folder could not be listed (${failure.code}); its files are not graded` });
  for (const odd of missed.newlineNames) for (const file of await filesUnder(root, odd, notes)) out.files.push(file);
  let deepest = "";
  for (const entry of entries) {
    if (entry.dirent.isSymbolicLink()) out.symlinks.push(entry.path.replace(/\/$/, ""));
    else if (entry.dirent.isFile()) out.files.push(entry.path);
    else if (!deepest && entry.dirent.isDirectory() && depthOf(entry.path) >= MAX_DEPTH && !DROPPED_FILE_NAME(entry.name)) deepest = entry.path.replace(/\/$/, "");
  }
  if (deepest) notes.push({ kind: "limit", path: shorten(deepest), message: `folders nested deeper than ${MAX_DEPTH} levels were not listed, nor scanned for committed secrets` });
  out.buildFolders = missed.buildFolders;
  return out;
}
async function listBuildOutput(root, folders, notIgnored, ignore2) {
  if (folders.length === 0) return [];
  const committed = folders.map((f) => `${f}/`).filter(notIgnored);
  if (committed.length === 0) return [];
  const entries = await (0, import_fast_glob.default)(
    committed.flatMap((f) => [`${import_fast_glob.default.escapePath(f)}**/*.{js,cjs,mjs}`, .../(^|\/)build\/$/.test(f) ? [`${import_fast_glob.default.escapePath(f)}*.{cs,csproj}`] : []]),
    {
      cwd: root,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      deep: 16,
      ignore: [...DEFAULT_IGNORES.filter((g) => !BUILD_OUTPUT_IGNORED.has(g)), ...ignore2]
    }
  );
  return entries.filter(notIgnored).sort().slice(0, MAX_BUILD_OUTPUT_FILES);
}
function watchListing(root) {
  const newlineNames = [];
  const failures = [];
  const buildFolders = [];
  const relative = (p) => path.relative(root, p).split(path.sep).join("/");
  const watchedReaddir = ((dir, options, callback) => {
    fs.readdir(dir, options, (error, entries) => {
      if (error && error.code !== "ENOENT" && error.code !== "ENOTDIR") failures.push({ path: relative(dir) || ".", code: error.code ?? "error" });
      const kept = [];
      const globsApply = !relative(dir).includes("\n");
      for (const entry of entries ?? []) {
        if (entry.name.includes("\n")) newlineNames.push(relative(path.join(dir, entry.name)));
        else if (BUILD_OUTPUT_FOLDERS.has(entry.name) && entry.isDirectory?.()) buildFolders.push(relative(path.join(dir, entry.name)));
        if (!globsApply || entry.name.includes("\n") || !(PRUNED_NAME(entry.name) || !entry.isDirectory() && DROPPED_FILE_NAME(entry.name))) kept.push(entry);
      }
      callback(error, error ? entries : kept);
    });
  });
  return { fs: { ...fs, readdir: watchedReaddir }, newlineNames, failures, buildFolders };
}
async function filesUnder(root, entry, notes, depth = 0) {
  const info = await fs.promises.lstat(path.join(root, entry)).catch(() => void 0);
  if (info?.isFile()) return [entry];
  if (!info?.isDirectory() || depth >= MAX_DEPTH) {
    if (info?.isSymbolicLink()) notes.push({ kind: "skipped-symlink", path: entry, message: "symlink named with a line break, not followed" });
    return [];
  }
  const out = [];
  for (const name of await readdir2(path.join(root, entry)).catch(() => [])) {
    for (const file of await filesUnder(root, `${entry}/${name}`, notes, depth + 1)) out.push(file);
  }
  return out;
}
function depthOf(entryPath) {
  return entryPath.replace(/\/$/, "").split("/").length;
}
function shorten(p) {
  return p.length > 120 ? `${p.slice(0, 60)}\u2026${p.slice(-59)}` : p;
}
async function resolveRoot(rootPath) {
  let real;
  try {
    real = await realpath(rootPath);
  } catch {
    throw new GradeError(`cannot grade "${rootPath}": no such directory`);
  }
  const info = await stat(real).catch(() => void 0);
  if (!info?.isDirectory()) throw new GradeError(`cannot grade "${rootPath}": it is not a directory`);
  try {
    await (0, import_fast_glob.default)("*", { cwd: real, deep: 1, suppressErrors: false });
  } catch {
    throw new GradeError(`cannot grade "${rootPath}": the directory is not readable`);
  }
  return real;
}
async function classifySymlink(root, link) {
  let target;
  try {
    target = await realpath(path.join(root, link));
  } catch (error) {
    const code = error.code;
    return code === "ELOOP" ? "symlink loop, not followed" : "dangling symlink, not followed";
  }
  if (!isInside(root, target)) return "symlink points outside the repository, not followed";
  if (passesThroughGit(root, target)) return "symlink points into .git, not followed";
  const info = await stat(target).catch(() => void 0);
  if (info?.isFile()) return "file";
  if (info?.isDirectory()) return "directory";
  return "symlink to a special file, not followed";
}
async function gitignoreFilter(root, gitignores) {
  if (gitignores.length === 0) return () => true;
  const matchers = [];
  for (const file of gitignores) {
    const text = await readFile(path.join(root, file), "utf8").catch(() => "");
    const dir = file === ".gitignore" ? "" : file.slice(0, -"/.gitignore".length);
    matchers.push({ dir, ig: (0, import_ignore.default)().add(text), pieces: ignoringPieces(text) });
  }
  return (file) => {
    for (const { dir, ig, pieces } of matchers) {
      if (dir && !file.startsWith(dir + "/")) continue;
      const rel = dir ? file.slice(dir.length + 1) : file;
      if (mayBeIgnored(pieces, rel) && ig.ignores(rel)) return false;
    }
    return true;
  };
}

// src/rules/backtracking.ts
var BOUND_ANALYSED = 3;
var parser = new RegExpParser({ ecmaVersion: 2025 });
var recheck;
async function loadBacktrackingCheck(options = {}) {
  if (!recheck) {
    const loaded = await import("./recheck-3ZMOMCQ7.js");
    recheck = typeof loaded.checkSync === "function" ? loaded : loaded.default;
  }
  const analyser = recheck;
  return (pattern) => backtrackingRisk(analyser, pattern, options);
}
var verdicts = /* @__PURE__ */ new Map();
function backtrackingRisk(analyser, pattern, options) {
  const { timeoutMs = 5e3, checker = "auto", flagsAsWritten = false } = options;
  const key = `${checker}\0${timeoutMs}\0${flagsAsWritten}\0${pattern}`;
  if (verdicts.has(key)) return verdicts.get(key);
  const pieces = analysedPieces(pattern, flagsAsWritten);
  let verdict;
  for (const piece of pieces?.sources ?? []) {
    options.deadline?.check();
    verdict = judge(analyser, piece, pieces.flags, timeoutMs, checker);
    if (verdict) break;
  }
  verdicts.set(key, verdict);
  return verdict;
}
function judge(analyser, source, flags, timeoutMs, checker) {
  const before = process.env.RECHECK_SYNC_BACKEND;
  process.env.RECHECK_SYNC_BACKEND = "pure";
  try {
    let result = analyser.checkSync(source, flags, { timeout: timeoutMs, checker });
    if (result.status === "unknown" && checker !== "fuzz") result = analyser.checkSync(source, flags, { timeout: timeoutMs, checker: "fuzz" });
    if (result.status === "safe") return void 0;
    if (result.status === "vulnerable") {
      const attack = result.attack.pattern.length > 80 ? `${result.attack.pattern.slice(0, 77)}...` : result.attack.pattern;
      return `the pattern can backtrack in ${result.complexity.summary} time (ReDoS) on input like ${attack}; use [ \\t]* rather than \\s* at a line start, avoid adjacent quantifiers that match the same characters, and bound repetitions ([^)\\n]{0,200})`;
    }
    const why = result.error.kind === "timeout" ? `within ${timeoutMs / 1e3} s` : `(${result.error.message ?? "unsupported syntax"})`;
    return `the pattern could not be proven free of super-linear backtracking (ReDoS) ${why}; simplify it`;
  } finally {
    if (before === void 0) delete process.env.RECHECK_SYNC_BACKEND;
    else process.env.RECHECK_SYNC_BACKEND = before;
  }
}
function analysedPieces(pattern, flagsAsWritten = false) {
  const { source, flags } = patternParts(pattern);
  let ast;
  try {
    ast = parser.parsePattern(source, void 0, void 0, { unicode: flags.includes("u"), unicodeSets: flags.includes("v") });
  } catch {
    return void 0;
  }
  const analysedFlags = flagsAsWritten ? flags.replace(/[gyd]/g, "") : `${flags.replace(/[gmyd]/g, "")}m`;
  const wholes = hasBackreference(ast) ? [{ node: ast, start: 0, end: source.length }] : ast.alternatives.map((a) => ({ node: a, start: a.start, end: a.end }));
  const sources = [];
  for (const whole of wholes) {
    const quantifiers = quantifiersIn(whole.node);
    if (!quantifiers.some((q) => q.max === Infinity)) continue;
    let text = source.slice(whole.start, whole.end);
    for (const q of quantifiers.sort((a, b) => b.end - a.end)) {
      if (q.max === Infinity || q.max <= BOUND_ANALYSED) continue;
      const suffix = source.slice(q.element.end, q.end);
      const lazy = suffix.endsWith("?") && suffix !== "?" ? "?" : "";
      const bound = `{${Math.min(q.min, BOUND_ANALYSED)},${BOUND_ANALYSED}}${lazy}`;
      text = text.slice(0, q.element.end - whole.start) + bound + text.slice(q.end - whole.start);
    }
    sources.push(text);
  }
  return { sources, flags: analysedFlags };
}
function quantifiersIn(node) {
  const found = [];
  const visit = (n) => {
    if (n.type === "Quantifier") found.push(n);
    for (const child of childrenOf(n)) visit(child);
  };
  visit(node);
  return found;
}
function hasBackreference(node) {
  if (node.type === "Backreference") return true;
  return childrenOf(node).some(hasBackreference);
}
function childrenOf(n) {
  switch (n.type) {
    case "Pattern":
    case "Group":
    case "CapturingGroup":
      return n.alternatives;
    case "Assertion":
      return n.kind === "lookahead" || n.kind === "lookbehind" ? n.alternatives : [];
    case "Alternative":
      return n.elements;
    case "Quantifier":
      return [n.element];
    default:
      return [];
  }
}

// src/evidence/view.ts
function viewEvidence(evidence, mapping) {
  const { toView, toRepo } = mapping;
  let renamed = false;
  const mapPaths = (paths) => {
    const out = [];
    for (const file of paths) {
      const view = toView(file);
      if (view === void 0) continue;
      if (view !== file) renamed = true;
      out.push(view);
    }
    return out;
  };
  const files = mapPaths(evidence.files);
  if (renamed) files.sort();
  const mapFile = (items) => [...inView(items)];
  function* inView(items) {
    for (const item of items) {
      const view = toView(item.file);
      if (view !== void 0) yield view === item.file ? item : { ...item, file: view };
    }
  }
  const repoText = (file, read) => {
    const real = toRepo(file);
    return real === void 0 ? void 0 : read(real);
  };
  const inViewWhere = (where) => (file) => {
    const view = toView(file);
    return view !== void 0 && where(view);
  };
  const parsedInView = () => mapPaths([...evidence.parsedFiles]);
  const mapFolders = (byFolder, probe) => {
    const out = /* @__PURE__ */ new Map();
    for (const [folder, value] of byFolder) {
      const view = toView(folder ? `${folder}/${probe}` : probe);
      if (view !== void 0) out.set(view.includes("/") ? view.slice(0, view.lastIndexOf("/")) : "", value);
    }
    return out;
  };
  const scriptSourcesInView = (sources) => ({
    ...sources,
    npmScripts: mapFolders(sources.npmScripts, "package.json"),
    makeTargets: mapFolders(sources.makeTargets, "Makefile"),
    ...sources.rakeTasks ? { rakeTasks: mapFolders(sources.rakeTasks, "Rakefile") } : {},
    ...sources.toxEnvs ? { toxEnvs: mapFolders(sources.toxEnvs, "tox.ini") } : {}
  });
  return {
    root: mapping.root ?? evidence.root,
    files,
    fileSet: new Set(files),
    text: (file) => repoText(file, evidence.text),
    code: (file) => repoText(file, evidence.code),
    mayMatch: (file, pattern) => {
      const real = toRepo(file);
      return real !== void 0 && evidence.mayMatch(real, pattern);
    },
    sourceFiles: mapPaths(evidence.sourceFiles),
    buildOutput: mapPaths(evidence.buildOutput),
    bundles: mapPaths(evidence.bundles),
    standaloneScripts: mapPaths(evidence.standaloneScripts),
    dependencies: mapFile(evidence.dependencies),
    packageJsons: mapFile(evidence.packageJsons),
    importsIn: (modules, options) => inView(evidence.importsIn(modules, options?.where ? { ...options, where: inViewWhere(options.where) } : options)),
    callsIn: (callees, where) => inView(evidence.callsIn(callees, where && inViewWhere(where))),
    decoratorsIn: (names, where) => inView(evidence.decoratorsIn(names, where && inViewWhere(where))),
    get parsedFiles() {
      return new Set(parsedInView());
    },
    loadParser: () => evidence.loadParser(),
    ...evidence.prepareParser ? { prepareParser: () => evidence.prepareParser() } : {},
    ...evidence.parserSettled ? { parserSettled: () => evidence.parserSettled() } : {},
    ci: mapFile(evidence.ci),
    ...evidence.scriptSources ? { scriptSources: scriptSourcesInView(evidence.scriptSources) } : {},
    notes: mapping.keepsNote ? evidence.notes.filter((n) => mapping.keepsNote(n)) : evidence.notes,
    stats: {
      get filesRead() {
        return files.filter((f) => repoText(f, evidence.text) !== void 0).length;
      },
      get filesParsed() {
        return parsedInView().length;
      }
    }
  };
}
function withoutFiles(evidence, hidden) {
  const shown = (file) => hidden(file) ? void 0 : file;
  return viewEvidence(evidence, { toView: shown, toRepo: shown });
}

// src/score/evaluate.ts
function evaluateRule(rule, evidence, required, overrides = {}) {
  const base = { id: rule.id, title: rule.title, level: rule.level, required, negative: !!rule.negative, hint: rule.hint };
  const disabledReason = overrides.disabled?.get(rule.id);
  if (disabledReason !== void 0) return { ...base, status: "not_applicable", findings: [], reason: disabledReason };
  if (rule.appliesWhen && evidence.sourceFiles.length > 0) {
    const applies = rule.appliesWhen.some((m) => runMatcher(m, evidence).some((f) => f.strength === "strong"));
    if (!applies) {
      const result = evaluateRule({ ...rule, appliesWhen: void 0 }, evidence, required, overrides);
      if (result.status !== "met" || rule.negative) return { ...base, status: "not_applicable", findings: [], reason: notApplicableReason(rule, evidence) };
      return result;
    }
  }
  const suppressions = (overrides.suppressed ?? []).filter((s) => s.rule === rule.id);
  let suppressedReason;
  if (suppressions.length) {
    const suppressed = (file) => suppressions.some((s) => s.matches(file));
    if (rule.evidence.some((m) => runMatcher(m, evidence).some((f) => suppressed(f.file)))) {
      suppressedReason = `suppressed: ${suppressions.map((s) => s.reason).join("; ")}`;
    }
    evidence = withoutFiles(evidence, suppressed);
  }
  const readsTests = rule.id.startsWith("testing.") || !!rule.readsTests;
  const context = {
    countTests: readsTests,
    readTestFiles: readsTests,
    ...(rule.minFiles ?? 1) <= 1 ? { shown: MATCHES_SHOWN } : {}
  };
  let findings = dedupe(rule.evidence.flatMap((m) => runMatcher(m, evidence, context)));
  let strong = findings.filter((f) => f.strength === "strong");
  const files = new Set(strong.map((f) => f.file));
  let met;
  if (rule.negative) met = strong.length === 0;
  else met = files.size >= (rule.minFiles ?? 1);
  if (met && rule.also) {
    const also = dedupe(rule.also.flatMap((m) => runMatcher(m, evidence, context))).filter((f) => f.strength === "strong");
    if (also.length === 0) {
      met = false;
      findings = findings.map((f) => ({ ...f, strength: "weak", message: `${f.message} (${rule.alsoHint ?? "but the rest of the rule is missing"})` }));
    } else findings.push(...also.slice(0, 3));
  }
  strong = findings.filter((f) => f.strength === "strong");
  const ordered = [...strong, ...findings.filter((f) => f.strength === "weak")].slice(0, MATCHES_SHOWN);
  const measured = findings.find((f) => f.measured)?.measured;
  const cited = ordered.map(({ measured: _, ...finding }) => finding);
  const none = met ? void 0 : seenNone(rule, evidence, context);
  return { ...base, status: met ? "met" : "missing", findings: cited, ...suppressedReason ? { reason: suppressedReason } : {}, ...measured ? { measured } : {}, ...none ? { none } : {} };
}
function seenNone(rule, evidence, context) {
  return rule.noneWithout?.find((n) => !n.evidence.some((m) => runMatcher(m, evidence, context).some((f) => f.strength === "strong")))?.reason;
}
function notApplicableReason(rule, evidence) {
  const reason = rule.notApplicableReason ?? "does not apply to this repository";
  const seen = (rule.appliesWhen ?? []).flatMap((m) => "detector" in m ? [DETECTORS.get(m.detector)?.explainNone?.(evidence)] : []).filter((s) => !!s);
  return [reason, ...new Set(seen)].join("; ");
}

// src/score/levels.ts
function levelGap(level, spec, rules) {
  const ofLevel = rules.filter((r) => r.level === level);
  const requiredMissing = ofLevel.filter((r) => spec.required.includes(r.id) && r.status === "missing").map((r) => r.id);
  const alternatives = ofLevel.filter((r) => !spec.required.includes(r.id) && r.status !== "not_applicable");
  const alternativesMet = alternatives.filter((r) => r.status === "met").length;
  const needed = Math.min(spec.atLeast, alternatives.length);
  return {
    level,
    requiredMissing,
    alternativesNeeded: Math.max(0, needed - alternativesMet),
    alternativesMissing: alternatives.filter((r) => r.status === "missing").map((r) => r.id)
  };
}
function nothingApplies(level, rules) {
  const ofLevel = rules.filter((r) => r.level === level);
  return ofLevel.length > 0 && ofLevel.every((r) => r.status === "not_applicable");
}
function gapIsClosed(gap) {
  return gap.requiredMissing.length === 0 && gap.alternativesNeeded === 0;
}
function scoreDimension(dimension, levels, rules, options = {}) {
  const scored = climb(levels, rules);
  if (scored.level > 0 || options.strictGates) return { dimension, ...scored, rules };
  const gate = levelGap(1, levels[1], rules);
  const unseen = gate.requiredMissing.map((id) => rules.find((r) => r.id === id));
  if (unseen.length === 0 || gate.alternativesNeeded > 0 || unseen.some((r) => r.negative || r.none || options.custom?.has(r.id))) return { dimension, ...scored, rules };
  const taken = new Set(unseen.map((r) => r.id));
  const granted = climb(levels, rules.map((r) => taken.has(r.id) ? { ...r, status: "met" } : r));
  if (granted.level < 2) return { dimension, ...scored, rules };
  return { dimension, ...granted, rules: rules.map((r) => taken.has(r.id) ? { ...r, notSeen: true } : r), notSeen: [...taken] };
}
function climb(levels, rules) {
  let level = 0;
  for (const l of [1, 2, 3, 4]) {
    const gap = levelGap(l, levels[l], rules);
    if (!gapIsClosed(gap)) return { level, next: gap };
    if (!nothingApplies(l, rules)) level = l;
  }
  return { level };
}
function overallLevel(dimensions) {
  const graded = dimensions.filter((d) => !d.notApplicable);
  if (graded.length === 0) return 0;
  return Math.min(...graded.map((d) => d.level));
}

// src/evidence/collection.ts
var MIN_UNITS = 12;
var MAX_LARGEST_SHARE = 0.25;
var ROOT_PROJECT_FILE = /^(?:go\.mod|go\.work|Cargo\.toml|setup\.py|pom\.xml|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?|Gemfile|[^/]+\.gemspec|[^/]+\.sln|[^/]+\.[cf]sproj|composer\.json|deno\.jsonc?|mix\.exs|Package\.swift|CMakeLists\.txt|pnpm-workspace\.yaml|lerna\.json|nx\.json|turbo\.json|(?:docker-)?compose(?:\.[\w-]{1,40})?\.ya?ml)$/;
var PACKAGE_JSON_PROJECT_KEYS = ["dependencies", "workspaces", "main", "bin", "exports", "module"];
function isUnitFile(file) {
  return isSourceFile(file) || /\.html?$/i.test(file);
}
var SCRIPT_FILE = /\.(?:py|rb|js|mjs|cjs|ts|php|html?)$/i;
var COMPILED_ROOT = "(root)";
var SIBLING_IMPORT = /^[ \t]*(?:import|from)[ \t]+(\w+)|\b(?:from|require\()[ \t]*['"]\.\/([\w.-]+?)(?:\.[mc]?[jt]s)?['"]|\brequire_relative[ \t(]*['"](?:\.\/)?([\w-]+)['"]/gm;
function rootScriptsAreOneProgram(evidence, scripts) {
  if (scripts.length < 2) return false;
  const names = new Set(scripts.map((f) => f.replace(/\.[^.]+$/, "")));
  let linked = 0;
  for (const file of scripts) {
    const own = file.replace(/\.[^.]+$/, "");
    const text = evidence.text(file) ?? "";
    for (const m of text.matchAll(SIBLING_IMPORT)) {
      const name = m[1] ?? m[2] ?? m[3];
      if (name && name !== own && names.has(name)) {
        linked++;
        break;
      }
    }
  }
  return linked * 4 >= scripts.length;
}
var collectionOf = oncePerEvidence((evidence) => {
  const rootFiles = evidence.files.filter((f) => !f.includes("/"));
  if (rootFiles.some((f) => ROOT_PROJECT_FILE.test(f))) return void 0;
  const rootPackage = evidence.packageJsons.find((p) => p.file === "package.json");
  if (rootPackage && PACKAGE_JSON_PROJECT_KEYS.some((k) => k in rootPackage.data)) return void 0;
  if (rootFiles.includes("pyproject.toml") && /^\[(?:project|tool\.poetry)\][ \t]*$/m.test(evidence.text("pyproject.toml") ?? "")) return void 0;
  const rootUnit = (file) => SCRIPT_FILE.test(file) ? file : COMPILED_ROOT;
  const unitFolders = /* @__PURE__ */ new Set();
  const sizes = /* @__PURE__ */ new Map();
  let total = 0;
  for (const file of evidence.files) {
    if (!isUnitFile(file)) continue;
    const slash = file.indexOf("/");
    const unit = slash < 0 ? rootUnit(file) : file.slice(0, slash);
    if (unit.startsWith(".")) continue;
    if (slash >= 0) unitFolders.add(unit);
    sizes.set(unit, (sizes.get(unit) ?? 0) + 1);
    total++;
  }
  if (sizes.size < MIN_UNITS) return void 0;
  if (Math.max(...sizes.values()) >= MAX_LARGEST_SHARE * total) return void 0;
  if (rootScriptsAreOneProgram(evidence, rootFiles.filter((f) => isSourceFile(f) && SCRIPT_FILE.test(f)))) return void 0;
  const subProjectOf = (file) => {
    const slash = file.indexOf("/");
    if (slash < 0) return isUnitFile(file) ? rootUnit(file) : void 0;
    const top = file.slice(0, slash);
    return top.startsWith(".") || !unitFolders.has(top) ? void 0 : top;
  };
  return { units: sizes.size, subProjectOf };
});

// src/score/collection.ts
function asCollection(rule, result, evidence, evaluate) {
  if (rule.level < 2 || rule.negative || result.status !== "met" || result.measured) return result;
  const collection = collectionOf(evidence);
  if (!collection) return result;
  const strong = result.findings.filter((f) => f.strength === "strong");
  if (strong.some((f) => collection.subProjectOf(f.file) === void 0)) return result;
  const own = evaluate(withoutFiles(evidence, (file) => collection.subProjectOf(file) !== void 0));
  if (own.status === "met") return own;
  const where = (file) => collection.subProjectOf(file) ?? file;
  return {
    ...result,
    status: "missing",
    findings: result.findings.map((f) => ({ ...f, strength: "weak", message: `${f.message} (in ${where(f.file)}, one of ${collection.units} sub-projects of a collection: not the collection's own)` })),
    reason: `a collection of ${collection.units} unrelated sub-projects: evidence above L1 counts when the collection as a whole shows it, not one sub-project`
  };
}

// src/config/apply.ts
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/util/edit-distance.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}
function closest(word, candidates, maxDistance = 3) {
  let best;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d <= maxDistance && (!best || d < best.d)) best = { candidate, d };
  }
  return best?.candidate;
}

// src/config/apply.ts
function applyConfig(config, catalog, extraRules = [], backtracking) {
  const customSources = [...config?.customRules ?? [], ...extraRules];
  const additions = customSources.map((s) => checkCustomRules(s, catalog, backtracking));
  assertUniqueAcross(additions, customSources);
  const extended = extendCatalog(catalog, additions);
  const known = new Set(extended.rules.map((r) => r.id));
  const name = config?.displayName ?? "";
  const checkRule = (rule, line, field) => {
    if (!known.has(rule)) throw configError(name, line, field, `unknown rule "${rule}"${suggest(rule, known)}`);
  };
  config?.disabled.forEach((d, i) => checkRule(d.rule, d.line, ["disable", i, "rule"]));
  config?.suppressions.forEach((s, i) => checkRule(s.rule, s.line, ["suppress", i, "rule"]));
  const overrides = {
    disabled: new Map((config?.disabled ?? []).map((d) => [d.rule, `disabled in ${name}: ${d.reason}`])),
    suppressed: (config?.suppressions ?? []).map((s) => ({ rule: s.rule, matches: (0, import_picomatch2.default)(s.paths, { dot: true }), reason: `${s.reason} (${s.paths.join(", ")})` }))
  };
  const summary = {
    ...config ? { file: config.displayName } : {},
    ...config?.targets ? { targets: config.targets } : {},
    ignore: config?.ignore ?? [],
    disabled: (config?.disabled ?? []).map(({ rule, reason }) => ({ rule, reason })),
    suppressed: (config?.suppressions ?? []).map(({ rule, paths, reason }) => ({ rule, paths, reason })),
    notApplicable: (config?.notApplicable ?? []).map(({ dimension, reason }) => ({ dimension, reason })),
    customRules: additions.flatMap(
      (a) => a.rules.map((r) => ({
        id: r.id,
        dimension: a.dimension,
        level: r.level,
        role: Object.values(a.required).some((ids) => ids?.includes(r.id)) ? "required" : "alternative",
        source: a.source
      }))
    )
  };
  return { catalog: extended, overrides, ignore: summary.ignore, notApplicable: summary.notApplicable.map((n) => n.dimension), summary };
}
function checkCustomRules(source, catalog, backtracking) {
  const { data } = source;
  const builtIn = new Set(catalog.rules.map((r) => r.id));
  const seen = /* @__PURE__ */ new Set();
  const rules = data.rules.map((r) => ({ ...r, dimension: data.dimension }));
  for (const [i, rule] of rules.entries()) {
    const field = ["rules", i, "id"];
    const fail = (message) => configError(source.file, source.lineOf(field), fieldFor(source, field), message);
    if (!rule.id.startsWith(`${data.dimension}.`)) throw fail(`id must start with "${data.dimension}." (the file's dimension)`);
    if (builtIn.has(rule.id)) throw fail(`"${rule.id}" is a built-in rule; custom rules add to the catalog and cannot replace or weaken a rule`);
    if (seen.has(rule.id)) throw fail(`duplicate id "${rule.id}"`);
    seen.add(rule.id);
    const noneWithout = (rule.noneWithout ?? []).flatMap((n) => n.evidence);
    for (const [kind, list] of [["evidence", rule.evidence], ["appliesWhen", rule.appliesWhen ?? []], ["also", rule.also ?? []], ["noneWithout", noneWithout]]) {
      for (const [j, matcher] of list.entries()) {
        try {
          checkMatcher(`rule ${rule.id}`, matcher, backtracking);
        } catch (error) {
          const at = ["rules", i, kind, j];
          throw configError(source.file, source.lineOf(at), fieldFor(source, at), error.message.replace(/^rule \S+: /, ""));
        }
      }
    }
  }
  const required = {};
  for (const [level, spec] of Object.entries(data.levels ?? {})) {
    if (!spec) continue;
    for (const [j, id] of spec.required.entries()) {
      const at = ["levels", level, "required", j];
      const rule = rules.find((r) => r.id === id);
      const fail = (message) => configError(source.file, source.lineOf(at), fieldFor(source, at), message);
      if (!rule) throw fail(`"${id}" is not a rule of this file; custom levels may only require the file's own rules`);
      if (rule.level !== Number(level)) throw fail(`"${id}" is a level ${rule.level} rule, not level ${level}`);
    }
    required[Number(level)] = spec.required;
  }
  return { dimension: data.dimension, rules, required, source: source.source };
}
function assertUniqueAcross(additions, sources) {
  const owner = /* @__PURE__ */ new Map();
  for (const [i, addition] of additions.entries()) {
    for (const [j, rule] of addition.rules.entries()) {
      const other = owner.get(rule.id);
      if (other) {
        const source = sources[i];
        const field = ["rules", j, "id"];
        throw configError(source.file, source.lineOf(field), fieldFor(source, field), `"${rule.id}" is also defined in ${other}`);
      }
      owner.set(rule.id, addition.source);
    }
  }
}
function fieldFor(source, field) {
  const m = /customRules\[(\d+)\]$/.exec(source.source);
  return m ? ["customRules", Number(m[1]), ...field] : field;
}
function suggest(rule, known) {
  const dimension = rule.split(".")[0];
  const sameDimension = [...known].filter((k) => k.startsWith(`${dimension}.`));
  if (sameDimension.length === 0) return "; rule ids start with a dimension, e.g. security.rate-limiting";
  const nearest = closest(rule, sameDimension);
  if (nearest) return `; did you mean ${nearest}?`;
  return `; known ${dimension} rules include ${sameDimension.slice(0, 5).join(", ")}`;
}

// src/config/limits.ts
var RELAX_SECRETS_INPUT = "allow-config-to-relax-secrets";
var SECRETS_REASON = `a committed secret cannot be hidden by the repository's own configuration; the operator can allow it with the ${RELAX_SECRETS_INPUT} input (CLI: --${RELAX_SECRETS_INPUT})`;
function limitConfig(config, catalog, limits = {}) {
  const overruled = [];
  const guardSecrets = !limits.allowConfigToRelaxSecrets;
  const negative = new Set(catalog.rules.filter((r) => r.negative).map((r) => r.id));
  const negativeDimensions = new Set(catalog.rules.filter((r) => r.negative).map((r) => r.dimension));
  const required = new Set(limits.targetDimensions ?? []);
  const disabled = config.disabled.filter((d) => {
    if (!guardSecrets || !negative.has(d.rule)) return true;
    overruled.push({ entry: `disable ${d.rule}`, reason: SECRETS_REASON });
    return false;
  });
  const suppressions = config.suppressions.filter((s) => {
    if (!guardSecrets || !negative.has(s.rule)) return true;
    overruled.push({ entry: `suppress ${s.rule} in ${s.paths.join(", ")}`, reason: SECRETS_REASON });
    return false;
  });
  const notApplicable = config.notApplicable.filter((n) => {
    if (required.has(n.dimension)) {
      overruled.push({ entry: `notApplicable ${n.dimension}`, reason: `the operator's target names ${n.dimension}; a config cannot take it out of the grade` });
      return false;
    }
    if (guardSecrets && negativeDimensions.has(n.dimension)) {
      overruled.push({ entry: `notApplicable ${n.dimension}`, reason: SECRETS_REASON });
      return false;
    }
    return true;
  });
  return { config: { ...config, disabled, suppressions, notApplicable }, overruled };
}
function scanIgnoredForSecrets(limits = {}) {
  return !limits.allowConfigToRelaxSecrets;
}

// src/evidence/unread-code.ts
var UNREAD_LANGUAGES = {
  php: "PHP",
  c: "C",
  h: "C",
  cpp: "C++",
  cc: "C++",
  cxx: "C++",
  hpp: "C++",
  hh: "C++",
  swift: "Swift",
  m: "Objective-C",
  mm: "Objective-C",
  ex: "Elixir",
  exs: "Elixir",
  erl: "Erlang",
  clj: "Clojure",
  cljs: "Clojure",
  dart: "Dart",
  lua: "Lua",
  pl: "Perl",
  pm: "Perl",
  hs: "Haskell",
  ml: "OCaml",
  zig: "Zig",
  cr: "Crystal",
  jl: "Julia"
};
function unreadLanguageOf(file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? UNREAD_LANGUAGES[base.slice(dot + 1).toLowerCase()] : void 0;
}
var count = (n) => n.toLocaleString("en-US");
function unreadLanguageNote(files) {
  const unread = /* @__PURE__ */ new Map();
  let graded = 0;
  for (const file of files) {
    if (isSourceFile(file)) graded++;
    else {
      const language2 = unreadLanguageOf(file);
      if (language2) unread.set(language2, (unread.get(language2) ?? 0) + 1);
    }
  }
  const [language, n] = [...unread].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (n < 10 || n <= graded) return void 0;
  return {
    kind: "unread-code",
    path: ".",
    message: `most code here is ${language} (${count(n)} files, against ${count(graded)} in the languages levelgate reads), which levelgate does not read: tests, validation, logging and the rest written in ${language} are not seen, so levels can be too low`
  };
}
var ROOT_SAMPLE_FOLDER = /^(?:docs\/)?(samples?|examples?)\//i;
var SAMPLE_FOLDER_NAME = new RegExp(`^(?:${SAMPLE_FOLDERS.join("|")})$`, "i");
var AROUND_THE_SAMPLES = /^(?:(?:tests?|build|eng|tools?|\.github)\/|[\w-]{1,40}\.(?:config|preset|e2e|setup)(?:\.[\w-]{1,20})?\.[cm]?[jt]s$|\.[\w-]{1,40}\.[cm]?[jt]s$)/i;
function sampleFolderOf(file) {
  const parts = file.split("/");
  for (let i = 0; i < parts.length - 1; i++) if (SAMPLE_FOLDER_NAME.test(parts[i])) return `${parts.slice(0, i + 1).join("/")}/`;
  return void 0;
}
function sampleFoldersHoldingAllCode(sources) {
  if (sources.length < 10) return void 0;
  const folders = /* @__PURE__ */ new Set();
  for (const file of sources) {
    const folder = ROOT_SAMPLE_FOLDER.exec(file)?.[0] ?? (isScaffolding(file) ? sampleFolderOf(file) : void 0);
    if (folder) folders.add(folder);
    else if (!isScaffolding(file) && !AROUND_THE_SAMPLES.test(file)) return void 0;
  }
  return folders.size ? [...folders].sort() : void 0;
}
function samplesCollectionNote(sorted) {
  const graded = "levelgate grades the samples as the project's own code (their tests, validation, logging and services), as a reader of a collection of samples does";
  if (sorted.length === 1 && ROOT_SAMPLE_FOLDER.test(sorted[0])) {
    const folder = sorted[0];
    return {
      kind: "samples-as-project",
      path: folder.slice(0, -1),
      message: `all of the code is in ${folder}, a collection of samples with no project code beside them: ${graded}; grade one sample alone by its path (levelgate ${folder}<name>)`
    };
  }
  const shown = sorted.slice(0, 3).join(", ");
  const where = sorted.length === 1 ? `${sorted[0]}, a folder named as a sample` : `${sorted.length} folders named as samples (${shown}${sorted.length > 3 ? ", \u2026" : ""})`;
  return {
    kind: "samples-as-project",
    path: sorted.length === 1 ? sorted[0].slice(0, -1) : ".",
    message: `all of the code is in ${where}, with no project code beside them: ${graded}; grade ${sorted.length === 1 ? "it" : "one"} alone by its path (levelgate ${sorted[0]})`
  };
}

// src/evidence/samples-view.ts
var SAMPLE_WORD_START = /[Ss](?=amples?)|[Ee](?=xamples?)|[Dd](?=emos?)/g;
function viewedFolder(folder) {
  const cut = folder.lastIndexOf("/", folder.length - 2) + 1;
  return folder.slice(0, cut) + folder.slice(cut).replace(SAMPLE_WORD_START, (letter) => letter + VIEW_MARK);
}
function samplesViewOf(files) {
  const folders = sampleFoldersHoldingAllCode(files.filter(isSourceFile));
  if (!folders || files.some((f) => f.includes(VIEW_MARK))) return void 0;
  return { folders, note: samplesCollectionNote(folders) };
}
function viewedInventory(inventory, view) {
  const renames = view.folders.map((folder) => [folder, viewedFolder(folder)]);
  const viewed = (file) => {
    const rename = renames.find(([folder]) => file.startsWith(folder));
    return rename ? rename[1] + file.slice(rename[0].length) : file;
  };
  return {
    ...inventory,
    files: inventory.files.map(viewed).sort(),
    ...inventory.buildOutput ? { buildOutput: inventory.buildOutput.map(viewed).sort() } : {},
    notes: [view.note, ...inventory.notes],
    samplesViewed: true
  };
}
function withRealPaths(value, checkout) {
  const real = (v, key) => {
    if (typeof v === "string" && key === "root") return v.startsWith(checkout) ? checkout + realPath(v.slice(checkout.length)) : v;
    if (typeof v === "string") return realPath(v);
    if (Array.isArray(v)) return v.map((item) => real(item));
    if (v && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, real(item, k)]));
    return v;
  };
  return real(value);
}

// src/engine.ts
var CUSTOM_PATTERN_ANALYSIS_MS = 3e3;
function forReport(gathered, report) {
  return gathered.inventory.samplesViewed ? withRealPaths(report, gathered.inventory.root) : report;
}
function scoringPlan(plan, gathered) {
  if (!gathered.inventory.samplesViewed || !plan.overrides.suppressed?.length) return plan;
  return { ...plan, overrides: { ...plan.overrides, suppressed: plan.overrides.suppressed.map((s) => ({ ...s, matches: (file) => s.matches(realPath(file)) })) } };
}
async function grade(root, options = {}) {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {
  });
  const parseWorker = process.env.LEVELGATE_PARSE_WORKER === "0" || !existsSync2(path2.join(root, "package.json")) ? void 0 : ParseWorker.launch();
  let plan;
  let gathered;
  try {
    plan = await planGrading(root, options);
    gathered = await gatherEvidence(root, plan, progress, parseWorker);
  } catch (error) {
    parseWorker?.stop();
    throw error;
  }
  const { evidence, hidden } = gathered;
  progress("evaluating rules");
  let report;
  try {
    report = forReport(gathered, await scoreEvidence(evidence, scoringPlan(plan, gathered), hidden));
  } finally {
    evidence.stopParsing?.();
  }
  return {
    ...report,
    stats: { files: report.stats.files, filesRead: evidence.stats.filesRead, filesParsed: evidence.stats.filesParsed, durationMs: Math.round(performance.now() - started) }
  };
}
async function gatherEvidence(root, plan, progress, parseWorker) {
  progress("listing files");
  const collect = { ...collectOptionsFor(plan.catalog), ...plan.deadline ? { deadline: plan.deadline } : {}, ...parseWorker ? { parseWorker } : {} };
  const scanned = plan.ignoredButScanned ?? [];
  if (scanned.length === 0) {
    const inventory2 = viewedIfSamples(await listRepository(root, { ignore: plan.ignore }), /* @__PURE__ */ new Set());
    plan.deadline?.check();
    progress(`reading ${inventory2.files.length} files`);
    const evidence2 = await collectEvidence(inventory2, collect);
    return { inventory: inventory2, evidence: evidence2, ...hiddenFrom(evidence2, /* @__PURE__ */ new Set()) };
  }
  const listed = await listRepository(root, { ignore: plan.ignore.filter((p) => !scanned.includes(p)) });
  plan.deadline?.check();
  const hiddenByConfig = ignoreTest(scanned);
  const inventory = viewedIfSamples(listed, new Set(listed.files.filter(hiddenByConfig)));
  const ignored = new Set(inventory.files.filter((f) => hiddenByConfig(realPath(f))));
  progress(`reading ${inventory.files.length} files (${ignored.size} ignored by the config, scanned for secrets only)`);
  const evidence = await collectEvidence(inventory, collect);
  return { inventory, evidence, ...hiddenFrom(evidence, ignored) };
}
function viewedIfSamples(inventory, ignored) {
  const view = samplesViewOf(ignored.size ? inventory.files.filter((f) => !ignored.has(f)) : inventory.files);
  return view ? viewedInventory(inventory, view) : inventory;
}
function hiddenFrom(evidence, ignored) {
  for (const bundle of evidence.bundles) ignored.add(bundle);
  for (const script of evidence.standaloneScripts) ignored.add(script);
  return ignored.size ? { hidden: (file) => ignored.has(file) } : {};
}
async function planGrading(root, options = {}) {
  const deadline = deadlineFor(options.deadline, options.timeoutSeconds, "timeoutSeconds");
  const loaded = await resolveConfig(root, options.config);
  const catalog = options.catalog ?? await loadCatalog();
  if (catalog.globs) useCompiledGlobs(catalog.globs);
  if (catalog.alternatives) useCompiledAlternatives(catalog.alternatives);
  const limited = loaded ? limitConfig(loaded, catalog, options.limits) : void 0;
  const config = limited?.config;
  const operatorRules = [];
  for (const pack of options.rulePacks ?? []) operatorRules.push(...await loadRulePack(pack, { base: process.cwd(), confined: false }));
  const hasCustomRules = (config?.customRules.length ?? 0) + operatorRules.length > 0;
  const backtracking = hasCustomRules ? await loadBacktrackingCheck({ timeoutMs: CUSTOM_PATTERN_ANALYSIS_MS, ...deadline ? { deadline } : {} }) : void 0;
  const applied = applyConfig(config, catalog, operatorRules, backtracking);
  const overrides = {
    disabled: new Map([...options.overrides?.disabled ?? [], ...applied.overrides.disabled ?? []]),
    suppressed: [...options.overrides?.suppressed ?? [], ...applied.overrides.suppressed ?? []]
  };
  const notApplicable = [.../* @__PURE__ */ new Set([...options.notApplicable ?? [], ...applied.notApplicable])];
  const shaped = config !== void 0 || operatorRules.length > 0;
  const scanIgnored = scanIgnoredForSecrets(options.limits) && applied.ignore.length > 0;
  const summary = {
    ...applied.summary,
    ...limited?.overruled.length ? { overruled: limited.overruled } : {},
    ...scanIgnored ? { ignoreScannedForSecrets: true } : {},
    ...config?.strictGates ? { strictGates: true } : {}
  };
  return {
    ...config ? { config } : {},
    catalog: applied.catalog,
    ignore: [...options.ignore ?? [], ...applied.ignore],
    overrides,
    notApplicable,
    ...shaped ? { summary } : {},
    ...scanIgnored ? { ignoredButScanned: applied.ignore } : {},
    ...deadline ? { deadline } : {},
    ...options.strictGates || config?.strictGates ? { strictGates: true } : {}
  };
}
async function resolveConfig(root, config) {
  if (config === false) return void 0;
  if (typeof config === "object") return config;
  return loadConfig(root, typeof config === "string" ? { file: config } : {});
}
async function scoreEvidence(evidence, plan, hidden) {
  const graded = hidden ? withoutFiles(evidence, hidden) : evidence;
  const deadline = plan.deadline;
  const evaluated = /* @__PURE__ */ new Map();
  const evaluate = async (rule, required) => {
    if (deadline) {
      await checkpoint(deadline);
      deadline.enterRule(rule.id);
    }
    const result = evaluateRule(rule, rule.negative ? evidence : graded, required, plan.overrides);
    evaluated.set(rule, asCollection(rule, result, graded, (view) => evaluateRule(rule, view, required, plan.overrides)));
  };
  const withParser = async (rule, required) => {
    for (; ; ) {
      try {
        return await evaluate(rule, required);
      } catch (error) {
        if (!(error instanceof ParserNotLoaded)) throw error;
        await evidence.loadParser();
      }
    }
  };
  const putOff = [];
  const catchUp = async () => {
    for (const { rule, required } of putOff.splice(0)) await withParser(rule, required);
  };
  for (const dimension of DIMENSIONS) {
    const required = requiredRules(plan.catalog, dimension);
    for (const rule of plan.catalog.rules) {
      if (rule.dimension !== dimension) continue;
      if (putOff.length && evidence.parserSettled?.()) await catchUp();
      try {
        await evaluate(rule, required.has(rule.id));
      } catch (error) {
        if (!(error instanceof ParserNotLoaded)) throw error;
        if (evidence.prepareParser && !evidence.parserSettled?.()) {
          evidence.prepareParser();
          putOff.push({ rule, required: required.has(rule.id) });
        } else {
          await catchUp();
          await withParser(rule, required.has(rule.id));
        }
      }
    }
  }
  await catchUp();
  return scoreEvaluated(graded, evidence, plan, evaluated);
}
function requiredRules(catalog, dimension) {
  return new Set(Object.values(catalog.levels[dimension]).flatMap((l) => l.required));
}
function scoreEvaluated(evidence, everything, plan, evaluated) {
  const dimensions = {};
  const scoring = { strictGates: !!plan.strictGates, custom: new Set(plan.summary?.customRules.map((r) => r.id)) };
  for (const dimension of DIMENSIONS) {
    const levels = plan.catalog.levels[dimension];
    const results = plan.catalog.rules.filter((rule) => rule.dimension === dimension).map((rule) => evaluated.get(rule));
    const scored = scoreDimension(dimension, levels, results, scoring);
    dimensions[dimension] = plan.notApplicable.includes(dimension) ? { ...scored, notApplicable: true } : scored;
  }
  const shown = new Set(evidence.files);
  const unreadLanguage = unreadLanguageNote(evidence.files);
  return {
    schemaVersion: 1,
    tool: { name: "levelgate", version: TOOL_VERSION, rulesVersion: RULES_VERSION },
    root: evidence.root,
    level: overallLevel(Object.values(dimensions)),
    dimensions,
    notes: [
      // What levelgate could not read as the project's code comes first: the levels are about the rest.
      ...unreadLanguage ? [unreadLanguage] : [],
      ...evidence === everything ? evidence.notes : evidence.notes.filter((n) => n.path === "." || shown.has(n.path) || !everything.fileSet.has(n.path))
    ],
    stats: { files: evidence.files.length, filesRead: evidence.stats.filesRead, filesParsed: evidence.stats.filesParsed, durationMs: 0 },
    ...plan.summary ? { config: plan.summary } : {}
  };
}
function collectOptionsFor(catalog) {
  return {
    parseWords: parseWordsFor(catalog),
    textPatterns: textPatternsFor(catalog),
    ...catalog.literals ? { literals: catalog.literals } : {},
    ...catalog.scanner ? { scanner: catalog.scanner } : {}
  };
}
function globsOf(m) {
  const globs = [..."files" in m ? m.files : [], ..."in" in m ? m.in ?? [] : []];
  return globs.map((g) => g.startsWith("!") ? g.slice(1) : g);
}
function parseWordsFor(catalog) {
  const words = /* @__PURE__ */ new Set();
  const add = (m) => {
    if ("library" in m) {
      for (const n of m.library.npm ?? []) words.add(n.replace(/\/\*$/, ""));
      for (const n of m.modules ?? []) words.add(n);
    }
    if ("imports" in m) m.imports.forEach((n) => words.add(n));
    if ("calls" in m) [...m.calls, ...m.args ?? []].forEach((c) => words.add(calleeWord(c)));
    if ("decorators" in m) m.decorators.forEach((d) => words.add(calleeWord(d)));
  };
  for (const rule of catalog.rules) matchersOf(rule).forEach(add);
  for (const detector of DETECTORS.values()) detector.parseTokens?.forEach((t) => words.add(t));
  return [...words].filter((w) => w.length > 1);
}
function textPatternsFor(catalog) {
  return [...new Set(wholePatternsOf(catalog).flatMap((p) => [p, ...alternativesOf(p) ?? []]))];
}
function wholePatternsOf(catalog) {
  const patterns = rulePatternsOf(catalog);
  for (const detector of DETECTORS.values()) patterns.push(...detector.textPatterns ?? []);
  return [...new Set(patterns)];
}
function rulePatternsOf(catalog) {
  return catalog.rules.flatMap((rule) => matchersOf(rule).flatMap(textPatternsOf));
}
async function compileShippedCatalog(dir) {
  const compiled = await compileCatalog(dir);
  const patterns = textPatternsFor(compiled.catalog);
  const literals = Object.fromEntries(patterns.map((p) => [p, literalRequirement(p) ?? null]));
  const alternatives = Object.fromEntries(wholePatternsOf(compiled.catalog).map((p) => [p, alternativesOf(p) ?? null]));
  const scanner = new TextPrefilter(patterns, () => void 0, literals).prebuiltScanner();
  const globs = compileGlobs(compiled.catalog.rules.flatMap((rule) => matchersOf(rule).flatMap(globsOf)));
  return { ...compiled, catalog: { ...compiled.catalog, literals, scanner, globs, alternatives } };
}

export {
  viewEvidence,
  closest,
  forReport,
  scoringPlan,
  grade,
  gatherEvidence,
  planGrading,
  scoreEvidence,
  collectOptionsFor,
  parseWordsFor,
  textPatternsFor,
  compileShippedCatalog
};
