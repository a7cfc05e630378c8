// Checks requests against GitHub's OpenAPI description (@octokit/openapi): the method and path must name
// a documented operation, and its path parameters, query and JSON body must validate (ajv).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, any>;

export interface Operation {
  operationId: string;
  method: string;
  template: string;
  params: Record<string, string>;
}

export interface CheckResult {
  operation?: Operation;
  errors: string[];
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  names: string[];
  literalSegments: number;
  op: Json;
}

const require = createRequire(import.meta.url);
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head'];

export class OpenApiValidator {
  private readonly routes: Route[] = [];
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly spec: Json) {
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: false });
    addFormats(this.ajv);
    this.ajv.addSchema({ ...spec, $id: 'github' }, 'github');
    for (const [template, item] of Object.entries<Json>(spec.paths)) {
      const names: string[] = [];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      for (const method of METHODS) {
        if (!item[method]) continue;
        this.routes.push({
          method: method.toUpperCase(),
          template,
          regex: new RegExp(`^${source}$`),
          names,
          literalSegments: template.split('/').filter((s) => s && !s.startsWith('{')).length,
          op: item[method],
        });
      }
    }
    // Most specific first: /issues/comments/{comment_id} before /issues/{issue_number}/...
    this.routes.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** The description of api.github.com (or a GHES version: "ghes-3.19"). */
  static load(name = 'api.github.com'): OpenApiValidator {
    const file = require.resolve(`@octokit/openapi/generated/${name}.json`);
    return new OpenApiValidator(JSON.parse(readFileSync(file, 'utf8')));
  }

  check(method: string, url: string, body: unknown): CheckResult {
    const { pathname, searchParams } = new URL(url, 'http://api.test');
    let match: { route: Route; values: string[] } | undefined;
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) continue;
      const m = route.regex.exec(pathname);
      if (m) {
        match = { route, values: m.slice(1).map(decodeURIComponent) };
        break;
      }
    }
    if (!match) return { errors: [`${method} ${pathname}: no such operation in GitHub's REST API`] };
    const { route, values } = match;
    const where = `${method} ${route.template}`;
    const errors: string[] = [];
    const params: Record<string, string> = Object.fromEntries(route.names.map((n, i) => [n, values[i]!]));
    const declared = (route.op.parameters ?? []).map((p: Json) => this.deref(p));
    const seenQuery = new Set<string>();
    for (const p of declared) {
      if (p.in === 'path') {
        errors.push(...this.validateValue(`${where}: path parameter ${p.name}`, p.schema, params[p.name]));
      } else if (p.in === 'query') {
        seenQuery.add(p.name);
        const value = searchParams.get(p.name);
        if (value === null) {
          if (p.required) errors.push(`${where}: missing required query parameter ${p.name}`);
          continue;
        }
        errors.push(...this.validateValue(`${where}: query parameter ${p.name}`, p.schema, value));
      }
    }
    for (const key of searchParams.keys()) {
      if (!seenQuery.has(key)) errors.push(`${where}: undocumented query parameter ${key}`);
    }
    const requestBody = route.op.requestBody ? this.deref(route.op.requestBody) : undefined;
    const schema = requestBody?.content?.['application/json']?.schema;
    if (schema) {
      if (body === undefined) {
        if (requestBody.required) errors.push(`${where}: missing JSON body`);
      } else {
        const validate = this.compile(`${route.template} ${route.method} body`, schema);
        if (!validate(body)) errors.push(...(validate.errors ?? []).map((e) => `${where}: body${e.instancePath} ${e.message}`));
      }
    } else if (body !== undefined && body !== null && !(typeof body === 'object' && Object.keys(body as object).length === 0)) {
      errors.push(`${where}: takes no JSON body`);
    }
    return { operation: { operationId: route.op.operationId, method: route.method, template: route.template, params }, errors };
  }

  /** Validates a response body against the documented response schema of an operation and status. */
  checkResponse(operation: Operation, status: number, body: unknown): string[] {
    const op = this.spec.paths[operation.template][operation.method.toLowerCase()];
    const response = op.responses?.[String(status)] ?? op.responses?.default;
    if (!response) return [`${operation.method} ${operation.template}: undocumented response status ${status}`];
    const schema = this.deref(response).content?.['application/json']?.schema;
    if (!schema) return [];
    const validate = this.compile(`${operation.template} ${operation.method} ${status} response`, schema);
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${operation.method} ${operation.template} ${status}: response${e.instancePath} ${e.message}`);
  }

  private validateValue(label: string, schema: Json | undefined, raw: string | undefined): string[] {
    if (raw === undefined) return [`${label} is missing`];
    if (!schema) return [];
    const resolved = this.deref(schema);
    const type = resolved.type;
    let value: unknown = raw;
    if (type === 'integer' || type === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return [`${label}: "${raw}" is not a ${type}`];
      value = Number(raw);
    } else if (type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') return [`${label}: "${raw}" is not a boolean`];
      value = raw === 'true';
    }
    const validate = this.compile(`${label} ${JSON.stringify(schema)}`, schema);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${label}: ${e.message}`);
  }

  private compile(key: string, schema: Json): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      // $ref "#/components/..." inside the schema resolve against the whole description.
      validate = this.ajv.compile({ $id: `github-fragment-${this.compiled.size}`, ...rebase(schema) });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  private deref(node: Json): Json {
    let current = node;
    for (let i = 0; current && typeof current.$ref === 'string' && i < 20; i++) {
      const pointer = current.$ref.replace(/^#\//, '').split('/').map((s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      current = pointer.reduce((acc: Json, key: string) => acc?.[key], this.spec);
    }
    return current;
  }
}

/** Points local $refs at the description added under the id "github". */
function rebase(schema: unknown): any {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `github${v}` : rebase(v);
  return out;
}
