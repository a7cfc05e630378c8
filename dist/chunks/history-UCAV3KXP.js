import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  grade
} from "./chunk-D4UWMUA5.js";
import {
  loadCatalog
} from "./chunk-DLI75OZB.js";
import "./chunk-4IOWKBMJ.js";
import "./chunk-3T7CYGWW.js";
import "./chunk-7WGVYSY7.js";
import "./chunk-XRICSXDT.js";
import "./chunk-4ESW5KSC.js";
import "./chunk-LU6SHCMF.js";
import "./chunk-F5XIBRJ2.js";
import {
  checkoutOf,
  extractTree
} from "./chunk-WWO5IG25.js";
import {
  git
} from "./chunk-CX7SWQ2U.js";
import {
  UsageError,
  describeError
} from "./chunk-OO2RKC3Q.js";
import {
  escapeMarkup
} from "./chunk-6C7SI267.js";
import "./chunk-7ZRM26NT.js";
import {
  DIMENSIONS
} from "./chunk-WMKJKISQ.js";
import "./chunk-5DGXIFSJ.js";

// src/commands/history.ts
import { mkdir, stat, writeFile } from "node:fs/promises";
import path2 from "node:path";
import { parseArgs } from "node:util";

// src/history/commits.ts
async function git2(repo, args) {
  const checkout = await checkoutOf(repo);
  if (!checkout) throw new Error(`${repo} is not inside a git repository`);
  return git(checkout, args);
}
function parseEvery(text) {
  if (text === "month" || text === "tag") return { kind: text };
  const m = /^(\d+)(-commits?)?$/.exec(text);
  if (m && Number(m[1]) >= 1) return { kind: "commits", n: Number(m[1]) };
  throw new UsageError(`--every must be month, tag or N-commits (e.g. 10-commits), not "${text}"`);
}
function parseSince(text, now = /* @__PURE__ */ new Date()) {
  const m = /^(\d+)\s*(d|w|m|y)$/.exec(text);
  if (m) {
    const n = Number(m[1]);
    const d = new Date(now);
    if (m[2] === "d") d.setUTCDate(d.getUTCDate() - n);
    if (m[2] === "w") d.setUTCDate(d.getUTCDate() - 7 * n);
    if (m[2] === "m") d.setUTCMonth(d.getUTCMonth() - n);
    if (m[2] === "y") d.setUTCFullYear(d.getUTCFullYear() - n);
    return d;
  }
  if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(text) && !Number.isNaN(Date.parse(text))) return new Date(text);
  throw new UsageError(`--since must be a span (2y, 18m, 6w, 30d) or a date (2024-01-31), not "${text}"`);
}
async function selectCommits(repo, since, every, max) {
  let line;
  try {
    const log = await git2(repo, ["log", "--first-parent", `--since=${since.toISOString()}`, "--format=%H%x09%cI", "HEAD", "--"]);
    line = log.split("\n").filter(Boolean).map((l) => {
      const [sha, date] = l.split("	");
      return { sha, date: new Date(date).toISOString() };
    }).reverse();
  } catch (error) {
    throw new UsageError(`cannot read the history (${String(error.stderr || error.message).split("\n")[0]})`);
  }
  let picked;
  if (every.kind === "month") {
    const byMonth = /* @__PURE__ */ new Map();
    for (const c of line) byMonth.set(c.date.slice(0, 7), c);
    picked = [...byMonth.values()];
  } else if (every.kind === "commits") {
    picked = line.filter((_, i) => (line.length - 1 - i) % every.n === 0);
  } else {
    const tags = await tagsByCommit(repo);
    picked = line.filter((c) => tags.has(c.sha)).map((c) => ({ ...c, tags: tags.get(c.sha) }));
  }
  return picked.slice(-max);
}
async function tagsByCommit(repo) {
  const out = /* @__PURE__ */ new Map();
  const refs = await git2(repo, ["for-each-ref", "--format=%(refname:short)%09%(objectname)%09%(*objectname)", "refs/tags"]);
  for (const line of refs.split("\n").filter(Boolean)) {
    const [name, object, peeled] = line.split("	");
    const commit = peeled || object;
    out.set(commit, [...out.get(commit) ?? [], name]);
  }
  return out;
}

