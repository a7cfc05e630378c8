import type { Finding } from '../types.js';
import type { Detector } from './types.js';

// Ruby's README.rdoc (RDoc markup: `= Title`, `== Installation`) is a README as Markdown's is (calibration round 24: rake).
const README = /^(README|READ\.ME|readme)(\.(md|markdown|mdx|rst|adoc|asciidoc|txt|org|rdoc))?$/i;
/** Words of how to install or run a project, in English or another language a README is often written in. */
const HOW_TO = /\b(install|usage|getting started|quick ?start|run|build|setup|set up|npm|pip|go get|cargo|docker|make|download|instalaci[oó]n|instala[cç][aã]o|uso|utilisation|verwendung)\b|安装|安裝|使用|运行|運行|快速开始|快速開始|部署|インストール|使い方|설치|사용법/i;
/** The fewest lines of a README that says what the project is and sends its readers to the project's site. */
const SITE_POINTER_LINES = 3;

/**
 * A Markdown link to a page on how to install or start the project (`[Installation Instructions](https://docs.…/getting-started)`,
 * `[installation](https://kamal-deploy.org/docs/installation)`): by its text or its address.
 */
const INSTALL_GUIDE_LINK = /(?<!!)\[([^\]\n]{1,120})\]\((https?:\/\/[^)\s]{1,300})\)/g;
const INSTALL_WORDS = /\b(?:install(?:ation|ing)?|getting[ _-]?started|get[ _-]started|quick[ _-]?start|setup|set[ _-]up)\b/i;
/** The address of the first install or getting-started guide a README links to on the web. */
function installGuideLink(text: string): string | undefined {
  for (const m of text.matchAll(INSTALL_GUIDE_LINK)) {
    const path = m[2]!.replace(/^https?:\/\/[^/]+/, '');
    if (INSTALL_WORDS.test(m[1]!) || INSTALL_WORDS.test(path.replace(/[/.]/g, ' '))) return m[2]!;
  }
  return undefined;
}

/** How many times the minimum a README runs to describe the project in depth, install steps or not. */
const IN_DEPTH = 3;
/**
 * A command that installs, builds or runs the project, written as code: in a code span, or opening a line (a fenced
 * or indented block, a `$ ` prompt). `go` and `make` are also words of prose ("make sure"): `go` counts with its subcommand, `make` in a code span.
 */
const RUN_COMMAND = /(?:`|^(?:\$ )?)[ \t]*(?:\.\/)?(?:(?:npm|yarn|pnpm|npx|bun|deno|pip3?|pipx|poetry|uv|python3?|cargo|docker|docker-compose|mvnw?|gradlew?|dotnet|bundle|rails|rake|mix|composer)[ \t]+[\w-]|go[ \t]+(?:run|build|install|get|test)\b|make(?:[ \t]+[\w-]{1,40})?[ \t]*`)/m;

/**
 * A package's coordinates as a build file takes them: a Maven `<dependency>`, a Gradle `implementation(…)` line, or
 * `group:artifact:version` in a code span (`com.squareup.retrofit2:retrofit:2.11.0`): how a JVM library is installed.
 */
