// The bench's second shape (`npm run bench -- --shape polyglot`): a deterministic polyglot monorepo of about
// `target` files, unlike the first shape on purpose, so a change that helps only one shape shows. Deep
// Kubernetes/Helm YAML trees and CRDs, TS services whose libraries are really used (so the parser is loaded and
// files are parsed), NestJS and React packages, Go, Python and Java services, Terraform, protos, SQL, docs, and
// generated-looking bundles just under the 1 MiB read limit, committed where no default ignore catches them.
import { writeTree } from './generate.mjs';
import { random } from './random.mjs';

const RESOURCES = ['order', 'invoice', 'customer', 'product', 'shipment', 'payment', 'account', 'ticket', 'report', 'session', 'webhook', 'coupon', 'review', 'stock', 'refund', 'plan'];
const ENVS = ['dev', 'staging', 'prod'];
const REGIONS = ['eu-west-1', 'us-east-1', 'ap-south-1'];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

function tools(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  return { int, pick };
}

// ---- TypeScript: Express services (zod, pino, jsonwebtoken, prisma, ioredis, p-retry really used) ----

function expressRoute(t, resource) {
  const R = cap(resource);
  const fields = Array.from({ length: t.int(2, 7) }, (_, i) => `  ${['name', 'amount', 'note', 'email', 'quantity', 'status', 'tags'][i]}: ${['z.string().min(1)', 'z.number().nonnegative()', 'z.string().max(500).optional()', 'z.string().email()', 'z.number().int()', "z.enum(['open', 'closed'])", 'z.array(z.string()).default([])'][i]},`);
  const lines = [
    "import { Router, type NextFunction, type Request, type Response } from 'express';",
    "import { z } from 'zod';",
    "import { logger } from '../lib/logger.js';",
    "import { requireAuth } from '../middleware/auth.js';",
    "import { db } from '../lib/db.js';",
    '',
    `const Create${R} = z.object({`,
    ...fields,
    '});',
    `const ${R}Query = z.object({ page: z.coerce.number().int().min(1).default(1), limit: z.coerce.number().int().max(100).default(20) });`,
    '',
    `export const ${resource}Router = Router();`,
    '',
    `${resource}Router.get('/', requireAuth, async (req: Request, res: Response, next: NextFunction) => {`,
    '  try {',
    `    const { page, limit } = ${R}Query.parse(req.query);`,
    `    const items = await db.${resource}.findMany({ skip: (page - 1) * limit, take: limit, orderBy: { createdAt: 'desc' } });`,
    '    res.json({ items, page, limit });',
    '  } catch (error) {',
    '    next(error);',
    '  }',
    '});',
    '',
    `${resource}Router.post('/', requireAuth, async (req: Request, res: Response, next: NextFunction) => {`,
    `  const parsed = Create${R}.safeParse(req.body);`,
    "  if (!parsed.success) return res.status(422).json({ errors: parsed.error.issues });",
    '  try {',
    `    const created = await db.${resource}.create({ data: parsed.data });`,
    `    logger.info({ id: created.id }, '${resource} created');`,
    '    res.status(201).json(created);',
    '  } catch (error) {',
    `    logger.error({ err: error }, 'could not create ${resource}');`,
    '    next(error);',
    '  }',
    '});',
    '',
  ];
  for (let i = 0; i < t.int(0, 4); i++) {
    lines.push(
      `${resource}Router.get('/:id/${['history', 'audit', 'items', 'links', 'events'][i]}', requireAuth, async (req, res, next) => {`,
      '  try {',
      `    const id = z.string().uuid().parse(req.params.id);`,
      `    const rows = await db.${resource}Event.findMany({ where: { ${resource}Id: id }, take: 50 });`,
      '    res.json(rows);',
      '  } catch (error) {',
      '    next(error);',
      '  }',
      '});',
      '',
    );
  }
  return lines.join('\n');
}

