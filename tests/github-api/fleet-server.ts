// A local stand-in for GitHub's REST API as `levelgate fleet` uses it: an account, its repositories (paged),
// and each repository's tarball behind the redirect to an archive host, as api.github.com answers. Every API
// request and answer is checked against GitHub's OpenAPI description; the archive host is not part of it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { OpenApiValidator } from './openapi.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as { name: string; examples: Record<string, any>[] }[];
const exampleRepository = examples.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'opened')!.repository as Record<string, any>;

export interface FakeRepository {
  name: string;
  topics?: string[];
  fork?: boolean;
  archived?: boolean;
  /** The size the listing states, in KiB; default: from the archive. */
  sizeKb?: number;
  defaultBranch?: string;
  /** The gzip'd tarball, or how the API answers instead. */
  archive: Buffer | { status: 404 | 451 | 403 };
  /** The archive host fails this many times with 502 before answering. */
  hostFailures?: number;
}

export interface FleetRequest {
  method: string;
  url: string;
  operationId?: string;
  status: number;
  authorization?: string;
}

export class FleetGitHub {
  readonly requests: FleetRequest[] = [];
  readonly violations: string[] = [];
  readonly repositories: FakeRepository[] = [];
  ownerType: 'Organization' | 'User' = 'Organization';
  private server?: Server;

  constructor(
    private readonly validator: OpenApiValidator,
    readonly owner = 'acme',
  ) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      try {
        this.handle(req, res);
      } catch (error) {
        this.violations.push(`mock error: ${(error as Error).stack}`);
        res.writeHead(500).end();
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const record: FleetRequest = { method, url, status: 0, authorization: req.headers.authorization };
    this.requests.push(record);
    if (url.startsWith('/_codeload/')) return this.archiveHost(url, req, res, record);

    const check = this.validator.check(method, url, undefined);
    record.operationId = check.operation?.operationId;
    this.violations.push(...check.errors);
    if (!req.headers.authorization) this.violations.push(`${method} ${url}: no Authorization header`);
    if (!/^application\/vnd\.github/.test(String(req.headers.accept))) this.violations.push(`${method} ${url}: Accept is ${req.headers.accept}`);
    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (check.operation) {
        if (status < 300 && data !== undefined) this.violations.push(...this.validator.checkResponse(check.operation, status, data));
        else if (!this.validator.spec.paths[check.operation.template][method.toLowerCase()].responses?.[String(status)]) {
          // GitHub answers 404 and 451 on any repository route, documented or not; anything else is the mock's mistake.
          if (status !== 404 && status !== 451) this.violations.push(`${method} ${check.operation.template}: undocumented status ${status}`);
        }
      }
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? undefined : JSON.stringify(data));
    };
    if (!check.operation) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    const p = check.operation.params;
    const query = new URL(url, 'http://x').searchParams;
    switch (check.operation.operationId) {
      case 'users/get-by-username':
        if (p.username !== this.owner) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
        return send(200, this.account());
      case 'repos/list-for-org':
      case 'repos/list-for-user': {
        const name = p.org ?? p.username;
        const right = check.operation.operationId === 'repos/list-for-org' ? 'Organization' : 'User';
        if (name !== this.owner || this.ownerType !== right) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
        const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
        const page = Number(query.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(this.repositories.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) {
          const base = `${this.url}${new URL(url, 'http://x').pathname}`;
          headers.link = [`<${base}?per_page=${perPage}&page=${page + 1}>; rel="next"`, `<${base}?per_page=${perPage}&page=${last}>; rel="last"`].join(', ');
        }
        return send(200, this.repositories.slice((page - 1) * perPage, page * perPage).map((r, i) => this.toApi(r, (page - 1) * perPage + i)), headers);
      }
      case 'repos/download-tarball-archive': {
        const repo = p.owner === this.owner ? this.repositories.find((r) => r.name === p.repo) : undefined;
        if (!repo) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
        if (!Buffer.isBuffer(repo.archive)) return send(repo.archive.status, { message: repo.archive.status === 451 ? 'Repository access blocked' : 'Not Found', documentation_url: 'https://docs.github.com/rest', status: String(repo.archive.status) });
        // As GitHub: a redirect to the archive host, with a short-lived token of the archive's own.
        return send(302, undefined, { location: `${this.url}/_codeload/${this.owner}/${encodeURIComponent(repo.name)}/legacy.tar.gz/${encodeURIComponent(p.ref!)}?token=ARCHIVE_TOKEN_abc123` });
      }
      default:
        this.violations.push(`unexpected operation ${check.operation.operationId}`);
        return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    }
  }

  private archiveHost(url: string, req: IncomingMessage, res: ServerResponse, record: FleetRequest): void {
    const m = /^\/_codeload\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/[^?]+\?token=ARCHIVE_TOKEN_abc123$/.exec(url);
    const repo = m && m[1] === this.owner ? this.repositories.find((r) => r.name === decodeURIComponent(m[2]!)) : undefined;
    // The archive's address carries its own token: the API token must not travel to the archive host.
    if (req.headers.authorization) this.violations.push(`${url}: the API token was sent to the archive host`);
    if (!repo || !Buffer.isBuffer(repo.archive)) {
      record.status = 404;
      return void res.writeHead(404).end();
    }
    if ((repo.hostFailures ?? 0) > 0) {
      repo.hostFailures!--;
      record.status = 502;
      return void res.writeHead(502).end('Bad Gateway');
    }
    record.status = 200;
    res.writeHead(200, { 'content-type': 'application/x-gzip', 'content-length': String(repo.archive.length) });
    res.end(repo.archive);
  }

  private account(): Record<string, unknown> {
    const login = this.owner;
    const api = `${this.url}/users/${login}`;
    return {
      login,
      id: 9_919,
      node_id: 'MDEyOk9yZ2FuaXphdGlvbjk5MTk=',
      avatar_url: `https://avatars.githubusercontent.com/u/9919?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `https://github.com/${login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: this.ownerType,
      user_view_type: 'public',
      site_admin: false,
      name: 'Acme',
      company: null,
      blog: '',
      location: null,
      email: null,
      hireable: null,
      bio: null,
      public_repos: this.repositories.length,
      public_gists: 0,
      followers: 0,
      following: 0,
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2024-01-01T00:00:00Z',
    };
  }

  /** A minimal-repository: the webhook example's repository, renamed and with this repository's facts. */
  private toApi(r: FakeRepository, i: number): Record<string, unknown> {
    const full = `${this.owner}/${r.name}`;
    const api = `${this.url}/repos/${full}`;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(exampleRepository)) {
      out[key] = typeof value === 'string' ? value.replace(/Codertocat\/Hello-World/g, full).replace(/https:\/\/api\.github\.com\/repos\/[^/{]+\/[^/{]+/, api) : value;
    }
    return {
      ...out,
      id: 1_000 + i,
      node_id: `R_${1_000 + i}`,
      name: r.name,
      full_name: full,
      owner: { ...exampleRepository.owner, login: this.owner, type: this.ownerType },
      html_url: `https://github.com/${full}`,
      url: api,
      private: false,
      description: `The ${r.name} service`,
      fork: r.fork ?? false,
      archived: r.archived ?? false,
      disabled: false,
      default_branch: r.defaultBranch ?? 'main',
      topics: r.topics ?? [],
      size: r.sizeKb ?? (Buffer.isBuffer(r.archive) ? Math.ceil(r.archive.length / 1024) : 0),
    };
  }
}
