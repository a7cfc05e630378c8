import type { Evidence } from '../evidence/index.js';
import { answeredOncePerPath, BENCHMARK_FOLDERS, DOC_FOLDERS, except, inFolderNamed, isScaffolding, isTestFile, SAMPLE_FOLDERS, TEST_DATA_FOLDERS, TEST_FOLDERS, VENDORED_FOLDERS } from '../evidence/file-sets.js';
import { goModulePath, normalizePythonName } from '../evidence/manifests.js';
import { lineAt } from '../evidence/languages.js';
import { oncePerEvidence } from '../evidence/shared-answer.js';
import { unshippedPythonFolders } from './python-packaging.js';
import { runMatcher } from '../findings/matchers.js';
import { compilePattern } from '../rules/pattern.js';
import { textPatternsOf } from '../rules/matcher-parts.js';
import type { Matcher } from '../rules/schema.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// What the project is, from evidence the engine already has, so a rule that presupposes a server, a database or a
// user interface can say it does not apply (rubric: "a library with no external input needs no request validation,
// a CLI has no HTTP endpoints"). The kinds, strongest first:
//   service  it serves requests: a web or RPC framework its running code uses, a socket it listens on, a port its
//            image exposes, a Procfile web process;
//   app      a user interface people run: a web page, an Android/iOS/Flutter/Electron app, a private package.json;
//   cli      a command: package.json bin, Python console scripts, a Go main package, a Rust binary, a gem's exe/,
//            a .NET Exe project, a Gradle application;
//   library  a package other code imports: a published package.json, a Python package, a Go module whose root
//            package is not main (or with no main package at all), a Rust lib crate, a gem, a packable .NET project,
//            a Gradle java-library;
//   unknown  none of these shown: every rule applies, as before.
// Only "cli" and "library" take rules away, and only when nothing of a service or an app is seen: a web app
// misread as a library would lose rules, so a server framework in use or a deployment keeps everything applicable.
// Serving code of the repository's own (a socket, a controller) does too, unless it is a library first: it ships
// packages and no command, app or deployment of its own, so that code is a helper it offers callers (a framework's
// listen()) or a side project kept beside it (a badge function, a sample host).

export type ProjectKind = 'service' | 'app' | 'cli' | 'library' | 'unknown';

export interface KindVerdict {
  kind: ProjectKind;
  /** The evidence for the kind (empty for unknown). */
  because: Finding[];
}

/** Serving code in JS/TS: a server created or listening, a response sent (servesOnlyInTemplates reads it again). */
const JS_SERVING = '/\\b(?:http|https|net)\\.createServer\\(|\\.listen\\([ \\t]*(?:\\d{2,5}|port|PORT|process\\.env\\.PORT)\\b|\\bDeno\\.serve\\(|\\bBun\\.serve\\(|\\bres\\.(?:status|sendStatus|render|send)\\([^)\\n]/';

/** Where request-serving code shows itself, per language (source files of the running project only). */
const SERVER_TEXT: { text: string; in: string[] }[] = [
  { text: JS_SERVING, in: ['@source', '!**/*.{py,go,java,kt,rb,cs,rs}'] },
  // A listener on a literal address with the default mux and no handler of its own is a pprof debug endpoint.
  { text: '/\\bhttp\\.(?:HandleFunc|Handle|ResponseWriter|Serve)\\b|\\.ListenAndServe(?:TLS)?\\((?![ \\t]*"[^"\\n]{0,60}"[ \\t]*,[ \\t]*nil[ \\t]*\\))|\\bnet\\.Listen\\(|\\bgrpc\\.NewServer\\(/', in: ['**/*.go', '!@tests'] },
  { text: '/\\bTcpListener::bind\\(|\\bUdpSocket::bind\\(|\\bHttpServer::new\\(|\\baxum::serve\\(|\\bServer::bind\\(|\\bwarp::serve\\(|\\brocket::build\\(|#\\[(?:rocket::)?launch\\]|\\btonic::transport::Server\\b/', in: ['**/*.rs', '!@tests'] },
  { text: '/\\b(?:asyncio\\.start_server|socketserver\\.\\w*Server|HTTPServer|ThreadingHTTPServer|web\\.run_app|uvicorn\\.run|app\\.run)\\(/', in: ['**/*.py', '!@tests'] },
  { text: '/@(?:RestController|Controller|SpringBootApplication|Path|WebServlet)\\b|\\bembeddedServer\\(|\\bHttpServer\\.create\\(/', in: ['**/*.{java,kt}', '!@tests'] },
  { text: '/\\bWebApplication\\.Create(?:Slim)?Builder\\(|\\[ApiController\\]|\\.UseStartup<|\\bWebHost\\.|\\.MapControllers\\(|\\bTcpListener\\(/', in: ['**/*.cs', '!@tests'] },
  { text: '/\\bRails\\.application\\b|<[ \\t]*Sinatra::(?:Base|Application)\\b|<[ \\t]*Grape::API\\b|\\bRoda\\b|\\bTCPServer\\.new\\(/', in: ['**/*.rb', '!@tests'] },
];

