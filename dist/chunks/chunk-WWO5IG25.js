import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));
import {
  findCheckout,
  git,
  gitArgs,
  gitEnv
} from "./chunk-CX7SWQ2U.js";
import {
  UsageError
} from "./chunk-OO2RKC3Q.js";

// src/github/base.ts
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/github/event.ts
import { readFileSync } from "node:fs";
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var str = (v) => typeof v === "string" && v ? v : void 0;
var num = (v) => typeof v === "number" && Number.isInteger(v) && v > 0 ? v : void 0;
function readEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const payload = env.GITHUB_EVENT_PATH ? readPayload(env.GITHUB_EVENT_PATH) : {};
  const repo = repoFrom(env.GITHUB_REPOSITORY) ?? repoFrom(str(obj(payload.repository)?.full_name));
  const context = { name, repo, runUrl: runUrl(env) };
  if (name === "pull_request" || name === "pull_request_target") {
    const pr = obj(payload.pull_request);
    const number = num(pr?.number) ?? num(payload.number);
    if (pr && number) {
      const base = obj(pr.base);
      const head = obj(pr.head);
      const baseRepo = str(obj(base?.repo)?.full_name);
      const headRepo = str(obj(head?.repo)?.full_name);
      context.pullRequest = {
        number,
        baseSha: sha(base?.sha),
        headSha: sha(head?.sha),
        // A deleted fork has head.repo null: still a fork.
        fromFork: headRepo === void 0 ? baseRepo !== void 0 : headRepo !== baseRepo,
        ...payload.action === "closed" || pr.state === "closed" ? { closed: true } : {}
      };
    }
  } else if (name === "workflow_run") {
    const run = obj(payload.workflow_run);
    context.workflowRunHeadSha = sha(run?.head_sha);
    const prs = Array.isArray(run?.pull_requests) ? run.pull_requests.map(obj) : [];
    const match = prs.find((p) => sha(obj(p?.head)?.sha) === context.workflowRunHeadSha) ?? prs[0];
    const number = num(match?.number);
    if (number) {
      context.pullRequest = { number, baseSha: sha(obj(match?.base)?.sha), headSha: sha(obj(match?.head)?.sha), fromFork: false };
    }
  }
  return context;
}
function readPayload(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`the event file (GITHUB_EVENT_PATH) could not be read: ${error.code ?? "error"}`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError("the event file (GITHUB_EVENT_PATH) is not valid JSON");
  }
  const payload = obj(value);
  if (!payload) throw new UsageError("the event file (GITHUB_EVENT_PATH) is not a JSON object");
  return payload;
}
function sha(v) {
  return typeof v === "string" && isCommitSha(v) ? v : void 0;
}
function repoFrom(fullName) {
  const m = fullName ? /^([^/\s]+)\/([^/\s]+)$/.exec(fullName) : null;
  return m ? { owner: m[1], repo: m[2] } : void 0;
}
function runUrl(env) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  if (!env.GITHUB_REPOSITORY || !/^\d+$/.test(env.GITHUB_RUN_ID ?? "")) return void 0;
  const attempt = /^\d+$/.test(env.GITHUB_RUN_ATTEMPT ?? "") && env.GITHUB_RUN_ATTEMPT !== "1" ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : "";
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}
function isCommitSha(value) {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value);
}

