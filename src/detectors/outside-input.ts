import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { runMatcher } from '../findings/matchers.js';
import { textPatternsOf } from '../rules/matcher-parts.js';

// Frameworks and calls that mean the code takes input from outside: HTTP servers, CLI arguments, forms, queues.
const INPUT_SOURCES = [
  { library: { npm: ['express', 'fastify', 'koa', '@nestjs/core', 'hapi', '@hapi/hapi', 'next', 'hono', 'restify', 'apollo-server', '@apollo/server', 'commander', 'yargs', 'meow', 'cac'] } },
  { library: { pypi: ['django', 'flask', 'fastapi', 'starlette', 'aiohttp', 'tornado', 'click', 'typer', 'falcon', 'sanic'] } },
  { library: { go: ['github.com/gin-gonic/gin', 'github.com/labstack/echo/v4', 'github.com/gofiber/fiber/v2', 'github.com/go-chi/chi/v5', 'github.com/gorilla/mux', 'github.com/spf13/cobra'] } },
  { library: { maven: ['org.springframework.boot:spring-boot-starter-web', 'org.springframework.boot:spring-boot-starter-webflux', 'io.ktor:ktor-server-core', 'io.quarkus:quarkus-resteasy'] }, use: '@RestController|@Controller|routing\\s*\\{|@Path\\(' },
  { library: { gem: ['rails', 'sinatra', 'grape', 'thor'] }, use: 'ApplicationController|Sinatra::|Grape::API|params\\[' },
  { library: { nuget: ['Microsoft.AspNetCore.App', 'Swashbuckle.AspNetCore', 'System.CommandLine'] }, use: 'MapGet|MapPost|\\[ApiController\\]|ControllerBase' },
  { library: { cargo: ['axum', 'actix-web', 'rocket', 'warp', 'clap', 'hyper'] } },
  { text: '/process\\.argv|http\\.createServer|Deno\\.serve|Bun\\.serve|sys\\.argv|argparse|flag\\.(String|Int|Bool|Parse)|os\\.Args|http\\.HandleFunc|ListenAndServe|std::env::args|ARGV|@RequestBody|Request\\.Form|input\\(/', in: ['@source'] },
  { files: ['**/*.csproj'], contains: 'Microsoft\\.NET\\.Sdk\\.Web' },
];

export const outsideInput: Detector = {
  name: 'outsideInput',
  question: 'Does the code take input from outside (HTTP requests, command-line arguments, forms)?',
  parseTokens: INPUT_SOURCES.flatMap((m) => ('library' in m ? (m.library as { npm?: string[] }).npm ?? [] : [])),
  textPatterns: INPUT_SOURCES.flatMap((m) => textPatternsOf(m as Parameters<typeof textPatternsOf>[0])),
  detect(evidence) {
    const out: Finding[] = [];
    for (const matcher of INPUT_SOURCES) {
      for (const f of runMatcher(matcher as Parameters<typeof runMatcher>[0], evidence)) if (f.strength === 'strong' && out.length < 5) out.push(f);
    }
    return out.slice(0, 5);
  },
};
