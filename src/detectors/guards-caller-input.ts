import { languageOf } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import { own, shipsForCallers } from './project-kind.js';
import type { Evidence } from '../evidence/index.js';
import { oncePerEvidence } from '../evidence/shared-answer.js';
import type { Detector } from './types.js';

// A library's, framework's, template engine's or packaged CLI's outside input is what its callers hand it: arguments,
// options, settings, templates. It validates that input the way the rubric's "consistent hand-written checks" do, with
// guard clauses: a check of the value, then an error that says the input is bad (TypeError, ArgumentError,
// IllegalArgumentException, ValueError, an Invalid…/Syntax… error), raised before the value is used. One guard is any
// code's defensive habit; consistent means several, across the shipped source (team decision 3: what a library does
// for its callers is its evidence). An application's input is its requests and forms: it keeps its own matchers.
// Safe style: bounded gaps, no nested quantifiers.

/** A bad-input error raised or returned, per language. */
const REJECTS: Record<string, RegExp> = {
  // JS/TS: an error thrown, of any class (Error, TypeError, a framework's FST_ERR_… codes); a guard only when it is a
  // typed one or follows a type or shape test (below).
  js: /\bthrow (?:new )?(?:\w{0,40}Error|\w{0,40}Exception|[A-Z][A-Z0-9_]{2,60})\(/,
  python: /\braise (?:ValueError|TypeError|\w{0,30}(?:Invalid|Validation|Syntax)\w{0,30})\(/,
  ruby: /\braise[ \t(]+(?:::)?(?:\w{1,30}::){0,3}(?:ArgumentError|TypeError|\w{0,30}Invalid\w{0,30}|\w{0,30}Syntax\w{0,10}Error)\b/,
  go: /\b(?:errors\.New|fmt\.Errorf)\(\s*"(?:[\w.-]{1,30}: )?(?:invalid|missing|must|expected|unsupported|unknown|empty|bad|illegal)\b|\breturn [^\n]{0,60}\bErr(?:Invalid|Bad|Missing)\w{0,30}\b/,
  java: /\bthrow new (?:IllegalArgumentException|\w{0,30}Invalid\w{0,30}Exception)\(|\bObjects\.requireNonNull\(|\bPreconditions\.checkArgument\(|\bAssert\.(?:notNull|hasText|isTrue)\(/,
  kotlin: /\bthrow (?:IllegalArgumentException|\w{0,30}Invalid\w{0,30}Exception)\(|^[ \t]*require(?:NotNull)?\(/,
  csharp: /\bthrow new Argument(?:Null|OutOfRange)?Exception\(|\bArgument(?:Null)?Exception\.ThrowIf\w{0,20}\(/,
  rust: /\b(?:return )?Err\([^\n]{0,60}\bInvalid\w{0,30}|\bbail!\([ \t]*"(?:invalid|missing|expected|unsupported|unknown)\b/,
};
/**
 * A value checked: on the line of the rejection or up to two lines before it; in Rust also an arm of a match on the
 * value that returns the error (`_ => Err(Error::InvalidFormat(…))`, `(Err(_), _) => Err(Error::InvalidBucket)`): the
 * arm's pattern is the check.
 */
const CHECK = /\bif\b|\bunless\b|\bguard\b|\bwhen\b|\?\?|\|\||&&|\brequire(?:NotNull)?\(|\bObjects\.requireNonNull\(|\bPreconditions\.|\bAssert\.|\bThrowIf|=>[ \t]*Err\(/;
/** A JS error of another class is a guard only after a type or shape test of the value (not a state or I/O failure). */
const JS_TYPE_TEST = /\btypeof\b|\binstanceof\b|\bArray\.isArray\(|\bNumber\.is(?:Integer|Finite|NaN|SafeInteger)\(|\bisNaN\(|[=!]==? (?:undefined|null)\b|\b(?:undefined|null) [=!]==?/;
const JS_TYPED = /\bthrow (?:new )?(?:TypeError|RangeError|\w{0,30}(?:Invalid|INVALID|Argument|ARGUMENT|Validation)\w{0,30})\(/;
/**
 * JS/TS: an assertion library's precondition check (`invariant(isPath(url), 'Expected a … URL')` from outvariant,
 * tiny-invariant, invariant, ts-invariant), the check and the error in one call, in a file that imports one
 * (calibration round 25: msw). A function of the file's own named invariant may do anything.
 */
const INVARIANT_IMPORT = /(?:\bfrom[ \t]{1,4}|\brequire\([ \t]{0,4})['"](?:outvariant|tiny-invariant|invariant|ts-invariant|@epic-web\/invariant)['"]/;
const INVARIANT_CALL = /^[ \t]*invariant\(/;
/** Text without any of these words raises no bad-input error: most files are ruled out by this one test. */
const HINT = /Error|Exception|Err\(|bail!|require|Assert|Preconditions|invariant/;
const HINT_PATTERN = HINT.source;
/**
 * A server of its own wire protocol reads its outside input off a socket it listens on (a search or cache server's
 * command lines, a broker's frames): `TcpListener::bind`, `net.Listen("tcp", …)`, `net.createServer`,
 * `asyncio.start_server`, a `ServerSocket`. Its commands are its callers' input, checked the same way (a check, then
 * an Invalid… error). A file that serves HTTP on the socket (axum, hyper, net/http, Express) has a request to read
 * and keeps the request matchers.
 */
const RAW_LISTENER = /\b(?:Tcp|Unix)Listener::bind\(|\bnet\.Listen(?:TCP|Unix)?\([ \t]*"(?:tcp|unix)[46]?"|\bnet\.createServer\(|\basyncio\.start_(?:unix_)?server\(|\bsocketserver\.(?:Threading)?(?:TCP|Unix)Server\b|\bnew ServerSocket\(|\bnew TcpListener\(/;
const SERVES_HTTP = /\b(?:axum|hyper|actix_web|warp|rocket|poem|tide|salvo|tonic)::|\bhttp\.(?:Serve|ListenAndServe|Server\b|createServer)|\bexpress\(|\bfastify\(|\bHttpServer\b|\bWebApplication\b/;
const LISTENER_HINT = /Listener|Listen\(|createServer|start_server|start_unix_server|socketserver|ServerSocket/;
const LISTENER_HINT_PATTERN = LISTENER_HINT.source;

/** Whether the project's own running code serves a protocol of its own on a socket (not HTTP); asked by detect and explainNone, worked out once. */
const servesOwnProtocol = oncePerEvidence((evidence: Evidence): boolean =>
  evidence.sourceFiles.some((file) => {
    // Most files are ruled out by the text index before their code is read.
    if (!own(file) || !evidence.mayMatch(file, LISTENER_HINT_PATTERN)) return false;
    const code = evidence.code(file);
    return code !== undefined && LISTENER_HINT.test(code) && RAW_LISTENER.test(code) && !SERVES_HTTP.test(code);
  }),
);

/** Sites and files needed for the checks to be consistent. */
const MIN_SITES = 3;
const MIN_FILES = 2;

export const guardsCallerInput: Detector = {
  name: 'guardsCallerInput',
  question: 'Does a library, framework or packaged tool reject its callers\' invalid arguments, options, settings or templates, or a server of its own protocol its clients\' invalid commands, with guard clauses (a check, then a TypeError, ArgumentError, IllegalArgumentException, ValueError or Invalid… error, or an invariant assertion) in several places of its shipped source?',
  textPatterns: [HINT_PATTERN, LISTENER_HINT_PATTERN],
  explainNone(evidence) {
    return shipsForCallers(evidence) || servesOwnProtocol(evidence) ? undefined : 'the repository ships no package other code imports and serves no protocol of its own, so it has no callers\' arguments or commands to check';
  },
  detect(evidence) {
    if (!shipsForCallers(evidence) && !servesOwnProtocol(evidence)) return [];
    const sites: Finding[] = [];
    const files = new Set<string>();
    for (const file of evidence.sourceFiles) {
      if (!own(file)) continue;
      const language = languageOf(file);
      const rejects = REJECTS[language];
      if (!rejects || !evidence.mayMatch(file, HINT_PATTERN)) continue;
      const code = evidence.code(file);
      if (!code || !HINT.test(code)) continue;
      const lines = code.split('\n');
      const invariants = language === 'js' && INVARIANT_IMPORT.test(code);
      // A few sites per file, so that one file full of guards does not stand for the whole source.
      let inFile = 0;
      /** How line i rejects bad input, if it does: an invariant assertion, or a check followed by the error. */
      const guardAt = (i: number): string | undefined => {
        const line = lines[i]!;
        if (invariants && INVARIANT_CALL.test(line)) return 'an invariant assertion';
        if (!rejects.test(line)) return undefined;
        const before = lines.slice(Math.max(0, i - 2), i + 1);
        if (!before.some((l) => CHECK.test(l))) return undefined;
        if (language === 'js' && !JS_TYPED.test(line) && !before.some((l) => JS_TYPE_TEST.test(l))) return undefined;
        return 'a guard clause';
      };
      for (let i = 0; i < lines.length && inFile < 4; i++) {
        const guard = guardAt(i);
        if (guard === undefined) continue;
        sites.push({ file, line: i + 1, message: `rejects its callers' invalid input with ${guard}`, strength: 'strong' });
        files.add(file);
        inFile++;
      }
      if (sites.length >= 10 && files.size >= MIN_FILES) break;
    }
    const consistent = sites.length >= MIN_SITES && files.size >= MIN_FILES;
    const count = sites.length >= 10 ? '10 or more' : String(sites.length);
    return sites.slice(0, 5).map((s) => consistent
      ? { ...s, message: `${s.message}; ${count} places in ${files.size} files` }
      : { ...s, strength: 'weak', message: `${s.message}; ${MIN_SITES} places in ${MIN_FILES} files needed for consistent checks` });
  },
};
