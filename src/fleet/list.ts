// Lists an organisation's or a user's repositories through the REST API and turns them into a shard plan.
import type { Client } from '../github/client.js';
import { assignShards } from './shard.js';

/** What the grade step needs of a repository, from the listing (nothing else is fetched per repository). */
export interface FleetRepository {
  fullName: string;
  owner: string;
  name: string;
  defaultBranch: string;
  htmlUrl: string;
  topics: string[];
  fork: boolean;
  archived: boolean;
  /** The size GitHub states, in KiB (0 for an empty repository). */
  sizeKb: number;
}

export interface ListOptions {
  topic?: string;
  includeForks?: boolean;
  includeArchived?: boolean;
}

export interface FleetPlan {
  schemaVersion: 1;
  kind: 'levelgate-fleet-plan';
  owner: string;
  ownerType: 'Organization' | 'User';
  createdAt: string;
  filters: { topic?: string; includeForks: boolean; includeArchived: boolean };
  /** All repositories listed, before the filters (for the summary: "120 of 130 graded"). */
  listed: number;
  /** [0, 1, …]: the matrix of the grade jobs. */
  matrix: number[];
  shards: { index: number; repositories: FleetRepository[] }[];
}

type ApiRepository = {
  full_name: string;
  name: string;
  owner: { login: string };
  default_branch?: string;
  html_url: string;
  topics?: string[];
  fork: boolean;
  archived?: boolean;
  disabled?: boolean;
  size?: number;
};

/** Every repository of `owner` (an organisation or a user), all pages. */
export async function listRepositories(client: Client, owner: string): Promise<{ ownerType: FleetPlan['ownerType']; repositories: FleetRepository[] }> {
  const account = await client.rest.users.getByUsername({ username: owner });
  const ownerType = account.data.type === 'Organization' ? 'Organization' : 'User';
  const raw: ApiRepository[] =
    ownerType === 'Organization'
      ? await client.paginate(client.rest.repos.listForOrg, { org: owner, type: 'all', per_page: 100 })
      : await client.paginate(client.rest.repos.listForUser, { username: owner, type: 'owner', per_page: 100 });
  return { ownerType, repositories: raw.map(toFleetRepository) };
}

function toFleetRepository(r: ApiRepository): FleetRepository {
  return {
    fullName: r.full_name,
    owner: r.owner.login,
    name: r.name,
    defaultBranch: r.default_branch || 'main',
    htmlUrl: r.html_url,
    topics: (r.topics ?? []).filter((t) => typeof t === 'string'),
    fork: r.fork,
    archived: r.archived === true || r.disabled === true,
    sizeKb: r.size ?? 0,
  };
}

export function filterRepositories(repositories: FleetRepository[], options: ListOptions): FleetRepository[] {
  const topic = options.topic?.toLowerCase();
  return repositories.filter(
    (r) => (options.includeForks || !r.fork) && (options.includeArchived || !r.archived) && (!topic || r.topics.some((t) => t.toLowerCase() === topic)),
  );
}

export function makePlan(owner: string, ownerType: FleetPlan['ownerType'], all: FleetRepository[], shardCount: number, options: ListOptions, now = new Date()): FleetPlan {
  const kept = filterRepositories(all, options);
  const shards = assignShards(kept, shardCount, (r) => r.fullName);
  return {
    schemaVersion: 1,
    kind: 'levelgate-fleet-plan',
    owner,
    ownerType,
    createdAt: now.toISOString(),
    filters: { ...(options.topic ? { topic: options.topic } : {}), includeForks: options.includeForks === true, includeArchived: options.includeArchived === true },
    listed: all.length,
    matrix: shards.map((_, i) => i),
    shards: shards.map((repositories, index) => ({ index, repositories })),
  };
}
