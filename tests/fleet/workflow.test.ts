// The reusable fleet workflow: list → a matrix of shards → report, inputs passed to scripts through env only
// (no expression pasted into a script, where an input could inject shell), actions pinned to a version.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FLEET_USAGE } from '../../src/commands/fleet.js';

const file = path.resolve(import.meta.dirname, '../../.github/workflows/fleet.yml');
const workflow = parse(readFileSync(file, 'utf8'));
const steps = Object.values<any>(workflow.jobs).flatMap((job) => job.steps ?? []);

describe('.github/workflows/fleet.yml', () => {
  it('is a reusable workflow: list, a grade job per shard, report', () => {
    expect(workflow.on.workflow_call.inputs.owner.required).toBe(true);
    expect(workflow.jobs.grade.needs).toBe('list');
    expect(workflow.jobs.grade.strategy.matrix.shard).toBe('${{ fromJSON(needs.list.outputs.matrix) }}');
    expect(workflow.jobs.grade.strategy['fail-fast']).toBe(false);
    expect(workflow.jobs.report.needs).toEqual(['list', 'grade']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('passes inputs to scripts through env only', () => {
    for (const step of steps) if (step.run) expect(step.run, step.run).not.toContain('${{');
  });

  it('pins every action by full commit SHA', () => {
    const uses = steps.filter((s) => s.uses).map((s) => s.uses as string);
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
  });

  it('runs the fleet commands with options the CLI has', () => {
    const scripts = steps.filter((s) => s.run).map((s) => s.run as string).join('\n');
    for (const command of ['fleet list', 'fleet grade', 'fleet report']) expect(scripts).toContain(command);
    for (const option of scripts.match(/--[a-z-]+/g) ?? []) {
      if (['--workflow', '--status', '--limit', '--json'].includes(option)) continue; // gh's
      expect(FLEET_USAGE, option).toContain(option);
    }
  });
});
