import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  gradeMonorepo
} from "./chunk-PMLN2DNM.js";
import {
  grade
} from "./chunk-D4UWMUA5.js";
import "./chunk-DLI75OZB.js";
import "./chunk-4IOWKBMJ.js";
import {
  DIMENSION_ABBREVIATIONS,
  capLine,
  describeNeeds,
  isReadingNote,
  levelLabel,
  measuredText,
  needsFor,
  nextNeed,
  notSeenText,
  renderConfigMarkdown,
  renderConfigText,
  renderJsonDocument,
  renderMarkdown,
  renderMonorepoMarkdown,
  rulesOf,
  shortLevel,
  violationsOf
} from "./chunk-DJWIRGR6.js";
import "./chunk-3L6EXDIF.js";
import {
  checkMonorepoTargets
} from "./chunk-GR3EPUVJ.js";
import {
  DEFAULT_TIMEOUT_SECONDS,
  Deadline,
  loadConfig,
  mergeTargets,
  parseTimeoutSeconds
} from "./chunk-3T7CYGWW.js";
import "./chunk-7WGVYSY7.js";
import "./chunk-XRICSXDT.js";
import "./chunk-4ESW5KSC.js";
import "./chunk-LU6SHCMF.js";
import "./chunk-F5XIBRJ2.js";
import {
  checkTargets,
  parseTargets,
  targetDimensions
} from "./chunk-CX7SWQ2U.js";
import {
  UsageError,
  describeError
} from "./chunk-OO2RKC3Q.js";
import {
  renderBadgeSvg,
  renderShieldsJson
} from "./chunk-QM33DQFN.js";
import {
  inertInLog
} from "./chunk-6C7SI267.js";
import {
  renderSarif
} from "./chunk-KA4N2BN3.js";
import {
  ruleDocsUrl
} from "./chunk-EKQ2MEFR.js";
import {
  TOOL_VERSION
} from "./chunk-7ZRM26NT.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";

// src/cli-main.ts
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/commands/index.ts
var COMMANDS = {
  explain: {
    summary: "explain <rule-id> [path]   what a rule counts and how to fix it; with a path, what the repository showed",
    run: async (args, io) => (await import("./explain-NQ5HF5Z4.js")).explain(args, io)
  },
  init: {
    summary: "init [path] [--fork-safe]  write a levelgate workflow and a .levelgate.yml at the current levels",
    run: async (args, io) => (await import("./init-VSWECYCL.js")).init(args, io)
  },
  fleet: {
    summary: "fleet list|grade|report    grade every repository of an organisation (see levelgate fleet --help)",
    run: async (args, io) => (await import("./fleet-P4J2T4O6.js")).fleetCommand(args, io)
  },
  history: {
    summary: "history [path] [--since 2y] grade past commits and chart the seven levels over time",
    run: async (args, io) => (await import("./history-UCAV3KXP.js")).historyCommand(args, io)
  }
};
function commandFor(argv) {
  const name = argv[0];
  return name !== void 0 && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : void 0;
}

// src/report/monorepo-text.ts
function renderMonorepoText(result, options = {}) {
  const names = ["(whole)", ...result.packages.map((p) => p.path)];
  const width = Math.min(48, Math.max(...names.map((n) => n.length), "package".length));
  const fit = (s) => s.length > width ? `\u2026${s.slice(s.length - width + 1)}` : s.padEnd(width);
  const levels = (r) => DIMENSIONS.map((d) => (r.dimensions[d].notApplicable ? "n/a" : shortLevel(r.dimensions[d].level)).padEnd(5)).join("");
  const out = [
    `levelgate: ${result.whole.root} (monorepo, ${result.packages.length} packages found from ${result.discovery})`,
    `Whole repository: ${levelLabel(result.whole.level)}`,
    "",
    `  ${"package".padEnd(width)}  all  ${DIMENSIONS.map((d) => DIMENSION_ABBREVIATIONS[d].padEnd(5)).join("")}`,
    `  ${fit("(whole)")}  ${shortLevel(result.whole.level)}   ${levels(result.whole)}`
  ];
  for (const p of result.packages) out.push(`  ${fit(p.path)}  ${shortLevel(p.report.level)}   ${levels(p.report)}`);
  const violations = DIMENSIONS.flatMap((d) => result.whole.dimensions[d].rules.filter((r) => r.negative && r.status === "missing").flatMap((r) => violationsOf(r).map((f) => `  ! ${r.id}  ${f.file}:${f.line}  ${f.message}`)));
  if (violations.length) out.push("", ...violations.slice(0, 20), ...violations.length > 20 ? [`  ! \u2026 and ${violations.length - 20} more`] : []);
  if (options.targets) {
    const check = checkMonorepoTargets(result, options.targets);
    out.push("", check.passed ? "Targets met by the whole and every package." : "Below target:");
    for (const f of check.failures.slice(0, 60)) out.push(`  ${f.package || "(whole)"}: ${f.scope} ${shortLevel(f.actual)} < ${shortLevel(f.target)}`);
    if (check.failures.length > 60) out.push(`  \u2026 and ${check.failures.length - 60} more`);
  }
  const config = renderConfigText(result.whole);
  if (config) out.push("", config.trimEnd());
  out.push("", `${result.whole.stats.files} files, ${result.packages.length} packages, ${result.whole.stats.durationMs} ms`);
  return out.join("\n") + "\n";
}

