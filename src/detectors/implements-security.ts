import { runMatcher } from '../findings/matchers.js';
import { textPatternsOf } from '../rules/matcher-parts.js';
import type { Matcher } from '../rules/schema.js';
import type { Finding } from '../types.js';
import { own, shipsForCallers } from './project-kind.js';
import type { Detector } from './types.js';

// Security a library or framework implements for its callers, in its own shipped source (team decision 3 of the
// calibration): an HTTP client's authentication schemes and TLS verification, a web framework's signed sessions and
// CORS / CSRF / trusted-host middleware, a gateway's rate limiter, a database library's bound parameters. They are
// its security evidence like an application's libraries are the application's. A dependency it only lists, an
// example app, docs and tests are not: only source files that ship count (`own`), and only in a repository that
// ships a package other code imports (an application's evidence is its rules' libraries and idioms, unchanged).

/** A type declared under a name, in any of the languages graded: class, struct, interface, trait, object, record, module, Go's type. */
const DECLARES = String.raw`\b(?:class|struct|interface|trait|object|record|module|enum|type)[ \t]+`;

/** A security or CORS header named in lower case and given a value (`'x-frame-options', 'DENY'`, `"x-frame-options" => "DENY"`, `'x-frame-options': 'DENY'`). */
export const LOWER_CASE_SECURITY_HEADER_SET = `/["'](?:access-control-allow-origin|x-content-type-options|x-frame-options|strict-transport-security|content-security-policy)["'][ \\t]*(?:,|=>|:)[ \\t]*(?!["']{2})[^\\s)]/`;

