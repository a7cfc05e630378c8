import { isAgentTooling, isDocFile, isScaffolding, isTestFile, isTestOrTestData } from '../evidence/file-sets.js';
import type { Evidence } from '../evidence/index.js';
import { lineAt } from '../evidence/languages.js';
import { regexPattern } from '../rules/matcher-parts.js';
import { own, shipsForCallers } from './project-kind.js';
import type { Detector } from './types.js';

// What a program offers instead of an HTTP API, read from its code.
// The argument parsers of each ecosystem: Go's kong and kingpin, Python's docopt and Fire, Rust's structopt and argh,
// picocli and Clikt on the JVM, .NET's CommandLineParser and Spectre.Console.Cli, Ruby's GLI and dry-cli.
const CLI_CODE = /process\.argv|\b(commander|yargs|meow|cac|sade|clipanion|oclif)\b|\bargparse\b|\bclick\.(command|group|option)\b|\btyper\.Typer\(|\bsys\.argv\b|\bflag\.(String|Int|Bool|Duration|Parse)\(|\bos\.Args\b|spf13\/cobra|urfave\/cli|alecthomas\/(kong|kingpin)|\bkingpin\.(Parse|New)\(|\bdocopt\b|\bfire\.Fire\(|\bclap::|\bstructopt::|\bargh::|#\[derive\([^)\n]{0,100}(Parser|StructOpt|FromArgs)|std::env::args|System\.CommandLine|\bCommandLine\.Parser\b|Spectre\.Console\.Cli|\bpicocli\b|com\.github\.ajalt\.clikt|\bThor\b|\bGLI::App\b|\bDry::CLI\b|\bOptionParser\.new\b/;
// Rust's Rocket, warp, poem, salvo and tide, Starlette, aiohttp, Tornado, Sanic, Ktor and Javalin serve HTTP too.
// A Go listener on a literal address with the default mux (`ListenAndServe("localhost:6060", nil)`) is a pprof
// debug endpoint behind a flag, as the project kind reads it: it makes no program a server.
const HTTP_SERVER_CODE = /\b(express|fastify|koa|hono|restify)\(\)|@nestjs\/core|http\.createServer|\bListenAndServe(?:TLS)?\((?![ \t]*"[^"\n]{0,60}"[ \t]*,[ \t]*nil[ \t]*\))|gin\.(Default|New)\(|echo\.New\(|fiber\.New\(|\bFastAPI\(|\bFlask\(__name__|@RestController|@Controller\b|\bMapGet\(|\bWebApplication\.CreateBuilder|actix_web|\baxum::|Rails\.application|\burlpatterns\b|Sinatra::|Deno\.serve|Bun\.serve|\brocket::(build|custom)\(|#\[(rocket::)?launch\]|\bwarp::serve\(|\bpoem::Server\b|\bsalvo::Server\b|\btide::new\(|\bStarlette\(|\bweb\.Application\(|\btornado\.web\.Application\(|\bSanic\(|\bembeddedServer\(|\bJavalin\.create\(/;
// A server with no templates that answers JSON has an API to document (a FastAPI app answers JSON from every handler
// that returns data); beside templates, JSON is an API only where it shows as one (below).
const JSON_API_CODE = /\bFastAPI\(|\bres\.json\(|\.send\(\s*\{|\bJsonResponse\(|\bjsonify\(|@RestController|\[ApiController\]|render[ \t]+json:|\bc\.JSON\(|json\.NewEncoder\([ \t]*w\b|Results\.(Json|Ok)\(|\bJson\(|@ResponseBody|ctx\.body[ \t]*=[ \t]*\{|rest_framework/;
// Frameworks whose every handler answers programs (an API framework), and where an API for other programs shows: JSON
// answered from an api/ (or versioned) folder, or routes under an /api prefix or namespace. A server-rendered app that
// answers JSON only beside its templates (a `format.json` its own pages' scripts fetch) has no API for other programs.
const API_FRAMEWORK_CODE = /\bFastAPI\(|@RestController|\[ApiController\]|rest_framework|<[ \t]*Grape::API\b/;
const API_FOLDER = /(^|\/)(?:api|apis|API|Api|v\d{1,2})\//;
const API_ROUTES = /\bnamespace[ \t(]+:api\b|\bscope[ \t(]+(?:path:[ \t]*)?["']\/?api\b|["'`]\/api\/|\bpath\(["']api\//;
const ROUTES_FILE = /(^|\/)(?:config\/routes\.rb|urls\.py|routes\.(?:js|ts|py|go|php)|routes\/[^/]+\.(?:js|ts|rb|php))$/;
const TEMPLATE_FILE = /(^|\/)(templates|views|pages|layouts)\/.+\.(html|jinja2?|j2|ejs|erb|hbs|handlebars|pug|njk|cshtml|haml|slim|eta|liquid|twig|mustache|tmpl|gohtml)$|\.(cshtml|razor|erb|ejs|hbs|pug|njk|jinja2?|haml|slim|gohtml)$/;

// Rows of a command reference (a flag per row: `--top N`, `-sep`), in a list, a table or a --help listing.
const FLAG_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?`?-{1,2}[A-Za-z][\w-]*/;
// Rows of a list of subcommands, each named in code and described (`- [\`choose\`](#choose): Choose an option`,
// `| \`init\` | Create a config |`): a command reference as surely as a list of flags is.
// Counted only under a heading that names commands or usage: the same list elsewhere names dependencies or
// related projects (`* \`httpcore\` - the transport`), and a link to another site is no subcommand.
const COMMAND_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)\[?`[a-z][a-z0-9_-]{0,40}(?:[ \t][a-z][a-z0-9_-]{0,40}){0,2}`\]?(?:\((?![^)\n]{0,200}:\/\/)[^)\n]{0,200}\))?[ \t]*(?:\||:|-|–|—)[ \t]*[A-Za-z]/;
const COMMANDS_HEADING = /^(?:#{1,4}[ \t][^\n]{0,60}\b(?:sub-?)?commands?\b|#{1,4}[ \t][^\n]{0,60}\b(?:usage|CLI)\b)/i;
// Rows documenting configuration (`DATABASE_URL`, `SECRET_KEY:`) or routes (`/orders/{id}`).
const CONFIG_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)`?[A-Z][A-Z0-9_]{2,}`?[ \t]*(?:\||:|=|-|–)/;
// A setting the program reads from its configuration file, named in lower case as YAML and Ruby settings are
// (`- \`polling_interval\`: the time interval in seconds …`, `| \`batch_size\` | 500 |`): a settings reference as surely
// as the environment's variables are, but counted only under a heading that names configuration, settings or options,
// since a list of code spans elsewhere names files, methods or packages.
const SETTING_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)`[a-z][a-z0-9_.]{2,40}`[ \t]*(?:\||:|=|-|–)/;
const SETTINGS_HEADING = /^#{1,6}[ \t][^\n]{0,60}\b(?:configuration|configuring|settings|options|config)\b/i;
const ROUTE_ROW = /^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)`?\/[\w/{}:.<>-]*`?[ \t]*(?:\||:|-|–)/;
const CLI_REFERENCE_FILE = /(^|\/)(docs?\/(cli|commands?|usage|reference|options)(\.(md|rst|adoc|txt)|\/[^\n]{1,200}\.(md|rst|adoc|txt))|man\/[^\n]{1,200}\.[1-8](\.md)?|[^/]{0,80}[A-Za-z_-]\.[1-8]\.(md|ronn))$/i;
// The content folder of a docs site's source holds its pages as docs/ does (Zola's and Hugo's
// website/content/usage/index.md): a page under content/<topic>/ or named content/<topic>.md, read by its path's parts.
const DOC_EXTENSION = /\.(?:md|rst|adoc|txt)$/i;
function inSiteContent(file: string, topics: RegExp): boolean {
  const parts = file.split('/');
  for (let i = 0; i < parts.length - 1; i++) {
    if (parts[i] !== 'content') continue;
    const topic = parts[i + 1]!;
    if (i + 2 === parts.length ? topics.test(topic.replace(DOC_EXTENSION, '')) && DOC_EXTENSION.test(topic) : topics.test(topic) && DOC_EXTENSION.test(file)) return true;
  }
  return false;
}
const CLI_TOPIC = /^(?:cli|commands?|usage|reference|options)$/i;
const CONFIG_TOPIC = /^(?:configuration|config|settings|routes|environment)$/i;
const isCliReference = (f: string) => CLI_REFERENCE_FILE.test(f) || inSiteContent(f, CLI_TOPIC);
const isConfigReference = (f: string) => CONFIG_REFERENCE_FILE.test(f) || CONFIG_REFERENCE_NAMED.test(f) || ROOT_CONFIG_REFERENCE.test(f) || inSiteContent(f, CONFIG_TOPIC);
/**
 * A man page in roff, wherever the project keeps it (`doc/tool.1`, `man/tool.8`, `tool.1` at the root): a file named
 * for its manual section whose text opens a page with the title macro (`.TH TOOL 1`). It is not a doc file by its
 * extension, so the Markdown forms above never see it; a template a build fills in (`template.rg.1`) is one too.
 */
const ROFF_MAN_PAGE = /(^|\/)[\w.-]{1,80}\.[1-8]$/;
const ROFF_TITLE = /^\.TH[ \t]/m;
/**
 * The same page in the source a man-page generator renders: scdoc (`tool.1.scd`), ronn, pandoc or go-md2man Markdown,
 * Asciidoctor, Sphinx's man builder or POD, named for its section (`tool.5.scd`). It opens as a man page does: a
 * `TOOL(1)` title, or a NAME section first. A name ending in a version (`changes-1.9.1.md`, `v0.5.md`) is release
 * notes, and a page without that opening is some other document.
 */
const MAN_SOURCE = /(^|\/)[\w.-]{0,80}[A-Za-z_-]\.[1-8]\.(?:scd|ronn|md|adoc|asciidoc|rst|pod|txt)$/;
const MAN_SOURCE_TITLE = /^(?:%[ \t]+)?[\w.-]{1,60}\([1-8]\)|^(?:#{1,2}|={1,2}|=head1)[ \t]+NAME[ \t]*$|^NAME[ \t]*\n[=~^*+#-]{3,}[ \t]*$/m;
function manPage(evidence: Evidence): string | undefined {
  const opens = (f: string, title: RegExp) => !isScaffolding(f) && !isTestOrTestData(f) && title.test((evidence.text(f) ?? '').slice(0, 4000));
  return evidence.files.find((f) => (ROFF_MAN_PAGE.test(f) && opens(f, ROFF_TITLE)) || (MAN_SOURCE.test(f) && opens(f, MAN_SOURCE_TITLE)));
}
// A terminal UI's commands are its key bindings (docs/keybindings.md, docs/keybindings/Keybindings_en.md).
const KEYBINDINGS_FILE = /(^|\/)docs?\/key-?bindings?(\/[^/\n]{1,200})?\.(md|rst|adoc|txt)$/i;
const AGENT_INSTRUCTIONS = /^(AGENTS|CLAUDE|GEMINI)\.md$/i;
// An example configuration the operator copies (`.env.example`, `config/app.toml.example`) documents the settings when
// its comments explain them: lines of prose, not settings commented out (`# DATABASE_HOST=db`). The env file itself,
// committed as the operator's template (microbin's `.env`: each setting explained, with its default, and left commented
// out or exported; a compose stack's `docker-compose.env`), documents them the same way.
const EXAMPLE_CONFIG_FILE = /(^|\/)(?:\.env(?:\.(?:example|sample|template|dist))?|[^/]+\.env|[^/]+\.(?:env|toml|ya?ml|ini|conf|cfg|properties)\.(?:example|sample|dist|template))$/;
const PROSE_COMMENT = /^[ \t]*(?:#|;|\/\/)[ \t]*(?![\w.-]{1,60}[ \t]*[=:])[A-Za-z(][^\n]{0,300}?\b[a-z]{2,}[ \t]+[a-z]{2,}\b/;
// A user guide that walks through the pages: a server-rendered UI's interface is its pages, as a CLI's is its commands.
const USER_GUIDE_FOLDER = /^(?:user[-_ ]?guides?|user[-_ ]?manual|manual|guides?|handbook)$/i;
const isUserGuidePage = (file: string) => {
  const parts = file.split('/');
  return /\.(?:md|mdx|rst|adoc)$/i.test(file) && parts.slice(0, -2).some((p, i) => /^docs?$/i.test(p) && USER_GUIDE_FOLDER.test(parts[i + 1]!));
};
const CONFIG_REFERENCE_FILE = /(^|\/)docs?\/(configuration|config|settings|routes|environment)(\.(md|rst|adoc|txt)|\/.+\.(md|rst|adoc|txt))$/i;
// The same reference kept at the root beside the README, as its other top guides are (sonic's CONFIGURATION.md: every
// key of its configuration file with its allowed values). A module's own CONFIGURATION.md deeper down is not read here.
const ROOT_CONFIG_REFERENCE = /^configuration\.(?:md|rst|adoc)$/i;
// The same page named for what it lists (docs/environment-variables.md, docs/configuration-options.md, docs/env-vars.md):
// the single reference of a program's settings, under the name operators look for.
const CONFIG_REFERENCE_NAMED = /(^|\/)docs?\/(?:(?:configuration|config|settings|environment)[-_](?:variables|vars|options|reference)|env[-_]vars?)\.(?:md|rst|adoc|txt)$/i;

// A library's API is its public interface. Its doc comments, written in the form its ecosystem's generator renders
// (JSDoc/TSDoc and Javadoc/KDoc tags, .NET XML doc comments, Sphinx field lists, Google- and NumPy-style docstring
// sections Sphinx's napoleon and mkdocstrings render, YARD tags, rustdoc's section headings), are its API reference
// as surely as a docs.rs link is a crate's: editors show them and TypeDoc, javadoc, autodoc, YARD or rustdoc publish
// them without more. A section heading counts only alone on its line inside the comment (`    Args:`, `/// # Errors`).
const DOC_COMMENT_TAG = /^[ \t]*\*[ \t]*@(?:param|returns?|example|throws)\b|^[ \t]*\/\/\/[ \t]*<(?:summary|param|returns)\b|^[ \t]*:(?:param|returns?|raises)\b[^:\n]{0,60}:|^[ \t]+(?:Args|Arguments|Returns|Raises|Yields|Parameters):[ \t]*$|^[ \t]+(?:Parameters|Returns|Raises|Yields)[ \t]*\n[ \t]+-{4,}[ \t]*$|^[ \t]*#[ \t]*@(?:param|return|raise|yieldparam|example)\b|^[ \t]*\/\/[/!][ \t]*#[ \t]+(?:Examples?|Errors|Panics|Safety|Arguments)[ \t]*$/gm;
const LIBRARY_SOURCE = /\.(?:js|mjs|cjs|ts|mts|cts|tsx|jsx|java|kt|cs|py|rb|rs)$/;
// A docs site built from the repository (MkDocs, Sphinx, also in its docs/source/ layout, Docusaurus, VitePress,
// mdBook, Antora): for a library, its pages teach its calls; for an application they would be a user guide, which is
// why only libraries are asked.
const DOCS_SITE_CONFIG = /(^|\/)(?:mkdocs\.ya?ml|docs?\/(?:source\/)?conf\.py|docusaurus\.config\.(?:js|ts|mjs)|\.vitepress\/config\.(?:js|ts|mjs|mts)|book\.toml|antora\.ya?ml)$/;

const ROOT_SPHINX_CONFIG = /^docs?\/(?:source\/)?conf\.py$/;

/** The code patterns as the evidence's literal prefilter knows them ("/source/"): a file without their literals is not tested. */
const CODE_PATTERNS = new Map([CLI_CODE, HTTP_SERVER_CODE, JSON_API_CODE, API_FRAMEWORK_CODE].map((re) => [re, regexPattern(re)]));
const DOC_TAG_PATTERN = regexPattern(DOC_COMMENT_TAG);

/**
 * How a library documents its public interface in the repository: doc comments its generator renders (at least
 * `minTags` tag lines in its shipped source), or a docs site of at least `minPages` pages.
 */
function libraryReference(evidence: Evidence, docs: string[], minTags: number, minPages: number): { file: string; line: number; message: string } | undefined {
  let tags = 0;
  let first: { file: string; line: number } | undefined;
  for (const file of evidence.sourceFiles) {
    if (!LIBRARY_SOURCE.test(file) || !own(file) || isTestFile(file) || !evidence.mayMatch(file, DOC_TAG_PATTERN)) continue;
    const text = evidence.text(file) ?? '';
    for (const m of text.matchAll(DOC_COMMENT_TAG)) {
      first ??= { file, line: lineAt(text, m.index) };
      tags++;
    }
    if (tags >= minTags) return { ...first!, message: `documents its public interface in doc comments (${tags}+ @param/@returns-style tags a doc generator renders)` };
  }
  // A docs folder is not code the project ships, but the Sphinx config at the top of its own docs folder builds its site.
  const config = evidence.files.find((f) => DOCS_SITE_CONFIG.test(f) && (own(f) || ROOT_SPHINX_CONFIG.test(f)));
  if (config) {
    // Its pages: under the config's folder (docs/conf.py), or a docs folder beside a root config (mkdocs.yml).
    const dir = config.slice(0, config.lastIndexOf('/') + 1).replace(/(^|\/)\.vitepress\/$/, '$1');
    const pages = docs.filter((f) => f.startsWith(dir) && (dir !== '' || /^(docs?|content|pages|website)\//.test(f)) && /\.(md|mdx|rst|adoc)$/.test(f)).length;
    if (pages >= minPages) return { file: config, line: 1, message: `a docs site of ${pages} pages (${config}) documents the library's public interface` };
  }
  return readmeReference(evidence);
}

/** The README at the root, where a library that keeps no docs folder documents its calls. */
const ROOT_README = /^README(?:\.(?:md|markdown|rst|adoc|rdoc))?$/i;
/** A code example's fence in Markdown (it opens and closes the block), or a code directive or a literal block's `::` in reStructuredText. */
const CODE_FENCE = /^[ \t]{0,3}(?:```|~~~)[ \t]{0,4}[\w+-]{0,20}[ \t\r]{0,8}$/gm;
const RST_CODE_BLOCK = /^\.\.[ \t]+(?:code|code-block|sourcecode)::|^[^\n]{0,200}::[ \t]*$/gm;
/** The fewest lines of text and code examples of a README that walks through a library's calls one by one. */
const REFERENCE_README_LINES = 100;
const REFERENCE_README_EXAMPLES = 8;

/**
 * A library's README that documents its public interface: one long enough to walk through its calls and options with
 * an example each (connection_pool's `with`/`then`/`shutdown`/`reload` sections, searchkick's querying, indexing and
 * aggregations), as readers count it for a gem or a package with no docs folder (calibration round 24). A README of an
 * install line and one example is an introduction, not a reference: it needs both the length and the examples.
 */
function readmeReference(evidence: Evidence): { file: string; line: number; message: string } | undefined {
  const readme = evidence.files.find((f) => ROOT_README.test(f));
  if (!readme) return undefined;
  const text = evidence.text(readme) ?? '';
  const examples = readme.endsWith('.rst') ? [...text.matchAll(RST_CODE_BLOCK)].length : Math.floor([...text.matchAll(CODE_FENCE)].length / 2);
  const lines = text.split('\n').filter((l) => l.trim().length > 3).length;
  if (lines < REFERENCE_README_LINES || examples < REFERENCE_README_EXAMPLES) return undefined;
  return { file: readme, line: 1, message: `the README documents the library's public interface (${lines} lines, ${examples} code examples)` };
}

type Kind = 'cli' | 'server-rendered';

/** Whether the server answers other programs: an API framework, JSON answered from an api folder, or /api routes. */
function apiForPrograms(evidence: Evidence, code: string[]): boolean {
  const answers = (re: RegExp, files: string[]) => {
    const pattern = CODE_PATTERNS.get(re)!;
    return files.some((f) => evidence.mayMatch(f, pattern) && re.test(evidence.code(f) ?? ''));
  };
  if (answers(API_FRAMEWORK_CODE, code)) return true;
  const json = code.filter((f) => evidence.mayMatch(f, CODE_PATTERNS.get(JSON_API_CODE)!) && JSON_API_CODE.test(evidence.code(f) ?? ''));
  if (json.length === 0) return false;
  if (json.some((f) => API_FOLDER.test(f))) return true;
  // Routes under an /api prefix, in the routes file or in the code that answers JSON.
  return [...json, ...code.filter((f) => ROUTES_FILE.test(f))].some((f) => API_ROUTES.test(evidence.code(f) ?? ''));
}

/** What the project is, when it is a kind whose interface is not an HTTP API: a CLI, or a server that renders pages. */
function kindOf(evidence: Evidence): { kind: Kind; file: string } | undefined {
  // The files that ship, as the project kind reads them: an integration-test harness that writes a server is no server.
  const code = evidence.sourceFiles.filter(own);
  // The comment-free text holds no literal its whole text lacks (a comment becomes a space): ask the prefilter first.
  const find = (re: RegExp) => {
    const pattern = CODE_PATTERNS.get(re)!;
    return code.find((f) => evidence.mayMatch(f, pattern) && re.test(evidence.code(f) ?? ''));
  };
  const server = find(HTTP_SERVER_CODE);
  if (!server) {
    const bin = evidence.packageJsons.find((p) => (p.data as { bin?: unknown }).bin);
    if (bin) return { kind: 'cli', file: bin.file };
    const pyScripts = evidence.files.find((f) => /(^|\/)(pyproject\.toml|setup\.cfg|setup\.py)$/.test(f) && /\[project\.scripts\]|\[tool\.poetry\.scripts\]|console_scripts/.test(evidence.text(f) ?? ''));
    if (pyScripts) return { kind: 'cli', file: pyScripts };
    const cli = find(CLI_CODE);
    return cli ? { kind: 'cli', file: cli } : undefined;
  }
  const templates = evidence.files.some((f) => TEMPLATE_FILE.test(f) && !isScaffolding(f) && !isTestFile(f));
  // JSON beside templates may only feed the app's own pages; without templates, JSON answers are its API.
  if (templates ? apiForPrograms(evidence, code) : find(JSON_API_CODE)) return undefined;
  if (templates) return { kind: 'server-rendered', file: server };
  // A command that serves files or pages it builds in code (no templates) and answers no program in JSON is used
  // through its command line: its flags are its interface, as a CLI's are. The flags must be parsed beside the
  // server (one program); a release script or a tool elsewhere in the repository makes no server a command.
  const dir = server.slice(0, server.lastIndexOf('/') + 1);
  const pattern = CODE_PATTERNS.get(CLI_CODE)!;
  const cli = code.find((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/') && evidence.mayMatch(f, pattern) && CLI_CODE.test(evidence.code(f) ?? ''));
  return cli ? { kind: 'cli', file: cli } : undefined;
}

/** The first doc file with at least `min` rows of a kind, and the line of its first row. */
function rowsIn(evidence: Evidence, docs: string[], row: RegExp, min: number, section?: RegExp): { file: string; line: number; rows: number } | undefined {
  for (const file of docs) {
    const lines = (evidence.text(file) ?? '').split('\n');
    let first = 0;
    let rows = 0;
    // With a section pattern, rows count only under a heading it matches (until the next heading of any kind).
    let inSection = !section;
    lines.forEach((l, i) => {
      if (section && /^#{1,6}[ \t]/.test(l)) inSection = section.test(l);
      if (!inSection) return;
      // A shell command continued over lines (`--init_from=gpt2 \`) is a usage example, not a reference row.
      if (!row.test(l) || /\\[ \t]*$/.test(l) || (i > 0 && /\\[ \t]*$/.test(lines[i - 1]!))) return;
      rows++;
      if (!first) first = i + 1;
    });
    if (rows >= min) return { file, line: first, rows };
  }
  return undefined;
}

/**
 * A CLI's API is its command reference, and a server-rendered app with no API for other programs documents its
 * routes or its configuration instead (rubric, Documentation L2). Silent for any other kind of project.
 */
export const interfaceReference: Detector = {
  name: 'interfaceReference',
  question: "Does a CLI document its commands and flags, a library its public interface (doc comments a generator renders, a docs site, a README that walks through its calls with an example each), or a server-rendered app with no API its routes or configuration?",
  textPatterns: [...CODE_PATTERNS.values(), DOC_TAG_PATTERN],
  detect(evidence, options) {
    const minRows = typeof options.minRows === 'number' ? options.minRows : 2;
    // Instructions for coding agents (AGENTS.md, CLAUDE.md) tell them how to work on the code, not users how to use it.
    const docs = evidence.files.filter((f) => isDocFile(f) && !isScaffolding(f) && !isAgentTooling(f) && !AGENT_INSTRUCTIONS.test(f));
    if (shipsForCallers(evidence)) {
      const minTags = typeof options.minDocTags === 'number' ? options.minDocTags : 20;
      const minPages = typeof options.minSitePages === 'number' ? options.minSitePages : 10;
      const reference = libraryReference(evidence, docs, minTags, minPages);
      if (reference) return [{ ...reference, strength: 'strong' }];
    }
    const kind = kindOf(evidence);
    if (!kind) return [];
    if (kind.kind === 'cli') {
      const file = docs.find((f) => isCliReference(f) || KEYBINDINGS_FILE.test(f));
      if (file) return [{ file, line: 1, message: `command reference ${file}`, strength: 'strong' }];
      const man = manPage(evidence);
      if (man) return [{ file: man, line: 1, message: `command reference ${man} (a man page)`, strength: 'strong' }];
      // A command's configuration file is part of its interface, as a server-rendered app's settings are of its.
      const config = docs.find(isConfigReference);
      if (config) return [{ file: config, line: 1, message: `configuration reference ${config} of a command-line program`, strength: 'strong' }];
      const rows = rowsIn(evidence, docs, FLAG_ROW, minRows);
      if (rows) return [{ file: rows.file, line: rows.line, message: `documents ${rows.rows} command-line flags (the CLI's command reference)`, strength: 'strong' }];
      // Three subcommands at least: two code spans in a list may be anything (two files, two shell commands).
      const commands = rowsIn(evidence, docs, COMMAND_ROW, Math.max(minRows, 3), COMMANDS_HEADING);
      if (commands) return [{ file: commands.file, line: commands.line, message: `documents ${commands.rows} subcommands (the CLI's command reference)`, strength: 'strong' }];
      return [{ file: kind.file, line: 1, message: 'a command-line program whose flags and commands are documented nowhere', strength: 'weak' }];
    }
    const file = docs.find(isConfigReference);
    if (file) return [{ file, line: 1, message: `configuration or routes reference ${file}`, strength: 'strong' }];
    const rows = rowsIn(evidence, docs, CONFIG_ROW, minRows) ?? rowsIn(evidence, docs, ROUTE_ROW, minRows) ?? rowsIn(evidence, docs, SETTING_ROW, Math.max(minRows, 3), SETTINGS_HEADING);
    if (rows) return [{ file: rows.file, line: rows.line, message: `documents ${rows.rows} settings or routes of a server-rendered app`, strength: 'strong' }];
    const guide = docs.filter(isUserGuidePage);
    if (guide.length >= 5) return [{ file: guide[0]!, line: 1, message: `a user guide of ${guide.length} pages documents the pages of a server-rendered app`, strength: 'strong' }];
    const minComments = typeof options.minConfigComments === 'number' ? options.minConfigComments : 15;
    for (const example of evidence.files.filter((f) => EXAMPLE_CONFIG_FILE.test(f) && own(f))) {
      const comments = (evidence.text(example) ?? '').split('\n').filter((l) => PROSE_COMMENT.test(l)).length;
      if (comments >= minComments) return [{ file: example, line: 1, message: `documents its configuration in ${example} (${comments} lines explaining the settings)`, strength: 'strong' }];
    }
    return [{ file: kind.file, line: 1, message: 'a server-rendered app whose routes and configuration are documented nowhere', strength: 'weak' }];
  },
};
