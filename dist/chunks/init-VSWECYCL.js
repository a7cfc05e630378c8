import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  grade
} from "./chunk-D4UWMUA5.js";
import "./chunk-DLI75OZB.js";
import "./chunk-4IOWKBMJ.js";
import {
  findConfig
} from "./chunk-3T7CYGWW.js";
import "./chunk-7WGVYSY7.js";
import "./chunk-XRICSXDT.js";
import "./chunk-4ESW5KSC.js";
import "./chunk-LU6SHCMF.js";
import "./chunk-F5XIBRJ2.js";
import "./chunk-CX7SWQ2U.js";
import {
  GradeError,
  UsageError,
  describeError
} from "./chunk-OO2RKC3Q.js";
import {
  TOOL_VERSION
} from "./chunk-7ZRM26NT.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";

// src/commands/init.ts
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
var INIT_USAGE = `Usage: levelgate init [path] [options]

Writes, in the repository at path (default: the current directory):
  .github/workflows/levelgate.yml   runs the levelgate action on pull requests and pushes (least privilege)
  .levelgate.yml                    targets at the repository's current levels: a level can only go up
Existing files are never overwritten.

Options:
      --fork-safe   also write .github/workflows/levelgate-comment.yml, so pull requests from forks get the
                    comment too (the two-workflow pattern: the fork's run uploads, a workflow_run posts)
  -h, --help        show this help

Exit codes: 0 done (files written, or already there), 2 usage error or unreadable path.`;
var WORKFLOW_FILE = ".github/workflows/levelgate.yml";
var COMMENT_WORKFLOW_FILE = ".github/workflows/levelgate-comment.yml";
var CONFIG_FILE = ".levelgate.yml";
var PINNED_ACTIONS = {
  checkout: "actions/checkout@fbc6f3992d24b796d5a048ff273f7fcc4a7b6c09 # v5.1.0",
  uploadArtifact: "actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02 # v4.6.2",
  downloadArtifact: "actions/download-artifact@d3f86a106a0bac45b974a628896c90dbdf5c8093 # v4.3.0"
};
var ACTION_REF = `levelgate/levelgate@v${TOOL_VERSION.split(".")[0]}`;
var CONFIG_SCHEMA_URL = `https://raw.githubusercontent.com/levelgate/levelgate/v${TOOL_VERSION}/docs/config.schema.json`;
async function init(argv, io) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { "fork-safe": { type: "boolean" }, help: { type: "boolean", short: "h" } }
    });
    if (values.help) {
      io.stdout.write(`${INIT_USAGE}
`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`init takes one path, got ${positionals.length}`);
    const root = positionals[0] ?? ".";
    const info = await stat(root).catch(() => void 0);
    if (!info?.isDirectory()) throw new GradeError(`cannot grade "${root}": no such directory`);
    const forkSafe = values["fork-safe"] === true;
    const say = (line) => io.stdout.write(`levelgate init: ${line}
`);
    let wroteConfig = false;
    const existingConfig = await findConfig(root);
    if (existingConfig) {
      say(`${relative(root, existingConfig)} exists; left as it is (its targets stay)`);
    } else {
      const report = await grade(root, { config: false });
      await writeNew(root, CONFIG_FILE, configText(report));
      wroteConfig = true;
      say(`wrote ${CONFIG_FILE}: targets ${targetSummary(report)} (the current levels)`);
    }
    const branch = await currentBranch(root);
    const workflows = [[WORKFLOW_FILE, workflowText(branch, forkSafe)]];
    if (forkSafe) workflows.push([COMMENT_WORKFLOW_FILE, commentWorkflowText()]);
    const written = wroteConfig ? [CONFIG_FILE] : [];
    for (const [file, text] of workflows) {
      if (await writeNew(root, file, text)) {
        written.push(file);
        say(`wrote ${file}`);
      } else {
        say(`${file} exists; left as it is`);
      }
    }
    if (forkSafe && !written.includes(WORKFLOW_FILE) && written.includes(COMMENT_WORKFLOW_FILE)) {
      say(`the existing ${WORKFLOW_FILE} must upload its result for ${COMMENT_WORKFLOW_FILE}: add output-file and the upload step (README: "Pull requests from forks")`);
    }
    const next = written.length ? [
      "",
      "Next:",
      `  1. Check it here: npx levelgate ${root === "." ? "." : JSON.stringify(root)}   (exit code 0: every target met)`,
      `  2. Commit ${written.join(" and ")}, and open a pull request: levelgate comments on it and fails the check`,
      "     when a dimension drops below its target.",
      `  3. When a dimension goes up, raise its target in ${existingConfig ? relative(root, existingConfig) : CONFIG_FILE}, so it cannot fall back.`
    ] : ["", "Nothing to write: levelgate is set up here already."];
    if (written.length && !forkSafe) next.push('  Pull requests from forks: `levelgate init --fork-safe` adds the comment there too (README: "Pull requests from forks").');
    io.stdout.write(`${next.join("\n")}
`);
    return 0;
  } catch (error) {
    const { message, exitCode } = error.code?.startsWith("ERR_PARSE_ARGS") ? { message: error.message, exitCode: 2 } : describeError(error);
    io.stderr.write(`levelgate: ${message}
`);
    return exitCode;
  }
}
async function writeNew(root, file, text) {
  const target = path.join(root, file);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await writeFile(target, text, { flag: "wx" });
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  }
}
function relative(root, file) {
  return path.relative(root, file).split(path.sep).join("/");
}
async function currentBranch(root) {
  const head = await readFile(path.join(root, ".git", "HEAD"), "utf8").catch(() => "");
  const m = /^ref: refs\/heads\/([\w./-]+)\s*$/.exec(head);
  return m?.[1] ?? "main";
}
function targetSummary(report) {
  const parts = targetEntries(report).map(([k, v]) => `${k} L${v}`);
  return parts.length ? parts.join(", ") : "none (every dimension is L0)";
}
function targetEntries(report) {
  const out = [];
  if (report.level > 0) out.push(["overall", report.level]);
  for (const d of DIMENSIONS) if (report.dimensions[d].level > report.level) out.push([d, report.dimensions[d].level]);
  return out;
}
function configText(report) {
  const entries = targetEntries(report);
  const lines = [
    `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}`,
    "# levelgate configuration (docs/config.md). Written by `levelgate init` at the levels this repository had then:",
    "# a ratchet. Raise a target when a dimension goes up; the build fails when one falls below its target.",
    "version: 1"
  ];
  if (entries.length) {
    lines.push("targets:");
    for (const [k, v] of entries) lines.push(`  ${k}: L${v}`);
  } else {
    lines.push("# Every dimension is L0 today: add targets once the first ones reach L1, e.g.", "# targets:", "#   overall: L1");
  }
  return `${lines.join("\n")}
`;
}
function workflowText(branch, forkSafe) {
  const lines = [
    "# levelgate grades this repository on every pull request and push: one comment on the pull request, the job",
    "# summary, and a failed check when a dimension falls below .levelgate.yml's targets. Written by `levelgate init`.",
    "name: levelgate",
    "on:",
    "  pull_request:",
    "  push:",
    `    branches: [${JSON.stringify(branch)}]`,
    "permissions:",
    "  contents: read # read the checkout",
    "  pull-requests: write # create and update the levelgate comment",
    "concurrency:",
    "  group: levelgate-${{ github.event.pull_request.number || github.ref }}",
    "  cancel-in-progress: true",
    "jobs:",
    "  levelgate:",
    "    runs-on: ubuntu-latest",
    "    steps:",
    `      - uses: ${PINNED_ACTIONS.checkout}`,
    "        with:",
    "          fetch-depth: 0 # the base commit too, to show what the pull request changes",
    "          persist-credentials: false",
    '      # Pin a full commit SHA instead of the major tag for an immutable reference (README: "Versions and pinning").',
    "      - id: levelgate",
    `        uses: ${ACTION_REF}`
  ];
  if (forkSafe) {
    lines.push(
      "        with:",
      "          output-file: ${{ runner.temp }}/levelgate/result.json",
      "      # A fork's pull request gets a read-only token: upload the result; levelgate-comment.yml posts it.",
      "      - if: always() && github.event.pull_request.head.repo.fork",
      `        uses: ${PINNED_ACTIONS.uploadArtifact}`,
      "        with:",
      "          name: levelgate-result",
      "          path: ${{ runner.temp }}/levelgate/result.json",
      "          retention-days: 3"
    );
  }
  return `${lines.join("\n")}
`;
}
function commentWorkflowText() {
  return `${[
    "# Posts levelgate's comment on pull requests from forks: runs in this repository's context (write token) after the",
    "# levelgate workflow, with the result it uploaded. It checks out and runs nothing from the pull request.",
    "# Written by `levelgate init --fork-safe`.",
    "name: levelgate comment",
    "on:",
    "  workflow_run:",
    "    workflows: [levelgate]",
    "    types: [completed]",
    "permissions:",
    "  actions: read # download the artifact of the other run",
    "  pull-requests: write # post the comment",
    "jobs:",
    "  comment:",
    "    if: github.event.workflow_run.event == 'pull_request' && github.event.workflow_run.head_repository.fork",
    "    runs-on: ubuntu-latest",
    "    steps:",
    `      - uses: ${PINNED_ACTIONS.downloadArtifact}`,
    "        with:",
    "          name: levelgate-result",
    "          path: ${{ runner.temp }}/levelgate",
    "          run-id: ${{ github.event.workflow_run.id }}",
    "          github-token: ${{ github.token }}",
    `      - uses: ${ACTION_REF}`,
    "        with:",
    "          report-file: ${{ runner.temp }}/levelgate/result.json"
  ].join("\n")}
`;
}
export {
  ACTION_REF,
  COMMENT_WORKFLOW_FILE,
  CONFIG_FILE,
  CONFIG_SCHEMA_URL,
  INIT_USAGE,
  PINNED_ACTIONS,
  WORKFLOW_FILE,
  commentWorkflowText,
  configText,
  init,
  workflowText
};
