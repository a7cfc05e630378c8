#!/usr/bin/env node
// Prints the release notes of a version tag from CHANGELOG.md, after checking that the tag is the version the
// code says it is (package.json and TOOL_VERSION in src/version.ts). The release workflow runs it; it exits 1
// with one line on stderr when the tag is not a version, a version differs, or CHANGELOG.md has no section.
//   node scripts/release-notes.mjs v1.2.3 > notes.md
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The body of the "## 1.2.3" (or "## v1.2.3 — …", "## [1.2.3]") section, without its heading. */
export function notesFor(changelog, version) {
  const lines = changelog.split('\n');
  const escaped = version.replace(/\./g, '\\.');
  const heading = new RegExp(`^## \\[?v?${escaped}\\]?(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  return body || undefined;
}

/** The problems that stop a release of this tag, as one-line messages. */
export function releaseProblems(tag, { packageVersion, toolVersion, changelog }) {
  const m = /^v(\d+\.\d+\.\d+)$/.exec(tag);
  if (!m) return [`tag "${tag}" is not a version tag (vMAJOR.MINOR.PATCH)`];
  const version = m[1];
  const problems = [];
  if (packageVersion !== version) problems.push(`package.json says version ${packageVersion}, the tag ${tag}`);
  if (toolVersion !== version) problems.push(`src/version.ts says TOOL_VERSION ${toolVersion}, the tag ${tag}`);
  if (!notesFor(changelog, version)) problems.push(`CHANGELOG.md has no "## ${version}" section with notes`);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const tag = process.argv[2] ?? '';
  const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');
  const packageVersion = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const toolVersion = /TOOL_VERSION = '([^']+)'/.exec(readFileSync(path.join(root, 'src', 'version.ts'), 'utf8'))?.[1];
  const problems = releaseProblems(tag, { packageVersion, toolVersion, changelog });
  if (problems.length) {
    for (const p of problems) console.error(`release: ${p}`);
    process.exit(1);
  }
  process.stdout.write(`${notesFor(changelog, tag.slice(1))}\n`);
}