const PACKAGE_COORDINATES = /<dependency>|^[ \t]*(?:implementation|api|compile)[ \t(]+["'][\w.-]{1,100}:[\w.-]{1,100}:|`[a-z][\w-]{0,60}(?:\.[\w-]{1,60}){1,8}:[\w.-]{1,100}:\d[\w.-]{0,40}`/m;

/**
 * A Markdown link or reference to a document of the repository's own (`[directory](DIRECTORY.md)`,
 * `[guide](docs/getting-started.md)`), not a web address, an anchor or an image.
 */
const LOCAL_DOC_LINK = /(?<!!)\[[^\]\n]{1,200}\]\((?!https?:|mailto:|#)(?:\.\/)?([\w.-]{1,80}(?:\/[\w.-]{1,80}){0,4}\.(?:md|markdown|rst|adoc|txt))(?:#[\w-]{0,80})?\)/g;
/** Documents a README links to that say nothing about what the project is or how to run it. */
const NOT_PROJECT_DOCS = /^(?:LICEN[CS]E|COPYING|CHANGELOG|CHANGES|HISTORY|CODE_OF_CONDUCT|SECURITY|AUTHORS|CONTRIBUTORS|NOTICE)(?:\.[a-z]+)?$/i;

/**
 * The first document of the repository's own that a short README links to and that carries real content itself:
 * a README that says what the project is in a few lines and hands the rest to a guide or an index in the repository
 * (`Our [directory](DIRECTORY.md) lists every algorithm`, `[Getting started](docs/getting-started.md)`) has that
 * document's content; a link out of the repository (a book, a website) is not the repository's documentation.
 */
function linkedDoc(readmeFile: string, text: string, files: ReadonlySet<string>, read: (f: string) => string | undefined, minLines: number): { file: string; lines: number } | undefined {
  const folder = readmeFile.includes('/') ? readmeFile.slice(0, readmeFile.lastIndexOf('/') + 1) : '';
  for (const m of text.matchAll(LOCAL_DOC_LINK)) {
    const target = `${folder}${m[1]!}`;
    const base = target.slice(target.lastIndexOf('/') + 1);
    if (NOT_PROJECT_DOCS.test(base) || README.test(base) || !files.has(target)) continue;
    const lines = contentLines(read(target) ?? '');
    if (lines >= minLines) return { file: target, lines };
  }
  return undefined;
}

/**
 * A documentation site generator's configuration (Zola, Hugo, MkDocs, Docusaurus, mdBook, Jekyll, Sphinx, Astro,
 * VitePress) or a GitHub Pages CNAME, at the root or a folder or two down: where a site's source says its address.
 */
const SITE_CONFIG = /^(?:[\w.-]{1,60}\/){0,2}(?:config\.toml|hugo\.(?:toml|ya?ml)|mkdocs\.ya?ml|docusaurus\.config\.[cm]?[jt]s|book\.toml|_config\.ya?ml|conf\.py|astro\.config\.[cm]?[jt]s|\.vitepress\/config\.[cm]?[jt]s|CNAME)$/;
/** The site's address as its configuration gives it: `base_url = "https://…"`, `site_url:`, `url: '…'`, `site: "…"`. */
const SITE_ADDRESS = /^[ \t]*(?:base_?url|baseURL|site_url|site-url|url|site|html_baseurl|cname|hostname)[ \t]*[:=][ \t]*["']?https?:\/\/([\w.-]{1,100}\.[a-z]{2,20})\b/im;
/** Folders that hold a site's assets and its CNAME, not its pages: the site's source is their parent. */
const ASSET_FOLDER = /(?:^|\/)(?:static|public|assets)$/;
const DOC_PAGE = /\.(?:md|mdx|markdown|rst|adoc)$/i;
const hostOf = (host: string) => host.toLowerCase().replace(/^www\./, '');

/**
 * The pages of the documentation site a short README sends its readers to, when the site's source is in the
 * repository: the README links an address that a site configuration of the repository declares as its own (Zola's
 * `base_url`, MkDocs' `site_url`, a CNAME), and the pages beside that configuration carry the content.
 */
function linkedSite(text: string, files: readonly string[], read: (f: string) => string | undefined): { folder: string; lines: number; howTo: boolean } | undefined {
  const linked = new Set([...text.matchAll(/https?:\/\/([\w.-]{1,100}\.[a-z]{2,20})\b/gi)].map((m) => hostOf(m[1]!)));
  if (!linked.size) return undefined;
  for (const config of files) {
    if (!SITE_CONFIG.test(config)) continue;
    const content = read(config) ?? '';
    const host = config.endsWith('CNAME') ? /^[ \t]*([\w.-]{1,100}\.[a-z]{2,20})[ \t]*$/m.exec(content)?.[1] : SITE_ADDRESS.exec(content)?.[1];
    if (!host || !linked.has(hostOf(host))) continue;
    let folder = config.includes('/') ? config.slice(0, config.lastIndexOf('/')) : '';
    if (ASSET_FOLDER.test(folder)) folder = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
    folder = folder.replace(/\/\.vitepress$/, '');
    // The site's pages: below its folder (a site configured at the root keeps them in content/ or docs/).
    const under = folder ? `${folder}/` : '';
    const pages = files.filter((f) => f.startsWith(under) && DOC_PAGE.test(f) && (folder || /^(?:content|docs|src|pages)\//.test(f))).slice(0, 200);
    let lines = 0;
    let howTo = false;
    for (const page of pages) {
      const body = read(page) ?? '';
      lines += contentLines(body);
      howTo ||= HOW_TO.test(body);
    }
    if (lines) return { folder: folder || 'the root', lines, howTo };
  }
  return undefined;
}

/** Lines that carry prose or instructions (not blank, not badges, not lone headings' punctuation). */
function contentLines(text: string): number {
  return text.split('\n').filter((l) => {
    const t = l.trim();
    return t.length > 3 && !/^(\[!\[|!\[|<img|<p|<\/|<a |---|===|```|\|[-: |]+\|$)/.test(t);
  }).length;
}

export const readme: Detector = {
  name: 'readme',
  question: "Is there a README with real content (what it is and how to install or run it), or a short one that says what it is and links a document of the repository's own, or the project's site whose pages are in the repository, that holds the rest?",
  detect(evidence, options) {
    const minLines = typeof options.minLines === 'number' ? options.minLines : 10;
    const floor = typeof options.minContentLines === 'number' ? options.minContentLines : 0;
    const candidates = evidence.files.filter((f) => {
      const depth = f.split('/').length - 1;
      const base = f.slice(f.lastIndexOf('/') + 1);
      // The root README, or a monorepo's main package README one or two folders down.
      return README.test(base) && (depth === 0 || (depth <= 2 && /^(packages|apps|src|docs|lib)\//.test(f)) || f.startsWith('.github/'));
    });
    // A monorepo's main README may sit in the main package's folder: the one the root README points to
    // ("see app/README.md"), or a folder named after the project.
    const project = evidence.root.split(/[\\/]/).filter(Boolean).pop() ?? '';
    const linked = new Set<string>();
    for (const root of candidates.filter((f) => !f.includes('/'))) {
      for (const m of (evidence.text(root) ?? '').matchAll(/(?:\]\(|(?<![\w./-]))\.?\/?([\w.-]+(?:\/[\w.-]+){0,2}\/README(?:\.[a-z]+)?)\b/gi)) linked.add(m[1]!);
    }
    for (const file of evidence.files) {
      const base = file.slice(file.lastIndexOf('/') + 1);
      if (!README.test(base) || candidates.includes(file)) continue;
      const folder = file.split('/')[0]!;
      if (linked.has(file) || (file.split('/').length === 2 && project && folder.toLowerCase() === project.toLowerCase())) candidates.push(file);
    }
    const out: Finding[] = [];
    const fileSet = new Set(evidence.files);
    for (const file of candidates) {
      const text = evidence.text(file) ?? '';
      const lines = contentLines(text);
      // Asked with a floor (the headline's "has none"): a README of a title and a link is no README; one of more lines
      // is a README, thin or not.
      if (floor > 0) {
        if (lines >= floor) out.push({ file, line: 1, message: `README with ${lines} lines of text`, strength: 'strong' });
        continue;
      }
      // How to install or run it, in English or another language a README is often written in. A library is
      // installed by fetching it: a Download section, or the package's coordinates in a build file's form.
      const howTo = HOW_TO.test(text) || PACKAGE_COORDINATES.test(text);
      // Real content is what it is and how to run it. A README several screens long says what the project is at
      // length even when its install steps live in the guides it links to; a short one that gives the command to
      // run it (`npm i && npm start`) says both in a few lines.
      const strong = (lines >= minLines && howTo) || lines >= minLines * IN_DEPTH || (lines >= Math.ceil(minLines / 2) && RUN_COMMAND.test(text));
      const measured = { summary: `${file}: ${lines} lines of content (${minLines} needed)${howTo ? '' : ', no install or usage section'}`, values: [{ name: 'readme-lines', value: lines, need: minLines, unit: 'count' as const }] };
      // A short README that says what the project is and links a document of the repository's own with the rest.
      const linked = !strong && lines >= Math.ceil(minLines / 2) ? linkedDoc(file, text, fileSet, (f) => evidence.text(f), minLines) : undefined;
      if (linked) {
        out.push({ file, line: 1, message: `README with ${lines} lines of content, and the rest in ${linked.file} (${linked.lines} lines) it links to`, strength: 'strong', measured });
        continue;
      }
      // A short README that says what the project is and sends its readers to the project's site, built from pages
      // in the repository: the documentation is in the repository, on the site's pages.
      const site = !strong && lines >= SITE_POINTER_LINES ? linkedSite(text, evidence.files, (f) => evidence.text(f)) : undefined;
      if (site && site.lines >= minLines && site.howTo) {
        out.push({ file, line: 1, message: `README with ${lines} lines of content, and the rest on the project's site it links to, whose pages are in ${site.folder} (${site.lines} lines)`, strength: 'strong', measured });
        continue;
      }
      // A short README that says what the project is and links its installation guide on the web: how to install it
      // is one click away, as in a README that links a guide of the repository's own.
      const guide = !strong && lines >= Math.ceil(minLines / 2) ? installGuideLink(text) : undefined;
      if (guide) {
        out.push({ file, line: 1, message: `README with ${lines} lines of content that links its installation guide (${guide})`, strength: 'strong', measured });
        continue;
      }
      out.push({ file, line: 1, message: strong ? `README with ${lines} lines of content` : `README too thin (${lines} lines${howTo ? '' : ', no install or usage section'})`, strength: strong ? 'strong' : 'weak', measured });
    }
    return out;
  },
};
