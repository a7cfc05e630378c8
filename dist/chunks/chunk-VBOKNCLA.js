import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  toJsonReport
} from "./chunk-2ACJYD46.js";

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

export {
  needsFor,
  nextNeed,
  describeNeeds,
  rulesOf,
  heldAt,
  list,
  measuredText,
  renderJsonDocument
};
