// The one levelgate comment of a pull request: found again by its hidden marker and updated in place.
import type { Client } from './client.js';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user?: { id?: number } | null;
}

/** Every comment of the issue that starts with the marker, oldest first (the list API pages by 100). */
export async function findMarkedComments(client: Client, target: StickyTarget): Promise<IssueComment[]> {
  const found: IssueComment[] = [];
  const iterator = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  for await (const page of iterator) {
    for (const c of page.data as IssueComment[]) {
      if (typeof c.body === 'string' && c.body.trimStart().startsWith(target.marker)) found.push(c);
    }
  }
  return found;
}

/**
 * Creates the comment, or updates the existing one with this body. Extra marked comments by the same
 * author (left by two runs that raced) are deleted so that exactly one remains.
 */
export async function upsertComment(client: Client, target: StickyTarget, body: string): Promise<StickyResult> {
  const { owner, repo } = target;
  const existing = await findMarkedComments(client, target);
  const [first, ...rest] = existing;
  if (!first) {
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: target.issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
  }
  let action: StickyResult['action'] = 'unchanged';
  let url = first.html_url;
  if (first.body !== body) {
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: first.id, body });
    action = 'updated';
    url = data.html_url;
  }
  for (const extra of rest) {
    if (extra.user?.id === undefined || extra.user?.id !== first.user?.id) continue;
    try {
      await client.rest.issues.deleteComment({ owner, repo, comment_id: extra.id });
    } catch {
      // a duplicate that stays is harmless; the next run tries again
    }
  }
  return { action, id: first.id, url };
}
