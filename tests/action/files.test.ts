// The action's badge-file and sarif-file inputs, run through the built bundle as a runner would: the SARIF recipe
// needs no second checkout of levelgate, and the badge is written where the workflow asks.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderBadgeSvg } from '../../src/report/badge.js';
import { runAction } from './run-action.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const BUILD_SCRIPT = process.env.LEVELGATE_E2E_BUILD_SCRIPT ?? 'scripts/build.mjs';
const work = mkdtempSync(path.join(tmpdir(), 'levelgate-files-'));
let bundle: string;
let repo: string;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(() => {
  execFileSync(process.execPath, [BUILD_SCRIPT, path.join(work, 'action', 'dist')], { cwd: repoRoot, stdio: 'pipe' });
  cpSync(path.join(repoRoot, 'rules'), path.join(work, 'action', 'rules'), { recursive: true });
  bundle = path.join(work, 'action', 'dist', 'index.js');
  repo = path.join(work, 'repo');
  cpSync(path.join(repoRoot, 'tests', 'fixtures', 'l2-api'), repo, { recursive: true });
});

const push = (inputs: Record<string, string>) =>
  runAction({ bundle, workspace: repo, apiUrl: 'http://127.0.0.1:9', eventName: 'push', event: { ref: 'refs/heads/main', after: '1'.repeat(40) }, inputs });

describe('badge-file and sarif-file', () => {
  it('write the badge and the SARIF log into the workspace, and name them in the outputs', async () => {
    const run = await push({ 'badge-file': 'badges/levelgate.svg', 'sarif-file': 'out/levelgate.sarif', target: 'L3' });
    // Below target: the step fails, and both files are still written for the upload steps that follow.
    expect(run.code).toBe(1);
    expect(run.outputs['badge-file']).toBe(path.join(repo, 'badges', 'levelgate.svg'));
    expect(run.outputs['sarif-file']).toBe(path.join(repo, 'out', 'levelgate.sarif'));
    const svg = readFileSync(path.join(repo, 'badges', 'levelgate.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toBe(renderBadgeSvg(2));
    const sarif = JSON.parse(readFileSync(path.join(repo, 'out', 'levelgate.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; level: string; properties: { wantedLevel: number } }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.properties.wantedLevel === 3)).toBe(true);
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/^https:\/\/github\.com\/levelgate\/levelgate\/blob\/v\d+\.\d+\.\d+\/docs\/rules\//);
  });

  it('write nothing when not asked', async () => {
    const run = await push({});
    expect(run.code).toBe(0);
    expect(run.outputs['badge-file']).toBeUndefined();
    expect(run.outputs['sarif-file']).toBeUndefined();
  });
});
