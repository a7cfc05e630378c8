#!/usr/bin/env node
import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunks/chunk-NM3WN37S.js";
import {
  DIMENSION_ABBREVIATIONS,
  levelLabel,
  nextStep,
  renderConfigMarkdown,
  renderConfigText,
  renderJsonDocument,
  renderMarkdown,
  renderMonorepoMarkdown,
  shortLevel
} from "./chunks/chunk-IAJIIAXW.js";
import {
  checkMonorepoTargets
} from "./chunks/chunk-YZ2KQPNH.js";
import {
  inertInLog
} from "./chunks/chunk-YHONIGUT.js";
import {
  TOOL_VERSION,
  grade
} from "./chunks/chunk-I3RFZUXP.js";
import {
  loadConfig,
  mergeTargets
} from "./chunks/chunk-VGJGXL5Q.js";
import {
  checkTargets,
  parseTargets,
  targetDimensions
} from "./chunks/chunk-GXQULZQC.js";
import "./chunks/chunk-QRTEQ4SU.js";
import "./chunks/chunk-XRICSXDT.js";
import {
  UsageError,
  describeError
} from "./chunks/chunk-OO2RKC3Q.js";
import {
  DIMENSIONS
} from "./chunks/chunk-AOC5QLPB.js";
import "./chunks/chunk-E2OHL4ZD.js";
import "./chunks/chunk-5DGXIFSJ.js";

