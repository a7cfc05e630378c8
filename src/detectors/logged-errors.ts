import { isTestFile } from '../evidence/file-sets.js';
import { languageOf } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// An error-handling construct, then a logging call within the next few lines.
const HANDLER: Record<string, RegExp> = {
  js: /\bcatch\s*(\(|\{)|\.catch\s*\(|\(\s*err\w*\s*,\s*req\w*\s*,\s*res\w*\s*,\s*next\s*\)|process\.on\(\s*['"](uncaughtException|unhandledRejection)|\.on\(\s*['"]error['"]/,
  python: /^\s*except\b|^\s*def (?=\w*(?:exception_handler|error_handler|handle_exception|handle_error))\w+\(|@\w+\.(errorhandler|exception_handler)\(/,
  go: /\bif\s+err\s*!=\s*nil\b/,
  java: /\bcatch\s*\(|@ExceptionHandler|@ControllerAdvice/,
  kotlin: /\bcatch\s*\(|@ExceptionHandler|runCatching/,
  ruby: /^\s*rescue\b|rescue_from\b/,
  csharp: /\bcatch\s*(\(|\{)|UseExceptionHandler/,
  rust: /\bErr\s*\(\s*\w+\s*\)\s*=>|\.map_err\(|if let Err\(/,
};
const LOGS = /\b(console\.(error|warn)|logger\.\w+|log\.(error|warn|warning|exception|Error|Printf|Println|Fatal\w*|Warn\w*)|logging\.(error|exception|warning|critical)|\w*[lL]og(ger)?\.(error|warn|exception|Error|Warning|LogError|LogWarning|LogCritical)|_logger\.Log\w*|Rails\.logger|slog\.(Error|Warn)|eprintln!|error!|warn!|tracing::error!|fmt\.Fprint\w*\(os\.Stderr|System\.err\.print|Sentry\.capture\w*|captureException)\b/;

export const loggedErrors: Detector = {
  name: 'loggedErrors',
  question: 'Does a catch block or error handler log the error?',
  detect(evidence) {
    const out: Finding[] = [];
    for (const file of evidence.sourceFiles) {
      if (isTestFile(file)) continue;
      const handler = HANDLER[languageOf(file)];
      const code = evidence.code(file);
      if (!handler || !code || !LOGS.test(code)) continue;
      const lines = code.split('\n');
      for (let i = 0; i < lines.length; i++) {
        if (!handler.test(lines[i]!)) continue;
        if (lines.slice(i, i + 6).some((l) => LOGS.test(l))) {
          out.push({ file, line: i + 1, message: 'error handler that logs the error', strength: 'strong' });
          break;
        }
      }
      if (out.length >= 5) break;
    }
    return out;
  },
};
