// The logged-errors detector skips a file with no handler line before its costly logging regex: the whole-text
// test (mayHandleErrors) must say yes to every file in which some line is a handler, and no to files without.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HANDLER, mayHandleErrors } from '../../src/detectors/logged-errors.js';
import { isSourceFile, languageOf, stripComments } from '../../src/evidence/languages.js';

/** Handler lines per language (HANDLER must match each), and text that is not one. */
const HANDLER_LINES: Record<string, string[]> = {
  js: ['  onerror (err) {', 'handleError(error) {', '} catch (err) {', '}catch{', 'promise.catch ((e) => log(e))', "process.on( 'unhandledRejection', h)", 'stream.on("error", fail)'],
  python: ['except ValueError:', '\texcept:', 'def custom_exception_handler(exc, context):', '@app.errorhandler(404)', '@logger.catch', '    except Exception as e:'],
  go: ['\tif err != nil {', 'if err!=nil { return err }', '\tif err := ctx.Run(); err != nil {', '\t\tif errors.Is(err, ErrKilled) {', '\tif cErr != nil {', '\tif sendErr := c.Send(); sendErr != nil {'],
  java: ['} catch (IOException e) {', '@ExceptionHandler(NotFound.class)', '@ControllerAdvice'],
  kotlin: ['} catch (e: Exception) {', 'runCatching { load() }', '@ExceptionHandler'],
  ruby: ['rescue StandardError => e', '  rescue', 'rescue_from ActiveRecord::RecordNotFound, with: :not_found'],
  csharp: ['catch (Exception ex)', '} catch {', 'app.UseExceptionHandler("/error");'],
  rust: ['Err(e) => {', '.map_err(|e| e.into())?', 'if let Err(e) = run() {'],
};
const NOT_HANDLERS = ['const x = 1;', 'logger.error("boom")', 'log.Error(err)', 'print("except")', 'value = catchy', 'on("data", f)', 'rescued = true', 'Error(e)', 'if errCount != nil {'];
/** Ways a handler line can sit in a file: alone, first, last, between lines, with CRLF ends, indented after text. */
const PLACINGS = [(l: string) => l, (l: string) => `${l}\nlogger.error(e)\n`, (l: string) => `a = 1\nlogger.error(e)\n${l}`, (l: string) => `a = 1\r\n${l}\r\nlogger.error(e)\r\n`, (l: string) => `x\n\n${l}\n\ny\n`];

describe('mayHandleErrors', () => {
  it('finds every handler line of each language, wherever it sits in the text', () => {
    for (const [language, lines] of Object.entries(HANDLER_LINES)) {
      for (const line of lines) {
        expect(HANDLER[language]!.test(line), `${language}: ${line}`).toBe(true);
        for (const place of PLACINGS) expect(mayHandleErrors(language, place(line)), `${language}: ${JSON.stringify(place(line))}`).toBe(true);
      }
    }
  });

  it('says no to text with no handler line, so the costly regex is skipped there', () => {
    for (const language of Object.keys(HANDLER_LINES)) {
      const text = NOT_HANDLERS.join('\n');
      expect(text.split('\n').some((l) => HANDLER[language]!.test(l)), language).toBe(false);
      expect(mayHandleErrors(language, text), language).toBe(false);
    }
  });

  it('still says yes to an Express error middleware, a Rust error mapping or an ASP.NET exception handler class without a handler line', () => {
    expect(mayHandleErrors('js', 'app.use((err, req, res, next) => {\n  logger.error(err);\n});\n')).toBe(true);
    expect(mayHandleErrors('csharp', 'public sealed class GlobalExceptionHandler : IExceptionHandler\n{\n    public ValueTask<bool> TryHandleAsync(HttpContext c, Exception e, CancellationToken t) { _log.LogError(e, "failed"); return ValueTask.FromResult(true); }\n}\n')).toBe(true);
    expect(mayHandleErrors('csharp', 'public class OrderService\n{\n    public void Place() { _log.LogInformation("placed"); }\n}\n')).toBe(false);
    expect(mayHandleErrors('rust', 'impl IntoResponse for Error {\n    fn into_response(self) -> Response { todo!() }\n}\n')).toBe(true);
  });

  it('agrees with the per-line test on every source file of the fixture repositories', () => {
    const root = path.join(import.meta.dirname, '..', 'fixtures');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (isSourceFile(full)) files.push(full);
      }
    };
    walk(root);
    let withHandler = 0;
    let without = 0;
    for (const file of files) {
      const language = languageOf(file);
      if (!HANDLER[language]) continue;
      const code = stripComments(file, readFileSync(file, 'utf8'));
      const perLine = code.split('\n').some((l) => HANDLER[language]!.test(l));
      if (perLine) {
        withHandler++;
        expect(mayHandleErrors(language, code), file).toBe(true);
      } else if (!mayHandleErrors(language, code)) without++;
    }
    expect(withHandler).toBeGreaterThan(5);
    expect(without).toBeGreaterThan(5);
  });
});
