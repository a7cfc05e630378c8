import { isScaffolding, isTestFile } from '../evidence/file-sets.js';
import { languageOf } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// A request rejected as invalid, by hand: a 400/422 answer, or an exception that becomes one. Safe style:
// bounded gaps, no nested quantifiers.
const REJECTS: Record<string, RegExp> = {
  js: /\.status\(\s*(?:400|422)\s*\)|\.code\(\s*(?:400|422)\s*\)|\bsendStatus\(\s*(?:400|422)\s*\)|\bctx\.throw\(\s*(?:400|422)\b|\bcreateError\(\s*(?:400|422)\b|\bthrow new (?:BadRequest|UnprocessableEntity|Validation)\w{0,20}(?:Exception|Error)\(|\bthrow new Http(?:Exception|Error)\([^)\n]{0,200}\b(?:400|422|BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bstatus:\s*(?:400|422)\b/,
  python: /\babort\(\s*(?:400|422)\b|\braise (?:HTTPException|HttpException)\([^)\n]{0,200}\b(?:400|422|HTTP_400\w*|HTTP_422\w*)\b|\bHttpResponseBadRequest\(|\bstatus=(?:400|422|status\.HTTP_400\w*|status\.HTTP_422\w*)\b|\braise (?:ValidationError|BadRequest)\(/,
  go: /\bhttp\.Status(?:BadRequest|UnprocessableEntity)\b|\bfiber\.Status(?:BadRequest|UnprocessableEntity)\b/,
  java: /\bResponseEntity\.badRequest\(\)|\bHttpStatus\.(?:BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bthrow new (?:BadRequest|Validation|IllegalArgument)\w{0,20}Exception\(/,
  kotlin: /\bResponseEntity\.badRequest\(\)|\bHttpStatus\.(?:BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bHttpStatusCode\.(?:BadRequest|UnprocessableEntity)\b|\bthrow (?:BadRequest|Validation|IllegalArgument)\w{0,20}Exception\(/,
  ruby: /\bstatus:\s*(?:400|422|:bad_request|:unprocessable_entity|:unprocessable_content)\b|\bhead[ (]\s*:bad_request\b|\bhalt(?:[ \t]*\([ \t]*|[ \t]+)(?:400|422)\b|\berror!\([^)\n]{0,200}\b(?:400|422)\b/,
  csharp: /\breturn (?:BadRequest|ValidationProblem|UnprocessableEntity)\(|\bResults\.(?:BadRequest|ValidationProblem|UnprocessableEntity)\(|\bStatusCodes\.Status(?:400BadRequest|422UnprocessableEntity)\b/,
  rust: /\bStatusCode::(?:BAD_REQUEST|UNPROCESSABLE_ENTITY)\b|\bHttpResponse::BadRequest\(\)|\berror::ErrorBadRequest\(/,
};
/**
 * A JVM service's failure result instead of a status code (`return Response.ofFail(msg)`, `return CommonResult.failed(…)`,
 * `return R.error(…)`): its API answers every call with a result envelope whose code says the request failed. It rejects
 * invalid data only after a check of a value's presence, length or form (ENVELOPE_INPUT_CHECK), not any business rule.
 */
const ENVELOPE_REJECTS: Partial<Record<string, RegExp>> = {
  java: /\breturn[ \t]+[A-Z]\w{0,40}\.(?:ofFail|fail|failed|failure|validateFailed|error)[ \t]*\(/,
  kotlin: /\breturn[ \t]+[A-Z]\w{0,40}\.(?:ofFail|fail|failed|failure|validateFailed|error)[ \t]*\(/,
};
const ENVELOPE_INPUT_CHECK = /\b(?:isBlank|isEmpty|isNotBlank|isNotEmpty|hasText|hasLength|isNullOrEmpty|isNullOrBlank)[ \t]*\(|[=!]=[ \t]*null\b|\.(?:length|size)\(\)[ \t]*[<>=!]|\.matches\(/;
/**
 * JS code answering a socket event or a server action without an HTTP status: an error object whose message says the
 * input is bad (`if (!name || !room) return { error: 'Username and room are required.' }`), or a socket.io
 * acknowledgement handed the error (`if (error) return callback(error)`, in a file that handles socket events).
 */
const JS_ERROR_ANSWER = /\breturn[ \t]*\{[ \t]*error:[ \t]*['"`][^'"`\n]{0,80}?\b(?:[Rr]equired|[Ii]nvalid|[Mm]ust|[Mm]issing|[Ee]mpty|too (?:long|short))\b/;
const JS_SOCKET_ACK_ERROR = /\breturn[ \t]+(?:callback|cb|ack)\([ \t]*(?:\{[ \t]*)?(?:err|error)\b/;
const HANDLES_SOCKET_EVENTS = /\bsocket\.on\([ \t]*['"`]/;
// The check that leads to the rejection, on the same line or up to three lines before it.
const CHECK = /\bif\b|\bunless\b|\bguard\b|\?\?|\|\||&&/;
/** Text without any of these words rejects nothing by hand; most files are ruled out by this one test. */
const HINT = /400|422|BadRequest|BAD_REQUEST|bad_request|Unprocessable|UNPROCESSABLE|unprocessable|Validation|IllegalArgument|ofFail|\.fail|validateFailed|error:|callback\(err|cb\(err|ack\(err/;
/** The same, as a rule pattern: the evidence's one scan per file rules out a file before its comments are stripped. */
const HINT_PATTERN = HINT.source;

/**
 * Hand-written request validation: a check, then a 400/422 answer (`if (typeof title !== 'string') return
 * res.status(400)…`, `throw new HttpException(422, …)`). Consistent means in several places (minSites, 2 by
 * default); a lone check is a hint.
 */
export const checksRequestData: Detector = {
  name: 'checksRequestData',
  question: 'Do handlers check request data by hand and reject invalid input with a 400/422 answer, in several places?',
  textPatterns: [HINT_PATTERN],
  detect(evidence, options) {
    const minSites = typeof options.minSites === 'number' ? options.minSites : 2;
    const sites: Finding[] = [];
    for (const file of evidence.sourceFiles) {
      // Sample apps under examples/, seed and CI helper scripts validate for themselves, not for the project.
      if (isTestFile(file) || isScaffolding(file)) continue;
      const language = languageOf(file);
      const rejects = REJECTS[language];
      // Comment-free text holds no literal its whole text lacks: most files need no stripping and no regex here.
      if (!rejects || !evidence.mayMatch(file, HINT_PATTERN)) continue;
      const code = evidence.code(file);
      if (!code || !HINT.test(code)) continue;
      const lines = code.split('\n');
      const envelope = ENVELOPE_REJECTS[language];
      const socketEvents = language === 'js' && HANDLES_SOCKET_EVENTS.test(code);
      for (let i = 0; i < lines.length && sites.length < 10; i++) {
        const before = () => lines.slice(Math.max(0, i - 3), i + 1);
        if (rejects.test(lines[i]!)) {
          if (before().some((l) => CHECK.test(l))) sites.push({ file, line: i + 1, message: 'rejects invalid request data by hand (400/422)', strength: 'strong' });
        } else if (envelope?.test(lines[i]!) && before().some((l) => CHECK.test(l) && ENVELOPE_INPUT_CHECK.test(l))) {
          sites.push({ file, line: i + 1, message: 'rejects invalid request data by hand (a failure result after a check of the value)', strength: 'strong' });
        } else if (language === 'js' && (JS_ERROR_ANSWER.test(lines[i]!) || (socketEvents && JS_SOCKET_ACK_ERROR.test(lines[i]!))) && before().some((l) => CHECK.test(l))) {
          sites.push({ file, line: i + 1, message: 'rejects invalid input by hand (an error answer after a check)', strength: 'strong' });
        }
      }
      if (sites.length >= 10) break;
    }
    if (sites.length >= minSites) return sites.map((s) => ({ ...s, message: `${s.message}; ${sites.length >= 10 ? '10 or more' : sites.length} places` }));
    return sites.map((s) => ({ ...s, strength: 'weak', message: `${s.message}; ${minSites} places needed for consistent checks` }));
  },
};
