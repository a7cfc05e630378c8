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
} from "./chunk-AOC5QLPB.js";

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
  return result.rules.filter((r) => r.level > result.level && r.level <= target && r.status === "missing").map((r) => `${r.id}: ${r.hint}`);
}

export {
  hasTargets,
  parseTargets,
  checkTargets
};
