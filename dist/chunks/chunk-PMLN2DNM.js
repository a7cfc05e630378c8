import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  forReport,
  gatherEvidence,
  planGrading,
  scoreEvidence,
  scoringPlan,
  viewEvidence
} from "./chunk-D4UWMUA5.js";
import {
  parse
} from "./chunk-DLI75OZB.js";
import {
  ciSystemOf,
  require_picomatch
} from "./chunk-4IOWKBMJ.js";
import {
  require_dist
} from "./chunk-XRICSXDT.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import {
  __toESM
} from "./chunk-5DGXIFSJ.js";

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
  const addGlobs = (list) => {
    if (Array.isArray(list)) {
      for (const g of list) if (typeof g === "string") globs.push(g);
    }
  };
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
      addGlobs(list);
    });
  }
  for (const name of ["pnpm-workspace.yaml", "pnpm-workspace.yml"]) {
    if (has.has(name)) safely(() => addGlobs((0, import_yaml.parse)(text(name) ?? "")?.packages));
  }
  if (has.has("lerna.json")) safely(() => addGlobs(JSON.parse(text("lerna.json") ?? "{}").packages));
  if (has.has("go.work")) addGlobs(goWorkUses(text("go.work") ?? ""));
  if (has.has("Cargo.toml")) {
    safely(() => {
      const members = parse(text("Cargo.toml") ?? "").workspace?.members ?? [];
      addGlobs(members);
    });
  }
  return globs.map((g) => g.startsWith("!") ? `!${normalizeGlob(g.slice(1))}` : normalizeGlob(g)).filter((g) => g !== "" && g !== ".");
}
function goWorkUses(text) {
  const out = [];
  const code = text.replace(/\/\/.*$/gm, "");
  for (const m of code.matchAll(/^[ \t]*use\s*\(([^)]{0,20000})\)/gm)) for (const use of m[1].split(/\s+/)) if (use) out.push(use);
  for (const m of code.matchAll(/^[ \t]*use\s+([^\s(]+)/gm)) out.push(m[1]);
  return out.map((p) => p.replace(/^"|"$/g, ""));
}
function normalizeGlob(glob) {
  return glob.trim().replace(/^\.\//, "").replace(/(?<!\/)\/+$/, "").replace(/\/\*\*$/, "/*");
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
    if (base === "pom.xml") return /<artifactId>([^<]+)<\/artifactId>/.exec(withoutParent(content))?.[1];
  } catch {
    return void 0;
  }
  return void 0;
}
function withoutParent(pom) {
  const start = pom.indexOf("<parent>");
  const end = start < 0 ? -1 : pom.indexOf("</parent>", start);
  return end < 0 ? pom : pom.slice(0, start) + pom.slice(end + "</parent>".length);
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
  const own = (file) => {
    if (!file.startsWith(prefix)) return;
    const view2 = file.slice(prefix.length);
    const shadowed = toRepo.get(view2);
    if (shadowed !== void 0 && shadowed !== file) toView.delete(shadowed);
    toView.set(file, view2);
    toRepo.set(view2, file);
  };
  for (const file of evidence.files) own(file);
  for (const file of evidence.buildOutput) own(file);
  const view = viewEvidence(evidence, {
    root: `${evidence.root}/${dir}`,
    toView: (file) => toView.get(file),
    toRepo: (file) => toRepo.get(file),
    keepsNote: (note) => note.path.startsWith(prefix)
  });
  return { evidence: view, toRepoPath: (file) => toRepo.get(file) ?? file };
}

// src/monorepo/grade.ts
async function gradeMonorepo(root, options = {}) {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {
  });
  const planned = await planGrading(root, options);
  const gathered = await gatherEvidence(root, planned, progress);
  const { inventory, evidence, hidden } = gathered;
  const plan = scoringPlan(planned, gathered);
  const discovery = discoverPackages(hidden ? inventory.files.filter((f) => !hidden(f)) : inventory.files, evidence.text, {
    packages: options.packages ?? plan.config?.monorepo?.packages,
    exclude: options.exclude ?? plan.config?.monorepo?.exclude
  });
  progress(`evaluating rules for the whole and ${discovery.packages.length} packages`);
  let wholeReport;
  const packages = [];
  try {
    wholeReport = await scoreEvidence(evidence, plan, hidden);
    for (const info of discovery.packages) {
      const packageStarted = performance.now();
      const view = restrictEvidence(evidence, info.path);
      const report = await scoreEvidence(view.evidence, packagePlan(plan, view.toRepoPath), hidden && ((file) => hidden(view.toRepoPath(file))));
      packages.push({ ...info, report: withRepoPaths(report, view.toRepoPath, performance.now() - packageStarted) });
    }
  } finally {
    evidence.stopParsing?.();
  }
  const whole = {
    ...wholeReport,
    stats: { files: wholeReport.stats.files, filesRead: evidence.stats.filesRead, filesParsed: evidence.stats.filesParsed, durationMs: Math.round(performance.now() - started) }
  };
  return forReport(gathered, { whole, packages, discovery: discovery.source });
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
    const result = report.dimensions[d];
    dimensions[d] = { ...result, rules: result.rules.map((r) => ({ ...r, findings: r.findings.map((f) => ({ ...f, file: toRepoPath(f.file) })) })) };
  }
  return { ...report, dimensions, stats: { ...report.stats, durationMs: Math.round(durationMs) } };
}

export {
  gradeMonorepo
};
