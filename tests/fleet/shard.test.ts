// Shards: every repository in exactly one, none much fuller than the average, and a repository keeps its
// shard when the fleet changes a little (the workflow's "change since last run" relies on stable jobs, and a
// re-run of one failed shard must grade the same repositories).
import { describe, expect, it } from 'vitest';
import { assignShards, autoShardCount, MAX_SHARDS } from '../../src/fleet/shard.js';

const names = (n: number, prefix = 'acme/service-') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const shardOf = (shards: string[][]) => new Map(shards.flatMap((s, i) => s.map((name) => [name, i] as const)));
const identity = (s: string) => s;

function moved(before: Map<string, number>, after: Map<string, number>): number {
  let n = 0;
  for (const [name, shard] of before) if (after.has(name) && after.get(name) !== shard) n++;
  return n;
}

describe('assignShards', () => {
  it('puts 10,000 repositories in 40 shards of at most 275, each exactly once', () => {
    const shards = assignShards(names(10_000), 40, identity);
    expect(shards).toHaveLength(40);
    expect(shards.flat().sort()).toEqual(names(10_000).sort());
    const sizes = shards.map((s) => s.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(275);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(200);
  });

  it('does not depend on the listing order or on letter case', () => {
    const list = names(500);
    const shuffled = [...list].reverse();
    expect(assignShards(shuffled, 7, identity)).toEqual(assignShards(list, 7, identity));
    expect(shardOf(assignShards(list.map((n) => n.toUpperCase()), 7, identity)).get('ACME/SERVICE-42')).toBe(shardOf(assignShards(list, 7, identity)).get('acme/service-42'));
  });

  it('moves few repositories when some are added or removed', () => {
    const base = names(10_000);
    const before = shardOf(assignShards(base, 40, identity));
    const added = shardOf(assignShards([...base, ...names(100, 'acme/new-')], 40, identity));
    const removed = shardOf(assignShards(base.slice(100), 40, identity));
    // Measured: 100 added move 2 of the 10,000, 100 removed move 8 (spill-over into a shard that is now full).
    expect(moved(before, added)).toBeLessThan(50);
    expect(moved(before, removed)).toBeLessThan(50);
  });

  it('checks the shard count', () => {
    expect(() => assignShards(names(3), 0, identity)).toThrow(RangeError);
    expect(() => assignShards(names(3), MAX_SHARDS + 1, identity)).toThrow(RangeError);
    expect(assignShards(names(3), 5, identity).filter((s) => s.length).length).toBeLessThanOrEqual(3);
  });

  it('auto: one shard per 250 repositories, within GitHub\'s matrix limit', () => {
    expect(autoShardCount(0)).toBe(1);
    expect(autoShardCount(250)).toBe(1);
    expect(autoShardCount(251)).toBe(2);
    expect(autoShardCount(10_000)).toBe(40);
    expect(autoShardCount(1_000_000)).toBe(256);
  });
});
