import { BENCHMARK_FOLDERS, DOC_FOLDERS, except, inFolderNamed, isTestFile, SAMPLE_FOLDERS, SEED_FOLDERS } from '../evidence/file-sets.js';
import { languageOf, lineAt, stripComments } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// An error-handling construct, then a logging call within the next few lines.
export const HANDLER: Record<string, RegExp> = {
  // Also a promise's or callback's error function (`.then(ok, error => …)`, `function (err) {`).
  // And a method named for the errors it handles (a framework's `onerror (err) {`, `handleError(error) {`).
  js: /\bcatch\s*(\(|\{)|\.catch\s*\(|process\.on\(\s*['"](uncaughtException|unhandledRejection)|\.on\(\s*['"]error['"]|\b(?:err|error|reason)(?:\)|[ \t]{1,5}\))?[ \t]{0,5}=>|\bfunction(?:[ \t]{1,5}\w{1,40})?[ \t]{0,5}\([ \t]{0,5}(?:err|error)\b|^[ \t]{0,20}(?:async[ \t]{1,5})?(?:on_?[eE]rror|handle_?[eE]rror|error_?[hH]andler)[ \t]{0,5}\([ \t]{0,5}(?:err|error|e)\b/,
  python: /^[ \t]*except\b|^[ \t]*def (?=\w*(?:exception_handler|error_handler|handle_exception|handle_error))\w+\(|@\w+\.(errorhandler|exception_handler)\(|^[ \t]*@logger\.catch\b/,
  // Also the check after an init statement (`if err := run(); err != nil {`) and a branch on the error's kind.
  // And a recovered panic (`if r := recover(); r != nil {`): Go's catch, the heart of every recovery middleware.
  // The error may have any name ending in err (`if sendErr != nil {`, `if cErr := c.JSON(…); cErr != nil {`).
  go: /\bif\s+(?:\w{0,30}[eE])?rr\s*!=\s*nil\b|;[ \t]*(?:\w{0,30}[eE])?rr[ \t]*!=[ \t]*nil[ \t]*\{|\bif[ \t]+errors\.(?:Is|As)\(|\brecover\(\)[ \t]*;[ \t]*\w+[ \t]*!=[ \t]*nil\b/,
  // Also the error callback of a functional or reactive result (Vavr `Try.onFailure`, Reactor `doOnError`,
  // CompletableFuture `exceptionally`), the catch of code written without try.
  java: /\bcatch\s*\(|@ExceptionHandler|@ControllerAdvice|\.(?:onFailure|doOnError|onErrorResume|onErrorReturn|onErrorContinue|exceptionally)\s*\(/,
  // Also a branch on a result's error, Kotlin's catch for code that returns errors as values: a `when` over the error
  // (`when (val error = result.error) {`) or a sealed result's error case (`is UnexpectedError -> {`, `is Result.Failure ->`),
  // and a coroutine scope's catch-all (`CoroutineExceptionHandler { _, throwable -> … }`; calibration round 25).
  kotlin: /\bcatch\s*\(|@ExceptionHandler|\bCoroutineExceptionHandler[ \t]*\{|runCatching|\.(?:onFailure|doOnError|onErrorResume|onErrorReturn|onErrorContinue|exceptionally)\s*[({]|\.catch\s*\{|\bwhen[ \t]*\([ \t]*(?:val[ \t]+\w{1,40}[ \t]*=[ \t]*)?(?:[\w.]{0,80}\.)?(?:error|exception|failure|throwable|cause)[ \t]*\)[ \t]*\{|\bis[ \t]+(?:[\w.]{0,80}\.)?\w{0,60}(?:Error|Exception|Failure)[ \t]*->/,
  // Also a method named for the errors it handles (Sinatra's `def dump_errors!(boom)`, `def handle_exception!(e)`).
  ruby: /^\s*rescue\b|rescue_from\b|^[ \t]*def[ \t]+(?:self\.)?(?:handle|dump|log|report|on)_(?:errors?|exceptions?)[!?]?(?:\(|[ \t]+\w)/,
  csharp: /\bcatch\s*(\(|\{)|UseExceptionHandler/,
  rust: /\bErr\s*\(\s*\w+\s*\)\s*=>|\.map_err\(|if let Err\(/,
};
/**
 * Each language's handler test on a whole text: the per-line pattern with ^ at every line start. Whatever line
 * HANDLER matches, this matches in the text (a line's neighbours only add matches), so a text it does not match
 * has no handler line at all.
 */
const HANDLER_IN_TEXT: Record<string, RegExp> = Object.fromEntries(Object.entries(HANDLER).map(([language, re]) => [language, new RegExp(re.source, `${re.flags}m`)]));
/** An error type's own response mapping: the one place a web framework turns every error into a response. */
const ERROR_RESPONSE_IMPL = /^[ \t]*impl(?:<[^>\n]{0,80}>)?[ \t]+(?:[\w:]+::)?(?:IntoResponse|ResponseError)[ \t]+for[ \t]+\w+/m;
const ERROR_RESPONSE_BODY = 60;
/** Printing the caught error without a level (Go's fmt.Println(err), cobra's PrintErrln): a weak log, but a log. */
const PRINTS_ERROR: Record<string, RegExp> = {
  go: /\bfmt\.(Print|Println|Printf)\([^\n]{0,200}\b(?:\w{0,30}[eE])?rr\b|\.PrintErr(ln|f)?\(/,
  // A Python CLI writing the error to stderr in its except block.
  // Or to the user through click or rich (click.echo(…, err=True), console.print(f"…{exc}")).
  // A Ruby program writing the error to stderr ($stderr.puts, STDERR.write, Kernel#warn) or to Rack's error stream,
  // which the server logs (`env['rack.errors'].puts(msg)`).
  ruby: /(?:\$stderr|\bSTDERR)\.(?:puts|write|print)\b|^[ \t]*warn[ \t(]|\[['"]rack\.errors['"]\]\.(?:puts|write|print)\b/m,
  // Java and Kotlin printing the caught exception or its stack trace to stderr (`System.err.println(…)`, which the
  // logging pattern's `System.err.print` missed, `e.printStackTrace()`); C# writing it to the
  // error stream (`Console.Error.WriteLine(ex)`).
  java: /\.printStackTrace\([ \t]*\)|\bSystem\.err\.print(?:ln|f)?\(/,
  kotlin: /\.printStackTrace\([ \t]*\)|\bSystem\.err\.print(?:ln|f)?\(/,
  csharp: /\bConsole\.Error\.Write(?:Line)?(?:Async)?\(/,
  // Also click's echo imported by name (`echo(msg, err=True)`, `echo(file=sys.stderr)`), the traceback printed to
  // stderr (traceback.print_exc, Python's printStackTrace), and a caught click error showing itself (`e.show()`,
  // which writes "Error: …" to stderr). Or to WSGI's error stream, which the server logs (`environ['wsgi.errors'].write(trace)`),
  // as Rack's above.
  python: /\[['"]wsgi\.errors['"]\]\.(?:write|writelines)\(|\b(?:print|echo|secho)\([^\n]{0,200}\bfile[ \t]*=[ \t]*sys\.stderr\b|\bsys\.stderr\.write\(|\b(?:(?:click|typer)\.)?(?:echo|secho)\([^\n]{0,200}\berr[ \t]*=[ \t]*True\b|\bconsole\.print\([^\n]{0,200}\{(?:exc|err|error|e)\}|\btraceback\.print_exc(?:eption)?\(|^[ \t]*(?:e|exc|err|error|ex)\.show\([ \t]*\)/m,
  // A Node CLI writing the error to stderr (`process.stderr.write(\`error: ${err.message}\n\`)`).
  js: /\bprocess\.stderr\.write\(/,
  // A Rust CLI writing the error to stderr through the write macros (`writeln!(io::stderr(), "app: {e}")`, a locked
  // handle `writeln!(stderr, …)`) or the handle itself (`io::stderr().write_all(…)`), as eprintln! does.
  rust: /\b(?:write|writeln)!\([ \t]*(?:&mut[ \t]+)?(?:(?:std::)?io::)?stderr\b|\b(?:std::)?io::stderr\(\)(?:\.lock\(\))?\.(?:write_all|write_fmt)\(/,
};
/** Names of a Rust crate's own macros that print to stderr (`macro_rules! err_message { … eprintln! … }`), one level deep. */
function stderrMacros(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/macro_rules![ \t]+(\w+)[ \t]*\{([\s\S]{0,600}?)\n\}/g)) if (/\beprintln!|\bwriteln!\([ \t]*(&mut )?std::io::stderr|\berror!\(/.test(m[2]!)) names.push(m[1]!);
  for (const m of code.matchAll(/macro_rules![ \t]+(\w+)[ \t]*\{([\s\S]{0,600}?)\n\}/g)) if (!names.includes(m[1]!) && names.some((n) => m[2]!.includes(`${n}!`))) names.push(m[1]!);
  return names;
}
// Also a logger behind an accessor (`c.Logger().Error(…)`, `getLogger().error(…)`), and a Go program's stderr written
// through fatih/color's writer for it (`fmt.Fprintf(color.Error, …)`, calibration round 23: kubectx). Rails' error
// reporter (`Rails.error.report(error)`, Rails 7) hands the error to every subscriber the app set up, a log or an error
// tracker, as Sentry's capture does (calibration round 24: maintenance_tasks).
const LOGS = /\b(console\.(error|warn)|logger\.\w+|log\.(error|warn|warning|exception|Error|Printf|Println|Fatal\w*|Warn\w*)|logging\.(error|exception|warning|critical)|\w*[lL]og(ger)?\.(error|warn|exception|Error|Warning|LogError|LogWarning|LogCritical)|\w*[lL]ogger\(\)\.(?:error|warn|Error|Warn)|_logger\.Log\w*|Rails\.logger|Rails\.error\.report|slog\.(Error|Warn)|fmt\.Fprint\w*\((?:os\.Stderr|color\.Error)|System\.err\.print|Sentry\.capture\w*|captureException)\b|\b(eprintln|error|warn)!|(?:^|[.\s])(?:log_?[eE]rror|log_?[eE]xception|log_?[wW]arn(?:ing)?|report_?[eE]rror)\(/;
/** A call on a logger of any name (ArchiLogger, AppLogger) at a method named for an error level (LogGenericException). */
const LOGGER_CALL = /[lL]ogger\.(\w{1,60})\(/g;
const ERROR_LEVEL = /Error|Exception|Warn|Critical|Fatal/;
/**
 * A call on the project's own logging helper class (`DebugHelper.WriteException(ex)`, `LogHelper.Error(…)`,
 * `LoggingUtils.logException(…)`) at a method named for an error level: the helper writes it to the application's log,
 * as a logger of any name does. A helper not named for logging or debugging (`StringHelper.Error`) is not one.
 */
const LOG_HELPER_CALL = /\b\w{0,40}(?:Debug|Log|Logging)(?:Helper|Helpers|Util|Utils|Utility)\.(\w{1,60})\(/g;
function logHelperAtErrorLevel(text: string): boolean {
  if (!/(?:Helper|Util)/.test(text)) return false;
  for (const m of text.matchAll(LOG_HELPER_CALL)) if (ERROR_LEVEL.test(m[1]!)) return true;
  return false;
}
function logsAnError(text: string): boolean {
  return LOGS.test(text) || loggerAtErrorLevel(text) || logHelperAtErrorLevel(text);
}
function loggerAtErrorLevel(text: string): boolean {
  if (!/[lL]ogger\./.test(text)) return false;
  for (const m of text.matchAll(LOGGER_CALL)) if (ERROR_LEVEL.test(m[1]!)) return true;
  return false;
}
/**
 * The project's own error printers: a short function taking a message or an error whose body logs or writes to
 * stderr (fd's `fn print_error(msg: …) { eprintln!(…) }`, a Go CLI's `func fatal(err error) { fmt.Fprintln(os.Stderr, err) … }`).
 * Calling one in an error branch logs the error as the call inside it would.
 */
const OWN_PRINTER: Record<string, RegExp> = {
  rust: /^[ \t]*(?:pub(?:\([\w:]{1,40}\))?[ \t]+)?fn[ \t]+(\w{1,60})[^(\n]{0,80}\([ \t]*(\w{1,40})/gm,
  go: /^func[ \t]+(\w{1,60})\([ \t]*(\w{1,40})/gm,
};
/** Lines a printer's body may have: a wrapper, not a function that does its work and logs along the way. */
const PRINTER_BODY = 8;
function ownPrinters(code: string, language: string): string[] {
  const header = OWN_PRINTER[language];
  if (!header) return [];
  const names: string[] = [];
  for (const m of code.matchAll(header)) {
    if (m[1] === 'main' || m[2] === 'self' || m[2] === 'mut') continue;
    // The body: the lines after the header, up to the first line that is only a closing brace.
    let at = code.indexOf('\n', m.index);
    const body: string[] = [];
    while (at !== -1 && body.length <= PRINTER_BODY) {
      const next = code.indexOf('\n', at + 1);
      const line = code.slice(at + 1, next === -1 ? undefined : next);
      if (/^[ \t]*\}[ \t]*$/.test(line)) {
        if (body.some(logsAnError)) names.push(m[1]!);
        break;
      }
      body.push(line);
      at = next;
    }
  }
  return names;
}
// Android's Log and Timber at warning or error level (Log.e(TAG, "…", e)).
const ANDROID_LOGS = /\b(?:Log|Timber)\.(?:e|w|wtf)\(/;
// Kotlin Multiplatform's loggers at warning or error level, in a file that imports one: Napier's `Napier.e(…)`, and a
// Kermit Logger held as a value (`log.e(throwable) { "…" }`, `logger.w { … }`; calibration round 25: KaMPKit).
const KMP_LOGGER_IMPORT = /^[ \t]*import[ \t]+(?:co\.touchlab\.kermit|io\.github\.aakira\.napier)\./m;
const KMP_LOGS = /\bNapier\.(?:e|w|wtf)\(|\b(?:[a-z]\w{0,40})?(?:log|Log|logger|Logger|kermit|Kermit)\.(?:e|w|a)[ \t]*(?:\(|\{)/;
/**
 * .NET high-performance logging: a delegate defined at error level (`X = LoggerMessage.Define<string>(LogLevel.Error, …)`,
 * or a `[LoggerMessage(Level = LogLevel.Error)]` partial method) logs when it is called.
 */
function errorLogDelegates(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/\b(\w{1,100})[ \t]*=[ \t\r\n]{0,40}LoggerMessage\.Define\b/g)) {
    if (/\bLogLevel\.(?:Error|Critical)\b/.test(code.slice(m.index + m[0].length, m.index + m[0].length + 300).split(';')[0]!)) names.push(m[1]!);
  }
  for (const m of code.matchAll(/\[LoggerMessage\([^\]\n]{0,300}LogLevel\.(?:Error|Critical)[^\]\n]{0,300}\][ \t\r\n]{0,40}(?:(?:public|private|internal|protected|static|partial)[ \t]+){0,4}void[ \t]+(\w+)\(/g)) names.push(m[1]!);
  return names;
}
// An ASP.NET error handler by its shape: exception middleware, IExceptionHandler, an exception filter. Its catch
// often hands the exception to a helper further down, so the whole class body counts.
const CSHARP_ERROR_CLASS = /\bclass[ \t]+(\w{1,100})/g;
const CSHARP_ERROR_INTERFACE = /[:,][ \t]*(?:IExceptionHandler|IExceptionFilter|IAsyncExceptionFilter|ExceptionFilterAttribute)\b/;
/** Where an ASP.NET error handler class starts in a C# file, if the file declares one. */
function csharpErrorHandler(code: string): number | undefined {
  for (const m of code.matchAll(CSHARP_ERROR_CLASS)) {
    if (/Exception|Error/.test(m[1]!) && /(Middleware|Handler|Filter)$/.test(m[1]!)) return m.index;
  }
  const implementing = CSHARP_ERROR_INTERFACE.exec(code);
  return implementing?.index;
}
const HANDLER_CLASS_BODY = 80;
const USES_EXCEPTION_HANDLER = /\.UseExceptionHandler[ \t]*\(/;

/** Where the handler's own match starts on its line: braces before it (a `} catch` closing the try) are not its block. */
function handlerStart(handler: RegExp, line: string): number {
  return handler.exec(line)?.index ?? 0;
}

/** How many of `lines` (a block's opening line first) belong to the block: up to the first line indented no deeper. */
function blockLength(lines: string[]): number {
  const indent = /^[ \t]*/.exec(lines[0]!)![0].length;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() !== '' && /^[ \t]*/.exec(l)![0].length <= indent);
  return end === -1 ? lines.length : end;
}

/** How far after a catch or except its logging call may be, when its block has no braces or indentation to go by. */
const NEAR = 6;
/** How long a handler's block may be read: an error branch that logs near its end still logs (got's catch logs on its 12th line). */
const BLOCK = 30;
const BRACED = new Set(['js', 'go', 'java', 'kotlin', 'csharp', 'rust']);
/**
 * The lines of the error branch a handler line opens, up to BLOCK: in a braced language from the handler's own
 * opening brace to the brace that closes it (a `} catch (e) {` line's first brace closes the try, not the catch);
 * in Python and Ruby its indented body. A handler with no block of its own (`.catch(console.error)`,
 * `Err(e) => eprintln!(…)`) reads its NEAR lines as before.
 */
function handlerBlock(lines: string[], i: number, language: string, from: number): string[] {
  if (language === 'python' || language === 'ruby') {
    // A decorated Python handler (`@app.errorhandler(404)`) is the def under it.
    if (language === 'python' && /^[ \t]*@/.test(lines[i]!)) {
      const def = lines.findIndex((l, j) => j > i && j <= i + 3 && /^[ \t]*(?:async[ \t]+)?def[ \t]/.test(l));
      if (def !== -1) return [lines[i]!, ...pythonDefBody(lines, def)].slice(0, BLOCK);
    }
    const window = lines.slice(i, i + BLOCK);
    const length = blockLength(window);
    return length > 1 ? window.slice(0, length) : lines.slice(i, i + NEAR);
  }
  if (!BRACED.has(language)) return lines.slice(i, i + NEAR);
  let depth = 0;
  let opened = false;
  for (let j = i; j < lines.length && j < i + BLOCK; j++) {
    const line = j === i ? lines[j]!.slice(from) : lines[j]!;
    // The block opens on the handler's line, or on the next as a brace of its own (C#, Allman style); otherwise it has none.
    if (!opened && j > i && !line.trim().startsWith('{')) return lines.slice(i, i + NEAR);
    for (const ch of line) {
      if (ch === '{') {
        depth++;
        opened = true;
      } else if (ch === '}' && opened && --depth === 0) return lines.slice(i, j + 1);
    }
  }
  return lines.slice(i, i + (opened ? BLOCK : NEAR));
}
/** A JS method named for the errors it handles (`onerror (err) {`): its whole body handles them, like a middleware's. */
const JS_ERROR_METHOD = /^[ \t]{0,20}(?:async[ \t]{1,5})?(?:on_?[eE]rror|handle_?[eE]rror|error_?[hH]andler)[ \t]{0,5}\([ \t]{0,5}(?:err|error|e)\b/;

// An Express error middleware: four parameters, the last `next`, `_next` or typed, on one line or several
// (a formatter splits typed parameters). Its body may log well after its start. Bounded, no overlapping runs.
const PARAM = (start: string) => `_?${start}\\w{0,20}[ \\t]{0,5}(?::[^,()]{1,80})?`;
const EXPRESS_ERROR_MIDDLEWARE = new RegExp(`\\(\\s{0,20}${PARAM('e')},\\s{0,20}${PARAM('req')},\\s{0,20}${PARAM('res')},\\s{0,20}${PARAM('next')},?\\s{0,20}\\)`);
const MIDDLEWARE_BODY = 20;

// FastAPI/Starlette: app.add_exception_handler(SomeError, handler) names the handler function.
const ADDS_EXCEPTION_HANDLER = /\badd_exception_handler\(\s*[\w.]+\s*,\s*(\w+)\s*\)/g;

// console.log of the caught error: a log without a level, but the error is logged.
const CATCH_PARAM = /\bcatch[ \t]*\((?:[ \t]*\()?[ \t]*(\w+)|\b(err|error|reason)(?:\)|[ \t]{1,5}\))?[ \t]{0,5}=>|\bfunction(?:[ \t]{1,5}\w{1,40})?[ \t]{0,5}\([ \t]{0,5}(err|error)\b/;

// Not the running project: seed scripts, database wait scripts, examples, helper scripts.
// Of the sample folders only examples/, and no test folder: test code is left out by isTestFile.
// Nor benchmark harnesses (bench/, benches/, benchmarks/) and the documentation's own site code (docs/): a benchmark printing a
// failed run or a docs page's copy button logging a clipboard error is not the product logging its errors.
export const NOT_RUNNING_FOLDER = inFolderNamed([...SEED_FOLDERS, ...except(SAMPLE_FOLDERS, '_examples?', 'samples?', 'example[-_]apps?', 'sample[-_]apps?', '(?:examples?|samples?|demos?)[-_][^/]{1,60}'), 'scripts?', ...BENCHMARK_FOLDERS, ...DOC_FOLDERS], 'i');
const SEED_OR_WAIT_FILE = /(^|\/)([\w-]*[-_.])?seeds?\.\w+$|(^|\/)wait[-_]for[\w.-]*$/i;
/**
 * Not the project's code either: a minified bundle it vendors (`static/js/prettify-min.js`), and a JS harness script
 * named for the tests it runs (`test-resolution.ts`, run by a `test:all` script).
 */
const NOT_THE_CODE = /[.-]min\.[cm]?js$|(?:^|\/)tests?[-_][\w.-]{1,80}\.[cm]?[jt]sx?$/;
export const notRunning = (file: string) => NOT_RUNNING_FOLDER.test(file) || SEED_OR_WAIT_FILE.test(file);

/**
 * The lines of a Python function's body: after its signature's last line (`from`, the def itself unless the signature
 * spans lines) to the next line indented no deeper than the def, at most 60 lines.
 */
function pythonBody(lines: string[], def: number, from = def): string[] {
  const indent = /^\s*/.exec(lines[def]!)![0].length;
  const body: string[] = [];
  for (let i = from + 1; i < lines.length && body.length < 60; i++) {
    const line = lines[i]!;
    if (line.trim() && /^\s*/.exec(line)![0].length <= indent) break;
    body.push(line);
  }
  return body;
}

const withoutComment = (line: string) => (line.includes('#') ? line.slice(0, line.indexOf('#')) : line);
/** A Python exception hook, the catch of every uncaught exception (`def except_hook(…)`, set as sys.excepthook). */
const PYTHON_EXCEPT_HOOK = /^[ \t]*def _?except_?hook\(/;

/** The body of a Python def whose signature may span lines (`def hook(\n    exc_type,\n) -> None:`). */
function pythonDefBody(lines: string[], def: number): string[] {
  let end = def;
  while (end < def + 15 && end < lines.length - 1 && !/:[ \t]*$/.test(withoutComment(lines[end]!))) end++;
  return pythonBody(lines, def, end);
}

/** Handlers registered with add_exception_handler that log, anywhere in the Python files. */
function registeredHandlersThatLog(evidence: Parameters<Detector['detect']>[0], files: string[]): Finding[] {
  const names = new Set<string>();
  for (const file of files) {
    const code = evidence.code(file) ?? '';
    if (code.includes('add_exception_handler')) for (const m of code.matchAll(ADDS_EXCEPTION_HANDLER)) names.add(m[1]!);
  }
  if (names.size === 0) return [];
  const out: Finding[] = [];
  for (const file of files) {
    const code = evidence.code(file) ?? '';
    if (!LOGS.test(code)) continue;
    const lines = code.split('\n');
    lines.forEach((line, i) => {
      const def = /^\s*(?:async\s+)?def\s+(\w+)\s*\(/.exec(line);
      if (def && names.has(def[1]!) && pythonBody(lines, i).some((l) => LOGS.test(l))) {
        out.push({ file, line: i + 1, message: `exception handler ${def[1]} (add_exception_handler) logs the error`, strength: 'strong' });
      }
    });
  }
  return out;
}

/**
 * A logging configuration that routes a framework's error logger to a handler: Django logs every unhandled request
 * exception on `django.request` (a child of `django`), uvicorn and gunicorn theirs on `uvicorn.error` and
 * `gunicorn.error`. Configuring where that logger writes is the project logging its errors through the framework's
 * own error handler; a framework left to its defaults is not (spring-petclinic).
 */
const LOGGING_CONFIG = /^[ \t]*LOGGING[ \t]*=[ \t]*\{|\bdictConfig\(/m;
const FRAMEWORK_ERROR_LOGGER = /^[ \t]*['"](django|django\.request|uvicorn\.error|gunicorn\.error)['"][ \t]*:[ \t]*\{/gm;

// Flask logs every unhandled request exception on app.logger at ERROR ("Exception on /x [GET]"): a handler the
// project attaches there (an SMTPHandler mailing errors, a StreamHandler, a SysLogHandler) receives them.
const FLASK_ERROR_LOGGER = /\b(?:app|current_app|application)\.logger\.addHandler\(/;

function configuredErrorLoggers(evidence: Parameters<Detector['detect']>[0], files: string[]): Finding[] {
  const out: Finding[] = [];
  for (const file of files) {
    const code = evidence.code(file);
    const flask = code ? FLASK_ERROR_LOGGER.exec(code) : null;
    if (flask) {
      out.push({ file, line: lineAt(code!, flask.index), message: "a handler attached to Flask's app.logger, where Flask logs unhandled request errors", strength: 'strong' });
      continue;
    }
    if (!code || !LOGGING_CONFIG.test(code) || !/django|uvicorn|gunicorn/.test(code)) continue;
    for (const m of code.matchAll(FRAMEWORK_ERROR_LOGGER)) {
      // Its own entry names handlers: `"django.request": {"handlers": ["console"], "level": "WARNING"}`.
      const entry = code.slice(m.index + m[0].length, m.index + m[0].length + 300).split('}')[0]!;
      if (!/['"]handlers['"][ \t]*:/.test(entry)) continue;
      out.push({ file, line: lineAt(code, m.index), message: `the logging configuration routes the framework's error logger (${m[1]}) to a handler`, strength: 'strong' });
      break;
    }
  }
  return out;
}

/** Whether a file of `language` may hold what this detector looks for: a handler line, or a whole-file error mapping. */
export function mayHandleErrors(language: string, code: string): boolean {
  if (HANDLER_IN_TEXT[language]?.test(code)) return true;
  if (language === 'python') return /^[ \t]*def _?except_?hook\(/m.test(code);
  if (language === 'js') return EXPRESS_ERROR_MIDDLEWARE.test(code);
  if (language === 'rust') return ERROR_RESPONSE_IMPL.test(code);
  // An ASP.NET exception middleware, IExceptionHandler or filter logs anywhere in its class, not near a catch.
  if (language === 'csharp') return csharpErrorHandler(code) !== undefined;
  return false;
}

/**
 * A Rust program whose main returns an error reporter's Result (anyhow, eyre, color-eyre, miette): every error
 * propagated with `?` ends there, and the runtime prints it with its context chain to stderr before exiting 1,
 * the CLI's error log (as Go's `log.Fatal(err)` in main). A build script's main is the build's, not the program's.
 */
const RUST_MAIN_RESULT = /^[ \t]*(?:pub[ \t]+)?(?:async[ \t]+)?fn[ \t]+main[ \t]*\([ \t]*\)[ \t]*->[ \t]*(?:(anyhow|eyre|color_eyre|miette)::(?:eyre::)?)?Result\b/m;
const RUST_ERROR_REPORTER = /^[ \t]*use[ \t]+(?:anyhow|eyre|color_eyre|miette)::/m;
function rustMainReportsErrors(file: string, code: string): number | undefined {
  if (/(?:^|\/)build\.rs$/.test(file) || !code.includes('main')) return undefined;
  const m = RUST_MAIN_RESULT.exec(code);
  return m && (m[1] || RUST_ERROR_REPORTER.test(code)) ? m.index : undefined;
}

/** Single-file components (Vue, Svelte): their <script> is JavaScript the running app executes. */
const COMPONENT_FILE = /\.(?:vue|svelte)$/;
/** A component's script sections as JavaScript, every other line blanked so line numbers hold. */
function componentScript(text: string): string {
  const lines = text.split('\n');
  let inScript = false;
  const out = lines.map((line) => {
    if (!inScript && /^[ \t]*<script\b[^>]*>[ \t]*$/.test(line)) return ((inScript = true), '');
    if (inScript && /^[ \t]*<\/script>/.test(line)) return ((inScript = false), '');
    return inScript ? line : '';
  });
  return stripComments('component.js', out.join('\n'));
}

/** A regex as a rule pattern, for the evidence's prefilter (only its literals matter there). */
const asPattern = (re: RegExp) => (re.flags ? `/${re.source}/${re.flags}` : re.source);
/**
 * Languages whose handler, for mayHandleErrors, is the handler line alone (no middleware, mapping or class). Ruby's
 * is left out: its `^\s*rescue` as a whole-text pattern is not one the backtracking check can pass.
 */
const HANDLER_LINE_ONLY = new Set(['python', 'go', 'java', 'kotlin']);
const HANDLER_PATTERNS: Record<string, string> = Object.fromEntries([...HANDLER_LINE_ONLY].map((language) => [language, asPattern(HANDLER_IN_TEXT[language]!)]));
const LOGS_PATTERN = asPattern(LOGS);

export const loggedErrors: Detector = {
  name: 'loggedErrors',
  question: 'Does a catch block or error handler of the running project log the error?',
  // Comment-free text holds no literal its whole text lacks: files without the words skip stripping and regexes.
  textPatterns: [...new Set(Object.values(HANDLER_PATTERNS)), LOGS_PATTERN],
  detect(evidence) {
    const out: Finding[] = [];
    const consoleLogs: Finding[] = [];
    const files = evidence.sourceFiles.filter((f) => !isTestFile(f) && !notRunning(f) && !NOT_THE_CODE.test(f));
    // A Rust crate's own printing macros log like eprintln! does.
    const rustMacros = files.filter((f) => f.endsWith('.rs')).flatMap((f) => (evidence.code(f)?.includes('macro_rules!') ? stderrMacros(evidence.code(f)!) : []));
    const macroLog = rustMacros.length ? new RegExp(`\\b(${rustMacros.join('|')})!\\(`) : undefined;
    // And so do its own printing functions (Rust, Go), called by name in an error branch.
    const printerLog: Record<string, RegExp | undefined> = {};
    for (const language of Object.keys(OWN_PRINTER)) {
      const names = files.filter((f) => languageOf(f) === language && evidence.mayMatch(f, LOGS_PATTERN)).flatMap((f) => ownPrinters(evidence.code(f) ?? '', language));
      printerLog[language] = names.length ? new RegExp(`\\b(${[...new Set(names)].join('|')})\\(`) : undefined;
    }
    const components = evidence.files.filter((f) => COMPONENT_FILE.test(f) && !isTestFile(f) && !notRunning(f));
    for (const file of [...files, ...components]) {
      const component = COMPONENT_FILE.test(file);
      const language = component ? 'js' : languageOf(file);
      const handler = HANDLER[language];
      if (!handler || (HANDLER_LINE_ONLY.has(language) && !evidence.mayMatch(file, HANDLER_PATTERNS[language]!))) continue;
      const text = component ? evidence.text(file) : undefined;
      const code = component ? (text && componentScript(text)) : evidence.code(file);
      if (!code) continue;
      const rustMain = language === 'rust' && consoleLogs.length < 5 ? rustMainReportsErrors(file, code) : undefined;
      if (rustMain !== undefined) consoleLogs.push({ file, line: lineAt(code, rustMain), message: "main returns an error reporter's Result: each error reaches it and is printed with its context to stderr", strength: 'strong' });
      // Without a handler line, an Express error middleware or a Rust error mapping, nothing below can be found:
      // skip the logging regex, the costliest part, for the many files that handle no error.
      if (!mayHandleErrors(language, code)) continue;
      // ASP.NET's exception-handler middleware logs every unhandled request exception through ILogger at Error
      // level before it renders the error page: turning it on is logging errors through the framework's handler.
      const aspnet = language === 'csharp' ? USES_EXCEPTION_HANDLER.exec(code) : null;
      if (aspnet) {
        out.push({ file, line: lineAt(code, aspnet.index), message: "ASP.NET's exception-handler middleware (UseExceptionHandler), which logs each unhandled exception", strength: 'strong' });
        if (out.length >= 5) break;
        continue;
      }
      const delegates = language === 'csharp' && code.includes('LoggerMessage') ? errorLogDelegates(code) : [];
      const delegateLog = delegates.length ? new RegExp(`\\b(${delegates.join('|')})\\(`) : undefined;
      const mayLog = evidence.mayMatch(file, LOGS_PATTERN);
      const printer = printerLog[language];
      const kmpLogger = language === 'kotlin' && KMP_LOGGER_IMPORT.test(code);
      const logsLine = (l: string) => (mayLog ? logsAnError(l) : loggerAtErrorLevel(l) || logHelperAtErrorLevel(l)) || ((language === 'kotlin' || language === 'java') && ANDROID_LOGS.test(l)) || (kmpLogger && KMP_LOGS.test(l)) || (language === 'rust' && !!macroLog?.test(l)) || (!!printer?.test(l) && !/^[ \t]*(?:pub\S*[ \t]+)?(?:fn|func)[ \t]/.test(l)) || (!!delegateLog && delegateLog.test(l) && !/LoggerMessage\./.test(l));
      const logs = logsLine(code) || ((!!delegateLog || !!printer || kmpLogger) && code.split('\n').some(logsLine));
      const prints = PRINTS_ERROR[language];
      if (!logs && !(language === 'js' && code.includes('console.log')) && !(prints && prints.test(code))) continue;
      const lines = code.split('\n');
      if (logs && language === 'rust') {
        const impl = ERROR_RESPONSE_IMPL.exec(code);
        if (impl) {
          const start = lineAt(code, impl.index);
          if (lines.slice(start - 1, start - 1 + ERROR_RESPONSE_BODY).some(logsLine)) {
            out.push({ file, line: start, message: "the error type's response mapping logs the error", strength: 'strong' });
            continue;
          }
        }
      }
      if (logs && language === 'csharp') {
        const at = csharpErrorHandler(code);
        if (at !== undefined) {
          const start = lineAt(code, at);
          if (lines.slice(start - 1, start - 1 + HANDLER_CLASS_BODY).some(logsLine)) {
            out.push({ file, line: start, message: 'exception-handling middleware or filter that logs the error', strength: 'strong' });
            continue;
          }
        }
      }
      if (logs && language === 'js') {
        const middleware = EXPRESS_ERROR_MIDDLEWARE.exec(code);
        if (middleware) {
          const start = lineAt(code, middleware.index);
          if (lines.slice(start - 1, start - 1 + MIDDLEWARE_BODY).some((l) => LOGS.test(l))) {
            out.push({ file, line: start, message: 'error-handling middleware that logs the error', strength: 'strong' });
            continue;
          }
        }
      }
      for (let i = 0; i < lines.length; i++) {
        if (!handler.test(lines[i]!) && !(language === 'python' && PYTHON_EXCEPT_HOOK.test(lines[i]!))) continue;
        // A method named for the errors it handles, and a Go recovery block, log anywhere in their body.
        // So do a Python def named for the errors it handles (an exception hook) and a Ruby one (`def dump_errors!(e)`).
        const namedMethod = (language === 'python' || language === 'ruby') && /^[ \t]*def[ \t]/.test(lines[i]!);
        const wholeBody = (language === 'js' && JS_ERROR_METHOD.test(lines[i]!)) || (language === 'go' && lines[i]!.includes('recover()'));
        let near = namedMethod && language === 'python' ? [lines[i]!, ...pythonDefBody(lines, i)] : wholeBody || namedMethod ? lines.slice(i, i + MIDDLEWARE_BODY) : handlerBlock(lines, i, language, handlerStart(handler, lines[i]!));
        // The recovery block ends at its closing brace: the first later line indented no deeper than its `if`; a
        // Ruby method at its `end`.
        if ((language === 'go' && wholeBody) || (language === 'ruby' && namedMethod)) near = near.slice(0, blockLength(near));
        if (logs && near.some(logsLine)) {
          out.push({ file, line: i + 1, message: 'error handler that logs the error', strength: 'strong' });
          break;
        }
        if (consoleLogs.length < 5 && prints && near.some((l) => prints.test(l))) {
          consoleLogs.push({ file, line: i + 1, message: 'error check that prints the error (no level: a weak log, but a log)', strength: 'strong' });
        }
        const caught = language === 'js' ? ((m) => m?.[1] ?? m?.[2] ?? m?.[3])(CATCH_PARAM.exec(lines[i]!)) : undefined;
        if (consoleLogs.length < 5 && (/\.catch\(\s*console\.log\s*\)/.test(lines[i]!) || (caught && near.some((l) => new RegExp(`\\bconsole\\.log\\([^\\n]{0,200}\\b${caught}\\b`).test(l))))) {
          consoleLogs.push({ file, line: i + 1, message: 'catch that logs the error with console.log (no level: a weak log, but a log)', strength: 'strong' });
        }
      }
      if (out.length >= 5) break;
    }
    if (out.length < 5 && files.some((f) => languageOf(f) === 'python')) {
      const python = files.filter((f) => languageOf(f) === 'python');
      out.push(...registeredHandlersThatLog(evidence, python));
      if (out.length === 0) out.push(...configuredErrorLoggers(evidence, python));
    }
    // Logging with levels first; console.log only when nothing better logs.
    return out.length ? out.slice(0, 5) : consoleLogs;
  },
};
