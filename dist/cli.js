#!/usr/bin/env node
import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  UsageError,
  checkTargets,
  codeRef,
  escapeMarkdown,
  levelLabel,
  nextStep,
  parseTargets,
  renderMarkdown,
  shortLevel,
  toJsonReport
} from "./chunks/chunk-I2C42A7L.js";
import {
  TOOL_VERSION,
  ciSystemOf,
  collectEvidence,
  grade,
  listRepository,
  loadConfig,
  mergeTargets,
  parse,
  parseFilterFor,
  planGrading,
  require_dist,
  require_picomatch,
  scoreEvidence
} from "./chunks/chunk-D2G26PH2.js";
import {
  DIMENSIONS,
  __toESM,
  describeError
} from "./chunks/chunk-LHZ34NJR.js";

// src/cli.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

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

// src/monorepo/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var import_yaml = __toESM(require_dist(), 1);
var MANIFESTS = ["package.json", "go.mod", "Cargo.toml", "pyproject.toml", "setup.py", "pom.xml", "build.gradle.kts", "build.gradle", "Gemfile", "composer.json", "deno.json", "mix.exs"];
var MANIFEST_PATTERN = /(^|\/)([^/]+\.csproj|[^/]+\.fsproj|Dockerfile)$/;
var NOT_PACKAGES = /(^|\/)(tests?|__tests__|spec|fixtures?|testdata|test-data|examples?|samples?|demos?|docs|vendor|third_party|third-party|node_modules|templates?|scripts)(\/|$)/;
function discoverPackages(files, text, options = {}) {
  const manifestOf = manifestsByFolder(files);
  const excluded = options.exclude?.length ? (0, import_picomatch.default)(options.exclude, { dot: true }) : () => false;
  const info = (dir) => {
    const manifest = manifestOf.get(dir);
    return { path: dir, name: manifest && nameFrom(manifest, text(manifest)) || dir, ...manifest ? { manifest } : {} };
  };
  if (options.packages?.length) {
    const wanted = (0, import_picomatch.default)(options.packages, { dot: true });
    const dirs = foldersOf(files).filter((d) => d !== "" && wanted(d) && !excluded(d));
    return { packages: dirs.map(info), source: "config" };
  }
  const declared = workspaceGlobs(files, text);
  if (declared.length) {
    const include = declared.filter((g) => !g.startsWith("!")).map(normalizeGlob);
    const exclude = declared.filter((g) => g.startsWith("!")).map((g) => normalizeGlob(g.slice(1)));
    const isMember = (0, import_picomatch.default)(include, { dot: true, ignore: exclude });
    const members = [...manifestOf.keys()].filter((d) => d !== "" && isMember(d) && !excluded(d));
    const services = [...manifestOf.entries()].filter(([d, m]) => d !== "" && /Dockerfile$/.test(m) && !NOT_PACKAGES.test(d) && !excluded(d) && !members.some((p) => within(d, p))).map(([d]) => d);
    return { packages: outermost([...members, ...services]).map(info), source: "workspaces" };
  }
  const candidates = [...manifestOf.keys()].filter((d) => d !== "" && !NOT_PACKAGES.test(d) && !excluded(d));
  return { packages: outermost(candidates).map(info), source: "manifests" };
}
function manifestsByFolder(files) {
  const out = /* @__PURE__ */ new Map();
  const rank = (file) => {
    const base = file.slice(file.lastIndexOf("/") + 1);
    const i = MANIFESTS.indexOf(base);
    return i >= 0 ? i : /Dockerfile$/.test(base) ? MANIFESTS.length + 1 : MANIFESTS.length;
  };
  for (const file of files) {
    const base = file.slice(file.lastIndexOf("/") + 1);
    if (!MANIFESTS.includes(base) && !MANIFEST_PATTERN.test(file)) continue;
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    const current = out.get(dir);
    if (!current || rank(file) < rank(current)) out.set(dir, file);
  }
  return out;
}
function foldersOf(files) {
  const dirs = /* @__PURE__ */ new Set();
  for (const file of files) {
    let i = file.lastIndexOf("/");
    while (i > 0) {
      const dir = file.slice(0, i);
      if (dirs.has(dir)) break;
      dirs.add(dir);
      i = dir.lastIndexOf("/");
    }
  }
  return [...dirs].sort();
}
function workspaceGlobs(files, text) {
  const has = new Set(files);
  const globs = [];
  const safely = (fn) => {
    try {
      fn();
    } catch {
    }
  };
  if (has.has("package.json")) {
    safely(() => {
      const ws = JSON.parse(text("package.json") ?? "{}").workspaces;
      const list = Array.isArray(ws) ? ws : Array.isArray(ws?.packages) ? ws.packages : [];
      globs.push(...list.filter((g) => typeof g === "string"));
    });
  }
  for (const name of ["pnpm-workspace.yaml", "pnpm-workspace.yml"]) {
    if (has.has(name)) safely(() => globs.push(...((0, import_yaml.parse)(text(name) ?? "")?.packages ?? []).filter((g) => typeof g === "string")));
  }
  if (has.has("lerna.json")) safely(() => globs.push(...(JSON.parse(text("lerna.json") ?? "{}").packages ?? []).filter((g) => typeof g === "string")));
  if (has.has("go.work")) globs.push(...goWorkUses(text("go.work") ?? ""));
  if (has.has("Cargo.toml")) {
    safely(() => {
      const members = parse(text("Cargo.toml") ?? "").workspace?.members ?? [];
      globs.push(...members.filter((g) => typeof g === "string"));
    });
  }
  return globs.map((g) => g.startsWith("!") ? `!${normalizeGlob(g.slice(1))}` : normalizeGlob(g)).filter((g) => g !== "" && g !== ".");
}
function goWorkUses(text) {
  const out = [];
  const code = text.replace(/\/\/.*$/gm, "");
  for (const m of code.matchAll(/^\s*use\s*\(([^)]*)\)/gm)) out.push(...m[1].split(/\s+/).filter(Boolean));
  for (const m of code.matchAll(/^\s*use\s+([^\s(]+)/gm)) out.push(m[1]);
  return out.map((p) => p.replace(/^"|"$/g, ""));
}
function normalizeGlob(glob) {
  return glob.trim().replace(/^\.\//, "").replace(/\/+$/, "").replace(/\/\*\*$/, "/*");
}
function within(dir, parent) {
  return dir === parent || dir.startsWith(`${parent}/`);
}
function outermost(dirs) {
  const sorted = [...new Set(dirs)].sort();
  const out = [];
  for (const dir of sorted) if (!out.some((p) => within(dir, p))) out.push(dir);
  return out;
}
function nameFrom(manifest, content) {
  if (content === void 0) return void 0;
  const base = manifest.slice(manifest.lastIndexOf("/") + 1);
  try {
    if (base === "package.json" || base === "composer.json" || base === "deno.json") {
      const name = JSON.parse(content).name;
      return typeof name === "string" && name ? name : void 0;
    }
    if (base === "go.mod") return /^module\s+(\S+)/m.exec(content)?.[1];
    if (base === "Cargo.toml") return parse(content).package?.name;
    if (base === "pyproject.toml") {
      const data = parse(content);
      return data.project?.name ?? data.tool?.poetry?.name;
    }
    if (base === "pom.xml") return /<artifactId>([^<]+)<\/artifactId>/.exec(content.replace(/<parent>[\s\S]*?<\/parent>/, ""))?.[1];
  } catch {
    return void 0;
  }
  return void 0;
}

// src/monorepo/restrict.ts
var SHARED_AT_ROOT = /^(tsconfig[\w.-]*\.json|eslint\.config\.[cm]?[jt]s|\.eslintrc[\w.]*|biome\.jsonc?|\.golangci\.ya?ml|ruff\.toml|\.ruff\.toml|mypy\.ini|\.editorconfig|\.pre-commit-config\.ya?ml|renovate\.json5?|\.renovaterc(\.json)?|SECURITY\.md|CODEOWNERS|\.gitignore)$/;
function isSharedFile(file) {
  if (file.startsWith(".github/")) return true;
  const atRoot = !file.includes("/");
  if (ciSystemOf(file) !== void 0) return atRoot || file.startsWith(".");
  return atRoot && SHARED_AT_ROOT.test(file);
}
function restrictEvidence(evidence, dir) {
  const prefix = `${dir}/`;
  const toView = /* @__PURE__ */ new Map();
  const toRepo = /* @__PURE__ */ new Map();
  for (const file of evidence.files) {
    if (isSharedFile(file)) {
      toView.set(file, file);
      toRepo.set(file, file);
    }
  }
  for (const file of evidence.files) {
    if (!file.startsWith(prefix)) continue;
    const view = file.slice(prefix.length);
    const shadowed = toRepo.get(view);
    if (shadowed !== void 0 && shadowed !== file) toView.delete(shadowed);
    toView.set(file, view);
    toRepo.set(view, file);
  }
  const files = [...toRepo.keys()].sort();
  const mapFile = (items) => {
    const out = [];
    for (const item of items) {
      const view = toView.get(item.file);
      if (view !== void 0) out.push(view === item.file ? item : { ...item, file: view });
    }
    return out;
  };
  const real = (file) => toRepo.get(file) ?? file;
  const restricted = {
    root: `${evidence.root}/${dir}`,
    files,
    fileSet: new Set(files),
    text: (file) => toRepo.has(file) ? evidence.text(real(file)) : void 0,
    code: (file) => toRepo.has(file) ? evidence.code(real(file)) : void 0,
    sourceFiles: evidence.sourceFiles.filter((f) => toView.has(f)).map((f) => toView.get(f)),
    dependencies: mapFile(evidence.dependencies),
    packageJsons: mapFile(evidence.packageJsons),
    imports: mapFile(evidence.imports),
    calls: mapFile(evidence.calls),
    decorators: mapFile(evidence.decorators),
    ci: mapFile(evidence.ci),
    notes: evidence.notes.filter((n) => n.path.startsWith(prefix)),
    stats: {
      filesRead: files.filter((f) => evidence.text(real(f)) !== void 0).length,
      filesParsed: new Set(mapFile(evidence.calls).map((c) => c.file)).size
    }
  };
  return { evidence: restricted, toRepoPath: real };
}

// src/monorepo/targets.ts
function checkMonorepoTargets(result2, targets) {
  const failures = [];
  for (const f of checkTargets(result2.whole, targets).failures) failures.push({ ...f, package: "" });
  for (const p of result2.packages) for (const f of checkTargets(p.report, targets).failures) failures.push({ ...f, package: p.path });
  return { passed: failures.length === 0, failures };
}

// src/monorepo/grade.ts
async function gradeMonorepo(root, options = {}) {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {
  });
  const plan = await planGrading(root, options);
  progress("listing files");
  const inventory = await listRepository(root, { ignore: plan.ignore });
  progress(`reading ${inventory.files.length} files`);
  const evidence = await collectEvidence(inventory, { parseFilter: parseFilterFor(plan.catalog) });
  const discovery = discoverPackages(inventory.files, evidence.text, {
    packages: options.packages ?? plan.config?.monorepo?.packages,
    exclude: options.exclude ?? plan.config?.monorepo?.exclude
  });
  progress(`evaluating rules for the whole and ${discovery.packages.length} packages`);
  const wholeReport = scoreEvidence(evidence, plan);
  const packages = [];
  for (const info of discovery.packages) {
    const packageStarted = performance.now();
    const view = restrictEvidence(evidence, info.path);
    const report = scoreEvidence(view.evidence, packagePlan(plan, view.toRepoPath));
    packages.push({ ...info, report: withRepoPaths(report, view.toRepoPath, performance.now() - packageStarted) });
  }
  const whole = {
    ...wholeReport,
    stats: { files: inventory.files.length, filesRead: evidence.stats.filesRead, filesParsed: evidence.stats.filesParsed, durationMs: Math.round(performance.now() - started) }
  };
  return { whole, packages, discovery: discovery.source };
}
function packagePlan(plan, toRepoPath) {
  return {
    ...plan,
    overrides: {
      ...plan.overrides,
      suppressed: plan.overrides.suppressed?.map((s) => ({ ...s, matches: (file) => s.matches(toRepoPath(file)) }))
    }
  };
}
function withRepoPaths(report, toRepoPath, durationMs) {
  const dimensions = { ...report.dimensions };
  for (const d of DIMENSIONS) {
    const result2 = report.dimensions[d];
    dimensions[d] = { ...result2, rules: result2.rules.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, file: toRepoPath(f.file) })) })) };
  }
  return { ...report, dimensions, stats: { ...report.stats, durationMs: Math.round(durationMs) } };
}