const SERVER_LIBRARIES: Matcher[] = [
  { library: { npm: ['express', 'fastify', 'koa', '@hapi/hapi', '@nestjs/core', 'next', 'nuxt', '@sveltejs/kit', '@remix-run/node', '@remix-run/server-runtime', 'hono', 'restify', 'polka', '@adonisjs/core', 'sails', '@loopback/core', '@feathersjs/feathers', '@apollo/server', 'apollo-server', 'apollo-server-express', 'graphql-yoga', '@trpc/server', 'elysia', 'h3'] } },
  { library: { pypi: ['django', 'flask', 'fastapi', 'starlette', 'tornado', 'sanic', 'falcon', 'pyramid', 'bottle', 'quart', 'litestar', 'cherrypy', 'aiohttp-wsgi'] }, modules: ['django', 'flask', 'fastapi', 'starlette', 'tornado', 'sanic', 'falcon', 'pyramid', 'bottle', 'quart', 'litestar', 'cherrypy'] },
  { library: { go: ['github.com/gin-gonic/gin', 'github.com/labstack/echo/v4', 'github.com/labstack/echo', 'github.com/gofiber/fiber/v2', 'github.com/gofiber/fiber/v3', 'github.com/go-chi/chi/v5', 'github.com/go-chi/chi', 'github.com/gorilla/mux', 'github.com/valyala/fasthttp', 'github.com/julienschmidt/httprouter', 'github.com/beego/beego/v2'] } },
  { library: { maven: ['org.springframework.boot:spring-boot-starter-web', 'org.springframework.boot:spring-boot-starter-webflux', 'io.quarkus:quarkus-resteasy', 'io.quarkus:quarkus-rest', 'io.micronaut:micronaut-http-server-netty', 'io.ktor:ktor-server-core', 'io.ktor:ktor-server-netty', 'io.javalin:javalin', 'com.sparkjava:spark-core'] }, use: '@RestController|@Controller\\b|@GetMapping|@RequestMapping|@Path\\(|embeddedServer\\(|Javalin\\.create\\(|routing \\{' },
  { library: { gem: ['rails', 'sinatra', 'grape', 'hanami', 'roda', 'puma'] } },
  { library: { cargo: ['axum', 'actix-web', 'rocket', 'warp', 'poem', 'tide', 'salvo', 'tower-http'] } },
  // Long-running processes that take outside input without HTTP: queue workers, chat bots, dashboard servers.
  { library: { pypi: ['celery', 'rq', 'dramatiq', 'streamlit', 'gradio', 'dash', 'discord.py', 'python-telegram-bot', 'aiogram', 'slack-bolt'] }, modules: ['celery', 'rq', 'dramatiq', 'streamlit', 'gradio', 'dash', 'discord', 'telegram', 'aiogram', 'slack_bolt'] },
  { library: { npm: ['discord.js', 'telegraf', 'grammy', '@slack/bolt', 'bullmq', 'bull'] } },
  { library: { gem: ['sidekiq', 'resque', 'discordrb', 'telegram-bot-ruby'] } },
];

/** Desktop user interfaces: an app, not a library or a command. */
const UI_LIBRARIES: Matcher[] = [
  { library: { pypi: ['pyqt5', 'pyqt6', 'pyside2', 'pyside6', 'wxpython', 'kivy', 'toga'] }, modules: ['PyQt5', 'PyQt6', 'PySide2', 'PySide6', 'wx', 'kivy', 'toga', 'tkinter'] },
  { library: { cargo: ['tauri', 'eframe', 'egui', 'iced', 'slint', 'gtk', 'gtk4'] } },
  { library: { go: ['fyne.io/fyne/v2', 'github.com/wailsapp/wails/v2', 'gioui.org'] } },
  { library: { maven: ['org.openjfx:javafx-controls', 'org.openjfx:javafx-fxml'] } },
];

const OWN_SERVING = 'serves requests';
const WORKSPACE_PACKAGE = 'a published workspace package (package.json declares what importers load)';
const SERVER_MATCHERS: Matcher[] = [...SERVER_TEXT.map((t) => ({ ...t, message: OWN_SERVING })), ...SERVER_LIBRARIES];

/** A project file that ships, not a test, an example, a fixture or documentation. */
export function own(file: string): boolean {
  return ownAnswer(file);
}

// The answer depends on the path alone, and the kind's signs ask it of every file many times over (profiled: ~0.1 s
// on a 3k-file tree).
const ownAnswer = answeredOncePerPath((file) => !isTestFile(file) && !isScaffolding(file) && !NOT_OWN_FOLDER.test(file) && !inTestModule(file), 200_000);

// Folders whose files do not ship. Unlike the shared groups: integration/ and profiling/ too; __tests__/, __fixtures__/
// and __mocks__/ not (isTestFile covers their code); of the sample folders only examples/ and samples/ (isScaffolding
// covers _examples/ and the sample apps; unlike it, this one also leaves out a JVM package path such as com/example/).
export const NOT_OWN_FOLDER = inFolderNamed(
  [
    ...except(TEST_FOLDERS, '__tests__'),
    'integration',
    'acceptance',
    ...except(TEST_DATA_FOLDERS, '__fixtures__', '__mocks__'),
    ...DOC_FOLDERS,
    // A documentation site's own folder (docs-v3/, docs-site/, api-docs/) is the docs, deployed or not.
    'docs?[-_.][\\w.-]{1,40}',
    '[\\w.-]{1,40}[-_]docs?',
    ...except(SAMPLE_FOLDERS, '_examples?', 'example[-_]apps?', 'sample[-_]apps?', '(?:examples?|samples?|demos?)[-_][^/]{1,60}'),
    // Benchmark projects (benches/, bench/, benchmarks/: a BenchmarkDotNet console, a bench harness) measure the project; they are not a command it ships.
    ...BENCHMARK_FOLDERS,
    'profiling',
    ...VENDORED_FOLDERS,
  ],
  'i',
);

/** Whether a folder on the path is a module named for testing (android-test-app/, module-tests/, test-server/): a harness around the project. */
function inTestModule(file: string): boolean {
  const folders = file.split('/').slice(0, -1);
  return folders.some((folder) => {
    const words = folder.toLowerCase().split(/[-_]/);
    return words.length > 1 && words.some((w) => w === 'test' || w === 'tests' || w === 'testing');
  });
}

// Sign searches run once per grade: deciding the kind asks for the CLI and library signs up to four times.
const cliSigns = oncePerEvidence(findCliSigns);
const librarySigns = oncePerEvidence(findLibrarySigns);

/** The project's kind, decided once per grade. */
export const projectKind = oncePerEvidence(decide);