// src/cli.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/report/monorepo-text.ts
function renderMonorepoText(result2, options = {}) {
  const names = ["(whole)", ...result2.packages.map((p) => p.path)];
  const width = Math.min(48, Math.max(...names.map((n) => n.length), "package".length));
  const fit = (s) => s.length > width ? `\u2026${s.slice(s.length - width + 1)}` : s.padEnd(width);
  const levels = (r) => DIMENSIONS.map((d) => (r.dimensions[d].notApplicable ? "n/a" : shortLevel(r.dimensions[d].level)).padEnd(5)).join("");
  const out = [
    `levelgate: ${result2.whole.root} (monorepo, ${result2.packages.length} packages found from ${result2.discovery})`,
    `Whole repository: ${levelLabel(result2.whole.level)}`,
    "",
    `  ${"package".padEnd(width)}  all  ${DIMENSIONS.map((d) => DIMENSION_ABBREVIATIONS[d].padEnd(5)).join("")}`,
    `  ${fit("(whole)")}  ${shortLevel(result2.whole.level)}   ${levels(result2.whole)}`
  ];
  for (const p of result2.packages) out.push(`  ${fit(p.path)}  ${shortLevel(p.report.level)}   ${levels(p.report)}`);
  if (options.targets) {
    const check = checkMonorepoTargets(result2, options.targets);
    out.push("", check.passed ? "Targets met by the whole and every package." : "Below target:");
    for (const f of check.failures.slice(0, 60)) out.push(`  ${f.package || "(whole)"}: ${f.scope} ${shortLevel(f.actual)} < ${shortLevel(f.target)}`);
    if (check.failures.length > 60) out.push(`  \u2026 and ${check.failures.length - 60} more`);
  }
  const config = renderConfigText(result2.whole);
  if (config) out.push("", config.trimEnd());
  out.push("", `${result2.whole.stats.files} files, ${result2.packages.length} packages, ${result2.whole.stats.durationMs} ms`);
  return out.join("\n") + "\n";
}

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
      rules.push(sarifRule(r, dimension));
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
        const text = `${dimension} is L${d.level}${scopeName}, ${why}: missing ${r.title} (L${r.level}, ${role}). ${r.hint}`;
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
function sarifRule(r, dimension) {
  return {
    id: r.id,
    name: r.id.split(/[.-]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: r.title },
    fullDescription: { text: `${r.title} (${dimension}, level ${r.level}${r.required ? ", required" : ""}).` },
    help: { text: r.hint, markdown: r.hint },
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

// src/report/text.ts
function renderText(report, options = {}) {
  const out = [`levelgate: ${report.root}`, `Overall: ${levelLabel(report.level)}`, ""];
  const width = Math.max(...DIMENSIONS.map((d) => d.length));
  for (const name of DIMENSIONS) {
    const d = report.dimensions[name];
    const level = d.notApplicable ? "n/a" : shortLevel(d.level);
    const bar = d.notApplicable ? "" : "#".repeat(d.level * 2).padEnd(8, ".");
    const next = d.notApplicable ? "not applicable (configuration)" : d.next ? `next L${d.next.level}: ${nextStep(d)}` : "top level";
    out.push(`  ${name.padEnd(width)}  ${level}  ${bar}  ${next}`);
    if (options.verbose) {
      for (const r of d.rules.filter((r2) => r2.status === "met" && r2.findings.length)) {
        const f = r.findings[0];
        out.push(`      + ${r.id}  ${f.file}:${f.line}  ${f.message}`);
      }
    }
  }
  if (options.targets) {
    const check = checkTargets(report, options.targets);
    out.push("", check.passed ? "Targets met." : "Below target:");
    for (const f of check.failures) {
      out.push(`  ${f.scope}: ${shortLevel(f.actual)} < ${shortLevel(f.target)}`);
      for (const m of f.missing.slice(0, 5)) out.push(`    - ${m}`);
    }
  }
  if (report.notes.length) out.push("", `${report.notes.length} scan note(s); see --format md or json for the list.`);
  out.push("", `${report.stats.files} files, ${report.stats.filesParsed} parsed, ${report.stats.durationMs} ms`);
  return out.join("\n") + "\n";
}

// src/cli.ts
var USAGE = `Usage: levelgate [path] [options]

Grades the repository at path (default: the current directory) on seven dimensions, L0 to L4.

Options:
  -f, --format md|text|json|sarif
                              output format (default: text on a terminal, md otherwise);
                              sarif is SARIF 2.1.0 for GitHub code scanning
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
  -v, --verbose               text format: list the evidence of each met rule
  -q, --quiet                 no progress on stderr
  -h, --help                  show this help
      --version               print the version

Exit codes: 0 targets met (or none given), 1 below a target, 2 usage error, bad config or unreadable path.`;
var RENDERERS = {
  md: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  markdown: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  text: (r, o) => withSection(renderText(r, o), renderConfigText(r)),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o)
};
var MONOREPO_RENDERERS = {
  md: (r, o) => renderMonorepoMarkdown(r, o),
  markdown: (r, o) => renderMonorepoMarkdown(r, o),
  text: (r, o) => renderMonorepoText(r, o),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o)
};
function withSection(report, section) {
  return section ? `${report}
${section}` : report;
}
async function main(argv, io = { stdout: process.stdout, stderr: process.stderr }) {
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
    const format = values.format ?? (io.stdout.isTTY && !values.output ? "text" : "md");
    if (!Object.hasOwn(RENDERERS, format)) throw new UsageError(`unknown format "${format}"; use md, text, json or sarif`);
    const cliTargets = values.target ? parseTargets(values.target) : void 0;
    const root = positionals[0] ?? ".";
    const config = values["no-config"] ? void 0 : await loadConfig(root, values.config !== void 0 ? { file: values.config } : {});
    const targets = mergeTargets(config?.targets, cliTargets);
    const monorepo = values.monorepo || !values["no-monorepo"] && config?.monorepo?.enabled === true;
    const showProgress = !values.quiet && io.stderr.isTTY;
    const options = {
      config: config ?? false,
      // A dimension the command line targets stays graded; secrets stay visible unless the operator says otherwise.
      limits: { targetDimensions: targetDimensions(cliTargets), allowConfigToRelaxSecrets: values["allow-config-to-relax-secrets"] === true },
      ...values.rules ? { rulePacks: values.rules } : {},
      onProgress: showProgress ? (m) => io.stderr.write(`\rlevelgate: ${m}\u2026\x1B[K`) : void 0
    };
    let output;
    let failures = [];
    if (monorepo) {
      const result2 = await gradeMonorepo(root, options);
      output = MONOREPO_RENDERERS[format](result2, { targets });
      if (targets) failures = checkMonorepoTargets(result2, targets).failures.map((f) => `${f.package ? `${f.package}: ` : ""}${f.scope} is L${f.actual}, below target L${f.target}`);
    } else {
      const report = await grade(root, options);
      output = RENDERERS[format](report, { targets, verbose: values.verbose });
      if (targets) failures = checkTargets(report, targets).failures.map((f) => `${f.scope} is L${f.actual}, below target L${f.target}`);
    }
    if (showProgress) io.stderr.write("\r\x1B[K");
    if (values.output) await writeFile(values.output, output);
    else io.stdout.write(format === "json" || format === "sarif" ? output : inertInLog(output));
    if (!targets) return 0;
    if (failures.length && (values.output || format === "json" || format === "sarif")) {
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
