import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  ruleDocsUrl
} from "./chunk-EKQ2MEFR.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";

// src/report/json.ts
function toJsonReport(report) {
  const dimensions = {};
  for (const d of DIMENSIONS) {
    const result = report.dimensions[d];
    const rule = (r) => ({
      id: r.id,
      ...docsUrlOf(r.id, report.tool.version),
      title: r.title,
      level: r.level,
      required: r.required,
      ...r.negative ? { negative: true } : {},
      hint: r.hint,
      ...r.reason ? { reason: r.reason } : {},
      ...r.measured ? { measured: r.measured } : {},
      ...r.notSeen ? { notSeen: true } : {},
      ...r.none ? { none: r.none } : {},
      findings: r.findings
    });
    dimensions[d] = {
      level: result.level,
      ...result.notApplicable ? { notApplicable: true } : {},
      met: result.rules.filter((r) => r.status === "met").map(rule),
      missing: result.rules.filter((r) => r.status === "missing").map(rule),
      notApplicable: result.rules.filter((r) => r.status === "not_applicable").map(rule),
      ...result.next ? { next: result.next } : {},
      ...result.notSeen?.length ? { notSeen: result.notSeen } : {}
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
function docsUrlOf(id, version) {
  const docsUrl = ruleDocsUrl(id, version);
  return docsUrl ? { docsUrl } : {};
}
function renderJson(report) {
  return `${JSON.stringify(toJsonReport(report), null, 2)}
`;
}

export {
  toJsonReport,
  renderJson
};