const FEATURES: Record<string, Matcher[]> = {
  // Authentication schemes (Basic, Digest, Bearer, an authentication middleware or backend), challenge handling,
  // and sessions or cookies signed or encrypted for the caller.
  authentication: [
    { text: `/${DECLARES}\\w{0,40}(?:Authentication(?:Middleware|Handler|Backend|Scheme|Filter|Layer)|Auth(?:Middleware|Backend|Layer|Scheme)|BasicAuth|DigestAuth|BearerAuth|TokenAuth|Authenticator)\\b/`, in: ['@source'], message: 'implements authentication for its callers' },
    { text: '/\\bWWW-Authenticate\\b/', in: ['@source'], message: 'handles HTTP authentication challenges' },
    // An HTTP client building the Basic credentials header from its caller's user and password, in each language's
    // idiom: `'Basic ' + btoa(…)` (JS, Java, C#, Go), `format!("Basic {}", …)` (Rust), `f"Basic {…}"` (Python),
    // `"Basic #{…}"` (Ruby), `"Basic $…"` (Kotlin). A header value copied from a constant or a test is not this.
    { text: '/["\'`]Basic ["\'`][ \\t]*\\+[ \\t]*\\S|\\bformat!\\([ \\t]*"Basic \\{|\\bf["\']Basic \\{|"Basic #\\{|"Basic \\$\\{?\\w/', in: ['@source'], message: 'builds HTTP Basic credentials for its callers' },
    { text: `/${DECLARES}\\w{0,40}(?:SessionMiddleware|Signed(?:Cookie\\w{0,20}|Session\\w{0,20})|Private(?:Cookie\\w{0,20})|Encrypted(?:Cookie\\w{0,20}|Session\\w{0,20})|CookieSigner)\\b|^[ \\t]*(?:from[ \\t]+itsdangerous\\b|import[ \\t]+itsdangerous\\b)|\\bsecurecookie\\.New\\(|\\bMessage(?:Verifier|Encryptor)\\.new\\(|\\brequire\\([ \\t]*['"](?:keygrip|cookie-signature)['"]|\\bfrom[ \\t]+['"](?:keygrip|cookie-signature)['"]/`, in: ['@source'], message: 'signs or encrypts sessions or cookies for its callers' },
  ],
  // CORS, CSRF, trusted-host, HTTPS-redirect and security-header middleware.
  headers: [
    { text: '/\\bAccess-Control-Allow-Origin\\b|\\bX-Content-Type-Options\\b/', in: ['@source'], message: 'sets CORS or security headers for its callers' },
    // The same headers spelled in lower case, as Rack 3 requires and Node's frameworks write them (HTTP header names
    // are case-insensitive): hapi's `response._header('x-content-type-options', 'nosniff')`, a Rack app's
    // `"x-frame-options" => "SAMEORIGIN"`. The name must be given a value: an HPACK table's entry (`Header("x-frame-options",
    // "")`) or a header read back (`headers['x-frame-options']`) sets nothing.
    { text: LOWER_CASE_SECURITY_HEADER_SET, in: ['@source'], message: 'sets CORS or security headers for its callers' },
    // A client that sends the anti-CSRF token back in its header (X-XSRF-TOKEN, X-CSRF-Token), as a browser HTTP
    // client does for the apps that use it: the client's half of the server's CSRF protection.
    { text: '/\\bX-(?:XSRF|CSRF)-TOKEN\\b|\\bX-(?:Xsrf|Csrf)-Token\\b/', in: ['@source'], message: 'sends the anti-CSRF token header for its callers' },
    { text: `/${DECLARES}\\w{0,40}(?:Cors|CORS|Csrf|CSRF|Xsrf|XSRF|TrustedHost|HTTPSRedirect|HttpsRedirect|SecureHeaders|SecurityHeaders)(?:Middleware|Layer|Filter|Protection|Handler|Policy|Plugin)?\\b/`, in: ['@source'], message: 'implements CORS, CSRF, trusted-host or security-header middleware' },
  ],
  // A rate limiter or throttle the library applies to its callers' traffic (not an error type named for one).
  'rate-limiting': [
    { text: `/${DECLARES}\\w{0,40}(?:RateLimit(?:er|ing)?(?:Middleware|Layer|Filter|Handler|Policy|Processor|Rule|Options|Store)?|Throttler|Throttl(?:e|ing)(?:Middleware|Filter|Layer))\\b/`, in: ['@source'], message: 'implements rate limiting for its callers' },
  ],
  // TLS verification on by default and certificate pinning, in a client or server library.
  tls: [
    { text: '/\\bCertificatePinner\\b|\\bX509TrustManager\\b|\\bHostnameVerifier\\b|\\bssl\\.create_default_context\\(|\\bcheck_hostname[ \\t]*=[ \\t]*True\\b|\\bssl\\.CERT_REQUIRED\\b|\\bload_verify_locations\\(|\\bcertifi\\.where\\(|\\bRootCertStore\\b|\\bwebpki_roots\\b|\\bRemoteCertificateValidationCallback\\b|\\bx509\\.NewCertPool\\(|\\bOpenSSL::SSL::VERIFY_PEER\\b|\\bcheckServerIdentity\\b/', in: ['@source'], message: 'verifies TLS certificates for its callers' },
  ],
  // Input validation a web framework or library does for its callers: a validator or binder hook its handlers call
  // (echo's `Validator` and `Binder`, Spring's and ASP.NET's validators, NestJS's ValidationPipe), a request-size
  // limit, an extractor that rejects malformed data (axum's JsonRejection), settings or parameters checked and
  // rejected as a whole (Hanami's InvalidSettingsError).
  validation: [
    { text: `/${DECLARES}\\w{0,40}(?:Validator|Binder|Validation(?:Middleware|Layer|Filter|Pipe)?|BodyLimit\\w{0,20}|(?:Json|Query|Form|Path|Body)Rejection|Invalid(?:Settings?|Params?|Parameters?|Input|Request|Arguments?)(?:Error|Exception))\\b/`, in: ['@source'], message: 'validates its callers\' input (a validator, binder, size limit or rejection it implements)' },
  ],
  // A database library binding its callers' values as parameters instead of splicing them into SQL.
  queries: [
    { text: '/\\b(?:NpgsqlParameter|DbParameter|SqlParameter|MySqlParameter|SqliteParameter)\\b|\\.prepareStatement\\(|\\bsqlite3_bind_\\w{1,20}\\(|\\bbindparam\\(|\\bBindParameter\\(/', in: ['@source'], message: 'binds query parameters for its callers' },
  ],
};

const FEATURE_NAMES = Object.keys(FEATURES);

export const implementsSecurity: Detector = {
  name: 'implementsSecurity',
  question: 'Does the library or framework implement the security feature named by `feature` (authentication, headers, rate-limiting, tls, validation, queries) for its callers in its own shipped source (not in an example app, docs or tests), in a repository that ships a package other code imports?',
  textPatterns: Object.values(FEATURES).flatMap((list) => list.flatMap((m) => textPatternsOf(m))),
  explainNone(evidence) {
    return shipsForCallers(evidence) ? undefined : 'the repository ships no package other code imports, so it implements nothing for callers';
  },
  detect(evidence, options) {
    const feature = typeof options.feature === 'string' ? options.feature : '';
    const matchers = FEATURES[feature];
    if (!matchers) throw new Error(`implementsSecurity: feature must be one of ${FEATURE_NAMES.join(', ')}`);
    if (!shipsForCallers(evidence)) return [];
    const out: Finding[] = [];
    for (const matcher of matchers) {
      out.push(...runMatcher(matcher, evidence, { countTests: false }).filter((f) => f.strength === 'strong' && own(f.file)));
      if (out.length >= 3) break;
    }
    return out.slice(0, 3);
  },
};