// src/github/base.ts
var MAX_BLOB_BYTES = 5 * 1024 * 1024;
var FETCH_DEPTH_HINT = "To see what changed, give `actions/checkout` the base commit with `fetch-depth: 0`.";
var FETCH_BASE_HINT = "To see what changed, fetch the base commit before levelgate runs (e.g. `git fetch origin <base sha>`).";
async function gradeBase(options) {
  const { baseSha } = options;
  const checkout = await checkoutOf(options.root);
  if (!checkout) return { kind: "unavailable", sha: baseSha, reason: "the graded folder is not a git checkout" };
  const { prefix } = checkout;
  const commit = await resolveBase(checkout, baseSha, options.headSha);
  if (!commit) {
    const shallow = await isShallow(checkout);
    return { kind: "unavailable", sha: baseSha, reason: `it is not in this checkout${shallow ? " (a shallow clone)" : ""}`, hint: shallow ? FETCH_DEPTH_HINT : FETCH_BASE_HINT };
  }
  const tempRoot = options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir());
  const dir = await mkdtemp(path.join(tempRoot, "levelgate-base-"));
  try {
    const copied = await extractTree(checkout, commit, prefix, dir);
    if (copied === void 0) {
      return { kind: "unavailable", sha: baseSha, reason: prefix ? `the folder "${prefix.replace(/\/$/, "")}" does not exist in it` : "its tree could not be read" };
    }
    const report = await options.grade(dir);
    return { kind: "graded", sha: commit, report };
  } catch (error) {
    return { kind: "unavailable", sha: baseSha, reason: `grading it failed (${firstLine(error)})` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
async function resolveBase(repo, baseSha, headSha) {
  if (await hasCommit(repo, baseSha)) return baseSha;
  if (!headSha) return void 0;
  try {
    const parents = (await git(repo, ["rev-list", "--parents", "-n", "1", "HEAD"])).trim().split(" ");
    if (parents.length === 3 && parents[2] === headSha && await hasCommit(repo, parents[1])) return parents[1];
  } catch {
  }
  return void 0;
}
async function hasCommit(repo, sha2) {
  if (!isCommitSha(sha2)) return false;
  try {
    await git(repo, ["cat-file", "-e", `${sha2}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
async function extractTree(repo, commit, prefix, dir) {
  const treeish = `${commit}:${prefix.replace(/\/$/, "")}`;
  try {
    const type = (await git(repo, ["cat-file", "-t", treeish])).trim();
    if (type !== "tree") return void 0;
  } catch {
    return void 0;
  }
  const listing = await git(repo, ["ls-tree", "-r", "-z", "--long", "--full-tree", treeish]);
  const entries = [];
  for (const record of listing.split("\0")) {
    const m = /^(\d{6}) (\w+) ([0-9a-f]+)\s+(-|\d+)\t([\s\S]+)$/.exec(record);
    if (!m) continue;
    const [, mode, type, object, size, file] = m;
    if (type !== "blob" || mode !== "100644" && mode !== "100755") continue;
    if (!safeRelative(file)) continue;
    entries.push({ mode, type, object, size: Number(size), path: file });
  }
  const wanted = entries.filter((e) => e.size <= MAX_BLOB_BYTES);
  const made = /* @__PURE__ */ new Set();
  let written = 0;
  await catFileBatch(repo, wanted.map((e) => e.object), async (index, content) => {
    const entry = wanted[index];
    const target = path.join(dir, entry.path);
    const parent = path.dirname(target);
    if (!made.has(parent)) {
      await mkdir(parent, { recursive: true });
      made.add(parent);
    }
    await writeFile(target, content, { mode: entry.mode === "100755" ? 493 : 420, flag: "wx" });
    written++;
  });
  return written;
}
function safeRelative(file) {
  if (file.startsWith("/") || file.includes("\\")) return false;
  return file.split("/").every((part) => part !== "" && part !== "." && part !== ".." && part.toLowerCase() !== ".git");
}
function catFileBatch(repo, objects, onBlob) {
  if (objects.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn("git", gitArgs(repo, ["cat-file", "--batch"]), {
      cwd: repo.workTree,
      env: gitEnv(repo),
      stdio: ["pipe", "pipe", "pipe"]
    });
    let buffer = Buffer.alloc(0);
    let index = 0;
    let stderr = "";
    let chain = Promise.resolve();
    let failed = false;
    const fail = (error) => {
      if (failed) return;
      failed = true;
      child.kill();
      reject(error);
    };
    child.stderr.on("data", (d) => stderr += d.toString());
    child.on("error", fail);
    child.stdout.on("data", (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (; ; ) {
        const nl = buffer.indexOf(10);
        if (nl === -1) return;
        const header = buffer.subarray(0, nl).toString("utf8");
        const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
        if (!m) return fail(new Error(`git cat-file: unexpected output "${header.slice(0, 80)}"`));
        const size = Number(m[3]);
        if (buffer.length < nl + 1 + size + 1) return;
        const content = Buffer.from(buffer.subarray(nl + 1, nl + 1 + size));
        buffer = buffer.subarray(nl + 1 + size + 1);
        const i = index++;
        chain = chain.then(() => onBlob(i, content)).catch((e) => fail(e));
      }
    });
    child.on("close", (code) => {
      if (failed) return;
      if (code !== 0) return fail(new Error(`git cat-file exited with ${code}: ${stderr.trim().split("\n")[0] ?? ""}`));
      chain.then(() => index === objects.length ? resolve() : fail(new Error("git cat-file: incomplete output")), fail);
    });
    child.stdin.on("error", () => {
    });
    child.stdin.end(objects.join("\n") + "\n");
  });
}
function firstLine(error) {
  const e = error;
  if (e?.stderr && String(e.stderr).trim()) return "git could not read the commit";
  const text = (e?.message || String(error)).split("\n")[0];
  if (/^(fatal|error):|^git\b|\bgit cat-file\b|Command failed/i.test(text)) return "git could not read the commit";
  return text.slice(0, 200);
}
async function isShallowCheckout(root) {
  const checkout = await checkoutOf(root);
  return !!checkout && isShallow(checkout);
}
async function isShallow(repo) {
  try {
    return (await git(repo, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
  } catch {
    return false;
  }
}
async function checkoutOf(root) {
  return realpath(root).then(findCheckout, () => void 0);
}
async function gitPrefix(root) {
  return (await checkoutOf(root))?.prefix;
}
async function checkedOutCommit(root) {
  const checkout = await checkoutOf(root);
  if (!checkout) return void 0;
  try {
    const sha2 = (await git(checkout, ["rev-parse", "--verify", "-q", "HEAD^{commit}"])).trim();
    return isCommitSha(sha2) ? sha2 : void 0;
  } catch {
    return void 0;
  }
}
async function baseCommitOf(root, baseSha, headSha) {
  const checkout = await checkoutOf(root);
  return checkout && resolveBase(checkout, baseSha, headSha);
}
var MAX_POLICY_FILE_BYTES = 1e6;
async function readFileAtCommit(root, commit, file) {
  const checkout = await checkoutOf(root);
  if (!checkout || !isCommitSha(commit) || !safeRelative(file)) return void 0;
  let listing;
  try {
    listing = await git(checkout, ["--literal-pathspecs", "ls-tree", "-z", "--long", "--full-tree", commit, "--", file]);
  } catch {
    return void 0;
  }
  const m = /^(\d{6}) (\w+) ([0-9a-f]+)\s+(-|\d+)\t([\s\S]+)$/.exec(listing.split("\0")[0] ?? "");
  if (!m || m[2] !== "blob" || m[1] !== "100644" && m[1] !== "100755" || m[5] !== file || Number(m[4]) > MAX_POLICY_FILE_BYTES) return void 0;
  let content;
  await catFileBatch(checkout, [m[3]], async (_index, blob) => {
    content = blob;
  });
  return content;
}
async function isFolderAtCommit(root, commit, folder) {
  const checkout = await checkoutOf(root);
  if (!checkout || !isCommitSha(commit) || !safeRelative(folder)) return false;
  try {
    return (await git(checkout, ["cat-file", "-t", `${commit}:${folder}`])).trim() === "tree";
  } catch {
    return false;
  }
}

export {
  readEvent,
  isCommitSha,
  FETCH_DEPTH_HINT,
  FETCH_BASE_HINT,
  gradeBase,
  extractTree,
  isShallowCheckout,
  checkoutOf,
  gitPrefix,
  checkedOutCommit,
  baseCommitOf,
  readFileAtCommit,
  isFolderAtCommit
};
