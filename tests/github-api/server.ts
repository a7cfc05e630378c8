// A local stand-in for GitHub's REST API: issue comments and pull requests of one repository, answered
// with real-shaped objects, every request checked against GitHub's OpenAPI description.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { OpenApiValidator, type Operation } from './openapi.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];
const exampleComment = examples.find((e) => e.name === 'issue_comment')!.examples[0]!.comment as Record<string, any>;

export interface RecordedRequest {
  method: string;
  url: string;
  operationId?: string;
  params: Record<string, string>;
  body: unknown;
  authorization?: string;
  /** The status answered; 0 when the connection was closed without one. */
  status: number;
  /** Set when the answer was a fault injected by the test. */
  fault?: Fault['kind'];
  /** When the request arrived (Date.now()). */
  at: number;
  /** What does not match GitHub's OpenAPI description, in the request or in the mock's answer. */
  violations: string[];
}

export interface Fault {
  /** operationId (e.g. "issues/create-comment") the fault applies to. */
  operationId: string;
  /**
   * http (default): answer `status` with GitHub's error body. reset: close the connection without an answer.
   * truncate: do the request (a POST creates the comment), send the status line, the headers and half the
   * body, then close the connection.
   */
  kind?: 'http' | 'reset' | 'truncate';
  /** For kind http. */
  status?: number;
  message?: string;
  headers?: Record<string, string>;
  /** How many requests fail; default 1. Infinity = all. */
  times?: number;
  /** Only requests about this issue or pull request number. */
  issue?: number;
}

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  userId: number;
  login: string;
  created: string;
  updated: string;
}

export class MockGitHub {
  readonly requests: RecordedRequest[] = [];
  /** Requests or responses that do not match GitHub's OpenAPI description. */
  readonly violations: string[] = [];
  readonly comments: StoredComment[] = [];
  /** Head commit of each pull request, as GET /pulls/{n} answers it. */
  readonly pullHeads = new Map<number, string>();
  /** Pull requests GET /pulls/{n} answers as closed. */
  readonly closedPulls = new Set<number>();
  readonly faults: Fault[] = [];
  /** The user the token belongs to. */
  botUser = { id: 41898282, login: 'github-actions[bot]' };
  /**
   * What GET /user answers: undefined = 403 "Resource not accessible by integration", as for the workflow's
   * GITHUB_TOKEN (an installation token, which has no user); a user = a personal token's, whose comments are by it.
   */
  tokenUser?: { id: number; login: string };
  owner = 'Codertocat';
  repo = 'Hello-World';
  private server?: Server;
  private nextId = 1_000_000_001;

  constructor(private readonly validator: OpenApiValidator) {}

  get url(): string {
    const address = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: Error) => {
        this.violations.push(`mock error: ${error.stack}`);
        res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The requests made with this token (one token per action run tells concurrent runs apart). */
  requestsBy(token: string): RecordedRequest[] {
    return this.requests.filter((r) => r.authorization === `token ${token}`);
  }

  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.faults.length = 0;
  }

