import { createRequire as __levelgateCreateRequire } from 'node:module';
import { fileURLToPath as __levelgateFileURLToPath } from 'node:url';
const require = __levelgateCreateRequire(import.meta.url);
const __filename = __levelgateFileURLToPath(import.meta.url);
const __dirname = __levelgateFileURLToPath(new URL('.', import.meta.url));

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
  listGitFiles
};
