import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  require_dist
} from "./chunk-XRICSXDT.js";
import {
  __toESM
} from "./chunk-5DGXIFSJ.js";

// src/evidence/ci.ts
var import_yaml = __toESM(require_dist(), 1);
var CI_FILES = [
  [/^\.github\/workflows\/[^/]+\.ya?ml$/, "github-actions"],
  [/^\.github\/actions\/.+\/action\.ya?ml$/, "github-actions"],
  // Runners that read GitHub Actions' format from their own folder: Gitea and Forgejo Actions, Depot CI.
  [/^\.(?:gitea|forgejo|depot)\/workflows\/[^/]+\.ya?ml$/, "github-actions"],
  [/^\.(?:gitea|forgejo|depot)\/actions\/.+\/action\.ya?ml$/, "github-actions"],
  [/^\.gitlab-ci\.ya?ml$|^\.gitlab\/ci\/.+\.ya?ml$/, "gitlab"],
  [/^\.circleci\/config\.ya?ml$/, "circleci"],
  [/^\.travis\.ya?ml$/, "travis"],
  [/(^|\/)Jenkinsfile$|\.Jenkinsfile$|^jenkins\/.+\.groovy$/, "jenkins"],
  // Azure Pipelines files are named freely: besides azure-pipelines.yml, a pipeline per trigger at the root or in a build
  // folder (`azure-pipelines-pr.yml`, `azure-pipelines.release.yml`, `eng/azure-pipelines-ci.yml`) and the .NET repositories'
  // `eng/pipelines/` folder.
  [/^(?:(?:build|eng|ci|\.ci|\.azure|pipelines|\.pipelines)\/)?azure-pipelines(?:[-._][\w.-]{1,60})?\.ya?ml$|^\.azure-pipelines\/.+\.ya?ml$|^\.pipelines\/.+\.ya?ml$|^eng\/pipelines\/.+\.ya?ml$/, "azure"],
  [/^\.buildkite\/.+\.(ya?ml|sh)$/, "buildkite"],
  // TeamCity's versioned settings in its Kotlin DSL (`.teamcity/settings.kts` and the `.kt` files it includes).
  [/^\.teamcity\/.+\.kts?$/, "teamcity"],
  [/^(bitbucket-pipelines\.yml|\.drone\.yml|\.woodpecker\.yml|cloudbuild\.ya?ml|buildspec\.ya?ml|\.?appveyor\.yml|\.cirrus\.yml)$|^\.woodpecker\/.+\.ya?ml$|^\.semaphore\/.+\.ya?ml$|^\.tekton\/.+\.ya?ml$/, "other"]
];
function ciSystemOf(file) {
  return CI_FILES.find(([re]) => re.test(file))?.[1];
}
var COMMAND_KEYS = /* @__PURE__ */ new Set([
  "run",
  "script",
  "scripts",
  "command",
  "commands",
  "before_script",
  "after_script",
  "bash",
  "pwsh",
  "powershell",
  "cmd",
  "install",
  "before_install",
  "build",
  "test",
  "entrypoint",
  "args",
  "goals",
  "tasks",
  "arguments",
  "customCommand",
  // AppVeyor's steps (`build_script:`, `test_script:`, `before_test:` …, each a list of lines or of `ps:`/`cmd:`/`sh:`
  // entries) and Cirrus CI's `<name>_script:` instructions.
  "init",
  "before_build",
  "after_build",
  "before_test",
  "after_test",
  "before_deploy",
  "after_deploy",
  "on_success",
  "on_finish",
  "ps",
  "sh"
]);
var isCommandKey = (key) => COMMAND_KEYS.has(key) || /^[a-z][\w-]{0,40}_script$/.test(key);
var REFERENCE_KEYS = /* @__PURE__ */ new Set(["uses", "orbs", "template", "include", "task", "plugins", "extends", "local", "project", "image"]);
var TOOL_WRAPPERS = [
  { ref: /^DotNetCoreCLI@\d+$/, tool: "dotnet", keys: ["command"] },
  { ref: /^Npm@\d+$/, tool: "npm", keys: ["customCommand"] },
  { ref: /^Maven@\d+$/, tool: "mvn", keys: ["goals"] },
  { ref: /^Gradle@\d+$/, tool: "gradle", keys: ["tasks"] },
  { ref: /^actions-rs\/cargo@/, tool: "cargo", keys: ["command"] },
  { ref: /^gradle\/gradle-build-action@/, tool: "gradle", keys: ["arguments"] },
  { ref: /^cake-build\/cake-action@/, tool: "dotnet cake --target", keys: ["target"] },
  // Trivy's action chooses its scanners in an input (`scanners: vuln,secret`): read as the command line it runs.
  { ref: /^aquasecurity\/trivy-action@/, tool: "trivy --scanners", keys: ["scanners"] }
];
function wrappedTool(node) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  for (const pair of node.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    if (key !== "task" && key !== "uses" || !(0, import_yaml.isScalar)(pair.value)) continue;
    const ref = String(pair.value.value ?? "").trim();
    const wrapper = TOOL_WRAPPERS.find((w) => w.ref.test(ref));
    if (wrapper) return wrapper;
  }
  return void 0;
}
function isDisabled(node) {
  if (!(0, import_yaml.isMap)(node)) return false;
  for (const pair of node.items) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const value = (0, import_yaml.isScalar)(pair.value) ? String(pair.value.value).trim() : void 0;
    if (value === void 0) continue;
    if ((key === "if" || key === "condition") && /^(false|\$\{\{\s*false\s*\}\})$/.test(value)) return true;
    if (key === "enabled" && value === "false") return true;
    if (key === "when" && (value === "never" || value === "manual")) return true;
  }
  return false;
}
function extractCiCommands(file, text, system) {
  if (system === "teamcity") return teamCityCommands(file, text);
  if (system === "jenkins" || file.endsWith(".sh")) return textCommands(file, text, system);
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: counter, uniqueKeys: false });
  if (doc.errors.length) throw new Error(doc.errors[0].message.split("\n")[0]);
  const out = [];
  const lineOf = (node) => node.range ? counter.linePos(node.range[0]).line : 1;
  const workflow = doc.toJS();
  if (system === "github-actions" && onlyManualTrigger(workflow)) return [];
  let job;
  const walk = (node, key, depth, wrapper) => {
    if (!node || isDisabled(node)) return;
    if ((0, import_yaml.isMap)(node)) {
      const wraps = wrappedTool(node) ?? wrapper;
      for (const pair of node.items) {
        const k = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
        if (system === "gitlab" && k.startsWith(".")) continue;
        if (depth === 1 && key === "jobs") job = k;
        walk(pair.value, k, depth + 1, wraps);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      for (const item of node.items) walk(item, key, depth + 1);
    } else if ((0, import_yaml.isScalar)(node) && (isCommandKey(key) || REFERENCE_KEYS.has(key) || wrapper?.keys.includes(key))) {
      const value = String(node.value ?? "");
      const first = lineOf(node);
      const prefix = REFERENCE_KEYS.has(key) ? `${key}: ` : wrapper?.keys.includes(key) ? `${wrapper.tool} ` : "";
      for (const { text: trimmed, index: i } of commandLines(value)) {
        const command = { system, file, line: first + (value.includes("\n") && node.type?.startsWith("BLOCK") ? i + 1 : i), text: prefix + trimmed, expanded: prefix + trimmed };
        if (job !== void 0) command.job = job;
        out.push(command);
      }
    }
  };
  walk(doc.contents, "", 0);
  if (system === "travis") out.push(...travisDefaults(file, workflow, out));
  if (system === "github-actions") {
    const env = workflowEnv(workflow);
    const jobs = workflow?.jobs ?? {};
    for (const c of out) {
      if (env.size) c.text = c.expanded = withEnv(c.text, env);
      if (c.job !== void 0 && c.text.includes("matrix.")) c.text = c.expanded = withMatrix(c.text, matrixValues(jobs[c.job]));
    }
  }
  return out;
}
var MAX_MATRIX_VARIANTS = 8;
function matrixValues(job) {
  const values = /* @__PURE__ */ new Map();
  const matrix = job?.strategy?.matrix;
  if (!matrix || typeof matrix !== "object" || Array.isArray(matrix)) return values;
  const add = (ref, v) => {
    if (typeof v !== "string" && typeof v !== "number") return;
    const list = values.get(ref) ?? [];
    if (!list.includes(String(v)) && list.length < MAX_MATRIX_VARIANTS) list.push(String(v));
    values.set(ref, list);
  };
  for (const [key, value] of Object.entries(matrix)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (item && typeof item === "object" && !Array.isArray(item)) {
        for (const [field, v] of Object.entries(item)) add(key === "include" ? field : `${key}.${field}`, v);
      } else if (key !== "exclude") add(key, item);
    }
  }
  return values;
}
function withMatrix(command, values) {
  let variants = [command];
  for (const m of command.matchAll(/\$\{\{[ \t]*matrix\.([\w.-]{1,100}?)[ \t]*\}\}/g)) {
    const options = values.get(m[1]);
    if (!options?.length) continue;
    variants = variants.flatMap((v) => options.map((o) => v.split(m[0]).join(o))).slice(0, MAX_MATRIX_VARIANTS);
  }
  return variants.join(" && ");
}
function workflowEnv(node, env = /* @__PURE__ */ new Map(), depth = 0) {
  if (depth > 8 || !node || typeof node !== "object") return env;
  for (const [key, value] of Object.entries(node)) {
    if (key === "env" && value && typeof value === "object" && !Array.isArray(value)) {
      for (const [name, v] of Object.entries(value)) {
        if (!env.has(name) && (typeof v === "string" || typeof v === "number") && String(v).length <= 200) env.set(name, String(v));
      }
    } else workflowEnv(value, env, depth + 1);
  }
  return env;
}
function withEnv(command, env) {
  return command.replace(/\$\{\{[ \t]*env\.(\w+)[ \t]*\}\}|\$\{(\w+)\}|\$(\w+)/g, (all, a, b, c) => env.get(a ?? b ?? c) ?? all);
}
function onlyManualTrigger(workflow) {
  const on = workflow?.on;
  if (on === "workflow_dispatch") return true;
  if (Array.isArray(on)) return on.length > 0 && on.every((e) => e === "workflow_dispatch");
  if (on && typeof on === "object") {
    const events = Object.keys(on);
    return events.length > 0 && events.every((e) => e === "workflow_dispatch");
  }
  return false;
}
function travisDefaults(file, config, existing) {
  if (existing.some((c) => /^script/.test(c.text)) || config?.script) return [];
  const defaults = { node_js: "npm test", ruby: "bundle exec rake", go: "go test ./...", java: "gradle check", rust: "cargo test" };
  const language = String(config?.language ?? "");
  const cmd = defaults[language === "node_js" || config?.node_js ? "node_js" : language];
  return cmd ? [{ system: "travis", file, line: 1, text: cmd, expanded: cmd }] : [];
}
function textCommands(file, text, system) {
  const out = [];
  text.split("\n").forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("//") || trimmed.startsWith("#")) return;
    const m = /\b(?:sh|bat|powershell|pwsh)\s*(?:\(\s*)?(?:script:\s*)?['"]{1,3}(.{1,1000}?)['"]{1,3}/.exec(trimmed);
    const cmd = system === "jenkins" ? m?.[1] ?? trimmed : trimmed;
    out.push({ system, file, line: i + 1, text: cmd, expanded: cmd });
  });
  return out;
}
var TEAMCITY_STEP = /\b(gradle|maven|script|dotnetTest|dotnetBuild|nodeJS|exec)[ \t]*\{/g;
var RAW_OR_QUOTED = '(?:"""([^]{1,4000}?)"""|"([^"\\n]{1,1000})")';
var TEAMCITY_FIELDS = {
  gradle: [new RegExp(`\\btasks[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), "gradle "],
  maven: [new RegExp(`\\bgoals[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), "mvn "],
  script: [new RegExp(`\\bscriptContent[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ""],
  nodeJS: [new RegExp(`\\bshellScript[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ""],
  exec: [new RegExp(`\\bpath[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ""]
};
function teamCityCommands(file, text) {
  const out = [];
  for (const m of text.matchAll(TEAMCITY_STEP)) {
    const kind = m[1];
    const body = blockAfter(text, m.index + m[0].length);
    if (/\benabled[ \t]*=[ \t]*false\b/.test(body)) continue;
    const line = text.slice(0, m.index).split("\n").length;
    const push = (command) => out.push({ system: "teamcity", file, line, text: command, expanded: command });
    if (kind === "dotnetTest") push("dotnet test");
    else if (kind === "dotnetBuild") push("dotnet build");
    const field = TEAMCITY_FIELDS[kind];
    const found = field?.[0].exec(body);
    if (!field || !found) continue;
    for (const { text: command } of commandLines(found[1] ?? found[2] ?? "")) push(field[1] + command);
  }
  return out;
}
function blockAfter(text, from) {
  const end = Math.min(text.length, from + 2e4);
  let depth = 1;
  for (let i = from; i < end; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from, end);
}
var MAX_SCRIPT_CHARS = 16 * 1024;
var SCRIPT_RUN = /(?:^|[\s;&|(])(?:(?:bash|sh|zsh|dash|source|pwsh|powershell|\.)[ \t]+(?:-[a-zA-Z]+[ \t]+){0,3})?((?:\$\{\{ *github\.workspace *\}\}\/|\$GITHUB_WORKSPACE\/|\.\/)?[\w.-]+(?:\/[\w.-]+){0,8})(?=$|[\s;&|)])/g;
var DOTNET_RUN_PROJECT = /\bdotnet[ \t]+run[ \t]+(?:-[-\w]+(?:[ \t]+[\w.]+)?[ \t]+){0,3}?(?:--project|-p)[ \t]+['"]?([\w./-]{1,200})/g;
var PROGRAM_RUN = /\b(?:Run|RunAsync|Exec|ExecAsync|StartProcess)\([ \t]*"([\w.-]{1,40})"[ \t]*,[ \t]*[$@]{0,2}"([^"\n]{0,200})"/g;
var PROGRAM_TEST_TASK = /\bDotNet(?:Core)?Test\(|\bAddCoreTask\([ \t]*\w{1,20}[ \t]*=>[ \t]*\w{1,20}\.Test\(|\.CoreTasks\(\)[ \t]*\.Test\(/;
var CSHARP_BUILD_TOOL_RUN = /(?:^|[\s;&|(])(flubu|nuke)(?![\w.-])([^&|;\n]{0,200})/g;
var BUILD_PROGRAM_FOLDERS = { flubu: ["BuildScript", "build", "Build", "_build"], nuke: ["build", "_build", "Build"] };
function targetNamed(rest) {
  const words = rest.trim().split(/[ \t]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.startsWith("-")) {
      if (!w.includes("=") && words[i + 1] && !words[i + 1].startsWith("-")) i++;
      continue;
    }
    return w;
  }
  return void 0;
}
function buildToolCommands(tool, sources) {
  const pointer = tool === "flubu" ? sources.buildScript?.(".flubu")?.trim().split(/\r?\n/)[0]?.trim() : void 0;
  const candidates = [...pointer && /^[\w./-]{1,200}\.csproj$/.test(pointer) ? [pointer.replace(/^\.\//, "")] : [], ...BUILD_PROGRAM_FOLDERS[tool]];
  for (const project of candidates) {
    const program = sources.buildProgram(project);
    if (program !== void 0) return buildProgramCommands(program);
  }
  return [];
}
function buildProgramCommands(source) {
  const text = source.slice(0, MAX_SCRIPT_CHARS * 4);
  const out = [...text.matchAll(PROGRAM_RUN)].map((m) => `${m[1]} ${m[2]}`);
  if (PROGRAM_TEST_TASK.test(text)) out.push("dotnet test");
  return out;
}
var CAKE_RUN = /(?:^|[\s;&|(/\\])(?:build\.(?:ps1|sh|cmd|bat)|dotnet[ \t]+(?:tool[ \t]+run[ \t]+)?(?:dotnet-)?cake|dotnet-cake|dotnet[ \t]+(?:run[ \t]+)?cake\.cs)(?![\w.-])([^&|;\n]{0,200})/g;
var CAKE_TARGET = /(?:^|[ \t])(?:--target=|(?:--target|-target|-t)[ \t]+)['"]?([\w.-]{1,60})/i;
var CAKE_SCRIPT_NAME = /(?:^|[\s'"=/\\])([\w.-]{1,60}\.cake|cake\.cs)(?=$|[\s'"])/;
var CAKE_DEFAULT_TARGET = /\bArgument(?:<string>)?\([ \t]*"target"[ \t]*,[ \t]*"([\w.-]{1,60})"/;
var CAKE_TASK = /\bTask\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
var CAKE_DEPENDS = /\.IsDependentOn\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
var CAKE_DEPENDEE = /\.IsDependeeOf\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
var CAKE_TEST_ALIAS = /\b(?:DotNet(?:Core)?Test|VSTest|XUnit2|NUnit3|MSTest)\(/;
function cakeTargetCommands(script, target) {
  const text = script.slice(0, MAX_SCRIPT_CHARS * 4);
  const tasks = [...text.matchAll(CAKE_TASK)];
  if (!tasks.length) return [];
  const bodies = /* @__PURE__ */ new Map();
  const deps = /* @__PURE__ */ new Map();
  tasks.forEach((m, i) => {
    const name = m[1].toLowerCase();
    const body = text.slice(m.index, tasks[i + 1]?.index ?? text.length);
    bodies.set(name, body);
    deps.set(name, [...deps.get(name) ?? [], ...[...body.matchAll(CAKE_DEPENDS)].map((d) => d[1].toLowerCase())]);
    for (const d of body.matchAll(CAKE_DEPENDEE)) deps.set(d[1].toLowerCase(), [...deps.get(d[1].toLowerCase()) ?? [], name]);
  });
  const start = (target ?? CAKE_DEFAULT_TARGET.exec(text)?.[1] ?? "Default").toLowerCase();
  const seen = /* @__PURE__ */ new Set();
  const queue = [start];
  const out = [];
  while (queue.length && seen.size < 200) {
    const name = queue.shift();
    if (seen.has(name) || !bodies.has(name)) continue;
    seen.add(name);
    const body = bodies.get(name);
    out.push(...[...body.matchAll(PROGRAM_RUN)].map((m) => `${m[1]} ${m[2]}`));
    if (CAKE_TEST_ALIAS.test(body)) out.push("dotnet test");
    queue.push(...deps.get(name) ?? []);
  }
  return out;
}
function cakeScriptOf(command, run, sources) {
  const read = sources.buildScript;
  const named = CAKE_SCRIPT_NAME.exec(run)?.[1];
  if (named) return read(named);
  const bootstrapper = /\bbuild\.(?:ps1|sh|cmd|bat)\b/.exec(command)?.[0];
  const folder = /(?:^|[\s;&|(])(?:\.\/)?((?:\w[\w.-]*\/){1,4})build\.(?:ps1|sh|cmd|bat)\b/.exec(command)?.[1] ?? "";
  if (bootstrapper) {
    const own = read(`${folder}${bootstrapper}`);
    const inner = own === void 0 ? void 0 : CAKE_SCRIPT_NAME.exec(own.slice(0, MAX_SCRIPT_CHARS))?.[1];
    if (inner) return read(`${folder}${inner}`) ?? read(inner);
  }
  return read(`${folder}build.cake`);
}
var POWERSHELL_ASSIGNMENT = /^[ \t]*(?:\[\w+\][ \t]*)?\$(\w{1,40})[ \t]*=[ \t]*["']([\w./-]{1,200})["'],?[ \t]*$/gm;
function scriptCommands(text) {
  const head = text.slice(0, MAX_SCRIPT_CHARS);
  const values = /* @__PURE__ */ new Map();
  for (const m of head.matchAll(POWERSHELL_ASSIGNMENT)) if (!values.has(m[1])) values.set(m[1], m[2]);
  const lines = commandLines(head).map(({ text: l }) => values.size ? l.replace(/\$(\w{1,40})\b/g, (all, name) => values.get(name) ?? all) : l);
  return inFolders(lines);
}
var CD_LINE = /^cd[ \t]+["']?([\w.-]{1,100}(?:\/[\w.-]{1,100}){0,6})\/?["']?[ \t]*(?:$|&&|;)/;
var OTHER_CD = /^cd(?:[ \t]|$)/;
function inFolders(lines) {
  let folder = [];
  return lines.map((line) => {
    const out = folder?.length ? line.replace(/(^|[\s;&|(])\.\/(?=[\w.-])/g, `$1./${folder.join("/")}/`) : line;
    const cd = CD_LINE.exec(line);
    if (cd && folder) {
      for (const part of cd[1].split("/")) {
        if (part === "..") folder.pop();
        else if (part !== ".") folder.push(part);
      }
    } else if (OTHER_CD.test(line)) folder = void 0;
    return out;
  });
}
function commandLines(block) {
  const out = [];
  let open;
  block.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    const continues = /(?:\\|[ \t][`^])$/.test(line) && !line.startsWith("#");
    const part = continues ? line.slice(0, -1).trimEnd() : line;
    if (open) {
      open.text = part ? `${open.text} ${part}` : open.text;
      if (continues && line) return;
      out.push(open);
      open = void 0;
      return;
    }
    if (!line || line.startsWith("#")) return;
    if (continues) open = { text: part, index: i };
    else out.push({ text: line, index: i });
  });
  if (open) out.push(open);
  return out;
}
var MAX_EXPANDED_COMMAND = 64 * 1024;
var expansions = /* @__PURE__ */ new WeakMap();
function expandCommand(command, sources, depth = 0) {
  if (depth > 3) return command.slice(0, MAX_EXPANDED_COMMAND);
  let memo = expansions.get(sources);
  if (!memo) expansions.set(sources, memo = /* @__PURE__ */ new Map());
  const key = `${depth}\0${command}`;
  let expanded = memo.get(key);
  if (expanded === void 0) memo.set(key, expanded = expandOnce(command, sources, depth));
  return expanded;
}
function expandOnce(command, sources, depth) {
  const parts = [command.slice(0, MAX_EXPANDED_COMMAND)];
  let size = parts[0].length;
  const seen = /* @__PURE__ */ new Set();
  const add = (part) => {
    if (size >= MAX_EXPANDED_COMMAND || seen.has(part)) return;
    seen.add(part);
    const room = MAX_EXPANDED_COMMAND - size;
    parts.push(part.length > room ? part.slice(0, room) : part);
    size += Math.min(part.length, room) + 4;
  };
  const reusable = reusableWorkflowWords(command);
  if (reusable) add(reusable);
  const scripts = sources.npmScripts.get("") ?? {};
  const allScripts = [...sources.npmScripts.values()];
  const called = /* @__PURE__ */ new Set();
  for (const m of command.matchAll(NPM_SCRIPT_RUN)) {
    const name = m[1] === "run" ? void 0 : m[1] === "t" ? "test" : m[1];
    if (!name || called.has(name)) continue;
    called.add(name);
    const own = scripts[name] ?? allScripts.map((s) => s[name]).find(Boolean);
    const args = (m[2] ?? "").replace(/^[ \t]+--(?=[ \t]|$)/, "").trim();
    for (const hook of [`pre${name}`, name, `post${name}`]) {
      const body = hook === name ? own : scripts[hook];
      if (body) add(expandCommand(hook === name && args ? `${body} ${args}` : body, sources, depth + 1));
    }
    if (name === "test" && !own) add("npm test");
  }
  for (const m of command.matchAll(PACKAGE_MANAGER_RUN)) {
    const run = folderScript(m[0]);
    const body = run ? sources.npmScripts.get(run.folder)?.[run.name] : void 0;
    if (body) add(expandCommand(body, sources, depth + 1));
  }
  for (const m of command.matchAll(MONOREPO_TASK)) {
    for (const name of m[1].split(/\s+/)) {
      if (!name || name.startsWith("-") || called.has(name)) continue;
      called.add(name);
      const body = scripts[name] ?? allScripts.map((s) => s[name]).find(Boolean);
      if (body) add(expandCommand(body, sources, depth + 1));
    }
  }
  for (const m of command.matchAll(/\b(?:npx|pnpm\s+exec|yarn\s+exec)\s+([\w@/.-]+)/g)) add(m[1]);
  if (sources.shellScript) {
    for (const m of command.matchAll(SCRIPT_RUN)) {
      const path = m[1].replace(/^(?:\$\{\{ *github\.workspace *\}\}\/|\$GITHUB_WORKSPACE\/|\.\/)/, "");
      const script = sources.shellScript(path);
      if (script !== void 0) add(expandCommand(scriptCommands(script).join(" && "), sources, depth + 1));
    }
  }
  if (sources.buildProgram) {
    for (const m of command.matchAll(DOTNET_RUN_PROJECT)) {
      const program = sources.buildProgram(m[1].replace(/^\.\//, ""));
      if (program !== void 0) add(buildProgramCommands(program).join(" && "));
    }
  }
  if (sources.buildProgram) {
    for (const m of command.matchAll(CSHARP_BUILD_TOOL_RUN)) {
      const target = targetNamed(m[2] ?? "");
      if (target !== void 0) {
        if (/tests?$/i.test(target)) add("dotnet test");
        continue;
      }
      const commands = buildToolCommands(m[1], sources);
      if (commands.length) add(commands.join(" && "));
    }
  }
  if (sources.buildScript) {
    for (const m of command.matchAll(CAKE_RUN)) {
      const rest = m[1] ?? "";
      const script = cakeScriptOf(command, m[0], sources);
      const commands = script === void 0 ? [] : cakeTargetCommands(script, CAKE_TARGET.exec(rest)?.[1]);
      if (commands.length) add(commands.join(" && "));
    }
  }
  const rootTargets = sources.makeTargets.get("");
  if (rootTargets && /\bmake(?=[ \t]*(?:$|&&|\|\||;|\n))/.test(command)) {
    const goal = Object.keys(rootTargets).find((t) => !t.startsWith("."));
    if (goal && rootTargets[goal] && !called.has(`make:${goal}`)) {
      called.add(`make:${goal}`);
      add(expandCommand(rootTargets[goal], sources, depth + 1));
    }
  }
  for (const m of command.matchAll(RAKE_RUN)) {
    const named = (m[1] ?? "").trim().split(/[ \t]+/).filter((w) => w && !w.startsWith("-") && !w.includes("="));
    for (const task of named.length ? named : ["default"]) {
      if (called.has(`rake:${task}`)) continue;
      called.add(`rake:${task}`);
      for (const tasks of sources.rakeTasks?.values() ?? []) if (tasks[task]) add(expandCommand(tasks[task], sources, depth + 1));
    }
  }
  if (/\btox(?=[ \t]*(?:$|&&|\|\||;|\n|[ \t]-[pvq]))/.test(command) && !/\btox[ \t][^&|;\n]{0,80}?-e\b/.test(command)) {
    for (const envs of sources.toxEnvs?.values() ?? []) for (const env of envs) add(`tox -e ${env}`);
  }
  for (const m of command.matchAll(MAKE_RUN)) {
    for (const target of m[1].split(/\s+/)) {
      if (target.startsWith("$") || called.has(`make:${target}`)) continue;
      called.add(`make:${target}`);
      for (const targets of sources.makeTargets.values()) if (targets[target]) add(expandCommand(targets[target], sources, depth + 1));
    }
  }
  return parts.join(" && ");
}
var MAKE_RUN = /\b(?:make|just|task)\s+((?:\$[({][\w.]{1,60}[)}]|[\w:.-]+)(?:\s+(?:\$[({][\w.]{1,60}[)}]|[\w:.-]+))*)/g;
var NPM_SCRIPT_RUN = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+|--?[\w-]+\s+)*([\w:.-]+)((?:[ \t]+[\w:.=@/-]{1,80}){0,4})/g;
var PACKAGE_MANAGER_RUN = /\b(?:npm|pnpm|yarn)[ \t][^&|;\n]{0,200}/g;
var FOLDER_OPTION = /^(?:--prefix|--cwd|--dir|-C)(?:=([\w./-]{1,100}))?$/;
function folderScript(run) {
  const words = run.trim().split(/[ \t]+/).slice(1);
  let folder;
  let name;
  for (let i = 0; i < words.length; i++) {
    const option = FOLDER_OPTION.exec(words[i]);
    if (option) folder = option[1] ?? words[++i];
    else if (words[i].startsWith("-") || name === void 0 && (words[i] === "run" || words[i] === "run-script")) continue;
    else name ??= words[i];
  }
  return folder && name && /^[\w:.-]{1,60}$/.test(name) ? { folder: folder.replace(/^\.\//, "").replace(/\/$/, ""), name } : void 0;
}
var MONOREPO_TASK = /\b(?:(?:turbo(?:[ \t]+run)?|lerna[ \t]+run)[ \t]+|nx[ \t]+run-many[ \t]+(?:--?[\w-]{1,20}[ \t]+){0,3}(?:-t|--targets?)(?:=|[ \t]+)|nx[ \t]+(?:run[ \t]+)?[\w@/.-]{1,80}:|(?:pnpm|npm)[ \t]+(?:-r|--recursive|-ws|--workspaces)[ \t]+(?:run[ \t]+)?|yarn[ \t]+workspaces[ \t]+(?:foreach[ \t]+(?:-[\w-]{1,20}[ \t]+){0,4})?run[ \t]+)([\w:.-]{1,60}(?:[ \t]+[\w:.-]{1,60}){0,3})/g;
var REUSABLE_WORKFLOW = /^uses: (?:[\w.-]+\/[\w.-]+|\.)\/\.github\/workflows\/([\w.-]+)\.ya?ml(?:@[\w./-]+)?$/;
function reusableWorkflowWords(command) {
  const m = REUSABLE_WORKFLOW.exec(command.trim());
  if (!m) return void 0;
  return `reusable-workflow ${m[1].replace(/[-_.]+/g, " ").toLowerCase()}`;
}
var RAKE_RUN = /\brake((?:[ \t]+[\w:.=-]{1,60}){0,6})/g;
function parseRakefile(text) {
  const tasks = {};
  const PREREQUISITES = /\btask(?:\(|[ \t]{1,8}\(?)[ \t]{0,8}:?["']?([\w-]{1,60})["']?[ \t]{0,8}(?:=>|:)[ \t]{0,8}(\[[^\]\n]{0,300}\]|%[iwIW][[(][^\])\n]{0,300}[\])]|:[\w:-]{1,60}|["'][\w:-]{1,60}["'])/g;
  for (const m of text.matchAll(PREREQUISITES)) {
    const deps = m[2].replace(/^%[iwIW]./, "").match(/[\w:-]{1,60}/g) ?? [];
    const runs = deps.map((d) => `rake ${d.replace(/^:/, "")}`).join(" && ");
    if (runs) tasks[m[1]] = tasks[m[1]] ? `${tasks[m[1]]} && ${runs}` : runs;
  }
  for (const m of text.matchAll(/\b(RuboCop|StandardRB)::RakeTask\.new(?:(?:\([ \t]{0,8}|[ \t]{1,8})(?::|["'])([\w-]{1,60}))?/g)) {
    const name = m[2] ?? (m[1] === "RuboCop" ? "rubocop" : "standard");
    tasks[name] = tasks[name] ? `${tasks[name]} && ${m[1].toLowerCase()}` : m[1].toLowerCase();
  }
  return tasks;
}
function parseToxEnvlist(text) {
  const m = /^[ \t]*envlist[ \t]*=[ \t]*((?:[^\n]*)(?:\n[ \t]+[^\n]*){0,20})/m.exec(text);
  if (!m) return [];
  return m[1].split(/[\s,]+/).filter((e) => /^[\w.-]{1,40}$/.test(e)).slice(0, 20);
}
function parseMakefile(text) {
  const targets = {};
  const variables = makeVariables(text);
  let current = [];
  for (const raw of text.split("\n")) {
    const line = withMakeVariables(raw, variables);
    const header = /^([\w./-]+(?:[ \t]+[\w./-]+)*)[ \t]*:(?![=:])(.*)$/.exec(line);
    if (header && !line.startsWith("	")) {
      current = header[1].split(/\s+/);
      const recipe = withoutMakeComment(header[2]).trim();
      for (const t of current) targets[t] = recipe ? `make ${recipe}` : "";
    } else if (line.startsWith("	") || line.startsWith("    ")) {
      for (const t of current) targets[t] = `${targets[t] ? `${targets[t]} && ` : ""}${line.trim()}`;
    } else if (line.trim() && !line.startsWith("#")) current = [];
  }
  return targets;
}
var MAKE_VARIABLE = /^(?:export[ \t]+|override[ \t]+)?([A-Za-z_][\w.]{0,60})[ \t]*(:{1,3}|\?|\+)?=[ \t]*([^\n]{0,300})$/gm;
var MAKE_REFERENCE = /\$[({]([A-Za-z_][\w.]{0,60})[)}]/g;
function makeVariables(text) {
  const variables = /* @__PURE__ */ new Map([["MAKE", "make"]]);
  for (const m of text.matchAll(MAKE_VARIABLE)) {
    const value = withoutMakeComment(m[3]).trim();
    if (/\$\([a-z]+[ \t]|`|\\$/.test(value)) continue;
    variables.set(m[1], m[2] === "+" && variables.has(m[1]) ? `${variables.get(m[1])} ${value}` : value);
  }
  return variables;
}
function withoutMakeComment(line) {
  const at = line.startsWith("#") ? 0 : line.search(/[ \t]#/);
  return at === -1 ? line : line.slice(0, at);
}
function withMakeVariables(line, variables) {
  let out = line;
  for (let pass = 0; pass < 3 && out.includes("$") && out.length < 4e3; pass++) {
    const next = out.replace(MAKE_REFERENCE, (whole, name) => variables.get(name) ?? whole);
    if (next === out) break;
    out = next;
  }
  return out;
}

export {
  ciSystemOf,
  extractCiCommands,
  cakeTargetCommands,
  commandLines,
  MAX_EXPANDED_COMMAND,
  expandCommand,
  reusableWorkflowWords,
  parseRakefile,
  parseToxEnvlist,
  parseMakefile
};
