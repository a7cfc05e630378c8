import { isScaffolding, isTestFile } from '../evidence/file-sets.js';
import { lineAt } from '../evidence/languages.js';
import type { Finding } from '../types.js';
import { goToolkitPackage } from './project-kind.js';
import type { Detector } from './types.js';

const ENTRY_FILES = /(^|\/)(src\/)?(index|main|server|app|cli)\.(js|mjs|cjs|ts|tsx|mts)$|^(?:app|main|server)\.rb$|(^|\/)(manage|wsgi|asgi|main|app|__main__)\.py$|(^|\/)main\.go$|(^|\/)src\/main\.rs$|(^|\/)src\/lib\.rs$|(^|\/)src\/bin\/[^/]+\.rs$|(^|\/)Program\.cs$|(^|\/)config\.ru$|(^|\/)bin\/rails$|(^|\/)exe\/[^/]+$|(^|\/)Application\.(java|kt)$|(^|\/)(index\.html)$/;
const ENTRY_TEXT = /@SpringBootApplication|public\s+static\s+void\s+main\s*\(|^fun\s+main\s*\(|^func\s+main\s*\(\)/m;
// C#'s Main outside Program.cs (`static async Task<int> Main(string[] args)`), and the ASP.NET host built in any file.
const CSHARP_ENTRY_TEXT = /\bstatic[ \t]+(?:async[ \t]+)?(?:void|int|Task(?:<int>)?)[ \t]+Main[ \t]*\(|\bWebApplication\.CreateBuilder\(|\bHost\.CreateDefaultBuilder\(/;
/**
 * A .NET class library's entry point is the package it ships: an SDK project that declares NuGet package metadata
 * (`<PackageId>`, `<PackageTags>`, `<IsPackable>true`, `<GeneratePackageOnBuild>`), as a gem's is its lib file.
 */
const NUGET_PACKAGE = /<(?:PackageId|PackageTags|GeneratePackageOnBuild)>|<IsPackable>[ \t]*true\b/;
/** A Java/Kotlin library's entry point is the artifact it publishes: Gradle's `java-library` or `maven-publish` plugin, Maven's distributionManagement. */
const JVM_LIBRARY = /\bjava-library\b|\bmaven-publish\b|<distributionManagement>/;


export const entryPoint: Detector = {
  name: 'entryPoint',
  question: 'Is there an entry point (main file, start script, bin, framework bootstrap)?',
  detect(evidence) {
    const out: Finding[] = [];
    for (const pkg of evidence.packageJsons) {
      const d = pkg.data as Record<string, any>;
      const what = d.bin ? 'bin' : d.main ? 'main' : d.exports ? 'exports' : d.scripts?.start ? 'scripts.start' : d.module ? 'module' : undefined;
      if (what) out.push({ file: pkg.file, line: 1, message: `package.json declares ${what}`, strength: 'strong' });
    }
    for (const file of evidence.sourceFiles.concat(evidence.files.filter((f) => /index\.html$|config\.ru$|bin\/rails$/.test(f)))) {
      if (isTestFile(file)) continue;
      if (ENTRY_FILES.test(file)) out.push({ file, line: 1, message: 'entry point file', strength: 'strong' });
      else if (/\.(java|kt|go|cs)$/.test(file)) {
        const code = evidence.code(file) ?? '';
        const m = (file.endsWith('.cs') ? CSHARP_ENTRY_TEXT : ENTRY_TEXT).exec(code);
        if (m) out.push({ file, line: lineAt(code, m.index), message: 'main entry point', strength: 'strong' });
      }
      if (out.length >= 5) break;
    }
    // A Go library's entry point is the package at its module root (what `import "module/path"` loads).
    for (const mod of evidence.files.filter((f) => /(^|\/)go\.mod$/.test(f))) {
      const dir = mod.slice(0, mod.length - 'go.mod'.length);
      const root = evidence.sourceFiles.find((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/') && f.endsWith('.go') && !isTestFile(f));
      const code = root ? evidence.code(root) ?? '' : '';
      const m = /^package[ \t]+(\w+)/m.exec(code);
      if (root && m && m[1] !== 'main') out.push({ file: root, line: code.slice(0, m.index).split('\n').length, message: `the module's root package ${m[1]} (a library's entry point)`, strength: 'strong' });
    }
    // A Go toolkit's entry points are its packages one folder down (a module with no root package and no command).
    const toolkit = goToolkitPackage(evidence);
    if (toolkit) out.push({ file: toolkit.file, line: 1, message: `the module's package ${toolkit.name}, one of those other code imports (a toolkit's entry points)`, strength: 'strong' });
    // A Python library's entry point is its top-level package (what `import name` loads), beside the setup.py or
    // pyproject.toml that packages it; as a Ruby gem's is lib/<name>.rb beside its gemspec.
    if (evidence.files.some((f) => /^(setup\.py|setup\.cfg|pyproject\.toml)$/.test(f))) {
      const pkg = evidence.files.find((f) => /^(?:src\/)?(?!(?:tests?|docs?|examples?|scripts?|benchmarks?)\/)[A-Za-z_]\w{0,60}\/__init__\.py$/.test(f));
      if (pkg) out.push({ file: pkg, line: 1, message: `the top-level package ${pkg.replace(/^src\//, '').split('/')[0]} (a library's entry point)`, strength: 'strong' });
    }
    // The gemspec at the root, or in the one folder the gem is kept in beside its site and tooling (calibration round
    // 25: pagy's gem/pagy.gemspec with gem/lib/pagy.rb); not one of a test's or a sample's.
    const gemspecs = evidence.files.filter((f) => /^(?:[\w.-]{1,80}\/)?[\w.-]{1,80}\.gemspec$/.test(f) && !isTestFile(f) && !isScaffolding(f));
    const gemspec = gemspecs.find((f) => !f.includes('/')) ?? (gemspecs.length === 1 ? gemspecs[0] : undefined);
    const folderEnd = gemspec ? gemspec.lastIndexOf('/') + 1 : 0;
    const gemMain = gemspec ? `${gemspec.slice(0, folderEnd)}lib/${gemspec.slice(folderEnd).replace(/\.gemspec$/, '')}.rb` : undefined;
    if (gemMain && evidence.files.includes(gemMain)) out.push({ file: gemMain, line: 1, message: "the gem's lib file (a library's entry point)", strength: 'strong' });
    if (out.length === 0) out.push(...packagedLibraries(evidence));
    // A mobile app starts at its launcher: an Android activity with the MAIN intent, a Swift @main app, Flutter's lib/main.dart.
    for (const manifest of evidence.files.filter((f) => /(^|\/)src\/main\/AndroidManifest\.xml$/.test(f) && !isTestFile(f))) {
      const xml = evidence.text(manifest) ?? '';
      const m = /android\.intent\.action\.MAIN\b/.exec(xml);
      if (m) out.push({ file: manifest, line: lineAt(xml, m.index), message: 'an Android launcher activity (intent action MAIN)', strength: 'strong' });
      if (out.length >= 5) break;
    }
    const flutter = evidence.files.find((f) => /(^|\/)lib\/main\.dart$/.test(f));
    if (flutter) out.push({ file: flutter, line: 1, message: "Flutter's lib/main.dart", strength: 'strong' });
    // A platform starts what its Procfile says (`web: bundle exec ruby main.rb`, `worker: node worker.js`): a file of
    // the repository named there is where the process starts.
    if (out.length === 0) out.push(...procfileEntries(evidence));
    // A script project (research code, tools) starts where its README says to run it: `python train.py`.
    if (out.length === 0) out.push(...documentedScripts(evidence));
    if (evidence.files.some((f) => /(^|\/)pyproject\.toml$/.test(f) && /\[project\.scripts\]|\[tool\.poetry\.scripts\]/.test(evidence.text(f) ?? ''))) {
      out.push({ file: evidence.files.find((f) => /(^|\/)pyproject\.toml$/.test(f))!, line: 1, message: 'pyproject declares scripts', strength: 'strong' });
    }
    return out;
  },
};

const PROCFILE_PROCESS = /^[\w-]{1,40}:[ \t]*(\S[^\n]{0,300})$/gm;
const NAMED_FILE = /(?:^|[ \t=])(?:\.\/)?([\w-]{1,60}(?:\/[\w-]{1,60}){0,4}\.(?:rb|py|js|mjs|cjs|ts|php|go|jar|ru))(?=$|[ \t])/g;

/** The repository's files a root Procfile's processes start (`web: bundle exec ruby main.rb`). */
function procfileEntries(evidence: Parameters<Detector['detect']>[0]): Finding[] {
  if (!evidence.fileSet.has('Procfile')) return [];
  const text = evidence.text('Procfile') ?? '';
  for (const m of text.matchAll(PROCFILE_PROCESS)) {
    for (const named of m[1]!.matchAll(NAMED_FILE)) {
      if (evidence.fileSet.has(named[1]!) && !isTestFile(named[1]!)) return [{ file: 'Procfile', line: lineAt(text, m.index), message: `the Procfile starts ${named[1]}`, strength: 'strong' }];
    }
  }
  return [];
}

const README = /^(README|readme|Readme)(\.(md|markdown|rst|txt))?$/;
const RUN_SCRIPT = /(?<![\w-])python3?[ \t]+(?:-[a-zA-Z]{1,3}[ \t]+){0,2}(?:\.\/)?([\w-]{1,60}(?:\/[\w-]{1,60}){0,4}\.py)\b/g;

/** Python scripts of the repository that its top-level README runs (`python train.py config/x.py`). */
function documentedScripts(evidence: Parameters<Detector['detect']>[0]): Finding[] {
  const fileSet = new Set(evidence.files);
  const found: (Finding & { depth: number })[] = [];
  for (const readme of evidence.files.filter((f) => README.test(f))) {
    const text = evidence.text(readme) ?? '';
    for (const m of text.matchAll(RUN_SCRIPT)) {
      const script = m[1]!;
      if (fileSet.has(script) && !isTestFile(script) && !isScaffolding(script)) {
        found.push({ file: readme, line: lineAt(text, m.index), message: `the README runs ${script}`, strength: 'strong', depth: script.split('/').length });
      }
    }
  }
  // The shallowest script first: train.py, not data/x/prepare.py.
  return found.sort((a, b) => a.depth - b.depth).slice(0, 1).map(({ depth: _, ...f }) => f);
}

/** The first packaged .NET or JVM library project outside tests and samples: what a library's callers install. */
function packagedLibraries(evidence: Parameters<Detector['detect']>[0]): Finding[] {
  for (const file of evidence.files) {
    if (isTestFile(file) || isScaffolding(file) || /(^|\/)(?:tests?|samples?|examples?|benchmarks?)\//i.test(file)) continue;
    const dotnet = /\.csproj$/.test(file);
    const jvm = /(^|\/)(?:build\.gradle(?:\.kts)?|pom\.xml)$/.test(file);
    if (!dotnet && !jvm) continue;
    const text = evidence.text(file) ?? '';
    const m = (dotnet ? NUGET_PACKAGE : JVM_LIBRARY).exec(text);
    if (m) return [{ file, line: lineAt(text, m.index), message: dotnet ? 'a NuGet package project (a library\'s entry point)' : 'a published Java/Kotlin library (a library\'s entry point)', strength: 'strong' }];
  }
  return [];
}
