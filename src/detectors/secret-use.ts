// Whether the running project is shown to USE a committed secret (rubric, "Negative evidence": "a secret the running
// code uses … keeps security below L1"). The committed-secrets detector finds secrets; this module reads the link
// from a finding to the code or configuration that uses it. A finding without such a link is a "review" finding: it
// is reported with its file and line, but it does not fail the gate. On repositories nobody had tuned to (rounds
// 6–14) the gate was wrong 20 times in 26, each time on a secret nothing was shown to use.
import { oncePerEvidence } from '../evidence/shared-answer.js';
import type { Finding } from '../types.js';
import { escapeRegExp } from '../util/regexp.js';
import type { Detector } from './types.js';

type Evidence = Parameters<Detector['detect']>[0];
/** Whether a file is the running project's (not a test's, a sample's, a document or a development-only file). */
export type IsRunning = (file: string) => boolean;

/** The words a review finding ends with: why it does not cap security. */
export const NOT_SHOWN_USED = 'not shown to be used by the running project';

/** A found secret that no use was shown for: weak, so the gate holds, with the reason in its message. */
export function asReview(finding: Finding, why: string): Finding {
  return { ...finding, message: `review: ${finding.message}; ${NOT_SHOWN_USED} (${why})`, strength: 'weak' };
}

/**
 * A call that looks a value up or sends it under a name, opened up to the name: `getProperty(`, `System.getenv(`,
 * `os.Getenv(`, `map.get(`, `environ[`, and the HTTP header calls (`.header(NAME, value)`, `setHeader(`,
 * `withHeader(`): a constant passed there is the name of a setting or a header, not the secret.
 */
const LOOKUP_CALL =
  '(?:\\b(?:get|getProperty|getenv|Getenv|LookupEnv|getString|getValue|getOrDefault|getSecret|getConfig|getParameter|getHeader|getHeaderString|getFirstHeader|containsKey|hasKey|has|hasProperty|isSet|value|put|set|setProperty|remove|header|headers?\\.set|headers?\\.add|setHeader|addHeader|withHeader|putHeader|setRequestHeader|Header\\.Set|Header\\.Add|Header\\.Get)[ \\t]*\\([ \\t]*|\\b(?:environ|env|ENV|props|properties|headers|Headers)[ \\t]*\\[[ \\t]*)';
/** What a line that passes a secret on says about it, once the constant's own name is taken out of it. */
const CREDENTIAL_USE = /sign|hmac|jwt|key|secret|token|auth|passw|credential|crypt|cipher|bearer/i;

/**
 * Whether the running code uses the constant `name` (declared in `file` at `line`) as a key or a credential: a line
 * of a running source file that names it (not as the name a value is looked up or sent under) and, without its name,
 * still speaks of signing, keys, secrets, tokens, sign-in or encryption (`GetBytes(AuthorizationConstants.JWT_SECRET_KEY)`
 * for a key, `.add("client_secret", CLIENT_SECRET)` in a token request), or returns it to callers. With `asMaterial`,
 * only a line that uses it as key material counts (KEY_MATERIAL_USE).
 */
export function usedAsKey(evidence: Evidence, isRunning: IsRunning, file: string, name: string, line: number, asMaterial = false): boolean {
  const source = `\\b${escapeRegExp(name)}\\b`;
  const names = new RegExp(source);
  const everyName = new RegExp(source, 'g');
  const asLookupKey = new RegExp(`${LOOKUP_CALL}(?:[\\w$]{1,80}\\.){0,4}${escapeRegExp(name)}[ \\t]*[,)\\]]`, 'g');
  for (const other of evidence.sourceFiles) {
    if (!isRunning(other) || !evidence.text(other)?.includes(name)) continue;
    const lines = (evidence.code(other) ?? '').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (other === file && i === line - 1) continue;
      const text = lines[i]!;
      if (!text.includes(name) || !names.test(text)) continue;
      // Where it is only the name a value is looked up or sent by (`getProperty(Keys.SECRET_KEY)`, `.header(SECRET_HEADER, v)`).
      if (!names.test(text.replace(asLookupKey, ''))) continue;
      // A getter that returns it hands it to callers levelgate does not follow: that counts as a use.
      if (asMaterial ? KEY_MATERIAL_USE.test(text) : CREDENTIAL_USE.test(text.replace(everyName, '')) || /^\s*return\b/.test(text)) return true;
    }
  }
  return false;
}

