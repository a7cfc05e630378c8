import { isDocFile, isTestFile } from '../evidence/file-sets.js';
import { lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const PRIVATE_KEY = /-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----\s*\n[A-Za-z0-9+/=\s]{40,}/;
const PROVIDER_TOKENS: [RegExp, string][] = [
  [/\bAKIA[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bxox[baprs]-[A-Za-z0-9-]{10,}\b/, 'a Slack token'],
  [/\bsk_live_[A-Za-z0-9]{20,}\b/, 'a Stripe live key'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
];
// A signing secret passed as a literal: jwt.sign(x, "literal"), secret: "literal", SECRET_KEY = "literal".
const LITERAL_SECRETS: [RegExp, string][] = [
  [/\b(?:jwt|jsonwebtoken)\.(?:sign|verify)\s*\([^,()]+(?:\([^)]*\))?,\s*(['"`])([^'"`\s]{6,})\1/, 'a hard-coded JWT signing secret'],
  [/\b(?:secret|secretOrKey|secretOrPrivateKey|jwtSecret|sessionSecret|signingKey)\s*:\s*(['"`])([^'"`\s]{6,})\1/i, 'a hard-coded secret in configuration'],
  [/^\s*(?:SECRET_KEY|JWT_SECRET(?:_KEY)?|SESSION_SECRET|SIGNING_KEY)\s*=\s*(['"])([^'"\s]{6,})\1\s*$/m, 'a hard-coded secret key'],
];
const PLACEHOLDER = /^(change[-_]?me|changeit|secret|your[-_].*|xxx+|example|placeholder|dummy|test|<.*>|\$\{.*\}|\{\{.*\}\}|replace[-_]?me|todo)$/i;
const ENV_OVERRIDE = /process\.env|os\.environ|os\.getenv|getenv|ENV\[|env\(|config\(|Environment\.|System\.getenv/;
const SKIP = /(^|\/)(\.env\.(example|sample|template|dist)|\.env\.local\.example|docker-compose[\w.-]*\.ya?ml|compose[\w.-]*\.ya?ml|[\w.-]*\.example(\.\w+)?)$/i;

export const committedSecrets: Detector = {
  name: 'committedSecrets',
  question: 'Does the repository commit a secret that the running code uses (private key, signing secret, provider token)?',
  detect(evidence) {
    const out: Finding[] = [];
    for (const file of evidence.files) {
      if (SKIP.test(file) || isTestFile(file) || isDocFile(file)) continue;
      const text = evidence.text(file);
      if (!text) continue;
      const key = PRIVATE_KEY.exec(text);
      if (key) out.push({ file, line: lineAt(text, key.index), message: 'a private key is committed', strength: 'strong' });
      for (const [re, what] of PROVIDER_TOKENS) {
        const m = re.exec(text);
        if (m) out.push({ file, line: lineAt(text, m.index), message: `${what} is committed`, strength: 'strong' });
      }
      if (/(^|\/)\.env$/.test(file)) {
        const m = /^\s*\w*(SECRET|TOKEN|PASSWORD|PRIVATE_KEY|API_KEY)\w*\s*=\s*['"]?([^'"\s#]{8,})/im.exec(text);
        if (m && !PLACEHOLDER.test(m[2]!)) out.push({ file, line: lineAt(text, m.index), message: 'a .env file with secrets is committed (add .env to .gitignore)', strength: 'strong' });
      }
      const code = evidence.code(file);
      if (!code) continue;
      for (const [re, what] of LITERAL_SECRETS) {
        const m = re.exec(code);
        if (!m || PLACEHOLDER.test(m[2]!)) continue;
        const line = lineAt(code, m.index);
        const around = code.split('\n').slice(Math.max(0, line - 2), line + 1).join('\n');
        // `process.env.JWT_SECRET || "dev-default"` is a weak default, not a committed secret.
        if (ENV_OVERRIDE.test(around)) continue;
        out.push({ file, line, message: `${what} (no environment override)`, strength: 'strong' });
      }
    }
    return out;
  },
};
