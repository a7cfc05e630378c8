import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  checkMatcher,
  matchersOf
} from "./chunk-DLI75OZB.js";
import "./chunk-4IOWKBMJ.js";
import "./chunk-7WGVYSY7.js";
import {
  require_dist
} from "./chunk-XRICSXDT.js";
import "./chunk-LU6SHCMF.js";
import {
  ruleFileSchema
} from "./chunk-Q64SUCF4.js";
import {
  ConfigError
} from "./chunk-OO2RKC3Q.js";
import "./chunk-NEETJTPM.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import {
  __toESM
} from "./chunk-5DGXIFSJ.js";

// src/rules/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function parseCatalog(files, rulesDir) {
  const catalog = { rules: [], levels: {}, sources: [] };
  for (const { name, text } of files) {
    const parsed = parseRuleFile(name, text);
    if (catalog.levels[parsed.dimension]) throw new ConfigError(`${name}: dimension "${parsed.dimension}" is defined twice`);
    catalog.levels[parsed.dimension] = parsed.levels;
    catalog.rules.push(...parsed.rules);
    catalog.sources.push(name);
  }
  for (const d of DIMENSIONS) if (!catalog.levels[d]) throw new ConfigError(`rules: no rule file for dimension "${d}" in ${rulesDir}`);
  return catalog;
}
function parseRuleFile(name, text) {
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new ConfigError(`${name}:${e.linePos?.[0].line ?? 1}: invalid YAML: ${e.message.split("\n")[0]}`);
  }
  const result = ruleFileSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.join(".");
    const node = doc.getIn(issue.path, true);
    const line = node?.range ? `:${counter.linePos(node.range[0]).line}` : "";
    throw new ConfigError(`${name}${line}: ${where || "(root)"}: ${issue.message}`);
  }
  const data = result.data;
  const rules = data.rules.map((r) => ({ ...r, dimension: data.dimension }));
  const ids = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    const where = `${name}: rule ${rule.id}`;
    if (!rule.id.startsWith(`${data.dimension}.`)) throw new ConfigError(`${where}: id must start with "${data.dimension}."`);
    if (ids.has(rule.id)) throw new ConfigError(`${where}: duplicate id`);
    ids.add(rule.id);
    for (const m of matchersOf(rule)) checkMatcher(where, m);
  }
  for (const [level, spec] of Object.entries(data.levels)) {
    for (const id of spec.required) {
      const rule = rules.find((r) => r.id === id);
      if (!rule) throw new ConfigError(`${name}: levels.${level}.required names unknown rule "${id}"`);
      if (rule.level !== Number(level)) throw new ConfigError(`${name}: levels.${level}.required names "${id}", which is a level ${rule.level} rule`);
    }
    const others = rules.filter((r) => r.level === Number(level) && !spec.required.includes(r.id)).length;
    if (spec.required.length === 0 && spec.atLeast === 0) throw new ConfigError(`${name}: levels.${level} requires nothing; name required rules or set atLeast`);
    if (spec.atLeast > others) throw new ConfigError(`${name}: levels.${level}.atLeast is ${spec.atLeast} but the level has only ${others} other rules`);
  }
  return { dimension: data.dimension, levels: data.levels, rules };
}
export {
  parseCatalog,
  parseRuleFile
};