// src/history/chart.ts
var ROW = { height: 56, top: 8, step: 10, labelWidth: 120, right: 24 };
var LEVEL_COLOURS = ["#b91c1c", "#d97706", "#ca8a04", "#16a34a", "#0e7490"];
function renderHistoryChart(series, title = "levelgate history") {
  const points = series.points;
  const width = Math.max(640, Math.min(1600, ROW.labelWidth + ROW.right + points.length * 40));
  const plot = width - ROW.labelWidth - ROW.right;
  const x = (i) => ROW.labelWidth + (points.length <= 1 ? plot / 2 : i * plot / (points.length - 1));
  const y = (level) => ROW.top + (4 - level) * ROW.step;
  const rows = ["overall", ...DIMENSIONS];
  const headerHeight = 28;
  const axisHeight = 40;
  const height = headerHeight + rows.length * ROW.height + axisHeight;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="11">`);
  out.push(`<title>${escapeMarkup(title)}</title>`, `<rect width="${width}" height="${height}" fill="#fff"/>`);
  out.push(`<text x="8" y="18" font-size="14" font-weight="600">${escapeMarkup(title)}</text>`);
  rows.forEach((row, r) => {
    const levels = points.map((p) => p.level === void 0 ? void 0 : row === "overall" ? p.level : p.dimensions[row]);
    const top = headerHeight + r * ROW.height;
    out.push(`<g data-dimension="${row}" data-levels="${levels.map((l) => l === void 0 ? "" : l === null ? "n/a" : String(l)).join(",")}" transform="translate(0 ${top})">`);
    out.push(`<text x="8" y="${y(2) + 4}"${row === "overall" ? ' font-weight="600"' : ""}>${row}</text>`);
    for (let level = 0; level <= 4; level++) {
      out.push(`<line x1="${ROW.labelWidth - 6}" x2="${width - ROW.right + 6}" y1="${y(level)}" y2="${y(level)}" stroke="#eee"/>`);
      out.push(`<text x="${ROW.labelWidth - 10}" y="${y(level) + 3}" text-anchor="end" fill="#999" font-size="8">L${level}</text>`);
    }
    let d = "";
    let previous;
    levels.forEach((level, i) => {
      if (level === void 0 || level === null) {
        previous = void 0;
        return;
      }
      d += previous === void 0 ? `M${x(i).toFixed(1)} ${y(level)}` : ` H${x(i).toFixed(1)} V${y(level)}`;
      previous = level;
    });
    if (d) out.push(`<path d="${d}" fill="none" stroke="#334155" stroke-width="1.5"/>`);
    levels.forEach((level, i) => {
      if (level === void 0 || level === null) return;
      const p = points[i];
      out.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(level)}" r="3" fill="${LEVEL_COLOURS[level]}"><title>${escapeMarkup(`${p.date.slice(0, 10)} ${p.commit.slice(0, 7)}${p.tags ? ` (${p.tags.join(", ")})` : ""}: ${row} L${level}`)}</title></circle>`);
    });
    out.push("</g>");
  });
  const axisY = headerHeight + rows.length * ROW.height + 14;
  const gap = 80;
  const spacing = points.length > 1 ? plot / (points.length - 1) : plot;
  const every = Math.max(1, Math.ceil(gap / spacing));
  const labels = [];
  for (let i = 0; i < points.length; i += every) labels.push(i);
  if (points.length > 1) {
    while (labels.length > 1 && x(points.length - 1) - x(labels[labels.length - 1]) < gap) labels.pop();
    labels.push(points.length - 1);
  }
  for (const i of labels) {
    const p = points[i];
    const anchor = i === points.length - 1 && points.length > 1 ? "end" : "middle";
    out.push(`<text x="${(anchor === "end" ? x(i) + 6 : x(i)).toFixed(1)}" y="${axisY}" text-anchor="${anchor}" fill="#555">${escapeMarkup(p.tags?.[0] ?? p.date.slice(0, 10))}</text>`);
  }
  if (points.length === 0) out.push(`<text x="${width / 2}" y="${axisY}" text-anchor="middle">no commits in the range</text>`);
  out.push("</svg>");
  return `${out.join("\n")}
`;
}

