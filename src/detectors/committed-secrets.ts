import { ciSystemOf } from '../evidence/ci.js';
import { parseYamlWithMerges } from '../evidence/yaml-once.js';
import { BENCHMARK_FOLDERS, DOC_FOLDERS, DOCKERFILE_NAME, inFolderNamed, isDocFile, isScaffolding, isTestDataFile, isTestFile, SAMPLE_FOLDERS, TEST_DATA_FOLDERS, TEST_FOLDERS } from '../evidence/file-sets.js';
import { isSourceFile, languageOf, lineAt, stripComments } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';
import { escapeRegExp } from '../util/regexp.js';
import { unshippedPythonFolders } from './python-packaging.js';
import { runsTests } from './patterns.js';
import { asReview, djangoSecretSlot, djangoSettingsModule, jsonParents, KEY_MATERIAL_USE, loadedByFrameworkDefault, passedToSecretSlot, settingReadByCode, usedAsKey, usedToSign, yamlParents, type IsRunning } from './secret-use.js';

const JWK_PRIVATE = /"[dD]"[ \t]*:[ \t]*"[A-Za-z0-9_-]{40,}"/;
/**
 * A private key serialised as its RSA parameters rather than PEM: .NET's RSAParameters as JSON (IdentityServer's
 * tempkey.rsa: {"Parameters":{"D":"…","DP":"…","InverseQ":"…"}}) or as XML (RSA.ToXmlString(true): <D>…</D>).
 */
const RSA_PARAMETERS_PRIVATE = /"D"[ \t]*:[ \t]*"[A-Za-z0-9+/=_-]{40,}"/;
const RSA_XML_PRIVATE = /<D>[A-Za-z0-9+/=\s]{40,}<\/D>/;
const PRIVATE_KEY = /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----\s*\n[A-Za-z0-9+/=\s]{40,}/;
const PRIVATE_KEY_ALL = new RegExp(PRIVATE_KEY.source, 'g');
/**
 * Whether every line a private key spans is a documentation comment's (`///` and `//!` in Rust, `///` in C#, ` * ` in
 * a doc block): a library's usage example shown to readers and run as a doc test, not a key its code loads. A key in
 * an ordinary `//` comment is code commented out, and still committed. (The secrets hint scan reads JS/TS and JVM
 * sources with their comments blanked, so a key in a JSDoc or Javadoc block does not reach this test at all.)
 */
const DOC_COMMENT_LINE = /^[ \t]*(?:\/\/[/!]|\*(?!\/))/;
function inDocumentationComment(text: string, index: number, length: number): boolean {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  // The match may end in the next line's indentation, before its comment marker.
  const lines = text.slice(start, index + length).split('\n').filter((line, i, all) => i < all.length - 1 || line.trim() !== '');
  return lines.length > 1 && lines.every((line) => DOC_COMMENT_LINE.test(line));
}

/**
 * The identifier a private key literal is assigned to (`const TEST_FAKE_RSA_KEY_0: &str = "-----BEGIN…`,
 * `testKey := \`-----BEGIN…`, `const PRIVATE_KEY_PLACEHOLDER = \``) on its line or the line before, naming it a test,
 * fake, dummy, example or placeholder key: a form's placeholder shows the shape of a key, it signs nothing.
 */
const TEST_KEY_NAME = /(?:^|[^A-Za-z])(?:TEST|FAKE|DUMMY|MOCK|EXAMPLE|SAMPLE|PLACEHOLDER|test|fake|dummy|mock|example|sample|placeholder)S?(?:[A-Z_0-9]|[^A-Za-z]|$)|[a-z0-9](?:Test|Fake|Dummy|Mock|Example|Sample|Placeholder)(?:[A-Z_0-9]|[^A-Za-z]|$)/;
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

const CERTIFICATE_BEGIN = '-----BEGIN CERTIFICATE-----';
const CERTIFICATE_END = '-----END CERTIFICATE-----';
/** A word by which a certificate's subject says it is for show (`Argo Tunnel Sample Hello Server`, `example.com`, `snakeoil`). */
const SAMPLE_SUBJECT_WORD = /(?:^|[^A-Za-z])(?:samples?|examples?|demo|dummy|snakeoil|fake|test)(?:[^A-Za-z]|$)/i;
/**
 * The subject text of a certificate in `text` that names itself a sample, test or demo certificate, if any. A key
 * shipped with such a certificate (a built-in hello-world origin's, a demo server's) is published on purpose: its
 * certificate is decoded, and the text strings of its DER (the subject and issuer names) are read.
 */
function sampleCertificateName(text: string): string | undefined {
  for (let at = text.indexOf(CERTIFICATE_BEGIN); at >= 0; at = text.indexOf(CERTIFICATE_BEGIN, at + 1)) {
    const end = text.indexOf(CERTIFICATE_END, at);
    if (end < 0 || end - at > 12_000) continue;
    // Source code may wrap the lines in quotes and `\n` escapes: only the base64 letters are kept.
    const body = text.slice(at + CERTIFICATE_BEGIN.length, end).replace(/\\[nr]/g, '').replace(/[^A-Za-z0-9+/=]/g, '');
    const named = derStrings(Buffer.from(body, 'base64')).find((s) => SAMPLE_SUBJECT_WORD.test(s));
    if (named !== undefined) return named;
  }
  return undefined;
}

/** The short text strings of a DER structure (UTF8String, PrintableString, IA5String: names in a subject or issuer). */
function derStrings(der: Buffer): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < der.length; i++) {
    const tag = der[i]!;
    const length = der[i + 1]!;
    if ((tag !== 0x0c && tag !== 0x13 && tag !== 0x16) || length < 3 || length > 127 || i + 2 + length > der.length) continue;
    const value = der.subarray(i + 2, i + 2 + length).toString('latin1');
    if (/^[\x20-\x7e]+$/.test(value)) out.push(value);
  }
  return out;
}
const GOOGLE_API_KEY = 'a Google API key';
/**
 * A Google API key that a browser or mobile app ships to every user is public by design (Google documents Firebase
 * and Maps browser keys as identifiers, restricted by referrer, not secrets): in a variable a front-end bundler
 * publishes (VITE_, REACT_APP_, NEXT_PUBLIC_, EXPO_PUBLIC_, GATSBY_, NUXT_PUBLIC_, PUBLIC_), a Firebase web config
 * (apiKey beside authDomain), the mobile config files (google-services.json, GoogleService-Info.plist), a Maps
 * script URL; and (servedKey, below) a setting the server hands to the pages it renders.
 */
