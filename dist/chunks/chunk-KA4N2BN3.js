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

// src/report/sarif.ts
import { createHash } from "node:crypto";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
function toSarif(input, options = {}) {
  const scopes = "whole" in input ? [{ path: "", report: input.whole }, ...input.packages.map((p) => ({ path: p.path, report: p.report, manifest: p.manifest }))] : [{ path: "", report: input }];
  const head = "whole" in input ? input.whole : input;
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const results = [];
  const ruleFor = (r, dimension) => {
    let index = ruleIndex.get(r.id);
    if (index === void 0) {
      index = rules.length;
      ruleIndex.set(r.id, index);
      rules.push(sarifRule(r, dimension, head.tool.version));
    }
    return index;
  };
  for (const scope of scopes) {
    const fallback = relevantFile(scope.report, scope.path, "manifest" in scope ? scope.manifest : void 0);
    for (const dimension of DIMENSIONS) {
      const d = scope.report.dimensions[dimension];
      if (d.notApplicable) continue;
      const target = options.targets ? options.targets.dimensions[dimension] ?? options.targets.overall : void 0;
      const failing = target !== void 0 && d.level < target;
      const wanted = failing ? target : Math.min(4, d.level + 1);
      for (const r of d.rules) {
        if (r.status !== "missing") continue;
        if (r.negative) {
          for (const f of r.findings.filter((x) => x.strength === "strong")) {
            results.push(result(r, ruleFor(r, dimension), "error", `${r.title}: ${f.message}. ${r.hint}`, f.file, f.line, scope.path, d.level, wanted));
          }
          continue;
        }
        if (r.level <= d.level || r.level > wanted) continue;
        const level = failing ? r.required ? "error" : "warning" : target === void 0 ? r.required ? "warning" : "note" : "note";
        const where = r.findings.find((f) => f.strength === "weak") ?? { file: fallback, line: 1 };
        const why = failing ? `below its target L${target}` : `next level L${wanted}`;
        const role = r.required ? "required" : `one of the alternatives (${d.next && d.next.level === r.level ? `${d.next.alternativesNeeded} more needed` : "several needed"})`;
        const scopeName = scope.path ? ` in ${scope.path}` : "";
        const measured = r.measured ? ` Measured: ${r.measured.summary}.` : "";
        const text = `${dimension} is L${d.level}${scopeName}, ${why}: missing ${r.title} (L${r.level}, ${role}).${measured} ${r.hint}`;
        results.push(result(r, ruleFor(r, dimension), level, text, where.file, where.line, scope.path, d.level, wanted));
      }
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "levelgate",
            version: head.tool.version,
            semanticVersion: head.tool.version,
            rules,
            properties: { rulesVersion: head.tool.rulesVersion }
          }
        },
        automationDetails: { id: "levelgate/" },
        results,
        properties: { level: head.level, rulesVersion: head.tool.rulesVersion, ..."whole" in input ? { packages: input.packages.length } : {} }
      }
    ]
  };
}
function renderSarif(input, options = {}) {
  return `${JSON.stringify(toSarif(input, options), null, 2)}
`;
}
function sarifRule(r, dimension, version) {
  const helpUri = ruleDocsUrl(r.id, version);
  return {
    id: r.id,
    name: r.id.split(/[.-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: r.title },
    fullDescription: { text: `${r.title} (${dimension}, level ${r.level}${r.required ? ", required" : ""}).` },
    help: { text: r.hint, markdown: helpUri ? `${r.hint}

[What counts, what never counts, how to fix it](${helpUri})` : r.hint },
    ...helpUri ? { helpUri } : {},
    defaultConfiguration: { level: r.negative || r.required ? "error" : "warning" },
    properties: { tags: ["levelgate", dimension, `L${r.level}`], dimension, level: r.level, required: r.required, precision: "high" }
  };
}
function result(r, index, level, text, file, line, scope, current, wanted) {
  const fingerprint = createHash("sha256").update(`${scope}\0${r.id}\0${r.negative ? `${file}:${line}` : ""}`).digest("hex").slice(0, 32);
  return {
    ruleId: r.id,
    ruleIndex: index,
    level,
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeUri(file) }, region: { startLine: Math.max(1, line) } } }],
    partialFingerprints: { "levelgateRule/v1": fingerprint },
    properties: { dimension: r.id.split(".")[0], ...scope ? { package: scope } : {}, currentLevel: current, wantedLevel: wanted }
  };
}
var MANIFEST = /(^|\/)(package\.json|go\.mod|Cargo\.toml|pyproject\.toml|setup\.py|pom\.xml|build\.gradle(\.kts)?|Gemfile|composer\.json|[^/]+\.csproj|requirements\.txt|Dockerfile)$/;
function relevantFile(report, scope, manifest) {
  if (manifest) return manifest;
  const prefix = scope ? `${scope}/` : "";
  const cited = DIMENSIONS.flatMap((d) => report.dimensions[d].rules.flatMap((r) => r.findings.map((f) => f.file))).filter((f) => f.startsWith(prefix));
  const depth = (f) => f.split("/").length;
  const byDepth = [...new Set(cited)].sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  return byDepth.find((f) => MANIFEST.test(f)) ?? byDepth.find((f) => /(^|\/)README[^/]*$/i.test(f)) ?? byDepth[0] ?? report.config?.file ?? `${prefix}README.md`;
}
function encodeUri(file) {
  return file.split("/").map(encodeURIComponent).join("/");
}

export {
  SARIF_SCHEMA,
  toSarif,
  renderSarif
};
