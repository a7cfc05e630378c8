// The REST client: Octokit against GITHUB_API_URL (so GitHub Enterprise Server works), through the runner's
// proxy settings, with one retry policy for every fault (README, "When the GitHub API fails"):
// - 5xx, a dropped connection, a cut-off answer, no answer within REQUEST_TIMEOUT_MS: retried with backoff
//   (@octokit/plugin-retry, 3 retries: 1 s, 4 s, 9 s);
// - rate limits (403/429 with retry-after, x-ratelimit-remaining: 0, or a secondary rate limit message):
//   waited out and retried (twice at most) when the wait is at most MAX_RATE_LIMIT_WAIT_SECONDS, else given up;
// - 401, 403 (permissions), 404, 422: not retried; the caller turns them into a warning.
// @octokit/plugin-throttling spaces the requests as GitHub asks (one write at a time); its own rate limit
// handlers decline, so that the wrap below is the one place that decides about waiting.
import * as core from '@actions/core';
// Type only: @actions/github parses GITHUB_EVENT_PATH as it loads (and throws on a malformed file), so it is
// loaded in createClient, after readEvent has checked the event file and said plainly what is wrong with it.
import type { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { redact } from './redact.js';

export type Client = ReturnType<typeof getOctokit>;

/** Longest wait for a rate limit to reset that is worth keeping the job running for. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 90;
/** Rate-limit retries of one request. */
const RATE_LIMIT_RETRIES = 2;
/** One attempt of one request; GitHub itself gives up on a REST request after 10 s. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Statuses that are an answer, not a fault: retrying them gives the same answer (429 is waited out below). */
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

/**
 * A ::debug:: line on a runner; nothing elsewhere (the CLI's fleet commands use this client on a terminal too,
 * where a workflow command is noise).
 */
function debug(message: string): void {
  if (process.env.GITHUB_ACTIONS === 'true') core.debug(message);
}

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/**
 * Base of the 5xx backoff in ms (1000: waits of 1, 4, 9 s). LEVELGATE_RETRY_BASE_MS (0–1000) shortens it;
 * it is a test knob, not an input: the tests run the bundle against a mock API that fails on purpose.
 */
function retryBaseMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.LEVELGATE_RETRY_BASE_MS);
  return env.LEVELGATE_RETRY_BASE_MS && Number.isFinite(value) && value >= 0 && value <= 1000 ? value : 1000;
}

export async function createClient(token: string, baseUrl = apiBaseUrl()): Promise<Client> {
  const { getOctokit } = await import('@actions/github');
  const client = getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'levelgate-action',
      log: { debug: () => {}, info: () => {}, warn: (m: string) => debug(m), error: (m: string) => debug(m) },
      retry: { retries: 3, doNotRetry: DO_NOT_RETRY, retryAfterBaseValue: retryBaseMs() },
      throttle: { onRateLimit: () => false, onSecondaryRateLimit: () => false },
    },
    wholeAnswers,
    retry,
    throttling,
  );
  client.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const wait = rateLimitWait(error);
        if (wait === undefined || attempt >= RATE_LIMIT_RETRIES || wait > MAX_RATE_LIMIT_WAIT_SECONDS) throw error;
        core.info(`levelgate: GitHub rate limit on ${describeRequest(options)}; retrying in ${wait} s`);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      }
    }
  });
  return client;
}

/**
 * Seconds to wait before a rate-limited request may be sent again; undefined when `error` is no rate limit.
 * GitHub: a 403 or 429 with retry-after → that many seconds; with x-ratelimit-remaining 0 → until
 * x-ratelimit-reset; a secondary rate limit without either → at least a minute.
 */
export function rateLimitWait(error: unknown, now = Date.now()): number | undefined {
  const status = httpStatus(error);
  if (status !== 403 && status !== 429) return undefined;
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers ?? {};
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && retryAfter !== '') {
    const seconds = /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : Math.ceil((Date.parse(retryAfter) - now) / 1000);
    if (Number.isFinite(seconds)) return Math.max(seconds, 0);
  }
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    return Number.isFinite(reset) && reset > 0 ? Math.max(Math.ceil(reset - now / 1000) + 1, 0) : 60;
  }
  if (/\bsecondary rate\b/i.test((error as Error).message ?? '')) return 60;
  return status === 429 ? 60 : undefined;
}

/**
 * Reads each answer whole inside fetch, with a timeout: an answer cut off mid-body (the connection dropped)
 * or none at all becomes a network error, which plugin-retry retries, instead of a half-read body that
 * Octokit would hand back as a string.
 */
function wholeAnswers(octokit: { hook: Client['hook'] }, options: { request?: { fetch?: typeof fetch } }) {
  const inner: typeof fetch = options.request?.fetch ?? globalThis.fetch;
  const whole: typeof fetch = async (url, init) => {
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const response = await inner(url, { ...init, signal });
      const nullBody = [101, 204, 205, 304].includes(response.status);
      const body = nullBody ? null : await response.arrayBuffer();
      const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      Object.defineProperty(copy, 'url', { value: response.url });
      return copy;
    } catch (error) {
      // eslint-disable-next-line preserve-caught-error -- shaped like undici's own "fetch failed", whose cause says why
      if (timeout.aborted) throw new TypeError('fetch failed', { cause: `no answer within ${REQUEST_TIMEOUT_MS / 1000} s` });
      throw error;
    }
  };
  // Hooks see one options object per request (before-after-hook binds it), so it is changed in place.
  octokit.hook.wrap('request', async (request, opts) => {
    opts.request = { ...opts.request, fetch: whole };
    const retryCount = Number((opts.request as { retryCount?: unknown }).retryCount ?? 0);
    if (retryCount > 0) core.info(`levelgate: retrying ${describeRequest(opts)} (retry ${retryCount})`);
    try {
      return await request(opts);
    } catch (error) {
      debug(redact(`${describeRequest(opts)} failed: ${String((error as Error).message).split('\n')[0]}`));
      throw error;
    }
  });
  return {};
}

/** "GET /repos/o/r/issues/7/comments": the method and the path, without the API's address. */
function describeRequest(options: { method?: string; url?: string }): string {
  let url = String(options.url ?? '');
  try {
    url = new URL(url).pathname;
  } catch {
    // already a path
  }
  return `${options.method ?? 'GET'} ${url}`;
}

/** The HTTP status of an Octokit RequestError, if that is what `error` is. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
