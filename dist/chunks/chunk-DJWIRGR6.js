import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  toJsonReport
} from "./chunk-3L6EXDIF.js";
import {
  checkMonorepoTargets
} from "./chunk-GR3EPUVJ.js";
import {
  checkTargets
} from "./chunk-CX7SWQ2U.js";
import {
  codeRef,
  escapeMarkdown,
  inlineText
} from "./chunk-6C7SI267.js";
import {
  DIMENSIONS,
  LEVEL_NAMES
} from "./chunk-WMKJKISQ.js";

// src/config/render.ts
function configShapesGrade(config) {
  return !!config && (config.disabled.length > 0 || config.suppressed.length > 0 || config.notApplicable.length > 0 || config.customRules.length > 0 || config.ignore.length > 0 || !!config.file);
}
function renderConfigMarkdown(report) {
  const config = report.config;
  if (!configShapesGrade(config)) return "";
  const out = ["## Configuration", "", config.file ? `Graded with ${codeRef(config.file)}.` : "Graded with custom rules from the command line.", ""];
  if (config.notApplicable.length) {
    out.push("**Not applicable** (shown as n/a, left out of the overall level and of every target):", "");
    for (const n of config.notApplicable) out.push(`- ${n.dimension}: ${escapeMarkdown(n.reason)}`);
    out.push("");
  }
  if (config.disabled.length) {
    out.push("**Disabled rules** (reported as not applicable):", "");
    for (const d of config.disabled) out.push(`- ${codeRef(d.rule)}: ${escapeMarkdown(d.reason)}`);
    out.push("");
  }
  if (config.suppressed.length) {
    out.push("**Suppressed findings**:", "");
    for (const s of config.suppressed) out.push(`- ${codeRef(s.rule)} in ${s.paths.map(codeRef).join(", ")}: ${escapeMarkdown(s.reason)}`);
    out.push("");
  }
  if (config.customRules.length) {
    out.push("**Custom rules applied**:", "");
    for (const r of config.customRules) out.push(`- ${codeRef(r.id)}: L${r.level} ${r.dimension}, ${r.role === "required" ? "required for its level" : "an extra alternative of its level"} (${escapeMarkdown(r.source)}); ${customStatus(report, r.id)}`);
    out.push("");
  }
  if (config.ignore.length) out.push(`**Ignored paths**: ${config.ignore.map(codeRef).join(", ")}`, "");
  return out.join("\n");
}
function renderConfigText(report) {
  const config = report.config;
  if (!configShapesGrade(config)) return "";
  const out = [`Config: ${config.file ?? "(command line)"}`];
  for (const n of config.notApplicable) out.push(`  n/a       ${n.dimension}: ${n.reason}`);
  for (const d of config.disabled) out.push(`  disabled  ${d.rule}: ${d.reason}`);
  for (const s of config.suppressed) out.push(`  suppressed ${s.rule} in ${s.paths.join(", ")}: ${s.reason}`);
  for (const r of config.customRules) out.push(`  custom    ${r.id} (L${r.level} ${r.role}, ${r.source}): ${customStatus(report, r.id)}`);
  if (config.ignore.length) out.push(`  ignored   ${config.ignore.join(", ")}`);
  return out.join("\n") + "\n";
}
function customStatus(report, id) {
  const dimension = id.split(".")[0];
  const rule = report.dimensions[dimension]?.rules.find((r) => r.id === id);
  if (!rule) return "not evaluated";
  return rule.status === "met" ? "met" : rule.status === "missing" ? "missing" : "not applicable";
}

