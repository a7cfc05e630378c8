// Secrets (the github-token) are masked by the runner once registered; levelgate also cuts them out of every
// text it writes itself (warnings, the failure line, the comment, the job summary), so that an error message
// that echoes a token — from GitHub, a proxy, or a misconfigured GHES — does not leak it where no mask applies.
import * as core from '@actions/core';

const secrets = new Set<string>();

/** Masks `value` in the log from here on (before any request is made) and cuts it out of redact()'s texts. */
export function registerSecret(value: string): void {
  if (!value) return;
  core.setSecret(value);
  // A very short "secret" would cut ordinary words out of the report; the runner still masks it.
  if (value.length >= 8) secrets.add(value);
}

export function redact(text: string): string {
  for (const secret of secrets) if (text.includes(secret)) text = text.split(secret).join('***');
  return text;
}
