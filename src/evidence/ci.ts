// CI configuration of every common system, flattened to the commands and actions its jobs run,
// with package.json scripts and Makefile targets expanded so "npm test" reaches the runner it calls.
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument, type Node as YamlNode } from 'yaml';
import { lineAt } from './languages.js';

export type CiSystem = 'github-actions' | 'gitlab' | 'circleci' | 'travis' | 'jenkins' | 'azure' | 'buildkite' | 'teamcity' | 'other';

export interface CiCommand {
  system: CiSystem;
  file: string;
  line: number;
  /** The command or action reference as written. */
  text: string;
  /** The command with package scripts and make targets it calls appended (for matching). */
  expanded: string;
  /** The job it runs in (GitHub Actions, CircleCI), for rules that read a job's steps in order; absent elsewhere. */
  job?: string;
}

const CI_FILES: [RegExp, CiSystem][] = [
  [/^\.github\/workflows\/[^/]+\.ya?ml$/, 'github-actions'],
  [/^\.github\/actions\/.+\/action\.ya?ml$/, 'github-actions'],
  // Runners that read GitHub Actions' format from their own folder: Gitea and Forgejo Actions, Depot CI.
  [/^\.(?:gitea|forgejo|depot)\/workflows\/[^/]+\.ya?ml$/, 'github-actions'],
  [/^\.(?:gitea|forgejo|depot)\/actions\/.+\/action\.ya?ml$/, 'github-actions'],
  [/^\.gitlab-ci\.ya?ml$|^\.gitlab\/ci\/.+\.ya?ml$/, 'gitlab'],
  [/^\.circleci\/config\.ya?ml$/, 'circleci'],
  [/^\.travis\.ya?ml$/, 'travis'],
  [/(^|\/)Jenkinsfile$|\.Jenkinsfile$|^jenkins\/.+\.groovy$/, 'jenkins'],
  // Azure Pipelines files are named freely: besides azure-pipelines.yml, a pipeline per trigger at the root or in a build
  // folder (`azure-pipelines-pr.yml`, `azure-pipelines.release.yml`, `eng/azure-pipelines-ci.yml`) and the .NET repositories'
  // `eng/pipelines/` folder.
  [/^(?:(?:build|eng|ci|\.ci|\.azure|pipelines|\.pipelines)\/)?azure-pipelines(?:[-._][\w.-]{1,60})?\.ya?ml$|^\.azure-pipelines\/.+\.ya?ml$|^\.pipelines\/.+\.ya?ml$|^eng\/pipelines\/.+\.ya?ml$/, 'azure'],
  [/^\.buildkite\/.+\.(ya?ml|sh)$/, 'buildkite'],
  // TeamCity's versioned settings in its Kotlin DSL (`.teamcity/settings.kts` and the `.kt` files it includes).
  [/^\.teamcity\/.+\.kts?$/, 'teamcity'],
  [/^(bitbucket-pipelines\.yml|\.drone\.yml|\.woodpecker\.yml|cloudbuild\.ya?ml|buildspec\.ya?ml|\.?appveyor\.yml|\.cirrus\.yml)$|^\.woodpecker\/.+\.ya?ml$|^\.semaphore\/.+\.ya?ml$|^\.tekton\/.+\.ya?ml$/, 'other'],
];

/**
 * The repository files a GitLab CI file includes with `include: local:` (or a bare path: `include: '/ci/build.yml'`,
 * `- local: .ci/linux.gitlab-ci.yml`), which GitLab merges into the pipeline wherever they live. Includes of another
 * project, a remote URL, a template or a CI/CD component are not in this repository. A path with a wildcard
 * (`.ci/*.yml`) is matched against `files`. Malformed YAML includes nothing.
 */
export function gitlabLocalIncludes(text: string, files: readonly string[]): string[] {
  let config: unknown;
  try {
    config = parseDocument(text, { uniqueKeys: false }).toJS();
  } catch {
    return [];
  }
  const include = (config as { include?: unknown } | null)?.include;
  const entries = Array.isArray(include) ? include : include === undefined ? [] : [include];
  const out: string[] = [];
  for (const entry of entries) {
    const path = typeof entry === 'string' ? (/^https?:/.test(entry) ? undefined : entry) : typeof (entry as { local?: unknown })?.local === 'string' ? (entry as { local: string }).local : undefined;
    if (!path) continue;
    const clean = path.trim().replace(/^\.?\/+/, '');
    if (!clean.includes('*')) {
      out.push(clean);
      continue;
    }
    // GitLab's wildcards: `*` within a folder, `**` across folders.
    const matches = picomatch(clean, { dot: true });
    out.push(...files.filter((f) => matches(f)));
  }
  return out.filter((f) => /\.ya?ml$/.test(f));
}

/** Which CI system a file configures, if any. */
export function ciSystemOf(file: string): CiSystem | undefined {
  return CI_FILES.find(([re]) => re.test(file))?.[1];
}

const COMMAND_KEYS = new Set(['run', 'script', 'scripts', 'command', 'commands', 'before_script', 'after_script', 'bash', 'pwsh', 'powershell', 'cmd', 'install', 'before_install', 'build', 'test', 'entrypoint', 'args', 'goals', 'tasks', 'arguments', 'customCommand',
  // AppVeyor's steps (`build_script:`, `test_script:`, `before_test:` …, each a list of lines or of `ps:`/`cmd:`/`sh:`
  // entries) and Cirrus CI's `<name>_script:` instructions.
  'init', 'before_build', 'after_build', 'before_test', 'after_test', 'before_deploy', 'after_deploy', 'on_success', 'on_finish', 'ps', 'sh']);
/** Whether a YAML key holds commands: one of COMMAND_KEYS, or a step named `<something>_script` (AppVeyor, Cirrus CI). */
const isCommandKey = (key: string): boolean => COMMAND_KEYS.has(key) || /^[a-z][\w-]{0,40}_script$/.test(key);
const REFERENCE_KEYS = new Set(['uses', 'orbs', 'template', 'include', 'task', 'plugins', 'extends', 'local', 'project', 'image']);

/**
 * A CI task or action that runs one tool with the subcommand in an input (Azure `task: DotNetCoreCLI@2` with
 * `command: test`, `task: Maven@4` with `goals: verify`, GitHub `uses: actions-rs/cargo@v1` with `command: test`):
 * the input alone says "test", so the tool's name is put in front (`dotnet test`) for the rules to read; Trivy's action
 * with `scanners: vuln,secret` reads `trivy --scanners vuln,secret`.
 */
