import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  DIMENSIONS,
  LEVEL_NAMES
} from "./chunk-LHZ34NJR.js";

// src/targets.ts
var UsageError = class extends Error {
};
function parseTargets(specs) {
  const targets = { dimensions: {} };
  for (const spec of specs.flatMap((s) => s.split(/[\s,]+/)).filter(Boolean)) {
    const eq = spec.indexOf("=");
    if (eq === -1) {
      targets.overall = parseLevel(spec, spec);
      continue;
    }
    const name = spec.slice(0, eq).trim().toLowerCase();
    if (!DIMENSIONS.includes(name)) {
      throw new UsageError(`unknown dimension "${name}" in target "${spec}"; expected one of ${DIMENSIONS.join(", ")}`);
    }
    targets.dimensions[name] = parseLevel(spec.slice(eq + 1), spec);
  }
  return targets;
}
function parseLevel(text, spec) {
  const m = /^\s*L?([0-4])\s*$/i.exec(text);
  if (!m) throw new UsageError(`invalid target "${spec}": a level is L0 to L4 (e.g. L2 or security=L3)`);
  return Number(m[1]);
}
function checkTargets(report, targets) {
  const failures = [];
  const dimensionTarget = (d) => {
    const own = targets.dimensions[d];
    return own ?? targets.overall;
  };
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    if (result.notApplicable) continue;
    const target = dimensionTarget(d);
    if (target === void 0 || result.level >= target) continue;
    failures.push({ scope: d, actual: result.level, target, missing: missingFor(report, d, target) });
  }
  if (targets.overall !== void 0 && report.level < targets.overall && failures.length === 0) {
    failures.push({ scope: "overall", actual: report.level, target: targets.overall, missing: [] });
  }
  return { passed: failures.length === 0, failures };
}
function missingFor(report, dimension, target) {
  const result = report.dimensions[dimension];
  return result.rules.filter((r) => r.level > result.level && r.level <= target && r.status === "missing").map((r) => `${r.id}: ${r.hint}`);
}

// src/report/escape.ts
function escapeMarkdown(text) {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_{}[\]()#+\-!|~^$=:"'])/g, "\\$1").replace(/@/g, "@\u200B").replace(/https?(?=:)|javascript(?=:)|www(?=\.)/gi, (m) => `${m}\u200B`);
}
function codeRef(text) {
  const clean = text.replace(/[\r\n]+/g, " ").replace(/`/g, "'");
  return `\`${clean}\``;
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
      out.push(`- **${f.scope}** is ${shortLevel(f.actual)}, target ${shortLevel(f.target)}`);
      for (const m of f.missing.slice(0, 8)) out.push(`  - ${escapeMarkdown(m)}`);
    }
    out.push("");
  }
  if (options.evidence !== false) {
    out.push("## Evidence", "");
    for (const d of DIMENSIONS) out.push(...dimensionDetails(report.dimensions[d]));
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
  const next = d.next ? `L${d.next.level}: ${escapeMarkdown(nextStep(d))}` : "top level reached";
  return `| ${d.dimension} | **${shortLevel(d.level)}** | \`${bar(d.level)}\` | ${next} |`;
}
function nextStep(d) {
  if (!d.next) return "";
  const firstId = d.next.requiredMissing[0] ?? (d.next.alternativesNeeded > 0 ? d.next.alternativesMissing[0] : void 0);
  const rule = d.rules.find((r) => r.id === firstId);
  const more = d.next.requiredMissing.length + d.next.alternativesNeeded - 1;
  return rule ? `${rule.hint}${more > 0 ? ` (+${more} more)` : ""}` : describeGap(d.next);
}
function ruleLine(r) {
  const mark = r.status === "met" ? "\u2705" : r.status === "not_applicable" ? "\u2796" : r.negative ? "\u26D4" : "\u274C";
  const lines = [`- ${mark} L${r.level} ${escapeMarkdown(r.title)} (${codeRef(r.id)})${r.required ? " \u2014 required" : ""}`];
  if (r.reason) lines.push(`  - ${escapeMarkdown(r.reason)}`);
  if (r.status === "missing" && !r.negative) lines.push(`  - to add: ${escapeMarkdown(r.hint)}`);
  for (const f of r.findings.slice(0, 5)) lines.push(`  - ${codeRef(`${f.file}:${f.line}`)} ${escapeMarkdown(f.message)}${f.strength === "weak" ? " _(hint only)_" : ""}`);
  return lines;
}
function dimensionDetails(d) {
  const out = [`<details><summary><b>${d.dimension}</b>: ${escapeMarkdown(levelLabel(d.level))}</summary>`, ""];
  for (const r of [...d.rules].sort((a, b) => a.level - b.level)) out.push(...ruleLine(r));
  out.push("", "</details>", "");
  return out;
}

// src/report/json.ts
function toJsonReport(report) {
  const dimensions = {};
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    const rule = (r) => ({
      id: r.id,
      title: r.title,
      level: r.level,
      required: r.required,
      ...r.negative ? { negative: true } : {},
      hint: r.hint,
      ...r.reason ? { reason: r.reason } : {},
      findings: r.findings
    });
    dimensions[d] = {
      level: result.level,
      ...result.notApplicable ? { notApplicable: true } : {},
      met: result.rules.filter((r) => r.status === "met").map(rule),
      missing: result.rules.filter((r) => r.status === "missing").map(rule),
      notApplicable: result.rules.filter((r) => r.status === "not_applicable").map(rule),
      ...result.next ? { next: result.next } : {}
    };
    if (result.notApplicable) dimensions[d].dimensionNotApplicable = true;
  }
  return {
    schemaVersion: report.schemaVersion,
    tool: report.tool,
    level: report.level,
    dimensions,
    notes: report.notes,
    stats: report.stats
  };
}
function renderJson(report) {
  return `${JSON.stringify(toJsonReport(report), null, 2)}
`;
}

export {
  UsageError,
  parseTargets,
  checkTargets,
  escapeMarkdown,
  codeRef,
  levelLabel,
  shortLevel,
  renderMarkdown,
  nextStep,
  toJsonReport,
  renderJson
};
