#!/usr/bin/env node
import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunks/chunk-XTTYYLAJ.js";
import {
  grade
} from "./chunks/chunk-SJB5G6WK.js";
import "./chunks/chunk-RE4BVTBG.js";
import {
  describeNeeds,
  measuredText,
  needsFor,
  nextNeed,
  renderJsonDocument,
  rulesOf
} from "./chunks/chunk-VBOKNCLA.js";
import {
  checkMonorepoTargets
} from "./chunks/chunk-GR3EPUVJ.js";
import "./chunks/chunk-2ACJYD46.js";
import {
  DEFAULT_TIMEOUT_SECONDS,
  Deadline,
  loadConfig,
  mergeTargets,
  parseTimeoutSeconds
} from "./chunks/chunk-KJLFR6YR.js";
import "./chunks/chunk-XRICSXDT.js";
import {
  codeRef,
  escapeMarkdown,
  inertInLog,
  inlineText
} from "./chunks/chunk-37AGJV2E.js";
import {
  checkTargets,
  parseTargets,
  targetDimensions
} from "./chunks/chunk-CX7SWQ2U.js";
import {
  UsageError,
  describeError
} from "./chunks/chunk-OO2RKC3Q.js";
import {
  renderBadgeSvg,
  renderShieldsJson
} from "./chunks/chunk-XGFBM5PG.js";
import {
  renderSarif
} from "./chunks/chunk-4WOPO5HX.js";
import {
  ruleDocsUrl
} from "./chunks/chunk-HROMACVF.js";
import {
  TOOL_VERSION
} from "./chunks/chunk-XVDJ4SOE.js";
import {
  DIMENSIONS,
  LEVEL_NAMES
} from "./chunks/chunk-WMKJKISQ.js";
import "./chunks/chunk-E2OHL4ZD.js";
import "./chunks/chunk-5DGXIFSJ.js";

// src/cli.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/commands/index.ts
var COMMANDS = {
  explain: {
    summary: "explain <rule-id> [path]   what a rule counts and how to fix it; with a path, what the repository showed",
    run: async (args, io) => (await import("./chunks/explain-42Y6ALSQ.js")).explain(args, io)
  },
  init: {
    summary: "init [path] [--fork-safe]  write a levelgate workflow and a .levelgate.yml at the current levels",
    run: async (args, io) => (await import("./chunks/init-IN2SZTOH.js")).init(args, io)
  },
  fleet: {
    summary: "fleet list|grade|report    grade every repository of an organisation (see levelgate fleet --help)",
    run: async (args, io) => (await import("./chunks/fleet-5PTZQ6DY.js")).fleetCommand(args, io)
  },
  history: {
    summary: "history [path] [--since 2y] grade past commits and chart the seven levels over time",
    run: async (args, io) => (await import("./chunks/history-LMWD63ER.js")).historyCommand(args, io)
  }
};
function commandFor(argv) {
  const name = argv[0];
  return name !== void 0 && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
}

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

// src/report/levels-text.ts
var levelLabel = (level) => LEVEL_NAMES[level];
var shortLevel = (level) => `L${level}`;
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
function capReason(rule) {
  if (rule.measured) return rule.measured.summary;
  return rule.negative ? `${rule.findings.length} violation(s)` : "missing";
}

