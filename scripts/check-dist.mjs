// Fails when the committed dist/ differs from a fresh build of src/ (a stale bundle would ship old code).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'levelgate-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const list = (dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort();
  const want = list(fresh);
  const have = list('dist');
  const problems = [];
  for (const f of new Set([...want, ...have])) {
    if (!want.includes(f)) problems.push(`dist/${f} is not produced by the build any more`);
    else if (!have.includes(f)) problems.push(`dist/${f} is missing`);
    else if (!readFileSync(join(fresh, f)).equals(readFileSync(join('dist', f)))) problems.push(`dist/${f} differs`);
  }
  if (problems.length) {
    console.error(`dist/ is stale; run "npm run build" and commit dist/:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dist/ is up to date (${want.length} files, built from ${relative('.', 'src')}/)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
