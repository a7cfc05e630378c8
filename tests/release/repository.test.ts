// What a team checks before adopting an action: a licence, workflows that pin what they run, updates that keep
// the pins current, and generated dist/ kept out of diffs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');
const workflows = readdirSync(path.join(repoRoot, '.github', 'workflows')).filter((f) => /\.ya?ml$/.test(f));

describe('repository hygiene', () => {
  it('is MIT-licensed, as package.json says', () => {
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
    expect(JSON.parse(read('package.json')).license).toBe('MIT');
  });

  it.each(workflows)('%s pins every action by full commit SHA with a version comment', (file) => {
    const lines = read(`.github/workflows/${file}`).split('\n');
    const uses = lines.filter((l) => /^\s*(-\s+)?uses:/.test(l));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) {
      const ref = line.replace(/^\s*(-\s+)?uses:\s*/, '');
      if (ref.startsWith('./')) continue; // this repository's own action, at the checked-out commit
      expect(ref, line).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('has Dependabot keep the npm packages and the pinned actions current', () => {
    const config = parse(read('.github/dependabot.yml')) as { updates: { 'package-ecosystem': string }[] };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it('marks dist/ as generated, out of diffs', () => {
    expect(read('.gitattributes').split('\n')).toContain('dist/** -diff linguist-generated=true');
  });
});