// src/history/series.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
async function gradeHistory(options) {
  const checkout = await checkoutOf(options.root);
  if (!checkout) throw new UsageError(`${options.root} is not inside a git repository`);
  const { prefix } = checkout;
  const catalog = await loadCatalog();
  const points = [];
  for (const commit of options.commits) {
    const dir = await mkdtemp(path.join(options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), "levelgate-history-"));
    const base = { commit: commit.sha, date: commit.date, ...commit.tags ? { tags: commit.tags } : {} };
    let point;
    try {
      const copied = await extractTree(checkout, commit.sha, prefix, dir);
      if (copied === void 0) point = { ...base, reason: "the folder does not exist at this commit" };
      else {
        const report = await grade(dir, { catalog, ...options.noConfig ? { config: false } : {} });
        const dimensions = Object.fromEntries(DIMENSIONS.map((d) => [d, report.dimensions[d].notApplicable ? null : report.dimensions[d].level]));
        point = { ...base, level: report.level, dimensions };
      }
    } catch (error) {
      point = { ...base, reason: `grading failed: ${String(error?.message ?? error).split("\n")[0]}` };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    points.push(point);
    options.onPoint?.(point, points.length, options.commits.length);
  }
  const every = options.every.kind === "commits" ? `${options.every.n}-commits` : options.every.kind;
  return { schemaVersion: 1, kind: "levelgate-history", folder: prefix.replace(/\/$/, ""), since: options.since.toISOString(), every, points };
}

// src/commands/history.ts
var HISTORY_USAGE = `Usage: levelgate history [path] [options]

Grades past commits of the git repository at path (default: the current directory) and writes
DIR/history.json (the series) and DIR/history.svg (a chart of the seven levels over time).

  --since SPAN|DATE       how far back: 2y, 18m, 6w, 30d or 2024-01-31 (default: 1y)
  --every month|tag|N-commits
                          the last commit of each month (default), each tagged commit, or every Nth
                          commit counted back from HEAD (first-parent line)
  --max N                 grade at most the N newest of those commits (default: 60)
  -o, --output DIR        where to write (default: levelgate-history)
      --no-config         ignore the .levelgate.yml of each commit
  -q, --quiet             no progress on stderr`;
async function historyCommand(argv, io) {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          since: { type: "string" },
          every: { type: "string" },
          max: { type: "string" },
          output: { type: "string", short: "o" },
          "no-config": { type: "boolean" },
          quiet: { type: "boolean", short: "q" },
          help: { type: "boolean", short: "h" }
        }
      });
    } catch (error) {
      throw new UsageError(error.message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(`${HISTORY_USAGE}
`);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`expected one path, got ${positionals.length}`);
    const root = positionals[0] ?? ".";
    if (!(await stat(root).catch(() => void 0))?.isDirectory()) throw new UsageError(`no such folder: ${root}`);
    const since = parseSince(values.since ?? "1y");
    const every = parseEvery(values.every ?? "month");
    if (values.max !== void 0 && !/^[1-9]\d{0,3}$/.test(values.max)) throw new UsageError("--max must be a whole number from 1 to 9999");
    const max = values.max ? Number(values.max) : 60;
    const out = values.output ?? "levelgate-history";
    const commits = await selectCommits(root, since, every, max);
    const series = await gradeHistory({
      root,
      commits,
      since,
      every,
      noConfig: values["no-config"] === true,
      onPoint: values.quiet ? void 0 : (p, done, total) => io.stderr.write(`levelgate history: [${done}/${total}] ${p.date.slice(0, 10)} ${p.commit.slice(0, 7)} ${p.level === void 0 ? p.reason : `L${p.level}`}
`)
    });
    await mkdir(out, { recursive: true });
    await writeFile(path2.join(out, "history.json"), `${JSON.stringify(series, null, 2)}
`);
    await writeFile(path2.join(out, "history.svg"), renderHistoryChart(series, `levelgate history${series.folder ? ` \xB7 ${series.folder}` : ""}`));
    io.stderr.write(`levelgate history: ${series.points.length} commits \u2192 ${path2.join(out, "history.json")}, ${path2.join(out, "history.svg")}
`);
    return 0;
  } catch (error) {
    const { message, exitCode } = describeError(error);
    io.stderr.write(`levelgate history: ${message}
`);
    return exitCode;
  }
}
export {
  HISTORY_USAGE,
  historyCommand
};
