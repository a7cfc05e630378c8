// The retry policy's rate-limit reading and the token scrubbing, without a server (faults.test.ts runs them
// end to end).
import { describe, expect, it } from 'vitest';
import { rateLimitWait } from '../../src/github/client.js';
import { redact, registerSecret } from '../../src/github/redact.js';

const fault = (status: number, headers: Record<string, string> = {}, message = 'x') =>
  Object.assign(new Error(message), { status, response: { headers } });
const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('rateLimitWait', () => {
  it('reads retry-after as seconds or as an HTTP date', () => {
    expect(rateLimitWait(fault(429, { 'retry-after': '7' }), NOW)).toBe(7);
    expect(rateLimitWait(fault(403, { 'retry-after': new Date(NOW + 30_000).toUTCString() }), NOW)).toBe(30);
  });

  it('waits until x-ratelimit-reset (plus a second) when the primary limit is used up', () => {
    expect(rateLimitWait(fault(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 120) }), NOW)).toBe(121);
  });

  it('waits a minute on a secondary rate limit without headers, and on a bare 429', () => {
    expect(rateLimitWait(fault(403, {}, 'You have exceeded a secondary rate limit'), NOW)).toBe(60);
    expect(rateLimitWait(fault(429), NOW)).toBe(60);
  });

  it('is no rate limit: a 403 for permissions, other statuses, network errors', () => {
    expect(rateLimitWait(fault(403, {}, 'Resource not accessible by integration'), NOW)).toBeUndefined();
    expect(rateLimitWait(fault(403, { 'x-ratelimit-remaining': '4999' }), NOW)).toBeUndefined();
    expect(rateLimitWait(fault(500, { 'retry-after': '1' }), NOW)).toBeUndefined();
    expect(rateLimitWait(new Error('fetch failed'), NOW)).toBeUndefined();
  });
});

describe('redact', () => {
  it('cuts a registered secret out of any text; very short values are left to the runner', () => {
    registerSecret('ghs_unitTestSecret123');
    registerSecret('abc');
    expect(redact('token ghs_unitTestSecret123 and ghs_unitTestSecret123')).toBe('token *** and ***');
    expect(redact('abc')).toBe('abc');
  });

  it('cuts out the forms a token travels in: the checkout extraheader, base64 at any offset, URL-encoded', () => {
    const token = 'ghs_Zq8vK3mN0pQ4rS7tU1wX5yZ9aB2cD6eF';
    registerSecret(token);
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`;
    expect(redact(`[http]\n\textraheader = ${header}`)).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
    for (const lead of ['', 'a', 'ab', 'user:', 'Basic xyz ']) {
      const encoded = Buffer.from(`${lead}${token} trailing`).toString('base64');
      const decoded = Buffer.from(redact(encoded).replace(/\*\*\*/g, ''), 'base64').toString('latin1');
      expect(decoded).not.toContain(token.slice(4, 28));
    }
    expect(redact(`https://x:${encodeURIComponent(`${token}/+`)}@example.com`)).not.toContain(token);
  });
});