// src/report/needs.ts
function needsFor(d, target) {
  const out = [];
  const byId = (id) => d.rules.find((r) => r.id === id) ?? stub(id, d);
  for (let l = d.level + 1; l <= target; l++) {
    const level = l;
    let need;
    if (d.next?.level === level) {
      const count = d.next.alternativesNeeded;
      need = { level, required: d.next.requiredMissing.map(byId), anyOf: count > 0 ? d.next.alternativesMissing.map(byId) : [], count: count > 0 ? count : 0 };
    } else {
      const missing = d.rules.filter((r) => r.level === level && r.status === "missing");
      const anyOf = missing.filter((r) => !r.required);
      need = { level, required: missing.filter((r) => r.required), anyOf, count: anyOf.length ? void 0 : 0 };
    }
    if (need.required.length || need.anyOf.length) out.push(need);
  }
  return out;
}
function nextNeed(d) {
  return d.next && !d.notApplicable ? needsFor(d, d.next.level)[0] : void 0;
}
var COUNT_WORDS = ["", "one", "two", "three", "four", "five"];
function describeNeeds(needs, name) {
  return needs.map((n, i) => {
    const all = n.count !== void 0 && n.count >= n.anyOf.length;
    const musts = [...n.required, ...all ? n.anyOf : []].map(name);
    const parts = musts.length ? [list(musts)] : [];
    if (n.anyOf.length && !all) parts.push(`${n.count === void 0 ? "some" : `any ${COUNT_WORDS[n.count] ?? n.count}`} of ${n.anyOf.map(name).join(", ")}`);
    return `${i === 0 ? "needs" : `for L${n.level} also`} ${parts.join(" and ")}`;
  }).join("; ");
}
function rulesOf(needs) {
  return needs.flatMap((n) => [...n.required, ...n.anyOf]);
}
function heldAt(d) {
  if (!d.next || d.notApplicable) return void 0;
  const metAbove = [];
  for (let l = d.next.level + 1; l <= 4; l++) {
    const rules = d.rules.filter((r) => r.level === l && r.status !== "not_applicable");
    if (rules.length && rules.every((r) => r.status === "met" || !r.required) && rules.some((r) => r.status === "met")) metAbove.push(l);
  }
  if (!metAbove.length) return void 0;
  const need = nextNeed(d);
  return need ? { blocking: rulesOf([need]), metAbove } : void 0;
}
function list(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function measuredText(r) {
  return r.measured?.summary;
}
function stub(id, d) {
  return { id, title: id, level: d.next?.level ?? 1, status: "missing", required: false, negative: false, findings: [], hint: "" };
}

// src/report/levels-text.ts
var levelLabel = (level) => LEVEL_NAMES[level];
var shortLevel = (level) => `L${level}`;
var sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1);
var isReadingNote = (note) => note.kind === "unread-code" || note.kind === "samples-as-project";
function readingCallouts(notes) {
  return notes.filter(isReadingNote).flatMap((n) => ["> [!NOTE]", `> ${inlineText(sentence(n.message))}`, ""]);
}
function describeGap(gap) {
  const parts = [];
  if (gap.requiredMissing.length) parts.push(`needs ${gap.requiredMissing.join(", ")}`);
  if (gap.alternativesNeeded > 0) parts.push(`${gap.alternativesNeeded} more of: ${gap.alternativesMissing.join(", ")}`);
  return parts.join("; ");
}
function capOf(d) {
  if (!d.next) return { rule: void 0, more: 0 };
  const firstId = d.next.requiredMissing[0] ?? (d.next.alternativesNeeded > 0 ? d.next.alternativesMissing[0] : void 0);
  return { rule: d.rules.find((r) => r.id === firstId), more: d.next.requiredMissing.length + d.next.alternativesNeeded - 1 };
}
var NOT_SEEN_RULE = "not seen: levelgate found no evidence of this L1 headline, but the dimension's L2 evidence holds, so it is taken as there (strict gates would count it missing)";
function notSeenText(d) {
  if (!d.notSeen?.length) return void 0;
  const titles = d.notSeen.map((id) => d.rules.find((r) => r.id === id)?.title ?? id);
  return `L1 not seen: ${titles.join("; ")}; graded from its L2 evidence`;
}
var violationsOf = (rule) => rule.findings.filter((f) => f.strength === "strong");
var weakFindingNote = (rule) => rule.negative ? "does not cap the level" : "hint only";
function capReason(rule) {
  if (rule.measured) return rule.measured.summary;
  return rule.negative ? `${violationsOf(rule).length} violation(s)` : "missing";
}