// src/report/text.ts
import { styleText } from "node:util";
function terminalStyle(stream, env = process.env) {
  const tty = stream.isTTY === true;
  let color = tty && env.TERM !== "dumb";
  if (env.NO_COLOR) color = false;
  if (env.FORCE_COLOR !== void 0 && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") color = true;
  const width = tty && stream.columns && stream.columns >= 40 ? stream.columns : void 0;
  return { color, ...width ? { width } : {} };
}
function renderText(report, options = {}) {
  const term = options.terminal ?? { color: false };
  const paint = (style, text) => term.color ? styleText(style, text) : text;
  const out = [];
  const line = (text, indent = 0) => out.push(...wrap(text, term.width, indent));
  const check = options.targets ? checkTargets(report, options.targets) : void 0;
  if (check) {
    const target = targetText(options.targets);
    const failing = check.failures.map((f) => f.scope);
    line(check.passed ? paint(["bold", "green"], `\u2713 meets target ${target}`) : paint(["bold", "red"], `\u2717 below target ${target}: ${failing.join(", ")}`));
  }
  const lowest = DIMENSIONS.filter((d) => !report.dimensions[d].notApplicable && report.dimensions[d].level === report.level);
  line(`${paint("bold", `L${report.level} overall`)}${lowest.length && lowest.length < 7 ? ` (lowest: ${lowest.join(", ")})` : ""} \xB7 ${report.root}`);
  for (const n of report.notes.filter(isReadingNote)) line(paint("yellow", `note: ${n.message}`), 6);
  out.push("");
  const width = Math.max(...DIMENSIONS.map((d) => d.length));
  const failingDims = new Set(check?.failures.map((f) => f.scope));
  for (const name of DIMENSIONS) {
    const d = report.dimensions[name];
    const level = d.notApplicable ? "n/a" : `L${d.level}`;
    const bar = d.notApplicable ? "        " : "\u2588".repeat(d.level * 2) + "\u2591".repeat(8 - d.level * 2);
    const need = nextNeed(d);
    const next = d.notApplicable ? "not applicable (configuration)" : need ? `next L${need.level}: ${describeNeeds([need], (r) => r.id)}` : "top level";
    const mark = failingDims.has(name) ? paint("red", "\u2717") : check ? paint("green", "\u2713") : " ";
    const head = `${mark} ${name.padEnd(width)}  ${paint(failingDims.has(name) ? "red" : "bold", level.padEnd(3))}  ${bar}  `;
    line(`${head}${paint("dim", next)}`, visibleLength(head));
    const cap = d.notApplicable ? void 0 : capLine(d);
    if (cap) line(`${" ".repeat(visibleLength(head))}${paint("dim", cap)}`, visibleLength(head));
    const unseen = d.notApplicable ? void 0 : notSeenText(d);
    if (unseen) line(`${" ".repeat(visibleLength(head))}${paint("yellow", `? ${unseen} (--strict-gates counts it missing)`)}`, visibleLength(head));
    for (const r of d.rules.filter((r2) => r2.negative)) {
      const violations = violationsOf(r);
      for (const f of violations.slice(0, 5)) line(paint("red", `      ! ${r.id}  ${f.file}:${f.line}  ${f.message}`), 8);
      if (violations.length > 5) line(`      ! \u2026 and ${violations.length - 5} more`, 8);
      const review = r.findings.filter((f) => f.strength === "weak");
      for (const f of review.slice(0, 3)) line(paint("yellow", `      ? ${r.id}  ${f.file}:${f.line}  ${f.message}`), 8);
      if (review.length > 3) line(`      ? \u2026 and ${review.length - 3} more to review`, 8);
    }
    if (options.verbose) {
      for (const r of d.rules.filter((r2) => r2.status === "met" && r2.findings.length)) {
        const f = r.findings[0];
        line(`      + ${r.id}  ${f.file}:${f.line}  ${f.message}`, 8);
      }
      for (const id of d.next ? [...d.next.requiredMissing, ...d.next.alternativesNeeded > 0 ? d.next.alternativesMissing : []] : []) {
        const url = ruleDocsUrl(id, report.tool.version);
        line(`      - ${id}${url ? `  ${url}` : ""}`, 8);
      }
    }
  }
  if (check && !check.passed) {
    out.push("", paint("bold", "Below target:"));
    for (const f of check.failures) {
      if (f.scope === "overall") {
        line(`  overall: L${f.actual}, target L${f.target} (the overall level is the lowest dimension)`, 4);
        continue;
      }
      const needs = needsFor(report.dimensions[f.scope], f.target);
      line(`  ${paint("bold", f.scope)} L${f.actual} \u2192 L${f.target}: ${describeNeeds(needs, (r) => r.id)}`, 4);
      for (const r of rulesOf(needs).slice(0, 4)) {
        const measured = measuredText(r);
        line(`    - ${r.id}: ${measured ? `${measured}. ` : ""}${r.hint}`, 6);
      }
    }
  }
  if (options.verbose) out.push("", "+ met, with its first evidence; - missing for the next level. `levelgate explain <rule-id> [path]` explains a rule.");
  if (report.notes.length) out.push("", `${report.notes.length} scan note(s); see --format md or json for the list.`);
  out.push("", paint("dim", `${report.stats.files} files, ${report.stats.filesParsed} parsed, ${report.stats.durationMs} ms`));
  return out.join("\n") + "\n";
}
function targetText(targets) {
  const parts = targets.overall !== void 0 ? [`L${targets.overall}`] : [];
  for (const d of DIMENSIONS) if (targets.dimensions[d] !== void 0) parts.push(`${d} L${targets.dimensions[d]}`);
  return parts.join(", ");
}
var ANSI = /\u001b\[[0-9;]*m/g;
function visibleLength(text) {
  return [...text.replace(ANSI, "")].length;
}
function wrap(text, width, indent = 0) {
  if (!width || visibleLength(text) <= width) return [text];
  const pad = " ".repeat(Math.min(indent, Math.floor(width / 2)));
  const words = text.split(/(?<= )/);
  const lines = [];
  let current = "";
  for (const word of words) {
    if (current && visibleLength(current + word.trimEnd()) > width) {
      lines.push(current.trimEnd());
      current = pad + word.trimStart();
    } else current += word;
  }
  if (current.trim()) lines.push(current.trimEnd());
  return lines;
}

// src/cli-main.ts
var USAGE = `Usage: levelgate [path] [options]
       levelgate <command> [arguments]

Grades the repository at path (default: the current directory) on seven dimensions, L0 to L4.

Commands (\`levelgate <command> --help\` for each; to grade a folder named like one, write ./init):
${Object.values(COMMANDS).map((c) => `  ${c.summary}`).join("\n")}

Options:
  -f, --format md|text|json|sarif|badge|shields
                              output format (default: text on stdout, piped too; with -o,
                              by the file's extension: .json, .sarif, .svg, .txt, else md);
                              sarif is SARIF 2.1.0 for GitHub code scanning; badge an SVG badge of
                              the overall level, shields the shields.io endpoint JSON for one
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
      --strict-gates          an L1 headline levelgate finds no evidence of fails its dimension,
                              even when the dimension's L2 evidence holds (default: such a
                              headline is reported as not seen and the evidence decides the level)
      --timeout SECONDS       stop with an error (exit 2) naming the slowest rule and file when
                              grading takes longer (default: 300; 0: no limit)
  -v, --verbose               text format: list the evidence of each met rule, and each rule the
                              next level lacks with the link to its page
  -q, --quiet                 no progress on stderr
  -h, --help                  show this help
      --version               print the version

Exit codes: 0 targets met (or none given), 1 below a target, 2 usage error, bad config, unreadable path
or time limit reached.`;
var RENDERERS = {
  md: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  markdown: (r, o) => withSection(renderMarkdown(r, o), renderConfigMarkdown(r)),
  text: (r, o) => withSection(renderText(r, o), renderConfigText(r)),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o),
  badge: (r) => renderBadgeSvg(r.level),
  shields: (r) => renderShieldsJson(r.level)
};
var MONOREPO_RENDERERS = {
  md: (r, o) => renderMonorepoMarkdown(r, o),
  markdown: (r, o) => renderMonorepoMarkdown(r, o),
  text: (r, o) => renderMonorepoText(r, o),
  json: (r) => renderJsonDocument(r),
  sarif: (r, o) => renderSarif(r, o),
  badge: (r) => renderBadgeSvg(r.whole.level),
  shields: (r) => renderShieldsJson(r.whole.level)
};
var HUMAN_FORMATS = /* @__PURE__ */ new Set(["md", "markdown", "text"]);
function formatFor(output) {
  if (!output) return "text";
  const ext = output.toLowerCase().split(".").pop();
  return ext === "json" ? "json" : ext === "sarif" ? "sarif" : ext === "svg" ? "badge" : ext === "txt" || ext === "text" ? "text" : "md";
}
function withSection(report, section) {
  return section ? `${report}
${section}` : report;
}
async function main(argv, io = { stdout: process.stdout, stderr: process.stderr }) {
  const command = commandFor(argv);
  if (command) return command.run(argv.slice(1), io);
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
        timeout: { type: "string" },
        "strict-gates": { type: "boolean" },
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
    const format = values.format ?? formatFor(values.output);
    if (!Object.hasOwn(RENDERERS, format)) throw new UsageError(`unknown format "${format}"; use md, text, json, sarif, badge or shields`);
    const cliTargets = values.target ? parseTargets(values.target) : void 0;
    const timeoutSeconds = values.timeout === void 0 ? DEFAULT_TIMEOUT_SECONDS : parseTimeoutSeconds(values.timeout);
    if (timeoutSeconds === void 0) throw new UsageError(`--timeout: "${values.timeout}" is not a number of seconds (0: no limit)`);
    const root = positionals[0] ?? ".";
    const deadline = timeoutSeconds ? new Deadline(timeoutSeconds, "--timeout") : void 0;
    const config = values["no-config"] ? void 0 : await loadConfig(root, values.config !== void 0 ? { file: values.config } : {});
    const targets = mergeTargets(config?.targets, cliTargets);
    const monorepo = values.monorepo || !values["no-monorepo"] && config?.monorepo?.enabled === true;
    const showProgress = !values.quiet && io.stderr.isTTY;
    const options = {
      config: config ?? false,
      // A dimension the command line targets stays graded; secrets stay visible unless the operator says otherwise.
      limits: { targetDimensions: targetDimensions(cliTargets), allowConfigToRelaxSecrets: values["allow-config-to-relax-secrets"] === true },
      ...values.rules ? { rulePacks: values.rules } : {},
      ...deadline ? { deadline } : {},
      ...values["strict-gates"] ? { strictGates: true } : {},
      onProgress: showProgress ? (m) => io.stderr.write(`\rlevelgate: ${m}\u2026\x1B[K`) : void 0
    };
    let output;
    let failures = [];
    if (monorepo) {
      const result = await gradeMonorepo(root, options);
      output = MONOREPO_RENDERERS[format](result, { targets });
      if (targets) failures = checkMonorepoTargets(result, targets).failures.map((f) => `${f.package ? `${f.package}: ` : ""}${f.scope} is L${f.actual}, below target L${f.target}`);
    } else {
      const report = await grade(root, options);
      const terminal = values.output ? { color: false } : terminalStyle(io.stdout);
      output = RENDERERS[format](report, { targets, verbose: values.verbose, terminal });
      if (targets) failures = checkTargets(report, targets).failures.map((f) => `${f.scope} is L${f.actual}, below target L${f.target}`);
    }
    if (showProgress) io.stderr.write("\r\x1B[K");
    if (values.output) await writeFile(values.output, output);
    else io.stdout.write(HUMAN_FORMATS.has(format) ? inertInLog(output) : output);
    if (!targets) return 0;
    if (failures.length && (values.output || !HUMAN_FORMATS.has(format))) {
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
export {
  MONOREPO_RENDERERS,
  RENDERERS,
  main
};