/**
 * The calls that take a secret as an object's `secret:` entry: a session or cookie middleware, a JWT module or
 * middleware, a Passport strategy (`super({ secretOrKey })`), a plugin registered with its options.
 */
const SECRET_SLOT_CALL = /\b(?:\w{0,30}[sS]ession|cookieSession|expressjwt|expressJwt|jwt|koaJwt|JwtModule\.register(?:Async)?|JwtStrategy|Strategy|super|register|passport\.use|useFactory|sign|verify)[ \t]*\(/g;
/** Slot names only a signing library reads: passport-jwt's and jsonwebtoken's own option names. */
const SIGNING_OPTION = /^(?:secretOrKey|secretOrPrivateKey)$/;

/**
 * Whether an object entry `secret: '…'` at `index` is handed to a signing or session call: the key is one only a
 * signing library reads, or the object literal it sits in is an argument of such a call (within 400 characters).
 */
export function passedToSecretSlot(code: string, index: number, key: string): boolean {
  if (SIGNING_OPTION.test(key)) return true;
  // The object literal that holds the entry: its `{`, then what opens before it on the same expression.
  let depth = 0;
  for (let i = index - 1; i >= 0 && index - i < 1200; i--) {
    const c = code[i]!;
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) {
      const before = code.slice(Math.max(0, i - 200), i);
      const calls = [...before.matchAll(SECRET_SLOT_CALL)];
      const last = calls[calls.length - 1];
      // The call opens right before the object (`session({`, `JwtModule.register({ … })`, `super({`), arguments aside.
      return last !== undefined && /^[^;{}]{0,120}$/.test(before.slice(last.index + last[0].length));
    }
  }
  return false;
}

/** Calls that sign, verify, encrypt or hold a session with a key passed as an argument. */
const SIGNING_CALL = '(?:\\b(?:jwt|jsonwebtoken|JWT|jose|Jwts?)\\.(?:sign|verify|encode|decode)|\\bSymmetricSecurityKey|\\bhmacShaKeyFor|\\bHMAC\\d{3}|\\bSecretKeySpec|\\bfrom_secret|\\bSignedString|\\bsetSigningKey|\\bsignWith|\\bcreateHmac|\\bhmac\\.new|\\bHmac\\w{0,20}|\\bcreateCipheriv|\\bcookieParser|\\bcookieSession)[ \\t]*\\(';

/**
 * A line that hands a value to a signing call or turns it into key bytes (`Encoding.UTF8.GetBytes(KEY)`,
 * `KEY.getBytes()`, `[]byte(KEY)`, `Buffer.from(KEY)`): the value is key material there, whatever it looks like. The
 * name a setting is looked up or sent by is never turned into bytes.
 */
export const KEY_MATERIAL_USE = new RegExp(`${SIGNING_CALL}|\\b(?:GetBytes|getBytes|Buffer\\.from)[ \\t]*\\(|\\[\\]byte[ \\t]*\\(`);

/**
 * Whether a name (a config property, an exported constant) is passed to a signing, verifying or session call, or
 * set as a session or JWT option (`jwt.verify(token, config.SECRET)`, `secret: config.jwtSecret`), in any of `files`.
 */
export function usedToSign(evidence: Evidence, name: string, files: readonly string[]): boolean {
  const escaped = escapeRegExp(name);
  const use = new RegExp(`${SIGNING_CALL}[^;\\n]{0,200}\\b${escaped}\\b|\\b(?:secret|secretOrKey|secretOrPrivateKey|jwtSecret|signingKey|keys)[ \\t]*:[ \\t]*\\[?[\\w.]{0,80}\\b${escaped}\\b`);
  return files.some((f) => {
    const code = evidence.code(f);
    return code !== undefined && code.includes(name) && use.test(code);
  });
}

/** A Django settings module: settings.py, a module of a settings/ package, or one DJANGO_SETTINGS_MODULE names. */
const DJANGO_SETTINGS_FILE = /(^|\/)(?:settings\.py|settings\/[\w-]{1,80}\.py)$/;

/**
 * Whether `SECRET_KEY = '…'` in `file` is Django's own secret slot: the file is a settings module of a project that
 * uses Django (settings.py, settings/<name>.py, or the module DJANGO_SETTINGS_MODULE names), which Django reads.
 */
export function djangoSecretSlot(evidence: Evidence, file: string, code: string, name: string): boolean {
  return name === 'SECRET_KEY' && djangoSettingsModule(evidence, file, code);
}