  addComment(issue: number, body: string, user = this.botUser): StoredComment {
    const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    const comment = { id: this.nextId++, issue, body, userId: user.id, login: user.login, created: now, updated: now };
    this.comments.push(comment);
    return comment;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    let body: unknown;
    if (raw.length) {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${req.method} ${req.url}: body is not JSON`);
      }
    }
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const check = this.validator.check(method, url, body);
    const record: RecordedRequest = {
      method,
      url,
      operationId: check.operation?.operationId,
      params: check.operation?.params ?? {},
      body,
      authorization: req.headers.authorization,
      status: 0,
      at: Date.now(),
      violations: [...check.errors],
    };
    this.requests.push(record);
    if (!req.headers.authorization) record.violations.push(`${method} ${url}: no Authorization header`);
    if (!/^application\/vnd\.github/.test(String(req.headers.accept))) record.violations.push(`${method} ${url}: Accept is ${req.headers.accept}`);

    let truncate = false;
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (check.operation && data !== undefined && status < 300) record.violations.push(...this.validator.checkResponse(check.operation, status, data));
      this.violations.push(...record.violations);
      const text = data === undefined ? '' : JSON.stringify(data);
      // Truncated: the full length is promised, half of the body is sent, then the connection drops.
      const length = truncate ? { 'content-length': String(Buffer.byteLength(text)) } : {};
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-api-version-selected': '2022-11-28', ...headers, ...length });
      if (!truncate) return void res.end(data === undefined ? undefined : text);
      res.write(text.slice(0, Math.floor(text.length / 2)), () => res.socket?.destroy());
    };
    if (!check.operation) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });

    const params = check.operation.params;
    const about = Number(params.issue_number ?? params.pull_number ?? this.comments.find((c) => String(c.id) === params.comment_id)?.issue);
    const fault = this.faults.find(
      (f) => f.operationId === check.operation!.operationId && (f.times ?? 1) > 0 && (f.issue === undefined || f.issue === about),
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      record.fault = fault.kind ?? 'http';
      if (fault.kind === 'reset') {
        this.violations.push(...record.violations);
        return void req.socket.destroy();
      }
      if (fault.kind === 'truncate') {
        truncate = true;
      } else {
        const status = fault.status ?? 500;
        return send(status, { message: fault.message ?? 'Fault', documentation_url: 'https://docs.github.com/rest', status: String(status) }, fault.headers);
      }
    }
    const op = check.operation;
    const { owner, repo } = op.params;
    if (owner !== undefined && (owner !== this.owner || repo !== this.repo)) return send(404, { message: 'Not Found', status: '404' });
    this.route(op, url, body, send);
  }

  private route(op: Operation, url: string, body: unknown, send: (status: number, data?: unknown, headers?: Record<string, string>) => void): void {
    const p = op.params;
    switch (op.operationId) {
      case 'issues/list-comments': {
        const issue = Number(p.issue_number);
        const query = new URL(url, 'http://x').searchParams;
        const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
        const page = Number(query.get('page') ?? 1);
        const all = this.comments.filter((c) => c.issue === issue);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) {
          const link = (n: number, rel: string) => `<${this.url}/repos/${this.owner}/${this.repo}/issues/${issue}/comments?per_page=${perPage}&page=${n}>; rel="${rel}"`;
          headers.link = [link(page + 1, 'next'), link(last, 'last')].join(', ');
        }
        return send(200, all.slice((page - 1) * perPage, page * perPage).map((c) => this.toApi(c)), headers);
      }
      case 'issues/create-comment': {
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== 'string') return send(422, { message: 'Validation Failed', status: '422' });
        if (text.length > 65536) return send(422, { message: 'Validation Failed: body is too long (maximum is 65536 characters)', status: '422' });
        return send(201, this.toApi(this.addComment(Number(p.issue_number), text)));
      }
      case 'issues/update-comment': {
        const comment = this.comments.find((c) => c.id === Number(p.comment_id));
        if (!comment) return send(404, { message: 'Not Found', status: '404' });
        const text = (body as { body?: unknown })?.body;
        if (typeof text !== 'string' || text.length > 65536) return send(422, { message: 'Validation Failed', status: '422' });
        comment.body = text;
        comment.updated = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
        return send(200, this.toApi(comment));
      }
      case 'issues/delete-comment': {
        const index = this.comments.findIndex((c) => c.id === Number(p.comment_id));
        if (index === -1) return send(404, { message: 'Not Found', status: '404' });
        this.comments.splice(index, 1);
        return send(204);
      }
      case 'users/get-authenticated': {
        if (!this.tokenUser) return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' });
        const { id, login } = this.tokenUser;
        const user = { ...exampleComment.user, id, login, node_id: `U_${id}`, type: 'User', user_view_type: 'public' };
        const profile = { name: login, company: null, blog: '', location: null, email: null, hireable: null, bio: null, public_repos: 1, public_gists: 0, followers: 0, following: 0 };
        return send(200, { ...user, ...profile, created_at: '2020-01-01T00:00:00Z', updated_at: '2020-01-01T00:00:00Z' });
      }
      case 'pulls/get': {
        const head = this.pullHeads.get(Number(p.pull_number));
        if (!head) return send(404, { message: 'Not Found', status: '404' });
        return send(200, this.pullRequest(Number(p.pull_number), head));
      }
      default:
        this.violations.push(`unexpected operation ${op.operationId}`);
        return send(404, { message: 'Not Found', status: '404' });
    }
  }

  private toApi(c: StoredComment): Record<string, unknown> {
    const api = `${this.url}/repos/${this.owner}/${this.repo}`;
    return {
      ...exampleComment,
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${api}/issues/comments/${c.id}`,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${api}/issues/${c.issue}`,
      body: c.body,
      user: { ...exampleComment.user, id: c.userId, login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: c.created,
      updated_at: c.updated,
      author_association: 'NONE',
    };
  }

  /** A pull request object: the webhook example's, with this number and head. */
  private pullRequest(number: number, head: string): Record<string, unknown> {
    const pr = structuredClone(examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!.pull_request);
    // The webhook's pull request lacks the REST-only auto_merge field; the rest is the same object.
    const closed = this.closedPulls.has(number) ? { state: 'closed', closed_at: '2020-01-01T00:00:00Z' } : {};
    return { auto_merge: null, ...pr, number, head: { ...pr.head, sha: head }, ...closed };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
