import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  closest,
  grade
} from "./chunk-D4UWMUA5.js";
import {
  loadCatalog
} from "./chunk-DLI75OZB.js";
import "./chunk-4IOWKBMJ.js";
import {
  loadConfig
} from "./chunk-3T7CYGWW.js";
import "./chunk-7WGVYSY7.js";
import "./chunk-XRICSXDT.js";
import "./chunk-4ESW5KSC.js";
import "./chunk-LU6SHCMF.js";
import "./chunk-F5XIBRJ2.js";
import "./chunk-CX7SWQ2U.js";
import {
  UsageError,
  describeError
} from "./chunk-OO2RKC3Q.js";
import {
  ruleDocsUrl
} from "./chunk-EKQ2MEFR.js";
import "./chunk-7ZRM26NT.js";
import "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";

// src/commands/explain.ts
import { readFile } from "node:fs/promises";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/util/shipped.ts
import { access } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
async function shippedPath(relative) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const up of ["..", "../..", "../../.."]) {
    const candidate = path.join(here, up, relative);
    if (await access(candidate).then(() => true, () => false)) return candidate;
  }
  return void 0;
}

// src/commands/plain-text.ts
function markdownToText(markdown, pageUrl) {
  const out = [];
  let inFence = false;
  for (const line of markdown.replace(/<!--[\s\S]*?-->\n?/g, "").split("\n")) {
    if (line.startsWith("```")) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(`    ${line}`);
      continue;
    }
    const heading = /^(#+)\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[2], pageUrl);
      out.push(heading[1].length === 1 ? text : text.toUpperCase());
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    out.push(quote ? `  ${inline(quote[1], pageUrl)}`.trimEnd() : inline(line, pageUrl));
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trim()}
`;
}
function inline(text, pageUrl) {
  const linked = text.replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, label, href) => {
    if (/^https?:/.test(href)) return `${label} (${href})`;
    return pageUrl ? `${label} (${new URL(href, pageUrl).href})` : label;
  });
  return linked.replace(/\*\*(`[^`]+`)\*\*/g, "$1").split(/(``\s?.+?\s?``|`[^`]+`)/).map((part, i) => i % 2 === 1 ? part.replace(/^``\s?|\s?``$|^`|`$/g, "") : part.replace(/\*\*(.+?)\*\*/g, "$1")).join("");
}

// src/commands/explain.ts
var EXPLAIN_USAGE = `Usage: levelgate explain <rule-id> [path] [options]

Prints what a rule asks for, what counts, what never counts and how to fix it (its page in docs/rules/).
With a path, also what that repository showed for the rule: met, missing or not applicable, and the evidence.

Options:
  -c, --config FILE   read this config file instead of looking for .levelgate.yml (with a path)
      --no-config     ignore any config file in the repository (with a path)
  -h, --help          show this help

Exit codes: 0 explained, 2 unknown rule id, usage error, bad config or unreadable path.`;
async function explain(argv, io) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { config: { type: "string", short: "c" }, "no-config": { type: "boolean" }, help: { type: "boolean", short: "h" } }
    });
    if (values.help) {
      io.stdout.write(`${EXPLAIN_USAGE}
`);
      return 0;
    }
    const [id, root, ...extra] = positionals;
    if (!id) throw new UsageError("explain needs a rule id, e.g. levelgate explain testing.coverage");
    if (extra.length) throw new UsageError(`explain takes a rule id and one path, got ${positionals.length} arguments`);
    if (values.config !== void 0 && values["no-config"]) throw new UsageError("--config and --no-config exclude each other");
    let report;
    if (root !== void 0) {
      const config = values["no-config"] ? void 0 : await loadConfig(root, values.config !== void 0 ? { file: values.config } : {});
      report = await grade(root, { config: config ?? false });
    }
    const rules = report ? Object.values(report.dimensions).flatMap((d) => d.rules) : (await loadCatalog()).rules;
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      const nearest = closest(id, rules.map((r) => r.id).sort(), Math.max(3, Math.floor(id.length / 4)));
      throw new UsageError(`unknown rule "${id}"${nearest ? `; did you mean ${nearest}?` : "; `levelgate explain` takes an id from docs/rules.md, e.g. testing.coverage"}`);
    }
    io.stdout.write(await pageText(rule));
    if (report) io.stdout.write(`
${repositoryText(report, rule.id)}`);
    return 0;
  } catch (error) {
    const { message, exitCode } = error.code?.startsWith("ERR_PARSE_ARGS") ? { message: error.message, exitCode: 2 } : describeError(error);
    io.stderr.write(`levelgate: ${message}
`);
    return exitCode;
  }
}
async function pageText(rule) {
  const url = ruleDocsUrl(rule.id);
  const file = url ? await shippedPath(path2.join("docs", "rules", `${rule.id}.md`)) : void 0;
  if (file) return markdownToText(await readFile(file, "utf8"), url);
  const origin = url ? `Its page is ${url}.` : "A custom rule of this repository (from its config or a rule pack): it has no page.";
  return `${rule.id}: ${rule.title}

L${rule.level}${rule.required ? ", required" : ""}.

HOW TO FIX IT

${rule.hint}

${origin}
`;
}
var STATUS_WORDS = { met: "met", missing: "missing", not_applicable: "not applicable" };
function repositoryText(report, id) {
  const d = Object.values(report.dimensions).find((x) => x.rules.some((r) => r.id === id));
  const rule = d.rules.find((r) => r.id === id);
  const status = rule.negative && rule.status === "missing" ? "violated" : rule.notSeen ? "not seen" : STATUS_WORDS[rule.status];
  const why = [rule.reason, rule.none ? `has none: ${rule.none}` : void 0].filter(Boolean).join("; ");
  const out = [`IN ${report.root}`, "", `Status: ${status}${why ? ` (${why})` : ""}. ${d.dimension} is L${d.level}${d.notApplicable ? " (not applicable: configuration)" : ""}; ${roleNow(d, rule)}`];
  const strong = rule.findings.filter((f) => f.strength === "strong");
  const weak = rule.findings.filter((f) => f.strength === "weak");
  if (strong.length) {
    out.push("", rule.negative ? "Violations:" : "Evidence:");
    for (const f of strong.slice(0, 20)) out.push(`  ${f.file}:${f.line}  ${f.message}`);
    if (strong.length > 20) out.push(`  \u2026 and ${strong.length - 20} more`);
  }
  if (weak.length) {
    out.push("", rule.negative ? "To review (not shown to be used by the running project; they do not cap the level):" : "Hints only (seen, not counted):");
    for (const f of weak.slice(0, 20)) out.push(`  ${f.file}:${f.line}  ${f.message}`);
    if (weak.length > 20) out.push(`  \u2026 and ${weak.length - 20} more`);
  }
  if (!strong.length && (rule.negative || !weak.length)) out.push("", rule.negative ? "No violations were found." : "Nothing that counts was found.");
  return `${out.join("\n")}
`;
}
function roleNow(d, rule) {
  const gap = d.next;
  if (rule.status === "met") return rule.level <= d.level ? `this rule helps hold L${rule.level}.` : `L${rule.level} needs more than this rule.`;
  if (rule.status === "not_applicable") return "this rule does not count either way.";
  if (rule.notSeen) return `nothing shows this L1 headline, but the dimension's L2 evidence holds, so it is taken as there (--strict-gates counts it missing).`;
  if (!gap || rule.level > gap.level) return `this rule is for L${rule.level}, above the next level.`;
  if (gap.requiredMissing.includes(rule.id)) return `L${gap.level} requires this rule.`;
  if (gap.alternativesMissing.includes(rule.id) && gap.alternativesNeeded > 0) return `L${gap.level} needs ${gap.alternativesNeeded} more of its alternatives; this rule is one of them.`;
  return `L${gap.level} does not need this rule now.`;
}
export {
  EXPLAIN_USAGE,
  explain,
  repositoryText
};
