import { lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import type { Detector } from './types.js';

const README = /^README(\.(md|markdown|mdx|rst|adoc|txt))?$/i;
const HOST = String.raw`(?:www\.)?(pkg\.go\.dev|godoc\.org|docs\.rs|javadoc\.io|rubydoc\.info|hexdocs\.pm)\/`;
/**
 * A badge that links to a generated API reference: `[![docs](…)](https://docs.rs/x)`, an HTML badge
 * `<a href="https://pkg.go.dev/…"><img …>`, or a reference definition named for docs (`[godoc]: https://pkg.go.dev/…`).
 * A link in prose may point at another package's reference, so it does not count.
 */
const BADGE = new RegExp(
  String.raw`[)\]]\]\([ \t]*<?https?:\/\/${HOST}[^)\s]{1,200}\)|<a[ \t][^>\n]{0,50}href=["']https?:\/\/${HOST}[^"'\n]{1,200}["'][^>\n]{0,100}>[ \t]*<img|^\[[^\]\n]{0,30}(?:doc|reference|api)[^\]\n]{0,30}\]:[ \t]*<?https?:\/\/${HOST}`,
  'im',
);

export const referenceBadge: Detector = {
  name: 'referenceBadge',
  question: "Does the README's badge link to the package's generated API reference (pkg.go.dev, docs.rs, javadoc.io, rubydoc.info, hexdocs), for a package that has an API?",
  textPatterns: [BADGE.source],
  detect(evidence) {
    const out: Finding[] = [];
    for (const file of evidence.files.filter((f) => !f.includes('/') && README.test(f))) {
      const text = evidence.text(file) ?? '';
      const m = BADGE.exec(text);
      if (!m) continue;
      const host = (m[1] ?? m[2] ?? m[3])!;
      // The reference of a command documents no API: a Go module whose root package is `main`, a bin-only crate.
      if (/go\.dev|godoc/.test(host)) {
        const rootGo = evidence.sourceFiles.filter((f) => !f.includes('/') && f.endsWith('.go') && !f.endsWith('_test.go'));
        if (rootGo.some((f) => /^package[ \t]+main\b/m.test(evidence.code(f) ?? ''))) continue;
      }
      if (host === 'docs.rs' && evidence.files.includes('Cargo.toml') && !evidence.files.includes('src/lib.rs') && evidence.files.includes('src/main.rs')) continue;
      out.push({ file, line: lineAt(text, m.index), message: `links its generated API reference on ${host} (a documentation badge)`, strength: 'strong' });
    }
    return out;
  },
};
