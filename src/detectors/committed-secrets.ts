import { ciSystemOf } from '../evidence/ci.js';
import { isDocFile, isTestFile } from '../evidence/file-sets.js';
import { lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const JWK_PRIVATE = /"[dD]"[ \t]*:[ \t]*"[A-Za-z0-9_-]{40,}"/;
const PRIVATE_KEY = /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----\s*\n[A-Za-z0-9+/=\s]{40,}/;
const PRIVATE_KEY_ALL = new RegExp(PRIVATE_KEY.source, 'g');
/**
 * The identifier a private key literal is assigned to (`const TEST_FAKE_RSA_KEY_0: &str = "-----BEGIN…`,
 * `testKey := \`-----BEGIN…`) on its line or the line before, naming it a test, fake, dummy or example key.
 */
const TEST_KEY_NAME = /(?:^|[^A-Za-z])(?:TEST|FAKE|DUMMY|MOCK|EXAMPLE|SAMPLE|test|fake|dummy|mock|example|sample)S?(?:[A-Z_0-9]|[^A-Za-z]|$)|[a-z0-9](?:Test|Fake|Dummy|Mock|Example|Sample)(?:[A-Z_0-9]|[^A-Za-z]|$)/;
function namedAsTestKey(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const before = text.slice(Math.max(prevStart, index - 300), index);
  // Only an assignment names the key (a PEM file's own first line has nothing before it): `NAME = "`, `NAME: T = "`, `name := \``.
  const eq = before.lastIndexOf('=');
  if (eq < 0 || !/^[ \t\r\n([{]{0,20}(?:[rbu]?['"`])?[ \t\r\n]{0,20}$/.test(before.slice(eq + 1))) return false;
  let left = before.slice(0, eq).replace(/:$/, '');
  // A type annotation (`TEST_KEY: &str`) follows the name it types.
  const colon = left.lastIndexOf(':');
  if (colon >= 0 && !left.slice(colon).includes('\n')) left = left.slice(0, colon);
  const name = /(\w{1,80})[ \t]{0,10}$/.exec(left.slice(-100));
  return name !== null && TEST_KEY_NAME.test(name[1]!);
}
const GOOGLE_API_KEY = 'a Google API key';
/**
 * A Google API key that a browser or mobile app ships to every user is public by design (Google documents Firebase
 * and Maps browser keys as identifiers, restricted by referrer, not secrets): in a variable a front-end bundler
 * publishes (VITE_, REACT_APP_, NEXT_PUBLIC_, EXPO_PUBLIC_, GATSBY_, NUXT_PUBLIC_, PUBLIC_), a Firebase web config
 * (apiKey beside authDomain), or the mobile config files (google-services.json, GoogleService-Info.plist).
 */
function isBrowserGoogleKey(file: string, code: string, index: number): boolean {
  if (/(^|\/)(google-services\.json|GoogleService-Info\.plist)$/.test(file)) return true;
  const lineStart = code.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = code.indexOf('\n', index);
  const line = code.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (/^[ \t]*(?:export[ \t]+)?(?:VITE|REACT_APP|NEXT_PUBLIC|EXPO_PUBLIC|GATSBY|NUXT_PUBLIC|PUBLIC)_\w{1,80}[ \t]*=/.test(line)) return true;
  const around = code.slice(Math.max(0, index - 400), index + 400);
  return /\bapiKey\b/.test(around) && /\bauthDomain\b|firebaseapp\.com/.test(around);
}
const PROVIDER_TOKENS: [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bxox[baprs]-[A-Za-z0-9-]{10,}\b/, 'a Slack token'],
  [/\bsk_live_[A-Za-z0-9]{20,}\b/, 'a Stripe live key'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, GOOGLE_API_KEY],
];
// An AWS key id alone is an identifier, not a secret: it counts only with a secret access key next to it.
const AWS_KEY_ID = /\bAKIA[0-9A-Z]{16}\b/;
const AWS_SECRET_NEARBY = /(secret_?access_?key|SecretAccessKey|aws_secret)\W{1,6}[A-Za-z0-9/+=]{40}\b/i;

// A signing secret passed as a literal: jwt.sign(x, "literal"), secret: "literal", SECRET_KEY = "literal",
// `public const string JWT_SECRET_KEY = "..."`. The last group of each pattern is the value.
const SIGNING_KEY_CONSTANT = 'a hard-coded signing key constant';
const LITERAL_SECRETS: [RegExp, string][] = [
  // jwt.sign(p, 'literal') in JS, jwt.encode(p, 'literal') in Python, JWT.encode(p, 'literal') in Ruby.
  [/\b(?:jwt|jsonwebtoken|JWT)\.(?:sign|verify|encode|decode)\s*\([^,()]{1,200}(?:\([^)]{0,200}\))?,\s*(['"`])([^'"`\s]{6,})\1/, 'a hard-coded JWT signing secret'],
  // A literal handed straight to a signing-key constructor: new SymmetricSecurityKey("…"u8.ToArray()) or
  // (Encoding.UTF8.GetBytes("…")) in C#, Keys.hmacShaKeyFor / Algorithm.HMAC256 / new SecretKeySpec in Java,
  // EncodingKey::from_secret(b"…") in Rust, SignedString([]byte("…")) in Go.
  [/\b(?:SymmetricSecurityKey|hmacShaKeyFor|HMAC256|HMAC384|HMAC512|SecretKeySpec|from_secret|SignedString|setSigningKey)[ \t]*\([ \t\r\n]{0,40}(?:(?:\[\]byte|[\w.]{1,60})[ \t]*\([ \t]*)?(?:b|u8)?(['"])([^'"\s]{8,200})\1/, 'a hard-coded signing key'],
  [/\b(secret|secretOrKey|secretOrPrivateKey|jwtSecret|sessionSecret|signingKey)\s*:\s*(['"`])([^'"`\s]{6,})\2/i, 'a hard-coded secret in configuration'],
  [/^[ \t]*(SECRET_KEY|JWT_SECRET(?:_KEY)?|SESSION_SECRET|SIGNING_KEY)\s*=\s*(['"])([^'"\s]{6,})\2[ \t]*$/m, 'a hard-coded secret key'],
  // CommonJS exports, as compiled build output has them: exports.SECRET = '…', module.exports.jwtSecret = '…'.
  [/^[ \t]*(?:module\.)?exports\.(\w{0,40}(?:SECRET|Secret|secret)\w{0,40}|\w{0,40}(?:JWT|SIGNING)_?(?:KEY|Key))[ \t]*=[ \t]*(['"`])([^'"`\s]{6,})\2/m, 'a hard-coded secret export'],
  // Constants in typed languages; a long value only, so names like SECRET_HEADER = "X-Secret" stay out.
  [/^[ \t]*(?:(?:public|private|internal|protected|static|readonly|final|const|export|let|var|val|string|String|str)[ \t]+)+(?::[ \t]*)?((?=\w*(?:SECRET|Secret|(?:JWT|SIGNING|AUTH)_?(?:KEY|Key)\b))\w+)\s*(?::\s*\w+\s*)?=\s*(['"`])([^'"`\s]{16,})\2/m, SIGNING_KEY_CONSTANT],
];
/**
 * A constant whose lower-case value spells its own name's words (`SecretsManagerAccess = "accesssecretsmanager"`,
 * `ServiceAccountSecret = "service_account_secret"`, `SecretsVersioning = "sm-1587-secrets-versioning"`), and nothing
 * else but a short tag, is a name:
 * a claim type, a feature flag, a discriminator. A key is random, or at least not its own name; a name that says
 * JWT, signing or key keeps counting whatever its value.
 */
function spellsItsName(name: string, value: string): boolean {
  if (!/^[a-z0-9]+(?:[-_.:][a-z0-9]+)*$/.test(value) || /JWT|SIGNING|KEY/i.test(name)) return false;
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split('_').filter(Boolean);
  if (words.length === 0 || !words.every((w) => value.includes(w))) return false;
  // Nothing but the name's words, separators, digits and a short tag ("sm-1587-"): "my-app-secret-value" is a value.
  let rest = value;
  for (const w of words) rest = rest.replace(w, '');
  return rest.replace(/[^a-z]/g, '').length <= 3;
}
// Every occurrence, not only the first, of each pattern.
const LITERAL_SECRETS_ALL = LITERAL_SECRETS.map(([re, what]) => [new RegExp(re.source, `${re.flags}g`), what] as const);
const MENTIONS_SECRET = /secret|jwt|signing|SignedString|auth_?key|cookieParser|SymmetricSecurityKey|hmacShaKeyFor|HMAC\d/i;
/**
 * Text without any of these holds none of the secrets above (a private key, a provider token, a literal secret
 * that MENTIONS_SECRET lets through), raw or comment-free: the evidence's one scan per file answers it, and most
 * files need no comment stripping and no regex here.
 */
const SECRET_HINTS = '/-----BEGIN|\\bgh[pousr]_|\\bxox[baprs]-|sk_live_|\\bAIza|\\bAKIA|secret|jwt|signing|SignedString|auth_?key|cookieParser|SymmetricSecurityKey|hmacShaKeyFor|HMAC\\d/i';
const PLACEHOLDER = /^(change[-_]?(me|this|it)\w*|changeit|secret|your[-_].*|xxx+|example\w*|placeholder|dummy|test\w*|dev\w*|<.*>|\$\{?.*\}?|\{\{.*\}\}|replace[-_]?me|todo|\*+|\.\.\.)$/i;
// A value that names an environment variable ("JWT_SECRET") rather than holding a secret.
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
/**
 * A value that points at a secret kept elsewhere (1Password's op://…, a Vault path, an AWS Secrets Manager or SSM
 * ARN, a GCP secret name, a CloudFormation dynamic reference): the reference is committed, the secret is not. A URL
 * with a user:password@ part holds its password, so it is no reference.
 */
const SECRET_REFERENCE = /^(?:(?:op|vault|sm|gcpsm|awssm|azurekv|keyvault|ssm|secretsmanager):\/\/[^@\s]{1,300}|vault:[\w/.-]{1,200}|arn:aws[\w-]{0,20}:(?:secretsmanager|ssm):[^\s]{1,300}|projects\/[\w-]{1,100}\/secrets\/[^\s]{1,200}|\{\{resolve:(?:secretsmanager|ssm)[^\s]{0,300})$/i;
const isPlaceholder = (value: string) => PLACEHOLDER.test(value) || ENV_NAME.test(value) || SECRET_REFERENCE.test(value);
const ENV_OVERRIDE = /process\.env|os\.environ|os\.getenv|getenv|ENV\[|ENV\.fetch|env\(|config\(|Environment\.|System\.getenv|env::var|os\.Getenv|LookupEnv/;
/** The same, as a rule pattern: the evidence's one scan per file tells which files may read the environment at all. */
const ENV_OVERRIDE_HINTS = ENV_OVERRIDE.source;
// A session or cookie signing secret written into the code is committed whatever its value: 'secret' and
// 'keyboard cat' are weak secrets, not placeholders, when nothing overrides them.
const SESSION_SECRET = /\b\w{0,30}[sS]ession\([ \t]*\{[^}]{0,400}?\bsecret[ \t]*:[ \t]*(['"`])([^'"`\n]{1,200})\1|\bcookieParser\([ \t]*(['"`])([^'"`\n]{1,200})\3/g;

// Unquoted key=value (.properties) and key: value (YAML) settings whose key names a secret: jwt.secret=Zq8v…,
// client-secret: 4f9a…. Never a key that only names or points at one (secretName, secretKeyRef, secret-file).
const PROPERTIES_SETTING = /^[ \t]*([\w.-]{1,160})[ \t]*[=:][ \t]*([^\s'"#!][^\s]{7,200})[ \t]*$/gm;
const YAML_SETTING = /^[ \t]*(?:-[ \t]+)?([\w.-]{1,160}):[ \t]+([^\s'"#&*!|>{}[\],%@`][^\s#]{7,200})[ \t]*(?:#[^\n]*)?$/gm;
const NAMES_A_SECRET = /secret/i;
const NOT_A_SECRET_KEY = /(?:name|ref|file|path|id|arn|env|var|type|length|size|ttl|expir[a-z]{0,12}|enabled|version|manager|store|provider|mount|dir|location|header|prefix|source|mode|policy|rotation|backend|class|keyref|template)$/i;
const NOT_A_SECRET_VALUE = /^(?:true|false|yes|no|on|off|null|none|~|\d+|[a-z][\w+.-]*:\/\/.*|\/.*|classpath:.*|\{\{.*|%\(.*|<.*)$/i;
const SETTINGS_FILE = /\.(properties|ya?ml)$/i;

// A compose-only .env of local service passwords that say what they are (POSTGRES_PASSWORD=changeit_local):
// the containers' passwords on a developer's machine, not a secret of the running code.
const PASSWORD_KEY = /(?:PASSWORD|PASSWD|PASS|PWD)$/i;
const SELF_DESCRIBING = /local|dev|test|change|example|sample|default|passw|postgres|mysql|maria|mongo|redis|rabbit|guest|root|admin|demo|docker|compose/i;
const COMPOSE_FILE = /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/;

const SKIP = /(^|\/)(\.env\.(example|sample|template|dist|test)|\.env\.local\.example|docker-compose[\w.-]*\.ya?ml|compose[\w.-]*\.ya?ml|[\w.-]*\.example(\.\w+)?|[\w.-]*\.sample)$/i;
/**
 * A file whose name says it is a sample, an example or a dummy (application-secret-samples.yml,
 * settings_example.py, example-config.json, dummy-key.pem): it shows the shape of a setting, the running project
 * does not load it.
 */
const SAMPLE_NAMED = /(^|\/)(?:[^/]{0,120}[-_.])?(?:samples?|examples?|dummy|fake)(?:[-_.][^/]{0,120})?$/i;
/**
 * Keys and settings that tests or a demo read, not the running project: test data folders under any name (Go's
 * testdata/, stub/, fixtures/, mocks/), quickstart or getting-started setups and sample apps (examples/, samples/).
 * A CI helper script or a seed script is still the project's: a token there is committed.
 */
const NOT_RUNNING = /(^|\/)(testdata|test[-_]data|stubs?|fixtures?|__fixtures__|mocks?|__mocks__|quick[-_]?start|getting[-_]started|_?examples?|samples?|example[-_]apps?|sample[-_]apps?)\//i;
/** Translations: a locale file's "Client secret" is a label for a form field, not a setting the app loads. */
const TRANSLATIONS = /(^|\/)(?:locales?|i18n|l10n|translations?)\/|\.(?:po|pot|xliff|xlf)$/i;
/** A source file named for tests (`test_keys.rs`, `test-utils.ts`, `keys_test_data.go`): test support, not the app. */
const TEST_NAMED_FILE = /(^|\/)tests?[-_.][^/]{1,120}$|[-_.]tests?[-_.][^/]{0,120}$/i;
/** A route path (`'/oauth/client/{clientId}/secret/{secretId}'`): lower-case segments and parameters, not a key. */
const ROUTE_PATH = /^\/(?:[a-z0-9_.-]{1,60}|\{\w{1,60}\}|:\w{1,60})(?:\/(?:[a-z0-9_.-]{1,60}|\{\w{1,60}\}|:\w{1,60})){1,20}\/?$/;
/**
 * Any file in a test folder, not only test source: certificates and keys that a test server or client loads
 * (tests/client_certs/client.key, src/test/resources/keystore.pem), and Go's test-helper packages named like
 * httptest (caddytest/, integrationtest/, e2etests/). Words that only end in "test" (latest/, contest/) are not.
 */
const TEST_FOLDER = /(^|\/)(?:tests?|specs?|__tests__|e2e|testing|integration[-_]?tests?|test[-_][\w.-]{1,60}|(?!(?:la|con|at|pro|grea|fas|de|smalles|larges|shortes)tests?\/)[a-z][\w-]{0,60}?[-_]?tests?)\//i;

type Evidence = Parameters<Detector['detect']>[0];

/** Names assigned from the environment anywhere (`SECRET_KEY = env("SECRET_KEY")`): a literal of the same name elsewhere is a default they override. */
function envAssignedNames(evidence: Evidence, files: readonly string[]): Set<string> {
  const names = new Set<string>();
  const assign = /^[ \t]*(?:\w+\.)*([A-Za-z_]\w*)\s*[:=][^\r\n]*?(process\.env|os\.environ|os\.getenv|getenv\(|ENV\[|ENV\.fetch|\benv\(|\benv\.\w+\(|System\.getenv|env::var|os\.Getenv|<%=\s*ENV)/gm;
  for (const file of files) {
    // Comment-free text holds no literal its whole text lacks: a file without one needs no stripping and no regex.
    if (!evidence.mayMatch(file, ENV_OVERRIDE_HINTS)) continue;
    const code = evidence.code(file);
    if (!code || !ENV_OVERRIDE.test(code)) continue;
    for (const m of code.matchAll(assign)) names.add(m[1]!);
  }
  return names;
}

/** The line (1-based) with the line before it when the expression runs on (`x ||`, `a ?`, `secret:`). */
function expressionAround(code: string, line: number): string {
  const lines = code.split('\n');
  const own = lines[line - 1] ?? '';
  const before = lines[line - 2] ?? '';
  return /(\|\||\?\?|[?:(=,])[ \t]*$/.test(before) ? `${before}\n${own}` : own;
}

/** Whether a key=value of a committed .env is a local service password that only the compose files read. */
function isLocalComposePassword(evidence: Evidence, key: string, value: string): boolean {
  if (!PASSWORD_KEY.test(key) || /SECRET|TOKEN|API_KEY|PRIVATE/i.test(key) || !SELF_DESCRIBING.test(value)) return false;
  if (!evidence.files.some((f) => COMPOSE_FILE.test(f))) return false;
  // The running code reading it by name makes it the code's secret.
  return !evidence.sourceFiles.some((f) => !isTestFile(f) && (evidence.code(f) ?? '').includes(key));
}

/** The committed .env's first real secret, if any. */
function dotEnvSecret(evidence: Evidence, file: string, text: string): Finding | undefined {
  for (const m of text.matchAll(/^[ \t]*(?=\w*(?:SECRET|TOKEN|PASSWORD|PRIVATE_KEY|API_KEY))(\w+)[ \t]*=[ \t]*['"]?([^'"\s#]{8,})/gim)) {
    if (isPlaceholder(m[2]!) || isLocalComposePassword(evidence, m[1]!, m[2]!)) continue;
    return { file, line: lineAt(text, m.index), message: 'a .env file with secrets is committed (add .env to .gitignore)', strength: 'strong' };
  }
  return undefined;
}

/** A YAML section of values for development or tests (Rails' secrets.yml, database.yml): not what production runs. */
const DEV_SECTION = /^(development|dev|test|testing|local|ci)$/i;

/** The top-level key a YAML line sits under, or undefined at the top level. */
function topLevelKeyBefore(code: string, index: number): string | undefined {
  const before = code.slice(0, index);
  const sections = [...before.matchAll(/^([\w.-]{1,80}):[ \t]*(?:#[^\n]*)?$/gm)];
  return sections.length ? sections[sections.length - 1]![1] : undefined;
}

/** Unquoted secrets in .properties and YAML settings of the running project. */
function settingsSecrets(file: string, code: string): Finding[] {
  const out: Finding[] = [];
  const yaml = !file.endsWith('.properties');
  for (const m of code.matchAll(yaml ? YAML_SETTING : PROPERTIES_SETTING)) {
    const key = m[1]!;
    if (!NAMES_A_SECRET.test(key)) continue;
    // A development or test value beside a production section is a local default, not the running service's secret.
    if (yaml && m[0]!.startsWith(' ') && DEV_SECTION.test(topLevelKeyBefore(code, m.index) ?? '')) continue;
    const value = m[2]!.replace(/[,;]$/, '');
    if (NOT_A_SECRET_KEY.test(key.replace(/[-_.]/g, '')) || NOT_A_SECRET_VALUE.test(value) || isPlaceholder(value) || value.includes('${')) continue;
    out.push({ file, line: lineAt(code, m.index), message: `a secret in settings (${key}), committed with no environment override`, strength: 'strong' });
  }
  return out;
}

/** A Go constant or variable holding a literal (a passphrase may have spaces) that the same file signs tokens with. */
const GO_SECRET_CONSTANT = /^[ \t]*(?:const|var)[ \t]+(\w{0,40}(?:Secret|SECRET|Password|PASSWORD|Key|KEY)\w{0,40})[ \t]*(?:string[ \t]*)?=[ \t]*"([^"\n]{8,200})"/gm;

function goSigningConstants(file: string, code: string): Finding[] {
  const out: Finding[] = [];
  for (const m of code.matchAll(GO_SECRET_CONSTANT)) {
    const [, name, value] = m;
    if (isPlaceholder(value!)) continue;
    const signs = new RegExp(`\\b(SignedString|NewHMAC|HS256|SigningKey|hmac\\.New)\\b[^\\n]{0,200}\\b${name}\\b|\\b${name}\\b[^\\n]{0,80}\\b(SignedString|SigningMethodHS)`);
    if (signs.test(code)) out.push({ file, line: lineAt(code, m.index), message: `a hard-coded signing key constant (${name}) signs tokens (no environment override)`, strength: 'strong' });
  }
  return out;
}

/** Whether a name is used to sign or verify (jwt.verify(token, config.SECRET), secret: SECRET) in any of `files`. */
function usedToSign(evidence: Evidence, name: string, files: readonly string[]): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const use = new RegExp(`\\b(?:jwt|jsonwebtoken|JWT)\\.(?:sign|verify|encode|decode)\\([^;\\n]{0,200}\\b${escaped}\\b|\\b(?:secret|secretOrKey|secretOrPrivateKey|jwtSecret)[ \\t]*:[ \\t]*[\\w.]{0,80}\\b${escaped}\\b`);
  return files.some((f) => {
    const code = evidence.code(f);
    return code !== undefined && code.includes(name) && use.test(code);
  });
}

export const committedSecrets: Detector = {
  name: 'committedSecrets',
  question: 'Does the repository commit a secret that the running code uses (private key, signing secret, provider token), in source, settings or committed build output?',
  textPatterns: [SECRET_HINTS, ENV_OVERRIDE_HINTS],
  detect(evidence) {
    const out: Finding[] = [];
    let overridden: Set<string> | undefined;
    let overriddenInBuild: Set<string> | undefined;
    const built = new Set(evidence.buildOutput);
    // Build output is no code of the project's own for the other rules, but a secret committed in it is committed.
    for (const file of [...evidence.files, ...evidence.buildOutput]) {
      if (SKIP.test(file) || SAMPLE_NAMED.test(file) || NOT_RUNNING.test(file) || TEST_FOLDER.test(file) || TEST_NAMED_FILE.test(file) || TRANSLATIONS.test(file) || isTestFile(file) || isDocFile(file)) continue;
      const text = evidence.text(file);
      if (!text) continue;
      if (/(^|\/)\.env$/.test(file)) {
        const secret = dotEnvSecret(evidence, file, text);
        if (secret) out.push(secret);
      }
      // A JSON Web Key with its private part ("d", the private exponent) is a private key, whatever the file is named.
      if (/\.(jwk|json)$/i.test(file) && /"[kK]ty"/.test(text)) {
        const jwk = JWK_PRIVATE.exec(text);
        if (jwk) out.push({ file, line: lineAt(text, jwk.index), message: 'a private key (JSON Web Key with its private exponent) is committed', strength: 'strong' });
      }
      if (!evidence.mayMatch(file, SECRET_HINTS)) continue;
      // A private key is committed even inside a comment, unless the name it is given says it is a test or fake key.
      for (const key of text.matchAll(PRIVATE_KEY_ALL)) {
        if (namedAsTestKey(text, key.index)) continue;
        out.push({ file, line: lineAt(text, key.index), message: 'a private key is committed', strength: 'strong' });
        break;
      }
      const code = evidence.code(file);
      if (!code) continue;
      for (const [re, what] of PROVIDER_TOKENS) {
        const m = re.exec(code);
        if (m && !(what === GOOGLE_API_KEY && isBrowserGoogleKey(file, code, m.index))) out.push({ file, line: lineAt(code, m.index), message: `${what} is committed`, strength: 'strong' });
      }
      const aws = AWS_KEY_ID.exec(code);
      if (aws) {
        const line = lineAt(code, aws.index);
        const around = code.split('\n').slice(Math.max(0, line - 4), line + 3).join('\n');
        if (AWS_SECRET_NEARBY.test(around)) out.push({ file, line, message: 'an AWS access key pair is committed', strength: 'strong' });
      }
      if (!MENTIONS_SECRET.test(code)) continue;
      // Settings of tests (src/test/resources, application-test.yml) were left out above, with every test folder and test-named file.
      if (SETTINGS_FILE.test(file) && ciSystemOf(file) === undefined) out.push(...settingsSecrets(file, code));
      for (const m of code.matchAll(SESSION_SECRET)) {
        const line = lineAt(code, m.index);
        out.push({ file, line, message: `a session secret ('${(m[2] ?? m[4])!.slice(0, 3)}…') is written into the code, with no environment override`, strength: 'strong' });
      }
      if (file.endsWith('.go')) out.push(...goSigningConstants(file, code));
      for (const [re, what] of LITERAL_SECRETS_ALL) {
        for (const m of code.matchAll(re)) {
          const value = m[m.length - 1]!;
          if (isPlaceholder(value)) continue;
          if (what === SIGNING_KEY_CONSTANT && (spellsItsName(m[1]!, value) || ROUTE_PATH.test(value))) continue;
          const line = lineAt(code, m.index);
          // `process.env.JWT_SECRET || "dev-default"` is a weak default, not a committed secret: the override is
          // in the same expression (the line, or a line before that it continues), not on any neighbouring line.
          if (ENV_OVERRIDE.test(expressionAround(code, line))) continue;
          const name = m.length > 3 ? m[1] : undefined;
          // In build output, only a secret the code signs or verifies with counts: a bundle holds other people's code.
          if (built.has(file) && name && !usedToSign(evidence, name, [...evidence.buildOutput, ...evidence.sourceFiles])) continue;
          // Built code runs as built: only an override in the build output itself overrides a default there.
          const overrides = built.has(file) ? (overriddenInBuild ??= envAssignedNames(evidence, evidence.buildOutput)) : (overridden ??= envAssignedNames(evidence, evidence.sourceFiles));
          if (name && overrides.has(name)) {
            out.push({ file, line, message: `a weak default for ${name}, overridden from the environment elsewhere`, strength: 'weak' });
            continue;
          }
          out.push({ file, line, message: `${what}${built.has(file) ? ' in committed build output' : ''} (no environment override)`, strength: 'strong' });
        }
      }
    }
    return out;
  },
};
