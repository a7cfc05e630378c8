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
  if (!first) return createComment(client, target, body);
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

/**
 * POST is not idempotent: when the connection drops or GitHub answers 5xx, the comment may exist anyway.
 * So the first try is not retried blindly; the comments are listed again (a GET, safe to retry) and only
 * when the comment is not there is it posted a second time (then with the usual retries).
 */
async function createComment(client: Client, target: StickyTarget, body: string): Promise<StickyResult> {
  const { owner, repo } = target;
  const post = async (retries?: number): Promise<StickyResult> => {
    const { data } = await client.rest.issues.createComment({
      owner,
      repo,
      issue_number: target.issueNumber,
      body,
      ...(retries === undefined ? {} : { request: { retries } }),
    });
    return { action: 'created', id: data.id, url: data.html_url };
  };
  try {
    return await post(0);
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    if (typeof status !== 'number' || status < 500) throw error;
  }
  const [made] = await findMarkedComments(client, target);
  if (!made) return post();
  if (made.body === body) return { action: 'created', id: made.id, url: made.html_url };
  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: made.id, body });
  return { action: 'created', id: made.id, url: data.html_url };
}
