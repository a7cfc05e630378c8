import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  UsageError
} from "./chunk-OO2RKC3Q.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";

// src/targets.ts
function hasTargets(targets) {
  return targets !== void 0 && (targets.overall !== void 0 || Object.keys(targets.dimensions).length > 0);
}
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
  return result.rules.filter((r) => r.level > result.level && r.level <= target && r.status === "missing").map((r) => `${r.id}: ${r.hint}${r.measured ? ` (measured: ${r.measured.summary})` : ""}`);
}
function targetDimensions(targets) {
  return targets ? Object.keys(targets.dimensions) : [];
}
function formatTargets(targets) {
  const parts = targets.overall !== void 0 ? [`L${targets.overall}`] : [];
  for (const [dimension, level] of Object.entries(targets.dimensions)) if (level !== void 0) parts.push(`${dimension}=L${level}`);
  return parts.join(", ");
}

// src/inventory/git.ts
import { execFile } from "node:child_process";
import { lstat, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function findCheckout(root) {
  for (let dir = root; ; ) {
    const gitDir = await gitDirOf(dir);
    if (gitDir) {
      const relative = path.relative(dir, root).split(path.sep).join("/");
      return { workTree: dir, gitDir, prefix: relative ? `${relative}/` : "" };
    }
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
async function gitDirOf(dir) {
  const dotGit = path.join(dir, ".git");
  const info = await lstat(dotGit).catch(() => void 0);
  if (info?.isDirectory()) return dotGit;
  if (!info?.isFile() || info.size > 4096) return void 0;
  const m = /^gitdir: (.+)$/m.exec(await readFile(dotGit, "utf8").catch(() => ""));
  return m ? path.resolve(dir, m[1].trim()) : void 0;
}
function gitArgs(checkout, args) {
  return [
    "-c",
    "core.hooksPath=/dev/null",
    "-c",
    "core.fsmonitor=false",
    "-c",
    "core.untrackedCache=false",
    "-c",
    "safe.bareRepository=explicit",
    // Command-line config is "protected": git honours it where it ignores a repository's own safe.directory.
    "-c",
    `safe.directory=${checkout.workTree}`,
    "--no-replace-objects",
    ...args
  ];
}
function gitEnv(checkout) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("GIT_")) env[key] = value;
  return {
    ...env,
    GIT_DIR: checkout.gitDir,
    GIT_WORK_TREE: checkout.workTree,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_TERMINAL_PROMPT: "0",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_NO_LAZY_FETCH: "1"
  };
}
async function git(checkout, args, maxBuffer = 256 * 1024 * 1024) {
  const { stdout } = await run("git", gitArgs(checkout, args), {
    cwd: checkout.workTree,
    env: gitEnv(checkout),
    maxBuffer,
    encoding: "utf8"
  });
  return stdout;
}
async function listGitFiles(checkout) {
  const pathspec = checkout.prefix ? ["--", `:(literal)${checkout.prefix}`] : [];
  try {
    const [cached, others] = await Promise.all([
      git(checkout, ["ls-files", "-z", "--cached", "--full-name", ...pathspec]),
      git(checkout, ["ls-files", "-z", "--others", "--exclude-standard", "--full-name", ...pathspec])
    ]);
    const strip = (out) => {
      const seen = /* @__PURE__ */ new Set();
      for (const name of out.split("\0")) {
        if (!name || name.endsWith("/") || !name.startsWith(checkout.prefix)) continue;
        seen.add(name.slice(checkout.prefix.length));
      }
      return [...seen];
    };
    return { tracked: strip(cached), untracked: strip(others) };
  } catch {
    return void 0;
  }
}

export {
  findCheckout,
  gitArgs,
  gitEnv,
  git,
  listGitFiles,
  hasTargets,
  parseTargets,
  checkTargets,
  targetDimensions,
  formatTargets
};