function isBrowserGoogleKey(file: string, code: string, index: number): boolean {
  if (/(^|\/)(google-services\.json|GoogleService-Info\.plist)$/.test(file)) return true;
  const lineStart = code.lastIndexOf('\n', index - 1) + 1;
  const lineEnd = code.indexOf('\n', index);
  const line = code.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (/^[ \t]*(?:export[ \t]+)?(?:VITE|REACT_APP|NEXT_PUBLIC|EXPO_PUBLIC|GATSBY|NUXT_PUBLIC|PUBLIC)_\w{1,80}[ \t]*=/.test(line)) return true;
  // The Maps JavaScript API loads in the page with its key in the URL (<script src="…/maps/api/js?key=AIza…">).
  if (/maps\.googleapis\.com\/maps\/api\/js\?[^\s"'<>]{0,200}key=$/.test(line.slice(0, index - lineStart))) return true;
  const around = code.slice(Math.max(0, index - 400), index + 400);
  return /\bapiKey\b/.test(around) && /\bauthDomain\b|firebaseapp\.com/.test(around);
}
/** The name a value is assigned to on its line (`GOOGLE_MAP_API_KEY = "`, `mapsApiKey: '`), if any. */
function assignedName(code: string, index: number): string | undefined {
  const lineStart = code.lastIndexOf('\n', index - 1) + 1;
  const m = /([A-Za-z_]\w{0,80})['"]?[ \t]*(?::|=>|:?=)[ \t]*['"`]?$/.exec(code.slice(Math.max(lineStart, index - 120), index));
  return m?.[1];
}
/**
 * A line that hands a value to a page the server renders: a template context (Django `context["k"] = …`,
 * `render(request, "page.html", {…})`, Express `res.render`/`res.locals`), or the page's own markup (`{{ … }}`,
 * `<%= … %>`, a script tag). A Google key handed to a page ships to every browser that loads it.
 */
const HANDS_TO_PAGE = /\bcontext(?:\[|\.update\(|[ \t]*=[ \t]*\{)|\brender(?:_template|_to_string)?\(|\bres\.(?:render\(|locals\b)|\{\{|<%=|<script\b/;
/** Whether a name (a setting holding a Google key) is handed to a page anywhere in the repository's running files. */
function handedToPage(evidence: Evidence, name: string, definedIn: string): boolean {
  const word = new RegExp(`(?:^|[^\\w])${name}(?!\\w)`);
  return evidence.files.some((f) => {
    if (isTestFile(f) || isDocFile(f)) return false;
    const text = evidence.code(f) ?? evidence.text(f);
    if (!text || !text.includes(name)) return false;
    return text.split('\n').some((l) => l.includes(name) && word.test(l) && HANDS_TO_PAGE.test(l) && !(f === definedIn && /^[ \t]*\w+[ \t]*=[ \t]*['"]AIza/.test(l)));
  });
}
// Each token's prefix is a hint (a pattern of the literal prefilter) too: a file that passed SECRET_HINTS by "secret"
// alone (Dokploy's 172 Drizzle snapshots) is not read again by the four token patterns. The prefixes are SECRET_HINTS'
// own alternatives, so the prefilter looks for no new literal.
const PROVIDER_TOKENS: [RegExp, string, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token', '/\\bgh[pousr]_/i'],
  [/\bxox[baprs]-[A-Za-z0-9-]{10,}\b/, 'a Slack token', '/\\bxox[baprs]-/i'],
  [/\bsk_live_[A-Za-z0-9]{20,}\b/, 'a Stripe live key', '/sk_live_/i'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, GOOGLE_API_KEY, '/\\bAIza/i'],
];
// An AWS key id alone is an identifier, not a secret: it counts only with a secret access key next to it.
const AWS_KEY_ID_ALL = /\bAKIA[0-9A-Z]{16}\b/g;
const PROVIDER_TOKENS_ALL = PROVIDER_TOKENS.map(([re, what, hint]) => [new RegExp(re.source, 'g'), what, hint] as const);

/**
 * A token that says it is a sample: one with EXAMPLE in it (AWS documents AKIAIOSFODNN7EXAMPLE and its secret
 * …EXAMPLEKEY for every reader to paste), or one whose body is typed, not issued: a run of eight ascending or
 * repeated characters (sk_live_1234567890abcdef…, ghp_xxxxxxxx…). An issued token is random; such a run in one is
 * vanishingly rare.
 */
function isSampleToken(token: string): boolean {
  if (/example/i.test(token)) return true;
  let ascending = 1;
  let same = 1;
  for (let i = 1; i < token.length; i++) {
    const step = token.charCodeAt(i) - token.charCodeAt(i - 1);
    ascending = step === 1 && /[a-z0-9]/i.test(token[i]!) ? ascending + 1 : 1;
    same = step === 0 && /[a-z0-9]/i.test(token[i]!) ? same + 1 : 1;
    if (ascending >= 8 || same >= 8) return true;
  }
  return false;
}

/**
 * Whether the code also holds a pattern for the token's kind (`"ghp_[a-zA-Z0-9]{36}"`, `xox[baprs]-`, `AKIA[0-9A-Z]{16}`):
 * a secret scanner, a redactor or a log filter with its sample inputs. The tokens there are what it must catch, not
 * credentials the code signs in with.
 */
function besideItsOwnPattern(code: string, token: string): boolean {
  const prefix = /^[A-Za-z]{2,8}[_-](?:[a-z]{2,6}_)?|^[A-Za-z]{4}/.exec(token)?.[0];
  if (!prefix) return false;
  // The prefix followed by a character class, a group or an escape; or the prefix's stem with a class of its variants.
  const stem = prefix.replace(/[A-Za-z][_-]?$/, '');
  const pattern = new RegExp(`${escapeRegExp(prefix)}[\\[(\\\\]${stem.length >= 2 ? `|${escapeRegExp(stem)}\\[[A-Za-z]{2,8}\\][_-]?` : ''}`);
  return pattern.test(code);
}
const AWS_SECRET_NEARBY = /(secret_?access_?key|SecretAccessKey|aws_secret)\W{1,6}[A-Za-z0-9/+=]{40}\b/i;

// A signing secret passed as a literal: jwt.sign(x, "literal"), secret: "literal", SECRET_KEY = "literal",
// `public const string JWT_SECRET_KEY = "..."`. The last group of each pattern is the value.
// The third element: what the pattern cannot match without, as a text pattern of plain words, asked of the
// evidence's one scan per file first (words, not the pattern itself, so the ReDoS check has nothing new to prove):
// a file without `exports.` holds no secret export. None where the words are in nearly every file that mentions a
// secret (`secret:`, `const`): that pattern runs on each.
const SIGNING_KEY_CONSTANT = 'a hard-coded signing key constant';
const CONFIG_SECRET = 'a hard-coded secret set on the configuration';
const CONFIG_ENTRY = 'a hard-coded secret in configuration';
const SECRET_KEY_ASSIGNMENT = 'a hard-coded secret key';
const SECRET_EXPORT = 'a hard-coded secret export';
/**
 * An HTTP header's name as a value (`CF-Access-Client-Secret`, `X-Api-Secret`, `x-webhook-secret`): words joined by
 * hyphens, each capitalised or a short capital tag, or `x-` and lower-case words. A secret is sent under it.
 */
const HTTP_HEADER_NAME = /^(?:(?=[^]{0,200}[A-Z][a-z])(?:[A-Z]{1,4}|[A-Z][a-z0-9]{1,20})(?:-(?:[A-Z]{1,4}|[A-Z][a-z0-9]{1,20})){1,6}|[xX]-[a-z0-9]{1,20}(?:-[a-z0-9]{1,20}){0,5})$/;
/** Interpolation in a literal (JS `${…}`, Ruby `#{…}`, a template's `{{…}}`): the value is computed, not written. */
const INTERPOLATED = /#\{|\$\{|\{\{/;
/**
 * A property's or setting's name as a value: three or more dotted lower-case words (`nacos.core.auth.token.secret.key`,
 * `spring.security.jwt.secret`). Generated keys are not spelled as a path of words; `my.jwt-key.v2` has a part that is no word.
 */
const PROPERTY_PATH = /^[a-z]{2,30}(?:[-_][a-z]{2,30}){0,3}(?:\.[a-z][a-zA-Z]{1,30}(?:[-_][a-zA-Z]{2,30}){0,3}){2,12}$/;
/**
 * A web page's address with no credentials in it (`SecretBackupHelpLink = "https://go.microsoft.com/fwlink/?linkid=…"`)
 * or a name with a format placeholder (`SecretManagerGetHostSecrets = "secretmanager.gethostsecrets.{0}"`, an event or
 * metric name the code fills in): what a secret-named constant holds there is a link or a name, never a key
 * (calibration round 24: azure-functions-host). An address carrying a key or a token in its query is still looked at.
 */
const WEB_PAGE = /^https?:\/\/[\w.-]{1,200}(?::\d{1,5})?(?:[/?#][^\s@]{0,300})?$/;
const KEY_IN_ADDRESS = /[?&](?:[\w-]{0,40}(?:key|token|secret|sig|signature|password|auth)[\w-]{0,40})=/i;
const FORMAT_PLACEHOLDER = /\{\d{1,2}\}|%[sdv]\b/;
const namesAPageOrEvent = (value: string) => (WEB_PAGE.test(value) && !KEY_IN_ADDRESS.test(value)) || FORMAT_PLACEHOLDER.test(value);
/** A URN (`urn:squidex:clientSecret`, a claim type's or a scheme's name): a name by its syntax, never a key. */
const URN = /^urn:[a-z0-9][\w-]{0,31}:[^\s]{1,200}$/i;
/** A type's name as a value (`clientSecret: String` in a module's settings schema): what the setting holds, not a value of it. */
const TYPE_NAME = /^(?:String|string|str|Str|int|Int|Integer|integer|bool|Bool|boolean|Boolean|number|Number|float|Float|double|Double|object|Object|any)$/;
/**
 * A value written in the syntax of a name: a type's, a property's path, a URN, an HTTP header's, a route's. It
 * names where the secret is looked up, sent or kept, whatever the key holding it is called; never a key.
 */
const spelledAsAName = (value: string) => TYPE_NAME.test(value) || PROPERTY_PATH.test(value) || URN.test(value) || HTTP_HEADER_NAME.test(value) || ROUTE_PATH.test(value);
/** Words and numbers joined by separators (`sm-1587-secrets-versioning`, `orders-signing-key-v2`, `prod/jwt.key`): a name, not a key. */
const WORDS_JOINED = /^(?:[A-Za-z]{1,40}\d{0,4}|\d{1,8})(?:[-_.:/ ](?:[A-Za-z]{1,40}\d{0,4}|\d{1,8})){1,20}$/;
/** A word or a name in any case, a short number after it at most (`String`, `apolloAccesskeySecret`, `aSecret`, `foobar2`). */
const ONE_WORD = /^[A-Za-z][A-Za-z]{0,80}\d{0,4}$/;
/** A value shaped like a word, a name or words joined: what names a thing, not a key, unless a signing call takes it. */
const wordShaped = (value: string) => ONE_WORD.test(value) || WORDS_JOINED.test(value);
/** Shannon entropy of a string, in bits a character. */
function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / value.length) * Math.log2(n / value.length);
  return bits;
}
/**
 * An alphabet written out (`abcdefghijklmnopqrstuvwxyz0123456789!@#…`, the charset a key generator draws from): eight
 * or more consecutive characters in order. Generated key material is random, so it never runs in order that long.
 */
function spellsAnAlphabet(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 8) return true;
  }
  return false;
}
/**
 * A published test vector, not a key anyone keeps secret: hex bytes that count up from their first
 * (`000102030405060708090a0b0c0d0e0f`, the AES key of FIPS-197's examples, which device protocols ship as their
 * fixed key) or one character repeated (`0000000000000000`, `aaaaaaaaaaaaaaaa`). Anyone can guess it, so it leaks
 * nothing; a weak word a signing call takes ('keyboard cat') is judged as a weak secret elsewhere.
 */
export function isTestVector(value: string): boolean {
  if (value.length >= 8 && /^(.)\1+$/.test(value)) return true;
  if (value.length < 16 || value.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(value)) return false;
  for (let i = 2; i < value.length; i += 2) {
    if (parseInt(value.slice(i, i + 2), 16) !== (parseInt(value.slice(i - 2, i), 16) + 1) % 256) return false;
  }
  return true;
}
/**
 * Positive proof that a value is a secret (rubric: a secret the running code uses): it looks generated, as issued
 * keys and tokens are. Hex or base64 key material (16+ characters, digits among the letters), letters mixed with
 * digits (looksGenerated), or 16+ characters of three character classes or more with high entropy
 * (`django-insecure-5xdo&zrjq^i)0^g9v@…`). A word, a name in any case (`apolloAccesskeySecret`, `mall-admin-secret`,
 * `String`) or a sentence is not: such a value fails the gate only where it is handed straight to a signing call or a
 * framework's secret slot, as a weak default (`session({ secret: 'keyboard cat' })`).
 */
export function secretShaped(value: string): boolean {
  if (value.length < 12 || WORDS_JOINED.test(value) || spellsAnAlphabet(value)) return false;
  if (/^(?=[^]{0,300}\d)(?=[^]{0,300}[a-f])[0-9a-f]{16,300}$/i.test(value) || looksGenerated(value)) return true;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/].filter((re) => re.test(value)).length;
  return value.length >= 16 && classes >= 3 && entropy(value) >= 3.5;
}
/** Why a found secret whose value is shaped like a word or a name does not fail the gate. */
const WORD_VALUE = 'its value does not look generated, and it is not handed straight to a signing call';
/** A package other code imports, at the repository's root (a gem, a Python package): its repository ships a library. */
const ROOT_PACKAGE = /^(?:[^/]{1,100}\.gemspec|pyproject\.toml|setup\.py)$/;
// Constants in typed languages; a long value only, so names like SECRET_HEADER = "X-Secret" stay out. Every match
// starts a line, and the name it captures there holds one of TYPED_SECRET_NAME_WORDS.
export const TYPED_SECRET_CONSTANT = /^[ \t]*(?:(?:public|private|internal|protected|static|readonly|final|const|export|let|var|val|string|String|str)[ \t]+)+(?::[ \t]*)?((?=\w*(?:SECRET|Secret|(?:JWT|SIGNING|AUTH)_?(?:KEY|Key)\b))\w+)\s*(?::\s*\w+\s*)?=\s*(['"`])([^'"`\s]{16,})\2/m;
export const TYPED_SECRET_NAME_WORDS = ['SECRET', 'Secret', 'JWT', 'SIGNING', 'AUTH'] as const;
/**
 * A secret-named property set in code, in a constructor or an object initializer of a typed language
 * (`APIClientSecret = @"FGc9…";`, `this.clientSecret = "…";`): the object's value, read like a constant. Its name ends
 * in Secret; the value is checked and its use shown as a constant's are.
 */
export const SECRET_PROPERTY_ASSIGNMENT = /^[ \t]*(?:this\.)?((?=[A-Za-z]\w{0,60}(?:Secret|SECRET)[ \t]*=)[A-Za-z]\w{0,80})[ \t]*=[ \t]*@?(["'])([^"'\s]{16,200})\2[ \t]*[;,]?[ \t]*$/m;
const SECRET_PROPERTY_WORDS = ['Secret', 'SECRET'] as const;
/** Typed languages whose objects are set up by assigning properties (C#, Java, Kotlin, Scala, Groovy, Swift, Dart). */
const PROPERTY_ASSIGNING_FILE = /\.(?:cs|java|kt|kts|scala|groovy|swift|dart)$/;
/**
 * Constants by convention in Python and Ruby, which have no keyword for them: an upper-case name assigned at the start
 * of a line (`CLIENT_SECRET = 'db4a…'`, `JWT_SIGNING_KEY = "…"`), a long value only, read as typed constants are.
 */
export const UPPER_CASE_SECRET_CONSTANT = /^[ \t]*((?=[A-Z0-9_]{0,60}(?:SECRET|(?:JWT|SIGNING|AUTH)_?KEY\b))[A-Z][A-Z0-9_]{0,80})[ \t]*=[ \t]*(['"])([^'"\s]{16,})\2/m;
const UPPER_CASE_SECRET_NAME_WORDS = ['SECRET', 'JWT', 'SIGNING', 'AUTH'] as const;
/**
 * A credential set in a Django settings module (`AKISMET_API_KEY = "c892e4962244"`, `EMAIL_HOST_PASSWORD = "…"`,
 * `GITHUB_TOKEN = "…"`): an upper-case setting at the start of a line whose name ends in API_KEY, TOKEN, PASSWORD or
 * PASSWD (a name with SECRET is UPPER_CASE_SECRET_CONSTANT's). It counts only in a settings module, read by the running
 * code as a credential (`api_key=settings.AKISMET_API_KEY`), with a value that looks generated. A Google key (AIza…)
 * is the provider tokens' to judge (a browser key is public).
 */
export const SETTINGS_CREDENTIAL = /^((?![A-Z0-9_]{0,80}SECRET)(?=[A-Z0-9_]{0,80}(?:API_?KEY|TOKEN|PASSWORD|PASSWD)[ \t]*=)[A-Z][A-Z0-9_]{0,80})[ \t]*=[ \t]*(['"])(?!AIza)([^'"\s]{8,200})\2/m;
const SETTINGS_CREDENTIAL_WORDS = ['API_KEY', 'APIKEY', 'TOKEN', 'PASSWORD', 'PASSWD'] as const;
/** Django settings modules by their path (settings.py, settings/base.py, settings_prod.py); djangoSettingsModule decides. */
const SETTINGS_MODULE_FILE = /(^|\/)(?:settings(?:_[\w-]{1,40})?\.py|settings\/[\w-]{1,80}\.py)$/;
const SETTINGS_CREDENTIAL_FOUND = 'a hard-coded credential in the settings module';
/** Python and Ruby sources, where UPPER_CASE_SECRET_CONSTANT applies. */
const UNTYPED_CONSTANT_FILE = /\.(?:py|rb)$/;
/**
 * Literal secrets: the pattern, what it finds, the words (a rule pattern) the evidence's literal scan must find in the
 * file first, and, for a pattern whose every match starts a line (multiline ^) and names there one of some words, case
 * and all, those words: the pattern is then tried only at the starts of the lines that hold one (matchesOnLinesWith);
 * last, for a pattern that reads one language's idiom, the files it applies to.
 */
const LITERAL_SECRETS: [RegExp, string, string?, (readonly string[])?, RegExp?][] = [
  // jwt.sign(p, 'literal') in JS, jwt.encode(p, 'literal') in Python, JWT.encode(p, 'literal') in Ruby. A payload
  // written as a literal is one argument, braces and all: a string that is a key inside it (`JWT.encode({ "sub" => id,
  // "content_id" => …`) is no secret.
  [/\b(?:jwt|jsonwebtoken|JWT)\.(?:sign|verify|encode|decode)\s*\((?:\s*\{[^{}]{0,400}\}\s*|[^,(){}]{1,200}(?:\([^)]{0,200}\))?),\s*(['"`])([^'"`\s]{6,})\1/, 'a hard-coded JWT signing secret', '/jwt\\.(?:sign|verify|encode|decode)|jsonwebtoken\\./i'],
  // A literal handed straight to a signing-key constructor: new SymmetricSecurityKey("…"u8.ToArray()) or
  // (Encoding.UTF8.GetBytes("…")) in C#, Keys.hmacShaKeyFor / Algorithm.HMAC256 / new SecretKeySpec in Java,
  // EncodingKey::from_secret(b"…") in Rust, SignedString([]byte("…")) in Go.
  [/\b(?:SymmetricSecurityKey|hmacShaKeyFor|HMAC256|HMAC384|HMAC512|SecretKeySpec|from_secret|SignedString|setSigningKey)[ \t]*\([ \t\r\n]{0,40}(?:(?:\[\]byte|[\w.]{1,60})[ \t]*\([ \t]*)?(?:b|u8)?(['"])([^'"\s]{8,200})\1/, 'a hard-coded signing key', 'SymmetricSecurityKey|hmacShaKeyFor|HMAC256|HMAC384|HMAC512|SecretKeySpec|from_secret|SignedString|setSigningKey'],
  [/\b(secret|secretOrKey|secretOrPrivateKey|jwtSecret|sessionSecret|signingKey)\s*:\s*(['"`])([^'"`\s]{6,})\2/i, CONFIG_ENTRY],
  [/^[ \t]*(SECRET_KEY|JWT_SECRET(?:_KEY)?|SESSION_SECRET|SIGNING_KEY)\s*=\s*(['"])([^'"\s]{6,})\2[ \t]*$/m, SECRET_KEY_ASSIGNMENT, 'SECRET_KEY|JWT_SECRET|SESSION_SECRET|SIGNING_KEY'],
  // A signing or session secret set on the framework's configuration object in code: Devise's and Rails'
  // initializers (`config.secret_key = '…'`, `config.secret_key_base = '…'`), Flask (`app.secret_key = '…'`,
  // `app.config['SECRET_KEY'] = '…'`). An initializer or app module is the base configuration production loads.
  [/\b(?:config|app|application|settings|server)(?:\.(secret_key(?:_base)?|secret_token|session_secret|cookie_secret|jwt_secret(?:_key)?|signing_key)|\.config\[[ \t]*['"](SECRET_KEY|JWT_SECRET_KEY|SESSION_SECRET|SECRET_KEY_BASE)['"][ \t]*\])[ \t]*=[ \t]*(['"])([^'"\s]{8,200})\3/i, CONFIG_SECRET, '/\\.(?:secret_key|secret_token|session_secret|cookie_secret|jwt_secret|signing_key)|SECRET_KEY|JWT_SECRET_KEY|SESSION_SECRET/i'],
  // CommonJS exports, as compiled build output has them: exports.SECRET = '…', module.exports.jwtSecret = '…'.
  [/^[ \t]*(?:module\.)?exports\.(\w{0,40}(?:SECRET|Secret|secret)\w{0,40}|\w{0,40}(?:JWT|SIGNING)_?(?:KEY|Key))[ \t]*=[ \t]*(['"`])([^'"`\s]{6,})\2/m, SECRET_EXPORT, 'exports\\.'],
  // Constants in typed languages; a long value only, so names like SECRET_HEADER = "X-Secret" stay out.
  [TYPED_SECRET_CONSTANT, SIGNING_KEY_CONSTANT, undefined, TYPED_SECRET_NAME_WORDS],
  [UPPER_CASE_SECRET_CONSTANT, SIGNING_KEY_CONSTANT, undefined, UPPER_CASE_SECRET_NAME_WORDS, UNTYPED_CONSTANT_FILE],
  [SETTINGS_CREDENTIAL, SETTINGS_CREDENTIAL_FOUND, undefined, SETTINGS_CREDENTIAL_WORDS, SETTINGS_MODULE_FILE],
  [SECRET_PROPERTY_ASSIGNMENT, SIGNING_KEY_CONSTANT, undefined, SECRET_PROPERTY_WORDS, PROPERTY_ASSIGNING_FILE],
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
/**
 * The last words of a constant that names an option, a setting or a field rather than holding a value (C#/Java
 * `GOOGLE_CLIENT_SECRET_OPTION = "google-client-secret"`, Go `clientSecretFlag = "client-secret"`, TS
 * `CLIENT_SECRET_PARAM = "client-secret"`, Rust `CLIENT_SECRET_ARG`): the command line, the form or the settings file gives the secret.
 */
const OPTION_NAME_WORDS = ['option', 'options', 'opt', 'flag', 'arg', 'argument', 'param', 'parameter', 'field', 'setting', 'claim', 'header', 'property', 'attribute', 'column'];
/** The last words of an identifier that make it a name of something (SECRET_NAME, jwtSecretRef, SigningKeyId). */
const NAME_WORDS = new Set(['name', 'names', 'ref', 'refs', 'reference', 'id', 'ids', 'arn', 'alias', 'label', ...OPTION_NAME_WORDS]);
/** A resource's name: lower-case words joined by `-`, `.`, `_`, `/` or `:` (notifier-setting-secret, prod/jwt.key). */
const RESOURCE_NAME = /^[a-z0-9]+(?:[-_./:][a-z0-9]+)+$/;
/**
 * A constant or variable that holds the name of a secret, not the secret (Java `SECRET_NAME = "notifier-setting-secret"`,
 * `JWT_SECRET_REF = "prod.jwt-signing-key"`, `SigningKeyId = "orders-signing-key-v2"`): its name ends in a word that makes
 * it a name (Name, Ref, Id, …) and its value is a resource's name, as the settings side never reads a `*Name`/`*Ref`
 * key as a secret. A random value there (`SECRET_NAME = "Zq8vLm2n…"`) is still read as a secret.
 */
function namesASecret(name: string, value: string): boolean {
  const last = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').split(/[_.-]/).filter(Boolean).pop()?.toLowerCase();
  return last !== undefined && NAME_WORDS.has(last) && RESOURCE_NAME.test(value);
}
// Every occurrence, not only the first, of each pattern.
const LITERAL_SECRETS_ALL = LITERAL_SECRETS.map(([re, what, hints, words, files]) => [new RegExp(re.source, `${re.flags}${words ? 'y' : 'g'}`), what, hints, words, files] as const);

/** Whether a character code ends a line for a multiline ^ (\n, \r, U+2028, U+2029). */
const endsLine = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * The matches `text.matchAll` gives for a multiline pattern whose every match starts at a line start and has one of
 * `words` on that line, found by trying `sticky` (the pattern with the sticky flag) only at the starts of the lines
 * that hold one of them, in order, each past the end of the match before: the same matches, without the pattern
 * tried at every line of a file where nearly every line starts like a declaration.
 */
export function* matchesOnLinesWith(text: string, sticky: RegExp, words: readonly string[]): Iterable<RegExpExecArray> {
  const starts = new Set<number>();
  for (const word of words) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      let start = at;
      while (start > 0 && !endsLine(text.charCodeAt(start - 1))) start--;
      starts.add(start);
    }
  }
  let end = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    if (start < end) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m) {
      yield m;
      end = Math.max(start + 1, start + m[0].length);
    }
  }
}
const MENTIONS_SECRET = /secret|jwt|signing|SignedString|auth_?key|cookieParser|cookies|cookieSession|\.keys\b|SymmetricSecurityKey|hmacShaKeyFor|HMAC\d/i;
/**
 * Text without any of these holds none of the secrets above (a private key, a provider token, a literal secret
 * that MENTIONS_SECRET lets through), raw or comment-free: the evidence's one scan per file answers it, and most
 * files need no comment stripping and no regex here.
 */
const SECRET_HINTS = '/-----BEGIN|InverseQ|<RSAKeyValue>|\\bgh[pousr]_|\\bxox[baprs]-|sk_live_|\\bAIza|\\bAKIA|secret|jwt|signing|SignedString|auth_?key|cookieParser|cookies|cookieSession|\\.keys\\b|SymmetricSecurityKey|hmacShaKeyFor|HMAC\\d/i';
const PLACEHOLDER = /^(change[-_]?(me|this|it)[\w.-]*|changeit|secret|your[-_].*|xxx+|example\w*|placeholder|dummy|test\w*|dev\w*|<.*>|\$\{?.*\}?|\{\{.*\}\}|replace[-_]?me|todo|\*+|\.\.\.)$/i;
// A value that names an environment variable ("JWT_SECRET") rather than holding a secret.
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
/**
 * A value that points at a secret kept elsewhere (1Password's op://…, a Vault path, an AWS Secrets Manager or SSM
 * ARN, a GCP secret name, a CloudFormation dynamic reference): the reference is committed, the secret is not. A URL
 * with a user:password@ part holds its password, so it is no reference.
 */
const SECRET_REFERENCE = /^(?:(?:op|vault|sm|gcpsm|awssm|azurekv|keyvault|ssm|secretsmanager):\/\/[^@\s]{1,300}|vault:[\w/.-]{1,200}|arn:aws[\w-]{0,20}:(?:secretsmanager|ssm):[^\s]{1,300}|projects\/[\w-]{1,100}\/secrets\/[^\s]{1,200}|\{\{resolve:(?:secretsmanager|ssm)[^\s]{0,300})$/i;
/** A value that asks for one (`SetYourDataHere`, `put-your-secret-here`, `YOUR_SIGNING_KEY`): an instruction, not a key. */
const ASKS_FOR_A_VALUE = /(?:^|[^a-z])your|Your|(?:^|[^a-z])here$|Here$/;
/**
 * A value that says it is a stand-in anywhere in it (`CHANGE-ME-OR-FAIL-TO-START`, `build-time-placeholder-min-32-chars`,
 * `replace_me_in_production`, calibration round 25's `replace-this-please` in a Django base settings class): an
 * instruction to whoever deploys, not a key. A word of its own, not inside another.
 */
const SAYS_PLACEHOLDER = /(?:^|[^a-z])(?:placeholder|(?:change|replace)[-_ ]?(?:me|this|it))(?:[^a-z]|$)/i;
/**
 * A route's path parameter (`secret: ':secret'` in a table of a web app's route parameters, a Ruby symbol written as a
 * string): a name the router fills in, not a value.
 */
const ROUTE_PARAMETER = /^:[A-Za-z_]\w{0,60}$/;
const isPlaceholder = (value: string) => PLACEHOLDER.test(value) || ROUTE_PARAMETER.test(value) || SAYS_PLACEHOLDER.test(value) || ENV_NAME.test(value) || SECRET_REFERENCE.test(value) || ASKS_FOR_A_VALUE.test(value);
const ENV_OVERRIDE = /process\.env|os\.environ|os\.getenv|getenv|ENV\[|ENV\.fetch|env\(|config\(|Environment\.|System\.getenv|env::var|os\.Getenv|LookupEnv/;
/** The same, as a rule pattern: the evidence's one scan per file tells which files may read the environment at all. */
const ENV_OVERRIDE_HINTS = ENV_OVERRIDE.source;
// A session or cookie signing secret written into the code is committed whatever its value: 'secret' and
// 'keyboard cat' are weak secrets, not placeholders, when nothing overrides them.
// So are the keys that sign cookies, given as literals: a cookie-session's or an OpenID provider's `cookies: { keys:
// ['…'] }`, Koa's `app.keys = ['…']`.
const SESSION_SECRET = /\b\w{0,30}[sS]ession\([ \t]*\{[^}]{0,400}?\bsecret[ \t]*:[ \t]*(['"`])([^'"`\n]{1,200})\1|\bcookieParser\([ \t]*(['"`])([^'"`\n]{1,200})\3/g;
const COOKIE_KEYS = /\b(?:cookies[ \t]*:|cookieSession\()[ \t]*\{[^}]{0,400}?\bkeys[ \t]*:[ \t]*\[\s{0,20}(['"`])([^'"`\n]{1,200})\1|\bapp\.keys[ \t]*=[ \t]*\[\s{0,20}(['"`])([^'"`\n]{1,200})\3/g;
const SESSION_SLOTS: readonly [RegExp, string][] = [
  [SESSION_SECRET, 'a session secret'],
  [COOKIE_KEYS, 'a cookie signing key'],
];
/** What they cannot match without, asked of the scan first: the patterns themselves try every word boundary. */
const SESSION_SECRET_HINTS = '/session\\(|cookieParser|cookies|\\.keys/i';

/**
 * Whether `index` falls inside a string literal opened earlier on its line: an error or usage message that names the
 * call (`throw new Error('cookieParser("secret") required for signed cookies')`) is text, not a call the code makes.
 */
function insideQuotedText(code: string, index: number): boolean {
  let open: string | undefined;
  for (let i = code.lastIndexOf('\n', index - 1) + 1; i < index; i++) {
    const c = code[i]!;
    if (open !== undefined && c === '\\') i++;
    else if (open === undefined ? c === "'" || c === '"' || c === '`' : c === open) open = open === undefined ? c : undefined;
  }
  return open !== undefined;
}

// Unquoted key=value (.properties) and key: value (YAML) settings whose key names a secret: jwt.secret=Zq8v…,
// client-secret: 4f9a…. Never a key that only names or points at one (secretName, secretKeyRef, secret-file).
const PROPERTIES_SETTING = /^[ \t]*([\w.-]{1,160})[ \t]*[=:][ \t]*([^\s'"#!][^\s]{7,200})[ \t]*$/gm;
const YAML_SETTING = /^[ \t]*(?:-[ \t]+)?([\w.-]{1,160}):[ \t]+([^\s'"#&*!|>{}[\],%@`][^\s#]{7,200})[ \t]*(?:#[^\n]*)?$/gm;
const NAMES_A_SECRET = /secret/i;
const NOT_A_SECRET_KEY = /(?:name|ref|file|path|id|arn|env|var|type|length|size|ttl|expir[a-z]{0,12}|enabled|version|manager|store|provider|mount|dir|location|header|prefix|source|mode|policy|rotation|backend|class|keyref|template)$/i;
const NOT_A_SECRET_VALUE = /^(?:true|false|yes|no|on|off|null|none|~|\d+|[a-z][\w+.-]*:\/\/.*|\/.*|classpath:.*|\{\{.*|%\(.*|<.*)$/i;
const SETTINGS_FILE = /\.(properties|ya?ml|ini)$/i;
/** Short values under a key that ends in "secret" (the properties/INI and the YAML spelling). */
const PROPERTIES_SHORT_SECRET = /^[ \t]*([\w.-]{0,150}secret)[ \t]*[=:][ \t]*([^\s'"#!;][^\s]{0,6})[ \t]*$/gim;
const YAML_SHORT_SECRET = /^[ \t]*(?:-[ \t]+)?([\w.-]{0,150}secret):[ \t]+([^\s'"#&*!|>{}[\],%@`][^\s#]{0,6})[ \t]*(?:#[^\n]*)?$/gim;

// A compose-only .env of local service passwords that say what they are (POSTGRES_PASSWORD=changeit_local):
// the containers' passwords on a developer's machine, not a secret of the running code.
const PASSWORD_KEY = /(?:PASSWORD|PASSWD|PASS|PWD)$/i;
const SELF_DESCRIBING = /local|dev|test|change|example|sample|default|passw|postgres|mysql|maria|mongo|redis|rabbit|guest|root|admin|demo|docker|compose/i;
/**
 * A compose file under any name that says so as a word: compose.yaml, docker-compose.prod.yml, and the ones named for
 * what they run (services-compose.yml, app.compose.yaml, compose-local.yml); never decompose.yml.
 */
const COMPOSE_NAME = '(?:[\\w.-]{0,80}[-_.])?compose(?:[-_.][\\w.-]{0,80})?\\.ya?ml';
const COMPOSE_FILE = new RegExp(`(^|\\/)${COMPOSE_NAME}$`);

const SKIP = new RegExp(`(^|\\/)(\\.env\\.(example|sample|template|dist|test)|\\.env\\.local\\.example|${COMPOSE_NAME}|[\\w.-]*\\.example(\\.\\w+)?|[\\w.-]*\\.sample)$`, 'i');
/**
 * Configuration templates a user copies and fills in, like .env.example: `config.template.yml`, `app.yml.dist`,
 * `phpunit.xml.dist`, `app.conf.tmpl`, `settings.tpl`. The suffix says the file is a copy-me, not the running config.
 * `.tmpl` and `.tpl` also name the page templates the running code renders (Go's and Smarty's `*.tmpl`), so those
 * count only on a settings file (a config format inside, or a config, settings, secrets or env name); an HTML
 * template never does, and a `-template.yaml` (an AWS CloudFormation or SAM template) is deployed as it is.
 */
const CONFIG_TEMPLATE =
  /(^|\/)(?:(?![^/]{0,160}\.html?\.)[\w.-]{1,160}\.(?:template|dist)(?:\.(?:ya?ml|json|toml|ini|conf|cfg|properties|env|xml))?|[\w.-]{0,160}\.(?:ya?ml|json|toml|ini|conf|cfg|properties|env|xml)\.(?:tmpl|tpl)|[\w.-]{0,80}(?:config|conf|settings|secrets?|credentials|\.env)[\w.-]{0,80}\.(?:tmpl|tpl))$/i;
/**
 * A file whose name says it is a sample, an example, a dummy or a benchmark's (application-secret-samples.yml,
 * settings_example.py, example-config.json, dummy-key.pem, benchmark-server-key.pem): it shows the shape of a
 * setting or feeds a measurement, the running project does not load it.
 */
const SAMPLE_NAMED = /(^|\/)(?:[^/]{0,120}[-_.])?(?:samples?|examples?|dummy|fake|bench(?:marks?)?)(?:[-_.][^/]{0,120})?$/i;
/** A sample, example or template of a settings file (`.env.example`, `config.env.sample`, `app.example.yml`): what to copy, not what runs. */
const isSettingsSample = (file: string) => SKIP.test(file) || CONFIG_TEMPLATE.test(file) || SAMPLE_NAMED.test(file);
/**
 * Keys and settings that tests or a demo read, not the running project: test data folders under any name (Go's
 * testdata/, stub/, fixtures/, mocks/), quickstart or getting-started setups and sample apps (examples/, samples/),
 * benchmarks (Rust's benches/, benchmarks/).
 * A CI helper script or a seed script is still the project's: a token there is committed.
 */
export const NOT_RUNNING = inFolderNamed(
  [
    ...TEST_DATA_FOLDERS,
    ...['test[-_]data', 'stubs?', 'mocks?'], // wider than the shared group: test data under any name
    ...SAMPLE_FOLDERS,
    ...['quick[-_]?start', 'getting[-_]started'], // a demo setup, like a sample app
    // Beyond the sample folders (which name demo modules such as sa-token-demo/ and docker-compose-examples/): a demo/
    // and a library's sandbox/ or playground/ of apps that exercise it show the project in use. A secret in the
    // product's own demo mode or a sandbox/ of its own code is the cheaper error to make.
    ...['demo', 'sandbox(?:es)?', 'playgrounds?'],
    ...BENCHMARK_FOLDERS,
    '\\.storybook', // a component workshop's configuration: a development tool, not the shipped program
  ],
  'i',
);
/** Translations: a locale file's "Client secret" is a label for a form field, not a setting the app loads. */
const TRANSLATIONS = /(^|\/)(?:locales?|i18n|l10n|translations?)\/|\.(?:po|pot|xliff|xlf)$/i;
/** A source file named for tests (`test_keys.rs`, `test-utils.ts`, `keys_test_data.go`): test support, not the app. */
const TEST_NAMED_FILE = /(^|\/)tests?[-_.][^/]{1,120}$|[-_.](?:tests?|testing)[-_.][^/]{0,120}$|(^|\/)test(?:utils?|helpers?|ing|support)\.\w{1,8}$/i;
/** A component story (Login.stories.tsx, button.story.js): a component rendered with sample props in a workshop. */
const STORY_FILE = /\.stor(?:y|ies)\.[cm]?[jt]sx?$/i;
// Below a JVM source root the folders are a package's name (com/example/app/, io/github/x/sample/): the project's code.
const JVM_SOURCE_ROOT = /(?:^|\/)src\/[\w-]{1,60}\/(?:java|kotlin|scala|groovy)\//;
/** Whether a file sits in a NOT_RUNNING folder, package names of JVM sources aside. */
function inNotRunningFolder(file: string): boolean {
  const root = JVM_SOURCE_ROOT.exec(file);
  return NOT_RUNNING.test(root ? file.slice(0, root.index + 1) : file);
}
/**
 * A test runner's setup and support files wherever they sit (jest.setup.js, vitest.setup.ts, playwright.config.ts,
 * src/setupTests.ts, spec_helper.rb, test_helper.rb): they run before the tests, never in the shipped program.
 */
const TEST_RUNNER_FILE = /(^|\/)(?:(?:jest|vitest|playwright|cypress|karma|wdio|mocha)[-_.][^/]{0,80}\.[cm]?[jt]sx?|setup-?tests?\.[cm]?[jt]sx?|(?:spec|rails|test)_helper\.rb)$/i;
/** A route path (`'/oauth/client/{clientId}/secret/{secretId}'`): lower-case segments and parameters, not a key. */
const ROUTE_PATH = /^\/(?:[a-z0-9_.-]{1,60}|\{\w{1,60}\}|:\w{1,60})(?:\/(?:[a-z0-9_.-]{1,60}|\{\w{1,60}\}|:\w{1,60})){1,20}\/?$/;
/**
 * Any file in a test folder, not only test source: certificates and keys that a test server or client loads
 * (tests/client_certs/client.key, src/test/resources/keystore.pem), and Go's test-helper packages named like
 * httptest (caddytest/, integrationtest/, e2etests/) and Go's test-support packages (internal/testutil/). Words that
 * only end in "test" (latest/, contest/) are not.
 */
export const TEST_FOLDER = inFolderNamed(
  [
    ...TEST_FOLDERS,
    // Wider than the shared group: spec/ too (a key a spec loads), test-support packages, and any folder named for tests.
    ...['specs?', 'testutils?', 'testhelpers?', 'testsupport', 'integration[-_]?tests?', 'test[-_][\\w.-]{1,60}'],
    // Perl's and some Python projects' (celery's) test folder: t/unit/, t/integration/; a .NET test suite's TestSuite/.
    't',
    'tests?[-_]?suites?',
    // An acceptance-test suite's folder (internal/acceptance/, acceptance-tests/; calibration round 36): the settings
    // it starts the product with for the suite.
    'acceptance(?:[-_]tests?)?',
    // Gradle's test-fixtures source set (src/testFixtures/java/), and browser-test suites' own folders.
    'testFixtures',
    'playwright',
    'cypress',
    // An end-to-end suite's module or app named for what it tests (shenyu-e2e/, Nx's apps/web-e2e/, e2e-tests/): its
    // manifests and settings start the product for the suite.
    '[\\w.-]{1,60}[-_]e2e',
    'e2e[-_][\\w.-]{1,60}',
    // End-to-end suites kept beside internal packages (internal/suites/Docker/configuration.yml): a root suites/ can be
    // running code (a crypto library's cipher suites), so only suites/ under internal/ counts.
    'internal\\/suites',
    // Snapshot-test output (cmd/.snapshots/TestImportJWKS.json, __snapshots__/): what a test wrote and compares to.
    '\\.snapshots',
    '__snapshots__',
    '(?!(?:la|con|at|pro|grea|fas|de|smalles|larges|shortes)tests?\\/)[a-z][\\w-]{0,60}?[-_]?tests?',
  ],
  'i',
);

/**
 * Everything in a documentation folder (docs/api-reference/oauth.yml, doc/config-sample.json), whatever its format: an
 * API reference's request examples and a guide's sample settings are what the project says, not what it loads.
 */
const DOCS_FOLDER = inFolderNamed([...DOC_FOLDERS], 'i');
/** Documentation by its kind of file (README.md, guide.rst) or by its folder: what the project says, not what it loads. */
const isDocumentation = (file: string) => isDocFile(file) || DOCS_FOLDER.test(file);
/** An OpenAPI or Swagger document (its first key says so): the client_secret in its examples is a sample request's. */
const OPENAPI_DOCUMENT = /^(?:[ \t]*(?:#[^\n]*)?\n){0,20}[ \t]*(?:["']?(?:openapi|swagger)["']?[ \t]*:|\{[ \t\r\n]{0,20}"(?:openapi|swagger)"[ \t]*:)/;
const isOpenApiDocument = (file: string, text: string) => /\.(?:ya?ml|json)$/i.test(file) && OPENAPI_DOCUMENT.test(text.slice(0, 2000));
/**
 * Values files only CI renders (a Helm chart's ci/*-values.yaml that chart-testing lints with, a ci/ folder's settings)
 * and the CI systems' own configuration: their secrets exist so that a lint or a test job can run, and no deployment
 * loads them. Private keys and issued provider tokens there still count; a CI helper script is still the project's.
 */
const CI_SETTINGS = /(^|\/)\.?ci\/(?:[^/]{1,120}\/){0,4}[^/]{1,120}\.(?:ya?ml|json|toml|ini|env|properties|conf)$/i;
const isCiSettings = (file: string) => CI_SETTINGS.test(file) || ciSystemOf(file) !== undefined;

type Evidence = Parameters<Detector['detect']>[0];

/** A Helm chart's values file (values.yaml, values-production.yaml) beside the chart's Chart.yaml. */
const CHART_VALUES = /^(.*\/)?values(?:[.-][\w.-]{1,60})?\.ya?ml$/;
function isChartValues(file: string, files: ReadonlySet<string>): boolean {
  const m = CHART_VALUES.exec(file);
  return m !== null && files.has(`${m[1] ?? ''}Chart.yaml`);
}
const CHART_DEFAULT = "a Helm chart's default value, which an install overrides";

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

/** A settings module only development, tests or CI load (dev.py, local.py, test_settings.py, settings_ci.py). */
const NOT_DEPLOYED_SETTINGS_MODULE = /(?:^|[_-])(?:dev|develop|development|local|tests?|testing|ci|debug)(?:[_-]|$)/i;

/**
 * Decision 2 for a package of settings modules (Django's settings/base.py beside settings/production.py, a flat
 * settings.py beside settings_prod.py): a value in the base module that a deployed sibling module replaces
 * (`from .base import *` then `SECRET_KEY = f.read()`, `= get_random_secret_key()`, `= env(…)`) is a default that
 * production never runs with. The sibling that replaces it must import this module and assign the name from
 * anything but a string literal (a literal there is a committed secret of its own); a sibling only development,
 * tests or CI load does not count, nor does one that leaves the name alone.
 */
function replacedByDeployedSettings(evidence: Evidence, file: string, name: string): string | undefined {
  if (!file.endsWith('.py')) return undefined;
  const slash = file.lastIndexOf('/');
  const folder = file.slice(0, slash + 1);
  let module = file.slice(slash + 1, -3);
  if (module === '__init__') module = folder.slice(folder.lastIndexOf('/', folder.length - 2) + 1, -1);
  if (!module) return undefined;
  const imports = new RegExp(`^[ \\t]*(?:from[ \\t]+(?:[\\w.]{0,200}\\.)?${escapeRegExp(module)}[ \\t]+import\\b|from[ \\t]+\\.[ \\t]+import[ \\t]+(?:\\*|[\\w, \\t]{0,200}\\b${escapeRegExp(module)}\\b))`, 'm');
  const reassigns = new RegExp(`^[ \\t]*${escapeRegExp(name)}[ \\t]*=(?!=)[ \\t]*(?![rbufRBUF]{0,2}['"])\\S`, 'm');
  return evidence.sourceFiles.find((f) => {
    if (f === file || !f.startsWith(folder) || f.includes('/', folder.length) || !f.endsWith('.py')) return false;
    if (NOT_DEPLOYED_SETTINGS_MODULE.test(f.slice(folder.length, -3)) || isTestSide(f) || isDevOnlyFile(f)) return false;
    const code = evidence.code(f);
    return code !== undefined && code.includes(name) && imports.test(code) && reassigns.test(code);
  });
}

/** The line (1-based) with the line before it when the expression runs on (`x ||`, `a ?`, `secret:`). */
function expressionAround(code: string, line: number): string {
  const lines = code.split('\n');
  const own = lines[line - 1] ?? '';
  const before = lines[line - 2] ?? '';
  return /(\|\||\?\?|[?:(=,])[ \t]*$/.test(before) ? `${before}\n${own}` : own;
}

/** The block (from its `{` to its `}`) that encloses `index`, braces inside strings aside; undefined at the top level. */
function enclosingBlock(code: string, index: number): string | undefined {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const c = code[i]!;
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) return code.slice(i, blockEnd(code, i, '"\'`'));
  }
  return undefined;
}

/** Names a file takes from the environment by destructuring (`const { AUTH_SECRET, AUTH_SECRET_FILE } = process.env`). */
function destructuredFromEnv(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(/\{([\w\s,:]{1,400})\}[ \t]*=[ \t]*(?:process\.env|import\.meta\.env|Deno\.env\.toObject\(\))/g)) {
    for (const part of m[1]!.split(',')) {
      // `A`, or `A: local` (renamed): the binding is the last word.
      const name = part.trim().split(/[\s:]+/).pop();
      if (name && /^\w+$/.test(name)) names.push(name);
    }
  }
  return names;
}

/**
 * A project template's variable (`SECRET_KEY = "{{cookiecutter.secret_key}}"`) is the default its cookiecutter.json
 * gives it ("super_secret"): what every generated project is bound to unless its author types another at generation,
 * so it is judged as that value. A variable with no plain default stays the placeholder it is.
 */
function templateDefault(value: string, defaults: ReadonlyMap<string, string>): string {
  const m = /^\{\{[ \t]*cookiecutter\.(\w{1,80})[ \t]*\}\}$/.exec(value);
  return (m && defaults.get(m[1]!)) ?? value;
}
function readCookiecutterDefaults(evidence: Evidence): Map<string, string> {
  const defaults = new Map<string, string>();
  if (!evidence.fileSet.has('cookiecutter.json')) return defaults;
  try {
    const json = JSON.parse(evidence.text('cookiecutter.json') ?? '{}') as Record<string, unknown>;
    for (const [key, value] of Object.entries(json)) if (typeof value === 'string' && !value.includes('{{')) defaults.set(key, value);
  } catch {
    // A template whose cookiecutter.json does not parse gives no defaults: its variables stay placeholders.
  }
  return defaults;
}

/**
 * Whether a constant is only the fallback for a value the environment gives: every use of it in its file sits in an
 * expression that reads the environment (`os.getenv("AUTH_SECRET", DEFAULT_SECRET)`, `process.env.X ?? FALLBACK`), or
 * is the last `return` of a function that returns the environment's value first (`if (AUTH_SECRET) return
 * AUTH_SECRET; … return LEGACY_SECRET;`). No other file names it. Such a constant is a weak default the environment
 * overrides, not a secret the running code is bound to.
 */
function onlyAnEnvironmentFallback(evidence: Evidence, file: string, code: string, name: string, definedAt: number): boolean {
  const word = new RegExp(`(?<![\\w.$])${name}(?![\\w$])`, 'g');
  const uses = [...code.matchAll(word)].filter((m) => lineAt(code, m.index) !== definedAt);
  if (uses.length === 0) return false;
  const fromEnv = destructuredFromEnv(code);
  const readsEnv = (text: string) => ENV_OVERRIDE.test(text) || fromEnv.some((n) => new RegExp(`(?<![\\w.$])${n}(?![\\w$])`).test(text));
  const fallback = uses.every((m) => {
    const line = lineAt(code, m.index);
    if (readsEnv(expressionAround(code, line))) return true;
    const own = code.split('\n')[line - 1] ?? '';
    if (!new RegExp(`^[ \\t]*return[ \\t]+${name}[ \\t;]*$`).test(own)) return false;
    // The function returns something else first, and what it returns first comes from the environment.
    const block = enclosingBlock(code, m.index);
    if (!block) return false;
    const earlier = block.slice(0, block.lastIndexOf(m[0]));
    return [...earlier.matchAll(/\breturn[ \t]+([^;\n]{1,200})/g)].some((r) => readsEnv(r[1]!));
  });
  if (!fallback) return false;
  return !evidence.sourceFiles.some((f) => {
    if (f === file || isTestFile(f)) return false;
    const other = evidence.code(f);
    return other !== undefined && other.includes(name) && usedBeyondImportOrComparison(other, name);
  });
}

/**
 * Whether `code` uses the constant `name` other than by importing it or comparing a value with it: a health check
 * that tests `sessionSecret() === DEFAULT_SESSION_SECRET` warns that the default is in use, it signs nothing.
 */
function usedBeyondImportOrComparison(code: string, name: string): boolean {
  const word = new RegExp(`(?<![\\w.$])${name}(?![\\w$])`, 'g');
  return [...code.matchAll(word)].some((m) => {
    const lineStart = code.lastIndexOf('\n', m.index - 1) + 1;
    const end = m.index + name.length;
    // An import names it (`import { A, NAME } from`, `from x import NAME`, `const { NAME } = require(`).
    if (/^[ \t]*(?:import\b|from[ \t]+[\w.]{1,200}[ \t]+import\b)/.test(code.slice(lineStart, m.index))) return false;
    if (/^[\w$ \t\r\n,]{0,300}\}[ \t\r\n]{0,20}(?:from\b|=[ \t]*require[ \t]*\()/.test(code.slice(end, end + 400))) return false;
    const compared = /[!=]=[ \t]*$/.test(code.slice(Math.max(lineStart, m.index - 20), m.index)) || /^[ \t]*[!=]=/.test(code.slice(end, end + 20));
    return !compared;
  });
}

/** Whether a source file of the running project reads `key` by its name, as a word (BACKEND_MINIO_SECRET_KEY is another name). */
function readByName(evidence: Evidence, key: string): boolean {
  const word = new RegExp(`(?:^|[^A-Za-z0-9_])${key}(?![A-Za-z0-9_])`);
  return evidence.sourceFiles.some((f) => {
    const code = evidence.code(f);
    return code !== undefined && !isTestFile(f) && code.includes(key) && word.test(code);
  });
}

/**
 * Whether a key=value of a committed .env is a local service's credential that only the compose files read
 * (POSTGRES_PASSWORD=changeit_local, MINIO_SECRET_KEY=teable123): a password or a service's secret key (not a token,
 * an API key or a private key) whose value says what it is, or repeats a name the same file gives (POSTGRES_USER=teable).
 */
function isLocalComposePassword(evidence: Evidence, key: string, value: string, names: ReadonlySet<string>, envFile: string): boolean {
  if (!(PASSWORD_KEY.test(key) || /SECRET(?:_?KEY)?$/i.test(key)) || /TOKEN|API_KEY|PRIVATE/i.test(key)) return false;
  if (!SELF_DESCRIBING.test(value) && !names.has(value.toLowerCase().replace(/[\d_.-]{1,8}$/, ''))) return false;
  if (!evidence.files.some((f) => COMPOSE_FILE.test(f))) return false;
  // The running code reading it by name makes it the code's secret, unless a compose file also hands it to a
  // database container as that container's own password: the app then holds the local database's password.
  return !readByName(evidence, key) || givenToDatabaseContainer(evidence, key) || loadedByDatabaseContainer(evidence, envFile, key);
}

/**
 * A database or broker image's own credential variable (POSTGRES_PASSWORD, MYSQL_ROOT_PASSWORD,
 * MONGO_INITDB_ROOT_PASSWORD, RABBITMQ_DEFAULT_PASS, MSSQL_SA_PASSWORD, …), the names the official images read.
 */
const DATABASE_IMAGE_CREDENTIAL = '(?:POSTGRES_PASSWORD|PGPASSWORD|MYSQL_(?:ROOT_)?PASSWORD|MARIADB_(?:ROOT_)?PASSWORD|MONGO_INITDB_ROOT_PASSWORD|RABBITMQ_DEFAULT_PASS|REDIS_PASSWORD|MINIO_ROOT_PASSWORD|ELASTIC_PASSWORD|(?:MSSQL_)?SA_PASSWORD|CLICKHOUSE_PASSWORD|COUCHDB_PASSWORD|INFLUXDB_(?:ADMIN_)?PASSWORD|KEYCLOAK_ADMIN_PASSWORD)';

/**
 * Whether a compose file sets a database image's credential from this .env key (`POSTGRES_PASSWORD:
 * "${HD_DATABASE_PASSWORD}"`, `- MYSQL_PASSWORD=$DB_PASS`): the key then holds the password of a database container
 * the same compose setup runs, which the rubric reads as a local compose placeholder, whoever else reads it.
 */
function givenToDatabaseContainer(evidence: Evidence, key: string): boolean {
  const mapping = new RegExp(`(?:^|[\\s"'-])${DATABASE_IMAGE_CREDENTIAL}["']?[ \\t]*[:=][ \\t]*["']?\\$\\{?${key}(?![A-Za-z0-9_])`, 'm');
  return evidence.files.some((f) => {
    if (!COMPOSE_FILE.test(f)) return false;
    const text = evidence.text(f);
    return text !== undefined && text.includes(key) && mapping.test(text);
  });
}

/** An official database or broker image (`mariadb:10`, `postgres:16-alpine`, `bitnami/mysql`), by its last name part. */
const DATABASE_IMAGE = /^(?:[\w.-]+\/)*(?:postgres|postgis|mysql|mariadb|mongo|rabbitmq|redis|minio|elasticsearch|mssql-server|clickhouse-server|couchdb|influxdb|keycloak)(?:[:@\s]|$)/;
const DATABASE_IMAGE_KEY = new RegExp(`^${DATABASE_IMAGE_CREDENTIAL}$`);

/**
 * Whether a compose service that runs a database image loads this .env whole (`env_file: .env` beside `image:
 * mariadb:10`) and the key is that image's own credential variable (MYSQL_PASSWORD): the .env sets the local database
 * container's password, as a `MYSQL_PASSWORD: ${DB_PASS}` mapping does, whoever else reads it.
 */
function loadedByDatabaseContainer(evidence: Evidence, envFile: string, key: string): boolean {
  if (!DATABASE_IMAGE_KEY.test(key)) return false;
  const base = envFile.slice(envFile.lastIndexOf('/') + 1);
  return evidence.files.some(
    (f) => COMPOSE_FILE.test(f) && composeServices(evidence.text(f) ?? '').some((service) => typeof service?.image === 'string' && DATABASE_IMAGE.test(service.image) && envFilesOf(service).some((path) => path.slice(path.lastIndexOf('/') + 1) === base)),
  );
}

/** A compose file's services, parsed once for every detector that reads the file (none when it is not valid YAML). */
function composeServices(text: string): any[] {
  try {
    return Object.values(((parseYamlWithMerges(text) as any)?.services ?? {}) as Record<string, any>);
  } catch {
    return [];
  }
}

/** The files a compose service's `env_file` loads: one path, a list of them, or entries with a `path`. */
const envFilesOf = (service: any): string[] => [service?.env_file].flat().map((entry) => (typeof entry === 'string' ? entry : entry?.path)).filter((path): path is string => typeof path === 'string');

/**
 * Whether the running code falls back to this same value for this key (`process.env.PLUGIN_SECRET || 'defaultKey'`,
 * `os.getenv("X", "v")`): the .env then commits the code's own overridable default, a weak default, not a new secret.
 */
function isCodeDefault(evidence: Evidence, key: string, value: string): boolean {
  const quoted = [`'${value}'`, `"${value}"`, `\`${value}\``];
  return evidence.sourceFiles.some((f) => {
    const code = evidence.code(f);
    if (code === undefined || isTestFile(f) || !code.includes(key) || !quoted.some((q) => code.includes(q))) return false;
    return code.split('\n').some((line) => line.includes(key) && quoted.some((q) => line.includes(q)) && ENV_OVERRIDE.test(line));
  });
}

/**
 * A value that looks generated, as issued credentials are (41860e58c256a3d7ad82…, szdC8lN2s2SuMSy8): letters and
 * digits mixed, 12 characters or more, not a word with a number after it (password123). In a sample file the code
 * loads, only such values are real; `mysecurepassword` there is still the sample's placeholder.
 */
function looksGenerated(value: string): boolean {
  return value.length >= 12 && /\d/.test(value) && /[A-Za-z]/.test(value) && !/^[A-Za-z]+[-_.]?\d{1,6}$/.test(value) && (value.match(/\d/g)!.length >= 3 || (/[a-z]/.test(value) && /[A-Z]/.test(value)));
}

/**
 * A compose file that deploys the project (compose.yaml, docker-compose.prod.yml), not one for development, CI or
 * tests (compose.dev.yml, .ci/compose.ci.yaml, cypress/docker-compose.yml) or a compose override.
 */
const NOT_DEPLOYING_COMPOSE = /(?:^|[/._-])(?:ci|tests?|testing|cypress|e2e|dev|development|local|override)(?:[/._-]|$)/i;
/** An application's signing or session secret set in a compose service's environment (SECRET_KEY_BASE=…, JWT_SECRET: …). */
const NAMES_A_SIGNING_SECRET = /SECRET|SIGNING_KEY/;
const SETTING_NAME = /^[A-Za-z_]\w{0,80}$/;
const SETTING_VALUE = /^[A-Za-z0-9+/=_-]{16,200}$/;
/** A credential value of six characters or more, not a `${VAR}` reference. */
const CREDENTIAL_VALUE = /^[^\s${}'"]{6,200}$/;

/**
 * A compose environment line's name and value (`- KEY=value`, `KEY: "value"`), read without a regex over the text,
 * when the value is of the shape asked for.
 */
function composeLine(line: string, valueShape: RegExp): [string, string] | undefined {
  let rest = line.trim();
  if (rest.startsWith('-')) rest = rest.slice(1).trim();
  const at = rest.search(/[:=]/);
  if (at <= 0) return undefined;
  const key = rest.slice(0, at).trim();
  let value = rest.slice(at + 1).trim();
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.endsWith(value[0])) value = value.slice(1, -1);
  return SETTING_NAME.test(key) && valueShape.test(value) ? [key, value] : undefined;
}

/**
 * A setting that names where the secret is kept, not the secret: Docker's `*_FILE` convention
 * (`JWT_SECRET_FILE: /run/secrets/jwt`, the way compose hands a secret over), a `*_PATH` or `*_DIR`, or any value
 * that is a file path.
 */
function namesASecretFile(key: string, value: string): boolean {
  return /_(?:FILE|PATH|DIR)$/i.test(key) || /^\.{0,2}\//.test(value);
}

/**
 * Decision 2 applied to compose: the compose file that deploys the project is its base configuration, so a generated
 * session or signing secret written into a service's environment there (no `${VAR}` to override it) is a secret the
 * running code uses. Its databases' passwords are local containers' (rubric: placeholders in a local compose file),
 * and a placeholder or a name-spelling value is no secret.
 */
function composeSecrets(file: string, text: string, sampleValue: (value: string) => boolean = () => false): Finding[] {
  if (NOT_DEPLOYING_COMPOSE.test(file) || !NAMES_A_SIGNING_SECRET.test(text) || localStackCompose(text)) return [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!NAMES_A_SIGNING_SECRET.test(lines[i]!)) continue;
    const setting = composeLine(lines[i]!, SETTING_VALUE);
    if (!setting) continue;
    const [key, value] = setting;
    if (!NAMES_A_SIGNING_SECRET.test(key) || namesASecretFile(key, value) || !secretShaped(value) || isPlaceholder(value) || sampleValue(value)) continue;
    return [{ file, line: i + 1, message: `${key} is written into the compose file that deploys the project, with no environment override`, strength: 'strong' }];
  }
  return [];
}

/** A connection URL's user and password (`postgres://postgres:postgres@db:5432`, `amqp://guest:guest@rabbitmq`). */
const URL_CREDENTIAL = /[a-z][a-z0-9+]{1,20}:\/\/([\w.-]{1,40}):([^\s@/:'"]{1,80})@/g;
/** The passwords official database and broker images and their quick-starts use by default. */
const DEFAULT_PASSWORD = /^(?:postgres|password|passwd|pass|root|secret|admin|guest|example|changeme|mysql|mongo|redis)$/i;
/**
 * A compose file that hands its services a database or broker URL with a default credential (`postgres://postgres:
 * postgres@tenant_db`, `amqp://guest:guest@rabbitmq`, a user name as its own password) runs a local stack, a developer's
 * or a tryout's: nothing deploys with the image's default password, so the keys beside it are that stack's
 * placeholders too (rubric: placeholders in a local compose file).
 */
function localStackCompose(text: string): boolean {
  if (!text.includes('://')) return false;
  for (const m of text.matchAll(URL_CREDENTIAL)) if (DEFAULT_PASSWORD.test(m[2]!) || m[1] === m[2]) return true;
  return false;
}

/** A compose service's own credential: a password, or an object store's secret access key (MINIO_ROOT_PASSWORD, S3_SECRET_ACCESS_KEY). */
const SERVICE_CREDENTIAL_KEY = /(?:PASSWORD|PASSWD|PASS|PWD)$|SECRET_?ACCESS_?KEY|ACCESS_?SECRET/i;

/**
 * The values compose files give their services as credentials (`MINIO_ROOT_PASSWORD=supersecret`, `POSTGRES_PASSWORD:
 * pg-local`). A settings file that repeats one (Loki's or Tempo's `secret_access_key: supersecret` for the MinIO the
 * same compose runs, an app's `db.password` for its Postgres container) holds that container's password, which the
 * rubric reads as the compose file's (a local service's, not a secret of the running code), wherever it is repeated.
 */
function composeCredentialValues(evidence: Evidence): Set<string> {
  const values = new Set<string>();
  for (const file of evidence.files) {
    if (!COMPOSE_FILE.test(file)) continue;
    for (const line of (evidence.text(file) ?? '').split('\n')) {
      if (!SERVICE_CREDENTIAL_KEY.test(line.split(/[:=]/)[0] ?? '')) continue;
      const setting = composeLine(line, CREDENTIAL_VALUE);
      if (setting && SERVICE_CREDENTIAL_KEY.test(setting[0])) values.add(setting[1]);
    }
  }
  return values;
}


/**
 * The values the repository's sample env files give (.env.sample, .env.example, config.env.template), those the running
 * code does not load by name: a value published there is the example every user copies and is told to replace. A
 * compose file repeating it (`AUTH_JWT_SECRET: f023…` in docker-compose.yml and in .env.sample) holds that published
 * example, not a deployment's own secret.
 */
function sampleEnvValues(evidence: Evidence, loaded: ReadonlySet<string>): Set<string> {
  const values = new Set<string>();
  for (const file of evidence.files) {
    if (!ENV_FILE.test(file) || loaded.has(file) || !isSettingsSample(file)) continue;
    for (const line of (evidence.text(file) ?? '').split('\n')) {
      const at = line.indexOf('=');
      if (at <= 0 || !SETTING_NAME.test(line.slice(0, at).trim().replace(/^export[ \t]+/, ''))) continue;
      const value = line.slice(at + 1).trim().replace(/^(['"])(.*)\1$/, '$2');
      if (value.length >= 12) values.add(value);
    }
  }
  return values;
}

/**
 * A value of short lower-case words that names the tests or a stand-in as one of its words (`e2e-service-token`,
 * `api-test-secret`, `emulate-google-secret` given to a local emulator, `fake-client-secret`): written for a test run
 * or a fake provider, as a value starting `test` is. A part that looks generated (`e2e-8f3a9b2c4d5e6f70`) keeps it a
 * secret, and so does a value that only says `local` or `dev` inside (`postgres_local_pw`): a password the running
 * code reads is its own, whatever it says of itself.
 */
const LOWER_WORDS_JOINED = /^[a-z0-9]{1,12}(?:[-_.][a-z0-9]{1,12}){1,8}$/;
const STAND_IN_WORD = /(?:^|[-_.])(?:e2e|tests?|testing|fake|dummy|mock|stub|emulate|emulator|emulated)(?=[-_.]|$)/;
const saysItIsAStandIn = (value: string) => LOWER_WORDS_JOINED.test(value) && STAND_IN_WORD.test(value) && (value.match(/\d/g)?.length ?? 0) <= 4;
/** A settings value that is a stand-in: says so, or spells its own key (`client_secret: client_secret`). */
const standInSetting = (key: string, value: string) => saysItIsAStandIn(value) || spellsItsName(key, value);

/**
 * A service's credential in a .env that places the same service on this machine (`S3_ENDPOINT=localhost:54321/…`
 * beside `S3_SECRET_ACCESS_KEY=…`, `SUPABASE_URL=http://127.0.0.1:54321` beside `SUPABASE_SERVICE_ROLE_KEY=…`): the
 * key of a local container or emulator, as a connection URL to localhost carries one (NOT_A_SERVER_HOST). Only a
 * credential for a service (a password, an access key, a service or API key), never the program's own signing secret,
 * and only where an address named with the key's own prefix points here (calibration round 35).
 */
const SERVICE_CREDENTIAL_NAME = /(?:PASSWORD|PASSWD|PASS|PWD|ACCESS_?KEY(?:_?ID)?|SECRET_?ACCESS_?KEY|ACCESS_?SECRET|API_?KEY|SERVICE_?(?:ROLE_?)?KEY|ANON_?KEY)$/i;
const SERVICE_ADDRESS_SETTING = /^[ \t]*(\w{1,80})[ \t]*=[ \t]*['"]?([^'"\s#]{1,300})/gm;
/** The service's own address, named by the prefix alone (`S3_ENDPOINT`, not `STRIPE_WEBHOOK_URL`: the app's own URL). */
const SERVICE_ADDRESS_NAME = /^(?:ENDPOINT|HOST|HOSTNAME|URL|URI|SERVER|ADDR|ADDRESS)$/i;
function credentialOfLocalService(text: string, key: string): boolean {
  const cut = key.indexOf('_');
  if (cut < 2 || !SERVICE_CREDENTIAL_NAME.test(key)) return false;
  const prefix = key.slice(0, cut + 1);
  for (const m of text.matchAll(SERVICE_ADDRESS_SETTING)) {
    if (!m[1]!.startsWith(prefix) || !SERVICE_ADDRESS_NAME.test(m[1]!.slice(prefix.length))) continue;
    const host = m[2]!.replace(/^[a-z][a-z0-9+.-]{0,30}:\/\//i, '').replace(/^[^@/]{0,200}@/, '').split(/[/:?]/)[0]!;
    if (NOT_A_SERVER_HOST.test(host)) return true;
  }
  return false;
}

/** The committed .env's first real secret, if any; else a weak default it repeats from the code. */
function dotEnvSecret(evidence: Evidence, file: string, text: string, sample = false): Finding | undefined {
  // Names the file gives (POSTGRES_USER=teable, POSTGRES_DB=teable): a password that repeats one describes itself.
  const names = new Set<string>();
  for (const m of text.matchAll(/^[ \t]*(\w{1,80})[ \t]*=[ \t]*['"]?([A-Za-z][A-Za-z_-]{2,40})['"]?[ \t]*$/gm)) {
    if (!/SECRET|TOKEN|PASSWORD|PASSWD|PASS|PWD|KEY/i.test(m[1]!)) names.add(m[2]!.toLowerCase());
  }
  let weak: Finding | undefined;
  for (const m of text.matchAll(/^[ \t]*(?=\w*(?:SECRET|TOKEN|PASSWORD|PRIVATE_KEY|API_KEY))(\w+)[ \t]*=[ \t]*['"]?([^'"\s#]{8,})/gim)) {
    // A value that spells its own name (DISCORD_CLIENT_SECRET=discord-client-secret) is a placeholder.
    if (isPlaceholder(m[2]!) || saysItIsAStandIn(m[2]!) || spellsItsName(m[1]!, m[2]!) || namesASecret(m[1]!, m[2]!) || (sample && !looksGenerated(m[2]!)) || isLocalComposePassword(evidence, m[1]!, m[2]!, names, file) || credentialOfLocalService(text, m[1]!)) continue;
    if (isCodeDefault(evidence, m[1]!, m[2]!)) {
      weak ??= { file, line: lineAt(text, m.index), message: `a weak default for ${m[1]} in a committed .env, the value the code falls back to`, strength: 'weak' };
      continue;
    }
    return { file, line: lineAt(text, m.index), message: 'a .env file with secrets is committed (add .env to .gitignore)', strength: 'strong' };
  }
  for (const m of text.matchAll(CREDENTIAL_URL)) {
    const [, key, password, host] = m as unknown as [string, string, string, string];
    if (isPlaceholder(password) || saysItIsAStandIn(password) || password.includes('${') || /^<.*>$/.test(password) || NOT_A_SERVER_HOST.test(host) || (sample && !looksGenerated(password))) continue;
    return { file, line: lineAt(text, m.index), message: `a .env file with a connection URL and its password (${key}, to ${host}) is committed (add .env to .gitignore)`, strength: 'strong' };
  }
  return weak;
}

/**
 * A connection URL with a password for a server on the network, whatever the variable is called
 * (`MONGO_URI=mongodb+srv://app:Zk3…@cluster0.ab1cd.mongodb.net/…`, calibration round 23: a tutorial's committed .env):
 * the database's own credentials. Groups: the variable, the password, the host (a dotted name).
 */
const CREDENTIAL_URL = /^[ \t]*(\w{1,80})[ \t]*=[ \t]*['"]?[a-z][a-z0-9+.-]{1,30}:\/\/[^:@/\s'"]{1,100}:([^@/\s'"]{4,200})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})/gm;
/** Hosts of this machine, a private network name or a documentation domain: a local container's password, or a sample. */
const NOT_A_SERVER_HOST = /^(?:localhost|127\.\d|0\.0\.0\.0|host\.docker\.internal)|\.(?:local|localhost|internal|test|invalid|example)$|(?:^|\.)example\.(?:com|org|net)$/i;

/** A YAML section of values for development or tests (Rails' secrets.yml, database.yml): not what production runs. */
const DEV_SECTION = /^(development|dev|test|testing|local|ci)$/i;

/** The top-level key a YAML line sits under, or undefined at the top level. */
function topLevelKeyBefore(code: string, index: number): string | undefined {
  const before = code.slice(0, index);
  const sections = [...before.matchAll(/^([\w.-]{1,80}):[ \t]*(?:#[^\n]*)?$/gm)];
  return sections.length ? sections[sections.length - 1]![1] : undefined;
}

/** Whether the running code reads a setting (its keys, outermost first); with `alsoIn`, in a file that also matches it. */
type ReadsSetting = (path: string[], alsoIn?: RegExp) => boolean;

/**
 * What a secret found in settings at `path` comes to, for the properties, YAML, INI and JSON scans alike. A setting
 * the code reads is a secret only with a generated value, or where a file that reads it signs with it (a weak default
 * signs too; settingReadByCode counts a framework's own secret slot so); a word-shaped value elsewhere names
 * something (no finding). What no running code reads is a review finding; so is a read value that is neither.
 */
function settingVerdict(finding: Finding, value: string, path: string[], reads: ReadsSetting, shownPath: string, chartDefault = false): Finding | undefined {
  const shaped = secretShaped(value);
  // A Helm chart's values are the defaults an install overrides (`--set`, its own values file): a made-up word there
  // (`secretKey: console123`) is the weak default the rubric warns about; a generated-looking one is still committed.
  if (chartDefault && !shaped) return asReview(finding, CHART_DEFAULT);
  if (!shaped && reads(path, KEY_MATERIAL_USE)) return finding;
  if (!shaped && wordShaped(value)) return undefined;
  if (!reads(path)) return asReview(finding, `no running code is seen to read ${shownPath}`);
  return shaped ? finding : asReview(finding, WORD_VALUE);
}

/**
 * Unquoted secrets in .properties and YAML settings of the running project. Each fails the gate only where `reads`
 * says the running code reads the setting (its keys, outermost first); the others are review findings.
 */
function settingsSecrets(file: string, code: string, reads: ReadsSetting, composeCredential: (value: string) => boolean = () => false, chartDefaults = false): Finding[] {
  const out: Finding[] = [];
  const yaml = /\.ya?ml$/i.test(file);
  const seen = new Set<number>();
  const found = (m: RegExpMatchArray, key: string, value: string) => {
    seen.add(m.index!);
    const section = yaml ? yamlParents(code, m.index!) : [iniSectionBefore(code, m.index!)].filter((k): k is string => k !== undefined);
    const path = [...section, key];
    const finding: Finding = { file, line: lineAt(code, m.index!), message: `a secret in settings (${key}), committed with no environment override`, strength: 'strong' };
    const verdict = settingVerdict(finding, value, path, reads, path.join('.'), chartDefaults);
    if (verdict) out.push(verdict);
  };
  /** A development or test value beside a production section is a local default, not the running service's secret. */
  const inDevSection = (m: RegExpMatchArray) =>
    yaml ? m[0]!.startsWith(' ') && DEV_SECTION.test(topLevelKeyBefore(code, m.index!) ?? '') : DEV_SECTION.test(iniSectionBefore(code, m.index!) ?? '');
  for (const m of code.matchAll(yaml ? YAML_SETTING : PROPERTIES_SETTING)) {
    const key = m[1]!;
    if (!NAMES_A_SECRET.test(key) || inDevSection(m)) continue;
    const value = m[2]!.replace(/[,;]$/, '');
    if (NOT_A_SECRET_KEY.test(key.replace(/[-_.]/g, '')) || NOT_A_SECRET_VALUE.test(value) || isPlaceholder(value) || spelledAsAName(value) || standInSetting(key, value) || value.includes('${') || composeCredential(value)) continue;
    found(m, key, value);
  }
  // A key that names the secret itself (JwtSecret, client_secret, jwt.secret) holds it whatever its length or form:
  // `JwtSecret = 233` signs tokens as surely as a long value does.
  for (const m of code.matchAll(yaml ? YAML_SHORT_SECRET : PROPERTIES_SHORT_SECRET)) {
    const value = m[2]!.replace(/[,;]$/, '');
    if (seen.has(m.index) || inDevSection(m) || /^(?:true|false|yes|no|on|off|null|none|nil|~)$/i.test(value) || isPlaceholder(value) || spelledAsAName(value) || standInSetting(m[1]!, value) || composeCredential(value)) continue;
    found(m, m[1]!, value);
  }
  return out;
}

/**
 * JSON settings a program loads: ASP.NET's appsettings.json and its per-environment files, node-config's config/*.json.
 * The base file is what production loads; a development-only one was left out with the other development settings.
 */
const JSON_SETTINGS_FILE = /(^|\/)appsettings(?:\.[\w-]{1,40})?\.json$|(^|\/)config\/[\w.-]{1,80}\.json$/i;
const JSON_SETTING = /"([\w.:-]{1,120})"[ \t]*:[ \t]*"([^"\\\n]{8,300})"/g;
const NAMES_A_JSON_SECRET = /secret|signingkey|jwtkey|privatekey/i;

/**
 * Secrets in JSON settings: `"SecretKey": "fmFGn5…"` under a key that names a secret, with a value that is neither a
 * placeholder nor a reference. Each fails the gate only where `reads` says the running code reads it.
 */
function jsonSettingsSecrets(file: string, code: string, reads: ReadsSetting): Finding[] {
  const out: Finding[] = [];
  for (const m of code.matchAll(JSON_SETTING)) {
    const key = m[1]!.replace(/[-_.:]/g, '');
    const value = m[2]!;
    if (!NAMES_A_JSON_SECRET.test(key) || NOT_A_SECRET_KEY.test(key) || NOT_A_SECRET_VALUE.test(value) || isPlaceholder(value) || spelledAsAName(value) || standInSetting(m[1]!, value) || value.includes('${') || /\s/.test(value)) continue;
    const path = [...jsonParents(code, m.index), m[1]!];
    const finding: Finding = { file, line: lineAt(code, m.index), message: `a secret in settings (${m[1]}), committed with no environment override`, strength: 'strong' };
    const verdict = settingVerdict(finding, value, path, reads, path.join(':'));
    if (verdict) out.push(verdict);
  }
  return out;
}

/** The [section] an INI line sits under, or undefined before the first section. */
function iniSectionBefore(code: string, index: number): string | undefined {
  const sections = [...code.slice(0, index).matchAll(/^\[([\w.-]{1,80})\][ \t]*$/gm)];
  return sections.length ? sections[sections.length - 1]![1] : undefined;
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

/** Program source whose constants the program reads by name (a shell script's `export X=…` hands the value to the environment instead). */
const PROGRAM_SOURCE = /\.(?:cs|java|kt|kts|scala|groovy|ts|tsx|mts|cts|js|jsx|mjs|cjs|go|py|rb|rs|swift|php|dart)$/;
/** An env file by its name: .env, .env.example, .env.local.sample, config/app.env. */
const ENV_FILE = /(^|\/)(?:\.env(?:\.[\w-]{1,40}){0,3}|[\w-]{1,80}\.env)$/;
/** A line that loads an env file (Node's process.loadEnvFile, dotenv and its ports: python-dotenv, godotenv, dotenv-rails). */
const LOADS_ENV = /\bloadEnvFile\b|\bdotenv\b|\bload_dotenv\b|\bgodotenv\b|\bDotenv\b|\bDotEnv\b/;
/** The same, for the evidence's one scan per file: files without any of these load no env file by name. */
const LOADS_ENV_HINTS = '/loadEnvFile|dotenv/i';

/**
 * Sample env files (.env.example) that the running code loads by name (`process.loadEnvFile('.env.example')`): the
 * app's configuration, whatever the name says, so read like a committed .env.
 */
function loadedEnvSamples(evidence: Evidence): Set<string> {
  return envFilesLoadedByName(evidence, (f) => ENV_FILE.test(f) && isSettingsSample(f) && !isTestCode(f));
}

// Calibration round 19: an env file by another name than .env (`config.env`, `app.env`), neither a sample nor a template
// nor a development-only file, is a committed .env when the running code loads it by name (`dotenv.config({ path:
// './config.env' })`, `load_dotenv("app.env")`): round 23's Node bootcamp committed its database password and JWT secret
// so. One that nothing loads by name (a compose `env_file:`, a deployment's example) is left to the other checks.
const NAMED_ENV_FILE = /(^|\/)[\w-]{1,80}\.env$/;

/** Env files by another name than .env that the running code loads by name: read as a committed .env. */
function loadedNamedEnvFiles(evidence: Evidence): Set<string> {
  return envFilesLoadedByName(evidence, (f) => NAMED_ENV_FILE.test(f) && !isSettingsSample(f) && !isDevOnlyFile(f) && !isTestCode(f) && !isScaffolding(f));
}

/** The env files `pick` chooses that a running (non-test, non-scaffolding) source file loads by name through a dotenv loader. */
function envFilesLoadedByName(evidence: Evidence, pick: (file: string) => boolean): Set<string> {
  const samples = evidence.files.filter(pick);
  const loaded = new Set<string>();
  if (samples.length === 0) return loaded;
  for (const file of evidence.sourceFiles) {
    if (isTestSide(file) || isScaffolding(file) || !evidence.mayMatch(file, LOADS_ENV_HINTS)) continue;
    const code = evidence.code(file);
    if (!code || !code.includes('.env') || !LOADS_ENV.test(code)) continue;
    for (const line of code.split('\n')) {
      if (!line.includes('.env') || !LOADS_ENV.test(line)) continue;
      for (const sample of samples) if (namesPath(line, sample)) loaded.add(sample);
    }
  }
  return loaded;
}

/**
 * The folders of .NET test projects: a project named as a test (Api.Tests.csproj, Gateway.ManualTest.csproj,
 * Shop.IntegrationTests.fsproj) or declaring `<IsTestProject>true`. Everything in such a folder is a test harness,
 * whatever the folder is called (manual/, acceptance/), so a key it holds is test data, not the shipped program's.
 */
function dotnetTestProjectFolders(evidence: Evidence): string[] {
  const folders: string[] = [];
  for (const file of evidence.files) {
    if (!/\.(?:csproj|fsproj|vbproj)$/.test(file)) continue;
    const named = /(?:^|[/._-])\w{0,40}Tests?\.(?:csproj|fsproj|vbproj)$/.test(file);
    if (named || /<IsTestProject>\s*true\s*</i.test(evidence.text(file) ?? '')) folders.push(file.slice(0, file.lastIndexOf('/') + 1));
  }
  // A test project at the repository's root would make every file a test's: only a project in a folder of its own counts.
  return folders.filter((f) => f !== '');
}

/**
 * A CI harness's own folder (docker/ci-config/signing.key, ci_config/app.yml): what a CI job mounts to run the tests,
 * not what a deployment loads.
 */
const CI_CONFIG_FOLDER = inFolderNamed(['ci[-_]config'], 'i');
/**
 * A bug-report template (tasks/bug_report_template.rb, bug-report-app.js): a stand-alone program a user fills in to
 * show a bug, with its own throwaway app and settings; not the running project.
 */
const BUG_REPORT_TEMPLATE = /(^|\/)[^/]{0,80}bug[-_]?report[^/]{0,80}$/i;

/** Whether a file is a test's, a sample's or a benchmark's, a CI harness's or a bug-report template, by its path (the classes the scan below skips). */
function isTestSide(file: string): boolean {
  return isTestCode(file) || SAMPLE_NAMED.test(file) || CI_CONFIG_FOLDER.test(file) || BUG_REPORT_TEMPLATE.test(file);
}

/**
 * Go files that are not named *_test.go but import "testing" (a helper taking *testing.T, internal/fosite_store.go):
 * only tests can call them, so what they hold is test data.
 */
function goTestHelpers(evidence: Evidence): Set<string> {
  const helpers = new Set<string>();
  for (const file of evidence.sourceFiles) {
    if (!file.endsWith('.go')) continue;
    const text = evidence.text(file);
    if (text?.includes('"testing"') && importsTesting(text)) helpers.add(file);
  }
  return helpers;
}
/** Whether Go source imports "testing": `import "testing"`, or a line `"testing"` in an `import ( … )` block. */
function importsTesting(text: string): boolean {
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (inBlock) {
      if (line.startsWith(')')) inBlock = false;
      else if (line === '"testing"') return true;
    } else if (line === 'import "testing"') return true;
    else if (/^import[ \t]*\($/.test(line)) inBlock = true;
    else if (/^(?:func|type|var|const)\b/.test(line)) return false;
  }
  return false;
}

/**
 * A compose file that runs a test environment (`RAILS_ENV: test`, `NODE_ENV=test`, `RAILS_ENVIRONMENT: test`): a
 * test harness that CI starts, whatever its name; a key it mounts is a fixture and its secrets are the tests'.
 */
function testHarnessCompose(file: string, text: string): boolean {
  return COMPOSE_FILE.test(file) && TEST_ENVIRONMENT.test(text);
}
const TEST_ENVIRONMENT = /^[ \t]*(?:-[ \t]*)?['"]?(?:RAILS_ENV|RAILS_ENVIRONMENT|RACK_ENV|NODE_ENV|APP_ENV|MIX_ENV)['"]?[ \t]*[:=][ \t]*['"]?test['"]?[ \t]*$/m;
/** Lists of what git, Docker or a package manager leaves out: they name a file to ignore it, never load it. */
const IGNORE_LIST = /(^|\/)\.[\w-]{1,30}ignore$/;

/**
 * A root integration/ folder: a Go service's end-to-end suite and its harness (tempo's integration/util/harness.go and
 * the settings it starts the product with, integration/util/config-backend-s3.yaml), as an e2e/ folder is. Only at the
 * root: deeper, integration/ is as often product code that integrates with another system (calibration round 24).
 */
const ROOT_INTEGRATION_SUITE = /^integration\//;
/** A test file, a file named as mock data or fixtures, or a file in a test, test-data, sample or benchmark folder: what the tests and demos read. */
function isTestCode(file: string): boolean {
  return isTestFile(file) || isTestDataFile(file) || TEST_FOLDER.test(file) || ROOT_INTEGRATION_SUITE.test(file) || TEST_NAMED_FILE.test(file) || TEST_RUNNER_FILE.test(file) || STORY_FILE.test(file) || inNotRunningFolder(file);
}

/**
 * Binary key stores: PKCS#12 (.p12, .pfx) and Java keystores (.jks, .keystore), which hold a private key with its
 * certificate (a server's TLS key, `keystore.p12` loaded by the default config and copied into the image). They are
 * key files like a PEM key, judged by who names them (keyLoaders); a trust store (truststore.jks, cacerts.p12,
 * ca_store.p12) holds only certificates, Android's debug keystore is the SDK's well-known one (also under a name that
 * says debug: `release/app-debug.jks`, signing debug builds with the password `android`), and a store named as a
 * test's, a fake or a sample (testCert.pfx) is a fixture.
 */
const KEY_STORE_FILE = /\.(?:p12|pfx|jks|keystore)$/i;
const TRUST_STORE_NAME = /(?:^|\/)[^/]{0,80}(?:trust|cacerts?|ca[-_]store|ca[-_]?bundle)[^/]{0,80}$|(?:^|\/)(?:[^/]{0,80}[._-])?debug(?:[._-][^/]{0,80})?\.(?:keystore|jks)$/i;

/**
 * Whether running source code or a Dockerfile names the key store `file` by its path, among `candidates`: the files
 * keyLoaders found naming it, or every file for a key store past MAX_TRACED_KEYS.
 */
function keyStoreNamedByProgram(evidence: Evidence, file: string, candidates: readonly string[], testSide: (file: string) => boolean): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return candidates.some((f) => {
    if (testSide(f) || !(isSourceFile(f) || DOCKERFILE_NAME.test(f))) return false;
    const text = evidence.code(f) ?? evidence.text(f);
    return text !== undefined && text.includes(base) && namesPath(text, file);
  });
}

/** Settings files that name a key file for the program that loads them (tls.conf → key_file: ./certs/key.pem). */
const CONFIG_FILE = /\.(?:conf|cfg|cnf|ini|ya?ml|json|toml|hcl|properties|xml|env)$/i;

/**
 * Whether `text` names `file` as a path: its base name as a whole word (`server-key.pem` does not name key.pem),
 * written with as much of its folder as it gives (`certs/key.pem`, `./configs/certs/key.pem`) matching the file's own
 * folders: `/etc/ssl/key.pem` names another file.
 */
function namesPath(text: string, file: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  const segments = file.split('/');
  for (let i = text.indexOf(base); i !== -1; i = text.indexOf(base, i + 1)) {
    if (i > 0 && /[\w.-]/.test(text[i - 1]!)) continue;
    const after = text.slice(i + base.length, i + base.length + 2);
    if (/^[\w-]|^\.\w/.test(after)) continue;
    let start = i;
    while (start > 0 && i - start < 300 && /[\w./\\-]/.test(text[start - 1]!)) start--;
    const written = text.slice(start, i + base.length).replace(/\\/g, '/').split('/').filter((x) => x && x !== '.' && x !== '..');
    if (written.length <= segments.length && written.every((w, k) => w === segments[segments.length - written.length + k])) return true;
  }
  return false;
}

/** The files of the repository (key and certificate files aside) that name each of `targets`, in one pass over the texts. */
function referrersOf(evidence: Evidence, targets: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>(targets.map((t) => [t, []]));
  const bases = targets.map((t) => t.slice(t.lastIndexOf('/') + 1));
  for (const file of evidence.files) {
    if (/\.(?:pem|key|crt|cer|der|p12|pfx|jwk|csr|srl)$/i.test(file)) continue;
    const text = evidence.text(file);
    if (!text) continue;
    targets.forEach((target, k) => {
      if (target !== file && text.includes(bases[k]!) && namesPath(text, target)) found.get(target)!.push(file);
    });
  }
  return found;
}

/**
 * Settings only local development loads (rubric decision: a key that only local development loads is not a secret
 * the running code uses): ASP.NET's appsettings.Development.json and launchSettings.json, Spring's application-dev.yml,
 * .env.development, Procfile.dev, a compose override, a dev container; and the development settings
 * modules of Rails, Django and Phoenix (config/environments/development.rb, settings/local.py, config/dev.exs) and
 * the ones only CI loads (settings/ci.py, config/environments/ci.rb).
 * Staging, QA or production settings are deployed, and base settings (appsettings.json) are what production loads; a
 * "local" settings file is not development's by its name alone (node-config loads config/local.json everywhere).
 */
const DEV_ONLY_FILE = [
  /(^|\/)(?:[^/]{0,120}[._-])?(?:dev|development)(?:[._-][^/]{0,120})?\.(?:json|jsonc|ya?ml|toml|ini|cfg|conf|properties|env)$/i,
  /(^|\/)(?:\.env\.(?:development|dev)(?:\.local)?|Procfile\.dev|launchSettings\.json|(?:docker-)?compose\.override\.ya?ml)$/i,
  /(^|\/)\.devcontainer\//,
  /(^|\/)(?:config\/environments|settings|config)\/(?:dev|development|local|ci)\.(?:rb|py|exs|php|[cm]?[jt]s)$/i,
  // Settings and env files in a development folder (dev/config.yml, docker/dev/.env) or one named for the local
  // environment a developer starts (contrib/local-environment/, local-dev/, dev-env/), a Gitpod workspace's config.
  /(^|\/)(?:dev|development|local[-_]?(?:env|environment|dev|development|setup|stack)|dev[-_](?:env|environment|setup|stack))\/(?:[^/]{1,120}\/){0,6}(?:[^/]{1,120}\.(?:json|jsonc|ya?ml|toml|ini|cfg|conf|properties|env)|\.env(?:\.[\w-]{1,40})?)$/i,
  /(^|\/)\.gitpod(?:\.ya?ml$|\/)/,
  // Spring's `local` profile and ASP.NET's `Local` environment: active only where a developer sets them.
  /(^|\/)(?:application-local\.(?:ya?ml|properties)|appsettings\.Local\.json)$/i,
];
const isDevOnlyFile = (file: string) => DEV_ONLY_FILE.some((re) => re.test(file));
/**
 * Configurations of a development server, which the shipped program never loads: a bundler's config (its TLS key is
 * the dev or preview server's), and the lines of a workspace or manifest that configure one (Angular/Nx dev-server
 * `"sslKey"`, `ng serve --ssl-key`, `next dev --experimental-https-key`, a package.json "dev" or "serve" script).
 */
const DEV_SERVER_CONFIG = /(^|\/)(?:vite|vue|rspack|snowpack|webpack(?:[._-][\w.-]{0,40})?)\.config\.[cm]?[jt]s$|(^|\/)webpack\.(?:dev|development)\.[cm]?[jt]s$/;
const DEV_SERVER_LINE = /"ssl(?:Key|Cert)"[ \t]*:|--ssl-key\b|--experimental-https-key\b|\bdevServer\b|^[ \t]*"(?:dev|serve|start[:-]dev|dev[:-][\w:-]{1,30})"[ \t]*:[ \t]*"/;
/** A key made for the name localhost (localhost.pem, localhost-key.pem, mkcert's localhost+2-key.pem): no server others reach uses it. */
const LOCALHOST_KEY = /(^|\/)localhost(?:[+._-][^/]{0,80})?\.(?:pem|key)$/i;
/** A key kept for development: in a dev/ folder (dev/certs/server.key) or named for it (app-dev.key, dev-cert.pem). */
const DEV_KEY = /(^|\/)(?:(?:dev|development)\/(?:[^/]{1,80}\/){0,3}[^/]{1,80}|(?:[^/]{0,80}[._-])?(?:dev|development)(?:[+._-][^/]{0,80})?)\.(?:pem|key|crt|cer|pfx|p12)$/i;

/**
 * Whether `text` names `key` only in comments: a settings file's commented-out line (`# tls_private_key =
 * ".circleci/server.key"`) shows an option, it loads nothing.
 */
function namesOnlyInComments(file: string, text: string, key: string): boolean {
  const code = stripComments(file, text);
  return code !== text && !namesPath(code, key);
}

/**
 * Settings kept in a CI system's own folder beside its pipeline (`.circleci/pgcat.toml`, `.buildkite/test.env`): what a
 * CI job starts the program with to test it. The pipeline file itself is not one (ciSystemOf): it may deploy.
 */
const CI_SYSTEM_FOLDER_SETTINGS = /^\.(?:circleci|buildkite|woodpecker|semaphore|gitlab|github)\/(?:[^/]{1,120}\/){0,4}[^/]{1,120}\.(?:toml|ya?ml|json|ini|conf|cfg|env|properties)$/;
const isCiJobSettings = (file: string) => CI_SYSTEM_FOLDER_SETTINGS.test(file) && ciSystemOf(file) === undefined;

/**
 * Whether a CI file names `key` only in commands of jobs that also run the tests (GitHub Actions, CircleCI: the jobs
 * CI commands know): the key sets up a service the tests run against (calibration round 25: npgsql copies its
 * `.build/server.key` into the test database's data folder, then runs `dotnet test`), not a deploy. Any other line of
 * the file that names it (a deploy job's `env:`), a command outside a known job, or a job that runs no tests says no.
 */
function namedOnlyInTestJobs(evidence: Evidence, file: string, key: string): boolean {
  if (ciSystemOf(file) === undefined) return false;
  const commands = evidence.ci.filter((c) => c.file === file);
  const naming = commands.filter((c) => namesPath(c.text, key));
  if (naming.length === 0 || naming.some((c) => c.job === undefined)) return false;
  const commandLines = new Set(naming.map((c) => c.line));
  const lines = (evidence.text(file) ?? '').split('\n');
  if (lines.some((line, i) => !commandLines.has(i + 1) && namesPath(line, key))) return false;
  const testJobs = new Set(commands.filter((c) => c.job !== undefined && runsTests(c.expanded)).map((c) => c.job));
  return naming.every((c) => testJobs.has(c.job));
}

/** Whether every line of `text` that names `key` configures a development server. */
function namesOnlyForDevServer(text: string, key: string): boolean {
  const lines = text.split('\n').filter((l) => namesPath(l, key));
  return lines.length > 0 && lines.every((l) => DEV_SERVER_LINE.test(l));
}

/**
 * Who loads each key file: 'running' where a running file or deploy config names it (or a settings file nobody names
 * in turn, the program's own config, loaded by a flag), 'fixture' where only tests, CI or local development name it
 * (a *_test.go, a test folder's file, a development server's configuration, a settings file only tests name in turn:
 * key.pem ← configs/tls.conf ← server_test.go; a compose file of a test environment) or it is made for localhost or
 * development, and 'unnamed' where nothing but documents and ignore lists name it. A fixture is no finding; an unnamed
 * key is a review finding (nothing is shown to load it), unless a framework loads it by its own default path.
 */
function keyLoaders(evidence: Evidence, keys: readonly string[], testSide: (file: string) => boolean): { loaders: Map<string, 'running' | 'fixture' | 'unnamed'>; referrers: Map<string, string[]> } {
  const direct = referrersOf(evidence, keys);
  const configs = [...new Set([...direct.values()].flat().filter((f) => CONFIG_FILE.test(f) && !testSide(f) && !isDocFile(f)))];
  const second = configs.length ? referrersOf(evidence, configs) : new Map<string, string[]>();
  type Side = 'test' | 'dev' | 'doc' | 'running';
  /** Who loads `target` through `file`, one step of settings followed. */
  const side = (file: string, target: string, follow: boolean): Side => {
    if (testSide(file) || testHarnessCompose(file, evidence.text(file) ?? '') || namedOnlyInInlineTests(evidence, file, target) || isCiJobSettings(file) || namedOnlyInTestJobs(evidence, file, target)) return 'test';
    if (makesKeys(file, evidence.text(file) ?? '')) return 'dev';
    if (isDocumentation(file) || IGNORE_LIST.test(file) || namesOnlyInComments(file, evidence.text(file) ?? '', target)) return 'doc';
    if (isDevOnlyFile(file) || DEV_SERVER_CONFIG.test(file) || namesOnlyForDevServer(evidence.text(file) ?? '', target)) return 'dev';
    if (follow && CONFIG_FILE.test(file)) {
      const sides = (second.get(file) ?? []).map((f) => side(f, file, false));
      if (sides.includes('running')) return 'running';
      return sides.includes('test') ? 'test' : sides.includes('dev') ? 'dev' : 'running';
    }
    return 'running';
  };
  const out = new Map<string, 'running' | 'fixture' | 'unnamed'>();
  for (const key of keys) {
    const sides = direct.get(key)!.map((f) => side(f, key, true));
    if (sides.includes('running')) out.set(key, 'running');
    else if (sides.includes('test') || sides.includes('dev') || LOCALHOST_KEY.test(key) || DEV_KEY.test(key)) out.set(key, 'fixture');
    else out.set(key, 'unnamed');
  }
  return { loaders: out, referrers: direct };
}

/**
 * Where a source file holds its own tests: Rust's `#[cfg(test)] mod tests { … }` and `#[test]`/`#[tokio::test]`
 * functions, Vitest's in-source `if (import.meta.vitest) { … }`, Python doctest lines (`>>> jwt.encode(…)`). A
 * secret there is test data, like one in a test file.
 */
const INLINE_TEST: Partial<Record<string, RegExp>> = {
  rust: /^[ \t]*#\[(?:cfg\(test\)|(?:\w{1,40}::){0,3}test)\]/gm,
  js: /^[ \t]*if[ \t]*\([ \t]*import\.meta\.vitest[ \t]*\)/gm,
};
const DOCTEST_LINE = /^[ \t]*(?:>>>|\.\.\.)[ \t]/;

/**
 * The end (offset after its closing brace) of the item that starts at `from`: the block its first `{` opens, strings
 * skipped, or its `;` when it has no block (`#[cfg(test)] use mockall::automock;`).
 */
function blockEnd(code: string, from: number, quotes: string): number {
  const open = code.indexOf('{', from);
  const semicolon = code.indexOf(';', from);
  if (semicolon !== -1 && (open === -1 || semicolon < open)) return semicolon + 1;
  let depth = 0;
  for (let i = open; i !== -1 && i < code.length; i++) {
    const c = code[i]!;
    if (quotes.includes(c)) {
      // Skip the string literal, escapes included.
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return code.length;
}

/** The 1-based line ranges of a source file's inline tests (see INLINE_TEST), empty when it has none. */
function inlineTestLines(file: string, code: string): [number, number][] {
  const language = languageOf(file);
  if (language === 'python') {
    const ranges: [number, number][] = [];
    if (code.includes('>>>')) code.split('\n').forEach((l, i) => DOCTEST_LINE.test(l) && ranges.push([i + 1, i + 1]));
    return ranges;
  }
  const start = INLINE_TEST[language];
  if (!start) return [];
  const ranges: [number, number][] = [];
  let after = 0;
  for (const m of code.matchAll(start)) {
    if (m.index < after) continue;
    // Rust's char literals would read as quotes ('{' is rare, lifetimes 'a are common): only "…" is a string there.
    after = blockEnd(code, m.index + m[0].length, language === 'rust' ? '"' : '"\'`');
    ranges.push([lineAt(code, m.index), lineAt(code, Math.max(m.index, after - 1))]);
  }
  return ranges;
}

/**
 * Whether a source file names the key file `target` only inside its inline tests (Rust's `#[cfg(test)] mod tests` that
 * `include_bytes!("certs/key1.pem")`): a framework's own test of its TLS listener, which the shipped program never loads.
 */
function namedOnlyInInlineTests(evidence: Evidence, file: string, target: string): boolean {
  if (!isSourceFile(file)) return false;
  const code = evidence.text(file) ?? '';
  const ranges = inlineTestLines(file, code);
  if (!ranges.length) return false;
  const base = target.slice(target.lastIndexOf('/') + 1);
  const lines = code.split('\n').flatMap((l, i) => (l.includes(base) ? [i + 1] : []));
  return lines.length > 0 && lines.every((n) => ranges.some(([a, b]) => n >= a && n <= b));
}

/**
 * A shell script that makes keys (`openssl genrsa`, `openssl req`, `mkcert`, `cfssl gencert`): a test or dev PKI's
 * generator (certs/build-a-pki.sh) names the keys it writes, it does not load them into a running program.
 */
const KEY_MAKING_SCRIPT = /\.(?:sh|bash|zsh|ps1)$/i;
const MAKES_KEYS = /\bopenssl[ \t]+(?:genrsa|genpkey|ecparam|req)\b|\bmkcert[ \t]|\bcfssl[ \t]+gencert\b/;
const makesKeys = (file: string, text: string) => KEY_MAKING_SCRIPT.test(file) && MAKES_KEYS.test(text);

/** Findings outside the inline tests of their files. */
function outsideInlineTests(evidence: Evidence, findings: Finding[]): Finding[] {
  const ranges = new Map<string, [number, number][]>();
  return findings.filter((f) => {
    if (!isSourceFile(f.file)) return true;
    let r = ranges.get(f.file);
    if (!r) ranges.set(f.file, (r = inlineTestLines(f.file, evidence.code(f.file) ?? '')));
    return !r.some(([a, b]) => f.line >= a && f.line <= b);
  });
}

/** How many key files outside test folders are traced to the files that name them (a pass over the texts each). */
const MAX_TRACED_KEYS = 40;

export const committedSecrets: Detector = {
  name: 'committedSecrets',
  question: 'Does the repository commit a secret that the running code uses (private key, signing secret, provider token), in source, settings or committed build output?',
  textPatterns: [SECRET_HINTS, ...PROVIDER_TOKENS.map(([, , hint]) => hint), LOADS_ENV_HINTS, ENV_OVERRIDE_HINTS, SESSION_SECRET_HINTS, ...LITERAL_SECRETS.flatMap(([, , hints]) => (hints ? [hints] : []))],
  detect(evidence) {
    const out: Finding[] = [];
    let overridden: Set<string> | undefined;
    let overriddenInBuild: Set<string> | undefined;
    let composeCredentials: Set<string> | undefined;
    let sampleValues: Set<string> | undefined;
    let cookiecutterDefaults: Map<string, string> | undefined;
    const built = new Set(evidence.buildOutput);
    const keyFiles: Finding[] = [];
    /** A Google key whose setting the server hands to its pages (a Maps key a template loads) is a browser key. */
    const servedKey = (file: string, code: string, index: number) => {
      const name = assignedName(code, index);
      return name !== undefined && handedToPage(evidence, name, file);
    };
    // Build output is no code of the project's own for the other rules, but a secret committed in it is committed.
    const loadedSamples = loadedEnvSamples(evidence);
    const loadedNamedEnv = loadedNamedEnvFiles(evidence);
    const testProjects = [...dotnetTestProjectFolders(evidence), ...unshippedPythonFolders(evidence)];
    const inTestProject = (file: string) => testProjects.some((folder) => file.startsWith(folder));
    const goHelpers = goTestHelpers(evidence);
    const testSide = (file: string) => isTestSide(file) || goHelpers.has(file);
    /** The running project's files: what a use of a secret must be seen in. */
    const running: IsRunning = (file) => !testSide(file) && !isDocumentation(file) && !isDevOnlyFile(file) && !inTestProject(file);
    const reads = (file: string): ReadsSetting => (path, alsoIn) => settingReadByCode(evidence, running, file, path, alsoIn);
    const runningSources = () => evidence.sourceFiles.filter(running);
    /**
     * Why a literal secret with a name is not shown to be used by the running code, or undefined when it is: a
     * constant the running code passes to a key or credential use, an object entry handed to a signing or session
     * call (or whose property a signing call reads), Django's SECRET_KEY in the settings it reads, an export a signing
     * call reads. Secrets written straight into a signing call or a framework's secret slot need no link.
     */
    const notShownUsed = (what: string, name: string, file: string, code: string, index: number, line: number): string | undefined => {
      if (what === SIGNING_KEY_CONSTANT) return PROGRAM_SOURCE.test(file) && !usedAsKey(evidence, running, file, name, line) ? `no running code is seen to use ${name} as a key or credential` : undefined;
      if (what === SETTINGS_CREDENTIAL_FOUND) return djangoSettingsModule(evidence, file, code) && usedAsKey(evidence, running, file, name, line) ? undefined : `neither a Django settings module nor running code that uses ${name} as a credential`;
      if (what === SECRET_KEY_ASSIGNMENT) return djangoSecretSlot(evidence, file, code, name) || usedAsKey(evidence, running, file, name, line) ? undefined : `neither a framework's settings nor running code is seen to use ${name} as a key`;
      if (what === CONFIG_ENTRY) return passedToSecretSlot(code, index, name) || usedToSign(evidence, name, runningSources()) ? undefined : `the '${name}' entry is not seen handed to a signing or session call`;
      if (what === SECRET_EXPORT) return usedToSign(evidence, name, [...evidence.buildOutput, ...runningSources()]) ? undefined : `no running code is seen to sign or verify with ${name}`;
      return undefined;
    };
    /**
     * Whether a named literal secret is handed straight to a signing call or a framework's secret slot, where even a
     * weak word-shaped default signs: the object entries, exports and framework settings found above are only ever
     * shown used that way; a constant must be seen turned into key material (KEY_MATERIAL_USE), or be Django's SECRET_KEY.
     */
    const handedToSigning = (what: string, name: string, file: string, code: string, line: number): boolean => {
      if (what === SIGNING_KEY_CONSTANT) return usedAsKey(evidence, running, file, name, line, true);
      // An API key or a password signs nothing: only a generated-looking value counts.
      if (what === SETTINGS_CREDENTIAL_FOUND) return false;
      if (what === SECRET_KEY_ASSIGNMENT) return djangoSecretSlot(evidence, file, code, name) || usedAsKey(evidence, running, file, name, line, true);
      return true;
    };
    for (const file of [...evidence.files, ...evidence.buildOutput]) {
      if (loadedSamples.has(file)) {
        const secret = dotEnvSecret(evidence, file, evidence.text(file) ?? '', true);
        if (secret) out.push({ ...secret, message: `${secret.message.replace(/ \(add \.env to \.gitignore\)$/, '')}: the running code loads this file by name` });
        continue;
      }
      if (!running(file)) continue;
      if (COMPOSE_FILE.test(file) && !isScaffolding(file) && !testHarnessCompose(file, evidence.text(file) ?? '')) out.push(...composeSecrets(file, evidence.text(file) ?? '', (value) => (sampleValues ??= sampleEnvValues(evidence, loadedSamples)).has(value)));
      if (SKIP.test(file) || CONFIG_TEMPLATE.test(file) || TRANSLATIONS.test(file)) continue;
      // A binary key store holds its private key unread by any text scan: it counts as a key file, by its name.
      if (KEY_STORE_FILE.test(file) && !TRUST_STORE_NAME.test(file) && !TEST_KEY_NAME.test(file.slice(file.lastIndexOf('/') + 1))) {
        keyFiles.push({ file, line: 1, message: 'a private key store (PKCS#12 or Java keystore) is committed', strength: 'strong' });
        continue;
      }
      const text = evidence.text(file);
      if (!text || isOpenApiDocument(file, text)) continue;
      if (/(^|\/)\.env$/.test(file)) {
        const secret = dotEnvSecret(evidence, file, text);
        if (secret) out.push(secret);
      } else if (loadedNamedEnv.has(file)) {
        const secret = dotEnvSecret(evidence, file, text);
        if (secret) out.push({ ...secret, message: `${secret.message.replace(/ \(add \.env to \.gitignore\)$/, '')}: the running code loads this file by name` });
      }
      // A JSON Web Key with its private part ("d", the private exponent) is a private key, whatever the file is named.
      if (/\.(jwk|json)$/i.test(file) && /"[kK]ty"/.test(text)) {
        const jwk = JWK_PRIVATE.exec(text);
        if (jwk) keyFiles.push({ file, line: lineAt(text, jwk.index), message: 'a private key (JSON Web Key with its private exponent) is committed', strength: 'strong' });
      }
      if (!evidence.mayMatch(file, SECRET_HINTS)) continue;
      if (!isSourceFile(file) && (/"InverseQ"[ \t]*:/.test(text) || text.includes('<RSAKeyValue>'))) {
        const rsa = RSA_PARAMETERS_PRIVATE.exec(text) ?? RSA_XML_PRIVATE.exec(text);
        if (rsa) keyFiles.push({ file, line: lineAt(text, rsa.index), message: 'a private key (RSA parameters with the private exponent) is committed', strength: 'strong' });
      }
      // A private key is committed even inside a comment, unless the name it is given says it is a test or fake key.
      for (const key of text.matchAll(PRIVATE_KEY_ALL)) {
        if (namedAsTestKey(text, key.index)) continue;
        if (inDocumentationComment(text, key.index, key[0].length)) {
          out.push({ file, line: lineAt(text, key.index), message: "review: a private key in a documentation comment's example (a doc test, an @example): the API's usage shown to readers, not a key the running code loads", strength: 'weak' });
          break;
        }
        const line = lineAt(text, key.index);
        const sample = sampleCertificateName(text);
        if (sample !== undefined) {
          out.push({ file, line, message: `review: a private key is committed beside a certificate that names itself a sample ("${sample}"): a published demo key, not a secret of the project's`, strength: 'weak' });
          break;
        }
        // A key file (no source code around the key) is judged by who loads it, below; a key in code is the code's.
        (isSourceFile(file) ? out : keyFiles).push({ file, line, message: 'a private key is committed', strength: 'strong' });
        break;
      }
      const code = evidence.code(file);
      if (!code) continue;
      for (const [re, what, hint] of PROVIDER_TOKENS_ALL) {
        if (!evidence.mayMatch(file, hint)) continue;
        // The first token of each kind that is neither a sample nor a scanner's test input, nor a browser key.
        const m = [...code.matchAll(re)].find((t) => !isSampleToken(t[0]) && !besideItsOwnPattern(code, t[0]) && !(what === GOOGLE_API_KEY && (isBrowserGoogleKey(file, code, t.index) || servedKey(file, code, t.index))));
        if (m) out.push({ file, line: lineAt(code, m.index), message: `${what} is committed`, strength: 'strong' });
      }
      for (const aws of code.includes('AKIA') ? code.matchAll(AWS_KEY_ID_ALL) : []) {
        if (isSampleToken(aws[0]) || besideItsOwnPattern(code, aws[0])) continue;
        const line = lineAt(code, aws.index);
        const around = code.split('\n').slice(Math.max(0, line - 4), line + 3).join('\n');
        const secret = AWS_SECRET_NEARBY.exec(around);
        if (secret && !isSampleToken(secret[0])) {
          out.push({ file, line, message: 'an AWS access key pair is committed', strength: 'strong' });
          break;
        }
      }
      if (!MENTIONS_SECRET.test(code) || isCiSettings(file)) continue;
      // Settings of tests (src/test/resources, application-test.yml) were left out above, with every test folder and test-named file.
      if (SETTINGS_FILE.test(file)) out.push(...settingsSecrets(file, code, reads(file), (value) => (composeCredentials ??= composeCredentialValues(evidence)).has(value), isChartValues(file, evidence.fileSet)));
      if (JSON_SETTINGS_FILE.test(file)) out.push(...jsonSettingsSecrets(file, code, reads(file)));
      for (const [pattern, what] of evidence.mayMatch(file, SESSION_SECRET_HINTS) ? SESSION_SLOTS : []) {
        for (const m of code.matchAll(pattern)) {
          if (insideQuotedText(code, m.index)) continue;
          const line = lineAt(code, m.index);
          out.push({ file, line, message: `${what} ('${(m[2] ?? m[4])!.slice(0, 3)}…') is written into the code, with no environment override`, strength: 'strong' });
        }
      }
      if (file.endsWith('.go')) out.push(...goSigningConstants(file, code));
      for (const [re, what, hints, words, files] of LITERAL_SECRETS_ALL) {
        if (files !== undefined && !files.test(file)) continue;
        if (hints !== undefined && !evidence.mayMatch(file, hints)) continue;
        for (const m of words ? matchesOnLinesWith(code, re, words) : code.matchAll(re)) {
          const value = templateDefault(m[m.length - 1]!, (cookiecutterDefaults ??= readCookiecutterDefaults(evidence)));
          // A value built by interpolation (`'#{SecureRandom.hex(64)}'` in a generator's heredoc, `\`tampered-${Date.now()}\``
          // signing a deliberately wrong request) is computed when the code runs, not a key written into it; nor is a
          // property's or a key's name (`"nacos.core.auth.token.secret.key"`, a claim type's URN), which the code looks the secret up by.
          if (isPlaceholder(value) || INTERPOLATED.test(value) || spelledAsAName(value) || isTestVector(value) || namesAPageOrEvent(value)) continue;
          // A library's repository has no production configuration of its own: an initializer under a nested app's
          // config/ is its demo app's (sidekiq's myapp/), not what it ships. (The root's gemspec or Python packaging says
          // so; project-kind is not imported here, to keep the module free of the registry cycle.)
          if (what === CONFIG_SECRET && /^.+\/config\//.test(file) && evidence.files.some((f) => ROOT_PACKAGE.test(f))) continue;
          const name = m.length > 3 ? m[1] : undefined;
          // A constant named for the header a secret is sent under (`CLIENT_SECRET_HEADER = "…"`) holds the header's name.
          if (name && /header$/i.test(name)) continue;
          const line = lineAt(code, m.index);
          // Positive proof of a secret: a generated-looking value, or any value handed straight to a signing call or a
          // framework's secret slot (a weak default signs too). A word or a name elsewhere (`APOLLO_SECRET =
          // "apolloAccesskeySecret"`, `OSS_ACCESS_KEY_SECRET = "oss-access-key-secret"`) names something: no finding.
          const signs = secretShaped(value) || name === undefined || built.has(file) || handedToSigning(what, name, file, code, line);
          if (!signs && wordShaped(value)) continue;
          // `process.env.JWT_SECRET || "dev-default"` is a weak default, not a committed secret: the override is
          // in the same expression (the line, or a line before that it continues), not on any neighbouring line.
          if (ENV_OVERRIDE.test(expressionAround(code, line))) continue;
          // In build output, only a secret the code signs or verifies with counts: a bundle holds other people's code.
          if (built.has(file) && name && !usedToSign(evidence, name, [...evidence.buildOutput, ...evidence.sourceFiles])) continue;
          // Built code runs as built: only an override in the build output itself overrides a default there.
          const overrides = built.has(file) ? (overriddenInBuild ??= envAssignedNames(evidence, evidence.buildOutput)) : (overridden ??= envAssignedNames(evidence, evidence.sourceFiles));
          if (name && overrides.has(name)) {
            out.push({ file, line, message: `a weak default for ${name}, overridden from the environment elsewhere`, strength: 'weak' });
            continue;
          }
          const replacedIn = name && !built.has(file) ? replacedByDeployedSettings(evidence, file, name) : undefined;
          if (replacedIn) {
            out.push({ file, line, message: `a weak default for ${name}, which the deployed settings (${replacedIn}) replace`, strength: 'weak' });
            continue;
          }
          if (name && /^\w+$/.test(name) && !built.has(file) && onlyAnEnvironmentFallback(evidence, file, code, name, line)) {
            out.push({ file, line, message: `a weak default: ${name} is used only when the environment gives no value`, strength: 'weak' });
            continue;
          }
          const finding: Finding = { file, line, message: `${what}${built.has(file) ? ' in committed build output' : ''} (no environment override)`, strength: 'strong' };
          const unused = name && !built.has(file) ? notShownUsed(what, name, file, code, m.index, line) : undefined;
          out.push(unused ? asReview(finding, unused) : signs ? finding : asReview(finding, WORD_VALUE));
        }
      }
    }
    if (keyFiles.length) {
      // Who names a key is one pass over the texts per step; past MAX_TRACED_KEYS key files the rest simply count.
      const { loaders, referrers } = keyLoaders(evidence, keyFiles.slice(0, MAX_TRACED_KEYS).map((f) => f.file), testSide);
      for (const f of keyFiles) {
        const loader = loaders.get(f.file) ?? 'running';
        // A key store counts where the program or its image names it (a default in code, a Dockerfile's COPY): one named
        // only by a settings profile (application-tls.yml) is an optional setup, to review.
        if (KEY_STORE_FILE.test(f.file) && loader === 'running' && !keyStoreNamedByProgram(evidence, f.file, referrers.get(f.file) ?? evidence.files, testSide)) out.push(asReview(f, 'only a settings profile names this key store'));
        else if (loader === 'running' || loadedByFrameworkDefault(evidence, running, f.file)) out.push(f);
        else if (loader === 'unnamed') out.push(asReview(f, 'no running code or deploy configuration names this key file'));
      }
    }
    return outsideInlineTests(evidence, out);
  },
};