const TOOL_WRAPPERS: { ref: RegExp; tool: string; keys: string[] }[] = [
  { ref: /^DotNetCoreCLI@\d+$/, tool: 'dotnet', keys: ['command'] },
  { ref: /^Npm@\d+$/, tool: 'npm', keys: ['customCommand'] },
  { ref: /^Maven@\d+$/, tool: 'mvn', keys: ['goals'] },
  { ref: /^Gradle@\d+$/, tool: 'gradle', keys: ['tasks'] },
  { ref: /^actions-rs\/cargo@/, tool: 'cargo', keys: ['command'] },
  { ref: /^gradle\/gradle-build-action@/, tool: 'gradle', keys: ['arguments'] },
  { ref: /^cake-build\/cake-action@/, tool: 'dotnet cake --target', keys: ['target'] },
  // Trivy's action chooses its scanners in an input (`scanners: vuln,secret`): read as the command line it runs.
  { ref: /^aquasecurity\/trivy-action@/, tool: 'trivy --scanners', keys: ['scanners'] },
];

/** The tool a task or action step wraps, and the inputs that hold its subcommand. */
function wrappedTool(node: YamlNode | null | undefined): { tool: string; keys: string[] } | undefined {
  if (!isMap(node)) return undefined;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if ((key !== 'task' && key !== 'uses') || !isScalar(pair.value)) continue;
    const ref = String(pair.value.value ?? '').trim();
    const wrapper = TOOL_WRAPPERS.find((w) => w.ref.test(ref));
    if (wrapper) return wrapper;
  }
  return undefined;
}

/** Whether a YAML job or step is switched off (if: false, when: manual/never, condition: false, enabled: false). */
function isDisabled(node: YamlNode | null | undefined): boolean {
  if (!isMap(node)) return false;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = isScalar(pair.value) ? String(pair.value.value).trim() : undefined;
    if (value === undefined) continue;
    if ((key === 'if' || key === 'condition') && /^(false|\$\{\{\s*false\s*\}\})$/.test(value)) return true;
    if (key === 'enabled' && value === 'false') return true;
    if (key === 'when' && (value === 'never' || value === 'manual')) return true;
  }
  return false;
}

/**
 * A GitLab include of another project's templates (`- project: group/templates` with `file: .deploy-helm.yml`), read as
 * one reference that names its files (`project: group/templates file: .deploy-helm.yml`): like a reusable workflow, it
 * is judged by what its files' names say it does.
 */
function includedTemplate(node: YamlNode): { node: YamlNode; text: string } | undefined {
  if (!isMap(node)) return undefined;
  let project: YamlNode | undefined;
  const files: string[] = [];
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'project' && isScalar(pair.value)) project = pair.value as YamlNode;
    else if (key === 'file' && isScalar(pair.value)) files.push(String(pair.value.value ?? '').trim());
    else if (key === 'file' && isSeq(pair.value)) for (const item of pair.value.items) if (isScalar(item)) files.push(String(item.value ?? '').trim());
  }
  if (!project || !isScalar(project)) return undefined;
  const name = String(project.value ?? '').trim();
  return { node: project, text: files.length ? `project: ${name} file: ${files.join(' ')}` : `project: ${name}` };
}

/** Extracts commands from one CI file. Malformed YAML yields nothing (and the caller notes it). */
export function extractCiCommands(file: string, text: string, system: CiSystem): CiCommand[] {
  if (system === 'teamcity') return teamCityCommands(file, text);
  if (system === 'jenkins' || file.endsWith('.sh')) return textCommands(file, text, system);
  const counter = new LineCounter();
  // A file may hold several YAML documents: Drone's and Woodpecker's pipelines one after another (`---`), a GitLab CI
  // component's `spec:` header before its jobs. Each document's commands count.
  const parsed = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false });
  const docs = Array.isArray(parsed) ? parsed : [];
  const broken = docs.find((d) => d.errors.length);
  if (broken) throw new Error(broken.errors[0]!.message.split('\n')[0]);
  const out: CiCommand[] = [];
  const lineOf = (node: YamlNode) => (node.range ? counter.linePos(node.range[0]).line : 1);
  const workflow: unknown = docs[0]?.toJS() ?? null;
  if (system === 'github-actions' && onlyManualTrigger(workflow)) return [];
  // The job each command belongs to (kept on the command: the values of its matrix, its steps in order).
  let job: string | undefined;
  const walk = (node: YamlNode | null | undefined, key: string, depth: number, wrapper?: { tool: string; keys: string[] }): void => {
    if (!node || isDisabled(node)) return;
    if (isMap(node)) {
      const wraps = wrappedTool(node) ?? wrapper;
      const included = system === 'gitlab' ? includedTemplate(node) : undefined;
      if (included) {
        const command: CiCommand = { system, file, line: lineOf(included.node), text: included.text, expanded: included.text };
        if (job !== undefined) command.job = job;
        out.push(command);
      }
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? String(pair.key.value) : '';
        if (included && k === 'project') continue;
        // GitLab hidden jobs (".name:") run only through extends.
        if (system === 'gitlab' && k.startsWith('.')) continue;
        if (depth === 1 && key === 'jobs') job = k;
        walk(pair.value as YamlNode, k, depth + 1, wraps);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) walk(item as YamlNode, key, depth + 1);
    } else if (isScalar(node) && (isCommandKey(key) || REFERENCE_KEYS.has(key) || wrapper?.keys.includes(key))) {
      const value = String(node.value ?? '');
      const first = lineOf(node);
      const prefix = REFERENCE_KEYS.has(key) ? `${key}: ` : wrapper?.keys.includes(key) ? `${wrapper.tool} ` : '';
      for (const { text: trimmed, index: i } of commandLines(value)) {
        const command: CiCommand = { system, file, line: first + (value.includes('\n') && node.type?.startsWith('BLOCK') ? i + 1 : i), text: prefix + trimmed, expanded: prefix + trimmed };
        if (job !== undefined) command.job = job;
        out.push(command);
      }
    }
  };
  for (const doc of docs) {
    job = undefined;
    walk(doc.contents as YamlNode, '', 0);
  }
  if (system === 'travis') out.push(...travisDefaults(file, workflow as Record<string, unknown>, out));
  if (system === 'github-actions') {
    const env = workflowEnv(workflow);
    const jobs = (workflow as { jobs?: Record<string, unknown> } | null)?.jobs ?? {};
    // The command as run: what it reads from the workflow's env and its job's matrix is spelled out (expandCommand
    // starts from text): `bin/rails $TEST_COMMAND` with TEST_COMMAND from `matrix.tests.command` runs each value.
    for (const c of out) {
      if (env.size) c.text = c.expanded = withEnv(c.text, env);
      if (c.job !== undefined && c.text.includes('matrix.')) c.text = c.expanded = withMatrix(c.text, matrixValues(jobs[c.job]));
    }
  }
  return out;
}