function expressService(t, resource) {
  const R = cap(resource);
  const lines = [
    "import pRetry from 'p-retry';",
    "import axios from 'axios';",
    "import type { Redis } from 'ioredis';",
    "import { logger } from '../lib/logger.js';",
    '',
    `/** Talks to the ${resource} provider; retried, cached for a minute. */`,
    `export class ${R}Service {`,
    '  constructor(private readonly cache: Redis, private readonly baseUrl: string) {}',
    '',
    `  async fetch${R}(id: string): Promise<unknown> {`,
    `    const key = '${resource}:' + id;`,
    '    const hit = await this.cache.get(key);',
    '    if (hit) return JSON.parse(hit);',
    '    const answer = await pRetry(() => axios.get(`${this.baseUrl}/' + resource + 's/${id}`, { timeout: 5000 }), { retries: 3 });',
    "    await this.cache.set(key, JSON.stringify(answer.data), 'EX', 60);",
    '    return answer.data;',
    '  }',
  ];
  for (let i = 0; i < t.int(1, 6); i++) {
    lines.push(
      '',
      `  summarise${i}(values: number[]): { total: number; mean: number } {`,
      '    let total = 0;',
      `    for (const value of values) total += value > ${t.int(0, 90)} ? value : 0;`,
      "    if (values.length === 0) logger.warn('summarising nothing');",
      '    return { total, mean: values.length ? total / values.length : 0 };',
      '  }',
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

function tsTest(t, subject, from) {
  const cases = t.int(2, 7);
  const lines = ["import { describe, expect, it } from 'vitest';", `import { ${subject} } from '${from}';`, '', `describe('${subject}', () => {`];
  for (let c = 0; c < cases; c++) lines.push(`  it('case ${c}', () => {`, `    expect(${subject}).toBeDefined();`, `    expect([${c}, ${c + 1}].length).toBe(2);`, '  });');
  lines.push('});', '');
  return lines.join('\n');
}

function addExpressPackage(t, add, root, name) {
  add(`${root}/package.json`, JSON.stringify({ name: `@poly/${name}`, version: '1.0.0', type: 'module', scripts: { build: 'tsc -b', test: 'vitest run', start: 'node dist/main.js' }, dependencies: { express: '^4.19.0', zod: '^3.23.0', pino: '^9.0.0', jsonwebtoken: '^9.0.0', '@prisma/client': '^5.0.0', ioredis: '^5.4.0', 'p-retry': '^6.0.0', axios: '^1.7.0', helmet: '^7.0.0', 'express-rate-limit': '^7.0.0', '@opentelemetry/api': '^1.9.0', 'prom-client': '^15.0.0' }, devDependencies: { vitest: '^2.0.0', supertest: '^7.0.0' } }, null, 2));
  add(`${root}/tsconfig.json`, JSON.stringify({ extends: '../../tsconfig.base.json', compilerOptions: { outDir: 'dist', rootDir: 'src' }, include: ['src'] }, null, 2));
  add(`${root}/src/lib/logger.ts`, "import pino from 'pino';\n\nexport const logger = pino({ level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] });\n");
  add(`${root}/src/lib/db.ts`, "import { PrismaClient } from '@prisma/client';\n\nexport const db = new PrismaClient({ log: ['warn', 'error'] });\n");
  add(`${root}/src/lib/metrics.ts`, "import client from 'prom-client';\n\nexport const registry = new client.Registry();\nclient.collectDefaultMetrics({ register: registry });\nexport const requests = new client.Counter({ name: 'http_requests_total', help: 'requests', labelNames: ['route', 'status'] });\n");
  add(`${root}/src/middleware/auth.ts`, "import jwt from 'jsonwebtoken';\nimport type { NextFunction, Request, Response } from 'express';\n\nexport function requireAuth(req: Request, res: Response, next: NextFunction) {\n  const header = req.headers.authorization ?? '';\n  try {\n    (req as Request & { user?: unknown }).user = jwt.verify(header.replace(/^Bearer /, ''), process.env.JWT_PUBLIC_KEY ?? '', { algorithms: ['RS256'] });\n    next();\n  } catch {\n    res.status(401).json({ error: 'unauthorised' });\n  }\n}\n");
  add(`${root}/src/middleware/errors.ts`, "import type { NextFunction, Request, Response } from 'express';\nimport { ZodError } from 'zod';\nimport { logger } from '../lib/logger.js';\n\nexport function errorHandler(err: Error, req: Request, res: Response, _next: NextFunction) {\n  if (err instanceof ZodError) return res.status(400).json({ errors: err.issues });\n  logger.error({ err, path: req.path }, 'unhandled error');\n  res.status(500).json({ error: 'internal error' });\n}\n");
  const resources = Array.from({ length: t.int(3, 8) }, () => t.pick(RESOURCES)).filter((r, i, all) => all.indexOf(r) === i);
  add(`${root}/src/main.ts`, ["import express from 'express';", "import helmet from 'helmet';", "import rateLimit from 'express-rate-limit';", "import { errorHandler } from './middleware/errors.js';", "import { logger } from './lib/logger.js';", ...resources.map((r) => `import { ${r}Router } from './routes/${r}.js';`), '', 'const app = express();', 'app.use(helmet());', 'app.use(express.json({ limit: "1mb" }));', 'app.use(rateLimit({ windowMs: 60_000, max: 300 }));', ...resources.map((r) => `app.use('/api/v1/${r}s', ${r}Router);`), 'app.use(errorHandler);', '', "app.listen(Number(process.env.PORT ?? 3000), () => logger.info('listening'));", ''].join('\n'));
  for (const r of resources) {
    add(`${root}/src/routes/${r}.ts`, expressRoute(t, r));
    add(`${root}/src/services/${r}-service.ts`, expressService(t, r));
    if (t.int(0, 9) < 7) add(`${root}/test/routes/${r}.test.ts`, tsTest(t, `${r}Router`, `../../src/routes/${r}.js`));
  }
  // Plain modules fill the package out: utilities, mappers, types.
  for (let i = 0; i < t.int(8, 30); i++) {
    const area = t.pick(['utils', 'mappers', 'domain', 'types', 'jobs']);
    add(`${root}/src/${area}/${area}-${i}.ts`, plainModule(t, i));
    if (t.int(0, 9) < 5) add(`${root}/test/${area}/${area}-${i}.test.ts`, tsTest(t, `unit${i}`, `../../src/${area}/${area}-${i}.js`));
  }
  add(`${root}/Dockerfile`, 'FROM node:20-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM node:20-alpine\nWORKDIR /app\nCOPY --from=build /app/dist ./dist\nUSER node\nHEALTHCHECK CMD wget -qO- http://localhost:3000/healthz || exit 1\nCMD ["node", "dist/main.js"]\n');
  add(`${root}/README.md`, markdown(t, `${name} service`));
}

function plainModule(t, i) {
  const lines = [`// Unit ${i}: pure helpers, no I/O.`, "import { format } from 'date-fns';", ''];
  for (let b = 0; b < t.int(2, 9); b++) {
    lines.push(
      `export function unit${i}${b ? `_${b}` : ''}(items: ReadonlyArray<{ id: string; at: Date; value: number }>): string[] {`,
      '  const out: string[] = [];',
      '  for (const item of items) {',
      `    if (item.value < ${t.int(0, 50)}) continue;`,
      "    out.push(`${item.id}@${format(item.at, 'yyyy-MM-dd')}`);",
      '  }',
      '  return out.sort();',
      '}',
      '',
    );
  }
  return lines.join('\n');
}

// ---- TypeScript: NestJS (decorators: guards, validation pipes, exception filters) and React apps ----

function addNestPackage(t, add, root, name) {
  add(`${root}/package.json`, JSON.stringify({ name: `@poly/${name}`, version: '1.0.0', scripts: { build: 'nest build', test: 'jest', 'start:prod': 'node dist/main' }, dependencies: { '@nestjs/common': '^10.0.0', '@nestjs/core': '^10.0.0', '@nestjs/passport': '^10.0.0', 'class-validator': '^0.14.0', 'class-transformer': '^0.5.0', typeorm: '^0.3.0', '@nestjs/terminus': '^10.0.0' }, devDependencies: { jest: '^29.0.0', '@nestjs/testing': '^10.0.0' } }, null, 2));
  add(`${root}/src/common/http-exception.filter.ts`, "import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';\n\n@Catch()\nexport class AllExceptionsFilter implements ExceptionFilter {\n  private readonly logger = new Logger(AllExceptionsFilter.name);\n  catch(exception: unknown, host: ArgumentsHost) {\n    const response = host.switchToHttp().getResponse();\n    const status = exception instanceof HttpException ? exception.getStatus() : 500;\n    this.logger.error('request failed', exception as Error);\n    response.status(status).json({ statusCode: status });\n  }\n}\n");
  add(`${root}/src/main.ts`, "import { ValidationPipe } from '@nestjs/common';\nimport { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\nimport { AllExceptionsFilter } from './common/http-exception.filter';\n\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  app.useGlobalPipes(new ValidationPipe({ whitelist: true }));\n  app.useGlobalFilters(new AllExceptionsFilter());\n  await app.listen(3000);\n}\nvoid bootstrap();\n");
  for (const r of Array.from({ length: t.int(3, 7) }, () => t.pick(RESOURCES)).filter((x, i, all) => all.indexOf(x) === i)) {
    const R = cap(r);
    add(`${root}/src/${r}/dto/create-${r}.dto.ts`, `import { IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';\n\nexport class Create${R}Dto {\n  @IsString()\n  @MaxLength(200)\n  name!: string;\n\n  @IsInt()\n  @Min(0)\n  quantity!: number;\n\n  @IsOptional()\n  @IsString()\n  note?: string;\n}\n`);
    add(`${root}/src/${r}/${r}.controller.ts`, `import { Body, Controller, Get, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';\nimport { AuthGuard } from '@nestjs/passport';\nimport { Create${R}Dto } from './dto/create-${r}.dto';\nimport { ${R}Service } from './${r}.service';\n\n@Controller('${r}s')\n@UseGuards(AuthGuard('jwt'))\nexport class ${R}Controller {\n  constructor(private readonly service: ${R}Service) {}\n\n  @Get(':id')\n  find(@Param('id', ParseUUIDPipe) id: string) {\n    return this.service.find(id);\n  }\n\n  @Post()\n  create(@Body() body: Create${R}Dto) {\n    return this.service.create(body);\n  }\n}\n`);
    add(`${root}/src/${r}/${r}.service.ts`, `import { Injectable, NotFoundException } from '@nestjs/common';\nimport { InjectRepository } from '@nestjs/typeorm';\nimport { Repository } from 'typeorm';\nimport { ${R} } from './${r}.entity';\n\n@Injectable()\nexport class ${R}Service {\n  constructor(@InjectRepository(${R}) private readonly repo: Repository<${R}>) {}\n\n  async find(id: string) {\n    const found = await this.repo.findOne({ where: { id } });\n    if (!found) throw new NotFoundException();\n    return found;\n  }\n\n  create(body: Partial<${R}>) {\n    return this.repo.save(body);\n  }\n}\n`);
    add(`${root}/src/${r}/${r}.entity.ts`, `import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';\n\n@Entity()\nexport class ${R} {\n  @PrimaryGeneratedColumn('uuid') id!: string;\n  @Column() name!: string;\n  @Column('int') quantity!: number;\n}\n`);
    add(`${root}/src/${r}/${r}.controller.spec.ts`, `import { Test } from '@nestjs/testing';\nimport { ${R}Controller } from './${r}.controller';\nimport { ${R}Service } from './${r}.service';\n\ndescribe('${R}Controller', () => {\n  it('finds by id', async () => {\n    const moduleRef = await Test.createTestingModule({ controllers: [${R}Controller], providers: [{ provide: ${R}Service, useValue: { find: jest.fn().mockResolvedValue({ id: 'x' }) } }] }).compile();\n    expect(await moduleRef.get(${R}Controller).find('x')).toEqual({ id: 'x' });\n  });\n});\n`);
  }
  for (let i = 0; i < t.int(5, 15); i++) add(`${root}/src/shared/helpers-${i}.ts`, plainModule(t, i));
}

function reactComponent(t, name) {
  const lines = [
    "import { useEffect, useState } from 'react';",
    "import { useQuery } from '@tanstack/react-query';",
    "import { Button } from '../ui/Button';",
    '',
    `type ${name}Props = { id: string; onClose?: () => void };`,
    '',
    `export function ${name}({ id, onClose }: ${name}Props) {`,
    '  const [open, setOpen] = useState(false);',
    `  const { data, error, isLoading } = useQuery({ queryKey: ['${name}', id], queryFn: () => fetch('/api/v1/${name.toLowerCase()}/' + id).then((r) => r.json()) });`,
    '  useEffect(() => {',
    '    if (error) console.error(error);',
    '  }, [error]);',
    '  if (isLoading) return <p>Loading…</p>;',
    '  return (',
    `    <section className="${name.toLowerCase()}">`,
  ];
  for (let i = 0; i < t.int(2, 12); i++) lines.push(`      <div className="row-${i}">{String(data?.field${i} ?? '')}</div>`);
  lines.push('      <Button onClick={() => { setOpen(!open); onClose?.(); }}>Close</Button>', '    </section>', '  );', '}', '');
  return lines.join('\n');
}

function addReactApp(t, add, root, name) {
  add(`${root}/package.json`, JSON.stringify({ name: `@poly/${name}`, private: true, scripts: { build: 'vite build', test: 'vitest run', lint: 'eslint src' }, dependencies: { react: '^18.3.0', 'react-dom': '^18.3.0', '@tanstack/react-query': '^5.0.0', '@sentry/react': '^8.0.0' }, devDependencies: { vite: '^5.0.0', vitest: '^2.0.0', '@testing-library/react': '^16.0.0' } }, null, 2));
  add(`${root}/src/main.tsx`, "import * as Sentry from '@sentry/react';\nimport { createRoot } from 'react-dom/client';\nimport { App } from './App';\n\nSentry.init({ dsn: import.meta.env.VITE_SENTRY_DSN });\ncreateRoot(document.getElementById('root')!).render(<App />);\n");
  add(`${root}/src/ui/Button.tsx`, "export function Button(props: React.ButtonHTMLAttributes<HTMLButtonElement>) {\n  return <button type=\"button\" {...props} />;\n}\n");
  const count = t.int(15, 45);
  for (let i = 0; i < count; i++) {
    const component = `${cap(t.pick(RESOURCES))}Panel${i}`;
    add(`${root}/src/components/${component}.tsx`, reactComponent(t, component));
    if (t.int(0, 9) < 4) add(`${root}/src/components/${component}.test.tsx`, `import { render } from '@testing-library/react';\nimport { ${component} } from './${component}';\n\nit('renders', () => {\n  expect(render(<${component} id="1" />).container).toBeTruthy();\n});\n`);
  }
  add(`${root}/src/App.tsx`, "export function App() {\n  return <main>app</main>;\n}\n");
}

// ---- Go, Python, Java services ----

function goHandler(t, svc, domain) {
  const D = cap(domain);
  const lines = ['package ' + domain, '', 'import (', '\t"context"', '\t"errors"', '\t"log/slog"', '\t"net/http"', '', '\t"github.com/gin-gonic/gin"', '\t"github.com/go-playground/validator/v10"', '\t"go.opentelemetry.io/otel"', ')', '', `var validate = validator.New()`, '', `type Create${D}Request struct {`, '\tName     string `json:"name" validate:"required,max=200"`', '\tQuantity int    `json:"quantity" validate:"gte=0"`', '}', ''];
  lines.push(`// Handler serves /${domain}s for ${svc}.`, 'type Handler struct {', '\trepo Repository', '\tlog  *slog.Logger', '}', '');
  lines.push(`func (h *Handler) Create(c *gin.Context) {`, `\tctx, span := otel.Tracer("${svc}").Start(c.Request.Context(), "${domain}.create")`, '\tdefer span.End()', `\tvar req Create${D}Request`, '\tif err := c.ShouldBindJSON(&req); err != nil {', '\t\tc.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})', '\t\treturn', '\t}', '\tif err := validate.Struct(req); err != nil {', '\t\tc.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})', '\t\treturn', '\t}', '\tid, err := h.repo.Insert(ctx, req.Name, req.Quantity)', '\tif err != nil {', `\t\th.log.Error("insert ${domain}", "err", err)`, '\t\tc.JSON(http.StatusInternalServerError, gin.H{"error": "internal"})', '\t\treturn', '\t}', '\tc.JSON(http.StatusCreated, gin.H{"id": id})', '}', '');
  for (let i = 0; i < t.int(1, 6); i++) lines.push(`func (h *Handler) step${i}(ctx context.Context, ids []string) error {`, '\tif len(ids) == 0 {', `\t\treturn errors.New("no ids for step ${i}")`, '\t}', '\tfor _, id := range ids {', '\t\tif err := h.repo.Touch(ctx, id); err != nil {', '\t\t\treturn err', '\t\t}', '\t}', '\treturn nil', '}', '');
  return lines.join('\n');
}

function addGoService(t, add, root, svc) {
  add(`${root}/go.mod`, `module github.com/poly/${svc}\n\ngo 1.22\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.10.0\n\tgithub.com/go-playground/validator/v10 v10.22.0\n\tgithub.com/prometheus/client_golang v1.20.0\n\tgo.opentelemetry.io/otel v1.28.0\n\tgithub.com/jackc/pgx/v5 v5.6.0\n)\n`);
  add(`${root}/cmd/${svc}/main.go`, `package main\n\nimport (\n\t"log/slog"\n\t"net/http"\n\t"os"\n\t"time"\n\n\t"github.com/gin-gonic/gin"\n\t"github.com/prometheus/client_golang/prometheus/promhttp"\n)\n\nfunc main() {\n\tr := gin.New()\n\tr.Use(gin.Recovery())\n\tr.GET("/metrics", gin.WrapH(promhttp.Handler()))\n\tr.GET("/healthz", func(c *gin.Context) { c.String(http.StatusOK, "ok") })\n\tsrv := &http.Server{Addr: ":" + os.Getenv("PORT"), Handler: r, ReadTimeout: 10 * time.Second}\n\tif err := srv.ListenAndServe(); err != nil {\n\t\tslog.Error("server stopped", "err", err)\n\t}\n}\n`);
  for (let d = 0; d < t.int(3, 8); d++) {
    const domain = t.pick(RESOURCES);
    const dir = `${root}/internal/${domain}`;
    add(`${dir}/handler.go`, goHandler(t, svc, domain));
    add(`${dir}/repository.go`, `package ${domain}\n\nimport (\n\t"context"\n\n\t"github.com/jackc/pgx/v5/pgxpool"\n)\n\ntype Repository interface {\n\tInsert(ctx context.Context, name string, quantity int) (string, error)\n\tTouch(ctx context.Context, id string) error\n}\n\ntype pgRepository struct{ pool *pgxpool.Pool }\n\nfunc (r *pgRepository) Insert(ctx context.Context, name string, quantity int) (string, error) {\n\tvar id string\n\terr := r.pool.QueryRow(ctx, "INSERT INTO ${domain}s (name, quantity) VALUES ($1, $2) RETURNING id", name, quantity).Scan(&id)\n\treturn id, err\n}\n\nfunc (r *pgRepository) Touch(ctx context.Context, id string) error {\n\t_, err := r.pool.Exec(ctx, "UPDATE ${domain}s SET touched_at = now() WHERE id = $1", id)\n\treturn err\n}\n`);
    if (t.int(0, 9) < 6) add(`${dir}/handler_test.go`, `package ${domain}\n\nimport "testing"\n\nfunc TestCreate${cap(domain)}(t *testing.T) {\n\tif validate == nil {\n\t\tt.Fatal("validator missing")\n\t}\n}\n`);
    for (let i = 0; i < t.int(0, 4); i++) add(`${dir}/${t.pick(['model', 'mapper', 'events', 'query'])}_${i}.go`, goHandler(t, svc, domain).replace(/^package \w+/, `package ${domain}`).replace(/Handler/g, `Handler${i}`).replace(/Create\w+Request/g, `Req${i}`).replace(/var validate = validator\.New\(\)/, ''));
  }
  add(`${root}/Dockerfile`, `FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/${svc} ./cmd/${svc}\n\nFROM gcr.io/distroless/static\nCOPY --from=build /out/${svc} /${svc}\nUSER nonroot\nENTRYPOINT ["/${svc}"]\n`);
}

function addPythonService(t, add, root, svc) {
  add(`${root}/pyproject.toml`, `[project]\nname = "${svc}"\nversion = "1.0.0"\ndependencies = ["django>=5.0", "djangorestframework>=3.15", "celery>=5.3", "structlog>=24.1", "sentry-sdk>=2.0", "django-prometheus>=2.3"]\n\n[tool.pytest.ini_options]\nDJANGO_SETTINGS_MODULE = "${svc}.settings"\n\n[tool.ruff]\nline-length = 100\n`);
  add(`${root}/${svc}/settings.py`, `import os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDEBUG = os.environ.get("DEBUG") == "1"\nINSTALLED_APPS = ["django.contrib.auth", "rest_framework", "django_prometheus"]\nREST_FRAMEWORK = {"DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.TokenAuthentication"], "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination", "PAGE_SIZE": 50}\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ.get("DB_NAME", "${svc}")}}\n`);
  for (let a = 0; a < t.int(3, 7); a++) {
    const app = t.pick(RESOURCES);
    const A = cap(app);
    const dir = `${root}/${svc}/${app}`;
    add(`${dir}/models.py`, `from django.db import models\n\n\nclass ${A}(models.Model):\n    name = models.CharField(max_length=200)\n    quantity = models.PositiveIntegerField(default=0)\n    created_at = models.DateTimeField(auto_now_add=True)\n\n    class Meta:\n        indexes = [models.Index(fields=["created_at"])]\n`);
    add(`${dir}/serializers.py`, `from rest_framework import serializers\n\nfrom .models import ${A}\n\n\nclass ${A}Serializer(serializers.ModelSerializer):\n    class Meta:\n        model = ${A}\n        fields = ["id", "name", "quantity", "created_at"]\n`);
    const views = [`import structlog\nfrom rest_framework import permissions, viewsets\n\nfrom .models import ${A}\nfrom .serializers import ${A}Serializer\n\nlog = structlog.get_logger()\n\n\nclass ${A}ViewSet(viewsets.ModelViewSet):\n    queryset = ${A}.objects.select_related().order_by("-created_at")\n    serializer_class = ${A}Serializer\n    permission_classes = [permissions.IsAuthenticated]\n`];
    for (let i = 0; i < t.int(1, 6); i++) views.push(`\n\ndef summarise_${i}(rows):\n    total = 0\n    for row in rows:\n        if row.quantity > ${t.int(0, 40)}:\n            total += row.quantity\n    try:\n        return total / len(rows)\n    except ZeroDivisionError:\n        log.exception("empty rows")\n        return 0\n`);
    add(`${dir}/views.py`, views.join(''));
    add(`${dir}/tasks.py`, `from celery import shared_task\n\n\n@shared_task(autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)\ndef refresh_${app}(pk):\n    from .models import ${A}\n\n    ${A}.objects.filter(pk=pk).update(quantity=0)\n`);
    add(`${dir}/migrations/0001_initial.py`, `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    initial = True\n    dependencies = []\n    operations = [migrations.CreateModel(name="${A}", fields=[("id", models.BigAutoField(primary_key=True)), ("name", models.CharField(max_length=200))])]\n`);
    for (let i = 0; i < t.int(1, 4); i++) add(`${dir}/tests/test_${app}_${i}.py`, `import pytest\n\nfrom ${svc}.${app}.views import summarise_0\n\n\n@pytest.mark.django_db\ndef test_summarise_${i}():\n    assert summarise_0([]) == 0\n`);
  }
}

function addJavaService(t, add, root, svc) {
  const pkg = `com.poly.${svc.replace(/\W/g, '')}`;
  const dir = `${root}/src/main/java/${pkg.replace(/\./g, '/')}`;
  const testDir = `${root}/src/test/java/${pkg.replace(/\./g, '/')}`;
  add(`${root}/pom.xml`, `<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <modelVersion>4.0.0</modelVersion>\n  <parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.3.0</version></parent>\n  <groupId>com.poly</groupId>\n  <artifactId>${svc}</artifactId>\n  <dependencies>\n    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>\n    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-validation</artifactId></dependency>\n    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-actuator</artifactId></dependency>\n    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>\n    <dependency><groupId>io.micrometer</groupId><artifactId>micrometer-registry-prometheus</artifactId></dependency>\n    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-test</artifactId><scope>test</scope></dependency>\n  </dependencies>\n</project>\n`);
  add(`${root}/src/main/resources/application.yml`, `server:\n  port: 8080\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,prometheus\nspring:\n  datasource:\n    url: jdbc:postgresql://db:5432/${svc}\n    password: \${DB_PASSWORD}\n`);
  add(`${dir}/web/GlobalExceptionHandler.java`, `package ${pkg}.web;\n\nimport org.slf4j.Logger;\nimport org.slf4j.LoggerFactory;\nimport org.springframework.http.ResponseEntity;\nimport org.springframework.web.bind.annotation.ControllerAdvice;\nimport org.springframework.web.bind.annotation.ExceptionHandler;\n\n@ControllerAdvice\npublic class GlobalExceptionHandler {\n    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);\n\n    @ExceptionHandler(Exception.class)\n    public ResponseEntity<String> handle(Exception e) {\n        log.error("request failed", e);\n        return ResponseEntity.internalServerError().body("internal error");\n    }\n}\n`);
  for (let d = 0; d < t.int(3, 8); d++) {
    const r = t.pick(RESOURCES);
    const R = cap(r);
    add(`${dir}/${r}/${R}Controller.java`, `package ${pkg}.${r};\n\nimport jakarta.validation.Valid;\nimport org.springframework.security.access.prepost.PreAuthorize;\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\n@RequestMapping("/api/v1/${r}s")\npublic class ${R}Controller {\n    private final ${R}Service service;\n\n    public ${R}Controller(${R}Service service) {\n        this.service = service;\n    }\n\n    @PostMapping\n    @PreAuthorize("hasRole('USER')")\n    public ${R}Dto create(@Valid @RequestBody ${R}Dto body) {\n        return service.create(body);\n    }\n}\n`);
    add(`${dir}/${r}/${R}Dto.java`, `package ${pkg}.${r};\n\nimport jakarta.validation.constraints.NotBlank;\nimport jakarta.validation.constraints.Size;\n\npublic record ${R}Dto(@NotBlank @Size(max = 200) String name, int quantity) {}\n`);
    const service = [`package ${pkg}.${r};\n\nimport org.springframework.stereotype.Service;\n\n@Service\npublic class ${R}Service {\n    public ${R}Dto create(${R}Dto body) {\n        return body;\n    }\n`];
    for (let i = 0; i < t.int(1, 6); i++) service.push(`\n    int step${i}(int[] values) {\n        int total = 0;\n        for (int v : values) {\n            if (v > ${t.int(0, 50)}) total += v;\n        }\n        return total;\n    }\n`);
    add(`${dir}/${r}/${R}Service.java`, service.join('') + '}\n');
    if (t.int(0, 9) < 6) add(`${testDir}/${r}/${R}ControllerTest.java`, `package ${pkg}.${r};\n\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\nimport org.junit.jupiter.api.Test;\n\nclass ${R}ControllerTest {\n    @Test\n    void createsFromBody() {\n        var dto = new ${R}Dto("x", 1);\n        assertEquals(dto, new ${R}Service().create(dto));\n    }\n}\n`);
  }
}

// ---- YAML: Kubernetes overlays per environment, region, cluster and namespace; Helm charts; CRDs ----

function k8sManifest(t, app, env, kind) {
  const replicas = env === 'prod' ? t.int(3, 12) : 1;
  switch (kind) {
    case 'deployment':
      return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\n  labels:\n    app.kubernetes.io/name: ${app}\n    app.kubernetes.io/part-of: poly\n    environment: ${env}\nspec:\n  replicas: ${replicas}\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${app}\n  template:\n    metadata:\n      labels:\n        app.kubernetes.io/name: ${app}\n      annotations:\n        prometheus.io/scrape: "true"\n        prometheus.io/port: "9090"\n    spec:\n      serviceAccountName: ${app}\n      securityContext:\n        runAsNonRoot: true\n        seccompProfile:\n          type: RuntimeDefault\n      containers:\n        - name: ${app}\n          image: registry.example.com/poly/${app}:1.${t.int(0, 40)}.${t.int(0, 9)}\n          ports:\n            - containerPort: 8080\n          env:\n            - name: LOG_LEVEL\n              value: ${env === 'prod' ? 'info' : 'debug'}\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: ${app}-db\n                  key: password\n          resources:\n            requests:\n              cpu: ${t.int(1, 10) * 50}m\n              memory: ${t.int(1, 8) * 64}Mi\n            limits:\n              memory: ${t.int(2, 16) * 64}Mi\n          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            initialDelaySeconds: 10\n`;
    case 'service':
      return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    app.kubernetes.io/name: ${app}\n  ports:\n    - name: http\n      port: 80\n      targetPort: 8080\n`;
    case 'hpa':
      return `apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: ${app}\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: ${app}\n  minReplicas: ${replicas}\n  maxReplicas: ${replicas * 4}\n  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: ${t.int(50, 85)}\n`;
    case 'configmap':
      return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${app}-config\ndata:\n${Array.from({ length: t.int(3, 20) }, (_, i) => `  FEATURE_${i}: "${t.int(0, 1) ? 'on' : 'off'}"`).join('\n')}\n`;
    case 'networkpolicy':
      return `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: ${app}\nspec:\n  podSelector:\n    matchLabels:\n      app.kubernetes.io/name: ${app}\n  policyTypes: [Ingress, Egress]\n  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              name: ingress\n`;
    case 'servicemonitor':
      return `apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: ${app}\nspec:\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: ${app}\n  endpoints:\n    - port: http\n      path: /metrics\n      interval: 30s\n`;
    default:
      return `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ${app}\nresources:\n  - ../../../../../base/${app}\npatches:\n  - path: deployment.yaml\n`;
  }
}

function crd(t, name) {
  // A CustomResourceDefinition: a long, deeply nested OpenAPI schema, as operators ship them (hundreds of KiB).
  const lines = [`apiVersion: apiextensions.k8s.io/v1`, 'kind: CustomResourceDefinition', 'metadata:', `  name: ${name}s.poly.example.com`, 'spec:', '  group: poly.example.com', '  names:', `    kind: ${cap(name)}`, `    plural: ${name}s`, '  scope: Namespaced', '  versions:', '    - name: v1', '      served: true', '      storage: true', '      schema:', '        openAPIV3Schema:', '          type: object', '          properties:'];
  const fields = t.int(600, 1400);
  for (let i = 0; i < fields; i++) {
    lines.push(`            field${i}:`, `              description: Field ${i} of the ${name} resource; set by the operator when the ${name} is reconciled.`, '              type: object', '              properties:', '                enabled:', '                  type: boolean', '                value:', `                  type: ${t.pick(['string', 'integer', 'number'])}`);
  }
  return lines.join('\n') + '\n';
}

function helmTemplate(app, kind) {
  return `{{- if .Values.${kind}.enabled }}\napiVersion: ${kind === 'ingress' ? 'networking.k8s.io/v1' : 'v1'}\nkind: ${cap(kind)}\nmetadata:\n  name: {{ include "${app}.fullname" . }}\n  labels:\n    {{- include "${app}.labels" . | nindent 4 }}\nspec:\n  {{- with .Values.${kind}.spec }}\n  {{- toYaml . | nindent 2 }}\n  {{- end }}\n{{- end }}\n`;
}

// ---- Generated bundles just under the read limit, and the rest ----

function bundle(t, bytes) {
  // Minified-looking JavaScript: long lines of short identifiers, try/catch, fetch and console calls, as a
  // committed webpack or vite output has them. No rule should need these; they are there to be read (or not).
  const parts = ['/*! For license information please see LICENSES.txt */\n'];
  let size = parts[0].length;
  let line = 0;
  const id = () => String.fromCharCode(97 + t.int(0, 25)) + String.fromCharCode(97 + t.int(0, 25)) + t.int(0, 9);
  while (size < bytes) {
    const snippets = [
      `function ${id()}(e,t){try{return e.call(t)}catch(n){console.error("${id()} failed",n);return null}}`,
      `var ${id()}=function(e){return fetch("/api/v1/${t.pick(RESOURCES)}s/"+e,{headers:{Accept:"application/json"}}).then(function(t){if(!t.ok)throw new Error("HTTP "+t.status);return t.json()})};`,
      `${id()}.prototype.${id()}=function(e){for(var t=0,n=e.length;t<n;t++)this.${id()}[e[t].id]=e[t];return this};`,
      `Object.defineProperty(${id()},"__esModule",{value:!0});`,
      `const ${id()}={${Array.from({ length: 6 }, () => `${id()}:"${id()}-${t.int(0, 999)}"`).join(',')}};`,
      `if("production"!==process.env.NODE_ENV&&${id()})throw new Error("invariant ${id()}");`,
      `${id()}.exports=function(e){return e&&e.__esModule?e:{default:e}};`,
    ];
    let chunk = '';
    for (let i = 0; i < 60; i++) chunk += t.pick(snippets);
    chunk += ++line % 4 === 0 ? '\n' : '';
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join('').slice(0, bytes);
}

function markdown(t, title) {
  const out = [`# ${title}`, ''];
  for (let p = 0; p < t.int(3, 10); p++) out.push(`## Section ${p}`, '', 'How the service is configured, deployed to each environment, observed and tested. '.repeat(t.int(1, 5)), '', '```sh', 'make deploy ENV=staging', '```', '');
  return out.join('\n');
}

/** Writes the polyglot repository under `dir`; returns the number of files written. */
export async function generatePolyglot(dir, target) {
  const rand = random(target * 7 + 1);
  const t = tools(rand);
  const files = new Map();
  const add = (file, content) => files.set(file, content);
  add('package.json', JSON.stringify({ name: 'poly-platform', private: true, workspaces: ['packages/*', 'apps/*'], scripts: { build: 'turbo run build', test: 'turbo run test', lint: 'turbo run lint' }, devDependencies: { turbo: '^2.0.0', typescript: '^5.5.0', eslint: '^9.0.0' } }, null, 2));
  add('turbo.json', JSON.stringify({ pipeline: { build: { dependsOn: ['^build'], outputs: ['dist/**'] }, test: {}, lint: {} } }, null, 2));
  add('tsconfig.base.json', JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', target: 'ES2022', declaration: true } }, null, 2));
  add('README.md', markdown(t, 'Poly platform'));
  add('SECURITY.md', '# Security\n\nReport vulnerabilities to security@example.com.\n');
  add('.gitignore', 'node_modules/\ndist/\n.env\n*.log\n');
  add('Makefile', 'deploy:\n\tkubectl apply -k deploy/k8s/overlays/$(ENV)\n\ntest:\n\tnpm test && go test ./... && pytest && mvn -q test\n');
  for (const [i, job] of ['node', 'go', 'python', 'java', 'deploy', 'codeql', 'release', 'e2e'].entries()) {
    add(`.github/workflows/${job}.yml`, `name: ${job}\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  ${job}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${['npm ci && npm run lint && npm test', 'go vet ./... && go test -race ./...', 'pip install -e . && ruff check . && pytest', 'mvn -B verify', 'make deploy ENV=staging', 'echo codeql', 'npm run build', 'npx playwright test'][i]}\n`);
  }
  // Bundles: committed build output under names and folders no default ignore catches; two source maps over
  // the limit beside them (ignored by name) and two bundles over it (skipped by size).
  const bundles = Math.max(2, Math.round(target / 250));
  for (let b = 0; b < bundles; b++) {
    const where = [`apps/web-${b % 3}/public/static/js/main.${(b * 2654435761 >>> 0).toString(16)}.chunk.js`, `services/java-${b % 4}/src/main/resources/static/js/app.${b}.js`, `docs/site/assets/js/bundle.${b}.js`, `packages/sdk-${b % 5}/lib/index.${b}.js`][b % 4];
    add(where, bundle(t, t.int(880, 1020) * 1024));
  }
  add('apps/web-0/public/static/js/vendor.big.js', bundle(t, 1100 * 1024));
  add('docs/site/assets/js/search-index.js', bundle(t, 1300 * 1024));

  const shares = { ts: 0.3, yaml: 0.28, go: 0.12, py: 0.12, java: 0.08 };
  let p = 0;
  while (files.size < target * shares.ts) {
    const kind = p % 5;
    if (kind === 0 || kind === 3) addExpressPackage(t, add, `packages/api-${p}`, `api-${p}`);
    else if (kind === 1) addNestPackage(t, add, `packages/nest-${p}`, `nest-${p}`);
    else addReactApp(t, add, `apps/web-${p}`, `web-${p}`);
    p++;
  }
  // YAML: base manifests per app, overlays per environment/region/cluster/namespace, Helm charts, CRDs.
  const apps = Array.from({ length: 24 }, (_, i) => `${RESOURCES[i % RESOURCES.length]}-svc${i >= RESOURCES.length ? '-2' : ''}`);
  for (let c = 0; c < Math.max(1, Math.round(target / 2500)); c++) add(`deploy/crds/${apps[c % apps.length]}-crd.yaml`, crd(t, `${RESOURCES[c % RESOURCES.length]}${c}`));
  for (const app of apps) for (const kind of ['deployment', 'service', 'configmap']) add(`deploy/k8s/base/${app}/${kind}.yaml`, k8sManifest(t, app, 'dev', kind));
  const yamlTarget = target * (shares.ts + shares.yaml);
  let y = 0;
  while (files.size < yamlTarget) {
    const app = apps[y % apps.length];
    const env = ENVS[Math.floor(y / apps.length) % ENVS.length];
    const region = REGIONS[Math.floor(y / (apps.length * ENVS.length)) % REGIONS.length];
    const cluster = `cluster-${Math.floor(y / (apps.length * ENVS.length * REGIONS.length))}`;
    const base = `deploy/k8s/overlays/${env}/${region}/${cluster}/ns-${app.split('-')[0]}/${app}`;
    for (const kind of ['kustomization', 'deployment', 'service', 'hpa', 'configmap', 'networkpolicy', 'servicemonitor']) add(`${base}/${kind}.yaml`, k8sManifest(t, app, env, kind));
    if (y < apps.length) {
      const chart = `charts/${app}`;
      add(`${chart}/Chart.yaml`, `apiVersion: v2\nname: ${app}\nversion: 0.${y}.0\nappVersion: "1.0.0"\n`);
      add(`${chart}/values.yaml`, `replicaCount: 2\nimage:\n  repository: registry.example.com/poly/${app}\n  tag: latest\nservice:\n  enabled: true\ningress:\n  enabled: false\nresources: {}\n`);
      for (const env2 of ENVS) add(`${chart}/values-${env2}.yaml`, `replicaCount: ${env2 === 'prod' ? 6 : 1}\n`);
      for (const kind of ['deployment', 'service', 'ingress', 'configmap', 'serviceaccount', 'hpa', 'pdb']) add(`${chart}/templates/${kind}.yaml`, helmTemplate(app, kind));
      add(`${chart}/templates/_helpers.tpl`, `{{- define "${app}.fullname" -}}{{ .Release.Name }}-${app}{{- end }}\n{{- define "${app}.labels" -}}app: ${app}{{- end }}\n`);
    }
    y++;
  }
  let g = 0;
  while (files.size < target * (shares.ts + shares.yaml + shares.go)) addGoService(t, add, `services/go-${g}`, `svc${g++}`);
  let s = 0;
  while (files.size < target * (shares.ts + shares.yaml + shares.go + shares.py)) addPythonService(t, add, `services/py-${s}`, `pysvc${s++}`);
  let j = 0;
  while (files.size < target * (shares.ts + shares.yaml + shares.go + shares.py + shares.java)) addJavaService(t, add, `services/java-${j}`, `jsvc${j++}`);
  // The rest: protos, SQL migrations, Terraform, docs.
  let d = 0;
  while (files.size < target) {
    const r = rand();
    const resource = RESOURCES[d % RESOURCES.length];
    if (r < 0.15) add(`proto/poly/${resource}/v${1 + (d % 3)}/${resource}_${d}.proto`, `syntax = "proto3";\npackage poly.${resource}.v1;\n\nservice ${cap(resource)}Service {\n  rpc Get${cap(resource)} (Get${cap(resource)}Request) returns (${cap(resource)});\n}\n\nmessage Get${cap(resource)}Request { string id = 1; }\nmessage ${cap(resource)} { string id = 1; string name = 2; int64 quantity = 3; }\n`);
    else if (r < 0.35) add(`db/migrations/${String(d).padStart(5, '0')}_${resource}.sql`, `CREATE TABLE IF NOT EXISTS ${resource}_${d} (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  name text NOT NULL,\n  created_at timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX ON ${resource}_${d} (created_at);\n`);
    else if (r < 0.55) add(`infra/terraform/${ENVS[d % 3]}/${REGIONS[d % 3]}/${resource}/main-${d}.tf`, `module "${resource}_${d}" {\n  source      = "../../../modules/service"\n  name        = "${resource}"\n  environment = "${ENVS[d % 3]}"\n  min_size    = ${1 + (d % 4)}\n}\n`);
    else add(`docs/${['guides', 'runbooks', 'adr', 'api'][d % 4]}/${resource}-${d}.md`, markdown(t, `${cap(resource)} notes ${d}`));
    d++;
  }

  await writeTree(dir, files);
  return files.size;
}
