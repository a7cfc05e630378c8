// The REST client: Octokit with retries (5xx, network) and rate-limit throttling, against GITHUB_API_URL
// (so GitHub Enterprise Server works), through the runner's proxy settings.
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Client = ReturnType<typeof getOctokit>;

/** Longest wait for a rate limit to reset that is worth keeping the job running for. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 90;

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

export function createClient(token: string, baseUrl = apiBaseUrl()): Client {
  const waitOrGiveUp = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const what = `${options.method ?? 'GET'} ${options.url ?? ''}`;
    if (retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS) {
      core.info(`GitHub ${kind} limit on ${what}; retrying in ${retryAfter} s`);
      return true;
    }
    core.warning(`GitHub ${kind} limit on ${what}; giving up (the limit resets in ${retryAfter} s)`);
    return false;
  };
  return getOctokit(
    token,
    {
      baseUrl,
      userAgent: 'levelgate-action',
      log: { debug: () => {}, info: () => {}, warn: (m: string) => core.debug(m), error: (m: string) => core.debug(m) },
      retry: { retries: 3 },
      throttle: { onRateLimit: waitOrGiveUp('rate'), onSecondaryRateLimit: waitOrGiveUp('secondary rate') },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError, if that is what `error` is. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
