import { folderOf, isScaffolding, isTestFile } from '../evidence/file-sets.js';
import { languageOf, lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

/**
 * A logger with levels that is not a package of a list: the project's own logger type (nats-server's logger/ with
 * Noticef/Warnf/Errorf/Debugf/Tracef behind debug and trace switches), or the one a framework provides (NestJS's
 * Logger from @nestjs/common, Fastify's pino logger switched on in its options). A print wrapper with no level
 * switch is print statements, and console.error is a print statement: neither counts.
 */

// Files that may hold any of it: a type named *Logger*, NestJS's common package, Fastify.
const HINTS = '/logger|@nestjs\\/common|fastify|\\bpackage[ \\t]+log|\\bclass[ \\t]+\\w{0,40}?log/i';

/** Level names, as methods are named for them (Go adds f, ln or w: Errorf, Warnln, Infow). */
const LEVEL = '(?:trace|debug|verbose|info|notice|warn|warning|error|fatal|critical|panic)';
/** Go: `func (l *Logger) Debugf(` — a method of a type whose name says logger. */
const GO_LEVEL_METHOD = new RegExp(`^func[ \\t]*\\([ \\t]*\\w{1,40}[ \\t]+\\*?(\\w{0,40}[lL]ogger\\w{0,40})[ \\t]*\\)[ \\t]*(${LEVEL})(?:f|ln|w)?[ \\t]*\\(`, 'gim');
/** Go: a logging package of its own (`package logging`) whose top-level functions are named for levels: `func Warn(v ...any)`. */
const GO_LOG_PACKAGE = /^package[ \t]+(log\w{0,20}|\w{1,20}(?:logger|logging))[ \t]*$/m;
const GO_LEVEL_FUNC = new RegExp(`^func[ \\t]+(${LEVEL})(?:f|ln|w)?[ \\t]*\\(`, 'gim');
/**
 * A class named for a logger (class Logger, class AppLogger, class LoggingFacade), in any of the class languages, or for
 * a log as a word of its name (Sa-Token's `SaLogForConsole`, `ConsoleLog`, `AppLog`): a capital Log that no lower-case
 * letter follows, so Catalog, Dialog and Blog are not logs.
 */
const LOGGER_CLASS = /^[ \t]*(?:export[ \t]+)?(?:(?:public|internal|private|abstract|open|final|default)[ \t]+){0,3}class[ \t]+(\w{0,40}?Log(?:ger|ging)?(?![a-z])\w{0,40})\b/m;
/** A method definition named for a level, in a class body: `error(msg) {`, `def warning(self,`, `public void debug(String`. */
const CLASS_LEVEL_METHOD = new RegExp(`^[ \\t]*(?:(?:public|private|protected|static|async|override|def|fun|void|func|function)[ \\t]+){0,4}(${LEVEL})[ \\t]*\\(`, 'gim');
/**
 * A level switch in the logger's own file: a level setting (level, logLevel, LOG_LEVEL, minLevel) or a debug/trace
 * switch tested before writing (`if l.debug {`, `if (this.verbose)`).
 */
const LEVEL_SWITCH = /\b(?:[a-z]{0,12}[lL]evel|[A-Z_]{0,12}LEVEL|Level)\b|\bif[ \t]{0,4}(?:\([ \t]{0,4})?!?(?:\w{1,20}\.)?(?:debug|trace|verbose)\b/;

/** Distinct level names defined as methods in a file that defines a logger type, and the line of the first. */
function loggerDefinition(file: string, code: string): { levels: Set<string>; line: number; name: string } | undefined {
  const levels = new Set<string>();
  let first: number | undefined;
  let name = '';
  if (languageOf(file) === 'go') {
    for (const m of code.matchAll(GO_LEVEL_METHOD)) {
      levels.add(m[2]!.toLowerCase().replace(/^warning$/, 'warn'));
      first ??= m.index;
      name ||= m[1]!;
    }
    const pkg = first === undefined ? GO_LOG_PACKAGE.exec(code) : null;
    if (pkg) {
      for (const m of code.matchAll(GO_LEVEL_FUNC)) {
        levels.add(m[1]!.toLowerCase().replace(/^warning$/, 'warn'));
        first ??= m.index;
      }
      name = `package ${pkg[1]!}`;
    }
  } else {
    const cls = LOGGER_CLASS.exec(code);
    if (!cls) return undefined;
    name = cls[1]!;
    for (const m of code.slice(cls.index).matchAll(CLASS_LEVEL_METHOD)) {
      levels.add(m[1]!.toLowerCase().replace(/^warning$/, 'warn'));
      first ??= cls.index;
    }
  }
  return first === undefined ? undefined : { levels, line: lineAt(code, first), name };
}

/**
 * Calls of level methods in other files (`s.Errorf(`, `this.logger.warn(`, `log.Debugf(`, Kotlin's and Ruby's lazy
 * `settings.debug { "…" }` with the message in a block): not console, fmt or errors.
 */
const LEVEL_CALL = new RegExp(`(?:^|[^\\w.])(?!(?:console|fmt|errors|xerrors|pkgerrors|t|b|tb)\\.)\\w{1,40}(?:\\.\\w{1,40}){0,2}\\.(${LEVEL})(?:f|ln|w)?[ \\t]*[({]`, 'gi');

/** NestJS's Logger imported from @nestjs/common and made or called (`new Logger(X.name)`, `Logger.error(`). */
const NEST_LOGGER_IMPORT = /\bimport[ \t]*\{[^}]{0,300}\bLogger\b[^}]{0,300}\}[ \t]*from[ \t]*['"]@nestjs\/common['"]/;
const NEST_LOGGER_USE = /\bnew[ \t]+Logger[ \t]*\(|\bLogger\.(?:log|error|warn|debug|verbose|fatal)[ \t]*\(/;
/** Fastify with its logger on: `Fastify({ logger: true })`, `fastify({ logger: { level: 'info' } })`. */
const FASTIFY_LOGGER = /\b[fF]astify[ \t]*\([ \t]*\{[^)]{0,300}?\blogger[ \t]*:[ \t]*(?!false\b)(?:true\b|\{|[A-Za-z_])/;

/**
 * Go: someone else's leveled logging package, by its shape rather than by a list that cannot hold them all (bep/logg,
 * schollz/logger): an import path with a domain whose last segment, a /vN suffix aside, names a log (log, logg,
 * logger, logging, zerolog), imported by GO_LOG_IMPORTERS or more running files, one of which sets or tests its level
 * (`log.SetLevel("debug")`, `e.Level > logg.LevelInfo`) or whose level functions they call at two levels or more,
 * error among them (`log.Error(…)` and `log.Info(…)` through writeas' web-core log, `logs.Warning(…)` through Beego's
 * logs, pacman's log over zap): the level set in a config file the package reads, or left at its default, is still a
 * level. The standard library's log has no levels (its Fatal and Panic are no level calls here); a package one
 * command imports to offer its users (gum's `log` command) is not how the project logs.
 */
const GO_IMPORT = /^[ \t]*(?:import[ \t]+)?(?:([A-Za-z_]\w{0,40})[ \t]+)?"([a-z0-9-]{1,60}(?:\.[a-z0-9-]{1,60}){1,4}\/[^"\s]{1,200})"/gm;
const GO_LOG_SEGMENT = /^[\w-]{0,12}?log(?:g|ger|ging|s)?$/i;
const GO_LOG_IMPORTERS = 3;
const goLevelSwitch = (alias: string) =>
  new RegExp(`\\b${alias}\\.(?:Set(?:Log)?Level\\(|Level(?:Trace|Debug|Info|Warn|Warning|Error|Fatal)\\b|(?:Trace|Debug|Info|Warn|Warning|Error|Fatal)Level\\b)`);
/** A call of a level function through the package's name: `log.Errorf(`, `logs.Warning(`, `log.Infow(`. */
const goLevelCalls = (alias: string) => new RegExp(`\\b${alias}\\.(Trace|Debug|Info|Notice|Warn|Warning|Error|Critical)(?:f|ln|w)?[ \\t]*\\(`, 'g');
/** Distinct level functions called (error and one more) that make a package leveled without a level switch in view. */
const GO_LEVELS_CALLED = 2;

/** The leveled logging packages Go files import, as GO_IMPORT and GO_LOG_SEGMENT read them, with where a level is set. */
function goLoggingPackages(evidence: Parameters<Detector['detect']>[0]): Finding[] {
  const importers = new Map<string, number>();
  const switched = new Map<string, Finding>();
  const called = new Map<string, { levels: Set<string>; at?: Finding }>();
  for (const file of evidence.sourceFiles) {
    if (!file.endsWith('.go') || isTestFile(file) || isScaffolding(file)) continue;
    const code = evidence.code(file);
    if (!code?.includes('log')) continue;
    for (const m of code.matchAll(GO_IMPORT)) {
      const segments = m[2]!.split('/');
      if (segments.length > 2 && /^v\d+$/.test(segments.at(-1)!)) segments.pop();
      const last = segments.at(-1)!;
      if (!GO_LOG_SEGMENT.test(last)) continue;
      const path = m[2]!;
      importers.set(path, (importers.get(path) ?? 0) + 1);
      if (switched.has(path)) continue;
      const alias = m[1] && m[1] !== '_' ? m[1] : last.replace(/-/g, '_');
      if (!/^\w{1,40}$/.test(alias)) continue;
      const level = goLevelSwitch(alias).exec(code);
      if (level) {
        switched.set(path, { file, line: lineAt(code, level.index), message: '', strength: 'strong' });
        continue;
      }
      let calls = called.get(path);
      if (!calls) called.set(path, (calls = { levels: new Set() }));
      for (const c of code.matchAll(goLevelCalls(alias))) {
        const name = c[1]!.toLowerCase().replace(/^warning$/, 'warn');
        if (name === 'error') calls.at ??= { file, line: lineAt(code, c.index), message: '', strength: 'strong' };
        calls.levels.add(name);
      }
    }
  }
  const out: Finding[] = [];
  for (const [path, at] of switched) {
    const count = importers.get(path)!;
    if (count >= GO_LOG_IMPORTERS) out.push({ ...at, message: `a leveled logging package (${path}), imported by ${count} files, its level set or tested here` });
  }
  for (const [path, calls] of called) {
    const count = importers.get(path)!;
    if (switched.has(path) || count < GO_LOG_IMPORTERS || !calls.at || calls.levels.size < GO_LEVELS_CALLED) continue;
    out.push({ ...calls.at, message: `a leveled logging package (${path}), imported by ${count} files, called at ${calls.levels.size} levels (${[...calls.levels].join(', ')})` });
  }
  return out.slice(0, 3);
}

/**
 * The project's own level type (TypeScript's `type LogLevel = "error" | "warn" | "info"`, an `enum LogLevel { Error,
 * Warn, Info }` in TypeScript, C#, Java or Kotlin, Python's `class LogLevel(Enum)`): its name says log and level, and
 * its body names three levels or more, error among them.
 */
const LEVEL_TYPE = /^[ \t]*(?:export[ \t]+)?(?:(?:declare|const|public|internal)[ \t]+){0,2}(?:type|enum(?:[ \t]+class)?|class)[ \t]+(\w{0,30}Log\w{0,20}Level\w{0,10})\b/gm;
const LEVEL_WORD = new RegExp(`\\b${LEVEL}\\b`, 'gi');
/** The level names a text gives, lower-case, `warning` read as `warn`. */
const levelNamesIn = (text: string) => new Set([...text.matchAll(LEVEL_WORD)].map((w) => w[0].toLowerCase().replace(/^warning$/, 'warn')));
/**
 * The same level type written inline, as the level property of the logger's own context or options type (MikroORM's
 * `interface LogContext { level?: 'info' | 'warning' | 'error' }`, which `log(namespace, message, context)` reads): a
 * type named for a log (a capital Log that no lower-case letter follows, so Login and Catalog are not) whose body
 * gives its `level` a union of level names.
 */
const LOG_TYPE = /^[ \t]*(?:export[ \t]+)?(?:declare[ \t]+)?(?:interface|type)[ \t]+(\w{0,30}?Log(?:ger|ging)?(?![a-z])\w{0,30})\b/gm;
const LEVEL_PROPERTY = /\blevel\??[ \t]*:[ \t]*((?:['"][a-z]{3,10}['"][ \t]*\|[ \t]*){2,8}['"][a-z]{3,10}['"])/i;
/** A call through a logger held by the code: `this.connection.logger.logQuery(`, `logger.log("warn", …)`. */
const LOGGER_CALL = /\blogger\??\.\w{1,40}[ \t]*\(/i;

/**
 * A logger of the project's own whose levels are a type it declares rather than methods named for them (one
 * `log(level, message)` and methods per kind of event, behind a check of the levels switched on): the level type,
 * a logger class in the same folder that uses it, and calls through a logger from two other running files.
 */
function typedLevelsLogger(evidence: Parameters<Detector['detect']>[0], files: readonly string[]): Finding[] {
  const types: { file: string; line: number; name: string; levels: Set<string> }[] = [];
  for (const file of files) {
    const code = evidence.code(file);
    if (!code) continue;
    for (const m of code.matchAll(LEVEL_TYPE)) {
      const levels = levelNamesIn(code.slice(m.index, m.index + 400));
      if (levels.size >= 3 && levels.has('error')) types.push({ file, line: lineAt(code, m.index), name: m[1]!, levels });
    }
    for (const m of code.matchAll(LOG_TYPE)) {
      const close = code.indexOf('\n}', m.index);
      const body = code.slice(m.index, close < 0 ? m.index + 1500 : Math.min(close, m.index + 1500));
      const union = LEVEL_PROPERTY.exec(body);
      if (!union) continue;
      const levels = levelNamesIn(union[1]!);
      if (levels.size >= 3 && levels.has('error')) types.push({ file, line: lineAt(code, m.index + union.index), name: m[1]!, levels });
    }
  }
  if (types.length === 0) return [];
  const loggers = new Set<string>();
  for (const file of files) {
    const code = evidence.code(file);
    if (!code || !LOGGER_CLASS.test(code)) continue;
    if (types.some((t) => folderOf(t.file) === folderOf(file) && new RegExp(`\\b${t.name}\\b`).test(code))) loggers.add(file);
  }
  if (loggers.size === 0) return [];
  const callers = new Set<string>();
  for (const file of evidence.sourceFiles) {
    if (loggers.has(file) || isTestFile(file) || isScaffolding(file) || !evidence.mayMatch(file, HINTS)) continue;
    if (LOGGER_CALL.test(evidence.code(file) ?? '')) callers.add(file);
    if (callers.size >= 2) break;
  }
  if (callers.size < 2) return [];
  const t = types[0]!;
  return [{ file: t.file, line: t.line, message: `the project's own logger with its level type (${t.name}: ${[...t.levels].join(', ')}), used by ${loggers.size} logger class(es) and called from ${callers.size}+ files`, strength: 'strong' }];
}

/**
 * Rust's facades logged through at a level (`tracing::warn!(…)`, `log::debug!(…)`, `use tracing::{debug, warn};`): a
 * Rust library logs so and leaves the subscriber to its caller, as a Python library logs through
 * `logging.getLogger(__name__)`, so the subscriber crate is never its dependency. Two running files, as for slog (one
 * is one corner that logs), and only where the repository is a Cargo project (a Cargo.toml at its root): a Rust port
 * kept in a folder beside a library in another language (bullmq's rust/ next to its TypeScript source and its Python,
 * Elixir and PHP ports) is not how the project logs. `tracing::instrument`, `log::Level` or a span alone log nothing.
 */
const RUST_FACADE_LEVEL = /\b(?:tracing|log)::(?:trace|debug|info|warn|error)!|^[ \t]*(?:pub(?:\([\w:]{1,20}\))?[ \t]+)?use[ \t]+(?:tracing|log)::(?:\{[^}]{0,300}\b(?:trace|debug|info|warn|error)\b|(?:trace|debug|info|warn|error)\b)/m;
const NOT_RUNNING_RUST = /(^|\/)(?:bench|benches|benchmarks|examples?|fuzz)\//;
const RUST_FACADE_FILES = 2;

/** The running Rust files of a Cargo project that log through the tracing or log facade at a level, when two or more do. */
function rustFacadeLogging(evidence: Parameters<Detector['detect']>[0]): Finding[] {
  if (!evidence.fileSet.has('Cargo.toml')) return [];
  const hits: Finding[] = [];
  for (const file of evidence.sourceFiles) {
    if (!file.endsWith('.rs') || isTestFile(file) || isScaffolding(file) || NOT_RUNNING_RUST.test(file)) continue;
    const code = evidence.code(file);
    if (!code || (!code.includes('tracing') && !code.includes('log'))) continue;
    const m = RUST_FACADE_LEVEL.exec(code);
    if (m) hits.push({ file, line: lineAt(code, m.index), message: '', strength: 'strong' });
    if (hits.length >= 3) break;
  }
  if (hits.length < RUST_FACADE_FILES) return [];
  return hits.map((h) => ({ ...h, message: `the Rust crate logs through the ${/tracing/.test(evidence.code(h.file) ?? '') ? 'tracing' : 'log'} facade at its levels (${hits.length}${hits.length >= 3 ? '+' : ''} running files)` }));
}

export const leveledLogger: Detector = {
  name: 'leveledLogger',
  question: "Does the running code log through its own logger type with levels and a level switch, or a framework's leveled logger (NestJS Logger, Fastify's logger)?",
  textPatterns: [HINTS],
  detect(evidence) {
    const out: Finding[] = [];
    const files = evidence.sourceFiles.filter((f) => !isTestFile(f) && !isScaffolding(f) && evidence.mayMatch(f, HINTS));
    const definitions: { file: string; line: number; name: string; levels: Set<string> }[] = [];
    for (const file of files) {
      const code = evidence.code(file);
      if (!code) continue;
      if (languageOf(file) === 'js') {
        if (NEST_LOGGER_IMPORT.test(code) && NEST_LOGGER_USE.test(code)) {
          const m = NEST_LOGGER_USE.exec(code)!;
          out.push({ file, line: lineAt(code, m.index), message: "NestJS's Logger (@nestjs/common), a leveled logger", strength: 'strong' });
          if (out.length >= 3) break;
          continue;
        }
        const fastify = FASTIFY_LOGGER.exec(code);
        if (fastify) {
          out.push({ file, line: lineAt(code, fastify.index), message: "Fastify's logger (pino) switched on", strength: 'strong' });
          if (out.length >= 3) break;
          continue;
        }
      }
      const def = loggerDefinition(file, code);
      // Three levels or more, an error level among them, and a switch that leaves some out: a logger, not a print.
      if (def && def.levels.size >= 3 && def.levels.has('error') && LEVEL_SWITCH.test(code)) definitions.push({ file, ...def });
    }
    if (out.length === 0) out.push(...goLoggingPackages(evidence));
    if (out.length === 0) out.push(...rustFacadeLogging(evidence));
    if (out.length === 0 && definitions.length === 0) out.push(...typedLevelsLogger(evidence, files));
    if (out.length || definitions.length === 0) return out;
    // The logger is used: its level methods are called, at two levels or more, from two other running files.
    const levels = new Set(definitions.flatMap((d) => [...d.levels]));
    const defined = new Set(definitions.map((d) => d.file));
    const callers = new Set<string>();
    const called = new Set<string>();
    for (const file of evidence.sourceFiles) {
      if (defined.has(file) || isTestFile(file) || isScaffolding(file)) continue;
      const code = evidence.code(file);
      if (!code) continue;
      for (const m of code.matchAll(LEVEL_CALL)) {
        const level = m[1]!.toLowerCase().replace(/^warning$/, 'warn');
        if (!levels.has(level)) continue;
        called.add(level);
        callers.add(file);
      }
      if (called.size >= 2 && callers.size >= 2) break;
    }
    if (called.size < 2 || callers.size < 2) return [];
    return definitions.slice(0, 3).map((d) => ({ file: d.file, line: d.line, message: `the project's own leveled logger (${d.name}: ${[...d.levels].join(', ')}), called from ${callers.size}+ files`, strength: 'strong' }));
  },
};
