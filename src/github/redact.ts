// Secrets (the github-token) are masked by the runner once registered; levelgate also cuts them out of every
// text it writes itself (warnings, the failure line, the comment, the job summary), so that an error message
// that echoes a token — from GitHub, a proxy, or a misconfigured GHES — does not leak it where no mask applies.
import * as core from '@actions/core';

const secrets = new Set<string>();

/**
 * Masks `value` in the log from here on (before any request is made) and cuts it out of redact()'s texts, in
 * the forms a token travels in too: URL-encoded, and base64 (actions/checkout persists the token in .git/config
 * as the base64 of `x-access-token:<token>`; any base64 text that carries the token carries one of three cores).
 */
export function registerSecret(value: string): void {
  if (!value) return;
  core.setSecret(value);
  // A very short "secret" would cut ordinary words out of the report; the runner still masks it.
  if (value.length < 8) return;
  for (const form of new Set([value, encodeURIComponent(value), Buffer.from(`x-access-token:${value}`).toString('base64'), ...base64Cores(value)])) {
    if (form.length < 8) continue;
    if (form !== value) core.setSecret(form);
    secrets.add(form);
  }
}

/**
 * The parts of base64 that are the same wherever `value` sits in the encoded bytes: for each of the three byte
 * alignments, the encoding without the first and last groups of four, which depend on the neighbouring bytes.
 */
function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value);
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    const start = shift === 0 ? 0 : 4;
    const end = (shift + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 4;
    if (end - start >= 8) cores.push(encoded.slice(start, end));
  }
  return cores;
}

export function redact(text: string): string {
  for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join('***');
  return text;
}
