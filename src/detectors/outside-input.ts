import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { runMatcher } from '../findings/matchers.js';
import { textPatternsOf } from '../rules/matcher-parts.js';
import { projectKind } from './project-kind.js';

// Where the code reads outside input: handlers that read request data (body, query, params, form), and programs
// that read their command-line arguments. An HTTP framework in the manifest is not enough: a server that only
// serves pages or health checks takes no input to validate.

// Source files by language, so a pattern of one language is never tried on another (`params[` is Rails, not JS).
const EXTENSIONS = { JS: ['js', 'jsx', 'ts', 'tsx', 'mjs', 'cjs', 'mts', 'cts'], PY: ['py'], GO: ['go'], JVM: ['java', 'kt', 'groovy', 'scala'], RB: ['rb'], CS: ['cs'], RS: ['rs'] };
type LanguageGroup = keyof typeof EXTENSIONS;
/** The project's source files (the @source set) of one language group only. */
const sourceIn = (group: LanguageGroup): string[] => ['@source', `!**/*.{${Object.entries(EXTENSIONS).filter(([g]) => g !== group).flatMap(([, e]) => e).join(',')}}`];

const READS_REQUEST_DATA: [LanguageGroup, string][] = [
  // JS/TS: Express, Koa, Fastify, hapi, Hono, Next.js route handlers, NestJS parameter decorators.
  ['JS', '/\\b(?:req|request)\\.(?:body|query|params|payload|files?)\\b|\\breq\\[\\w+\\]|\\bctx\\.(?:request\\.body|query|params)\\b|\\bc\\.req\\.(?:json|query|param|valid|parseBody|formData)\\(|\\bawait (?:req|request)\\.(?:json|formData)\\(\\)|\\bsearchParams\\.get\\(|@(?:Body|Query|Param)\\(/'],
  // Python: Flask, Django, DRF, Starlette/FastAPI (a body or path parameter), aiohttp, Tornado. A Flask route whose
  // variables are all typed by converters (`<int:product_id>`) is validated by the router: only an untyped `<name>` counts.
  ['PY', '/\\brequest\\.(?:form|args|json|get_json|values|files|GET|POST|FILES|data|query_params|path_params|match_info)\\b|\\bself\\.get_(?:argument|body_argument|query_argument)\\(|=[ \\t]*(?:Body|Query|Form)\\(|@\\w+\\.(?:post|put|patch)\\(|@\\w+\\.(?:get|delete|route|api_route)\\([ \\t]*[\'"][^\'"\\n]{0,200}(?:\\{|<(?!(?:int|float|uuid):))|methods=\\[[^\\]\\n]{0,100}[\'"](?:POST|PUT|PATCH)|\\b(?:CreateView|UpdateView|FormView)\\b/'],
  // Go: net/http, gin, echo, fiber, chi, gorilla/mux.
  ['GO', '/\\br\\.(?:URL\\.Query\\(\\)|FormValue\\(|PostFormValue\\(|ParseForm\\(|ParseMultipartForm\\(|Body\\b)|\\bc\\.(?:Param|Query|DefaultQuery|PostForm|QueryParam|FormValue|Params|BodyParser|ShouldBind\\w*|Bind\\w*)\\(|\\bmux\\.Vars\\(|\\bchi\\.URLParam\\(/'],
  // JVM: Spring, JAX-RS, Ktor.
  ['JVM', '/@(?:RequestBody|RequestParam|PathVariable|ModelAttribute|RequestHeader|PathParam|QueryParam|FormParam)\\b|\\bcall\\.(?:receive\\w*|parameters|request\\.queryParameters)\\b/'],
  // Ruby: Rails, Sinatra, Grape.
  ['RB', '/\\bparams(?:\\[|\\.(?:require|permit|fetch)\\b)|^[ \\t]*requires[ \\t]+:/'],
  // C#: ASP.NET MVC, Razor Pages, minimal APIs.
  ['CS', '/\\[From(?:Body|Query|Route|Form)\\]|\\[BindProperty\\]|\\[Http(?:Post|Put|Patch)\\b|\\bRequest\\.(?:Form|Query)\\b|\\.Map(?:Post|Put|Patch)\\(/'],
  // Rust: axum and actix-web extractors.
  ['RS', '/\\b(?:web::)?(?:Json|Query|Form)<|\\bweb::Path<|\\bPath\\(\\w+\\): Path</'],
];

const INPUT_SOURCES = [
  ...READS_REQUEST_DATA.map(([group, text]) => ({ text, in: sourceIn(group), message: 'reads request data' })),
  // A browser app's forms: what a user types (an input's value from its change event, FormData, Angular form
  // controls) is outside input the app sends on, as much as a request body is a server's. React's change handlers
  // destructure it (`const { name, value } = e.target`, or `const { target } = e` then `{ name, value } = target`).
  { text: '/\\b(?:e|ev|evt|event)\\.(?:target|currentTarget)\\.value\\b|\\bnew FormData\\(|\\bnew FormControl\\b|\\bFormBuilder\\b|\\{[^{}\\n]{0,80}\\bvalue\\b[^{}\\n]{0,80}\\}[ \\t]*=[ \\t]*(?:(?:e|ev|evt|event)\\.)?(?:target|currentTarget)\\b/', in: sourceIn('JS'), message: 'reads form input in the browser' },
  // Command-line programs: argument parsers in use, or the raw arguments read.
  { library: { npm: ['commander', 'yargs', 'meow', 'cac'] } },
  { library: { pypi: ['click', 'typer'] } },
  { library: { go: ['github.com/spf13/cobra', 'github.com/urfave/cli/v2'] } },
  { library: { gem: ['thor'] }, use: 'Thor\\b' },
  { library: { nuget: ['System.CommandLine'] } },
  { library: { cargo: ['clap'] } },
  { text: '/process\\.argv|Deno\\.args|Bun\\.argv|sys\\.argv|argparse|flag\\.(?:String|Int|Bool|Parse)\\b|os\\.Args|std::env::args|\\bARGV\\b|\\binput\\(/', in: ['@source'], message: 'reads command-line arguments or console input' },
];

export const outsideInput: Detector = {
  name: 'outsideInput',
  question: 'Does the code take input from outside: handlers that read request data (body, query, params, form), a browser app reading form input, or command-line arguments?',
  parseTokens: INPUT_SOURCES.flatMap((m) => ('library' in m ? (m.library as { npm?: string[] }).npm ?? [] : [])),
  textPatterns: INPUT_SOURCES.flatMap((m) => textPatternsOf(m as Parameters<typeof textPatternsOf>[0])),
  detect(evidence) {
    const out: Finding[] = [];
    // Request data is read by a project that serves requests: in a library or a command-line tool (an HTTP
    // client's own request.body, a test server's handler) it is not outside input.
    const serves = !['library', 'cli'].includes(projectKind(evidence).kind);
    for (const matcher of serves ? INPUT_SOURCES : INPUT_SOURCES.slice(READS_REQUEST_DATA.length + 1)) {
      out.push(...runMatcher(matcher as Parameters<typeof runMatcher>[0], evidence).filter((f) => f.strength === 'strong'));
      // One kind of outside input is enough to say the rule applies; the rest would only cost time.
      if (out.length) break;
    }
    return out.slice(0, 5);
  },
};
