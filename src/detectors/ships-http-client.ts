import { runMatcher } from '../findings/matchers.js';
import { textPatternsOf } from '../rules/matcher-parts.js';
import type { Matcher } from '../rules/schema.js';
import { own, shipsForCallers } from './project-kind.js';
import type { Detector } from './types.js';

// The service-to-service client a library or framework ships for its callers (team decision 6 of the calibration):
// an HTTP client the programs built on it call other services with (a web framework's `AsyncHTTPClient`, a
// multiplatform framework's `HttpClient`), declared as a class, struct, object or record in its own shipped source,
// in a file or folder named for the client (httpclient.py, ktor-client/…/HttpClient.kt). An interface or a Go
// `type HTTPClient interface` is a seam for the caller's client, not one shipped; an application's wrapper around
// another service's API is its own plumbing (the detector reads only a repository that ships a package other code
// imports); test kits (javalin-testtools/), examples and tests are not the library.

const CLIENT_CLASS: Matcher = {
  text: '/\\b(?:class|struct|object|record)[ \\t]+(?:Async)?(?:HTTP|Http)Client\\b(?![ \\t]*=)|\\btype[ \\t]+(?:Async)?(?:HTTP|Http)Client[ \\t]+struct\\b/',
  in: ['@source', '!@tests'],
  message: 'ships an HTTP client for its callers\' calls to other services',
};

/** A file named for the client, or in a folder named for it (httpclient.py, client/, ktor-client-core/). */
function namedForClient(file: string): boolean {
  return file.toLowerCase().includes('client');
}

/** A kit for testing with the library (javalin-testtools/, testkit/, test-utils/): a folder whose name has a word beginning with test. */
function inTestKit(file: string): boolean {
  return file
    .split('/')
    .slice(0, -1)
    .some((folder) => folder.toLowerCase().split(/[-_.]/).some((word) => word.startsWith('test')));
}

export const shipsHttpClient: Detector = {
  name: 'shipsHttpClient',
  question: 'Does the library or framework ship an HTTP client (a class or struct named HttpClient or AsyncHTTPClient, in a file or folder named for the client) that its callers use to call other services, in its own shipped source (not a test kit, an example, docs or tests), in a repository that ships a package other code imports?',
  textPatterns: textPatternsOf(CLIENT_CLASS),
  explainNone(evidence) {
    return shipsForCallers(evidence) ? undefined : 'the repository ships no package other code imports, so it ships no client for callers';
  },
  detect(evidence) {
    if (!shipsForCallers(evidence)) return [];
    return runMatcher(CLIENT_CLASS, evidence, { countTests: false })
      .filter((f) => f.strength === 'strong' && own(f.file) && namedForClient(f.file) && !inTestKit(f.file))
      .slice(0, 3);
  },
};
