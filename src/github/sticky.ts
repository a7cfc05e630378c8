// The one levelgate comment of a pull request: found again by its hidden marker and updated in place.
// Only comments written by the token's own user count: anyone can post the marker, nobody else owns the comment.
import { httpStatus, type Client } from './client.js';

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
  user?: { id?: number; login?: string } | null;
}

/** Who writes the comments: the token's user (GET /user), or for the workflow's GITHUB_TOKEN (no user: 403) its bot. */
export interface Author {
  login: string;
  id?: number;
}

/** The login of GitHub Actions' GITHUB_TOKEN, whose installation token cannot read GET /user. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** The token's own user; an installation token (GITHUB_TOKEN) gets 403 from GET /user and is github-actions[bot]. */
export async function tokenAuthor(client: Client): Promise<Author> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login, id: data.id };
  } catch (error) {
    if (httpStatus(error) === 403) return { login: ACTIONS_BOT_LOGIN };
    throw error;
  }
}

function writtenBy(comment: IssueComment, author: Author): boolean {
  if (author.id !== undefined) return comment.user?.id === author.id;
  return typeof comment.user?.login === 'string' && comment.user.login.toLowerCase() === author.login.toLowerCase();
}

/** Every comment of the issue that starts with the marker, oldest first (the list API pages by 100); by `author` only when given. */
export async function findMarkedComments(client: Client, target: StickyTarget, author?: () => Promise<Author>): Promise<IssueComment[]> {
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
  // Who the token is matters only when there is a marked comment to own.
  if (found.length === 0 || !author) return found;
  const me = await author();
  return found.filter((c) => writtenBy(c, me));
}

/**
 * Creates the comment, or updates the existing one with this body. Only comments by the token's own user count;
 * extra ones (left by two runs that raced) are deleted so that exactly one remains.
 */
export async function upsertComment(client: Client, target: StickyTarget, body: string): Promise<StickyResult>;
/** With `create: false` an existing comment is updated, and none is created (undefined then). */
export async function upsertComment(client: Client, target: StickyTarget, body: string, options: { create: boolean }): Promise<StickyResult | undefined>;
export async function upsertComment(client: Client, target: StickyTarget, body: string, options = { create: true }): Promise<StickyResult | undefined> {
  const { owner, repo } = target;
  let who: Promise<Author> | undefined;
  const author = () => (who ??= tokenAuthor(client));
  const existing = await findMarkedComments(client, target, author);
  const [first, ...rest] = existing;
  if (!first) return options.create ? createComment(client, target, body, author) : undefined;
  let action: StickyResult['action'] = 'unchanged';
  let url = first.html_url;
  if (first.body !== body) {
    const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: first.id, body });
    action = 'updated';
    url = data.html_url;
  }
  for (const extra of rest) {
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
async function createComment(client: Client, target: StickyTarget, body: string, author: () => Promise<Author>): Promise<StickyResult> {
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
  const [made] = await findMarkedComments(client, target, author);
  if (!made) return post();
  if (made.body === body) return { action: 'created', id: made.id, url: made.html_url };
  const { data } = await client.rest.issues.updateComment({ owner, repo, comment_id: made.id, body });
  return { action: 'created', id: made.id, url: data.html_url };
}
