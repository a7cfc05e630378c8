import { isDocFile, isTestFile } from '../evidence/file-sets.js';
import { lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const PRIVATE_KEY = /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----\s*\n[A-Za-z0-9+/=\s]{40,}/;
const PROVIDER_TOKENS: [RegExp, string][] = [
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bxox[baprs]-[A-Za-z0-9-]{10,}\b/, 'a Slack token'],
  [/\bsk_live_[A-Za-z0-9]{20,}\b/, 'a Stripe live key'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
];
// An AWS key id alone is an identifier, not a secret: it counts only with a secret access key next to it.
const AWS_KEY_ID = /\bAKIA[0-9A-Z]{16}\b/;
const AWS_SECRET_NEARBY = /(secret_?access_?key|SecretAccessKey|aws_secret)\W{1,6}[A-Za-z0-9/+=]{40}\b/i;

// A signing secret passed as a literal: jwt.sign(x, "literal"), secret: "literal", SECRET_KEY = "literal",
// `public const string JWT_SECRET_KEY = "..."`. The last group of each pattern is the value.
const LITERAL_SECRETS: [RegExp, string][] = [
  [/\b(?:jwt|jsonwebtoken)\.(?:sign|verify)\s*\([^,()]{1,200}(?:\([^)]{0,200}\))?,\s*(['"`])([^'"`\s]{6,})\1/, 'a hard-coded JWT signing secret'],
  [/\b(secret|secretOrKey|secretOrPrivateKey|jwtSecret|sessionSecret|signingKey)\s*:\s*(['"`])([^'"`\s]{6,})\2/i, 'a hard-coded secret in configuration'],
  [/^[ \t]*(SECRET_KEY|JWT_SECRET(?:_KEY)?|SESSION_SECRET|SIGNING_KEY)\s*=\s*(['"])([^'"\s]{6,})\2[ \t]*$/m, 'a hard-coded secret key'],
  // Constants in typed languages; a long value only, so names like SECRET_HEADER = "X-Secret" stay out.
  [/^[ \t]*(?:(?:public|private|internal|protected|static|readonly|final|const|export|let|var|val|string|String|str)[ \t]+)+(?::[ \t]*)?((?=\w*(?:SECRET|Secret|(?:JWT|SIGNING|AUTH)_?(?:KEY|Key)\b))\w+)\s*(?::\s*\w+\s*)?=\s*(['"`])([^'"`\s]{16,})\2/m, 'a hard-coded signing key constant'],
];
// Every occurrence, not only the first, of each pattern.
const LITERAL_SECRETS_ALL = LITERAL_SECRETS.map(([re, what]) => [new RegExp(re.source, `${re.flags}g`), what] as const);
const MENTIONS_SECRET = /secret|jwt|signing|auth_?key/i;
/**
 * Text without any of these holds none of the secrets above (a private key, a provider token, a literal secret
 * that MENTIONS_SECRET lets through), raw or comment-free: the evidence's one scan per file answers it, and most
 * files need no comment stripping and no regex here.
 */
const SECRET_HINTS = '/-----BEGIN|\\bgh[pousr]_|\\bxox[baprs]-|sk_live_|\\bAIza|\\bAKIA|secret|jwt|signing|auth_?key/i';
const PLACEHOLDER = /^(change[-_]?(me|this|it)\w*|changeit|secret|your[-_].*|xxx+|example\w*|placeholder|dummy|test\w*|dev\w*|<.*>|\$\{?.*\}?|\{\{.*\}\}|replace[-_]?me|todo|\*+|\.\.\.)$/i;
// A value that names an environment variable ("JWT_SECRET") rather than holding a secret.
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
const isPlaceholder = (value: string) => PLACEHOLDER.test(value) || ENV_NAME.test(value);
const ENV_OVERRIDE = /process\.env|os\.environ|os\.getenv|getenv|ENV\[|ENV\.fetch|env\(|config\(|Environment\.|System\.getenv|env::var|os\.Getenv|LookupEnv/;
const SKIP = /(^|\/)(\.env\.(example|sample|template|dist|test)|\.env\.local\.example|docker-compose[\w.-]*\.ya?ml|compose[\w.-]*\.ya?ml|[\w.-]*\.example(\.\w+)?|[\w.-]*\.sample)$/i;

/** Names assigned from the environment anywhere (`SECRET_KEY = env("SECRET_KEY")`): a literal of the same name elsewhere is a default they override. */
function envAssignedNames(evidence: Parameters<Detector['detect']>[0]): Set<string> {
  const names = new Set<string>();
  const assign = /^[ \t]*(?:\w+\.)*([A-Za-z_]\w*)\s*[:=][^\r\n]*?(process\.env|os\.environ|os\.getenv|getenv\(|ENV\[|ENV\.fetch|\benv\(|\benv\.\w+\(|System\.getenv|env::var|os\.Getenv|<%=\s*ENV)/gm;
  for (const file of evidence.sourceFiles) {
    const code = evidence.code(file);
    if (!code || !ENV_OVERRIDE.test(code)) continue;
    for (const m of code.matchAll(assign)) names.add(m[1]!);
  }
  return names;
}

export const committedSecrets: Detector = {
  name: 'committedSecrets',
  question: 'Does the repository commit a secret that the running code uses (private key, signing secret, provider token)?',
  textPatterns: [SECRET_HINTS],
  detect(evidence) {
    const out: Finding[] = [];
    let overridden: Set<string> | undefined;
    for (const file of evidence.files) {
      if (SKIP.test(file) || isTestFile(file) || isDocFile(file)) continue;
      const text = evidence.text(file);
      if (!text) continue;
      if (/(^|\/)\.env$/.test(file)) {
        for (const m of text.matchAll(/^[ \t]*(?=\w*(SECRET|TOKEN|PASSWORD|PRIVATE_KEY|API_KEY))\w+[ \t]*=[ \t]*['"]?([^'"\s#]{8,})/gim)) {
          if (isPlaceholder(m[2]!)) continue;
          out.push({ file, line: lineAt(text, m.index), message: 'a .env file with secrets is committed (add .env to .gitignore)', strength: 'strong' });
          break;
        }
      }
      if (!evidence.mayMatch(file, SECRET_HINTS)) continue;
      // A private key is committed even inside a comment.
      const key = PRIVATE_KEY.exec(text);
      if (key) out.push({ file, line: lineAt(text, key.index), message: 'a private key is committed', strength: 'strong' });
      const code = evidence.code(file);
      if (!code) continue;
      for (const [re, what] of PROVIDER_TOKENS) {
        const m = re.exec(code);
        if (m) out.push({ file, line: lineAt(code, m.index), message: `${what} is committed`, strength: 'strong' });
      }
      const aws = AWS_KEY_ID.exec(code);
      if (aws) {
        const line = lineAt(code, aws.index);
        const around = code.split('\n').slice(Math.max(0, line - 4), line + 3).join('\n');
        if (AWS_SECRET_NEARBY.test(around)) out.push({ file, line, message: 'an AWS access key pair is committed', strength: 'strong' });
      }
      if (!MENTIONS_SECRET.test(code)) continue;
      for (const [re, what] of LITERAL_SECRETS_ALL) {
        for (const m of code.matchAll(re)) {
          const value = m[m.length - 1]!;
          if (isPlaceholder(value)) continue;
          const line = lineAt(code, m.index);
          const around = code.split('\n').slice(Math.max(0, line - 2), line + 1).join('\n');
          // `process.env.JWT_SECRET || "dev-default"` is a weak default, not a committed secret.
          if (ENV_OVERRIDE.test(around)) continue;
          const name = m.length > 3 ? m[1] : undefined;
          overridden ??= envAssignedNames(evidence);
          if (name && overridden.has(name)) {
            out.push({ file, line, message: `a weak default for ${name}, overridden from the environment elsewhere`, strength: 'weak' });
            continue;
          }
          out.push({ file, line, message: `${what} (no environment override)`, strength: 'strong' });
        }
      }
    }
    return out;
  },
};