/**
 * Whether `file` is a Django settings module: it sets Django's own settings (INSTALLED_APPS, MIDDLEWARE, ROOT_URLCONF)
 * and is settings.py, a module of a settings/ package, or the module DJANGO_SETTINGS_MODULE names.
 */
export function djangoSettingsModule(evidence: Evidence, file: string, code: string): boolean {
  if (!file.endsWith('.py') || !/\bINSTALLED_APPS\b|\bMIDDLEWARE\b|\bROOT_URLCONF\b/.test(code)) return false;
  if (DJANGO_SETTINGS_FILE.test(file)) return true;
  const module = file.slice(0, -3).replace(/\//g, '.');
  const tail = module.slice(module.lastIndexOf('.', module.lastIndexOf('.') - 1) + 1);
  return evidence.sourceFiles.some((f) => /DJANGO_SETTINGS_MODULE/.test(evidence.text(f) ?? '') && (evidence.text(f) ?? '').includes(tail));
}

/** The keys above a YAML line, outermost first (`jwt:` → `  secret: …` gives ['jwt']). */
export function yamlParents(code: string, index: number): string[] {
  const lineStart = code.lastIndexOf('\n', index - 1) + 1;
  let indent = /^[ \t]*(?:-[ \t]+)?/.exec(code.slice(lineStart, lineStart + 200))![0].length;
  const parents: string[] = [];
  const before = code.slice(0, lineStart).split('\n');
  for (let i = before.length - 1; i >= 0 && indent > 0; i--) {
    const m = /^([ \t]*)(?:-[ \t]+)?([\w.-]{1,80}):[ \t]*(?:#.*)?$/.exec(before[i]!);
    if (m && m[1]!.length < indent) {
      parents.unshift(m[2]!);
      indent = m[1]!.length;
    }
  }
  return parents;
}

/** The keys of the JSON objects around `index`, outermost first (`"Jwt": { "Key": … }` gives ['Jwt']). */
export function jsonParents(code: string, index: number): string[] {
  const parents: string[] = [];
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const c = code[i]!;
    if (c === '}' || c === ']') depth++;
    else if ((c === '{' || c === '[') && depth-- === 0) {
      depth = 0;
      const m = /"([\w.:-]{1,120})"[ \t]*:[ \t\r\n]*$/.exec(code.slice(Math.max(0, i - 200), i));
      if (m) parents.unshift(m[1]!);
    }
  }
  return parents;
}

/** A setting's words (JwtSecret, base64-secret, secret_key_base → jwt secret / base64 secret / secret key base). */
const wordsOf = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_.:-]+/).filter(Boolean).map((w) => w.toLowerCase());

/**
 * Framework slots that read a setting by their own convention: Rails' `secret_key_base` (config/secrets.yml,
 * config/credentials), Spring Boot's own `spring.*` properties in the resources it loads.
 */
function frameworkSetting(file: string, path: readonly string[]): boolean {
  const leaf = path[path.length - 1]!;
  if (/^secret_key_base$|^secret_token$/.test(leaf) && /(^|\/)config\/[\w.-]{1,80}\.ya?ml$/.test(file)) return true;
  return path[0] === 'spring' && /(^|\/)src\/main\/resources\//.test(file);
}

/** A Spring Boot application's own settings (application.yml, application-prod.properties, bootstrap.yml under src/main/resources/). */
const SPRING_SETTINGS = /(^|\/)src\/main\/resources\/(?:[\w-]{1,80}\/)?(?:application|bootstrap)(?:-[\w-]{1,40})?\.(?:ya?ml|properties)$/;
/** A setting's last key that names a signing key (jwt-secret-key, signing-secret, jwtSecret): what the library signs tokens with. */
const SIGNING_LEAF = /jwt|sign/i;

/**
 * A library's Spring Boot starter reads the settings under its own prefix by convention, through a properties class
 * of its own that no file of the project names (Sa-Token's `sa-token.jwt-secret-key`, read by its JWT mode; Jasypt's
 * `jasypt.encryptor.password`): a setting of a Spring application's resources whose first key is the name an
 * artifact of the Maven or Gradle build begins with (`sa-token` ← cn.dev33:sa-token-spring-boot3-starter), not a
 * module of the project's own, is read by that library. With `signs` (the question is whether the reader signs with it), only a setting whose last key
 * names a signing key counts: the library signs its tokens with it.
 */
