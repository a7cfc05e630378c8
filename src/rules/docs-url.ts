// Where a rule's page lives: docs/rules/<id>.md at the release tag of the levelgate that graded, so a report
// links to the words that match its rules. Custom rules have no page and get no link.
import { TOOL_VERSION } from '../version.js';
import { RULE_PAGES } from './rule-pages.js';

export const REPOSITORY_URL = 'https://github.com/levelgate/levelgate';

/** The page of a shipped rule at this tool version (a version that is not x.y.z — e.g. from a fork's file — is not used). */
export function ruleDocsUrl(id: string, version: string = TOOL_VERSION): string | undefined {
  if (!RULE_PAGES.has(id)) return undefined;
  const tag = /^\d+\.\d+\.\d+$/.test(version) ? version : TOOL_VERSION;
  return `${REPOSITORY_URL}/blob/v${tag}/docs/rules/${id}.md`;
}

/** The shape every docs URL has, for validating one read back from a report file. */
export const RULE_DOCS_URL_PATTERN = /^https:\/\/github\.com\/levelgate\/levelgate\/blob\/v\d+\.\d+\.\d+\/docs\/rules\/[a-z]+\.[a-z0-9-]+\.md$/;
