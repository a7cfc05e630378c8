import { runMatcher } from '../findings/matchers.js';
import { textPatternsOf } from '../rules/matcher-parts.js';
import type { Matcher } from '../rules/schema.js';
import { own, shipsForCallers } from './project-kind.js';
import type { Evidence } from '../evidence/index.js';
import type { Finding } from '../types.js';
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

// The same client shipped as a package of its own, named for the client of the project's API or of HTTP
// (`api-client/Cargo.toml`, `acme-api-client/`, .NET `Acme.HttpClient/Acme.HttpClient.csproj`): a platform's API client
// or a remote scheduler over the project's HTTP API, which the programs built on the project call it with. Published
// only: a crate with `publish = false`, a .NET project that is not packable, a private npm package are the project's
// own plumbing; a sample (`Acme.Examples.HttpClient/`) and a test kit are not the library.
const CLIENT_MANIFEST = /(?:^|\/)(?:Cargo\.toml|package\.json|pyproject\.toml|setup\.py|pom\.xml|build\.gradle|build\.gradle\.kts|[\w.-]{1,80}\.csproj|[\w.-]{1,80}\.gemspec)$/;
/**
 * A folder named for the client of the project's API or of HTTP: api-client, acme-api-client, Acme.HttpClient,
 * acme_http_client, and the client of its REST or RPC API (rest-client, acme-rpc-client).
 */
const CLIENT_FOLDER = /(?:^|[-_.])(?:api|http|rest|rpc)[-_.]?client$/;
const SAMPLE_WORD = /(?:^|[-_.])(?:examples?|samples?|demos?|tests?|testing|benchmarks?|playground|sandbox)(?=[-_.]|$)/;
const UNPUBLISHED = /^[ \t]*publish[ \t]*=[ \t]*false|<IsPackable>[ \t]*false|"private"[ \t]*:[ \t]*true|Private[ \t]*::[ \t]*Do[ \t]+Not[ \t]+Upload|<maven\.deploy\.skip>[ \t]*true/m;

function clientPackages(evidence: Evidence): Finding[] {
  const out: Finding[] = [];
  for (const file of evidence.files) {
    if (!CLIENT_MANIFEST.test(file) || !own(file) || inTestKit(file)) continue;
    const folders = file.toLowerCase().split('/').slice(0, -1);
    const folder = folders[folders.length - 1];
    if (!folder || !CLIENT_FOLDER.test(folder) || folders.some((f) => SAMPLE_WORD.test(f))) continue;
    if (UNPUBLISHED.test((evidence.text(file) ?? '').slice(0, 64 * 1024))) continue;
    out.push({ file, line: 1, message: `ships its API client as a package of its own (${file.slice(0, file.lastIndexOf('/'))}) for its callers' calls to the service`, strength: 'strong' });
  }
  return out;
}

export const shipsHttpClient: Detector = {
  name: 'shipsHttpClient',
  question: 'Does the library or framework ship an HTTP client (a class or struct named HttpClient or AsyncHTTPClient, in a file or folder named for the client, or a published package of its own named for its API or HTTP client: api-client/, Acme.HttpClient/) that its callers use to call other services, in its own shipped source (not a test kit, an example, docs or tests), in a repository that ships a package other code imports?',
  textPatterns: textPatternsOf(CLIENT_CLASS),
  explainNone(evidence) {
    return shipsForCallers(evidence) ? undefined : 'the repository ships no package other code imports, so it ships no client for callers';
  },
  detect(evidence) {
    if (!shipsForCallers(evidence)) return [];
    const classes = runMatcher(CLIENT_CLASS, evidence, { countTests: false }).filter((f) => f.strength === 'strong' && own(f.file) && namedForClient(f.file) && !inTestKit(f.file));
    return [...classes, ...clientPackages(evidence)].slice(0, 3);
  },
};