/** At most this many commands are made of one command with matrix values (the product of all its references). */
const MAX_MATRIX_VARIANTS = 8;

/**
 * A job's matrix values by reference (`os`, `tests.command` for a list of objects, and `include:` entries' fields):
 * what `${{ matrix.X }}` may stand for.
 */
function matrixValues(job: unknown): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const matrix = (job as { strategy?: { matrix?: unknown } } | null)?.strategy?.matrix;
  if (!matrix || typeof matrix !== 'object' || Array.isArray(matrix)) return values;
  const add = (ref: string, v: unknown) => {
    if (typeof v !== 'string' && typeof v !== 'number') return;
    const list = values.get(ref) ?? [];
    if (!list.includes(String(v)) && list.length < MAX_MATRIX_VARIANTS) list.push(String(v));
    values.set(ref, list);
  };
  for (const [key, value] of Object.entries(matrix as Record<string, unknown>)) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        for (const [field, v] of Object.entries(item as Record<string, unknown>)) add(key === 'include' ? field : `${key}.${field}`, v);
      } else if (key !== 'exclude') add(key, item);
    }
  }
  return values;
}

/** A command with each `${{ matrix.X }}` it names replaced by every value X takes, the variants joined with &&. */
function withMatrix(command: string, values: Map<string, string[]>): string {
  let variants = [command];
  for (const m of command.matchAll(/\$\{\{[ \t]*matrix\.([\w.-]{1,100}?)[ \t]*\}\}/g)) {
    const options = values.get(m[1]!);
    if (!options?.length) continue;
    variants = variants.flatMap((v) => options.map((o) => v.split(m[0]).join(o))).slice(0, MAX_MATRIX_VARIANTS);
  }
  return variants.join(' && ');
}

/** Values a workflow sets in its `env:` blocks, for commands that name their tool through one (`${{ env.CARGO }} test`). */
function workflowEnv(node: unknown, env = new Map<string, string>(), depth = 0): Map<string, string> {
  if (depth > 8 || !node || typeof node !== 'object') return env;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'env' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
        if (!env.has(name) && (typeof v === 'string' || typeof v === 'number') && String(v).length <= 200) env.set(name, String(v));
      }
    } else workflowEnv(value, env, depth + 1);
  }
  return env;
}

/** A command with `${{ env.X }}`, `$X` and `${X}` replaced by the workflow's value of X, where it sets one. */
function withEnv(command: string, env: Map<string, string>): string {
  return command.replace(/\$\{\{[ \t]*env\.(\w+)[ \t]*\}\}|\$\{(\w+)\}|\$(\w+)/g, (all, a?: string, b?: string, c?: string) => env.get((a ?? b ?? c)!) ?? all);
}

function onlyManualTrigger(workflow: unknown): boolean {
  const on = (workflow as { on?: unknown } | null)?.on;
  if (on === 'workflow_dispatch') return true;
  if (Array.isArray(on)) return on.length > 0 && on.every((e) => e === 'workflow_dispatch');
  if (on && typeof on === 'object') {
    const events = Object.keys(on);
    return events.length > 0 && events.every((e) => e === 'workflow_dispatch');
  }
  return false;
}

/** Travis runs a language's default test command when the file gives no script. */
function travisDefaults(file: string, config: Record<string, unknown>, existing: CiCommand[]): CiCommand[] {
  if (existing.some((c) => /^script/.test(c.text)) || config?.script) return [];
  const defaults: Record<string, string> = { node_js: 'npm test', ruby: 'bundle exec rake', go: 'go test ./...', java: 'gradle check', rust: 'cargo test' };
  const language = String(config?.language ?? '');
  const cmd = defaults[language === 'node_js' || config?.node_js ? 'node_js' : language];
  return cmd ? [{ system: 'travis', file, line: 1, text: cmd, expanded: cmd }] : [];
}

function textCommands(file: string, text: string, system: CiSystem): CiCommand[] {
  const out: CiCommand[] = [];
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('//') || trimmed.startsWith('#')) return;
    const m = /\b(?:sh|bat|powershell|pwsh)\s*(?:\(\s*)?(?:script:\s*)?['"]{1,3}(.{1,1000}?)['"]{1,3}/.exec(trimmed);
    const cmd = system === 'jenkins' ? m?.[1] ?? trimmed : trimmed;
    out.push({ system, file, line: i + 1, text: cmd, expanded: cmd });
  });
  return out;
}

/**
 * The build steps of TeamCity's Kotlin DSL, as the commands they run: a `gradle { tasks = "clean check" }` step runs
 * `gradle clean check`, a `maven { goals = "verify" }` step `mvn verify`, a `script { scriptContent = "…" }` step
 * (or a raw string) its lines, `dotnetTest { … }` `dotnet test`. A step switched off (`enabled = false`) is left out.
 */