// src/report/markdown.ts
var bar = (level) => "\u2588".repeat(level * 2) + "\u2591".repeat((4 - level) * 2);
function renderMarkdown(report, options = {}) {
  const out = [];
  if (options.heading !== false) out.push("# levelgate report", "");
  out.push(`**Overall: ${levelLabel(report.level)}** (the lowest dimension)`, "");
  out.push(...readingCallouts(report.notes));
  const check = options.targets ? checkTargets(report, options.targets) : void 0;
  out.push("| Dimension | Level | | Next step |", "|---|---|---|---|");
  for (const d of DIMENSIONS) out.push(dimensionRow(report.dimensions[d]));
  out.push("");
  if (check) {
    out.push(check.passed ? "\u2705 All targets met." : "\u274C Below target:", "");
    for (const f of check.failures) {
      if (f.scope === "overall") {
        out.push(`- **overall** is ${shortLevel(f.actual)}, target ${shortLevel(f.target)}`);
        continue;
      }
      const needs = needsFor(report.dimensions[f.scope], f.target);
      out.push(`- **${f.scope}** is ${shortLevel(f.actual)}, target ${shortLevel(f.target)}: ${describeNeeds(needs, (r) => codeRef(r.id))}`);
      for (const r of rulesOf(needs).slice(0, 8)) out.push(`  - ${codeRef(r.id)}: ${inlineText(r.hint)}`);
    }
    out.push("");
  }
  if (options.evidence !== false) {
    out.push("## Evidence", "");
    const custom = new Set(report.config?.customRules.map((r) => r.id) ?? []);
    for (const d of DIMENSIONS) out.push(...dimensionDetails(report.dimensions[d], custom));
  }
  if (report.notes.length) {
    out.push("<details><summary>Scan notes (" + report.notes.length + ")</summary>", "");
    for (const n of report.notes.slice(0, 50)) out.push(`- ${codeRef(n.path)}: ${escapeMarkdown(n.message)}`);
    if (report.notes.length > 50) out.push(`- \u2026 and ${report.notes.length - 50} more`);
    out.push("", "</details>", "");
  }
  out.push(`<sub>levelgate ${escapeMarkdown(report.tool.version)}, rules ${escapeMarkdown(report.tool.rulesVersion)}; ${report.stats.files} files in ${report.stats.durationMs} ms</sub>`);
  return out.join("\n") + "\n";
}
function dimensionRow(d) {
  if (d.notApplicable) return `| ${d.dimension} | n/a | | marked not applicable by configuration |`;
  const rule = explainedCap(d);
  const cap = rule ? `<br><sub>capped by ${codeRef(rule.id)}: ${escapeMarkdown(capReason(rule))}</sub>` : "";
  const unseen = notSeenText(d);
  const seen = unseen ? `<br><sub>${escapeMarkdown(unseen)}</sub>` : "";
  const next = d.next ? `L${d.next.level}: ${escapeMarkdown(nextStep(d))}${cap}${seen}` : `top level reached${seen}`;
  return `| ${d.dimension} | **${shortLevel(d.level)}** | \`${bar(d.level)}\` | ${next} |`;
}
function nextStep(d) {
  if (!d.next) return "";
  const { rule, more } = capOf(d);
  return rule ? `${rule.hint}${more > 0 ? ` (+${more} more)` : ""}` : describeGap(d.next);
}
function capLine(d) {
  const rule = explainedCap(d);
  return rule ? `capped by ${rule.id}: ${capReason(rule)}` : void 0;
}
function explainedCap(d) {
  const { rule } = capOf(d);
  return rule && (rule.measured || rule.negative) ? rule : void 0;
}
function ruleLine(r, custom) {
  const mark = r.status === "met" ? "\u2705" : r.status === "not_applicable" ? "\u2796" : r.negative ? "\u26D4" : r.notSeen ? "\u2754" : "\u274C";
  const lines = [`- ${mark} L${r.level} ${escapeMarkdown(r.title)} (${codeRef(r.id)})${custom.has(r.id) ? " \u2014 custom" : ""}${r.required ? " \u2014 required" : ""}`];
  if (r.notSeen) lines.push(`  - ${escapeMarkdown(NOT_SEEN_RULE)}`);
  if (r.none) lines.push(`  - has none: ${escapeMarkdown(r.none)}`);
  if (r.reason) lines.push(`  - ${escapeMarkdown(r.reason)}`);
  if (r.status === "missing" && !r.negative) lines.push(`  - to add: ${escapeMarkdown(r.hint)}`);
  if (r.measured && r.status !== "not_applicable") lines.push(`  - measured: ${escapeMarkdown(r.measured.summary)}`);
  for (const f of r.findings.slice(0, 5)) lines.push(`  - ${codeRef(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}${f.strength === "weak" ? ` _(${weakFindingNote(r)})_` : ""}`);
  return lines;
}
function dimensionDetails(d, custom) {
  const out = [`<details><summary><b>${d.dimension}</b>: ${escapeMarkdown(levelLabel(d.level))}</summary>`, ""];
  for (const r of [...d.rules].sort((a, b) => a.level - b.level)) out.push(...ruleLine(r, custom));
  out.push("", "</details>", "");
  return out;
}