function decide(evidence: Evidence): KindVerdict {
  // A Rails engine is a library a host app mounts: the app it can be run in (a dummy or example app, a Procfile that
  // serves the demo) is not the project's own server.
  // So is a reusable Django app, and the templates it bundles are pages its host project renders.
  const djangoApp = djangoExtension(evidence);
  const service = railsEngine(evidence) || djangoApp ? [] : serverSigns(evidence);
  if (service.length) return { kind: 'service', because: service };
  const app = appSigns(evidence, djangoApp ? (f) => /(^|\/)templates\//.test(f) : undefined);
  if (app.length) return { kind: 'app', because: app };
  const cli = cliSigns(evidence);
  if (cli.length) return { kind: 'cli', because: cli };
  const library = librarySigns(evidence);
  if (library.length) return { kind: 'library', because: library };
  return { kind: 'unknown', because: [] };
}

/**
 * Whether the repository ships a gem that plugs into a host Rails app as an engine (a `< Rails::Engine` class under
 * lib/, in whatever file: devise declares its engine in lib/devise/rails.rb) and holds no Rails app of its own. A
 * Railtie only hooks a gem into Rails; it says nothing against a web process the gem deploys.
 */
function railsEngine(evidence: Evidence): boolean {
  if (evidence.fileSet.has('config/application.rb') || !evidence.files.some((f) => /^(?:[^/]+\/)?[^/]+\.gemspec$/.test(f))) return false;
  return evidence.sourceFiles.some((f) => f.endsWith('.rb') && /(^|\/)lib\//.test(f) && !!evidence.text(f)?.includes('Rails::Engine') && /<[ \t]*(?:::)?Rails::Engine\b/.test(evidence.code(f) ?? ''));
}

/**
 * Whether the repository ships a Python package that plugs into a host Django project (a reusable app: an auth
 * backend, a channel layer, an admin add-on) and holds no Django project of its own. A Django project is its settings
 * module (a `settings.py` or `settings/` that lists INSTALLED_APPS); the ones a reusable app keeps are its test
 * project (tests/, a folder its packaging leaves out), its examples, a sandbox to try it in, or the project template it
 * hands its users, none of which it ships. Like a Rails engine, it is a library its callers run.
 */
function djangoExtension(evidence: Evidence): boolean {
  if (!librarySigns(evidence).some((f) => f.message.startsWith('a Python'))) return false;
  const unshipped = unshippedPythonFolders(evidence);
  let settings = 0;
  for (const file of evidence.files) {
    if (!DJANGO_CONFIG_FILE.test(file) || !evidence.text(file)?.includes('INSTALLED_APPS') || !/^[ \t]*INSTALLED_APPS[ \t]*[=+]/m.test(evidence.code(file) ?? '')) continue;
    if (own(file) && !NOT_A_DJANGO_PROJECT.test(file) && !unshipped.some((folder) => file.startsWith(folder))) return false;
    settings++;
  }
  // A package that never runs Django in any project, even a test one, says nothing of Django by this path.
  return settings > 0;
}
/**
 * A file that configures Django: settings.py, a settings/ package's modules, one named for its use (test_settings.py),
 * or pytest's conftest.py, where a test suite configures Django in code (`settings.configure(INSTALLED_APPS=…)`).
 * Wider than secret-use's DJANGO_SETTINGS_FILE, which asks whether a SECRET_KEY is Django's own slot: here any project
 * that runs Django, a test one included, counts.
 */
const DJANGO_CONFIG_FILE = /(?:^|\/)(?:[\w-]{0,40}settings[\w-]{0,40}\.py|settings\/[\w-]{1,60}\.py|conftest\.py)$/;
/** Where a reusable app keeps the projects it does not ship: a sandbox to try it in, a project template it hands out. */
const NOT_A_DJANGO_PROJECT = /(?:^|\/)(?:sandbox|testapp|test_project|testproject|project_template|[\w-]{0,40}_template|t)\//;

/**
 * The names the repository's own packages go by: its root package.json, its Python packages (a folder with
 * __init__.py at the root or under src/), its gem, its Go module, its root crate. A web framework's repository imports
 * itself everywhere (starlette/routing.py imports starlette): that is the framework being written, not a server it runs.
 */
function ownPackageNames(evidence: Evidence): Set<string> {
  const names = new Set<string>();
  // Every package of an npm workspace is the project's own too (feathers' packages import @feathersjs/feathers).
  for (const manifest of evidence.packageJsons) {
    const npmName = (manifest.data as Record<string, unknown>).name;
    if (typeof npmName === 'string' && (manifest.file === 'package.json' || own(manifest.file))) names.add(npmName);
  }
  for (const f of evidence.files) {
    const py = /^(?:src\/)?([A-Za-z_]\w{0,60})\/__init__\.py$/.exec(f);
    if (py) names.add(py[1]!).add(normalizePythonName(py[1]!));
    const gem = /^([\w.-]{1,80})\.gemspec$/.exec(f);
    if (gem) names.add(gem[1]!);
  }
  // A Maven build's own artifacts (io.javalin:javalin): its test-tools module starting the framework is not a server.
  for (const pom of evidence.files.filter((f) => /(^|\/)pom\.xml$/.test(f) && own(f))) {
    const artifact = mavenCoordinates(evidence.text(pom) ?? '');
    if (artifact) names.add(artifact);
  }
  const goModule = goModulePath(evidence.text('go.mod'));
  if (goModule) names.add(goModule);
  // Every crate of a Cargo workspace is the project's own (axum-extra depends on axum).
  for (const manifest of evidence.files.filter((f) => /(^|\/)Cargo\.toml$/.test(f) && own(f))) {
    const crate = /^\[package\][^[]*?^name[ \t]*=[ \t]*"([\w-]{1,80})"/m.exec(evidence.text(manifest) ?? '');
    if (crate) names.add(crate[1]!);
  }
  return names;
}

/** A pom's own `groupId:artifactId`, the group inherited from its `<parent>` when it declares none. */
function mavenCoordinates(pom: string): string | undefined {
  const parent = /<parent>([\s\S]{0,2000}?)<\/parent>/.exec(pom);
  const body = parent ? pom.slice(0, parent.index) + pom.slice(parent.index + parent[0].length) : pom;
  const tag = (text: string, name: string) => new RegExp(`<${name}>[ \\t]*([\\w.-]{1,120})[ \\t]*</${name}>`).exec(text)?.[1];
  // The project's own coordinates come before its dependencies, build and profiles, which name other artifacts.
  const head = body.replace(/<(dependencies|dependencyManagement|build|profiles|plugins)>[\s\S]*$/, '');
  const artifact = tag(head, 'artifactId');
  const group = tag(head, 'groupId') ?? (parent ? tag(parent[1]!, 'groupId') : undefined);
  return artifact && group ? `${group}:${artifact}` : undefined;
}

/**
 * A library matcher that counts declared dependencies only: without one of its libraries declared by a manifest of the
 * project's own (an example app's requirements.txt is not), the modules it names are not looked for undeclared (the
 * matcher is dropped); with one, its modules still name what the import is called.
 */
function declaredOnly(matcher: Matcher, evidence: Evidence): Matcher | undefined {
  if (!('library' in matcher) || !matcher.modules) return matcher;
  const declared = Object.entries(matcher.library).some(([eco, names]) => {
    const wanted = new Set((names ?? []).map((n) => (eco === 'pypi' ? normalizePythonName(n) : n)));
    // A Python extra or dependency group (dev, test, an optional integration) is not what the package runs on.
    return evidence.dependencies.some((d) => d.ecosystem === eco && wanted.has(d.name) && own(d.file) && !(eco === 'pypi' && d.dev));
  });
  return declared ? matcher : undefined;
}

/** A matcher without the repository's own packages among its libraries and modules; undefined when none is left. */
function withoutOwn(matcher: Matcher, own: Set<string>): Matcher | undefined {
  if (!('library' in matcher) || own.size === 0) return matcher;
  const library = Object.fromEntries(Object.entries(matcher.library).map(([eco, list]) => [eco, (list ?? []).filter((n) => !own.has(n))]));
  const modules = matcher.modules?.filter((n) => !own.has(n));
  if (Object.values(library).every((list) => list.length === 0) && !modules?.length) return undefined;
  return { ...matcher, library, ...(matcher.modules ? { modules } : {}) } as Matcher;
}

/** The folders of .NET projects named for testing (Gateway.ManualTest.csproj, Store.Testing.fsproj): harnesses, not the project. */
function testProjectFolders(evidence: Evidence): string[] {
  return evidence.files.filter((f) => /(?:^|\/|\.)[A-Za-z]{0,30}(?:Tests?|Testing)\.(?:cs|fs)proj$/.test(f)).map((f) => f.slice(0, f.lastIndexOf('/') + 1)).filter((dir) => dir !== '');
}

function serverSigns(evidence: Evidence): Finding[] {
  const ownNames = ownPackageNames(evidence);
  const harnesses = testProjectFolders(evidence);
  const running = (f: string) => own(f) && !harnesses.some((dir) => f.startsWith(dir));
  const matched = (matchers: Matcher[], where: (file: string) => boolean = () => true): Finding[] => {
    for (const listed of matchers) {
      const matcher = withoutOwn(listed, ownNames);
      if (!matcher) continue;
      const found = runMatcher(matcher, evidence, { countTests: false }).filter((f) => f.strength === 'strong' && running(f.file) && where(f.file));
      if (found.length) return found.slice(0, 1);
    }
    return [];
  };
  // Serving code of its own (a socket, a listener, a controller) makes a service, unless the repository is a library
  // first: then it is a helper the library offers its callers (koa's listen(), a gateway's admin controllers) or a side
  // project kept beside it (a badge function, a sample host). A server framework it uses or a deployment of its own
  // still makes it a service.
  const ownServing = matched(SERVER_TEXT.map((t) => ({ ...t, message: OWN_SERVING })), (f) => !servesOnlyInTemplates(evidence, f));
  if (ownServing.length && !libraryFirst(evidence)) return ownServing;
  // A package that imports a server framework it does not declare (a task framework's Django fixups, a library's
  // contrib/flask module) integrates with that framework for the callers that run it; it runs no server of it.
  // So does a published npm package with no command of its own (feathers' @feathersjs/express, an adapter it offers).
  const framework = matched(librarySigns(evidence).length ? SERVER_LIBRARIES.flatMap((m) => declaredOnly(m, evidence) ?? []) : SERVER_LIBRARIES, (f) => !inAdapterPackage(evidence, f));
  if (framework.length) return framework;
  return deploymentSigns(evidence, running);
}

/**
 * Whether every serving call in a JS/TS file sits inside a template literal: the text of a file a generator writes
 * (typeorm's `init` command writes an Express app whose `app.listen(3000)` is a string), not code the project runs.
 * A template literal is told by the backticks before the call in the file's code (comments blanked) being odd.
 */
function servesOnlyInTemplates(evidence: Evidence, file: string): boolean {
  if (!/\.[cm]?[jt]sx?$/.test(file)) return false;
  const code = evidence.code(file) ?? '';
  if (!code.includes('`')) return false;
  const serving = compilePattern(JS_SERVING);
  let inTemplate = false;
  let counted = 0;
  for (const m of code.matchAll(serving)) {
    for (let i = counted; i < m.index; i++) if (code[i] === '`' && code[i - 1] !== '\\') inTemplate = !inTemplate;
    counted = m.index;
    if (!inTemplate) return false;
  }
  return true;
}

/**
 * Whether a JS/TS file belongs to a workspace package made for publishing that declares no command (`bin`): a server
 * framework used there is one the package adapts for its callers (feathers' @feathersjs/express), not a server the
 * repository runs. Made for publishing: it declares what importers load and what goes into the tarball or how it is
 * published (`exports`, `types`, `files`, `publishConfig`); npm init's lone `main` is in most apps' package.json too.
 */
function inAdapterPackage(evidence: Evidence, file: string): boolean {
  if (!/\.[cm]?[jt]sx?$/.test(file)) return false;
  let nearest: Record<string, unknown> | undefined;
  let depth = -1;
  for (const manifest of evidence.packageJsons) {
    const dir = manifest.file.slice(0, manifest.file.length - 'package.json'.length);
    if (dir.length > depth && file.startsWith(dir)) {
      nearest = manifest.data as Record<string, unknown>;
      depth = dir.length;
    }
  }
  const forPublishing = (d: Record<string, unknown>) => !!(d.exports || d.types || d.typings || d.files || d.publishConfig);
  return depth > 0 && !!nearest && publishedPackage(nearest) && forPublishing(nearest) && !nearest.bin;
}

/**
 * Whether a Netlify or Vercel config deploys functions: declared in it, or in the functions folder beside it. Without
 * them the host only publishes a static site (a docs site, a landing page), which answers no requests of its own.
 */
function staticHostFunctions(evidence: Evidence, file: string): boolean {
  const host = /(?:^|\/)(netlify\.toml|vercel\.json)$/.exec(file);
  if (!host) return false;
  const dir = file.slice(0, file.length - host[1]!.length);
  const declared = host[1] === 'netlify.toml' ? /^[ \t]*(?:\[functions\b|functions[ \t]*=)/m : /"(?:functions|builds)"[ \t]*:/;
  const folder = host[1] === 'netlify.toml' ? `${dir}netlify/functions/` : `${dir}api/`;
  return declared.test(evidence.text(file) ?? '') || evidence.files.some((f) => f.startsWith(folder));
}

/** Whether the repository ships packages for others to import and no command, app or deployment of its own. */
function libraryFirst(evidence: Evidence): boolean {
  // A Rails application of its own (config/application.rb) is the app it runs, whatever gems it also ships.
  if (!librarySigns(evidence).length || cliSigns(evidence).length || evidence.fileSet.has('config/application.rb')) return false;
  // Calibration round 13 (decision 9): a .NET web host that declares itself an executable (`<Project
  // Sdk="Microsoft.NET.Sdk.Web">` with `<OutputType>Exe</OutputType>`, the server a media server or a shop ships beside
  // the packages its plugins import) is a program of its own, as a Go main package or a Rust binary is; a web project
  // that declares nothing is as often a sample host or a test app of a library.
  if (dotnetWebHost(evidence)) return false;
  // A release that builds binaries ships a command even when its main package sits in examples/; one whose every
  // build is skipped (`skip: true`, goreleaser's setting for library projects) builds none.
  return !evidence.files.some((f) => /^\.goreleaser\.ya?ml$/.test(f) && buildsBinaries(evidence.text(f) ?? ''));
}

/** Whether the repository holds a .NET web project of its own that declares itself an executable (a server it ships). */
function dotnetWebHost(evidence: Evidence): boolean {
  const harnesses = testProjectFolders(evidence);
  return evidence.files.some((f) => {
    if (!/\.csproj$/.test(f) || !own(f) || harnesses.some((dir) => f.startsWith(dir))) return false;
    const text = evidence.text(f) ?? '';
    return /<Project[ \t]+Sdk="Microsoft\.NET\.Sdk\.Web"/.test(text) && /<OutputType>\s*Exe\s*</i.test(text);
  });
}

/** Whether a goreleaser config builds binaries: a `builds:` list with an entry not marked `skip: true`. */
function buildsBinaries(config: string): boolean {
  const start = /^builds:[ \t]*$/m.exec(config);
  if (!start) return /^builds:/m.test(config);
  const rest = config.slice(start.index + start[0].length);
  const next = /^\S/m.exec(rest);
  const builds = next ? rest.slice(0, next.index) : rest;
  const entries = builds.match(/^[ \t]*-[ \t]/gm)?.length ?? 0;
  const skipped = builds.match(/^[ \t]*(?:-[ \t]+)?skip:[ \t]*true\b/gm)?.length ?? 0;
  return entries === 0 || skipped < entries;
}

/** A deployment of the project's own: serverless functions, an image that exposes a port, a Procfile web process. */
function deploymentSigns(evidence: Evidence, own: (file: string) => boolean): Finding[] {
  // Serverless functions answer requests too: a Serverless/SAM/wrangler/Azure Functions project.
  const serverless = evidence.files.find((f) => own(f) && (/(^|\/)(serverless\.ya?ml|wrangler\.toml|host\.json)$/.test(f) || staticHostFunctions(evidence, f)));
  if (serverless) return [{ file: serverless, line: 1, message: 'serverless functions (it answers requests)', strength: 'strong' }];
  for (const file of evidence.files.filter((f) => own(f) && /(^|\/)template\.ya?ml$|\.csproj$/.test(f))) {
    const text = evidence.text(file) ?? '';
    const m = /AWS::Serverless::Function|AWS::Lambda::Function|<AzureFunctionsVersion>/.exec(text);
    if (m) return [{ file, line: lineAt(text, m.index), message: 'serverless functions (it answers requests)', strength: 'strong' }];
  }
  for (const file of evidence.files.filter((f) => own(f) && /(^|\/)(Dockerfile|Containerfile)[^/]*$|(^|\/)Procfile$/.test(f))) {
    const text = evidence.text(file) ?? '';
    const m = /^[ \t]*EXPOSE[ \t]+\d|^web:/m.exec(text);
    if (m) return [{ file, line: lineAt(text, m.index), message: m[0].trim().startsWith('web') ? 'a Procfile web process' : 'its image exposes a port', strength: 'strong' }];
  }
  return [];
}

/**
 * A page of the project's own website (website/, www/, site/ at the root) beside a package or a command it ships: its
 * landing page and docs, not an app. Nor is a theme's page template (pelican/themes/simple/templates/index.html) beside
 * a command: a site generator renders the sites of its users with it; it is the output's skin, not a user interface.
 */
function projectSitePage(evidence: Evidence, file: string): boolean {
  if (/(?:^|\/)themes?\/[^/]{1,60}\/templates?\//.test(file)) return cliSigns(evidence).length > 0;
  return /^(?:website|www|site)\//.test(file) && (cliSigns(evidence).length > 0 || librarySigns(evidence).length > 0);
}

/**
 * A page that only renders documentation in the browser: a docsify site (its pages are the repository's Markdown), an
 * OpenAPI viewer (Redoc, Swagger UI, RapiDoc, Scalar, Stoplight Elements). It is how the project's docs are served
 * (GitHub Pages from the root), not a user interface of the project's own.
 */
const DOCS_RENDERER = /\bwindow\.\$docsify\b|<script\b[^>]{0,200}\bsrc=["'][^"']{0,200}\bdocsify\b|<redoc\b|\bSwaggerUIBundle\(|<rapi-doc\b|<elements-api\b|@scalar\/api-reference\b/;
const rendersDocs = (evidence: Evidence, page: string) => DOCS_RENDERER.test(evidence.text(page) ?? '');

function appSigns(evidence: Evidence, hostTemplate: (file: string) => boolean = () => false): Finding[] {
  const page = evidence.files.find((f) => own(f) && /(^|\/)index\.html?$/.test(f) && !hostTemplate(f) && !projectSitePage(evidence, f) && !rendersDocs(evidence, f));
  if (page) return [{ file: page, line: 1, message: 'a web page it serves or bundles', strength: 'strong' }];
  // An Android manifest is an app's when it declares an activity; a library module's manifest (permissions only) is not.
  const ui = evidence.files.find((f) => own(f) && (/\.xcodeproj\/project\.pbxproj$|(^|\/)lib\/main\.dart$/.test(f) || (/(^|\/)AndroidManifest\.xml$/.test(f) && /<activity\b/.test(evidence.text(f) ?? ''))));
  if (ui) return [{ file: ui, line: 1, message: 'a mobile app', strength: 'strong' }];
  // A .NET desktop or browser app: WPF, Windows Forms, MAUI, Avalonia, a Blazor WebAssembly app. A Razor class library
  // (`Sdk="Microsoft.NET.Sdk.Razor"`: components or a dashboard packed for other ASP.NET apps to mount) is a package
  // other code imports, not an app; a web app that uses one has its own Sdk.Web host, read as a service.
  const cs = evidence.files.find((f) => own(f) && /\.csproj$/.test(f) && /<Use(?:WPF|WindowsForms|Maui)>\s*true|Sdk="Microsoft\.NET\.Sdk\.BlazorWebAssembly"|Avalonia/i.test(evidence.text(f) ?? ''));
  if (cs) return [{ file: cs, line: 1, message: 'a .NET desktop or browser app', strength: 'strong' }];
  for (const matcher of UI_LIBRARIES) {
    const found = runMatcher(matcher, evidence, { countTests: false }).filter((f) => f.strength === 'strong' && own(f.file));
    if (found.length) return [{ ...found[0]!, message: `a desktop app: ${found[0]!.message}` }];
  }
  const root = evidence.packageJsons.find((p) => p.file === 'package.json');
  if (root) {
    const d = root.data as Record<string, unknown>;
    // A private package.json is an application's, unless it declares exports for importers (a library that
    // publishes a copied manifest from its build folder).
    // Nor is the private root of a workspace that publishes its packages, or the tooling manifest of a library written
    // in another language (a docs site's build): the library is the project.
    if (d.private === true && !d.bin && !d.exports && !librarySigns(evidence).length) return [{ file: root.file, line: 1, message: 'a private package.json (an application, not a published package)', strength: 'strong' }];
    const deps = { ...(d.dependencies as object), ...(d.devDependencies as object) } as Record<string, unknown>;
    const shell = ['electron', 'react-native', 'expo', '@tauri-apps/api'].find((n) => n in deps);
    if (shell) return [{ file: root.file, line: 1, message: `an application built on ${shell}`, strength: 'strong' }];
  }
  return [];
}

function findCliSigns(evidence: Evidence): Finding[] {
  const out: Finding[] = [];
  for (const pkg of evidence.packageJsons.filter((p) => own(p.file) && !p.file.includes('/'))) {
    if ((pkg.data as Record<string, unknown>).bin) out.push({ file: pkg.file, line: 1, message: 'package.json declares a bin (a command)', strength: 'strong' });
  }
  for (const file of evidence.files.filter((f) => own(f) && /^(pyproject\.toml|setup\.cfg|setup\.py)$/.test(f))) {
    const text = evidence.text(file) ?? '';
    const m = /^\[project\.scripts\]|^\[tool\.poetry\.scripts\]|console_scripts/m.exec(text);
    // A command behind an optional extra (`pip install pkg[cli]`) is an add-on to the package, not what it is.
    if (m && optionalCommand(text)) continue;
    if (m) out.push({ file, line: lineAt(text, m.index), message: 'declares console scripts (a command)', strength: 'strong' });
  }
  const goMain = evidence.sourceFiles.find((f) => f.endsWith('.go') && own(f) && /^package[ \t]+main\b/m.test(evidence.code(f) ?? ''));
  if (goMain) out.push({ file: goMain, line: 1, message: 'a Go main package (a command)', strength: 'strong' });
  const optionalBins = optionalRustBins(evidence);
  const rustBin = evidence.sourceFiles.find((f) => own(f) && /(?:^|\/)src\/(?:main\.rs|bin\/[^/]+\.rs|bin\/[^/]+\/main\.rs)$/.test(f) && !optionalBins.has(f));
  if (rustBin) out.push({ file: rustBin, line: 1, message: 'a Rust binary (a command)', strength: 'strong' });
  for (const file of evidence.files.filter((f) => own(f) && /(^|\/)Cargo\.toml$/.test(f))) {
    const text = evidence.text(file) ?? '';
    // A binary that needs a feature switched on (`required-features = ["cli"]`) is optional, like a Python extra.
    const m = /^\[\[bin\]\](?![^[]*^required-features[ \t]*=)/m.exec(text);
    if (m) out.push({ file, line: lineAt(text, m.index), message: 'a Rust binary target (a command)', strength: 'strong' });
  }
  const gemExe = evidence.files.find((f) => /^exe\/[^/]+$/.test(f));
  if (gemExe && evidence.files.some((f) => /^[^/]+\.gemspec$/.test(f))) out.push({ file: gemExe, line: 1, message: "a gem's executable (a command)", strength: 'strong' });
  // Beside packed .NET libraries, a console project nobody packs is a tool of the repository (a load test, a runner).
  const dotnet = evidence.files.filter((f) => own(f) && /\.(csproj|fsproj)$/.test(f));
  const packs = publishesNuGet(evidence);
  for (const file of dotnet) {
    const text = evidence.text(file) ?? '';
    if (packs && !packable(text) && !/<PackAsTool>\s*true/i.test(text)) continue;
    if (/<OutputType>\s*Exe\s*</i.test(text) && !/Sdk="Microsoft\.NET\.Sdk\.(Web|BlazorWebAssembly|Razor)"/.test(text)) out.push({ file, line: 1, message: 'a .NET console project (a command)', strength: 'strong' });
  }
  for (const file of evidence.files.filter((f) => own(f) && /(^|\/)build\.gradle(\.kts)?$/.test(f))) {
    const text = evidence.code(file) ?? '';
    const m = /^[ \t]*(?:id[ \t(]*['"]application['"]|application\b[ \t]*$|`application`)/m.exec(text);
    if (m) out.push({ file, line: lineAt(text, m.index), message: 'a Gradle application (a command)', strength: 'strong' });
  }
  return out.slice(0, 3);
}

/** Whether a package.json is published for importers: not private, and it declares what they load. */
const publishedPackage = (d: Record<string, unknown>) => d.private !== true && typeof d.name === 'string' && !!(d.exports || d.main || d.module);

/** The sources of Rust binaries that need a feature switched on (`required-features`): optional, like a Python extra. */
function optionalRustBins(evidence: Evidence): Set<string> {
  const bins = new Set<string>();
  for (const manifest of evidence.files.filter((f) => /(^|\/)Cargo\.toml$/.test(f))) {
    const dir = manifest.slice(0, manifest.length - 'Cargo.toml'.length);
    for (const table of (evidence.text(manifest) ?? '').split(/^\[\[bin\]\][ \t]*$/m).slice(1)) {
      const body = table.split(/^\[/m)[0]!;
      if (!/^required-features[ \t]*=/m.test(body)) continue;
      const path = /^path[ \t]*=[ \t]*"([^"\n]{1,200})"/m.exec(body)?.[1];
      const name = /^name[ \t]*=[ \t]*"([^"\n]{1,80})"/m.exec(body)?.[1];
      if (path) bins.add(dir + path);
      else if (name) bins.add(`${dir}src/bin/${name}.rs`).add(`${dir}src/bin/${name}/main.rs`);
    }
  }
  return bins;
}

/** Whether a .NET project file declares a NuGet package (an id, or the tags and licence only a package carries). */
const packable = (project: string) => /<(PackageId|IsPackable|PackageTags|PackageLicenseExpression)>\s*(?!false)/i.test(project);

/**
 * A build file the projects share: Directory.Build.props, or a props/targets file at the root or in src/, eng/ or
 * build/ that they import (Polly's eng/Library.targets, imported by every project whose ProjectType is Library).
 */
const SHARED_BUILD_FILE = /^(?:(?:src|eng|build)\/)?[\w.-]{1,80}\.(?:props|targets)$/;
/** Package metadata in a shared build file: every class library under it is packed for NuGet. */
const SHARED_PACKAGE_METADATA = /<(?:PackageId|PackageLicenseExpression|PackageLicenseFile|PackageProjectUrl)>/;
/** Whether `file` is a build file the projects share that carries package metadata. */
const sharesPackageMetadata = (evidence: Evidence, file: string) => SHARED_BUILD_FILE.test(file) && SHARED_PACKAGE_METADATA.test(evidence.text(file) ?? '');

/** Whether the repository publishes NuGet packages: a packable project, or package metadata its projects share. */
function publishesNuGet(evidence: Evidence): boolean {
  return evidence.files.some((f) => own(f) && (/\.(csproj|fsproj)$/.test(f) ? packable(evidence.text(f) ?? '') : sharesPackageMetadata(evidence, f)));
}

/** Whether a Python manifest's console scripts sit behind an optional extra named for them (cli, console, scripts). */
function optionalCommand(manifest: string): boolean {
  const extra = /^(?:cli|console|scripts?|command)[ \t]*=/m;
  return extra.test(tomlTable(manifest, 'project.optional-dependencies')) || extra.test(tomlTable(manifest, 'tool.poetry.extras')) || /\bextras_require\b[^)]{0,400}?["'](?:cli|console|scripts?|command)["'][ \t]*:/.test(manifest);
}

/** The body of one TOML table, up to the next table header. */
function tomlTable(toml: string, name: string): string {
  const lines = toml.split('\n');
  const start = lines.findIndex((l) => l.trim() === `[${name}]`);
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^\[/.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

function findLibrarySigns(evidence: Evidence): Finding[] {
  const out: Finding[] = [];
  const root = evidence.packageJsons.find((p) => p.file === 'package.json');
  if (root) {
    const d = root.data as Record<string, unknown>;
    // Without `main`, npm loads index.js: a package that lists the files it publishes (`files`) with it is one too.
    const defaultMain = typeof d.name === 'string' && Array.isArray(d.files) && d.files.length > 0 && evidence.fileSet.has('index.js');
    if ((d.private !== true && (d.main || d.exports || d.module || d.types || defaultMain)) || d.exports) out.push({ file: root.file, line: 1, message: 'a published package (package.json declares what importers load)', strength: 'strong' });
    else if (d.private === true && (d.workspaces || evidence.fileSet.has('pnpm-workspace.yaml'))) {
      // A private workspace root: the packages it publishes are the project's.
      const published = evidence.packageJsons.find((p) => p.file.includes('/') && own(p.file) && publishedPackage(p.data as Record<string, unknown>));
      if (published) out.push({ file: published.file, line: 1, message: WORKSPACE_PACKAGE, strength: 'strong' });
    }
  }
  if (evidence.files.some((f) => /^(setup\.py|setup\.cfg|pyproject\.toml)$/.test(f))) {
    const pkg = evidence.files.find((f) => /^(?:src\/)?(?!(?:tests?|docs?|examples?|scripts?|benchmarks?)\/)[A-Za-z_]\w{0,60}\/__init__\.py$/.test(f));
    if (pkg) out.push({ file: pkg, line: 1, message: 'a Python package other code imports', strength: 'strong' });
    else {
      const module = singleModuleDistribution(evidence);
      if (module) out.push({ file: module, line: 1, message: 'a Python module other code imports (a distribution of one module)', strength: 'strong' });
    }
  }
  if (evidence.files.includes('go.mod')) {
    const rootGo = evidence.sourceFiles.find((f) => !f.includes('/') && f.endsWith('.go') && !isTestFile(f));
    const m = rootGo ? /^package[ \t]+(\w+)/m.exec(evidence.code(rootGo) ?? '') : null;
    if (rootGo && m && m[1] !== 'main') out.push({ file: rootGo, line: 1, message: `a Go module whose root package ${m[1]} other code imports`, strength: 'strong' });
    const toolkit = rootGo ? undefined : goToolkitPackage(evidence);
    if (toolkit) out.push({ file: toolkit.file, line: 1, message: `a Go module of packages other code imports (${toolkit.name}, …), with no command`, strength: 'strong' });
  }
  const lib = evidence.sourceFiles.find((f) => own(f) && /(^|\/)src\/lib\.rs$/.test(f));
  if (lib) out.push({ file: lib, line: 1, message: 'a Rust library crate', strength: 'strong' });
  const gemspec = evidence.files.find((f) => /^[^/]+\.gemspec$/.test(f));
  if (gemspec) out.push({ file: gemspec, line: 1, message: 'a gem', strength: 'strong' });
  for (const file of evidence.files.filter((f) => own(f) && /\.(csproj|fsproj)$/.test(f))) {
    const text = evidence.text(file) ?? '';
    if (packable(text) && !/<OutputType>\s*Exe/i.test(text) && !/Sdk="Microsoft\.NET\.Sdk\.Web"/.test(text)) out.push({ file, line: 1, message: 'a NuGet package', strength: 'strong' });
  }
  if (!out.some((f) => f.message === 'a NuGet package')) {
    const props = evidence.files.find((f) => sharesPackageMetadata(evidence, f));
    const library = props && evidence.files.some((f) => own(f) && /\.(csproj|fsproj)$/.test(f) && /Sdk="Microsoft\.NET\.Sdk"/.test(evidence.text(f) ?? '') && !/<OutputType>\s*Exe/i.test(evidence.text(f) ?? ''));
    if (props && library) out.push({ file: props, line: 1, message: 'NuGet packages (package metadata shared by its projects)', strength: 'strong' });
  }
  // Maven: a root pom that publishes its artifacts (a distributionManagement section, the javadoc or Central publishing
  // plugin): a library for others to depend on. A build that packages a Spring Boot application or a war deploys it.
  const rootPom = evidence.text('pom.xml') ?? '';
  const deploysApp = () => evidence.files.some((f) => /(^|\/)pom\.xml$/.test(f) && own(f) && /<artifactId>[ \t]*spring-boot-maven-plugin[ \t]*<\/artifactId>|<packaging>[ \t]*war[ \t]*<\/packaging>/.test(evidence.text(f) ?? ''));
  if (!deploysApp() && /<distributionManagement>|<artifactId>[ \t]*(?:maven-javadoc-plugin|central-publishing-maven-plugin|nexus-staging-maven-plugin)[ \t]*<\/artifactId>/.test(rootPom)) out.push({ file: 'pom.xml', line: 1, message: 'a Maven library (its pom publishes the artifacts)', strength: 'strong' });
  // Gradle: a java-library, an Android library module, or a build (or its convention plugins) that publishes to Maven.
  for (const file of evidence.files.filter((f) => own(f) && /(^|\/)build\.gradle(\.kts)?$|\.gradle\.kts$/.test(f))) {
    if (/\bjava-library\b|`java-library`|\bcom\.android\.library\b|\bplugins\.android\.library\b|\bmaven-publish\b|\bcom\.vanniktech\.maven\.publish\b/.test(evidence.code(file) ?? '')) out.push({ file, line: 1, message: 'a Gradle library (java-library, an Android library or a Maven publication)', strength: 'strong' });
  }
  return out.slice(0, 3);
}

/**
 * A Python distribution of one module (flit's and setuptools' py-modules: bottle.py, six.py): the module at the root or
 * under src/ named as the distribution its pyproject.toml, setup.cfg or setup.py names (`name = "bottle"`), or as a
 * module setup.py's `py_modules` lists. Other code imports it as it would a package.
 */
function singleModuleDistribution(evidence: Evidence): string | undefined {
  const names = new Set<string>();
  for (const manifest of ['pyproject.toml', 'setup.cfg', 'setup.py']) {
    const text = evidence.text(manifest);
    if (!text) continue;
    const name = /^[ \t]*name[ \t]*=[ \t]*['"]?([A-Za-z][\w.-]{0,60})['"]?[ \t]*(?:,[ \t]*)?$/m.exec(text);
    if (name) names.add(name[1]!.toLowerCase().replace(/[-.]/g, '_'));
    const listed = /\bpy_modules[ \t]*=[ \t]*\[[ \t]*['"]([A-Za-z_]\w{0,60})['"]/.exec(text);
    if (listed) names.add(listed[1]!);
  }
  for (const name of names) {
    const file = [`${name}.py`, `src/${name}.py`].find((f) => evidence.sourceFiles.includes(f));
    if (file) return file;
  }
  return undefined;
}

/** A toolkit offers several packages (endpoint/, log/, transport/ …): one or two folders are a service's parts. */
const TOOLKIT_MIN_PACKAGES = 3;

/**
 * A Go toolkit: a module with no package at its root and no command of its own, whose packages sit one folder down
 * (endpoint/, transport/http/, log/): each is imported by path (`import "module/endpoint"`). Returns the first such
 * package's file and name; internal/ packages are not imported by others.
 */
// Asked by the library signs and by entry-point alike; it reads every Go file's package clause, so once per evidence.
export const goToolkitPackage = oncePerEvidence((evidence: Evidence): { file: string; name: string } | undefined => {
  if (!evidence.fileSet.has('go.mod')) return undefined;
  const goFiles = evidence.sourceFiles.filter((f) => f.endsWith('.go') && own(f));
  if (goFiles.some((f) => !f.includes('/'))) return undefined;
  let first: { file: string; name: string } | undefined;
  const folders = new Set<string>();
  for (const file of goFiles) {
    const name = /^package[ \t]+(\w+)/m.exec(evidence.code(file) ?? '')?.[1];
    if (name === 'main') return undefined;
    if (!name || /^(?:internal|mocks?|tools?|hack|scripts?)\//.test(file)) continue;
    folders.add(file.split('/')[0]!);
    if (!first && file.split('/').length === 2) first = { file, name };
  }
  return folders.size >= TOOLKIT_MIN_PACKAGES ? first : undefined;
});

/**
 * Whether the repository ships a package other code imports and is not an application with a user interface: a
 * library, a framework (koa and axum serve requests in their own code and still ship for callers), a command that is
 * also a package. What such a project implements in its shipped source is done for its callers.
 */
export const shipsForCallers = oncePerEvidence((evidence: Evidence): boolean => {
  const { kind, because } = projectKind(evidence);
  // A service is a framework only when its serving code is its own (koa's listen(), caddy's server), not a server
  // framework it depends on; a workspace package an app monorepo publishes beside it is not what the service is.
  const packages = () => librarySigns(evidence).filter((f) => f.message !== WORKSPACE_PACKAGE).length > 0;
  return kind === 'library' ? because.length > 0 : kind === 'cli' ? packages() : kind === 'service' && because[0]?.message === OWN_SERVING && packages();
});

const KINDS: readonly ProjectKind[] = ['service', 'app', 'cli', 'library', 'unknown'];

/** What a reader is told about a kind, in the reason of a rule that does not apply. */
export const KIND_NAMES: Record<ProjectKind, string> = {
  service: 'a service (it serves requests)',
  app: 'an application with a user interface',
  cli: 'a command-line tool',
  library: 'a library (a package other code imports)',
  unknown: 'a project of no recognised kind',
};

export const projectKindDetector: Detector = {
  name: 'projectKind',
  question:
    'Is the project one of the kinds in `kinds`? A service serves requests (a web or RPC framework in use, a listening socket, an exposed port); an app has a user interface; a CLI declares a command (bin, console scripts, a Go main package, a Rust binary); a library is a package other code imports; unknown is none of these.',
  parseTokens: SERVER_LIBRARIES.flatMap((m) => ('library' in m ? m.library.npm ?? [] : [])),
  textPatterns: SERVER_MATCHERS.flatMap((m) => textPatternsOf(m)),
  explainNone(evidence) {
    const { kind, because } = projectKind(evidence);
    const first = because[0];
    return first ? `levelgate reads this repository as ${KIND_NAMES[kind]}: ${first.file}: ${first.message}` : undefined;
  },
  detect(evidence, options) {
    const wanted = Array.isArray(options.kinds) ? (options.kinds as string[]).filter((k): k is ProjectKind => (KINDS as string[]).includes(k)) : [];
    const { kind, because } = projectKind(evidence);
    if (!wanted.includes(kind)) return [];
    if (because.length) return because.map((f) => ({ ...f, message: `${KIND_NAMES[kind]}: ${f.message}` }));
    return [{ file: evidence.files[0] ?? '.', line: 1, message: KIND_NAMES[kind], strength: 'strong' }];
  },
};