const TEAMCITY_STEP = /\b(gradle|maven|script|dotnetTest|dotnetBuild|nodeJS|exec)[ \t]*\{/g;
const RAW_OR_QUOTED = '(?:"""([^]{1,4000}?)"""|"([^"\\n]{1,1000})")';
const TEAMCITY_FIELDS: Record<string, [RegExp, string]> = {
  gradle: [new RegExp(`\\btasks[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), 'gradle '],
  maven: [new RegExp(`\\bgoals[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), 'mvn '],
  script: [new RegExp(`\\bscriptContent[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ''],
  nodeJS: [new RegExp(`\\bshellScript[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ''],
  exec: [new RegExp(`\\bpath[ \\t]*=[ \\t]*${RAW_OR_QUOTED}`), ''],
};
function teamCityCommands(file: string, text: string): CiCommand[] {
  const out: CiCommand[] = [];
  for (const m of text.matchAll(TEAMCITY_STEP)) {
    const kind = m[1]!;
    const body = blockAfter(text, m.index + m[0].length);
    if (/\benabled[ \t]*=[ \t]*false\b/.test(body)) continue;
    const line = lineAt(text, m.index);
    const push = (command: string) => out.push({ system: 'teamcity', file, line, text: command, expanded: command });
    if (kind === 'dotnetTest') push('dotnet test');
    else if (kind === 'dotnetBuild') push('dotnet build');
    const field = TEAMCITY_FIELDS[kind];
    const found = field?.[0].exec(body);
    if (!field || !found) continue;
    for (const { text: command } of commandLines(found[1] ?? found[2] ?? '')) push(field[1] + command);
  }
  return out;
}

/** The text of the brace block that starts at `from` (just after its `{`), up to its matching `}`. */
function blockAfter(text: string, from: number): string {
  const end = Math.min(text.length, from + 20_000);
  let depth = 1;
  for (let i = from; i < end; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(from, i);
  }
  return text.slice(from, end);
}

export interface ScriptSources {
  /** package.json scripts by folder ('' = root). */
  npmScripts: Map<string, Record<string, string>>;
  /** Makefile targets' recipes by folder. */
  makeTargets: Map<string, Record<string, string>>;
  /** Rakefile tasks by folder: what each runs, as commands (`rake test && rake rubocop`); see parseRakefile. */
  rakeTasks?: Map<string, Record<string, string>>;
  /** tox's default environments by folder (the envlist a bare `tox` runs). */
  toxEnvs?: Map<string, string[]>;
  /**
   * The text of a repository shell script a command runs (`ci/run.sh`), or undefined when the path is no such
   * script. The script is read as text, never run.
   */
  shellScript?: (path: string) => string | undefined;
  /**
   * The C# source of a build program a command runs (`dotnet run --project build/build.csproj`: Bullseye, Nuke or
   * Cake Frosting), the folder's .cs files joined, or undefined when the path is no such project. Read, never run.
   */
  buildProgram?: (project: string) => string | undefined;
  /**
   * The text of a repository file a Cake build reads (a bootstrapper script such as build.ps1, a `.cake` script, or a
   * file-based `cake.cs`), or undefined when the repository holds no such file. Read, never run.
   */
  buildScript?: (path: string) => string | undefined;
}

/** A script's commands that a CI command brings in: its first lines only, so a huge script cannot blow up matching. */
const MAX_SCRIPT_CHARS = 16 * 1024;
// A shell script run by path: `./ci/run.sh`, `bash scripts/test.sh`, `sh -e ci/build`, `source ./env.sh`.
const SCRIPT_RUN = /(?:^|[\s;&|(])(?:(?:bash|sh|zsh|dash|source|pwsh|powershell|\.)[ \t]+(?:-[a-zA-Z]+[ \t]+){0,3})?((?:\$\{\{ *github\.workspace *\}\}\/|\$GITHUB_WORKSPACE\/|\.\/)?[\w.-]+(?:\/[\w.-]+){0,8})(?=$|[\s;&|)])/g;

// `dotnet run --project build/build.csproj` (or -p, or the folder): a build program of the repository's own.
const DOTNET_RUN_PROJECT = /\bdotnet[ \t]+run[ \t]+(?:-[-\w]+(?:[ \t]+[\w.]+)?[ \t]+){0,3}?(?:--project|-p)[ \t]+['"]?([\w./-]{1,200})/g;
// What a C# build program runs: Run("dotnet", "test …") in Bullseye/SimpleExec, DotNetTest(…) in Nuke and Cake.
const PROGRAM_RUN = /\b(?:Run|RunAsync|Exec|ExecAsync|StartProcess)\([ \t]*"([\w.-]{1,40})"[ \t]*,[ \t]*[$@]{0,2}"([^"\n]{0,200})"/g;
// Nuke's and Cake Frosting's DotNetTest(…); FlubuCore's test task (`AddCoreTask(x => x.Test()`, `CoreTasks().Test()`).
const PROGRAM_TEST_TASK = /\bDotNet(?:Core)?Test\(|\bAddCoreTask\([ \t]*\w{1,20}[ \t]*=>[ \t]*\w{1,20}\.Test\(|\.CoreTasks\(\)[ \t]*\.Test\(/;

/**
 * A C# build tool run by its name (`flubu`, `dotnet flubu`, `dotnet tool run flubu`, `nuke`, `dotnet nuke`), with the
 * words that follow it. Run with no target it runs the build program's default target; a target named for the
 * tests is read by its name (BUILD_SCRIPT_TEST_TARGET).
 */
const CSHARP_BUILD_TOOL_RUN = /(?:^|[\s;&|(])(flubu|nuke)(?![\w.-])([^&|;\n]{0,200})/g;
/** Where each tool keeps its build program when nothing says otherwise. */
const BUILD_PROGRAM_FOLDERS: Record<string, string[]> = { flubu: ['BuildScript', 'build', 'Build', '_build'], nuke: ['build', '_build', 'Build'] };

/** The target the words after a build tool name (a word that is no option and no option's value), if any. */
function targetNamed(rest: string): string | undefined {
  const words = rest.trim().split(/[ \t]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith('-')) {
      if (!w.includes('=') && words[i + 1] && !words[i + 1]!.startsWith('-')) i++;
      continue;
    }
    return w;
  }
  return undefined;
}

/** The commands of the build program a bare `flubu` or `nuke` run builds (`.flubu` names its project; else the usual folders). */
function buildToolCommands(tool: string, sources: ScriptSources): string[] {
  const pointer = tool === 'flubu' ? sources.buildScript?.('.flubu')?.trim().split(/\r?\n/)[0]?.trim() : undefined;
  const candidates = [...(pointer && /^[\w./-]{1,200}\.csproj$/.test(pointer) ? [pointer.replace(/^\.\//, '')] : []), ...BUILD_PROGRAM_FOLDERS[tool]!];
  for (const project of candidates) {
    const program = sources.buildProgram!(project);
    if (program !== undefined) return buildProgramCommands(program);
  }
  return [];
}

/** The commands a C# build program runs, as shell commands ("dotnet test …"). */
function buildProgramCommands(source: string): string[] {
  const text = source.slice(0, MAX_SCRIPT_CHARS * 4);
  const out = [...text.matchAll(PROGRAM_RUN)].map((m) => `${m[1]} ${m[2]}`);
  if (PROGRAM_TEST_TASK.test(text)) out.push('dotnet test');
  return out;
}

/**
 * A Cake build run from CI: its bootstrapper (`./build.ps1`, `build.sh`, `build.cmd`, with or without options), or
 * the Cake tool (`dotnet cake build.cake`, `dotnet tool run dotnet-cake`, a file-based `dotnet cake.cs`, the
 * cake-action's `target:` input), with what follows it up to the end of the command.
 */
const CAKE_RUN = /(?:^|[\s;&|(/\\])(?:build\.(?:ps1|sh|cmd|bat)|dotnet[ \t]+(?:tool[ \t]+run[ \t]+)?(?:dotnet-)?cake|dotnet-cake|dotnet[ \t]+(?:run[ \t]+)?cake\.cs)(?![\w.-])([^&|;\n]{0,200})/g;
// The target a Cake run names: `--target=Test`, `--target Test`, `-Target Test`, `-t Test`.
const CAKE_TARGET = /(?:^|[ \t])(?:--target=|(?:--target|-target|-t)[ \t]+)['"]?([\w.-]{1,60})/i;
// The script a Cake run names, or a bootstrapper names as its script: `build.cake`, `ci.cake`, `"cake.cs"`.
const CAKE_SCRIPT_NAME = /(?:^|[\s'"=/\\])([\w.-]{1,60}\.cake|cake\.cs)(?=$|[\s'"])/;
// The default target of a Cake script: `Argument("target", "Default")`, `Argument<string>("target", "CI")`.
const CAKE_DEFAULT_TARGET = /\bArgument(?:<string>)?\([ \t]*"target"[ \t]*,[ \t]*"([\w.-]{1,60})"/;
const CAKE_TASK = /\bTask\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
const CAKE_DEPENDS = /\.IsDependentOn\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
const CAKE_DEPENDEE = /\.IsDependeeOf\([ \t]*"([\w.-]{1,60})"[ \t]*\)/g;
// Cake's own aliases for test runners (DotNetTest, the older DotNetCoreTest, VSTest, XUnit2, NUnit3, MSTest).
const CAKE_TEST_ALIAS = /\b(?:DotNet(?:Core)?Test|VSTest|XUnit2|NUnit3|MSTest)\(/;

/**
 * What a Cake script runs for a target (its default when none is named): the commands of the target's task and of
 * every task it depends on (`Task("Default").IsDependentOn("Build")`, `Task("Build").IsDependentOn("__RunTests")`),
 * as shell commands; a task that calls a test alias runs `dotnet test`. Tasks the target does not reach add nothing.
 */
export function cakeTargetCommands(script: string, target: string | undefined): string[] {
  const text = script.slice(0, MAX_SCRIPT_CHARS * 4);
  const tasks = [...text.matchAll(CAKE_TASK)];
  if (!tasks.length) return [];
  const bodies = new Map<string, string>();
  const deps = new Map<string, string[]>();
  tasks.forEach((m, i) => {
    const name = m[1]!.toLowerCase();
    const body = text.slice(m.index, tasks[i + 1]?.index ?? text.length);
    bodies.set(name, body);
    deps.set(name, [...(deps.get(name) ?? []), ...[...body.matchAll(CAKE_DEPENDS)].map((d) => d[1]!.toLowerCase())]);
    for (const d of body.matchAll(CAKE_DEPENDEE)) deps.set(d[1]!.toLowerCase(), [...(deps.get(d[1]!.toLowerCase()) ?? []), name]);
  });
  const start = (target ?? CAKE_DEFAULT_TARGET.exec(text)?.[1] ?? 'Default').toLowerCase();
  const seen = new Set<string>();
  const queue = [start];
  const out: string[] = [];
  while (queue.length && seen.size < 200) {
    const name = queue.shift()!;
    if (seen.has(name) || !bodies.has(name)) continue;
    seen.add(name);
    const body = bodies.get(name)!;
    out.push(...[...body.matchAll(PROGRAM_RUN)].map((m) => `${m[1]} ${m[2]}`));
    if (CAKE_TEST_ALIAS.test(body)) out.push('dotnet test');
    queue.push(...(deps.get(name) ?? []));
  }
  return out;
}

/** The Cake script a Cake run reads: the one it names, the one its bootstrapper names, or `build.cake`. */
function cakeScriptOf(command: string, run: string, sources: ScriptSources): string | undefined {
  const read = sources.buildScript!;
  const named = CAKE_SCRIPT_NAME.exec(run)?.[1];
  if (named) return read(named);
  const bootstrapper = /\bbuild\.(?:ps1|sh|cmd|bat)\b/.exec(command)?.[0];
  const folder = /(?:^|[\s;&|(])(?:\.\/)?((?:\w[\w.-]*\/){1,4})build\.(?:ps1|sh|cmd|bat)\b/.exec(command)?.[1] ?? '';
  if (bootstrapper) {
    const own = read(`${folder}${bootstrapper}`);
    const inner = own === undefined ? undefined : CAKE_SCRIPT_NAME.exec(own.slice(0, MAX_SCRIPT_CHARS))?.[1];
    if (inner) return read(`${folder}${inner}`) ?? read(inner);
  }
  return read(`${folder}build.cake`);
}

// A PowerShell variable given a literal value (`[string]$Script = "cake.cs"`, a param default or an assignment).
const POWERSHELL_ASSIGNMENT = /^[ \t]*(?:\[\w+\][ \t]*)?\$(\w{1,40})[ \t]*=[ \t]*["']([\w./-]{1,200})["'],?[ \t]*$/gm;

/**
 * The commands of a shell script, one line each, comments and blank lines left out; in a PowerShell script
 * (`& dotnet $Script`), the variables it gives a literal value are spelled out.
 */
function scriptCommands(text: string): string[] {
  const head = text.slice(0, MAX_SCRIPT_CHARS);
  const values = new Map<string, string>();
  for (const m of head.matchAll(POWERSHELL_ASSIGNMENT)) if (!values.has(m[1]!)) values.set(m[1]!, m[2]!);
  const lines = commandLines(head).map(({ text: l }) => (values.size ? l.replace(/\$(\w{1,40})\b/g, (all, name: string) => values.get(name) ?? all) : l));
  return inFolders(lines);
}

// `cd api`, `cd ../x`, `cd generated-project &&`: a folder the lines after it run in (a plain relative path only).
const CD_LINE = /^cd[ \t]+["']?([\w.-]{1,100}(?:\/[\w.-]{1,100}){0,6})\/?["']?[ \t]*(?:$|&&|;)/;
// Any other `cd` (to a variable, home, an absolute path): where the lines after it run is unknown.
const OTHER_CD = /^cd(?:[ \t]|$)/;

/**
 * A script's lines with `./path` spelled from the repository's root after a `cd` to a relative folder: `cd api`
 * then `./scripts/test.sh` runs api/scripts/test.sh. After a `cd` levelgate cannot follow, lines are kept as written.
 */
function inFolders(lines: string[]): string[] {
  let folder: string[] | undefined = [];
  return lines.map((line) => {
    const out = folder?.length ? line.replace(/(^|[\s;&|(])\.\/(?=[\w.-])/g, `$1./${folder.join('/')}/`) : line;
    const cd = CD_LINE.exec(line);
    if (cd && folder) {
      for (const part of cd[1]!.split('/')) {
        if (part === '..') folder.pop();
        else if (part !== '.') folder.push(part);
      }
    } else if (OTHER_CD.test(line)) folder = undefined;
    return out;
  });
}

/**
 * The commands of a run block or script, one per line, comments and blank lines left out; a line that ends in a
 * continuation (a trailing `\` in a shell, a space and a backtick in PowerShell, a space and `^` in cmd) is joined
 * with the lines it continues, at the first one's index: `./gradlew \` + `-Pversion=1 \` + `check` is one command.
 */
export function commandLines(block: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let open: { text: string; index: number } | undefined;
  block.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    // A backtick or caret continues a line only after a space: `` x=`date` `` ends a command substitution.
    const continues = /(?:\\|[ \t][`^])$/.test(line) && !line.startsWith('#');
    const part = continues ? line.slice(0, -1).trimEnd() : line;
    if (open) {
      open.text = part ? `${open.text} ${part}` : open.text;
      if (continues && line) return;
      out.push(open);
      open = undefined;
      return;
    }
    if (!line || line.startsWith('#')) return;
    if (continues) open = { text: part, index: i };
    else out.push({ text: line, index: i });
  });
  if (open) out.push(open);
  return out;
}

/**
 * An expanded command is cut here: scripts that fan out (`npm run a && npm run a …` × 250, four deep) would
 * otherwise grow to gigabytes. Real expansions are a few hundred characters.
 */
export const MAX_EXPANDED_COMMAND = 64 * 1024;

/** Expansions already made, per script sources: a script called from many places is expanded once per depth. */
const expansions = new WeakMap<ScriptSources, Map<string, string>>();

/** Appends the scripts a command calls (npm/yarn/pnpm/bun run, make) so matching sees the real tool. */
export function expandCommand(command: string, sources: ScriptSources, depth = 0): string {
  if (depth > 3) return command.slice(0, MAX_EXPANDED_COMMAND);
  let memo = expansions.get(sources);
  if (!memo) expansions.set(sources, (memo = new Map()));
  const key = `${depth}\u0000${command}`;
  let expanded = memo.get(key);
  if (expanded === undefined) memo.set(key, (expanded = expandOnce(command, sources, depth)));
  return expanded;
}

function expandOnce(command: string, sources: ScriptSources, depth: number): string {
  const parts = [command.slice(0, MAX_EXPANDED_COMMAND)];
  let size = parts[0]!.length;
  // Each script or target is appended once, however often the command calls it, and only while there is room.
  const seen = new Set<string>();
  const add = (part: string) => {
    if (size >= MAX_EXPANDED_COMMAND || seen.has(part)) return;
    seen.add(part);
    const room = MAX_EXPANDED_COMMAND - size;
    parts.push(part.length > room ? part.slice(0, room) : part);
    size += Math.min(part.length, room) + 4;
  };
  const reusable = reusableWorkflowWords(command);
  if (reusable) add(reusable);
  const scripts = sources.npmScripts.get('') ?? {};
  const allScripts = [...sources.npmScripts.values()];
  const called = new Set<string>();
  for (const m of command.matchAll(NPM_SCRIPT_RUN)) {
    const name = m[1] === 'run' ? undefined : m[1] === 't' ? 'test' : m[1];
    if (!name || called.has(name)) continue;
    called.add(name);
    const own = scripts[name] ?? allScripts.map((s) => s[name]).find(Boolean);
    // Words after the script's name reach the script's command (`npm start test` with start = `nps` runs `nps test`).
    const args = (m[2] ?? '').replace(/^[ \t]+--(?=[ \t]|$)/, '').trim();
    for (const hook of [`pre${name}`, name, `post${name}`]) {
      const body = hook === name ? own : scripts[hook];
      if (body) add(expandCommand(hook === name && args ? `${body} ${args}` : body, sources, depth + 1));
    }
    if (name === 'test' && !own) add('npm test');
  }
  // A package manager told to run a folder's script (`npm run lint --prefix server`, `yarn --cwd client test`,
  // `pnpm -C web run test`) runs that folder's package.json script, not the root's of the same name.
  for (const m of command.matchAll(PACKAGE_MANAGER_RUN)) {
    const run = folderScript(m[0]);
    const body = run ? sources.npmScripts.get(run.folder)?.[run.name] : undefined;
    if (body) add(expandCommand(body, sources, depth + 1));
  }
  // Monorepo task runners run the workspaces' scripts of that name: `turbo run test:e2e`, `nx run-many -t test`,
  // `lerna run test`, `pnpm -r run test`, `yarn workspaces foreach run test`.
  for (const m of command.matchAll(MONOREPO_TASK)) {
    for (const name of m[1]!.split(/\s+/)) {
      if (!name || name.startsWith('-') || called.has(name)) continue;
      called.add(name);
      const body = scripts[name] ?? allScripts.map((s) => s[name]).find(Boolean);
      if (body) add(expandCommand(body, sources, depth + 1));
    }
  }
  for (const m of command.matchAll(/\b(?:npx|pnpm\s+exec|yarn\s+exec)\s+([\w@/.-]+)/g)) add(m[1]!);
  if (sources.shellScript) {
    for (const m of command.matchAll(SCRIPT_RUN)) {
      const path = m[1]!.replace(/^(?:\$\{\{ *github\.workspace *\}\}\/|\$GITHUB_WORKSPACE\/|\.\/)/, '');
      const script = sources.shellScript(path);
      if (script !== undefined) add(expandCommand(scriptCommands(script).join(' && '), sources, depth + 1));
    }
  }
  if (sources.buildProgram) {
    for (const m of command.matchAll(DOTNET_RUN_PROJECT)) {
      const program = sources.buildProgram(m[1]!.replace(/^\.\//, ''));
      if (program !== undefined) add(buildProgramCommands(program).join(' && '));
    }
  }
  if (sources.buildProgram) {
    for (const m of command.matchAll(CSHARP_BUILD_TOOL_RUN)) {
      // A target named for the tests (`flubu Tests`, `nuke UnitTests`) runs them; another target is not followed.
      const target = targetNamed(m[2] ?? '');
      if (target !== undefined) {
        if (/tests?$/i.test(target)) add('dotnet test');
        continue;
      }
      const commands = buildToolCommands(m[1]!, sources);
      if (commands.length) add(commands.join(' && '));
    }
  }
  if (sources.buildScript) {
    for (const m of command.matchAll(CAKE_RUN)) {
      const rest = m[1] ?? '';
      const script = cakeScriptOf(command, m[0], sources);
      const commands = script === undefined ? [] : cakeTargetCommands(script, CAKE_TARGET.exec(rest)?.[1]);
      if (commands.length) add(commands.join(' && '));
    }
  }
  // A bare `make` runs the root Makefile's first target; a rake run (bare: the default task) runs its tasks' prerequisites and
  // what they define (`task default: [:test, :rubocop]`); a bare `tox` runs every environment of its envlist.
  const rootTargets = sources.makeTargets.get('');
  if (rootTargets && /\bmake(?=[ \t]*(?:$|&&|\|\||;|\n))/.test(command)) {
    const goal = Object.keys(rootTargets).find((t) => !t.startsWith('.'));
    if (goal && rootTargets[goal] && !called.has(`make:${goal}`)) {
      called.add(`make:${goal}`);
      add(expandCommand(rootTargets[goal], sources, depth + 1));
    }
  }
  for (const m of command.matchAll(RAKE_RUN)) {
    const named = (m[1] ?? '').trim().split(/[ \t]+/).filter((w) => w && !w.startsWith('-') && !w.includes('='));
    for (const task of named.length ? named : ['default']) {
      if (called.has(`rake:${task}`)) continue;
      called.add(`rake:${task}`);
      for (const tasks of sources.rakeTasks?.values() ?? []) if (tasks[task]) add(expandCommand(tasks[task], sources, depth + 1));
    }
  }
  if (/\btox(?=[ \t]*(?:$|&&|\|\||;|\n|[ \t]-[pvq]))/.test(command) && !/\btox[ \t][^&|;\n]{0,80}?-e\b/.test(command)) {
    for (const envs of sources.toxEnvs?.values() ?? []) for (const env of envs) add(`tox -e ${env}`);
  }
  for (const m of command.matchAll(MAKE_RUN)) {
    for (const target of m[1]!.split(/\s+/)) {
      // A prerequisite make computes when it runs (`$(STUFFBIN)`) is no target to follow.
      if (target.startsWith('$') || called.has(`make:${target}`)) continue;
      called.add(`make:${target}`);
      for (const targets of sources.makeTargets.values()) if (targets[target]) add(expandCommand(targets[target], sources, depth + 1));
    }
  }
  return parts.join(' && ');
}

// make, just or task with the targets after it; a prerequisite computed when make runs (`$(STUFFBIN)`) among them. An
// option whose value is a shell variable comes first (`make -j"$MAKE_JOBS" release-test`): the targets follow it.
const MAKE_RUN = /\b(?:make|just|task)\s+(?:-[A-Za-z]{1,2}["']?\$\{?\w{1,40}\}?["']?\s+)?((?:\$[({][\w.]{1,60}[)}]|[\w:.-]+)(?:\s+(?:\$[({][\w.]{1,60}[)}]|[\w:.-]+))*)/g;

// A package manager running a script, with the words that follow it on the same command (up to && ; | or a newline).
const NPM_SCRIPT_RUN = /\b(?:npm|pnpm|yarn|bun)\s+(?:run(?:-script)?\s+|--?[\w-]+\s+)*([\w:.-]+)((?:[ \t]+[\w:.=@/-]{1,80}){0,4})/g;

// A package manager's command, up to the end of the command (`npm run lint --prefix server`, `yarn --cwd client test`).
const PACKAGE_MANAGER_RUN = /\b(?:npm|pnpm|yarn)[ \t][^&|;\n]{0,200}/g;
const FOLDER_OPTION = /^(?:--prefix|--cwd|--dir|-C)(?:=([\w./-]{1,100}))?$/;

/** The folder and script of a package manager told to run a folder's script, read word by word; undefined otherwise. */
function folderScript(run: string): { folder: string; name: string } | undefined {
  const words = run.trim().split(/[ \t]+/).slice(1);
  let folder: string | undefined;
  let name: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const option = FOLDER_OPTION.exec(words[i]!);
    if (option) folder = option[1] ?? words[++i];
    else if (words[i]!.startsWith('-') || (name === undefined && (words[i] === 'run' || words[i] === 'run-script'))) continue;
    else name ??= words[i];
  }
  return folder && name && /^[\w:.-]{1,60}$/.test(name) ? { folder: folder.replace(/^\.\//, '').replace(/\/$/, ''), name } : undefined;
}

const MONOREPO_TASK = /\b(?:(?:turbo(?:[ \t]+run)?|lerna[ \t]+run)[ \t]+|nx[ \t]+run-many[ \t]+(?:--?[\w-]{1,20}[ \t]+){0,3}(?:-t|--targets?)(?:=|[ \t]+)|nx[ \t]+(?:run[ \t]+)?[\w@/.-]{1,80}:|(?:pnpm|npm)[ \t]+(?:-r|--recursive|-ws|--workspaces)[ \t]+(?:run[ \t]+)?|yarn[ \t]+workspaces[ \t]+(?:foreach[ \t]+(?:-[\w-]{1,20}[ \t]+){0,4})?run[ \t]+)([\w:.-]{1,60}(?:[ \t]+[\w:.-]{1,60}){0,3})/g;

// A call to a reusable workflow (`uses: org/shared/.github/workflows/node_unit_tests.yml@v2`, or a local one).
const REUSABLE_WORKFLOW = /^uses: (?:[\w.-]+\/[\w.-]+|\.)\/\.github\/workflows\/([\w.-]+)\.ya?ml(?:@[\w./-]+)?$/;

/**
 * What a reusable workflow's name says it does, as words ("reusable-workflow node unit tests"): its steps live in
 * another repository, so rules that read CI judge it by its name, each with a `reusable-workflow … <word>` pattern.
 */
export function reusableWorkflowWords(command: string): string | undefined {
  const m = REUSABLE_WORKFLOW.exec(command.trim());
  if (!m) return undefined;
  return `reusable-workflow ${m[1]!.replace(/[-_.]+/g, ' ').toLowerCase()}`;
}

// A rake run with the task names after it (none: the default task); options and VAR=value words are left out later.
const RAKE_RUN = /\brake((?:[ \t]+[\w:.=-]{1,60}){0,6})/g;

/**
 * A Rakefile's tasks and what each runs, for expanding `rake` in CI: a task's prerequisites as rake runs
 * (`task default: %i[test rubocop]`, `task :ci => [:spec, :lint]` → `rake test && rake rubocop`), and the linter a
 * RuboCop or StandardRB rake task defines under its name (`RuboCop::RakeTask.new(:style)` → `rubocop`).
 */
export function parseRakefile(text: string): Record<string, string> {
  const tasks: Record<string, string> = {};
  const PREREQUISITES = /\btask(?:\(|[ \t]{1,8}\(?)[ \t]{0,8}:?["']?([\w-]{1,60})["']?[ \t]{0,8}(?:=>|:)[ \t]{0,8}(\[[^\]\n]{0,300}\]|%[iwIW][[(][^\])\n]{0,300}[\])]|:[\w:-]{1,60}|["'][\w:-]{1,60}["'])/g;
  for (const m of text.matchAll(PREREQUISITES)) {
    const deps = m[2]!.replace(/^%[iwIW]./, '').match(/[\w:-]{1,60}/g) ?? [];
    const runs = deps.map((d) => `rake ${d.replace(/^:/, '')}`).join(' && ');
    if (runs) tasks[m[1]!] = tasks[m[1]!] ? `${tasks[m[1]!]} && ${runs}` : runs;
  }
  for (const m of text.matchAll(/\b(RuboCop|StandardRB)::RakeTask\.new(?:(?:\([ \t]{0,8}|[ \t]{1,8})(?::|["'])([\w-]{1,60}))?/g)) {
    const name = m[2] ?? (m[1] === 'RuboCop' ? 'rubocop' : 'standard');
    tasks[name] = tasks[name] ? `${tasks[name]} && ${m[1]!.toLowerCase()}` : m[1]!.toLowerCase();
  }
  return tasks;
}

/** tox's envlist (the environments a bare `tox` runs), from tox.ini or a pyproject's legacy tox section. */
export function parseToxEnvlist(text: string): string[] {
  const m = /^[ \t]*envlist[ \t]*=[ \t]*((?:[^\n]*)(?:\n[ \t]+[^\n]*){0,20})/m.exec(text);
  if (!m) return [];
  return m[1]!.split(/[\s,]+/).filter((e) => /^[\w.-]{1,40}$/.test(e)).slice(0, 20);
}

/** Make targets and their recipes (recipe lines joined), for expanding `make test`. */
export function parseMakefile(text: string): Record<string, string> {
  const targets: Record<string, string> = {};
  const variables = makeVariables(text);
  let current: string[] = [];
  for (const raw of joinedRuleLines(text.split('\n'))) {
    const line = withMakeVariables(raw, variables);
    const header = MAKE_RULE_HEADER.exec(line);
    if (header && !line.startsWith('\t')) {
      current = header[1]!.split(/\s+/);
      // The prerequisites, without a trailing comment (`build: deps ## Build the binary`, a help target's text).
      const recipe = withoutMakeComment(header[2]!).trim();
      for (const t of current) targets[t] = recipe ? `make ${recipe}` : '';
    } else if (line.startsWith('\t') || line.startsWith('    ')) {
      for (const t of current) targets[t] = `${targets[t] ? `${targets[t]} && ` : ''}${line.trim()}`;
    } else if (line.trim() && !line.startsWith('#')) current = [];
  }
  return targets;
}

/** A Makefile rule's first line: its targets, a colon that is no assignment (`:=`, `::=`), then its prerequisites. */
const MAKE_RULE_HEADER = /^([\w./-]+(?:[ \t]+[\w./-]+)*)[ \t]*:(?![=:])(.*)$/;

/**
 * A Makefile's lines with each rule line continued by backslashes joined into one (`release-test: \` over tab-indented
 * `vet \`, `sec \`, `test`): the names below are prerequisites, not recipe lines. Recipe lines stay as they are.
 */
function joinedRuleLines(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (!line.startsWith('\t') && !line.startsWith('#') && MAKE_RULE_HEADER.test(line)) {
      while (/\\[ \t]*$/.test(line) && i + 1 < lines.length) line = `${line.replace(/\\[ \t]*$/, '')} ${lines[++i]!.trim()}`;
    }
    out.push(line);
  }
  return out;
}

// A Makefile's simple variable (`GO ?= go`, `BIN := listmonk`, `override X = y`, `export Y += z`), at the start of a line.
const MAKE_VARIABLE = /^(?:export[ \t]+|override[ \t]+)?([A-Za-z_][\w.]{0,60})[ \t]*(:{1,3}|\?|\+)?=[ \t]*([^\n]{0,300})$/gm;
const MAKE_REFERENCE = /\$[({]([A-Za-z_][\w.]{0,60})[)}]/g;

/**
 * A Makefile's simple variables, so that its recipes read as the shell runs them (`$(GO) test ./...` is `go test ./...`).
 * A value computed when make runs (`$(shell …)`, backquotes, `$(wildcard …)`) is left out: the reference stays as written.
 */
function makeVariables(text: string): Map<string, string> {
  // make's own: a recipe's `$(MAKE) lint` runs make.
  const variables = new Map<string, string>([['MAKE', 'make']]);
  for (const m of text.matchAll(MAKE_VARIABLE)) {
    const value = withoutMakeComment(m[3]!).trim();
    // Computed when make runs, or continued on the next lines (`DEPS = \`): left as written.
    if (/\$\([a-z]+[ \t]|`|\\$/.test(value)) continue;
    variables.set(m[1]!, m[2] === '+' && variables.has(m[1]!) ? `${variables.get(m[1]!)} ${value}` : value);
  }
  return variables;
}

/** A Makefile line's text before its comment (a `#` at its start or after a blank), cut by index, not by a regex. */
function withoutMakeComment(line: string): string {
  const at = line.startsWith('#') ? 0 : line.search(/[ \t]#/);
  return at === -1 ? line : line.slice(0, at);
}

/** A Makefile line with the variables it references spelled out (references to references too, three deep). */
function withMakeVariables(line: string, variables: ReadonlyMap<string, string>): string {
  let out = line;
  for (let pass = 0; pass < 3 && out.includes('$') && out.length < 4000; pass++) {
    const next = out.replace(MAKE_REFERENCE, (whole, name: string) => variables.get(name) ?? whole);
    if (next === out) break;
    out = next;
  }
  return out;
}