// src/report/monorepo-markdown.ts
var DIMENSION_ABBREVIATIONS = {
  functionality: "Func",
  security: "Sec",
  performance: "Perf",
  architecture: "Arch",
  testing: "Test",
  documentation: "Docs",
  monitoring: "Mon"
};
function renderMonorepoMarkdown(result, options = {}) {
  const limit = options.limit ?? Infinity;
  let text = "";
  for (const detail of ["evidence", "rules", "none"]) {
    text = compose(result, options, detail);
    if (text.length <= limit) return text;
  }
  return text;
}
function compose(result, options, detail) {
  const { whole, packages } = result;
  const out = [];
  if (options.heading !== false) out.push("# levelgate report", "");
  const lowest = packages.length ? Math.min(...packages.map((p) => p.report.level)) : void 0;
  out.push(
    `**Whole repository: ${levelLabel(whole.level)}** \xB7 ${packages.length} package${packages.length === 1 ? "" : "s"} (found from ${result.discovery})${lowest !== void 0 ? ` \xB7 lowest package: ${shortLevel(lowest)}` : ""}`,
    ""
  );
  const check = options.targets ? checkMonorepoTargets(result, options.targets) : void 0;
  out.push(...table(result, options.targets), "");
  if (check) {
    out.push(check.passed ? "\u2705 All targets met, by the whole and by every package." : `\u274C Below target: ${summarizeFailures(check.failures)}`, "");
    const byPackage = /* @__PURE__ */ new Map();
    for (const f of check.failures) byPackage.set(f.package, [...byPackage.get(f.package) ?? [], f]);
    for (const [pkg, failures] of byPackage) {
      const parts = failures.map((f) => `${f.scope} ${shortLevel(f.actual)} < ${shortLevel(f.target)}`);
      out.push(`- ${pkg ? codeRef(pkg) : "**whole repository**"}: ${parts.join(", ")}`);
    }
    if (byPackage.size) out.push("");
  }
  const configSection = renderConfigMarkdown(whole);
  if (configSection) out.push(configSection);
  if (detail !== "none") {
    out.push("## Packages", "");
    out.push(packageDetails("whole repository", whole, options.targets, detail));
    for (const p of packages) out.push(packageDetails(packageLabel(p), p.report, options.targets, detail));
  } else {
    out.push("> [!NOTE]", "> Per-package details are left out to fit the size limit; run `levelgate --monorepo --format md` for them.", "");
  }
  out.push(`<sub>levelgate ${escapeMarkdown(whole.tool.version)}, rules ${escapeMarkdown(whole.tool.rulesVersion)}; ${whole.stats.files} files, ${packages.length} packages in ${whole.stats.durationMs} ms</sub>`);
  return out.join("\n") + "\n";
}
function table(result, targets) {
  return renderMonorepoTable(result, targets);
}
function renderMonorepoTable(result, targets, extra = []) {
  const header = ["Package", "Overall", ...DIMENSIONS.map((d) => DIMENSION_ABBREVIATIONS[d]), ...extra.map((e) => e.header)];
  const rows = [`| ${header.join(" | ")} |`, `|${header.map((_, i) => i === 0 || i > DIMENSIONS.length + 1 ? ":--" : ":-:").join("|")}|`];
  const row = (name, report, pkg) => {
    const cells = DIMENSIONS.map((d) => cell(report, d, targets));
    for (const e of extra) cells.push(e.cell(pkg));
    return `| ${name} | **${shortLevel(report.level)}** | ${cells.join(" | ")} |`;
  };
  rows.push(row("**(whole)**", result.whole, ""));
  for (const p of result.packages) rows.push(row(codeRef(p.path).replace(/\|/g, "\\|"), p.report, p.path));
  return rows;
}
function cell(report, d, targets) {
  const result = report.dimensions[d];
  if (result.notApplicable) return "n/a";
  const target = targets?.dimensions[d] ?? targets?.overall;
  return target !== void 0 && result.level < target ? `${shortLevel(result.level)} \u274C` : shortLevel(result.level);
}
function summarizeFailures(failures) {
  const packages = new Set(failures.map((f) => f.package));
  const whole = packages.delete("");
  const parts = [];
  if (whole) parts.push("the whole repository");
  if (packages.size) parts.push(`${packages.size} package${packages.size === 1 ? "" : "s"}`);
  return parts.join(" and ");
}
function packageLabel(p) {
  return p.name && p.name !== p.path ? `${p.path} (${p.name})` : p.path;
}
function packageDetails(name, report, targets, detail) {
  const body = renderMarkdown({ ...report, notes: detail === "evidence" ? report.notes : [] }, { heading: false, targets, evidence: detail === "evidence" });
  return [`<details><summary><b>${escapeMarkdown(name)}</b>: ${escapeMarkdown(levelLabel(report.level))}</summary>`, "", body.trim(), "", "</details>", ""].join("\n");
}

