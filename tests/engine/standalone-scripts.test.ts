// Scripts that declare their own dependencies inline (Ruby's bundler/inline, Python's PEP 723 block) run on their own,
// outside the project: like bundles, no rule but the secrets scan sees them (calibration round 12).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { grade } from '../../src/engine.js';
import { declaresOwnDependencies } from '../../src/evidence/index.js';

describe('declaresOwnDependencies', () => {
  it("takes Ruby's bundler/inline and Python's inline script metadata for a script's own dependencies", () => {
    expect(declaresOwnDependencies('ruby', '# frozen_string_literal: true\n\nrequire "bundler/inline"\n\ngemfile(true) do\n  gem "rails"\nend\n')).toBe(true);
    expect(declaresOwnDependencies('ruby', "require('bundler/inline')\ngemfile do\nend\n")).toBe(true);
    expect(declaresOwnDependencies('python', '#!/usr/bin/env python3\n# /// script\n# requires-python = ">=3.12"\n# dependencies = ["httpx"]\n# ///\nimport httpx\n')).toBe(true);
  });

  it('leaves ordinary modules alone, and the words elsewhere in a file or in another language', () => {
    expect(declaresOwnDependencies('ruby', 'require "bundler/setup"\nBundler.require(:default)\n')).toBe(false);
    expect(declaresOwnDependencies('ruby', '# Use bundler/inline in a bug report: require "bundler/inline"\n')).toBe(false);
    expect(declaresOwnDependencies('python', 'import httpx\n\n# see the /// script block in tools/\nDOC = "# /// script"\n')).toBe(false);
    expect(declaresOwnDependencies('js', '# /// script\n')).toBe(false);
  });
});

describe('grading a repository with standalone scripts', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const repo = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'levelgate-standalone-'));
    dirs.push(dir);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  };
  const rule = (report: Awaited<ReturnType<typeof grade>>, id: string) => report.dimensions[id.split('.')[0] as 'monitoring'].rules.find((r) => r.id === id)!;

  const GEM = { 'widget.gemspec': 'Gem::Specification.new do |s|\n  s.name = "widget"\nend\n', 'lib/widget.rb': 'module Widget\n  def self.render(x) = x.to_s\nend\n' };
  const BUG_REPORT = 'require "bundler/inline"\n\ngemfile(true) do\n  gem "rails"\n  gem "widget", path: "."\nend\n\nclass TestApp < Rails::Application\n  config.logger = Logger.new($stdout)\n  Rails.logger = config.logger\nend\n';

  it("does not credit a gem with the logger of its bug-report template, and still scans a standalone script for secrets", async () => {
    const report = await grade(repo({ ...GEM, 'tasks/bug_report_template.rb': BUG_REPORT }), { config: false });
    expect(rule(report, 'monitoring.logging-library').status).toBe('missing');
    expect(report.stats.files).toBe(2);

    // A bug-report template is not the running project for the secrets scan either (round 12's committed-secrets
    // classes); a standalone script under another name is still read by it.
    const key = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEA7'.repeat(6)}\n-----END RSA PRIVATE KEY-----\n`;
    const leaked = await grade(repo({ ...GEM, 'tasks/release_notes.rb': `${BUG_REPORT}KEY = <<~PEM\n${key}PEM\nTestApp.config.key = KEY\n` }), { config: false });
    expect(rule(leaked, 'security.no-committed-secrets').findings.map((f) => f.file)).toContain('tasks/release_notes.rb');
  });

  it('still credits the same logger in the gem itself', async () => {
    const report = await grade(repo({ ...GEM, 'lib/widget/log.rb': 'module Widget\n  LOG = Logger.new($stdout)\nend\n' }), { config: false });
    expect(rule(report, 'monitoring.logging-library').status).toBe('met');
  });

  it("does not read a PEP 723 helper's environment as the project's configuration", async () => {
    const app = { 'pyproject.toml': '[project]\nname = "algos"\n', 'algos/__init__.py': '', 'algos/sort.py': 'def sort(xs):\n    return sorted(xs)\n', 'algos/main.py': 'if __name__ == "__main__":\n    print(sort([3, 1]))\n' };
    const helper = '# /// script\n# dependencies = ["httpx"]\n# ///\nimport os\nimport httpx\n\nTOKEN = os.environ["GITHUB_TOKEN"]\nhttpx.get("https://api.github.com/user", headers={"Authorization": TOKEN})\n';
    const report = await grade(repo({ ...app, 'web/fetch_github_info.py': helper }), { config: false });
    expect(rule(report, 'architecture.env-config').findings.map((f) => f.file)).not.toContain('web/fetch_github_info.py');
    // Without its metadata block the same module is the project's own and counts.
    const plain = await grade(repo({ ...app, 'web/fetch_github_info.py': helper.split('\n').slice(3).join('\n') }), { config: false });
    expect(rule(plain, 'architecture.env-config').findings.map((f) => f.file)).toContain('web/fetch_github_info.py');
  });

  it('grades a repository that is nothing but such scripts on them: they are its project', async () => {
    const report = await grade(repo({ 'tool.py': '# /// script\n# dependencies = ["rich"]\n# ///\nimport logging\nlogging.basicConfig(level=logging.INFO)\nlog = logging.getLogger(__name__)\n' }), { config: false });
    expect(rule(report, 'monitoring.logging-library').status).toBe('met');
  });
});