// src/report/monorepo-json.ts
function toJsonDocument(report) {
  return { ...toJsonReport(report), ...report.config ? { config: report.config } : {} };
}
function toMonorepoJson(result2) {
  return {
    ...toJsonDocument(result2.whole),
    monorepo: { discovery: result2.discovery, packages: result2.packages.length },
    packages: result2.packages.map((p) => {
      const json = toJsonReport(p.report);
      return { path: p.path, name: p.name, ...p.manifest ? { manifest: p.manifest } : {}, level: json.level, dimensions: json.dimensions, notes: json.notes, stats: json.stats };
    })
  };
}
function renderJsonDocument(input) {
  return `${JSON.stringify("whole" in input ? toMonorepoJson(input) : toJsonDocument(input), null, 2)}
`;
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
function renderMonorepoMarkdown(result2, options = {}) {
  const limit = options.limit ?? Infinity;
  let text = "";
  for (const detail of ["evidence", "rules", "none"]) {
    text = compose(result2, options, detail);
    if (text.length <= limit) return text;
  }
  return text;
}
function compose(result2, options, detail) {
  const { whole, packages } = result2;
  const out = [];
  if (options.heading !== false) out.push("# levelgate report", "");
  const lowest = packages.length ? Math.min(...packages.map((p) => p.report.level)) : void 0;
  out.push(
    `**Whole repository: ${levelLabel(whole.level)}** \xB7 ${packages.length} package${packages.length === 1 ? "" : "s"} (found from ${result2.discovery})${lowest !== void 0 ? ` \xB7 lowest package: ${shortLevel(lowest)}` : ""}`,
    ""
  );
  const check = options.targets ? checkMonorepoTargets(result2, options.targets) : void 0;
  out.push(...table(result2, options.targets), "");
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
function table(result2, targets) {
  return renderMonorepoTable(result2, targets);
}
function renderMonorepoTable(result2, targets, extra) {
  const header = ["Package", "Overall", ...DIMENSIONS.map((d) => DIMENSION_ABBREVIATIONS[d]), ...extra ? [extra.header] : []];
  const rows = [`| ${header.join(" | ")} |`, `|${header.map((_, i) => i === 0 || i === 9 ? ":--" : ":-:").join("|")}|`];
  const row = (name, report, pkg) => {
    const cells = DIMENSIONS.map((d) => cell(report, d, targets));
    if (extra) cells.push(extra.cell(pkg));
    return `| ${name} | **${shortLevel(report.level)}** | ${cells.join(" | ")} |`;
  };
  rows.push(row("**(whole)**", result2.whole, ""));
  for (const p of result2.packages) rows.push(row(codeRef(p.path), p.report, p.path));
  return rows;
}
function cell(report, d, targets) {
  const result2 = report.dimensions[d];
  if (result2.notApplicable) return "n/a";
  const target = targets?.dimensions[d] ?? targets?.overall;
  return target !== void 0 && result2.level < target ? `${shortLevel(result2.level)} \u274C` : shortLevel(result2.level);
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
    if (!RENDERERS[format]) throw new UsageError(`unknown format "${format}"; use md, text, json or sarif`);
    const cliTargets = values.target ? parseTargets(values.target) : void 0;
    const root = positionals[0] ?? ".";
    const config = values["no-config"] ? void 0 : await loadConfig(root, values.config !== void 0 ? { file: values.config } : {});
    const targets = mergeTargets(config?.targets, cliTargets);
    const monorepo = values.monorepo || !values["no-monorepo"] && config?.monorepo?.enabled === true;
    const showProgress = !values.quiet && io.stderr.isTTY;
    const options = {
      config: config ?? false,
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
    else io.stdout.write(output);
    if (!targets) return 0;
    if (failures.length && (values.output || format === "json" || format === "sarif")) {
      for (const f of failures.slice(0, 50)) io.stderr.write(`levelgate: ${f}
`);
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