function starterSetting(evidence: Evidence, file: string, path: readonly string[], signs: boolean): boolean {
  if (!SPRING_SETTINGS.test(file)) return false;
  const parts = path.flatMap((p) => p.split('.')).filter(Boolean);
  const prefix = parts[0]?.toLowerCase();
  if (parts.length < 2 || prefix === undefined || prefix === 'spring' || prefix.length < 3) return false;
  if (signs && !SIGNING_LEAF.test(parts[parts.length - 1]!)) return false;
  const own = ownBuildModules(evidence);
  return evidence.dependencies.some((d) => {
    if (d.ecosystem !== 'maven') return false;
    const artifact = d.name.slice(d.name.lastIndexOf(':') + 1).toLowerCase();
    if (artifact !== prefix && !artifact.startsWith(`${prefix}-`)) return false;
    // A module of the project's own build (mall-common/pom.xml) is the project's code: its settings are read by code levelgate sees.
    return !own.has(artifact);
  });
}

const MODULE_BUILD_FILE = /(?:^|\/)([^/]+)\/(?:pom\.xml|build\.gradle(?:\.kts)?)$/i;
/** The folders (their names, lower-cased) holding a module of the project's own JVM build, listed once per evidence. */
const ownBuildModules = oncePerEvidence((evidence: Evidence): Set<string> => {
  const own = new Set<string>();
  for (const f of evidence.files) {
    const m = MODULE_BUILD_FILE.exec(f);
    if (m) own.add(m[1]!.toLowerCase());
  }
  return own;
});

/**
 * Whether the running code reads the setting at `path` (its keys, outermost first): a running source file names the
 * dotted or colon path or a tail of it (`@Value("${jwt.secret}")`, `Configuration["Jwt:Key"]`,
 * `config.get('auth.jwtSecret')`), binds a settings class with the setting's own name (a field `JwtSecret`,
 * `base64Secret`, `SecretKey`: a name of two words or more), or binds the setting's section (`prefix = "jwt"`,
 * `GetSection("Jwt")`) in a file that names the one-word setting (`secret`). Or a framework reads it by convention.
 * With `alsoIn`, only a file that also matches it counts (KEY_MATERIAL_USE: the file that reads the setting signs with it).
 */
export function settingReadByCode(evidence: Evidence, isRunning: IsRunning, file: string, path: readonly string[], alsoIn?: RegExp): boolean {
  if (frameworkSetting(file, path) || starterSetting(evidence, file, path, alsoIn !== undefined)) return true;
  const leaf = path[path.length - 1]!;
  const tails: string[] = [];
  const parts = path.flatMap((p) => p.split(/[.:]/)).filter(Boolean);
  for (let k = 2; k <= parts.length; k++) {
    const tail = parts.slice(parts.length - k);
    tails.push(tail.join('.'), tail.join(':'), tail.join('__'));
  }
  const leafWords = wordsOf(leaf);
  const field = leafWords.length >= 2 ? new RegExp(`\\b${leafWords.join('[_-]?')}\\b`, 'i') : undefined;
  const parent = parts.length >= 2 ? parts[parts.length - 2]! : undefined;
  const section = parent ? new RegExp(`['"\`]${escapeRegExp(parent)}['"\`]`, 'i') : undefined;
  const oneWord = new RegExp(`\\b${escapeRegExp(leaf)}\\b`);
  return evidence.sourceFiles.some((f) => {
    if (f === file || !isRunning(f)) return false;
    const code = evidence.code(f);
    if (!code || (alsoIn !== undefined && !alsoIn.test(code))) return false;
    if (tails.some((t) => code.includes(t) && new RegExp(`(?<![\\w.:-])${escapeRegExp(t)}(?![\\w-])`, 'i').test(code))) return true;
    if (field?.test(code)) return true;
    return section !== undefined && section.test(code) && oneWord.test(code);
  });
}

/**
 * Keys a framework loads by its own default path, named by no file: IdentityServer's and Duende's developer signing
 * credential (`AddDeveloperSigningCredential()` reads and writes tempkey.jwk or tempkey.rsa in the content root).
 */
export function loadedByFrameworkDefault(evidence: Evidence, isRunning: IsRunning, keyFile: string): boolean {
  if (!/(^|\/)tempkey\.(?:jwk|rsa)$/.test(keyFile)) return false;
  return evidence.sourceFiles.some((f) => f.endsWith('.cs') && isRunning(f) && (evidence.text(f) ?? '').includes('AddDeveloperSigningCredential('));
}
