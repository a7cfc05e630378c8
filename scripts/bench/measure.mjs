// One measurement in its own process, so peak memory belongs to it alone:
//   node measure.mjs <levelgate|floor|naive> <bundle.mjs> <repo> <rulesDir>
// Prints one JSON line: { ms, cpuMs, maxRssMiB, ... }. ms counts from process start (module loading included).
import { open } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, bundle, repo, rulesDir] = process.argv.slice(2);
const lib = await import(pathToFileURL(bundle).href);
const extra = {};

if (mode === 'levelgate') {
  const catalog = await lib.loadCatalog(rulesDir);
  // Under a time limit, as the CLI and the action grade by default: every rule and file is marked.
  const report = await lib.grade(repo, { catalog, timeoutSeconds: 300 });
  Object.assign(extra, report.stats, { level: report.level, notes: report.notes.length });
} else if (mode === 'floor') {
  // The least any grader does: list the files with the same ignores, and read the ones levelgate reads.
  const entries = await lib.fg('**', { cwd: repo, dot: true, followSymbolicLinks: false, suppressErrors: true, ignore: lib.DEFAULT_IGNORES });
  const toRead = entries.filter(lib.isTextCandidate);
  let next = 0;
  let bytes = 0;
  const worker = async () => {
    while (next < toRead.length) {
      const handle = await open(path.join(repo, toRead[next++]), 'r');
      try {
        const { size } = await handle.stat();
        if (size > lib.MAX_FILE_BYTES) continue;
        const buffer = Buffer.alloc(size);
        await handle.read(buffer, 0, size, 0);
        bytes += buffer.toString('utf8').length;
      } finally {
        await handle.close();
      }
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  Object.assign(extra, { files: entries.length, filesRead: toRead.length, chars: bytes });
} else if (mode === 'naive') {
  // What a straightforward AST grader does: every TS/JS file in one ts-morph Project, every node visited.
  const project = new lib.Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true, compilerOptions: { allowJs: true, noLib: true } });
  const files = await lib.fg('**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}', { cwd: repo, absolute: true, ignore: lib.DEFAULT_IGNORES });
  project.addSourceFilesAtPaths(files);
  let nodes = 0;
  for (const sf of project.getSourceFiles()) sf.forEachDescendant(() => void nodes++);
  Object.assign(extra, { filesParsed: files.length, nodes });
} else {
  throw new Error(`unknown mode ${mode}`);
}

const ms = Math.round(performance.now());
const usage = process.resourceUsage();
const maxRssMiB = Math.round(usage.maxRSS / 1024);
// CPU time of every thread of the process (the main one, libuv's I/O pool, the GC's helpers): on a shared
// machine it moves less with the load than wall time does.
const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
process.stdout.write(JSON.stringify({ mode, ms, cpuMs, maxRssMiB, ...extra }) + '\n');