// src/report/markdown.ts
var bar = (level) => "\u2588".repeat(level * 2) + "\u2591".repeat((4 - level) * 2);
function renderMarkdown(report, options = {}) {
  const out = [];
  if (options.heading !== false) out.push("# levelgate report", "");
  out.push(`**Overall: ${levelLabel(report.level)}** (the lowest dimension)`, "");
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
  const { rule } = capOf(d);
  const cap = rule ? `<br><sub>capped by ${codeRef(rule.id)}: ${escapeMarkdown(capReason(rule))}</sub>` : "";
  const next = d.next ? `L${d.next.level}: ${escapeMarkdown(nextStep(d))}${cap}` : "top level reached";
  return `| ${d.dimension} | **${shortLevel(d.level)}** | \`${bar(d.level)}\` | ${next} |`;
}
function nextStep(d) {
  if (!d.next) return "";
  const { rule, more } = capOf(d);
  return rule ? `${rule.hint}${more > 0 ? ` (+${more} more)` : ""}` : describeGap(d.next);
}
function capLine(d) {
  const { rule } = capOf(d);
  return rule ? `capped by ${rule.id}: ${capReason(rule)}` : void 0;
}
function ruleLine(r, custom) {
  const mark = r.status === "met" ? "\u2705" : r.status === "not_applicable" ? "\u2796" : r.negative ? "\u26D4" : "\u274C";
  const lines = [`- ${mark} L${r.level} ${escapeMarkdown(r.title)} (${codeRef(r.id)})${custom.has(r.id) ? " \u2014 custom" : ""}${r.required ? " \u2014 required" : ""}`];
  if (r.reason) lines.push(`  - ${escapeMarkdown(r.reason)}`);
  if (r.status === "missing" && !r.negative) lines.push(`  - to add: ${escapeMarkdown(r.hint)}`);
  if (r.measured && r.status !== "not_applicable") lines.push(`  - measured: ${escapeMarkdown(r.measured.summary)}`);
  for (const f of r.findings.slice(0, 5)) lines.push(`  - ${codeRef(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}${f.strength === "weak" ? " _(hint only)_" : ""}`);
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

// src/report/monorepo-text.ts
function renderMonorepoText(result, options = {}) {
  const names = ["(whole)", ...result.packages.map((p) => p.path)];
  const width = Math.min(48, Math.max(...names.map((n) => n.length), "package".length));
  const fit = (s) => s.length > width ? `\u2026${s.slice(s.length - width + 1)}` : s.padEnd(width);
  const levels = (r) => DIMENSIONS.map((d) => (r.dimensions[d].notApplicable ? "n/a" : shortLevel(r.dimensions[d].level)).padEnd(5)).join("");
  const out = [
    `levelgate: ${result.whole.root} (monorepo, ${result.packages.length} packages found from ${result.discovery})`,
    `Whole repository: ${levelLabel(result.whole.level)}`,
    "",
    `  ${"package".padEnd(width)}  all  ${DIMENSIONS.map((d) => DIMENSION_ABBREVIATIONS[d].padEnd(5)).join("")}`,
    `  ${fit("(whole)")}  ${shortLevel(result.whole.level)}   ${levels(result.whole)}`
  ];
  for (const p of result.packages) out.push(`  ${fit(p.path)}  ${shortLevel(p.report.level)}   ${levels(p.report)}`);
  const violations = DIMENSIONS.flatMap((d) => result.whole.dimensions[d].rules.filter((r) => r.negative && r.status === "missing").flatMap((r) => r.findings.map((f) => `  ! ${r.id}  ${f.file}:${f.line}  ${f.message}`)));
  if (violations.length) out.push("", ...violations.slice(0, 20), ...violations.length > 20 ? [`  ! \u2026 and ${violations.length - 20} more`] : []);
  if (options.targets) {
    const check = checkMonorepoTargets(result, options.targets);
    out.push("", check.passed ? "Targets met by the whole and every package." : "Below target:");
    for (const f of check.failures.slice(0, 60)) out.push(`  ${f.package || "(whole)"}: ${f.scope} ${shortLevel(f.actual)} < ${shortLevel(f.target)}`);
    if (check.failures.length > 60) out.push(`  \u2026 and ${check.failures.length - 60} more`);
  }
  const config = renderConfigText(result.whole);
  if (config) out.push("", config.trimEnd());
  out.push("", `${result.whole.stats.files} files, ${result.packages.length} packages, ${result.whole.stats.durationMs} ms`);
  return out.join("\n") + "\n";
}

// src/report/text.ts
import { styleText } from "node:util";
function terminalStyle(stream, env = process.env) {
  const tty = stream.isTTY === true;
  let color = tty && env.TERM !== "dumb";
  if (env.NO_COLOR) color = false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") color = true;
  const width = tty && stream.columns && stream.columns >= 40 ? stream.columns : void 0;
  return { color, ...width ? { width } : {} };
}
function renderText(report, options = {}) {
  const term = options.terminal ?? { color: false };
  const paint = (style, text) => term.color ? styleText(style, text) : text;
  const out = [];
  const line = (text, indent = 0) => out.push(...wrap(text, term.width, indent));
  const check = options.targets ? checkTargets(report, options.targets) : void 0;
  if (check) {
    const target = targetText(options.targets);
    const failing = check.failures.map((f) => f.scope);
    line(check.passed ? paint(["bold", "green"], `\u2713 meets target ${target}`) : paint(["bold", "red"], `\u2717 below target ${target}: ${failing.join(", ")}`));
  }
  const lowest = DIMENSIONS.filter((d) => !report.dimensions[d].notApplicable && report.dimensions[d].level === report.level);
  line(`${paint("bold", `L${report.level} overall`)}${lowest.length && lowest.length < 7 ? ` (lowest: ${lowest.join(", ")})` : ""} \xB7 ${report.root}`);
  out.push("");
  const width = Math.max(...DIMENSIONS.map((d) => d.length));
  const failingDims = new Set(check?.failures.map((f) => f.scope));
  for (const name of DIMENSIONS) {
    const d = report.dimensions[name];
    const level = d.notApplicable ? "n/a" : `L${d.level}`;
    const bar2 = d.notApplicable ? "        " : "\u2588".repeat(d.level * 2) + "\u2591".repeat(8 - d.level * 2);
    const need = nextNeed(d);
    const next = d.notApplicable ? "not applicable (configuration)" : need ? `next L${need.level}: ${describeNeeds([need], (r) => r.id)}` : "top level";
    const mark = failingDims.has(name) ? paint("red", "\u2717") : check ? paint("green", "\u2713") : " ";
    const head = `${mark} ${name.padEnd(width)}  ${paint(failingDims.has(name) ? "red" : "bold", level.padEnd(3))}  ${bar2}  `;
    line(`${head}${paint("dim", next)}`, visibleLength(head));
    const cap = d.notApplicable ? void 0 : capLine(d);
    if (cap) line(`${" ".repeat(visibleLength(head))}${paint("dim", cap)}`, visibleLength(head));
    for (const r of d.rules.filter((r2) => r2.negative && r2.status === "missing")) {
      for (const f of r.findings.slice(0, 5)) line(paint("red", `      ! ${r.id}  ${f.file}:${f.line}  ${f.message}`), 8);
      if (r.findings.length > 5) line(`      ! \u2026 and ${r.findings.length - 5} more`, 8);
    }
    if (options.verbose) {
      for (const r of d.rules.filter((r2) => r2.status === "met" && r2.findings.length)) {
        const f = r.findings[0];
        line(`      + ${r.id}  ${f.file}:${f.line}  ${f.message}`, 8);
      }
      for (const id of d.next ? [...d.next.requiredMissing, ...d.next.alternativesNeeded > 0 ? d.next.alternativesMissing : []] : []) {
        const url = ruleDocsUrl(id, report.tool.version);
        line(`      - ${id}${url ? `  ${url}` : ""}`, 8);
      }
    }
  }
  if (check && !check.passed) {
    out.push("", paint("bold", "Below target:"));
    for (const f of check.failures) {
      if (f.scope === "overall") {
        line(`  overall: L${f.actual}, target L${f.target} (the overall level is the lowest dimension)`, 4);
        continue;
      }
      const needs = needsFor(report.dimensions[f.scope], f.target);
      line(`  ${paint("bold", f.scope)} L${f.actual} \u2192 L${f.target}: ${describeNeeds(needs, (r) => r.id)}`, 4);
      for (const r of rulesOf(needs).slice(0, 4)) {
        const measured = measuredText(r);
        line(`    - ${r.id}: ${measured ? `${measured}. ` : ""}${r.hint}`, 6);
      }
    }
  }
  if (options.verbose) out.push("", "+ met, with its first evidence; - missing for the next level. `levelgate explain <rule-id> [path]` explains a rule.");
  if (report.notes.length) out.push("", `${report.notes.length} scan note(s); see --format md or json for the list.`);
  out.push("", paint("dim", `${report.stats.files} files, ${report.stats.filesParsed} parsed, ${report.stats.durationMs} ms`));
  return out.join("\n") + "\n";
}
function targetText(targets) {
  const parts = targets.overall !== void 0 ? [`L${targets.overall}`] : [];
  for (const d of DIMENSIONS) if (targets.dimensions[d] !== void 0) parts.push(`${d} L${targets.dimensions[d]}`);
  return parts.join(", ");
}
var ANSI = /\u001b\[[0-9;]*m/g;
function visibleLength(text) {
  return [...text.replace(ANSI, "")].length;
}
function wrap(text, width, indent = 0) {
  if (!width || visibleLength(text) <= width) return [text];
  const pad = " ".repeat(Math.min(indent, Math.floor(width / 2)));
  const words = text.split(/(?<= )/);
  const lines = [];
  let current = "";
  for (const word of words) {
    if (current && visibleLength(current + word.trimEnd()) > width) {
      lines.push(current.trimEnd());
      current = pad + word.trimStart();
    } else current += word;
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}

// src/cli.ts
var USAGE = `Usage: levelgate [path] [options]
       levelgate <command> [arguments]

Grades the repository at path (default: the current directory) on seven dimensions, L0 to L4.

Commands (\`levelgate <command> --help\` for each; to grade a folder named like one, write ./init):
${Object.values(COMMANDS).map((c) => `  ${c.summary}`).join("\n")}

Options:
  -f, --format md|text|json|sarif|badge|shields
                              output format (default: text on stdout, piped too; with -o,
                              by the file's extension: .json, .sarif, .svg, .txt, else md);
                              sarif is SARIF 2.1.0 for GitHub code scanning; badge an SVG badge of
                              the overall level, shields the shields.io endpoint JSON for one
  -o, --output FILE           write the report to FILE instead of stdout
  -t, --target SPEC           fail (exit 1) below a level: "L2" overall, "security=L3" per dimension;
                              repeatable, or comma-separated; replaces the config's targets
  -c, --config FILE           read this config file instead of looking for .levelgate.yml
      --no-config             ignore any config file in the repository
      --rules PATH            add custom rules from a file or folder of rule files (repeatable);
                              unlike rule packs named in a config, PATH may be anywhere
      --allow-config-to-relax-secrets
                              let the config disable, suppress, ignore away or declare not
                              applicable the committed-secrets rule (refused by default)
  -m, --monorepo              grade each package or service side by side, plus the whole
      --no-monorepo           grade as one repository even when the config enables monorepo mode
      --timeout SECONDS       stop with an error (exit 2) naming the slowest rule and file when
                              grading takes longer (default: 300; 0: no limit)
  -v, --verbose               text format: list the evidence of each met rule, and each rule the
                              next level lacks with the link to its page
  -q, --quiet                 no progress on stderr
  -h, --help                  show this help
      --version               print the version

Exit codes: 0 targets met (or none given), 1 below a target, 2 usage error, bad config, unreadable path
or time limit reached.`;
var RENDERERS = {
  md: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  markdown: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  text: (r, o) => withSection(renderText(r, o), renderConfigText(r)),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o),
  badge: (r) => renderBadgeSvg(r.level),
  shields: (r) => renderShieldsJson(r.level)
};
var MONOREPO_RENDERERS = {
  md: (r, o) => renderMonorepoMarkdown(r, o),
  markdown: (r, o) => renderMonorepoMarkdown(r, o),
  text: (r, o) => renderMonorepoText(r, o),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o),
  badge: (r) => renderBadgeSvg(r.whole.level),
  shields: (r) => renderShieldsJson(r.whole.level)
};
var HUMAN_FORMATS = /* @__PURE__ */ new Set(["md", "markdown", "text"]);
function formatFor(output) {
  if (!output) return "text";
  const ext = output.toLowerCase().split(".").pop();
  return ext === "json" ? "json" : ext === "sarif" ? "sarif" : ext === "svg" ? "badge" : ext === "txt" || ext === "text" ? "text" : "md";
}
function withSection(report, section) {
  return section ? `${report}
${section}` : report;
}
async function main(argv, io = { stdout: process.stdout, stderr: process.stderr }) {
  const command = commandFor(argv);
  if (command) return command.run(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        target: { type: "string", short: "t", multiple: true },
        config: { type: "string", short: "c" },
        "no-config": { type: "boolean" },
        rules: { type: "string", multiple: true },
        "allow-config-to-relax-secrets": { type: "boolean" },
        monorepo: { type: "boolean", short: "m" },
        "no-monorepo": { type: "boolean" },
        timeout: { type: "string" },
        verbose: { type: "boolean", short: "v" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" }
      }
    });
  } catch (error) {
    io.stderr.write(`levelgate: ${error.message}
${USAGE.split("\n")[0]}
`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${TOOL_VERSION}
`);
    return 0;
  }
  try {
    if (positionals.length > 1) throw new UsageError(`expected one path, got ${positionals.length}`);
    if (values.config !== void 0 && values["no-config"]) throw new UsageError("--config and --no-config exclude each other");
    if (values.monorepo && values["no-monorepo"]) throw new UsageError("--monorepo and --no-monorepo exclude each other");
    const format = values.format ?? formatFor(values.output);
    if (!Object.hasOwn(RENDERERS, format)) throw new UsageError(`unknown format "${format}"; use md, text, json, sarif, badge or shields`);
    const cliTargets = values.target ? parseTargets(values.target) : void 0;
    const timeoutSeconds = values.timeout === void 0 ? DEFAULT_TIMEOUT_SECONDS : parseTimeoutSeconds(values.timeout);
    if (timeoutSeconds === void 0) throw new UsageError(`--timeout: "${values.timeout}" is not a number of seconds (0: no limit)`);
    const root = positionals[0] ?? ".";
    const deadline = timeoutSeconds ? new Deadline(timeoutSeconds, "--timeout") : void 0;
    const config = values["no-config"] ? void 0 : await loadConfig(root, values.config !== void 0 ? { file: values.config } : {});
    const targets = mergeTargets(config?.targets, cliTargets);
    const monorepo = values.monorepo || !values["no-monorepo"] && config?.monorepo?.enabled === true;
    const showProgress = !values.quiet && io.stderr.isTTY;
    const options = {
      config: config ?? false,
      // A dimension the command line targets stays graded; secrets stay visible unless the operator says otherwise.
      limits: { targetDimensions: targetDimensions(cliTargets), allowConfigToRelaxSecrets: values["allow-config-to-relax-secrets"] === true },
      ...values.rules ? { rulePacks: values.rules } : {},
      ...deadline ? { deadline } : {},
      onProgress: showProgress ? (m) => io.stderr.write(`\rlevelgate: ${m}\u2026\x1B[K`) : void 0
    };
    let output;
    let failures = [];
    if (monorepo) {
      const result = await gradeMonorepo(root, options);
      output = MONOREPO_RENDERERS[format](result, { targets });
      if (targets) failures = checkMonorepoTargets(result, targets).failures.map((f) => `${f.package ? `${f.package}: ` : ""}${f.scope} is L${f.actual}, below target L${f.target}`);
    } else {
      const report = await grade(root, options);
      const terminal = values.output ? { color: false } : terminalStyle(io.stdout);
      output = RENDERERS[format](report, { targets, verbose: values.verbose, terminal });
      if (targets) failures = checkTargets(report, targets).failures.map((f) => `${f.scope} is L${f.actual}, below target L${f.target}`);
    }
    if (showProgress) io.stderr.write("\r\x1B[K");
    if (values.output) await writeFile(values.output, output);
    else io.stdout.write(HUMAN_FORMATS.has(format) ? inertInLog(output) : output);
    if (!targets) return 0;
    if (failures.length && (values.output || !HUMAN_FORMATS.has(format))) {
      for (const f of failures.slice(0, 50)) io.stderr.write(inertInLog(`levelgate: ${f}
`));
    }
    return failures.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`levelgate: ${error.message}
`);
      return 2;
    }
    const { message, exitCode } = describeError(error);
    io.stderr.write(`levelgate: ${message}
`);
    return exitCode;
  }
}
var invokedDirectly = process.argv[1] && /(^|[\\/])(cli\.(js|ts)|levelgate)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
export {
  MONOREPO_RENDERERS,
  RENDERERS,
  main
};
