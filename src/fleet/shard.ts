// Splits a fleet into shards that stay put from run to run: each repository prefers the shard its name
// hashes to, and shards have a capacity a little above the average (bounded-load consistent hashing), so a
// run with a few repositories more or less moves only a few of them, while no shard grows much past the rest.
import { createHash } from 'node:crypto';

/** GitHub's limit on jobs in one matrix. */
export const MAX_SHARDS = 256;
/** Repositories per shard that `--shards auto` aims for (10,000 repositories → 40 shards). */
export const DEFAULT_SHARD_SIZE = 250;
/** A shard may hold this much more than the average before repositories spill to the next one. */
const SLACK = 0.1;

/** The shard count `auto` picks for `count` repositories. */
export function autoShardCount(count: number, shardSize = DEFAULT_SHARD_SIZE): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(count / shardSize)));
}

/** Two independent numbers from a repository's name: its preferred shard and its place in the queue. */
function hashes(fullName: string): { prefer: number; order: number } {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  return { prefer: digest.readUInt32BE(0), order: digest.readUInt32BE(4) * 2 ** 21 + (digest.readUInt32BE(8) >>> 11) };
}

/**
 * Assigns each item to one of `shards` shards. Items are placed in the order of a hash of their name (not
 * of their listing order, which changes as repositories are created and renamed); each goes to its preferred
 * shard, or the next one round that still has room. Capacity is ceil(average × 1.1), so the largest shard
 * holds at most 10 % more than the average.
 */
export function assignShards<T>(items: readonly T[], shards: number, nameOf: (item: T) => string): T[][] {
  if (!Number.isInteger(shards) || shards < 1 || shards > MAX_SHARDS) throw new RangeError(`shard count must be 1 to ${MAX_SHARDS}`);
  const out: T[][] = Array.from({ length: shards }, () => []);
  const capacity = Math.max(1, Math.ceil((items.length / shards) * (1 + SLACK)));
  const queue = items
    .map((item) => ({ item, name: nameOf(item), ...hashes(nameOf(item)) }))
    .sort((a, b) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of queue) {
    let shard = entry.prefer % shards;
    while (out[shard]!.length >= capacity) shard = (shard + 1) % shards;
    out[shard]!.push(entry.item);
  }
  // Within a shard, by name: a stable, readable order for the grade step's logs.
  for (const shard of out) shard.sort((a, b) => (nameOf(a).toLowerCase() < nameOf(b).toLowerCase() ? -1 : 1));
  return out;
}