// src/report/monorepo-json.ts
function toJsonDocument(report) {
  return { ...toJsonReport(report), ...report.config ? { config: report.config } : {} };
}
function toMonorepoJson(result) {
  return {
    ...toJsonDocument(result.whole),
    monorepo: { discovery: result.discovery, packages: result.packages.length },
    packages: result.packages.map((p) => {
      const json = toJsonReport(p.report);
      return { path: p.path, name: p.name, ...p.manifest ? { manifest: p.manifest } : {}, level: json.level, dimensions: json.dimensions, notes: json.notes, stats: json.stats };
    })
  };
}
function renderJsonDocument(input) {
  return `${JSON.stringify("whole" in input ? toMonorepoJson(input) : toJsonDocument(input), null, 2)}
`;
}

export {
  needsFor,
  nextNeed,
  describeNeeds,
  rulesOf,
  heldAt,
  list,
  measuredText,
  levelLabel,
  shortLevel,
  isReadingNote,
  readingCallouts,
  NOT_SEEN_RULE,
  notSeenText,
  violationsOf,
  weakFindingNote,
  renderConfigMarkdown,
  renderConfigText,
  renderMarkdown,
  capLine,
  DIMENSION_ABBREVIATIONS,
  renderMonorepoMarkdown,
  renderJsonDocument
};
