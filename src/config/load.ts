// Finds and reads .levelgate.yml: data only, never executed. Rule packs it names must stay inside
// the repository; packs given by the operator (command line) may be anywhere local.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { isInside, passesThroughGit } from '../util/paths.js';
import { hasTargets, type Targets } from '../targets.js';
import type { Dimension, Level } from '../types.js';
import { DIMENSIONS } from '../types.js';
import type { ConfigFile, CustomRuleFile } from './schema.js';
import { configError, parseYaml, type PathKey } from './yaml.js';

/** Where a config file is looked for, in order, relative to the repository root. */
export const CONFIG_LOCATIONS = ['.levelgate.yml', '.levelgate.yaml', '.github/levelgate.yml', '.github/.levelgate.yml', '.github/levelgate.yaml'] as const;

const MAX_CONFIG_BYTES = 1_000_000;
const MAX_PACK_FILES = 100;

/** A custom rule file, from the config itself or from a pack, with where each part was written. */
export interface CustomRuleSource {
  /** "levelgate.yml customRules[0]" or "tools/rules/acme.yml", for messages and the report. */
  source: string;
  /** The file name used in error messages. */
  file: string;
  data: CustomRuleFile;
  lineOf(path: PathKey[]): number;
}

/** A config, validated and resolved: what grade() and the renderers need. */
export interface LevelgateConfig {
  /** Absolute path of the file read. */
  file: string;
  /** The file as named in messages and the report: relative to the repository when inside it. */
  displayName: string;
  targets?: Targets;
  ignore: string[];
  disabled: { rule: string; reason: string; line: number }[];
  suppressions: { rule: string; paths: string[]; reason: string; line: number }[];
  notApplicable: { dimension: Dimension; reason: string; line: number }[];
  customRules: CustomRuleSource[];
  monorepo?: { enabled: boolean; packages?: string[]; exclude?: string[] };
  /** An L1 headline with no evidence is missing even when the dimension's L2 evidence holds (no "not seen"). */
  strictGates?: boolean;
}

export interface LoadConfigOptions {
  /** An explicit config file (--config, the action's `config` input); absolute or relative to the working directory. */
  file?: string;
}

/**
 * Finds the config file of a repository (see CONFIG_LOCATIONS); undefined when there is none. Two of them are an
 * error naming both: a new `.levelgate.yaml` must not silently shadow a protected `.github/levelgate.yml`.
 */
export async function findConfig(root: string): Promise<string | undefined> {
  const found: string[] = [];
  for (const name of CONFIG_LOCATIONS) {
    const info = await stat(path.join(root, name)).catch(() => undefined);
    if (info?.isFile()) found.push(name);
  }
  if (found.length > 1) {
    throw new ConfigError(`${found.join(' and ')}: two config files; levelgate reads one, so keep one and delete the other${found.length > 2 ? 's' : ''}`);
  }
  return found[0] === undefined ? undefined : path.join(root, found[0]);
}

/**
 * Loads the config of the repository at `root`: the explicit file when given (it must exist),
 * else the first of CONFIG_LOCATIONS; undefined when there is none. Throws ConfigError with
 * "file:line: field: message" for anything invalid.
 */
export async function loadConfig(root: string, options: LoadConfigOptions = {}): Promise<LevelgateConfig | undefined> {
  const realRoot = await realpath(root).catch(() => path.resolve(root));
  let file: string;
  if (options.file !== undefined) {
    file = path.resolve(options.file);
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new ConfigError(`${options.file}: config file not found`);
  } else {
    const found = await findConfig(realRoot);
    if (!found) return undefined;
    file = found;
  }
  const realFile = await realpath(file);
  const inside = isInside(realRoot, realFile);
  if (inside && passesThroughGit(realRoot, realFile)) throw new ConfigError(`${path.relative(realRoot, file)}: the config file leads into .git, which is not the repository's data`);
  // A discovered config that is a symlink out of the repository is not the repository's data.
  if (options.file === undefined && !inside) throw new ConfigError(`${path.relative(realRoot, file)}: the config file is a symlink that points outside the repository`);
  const displayName = inside ? path.relative(realRoot, realFile).split(path.sep).join('/') : options.file ?? file;
  const text = await readText(realFile, displayName);
  return parseConfig(displayName, text, {
    root: realRoot,
    // Packs named by a config inside the repository stay inside it; a config outside (given by the operator) may name packs beside it.
    packBase: inside ? realRoot : path.dirname(realFile),
    file: realFile,
  });
}

/** Validates a config's text; `name` is used in messages. Reads the rule packs it names. */
export async function parseConfig(name: string, text: string, where: { root: string; packBase?: string; file?: string }): Promise<LevelgateConfig> {
  // zod (the schemas) is 0.75 MB of code: loaded only when there is a config to check.
  const { configSchema } = await import('./schema.js');
  const doc = parseYaml(name, text, configSchema);
  const data: ConfigFile = doc.data;
  const config: LevelgateConfig = {
    file: where.file ?? path.join(where.root, name),
    displayName: name,
    ignore: data.ignore ?? [],
    disabled: (data.disable ?? []).map((d, i) => ({ ...d, line: doc.lineOf(['disable', i, 'rule']) })),
    suppressions: (data.suppress ?? []).map((s, i) => ({ ...s, line: doc.lineOf(['suppress', i, 'rule']) })),
    notApplicable: (data.notApplicable ?? []).map((n, i) => ({ ...n, line: doc.lineOf(['notApplicable', i, 'dimension']) })),
    customRules: (data.customRules ?? []).map((file, i) => ({
      source: `${name} customRules[${i}]`,
      file: name,
      data: file,
      lineOf: (p: PathKey[]) => doc.lineOf(['customRules', i, ...p]),
    })),
  };
  if (data.targets) config.targets = toTargets(data.targets);
  if (data.strictGates) config.strictGates = true;
  if (data.monorepo !== undefined) {
    const m = data.monorepo;
    config.monorepo = typeof m === 'boolean' ? { enabled: m } : { enabled: m.enabled ?? true, ...(m.packages ? { packages: m.packages } : {}), ...(m.exclude ? { exclude: m.exclude } : {}) };
  }

  const seen = new Map<Dimension, number>();
  for (const [i, n] of config.notApplicable.entries()) {
    if (seen.has(n.dimension)) throw configError(name, n.line, ['notApplicable', i, 'dimension'], `"${n.dimension}" is listed twice`);
    seen.set(n.dimension, n.line);
    // A target for a dimension declared not applicable is a contradiction, not something to resolve silently.
    if (data.targets?.[n.dimension as keyof typeof data.targets] !== undefined) {
      throw configError(name, doc.lineOf(['targets', n.dimension]), ['targets', n.dimension], `"${n.dimension}" is declared not applicable (line ${n.line}); remove its target or the notApplicable entry`);
    }
  }
  if (seen.size === DIMENSIONS.length) throw configError(name, doc.lineOf(['notApplicable']), ['notApplicable'], 'every dimension is declared not applicable; nothing would be graded');
  for (const [i, d] of config.disabled.entries()) {
    const again = config.disabled.findIndex((x) => x.rule === d.rule);
    if (again !== i) throw configError(name, d.line, ['disable', i, 'rule'], `"${d.rule}" is disabled twice (also line ${config.disabled[again]!.line})`);
  }

  for (const [i, pack] of (data.rulePacks ?? []).entries()) {
    const base = where.packBase ?? where.root;
    config.customRules.push(...(await loadRulePack(pack, { base, confined: true, configName: name, line: doc.lineOf(['rulePacks', i]), field: ['rulePacks', i] })));
  }
  return config;
}

/** Parses "L2" / 2 targets from the config into Targets. */
function toTargets(targets: NonNullable<ConfigFile['targets']>): Targets {
  const out: Targets = { dimensions: {} };
  const level = (v: string | number): Level => Number(String(v).replace(/^[Ll]/, '')) as Level;
  for (const [key, value] of Object.entries(targets)) {
    if (value === undefined) continue;
    if (key === 'overall') out.overall = level(value as string | number);
    else out.dimensions[key as Dimension] = level(value as string | number);
  }
  return out;
}

export interface PackOptions {
  /** Relative pack paths are resolved from here. */
  base: string;
  /** When true, the pack (after following symlinks) must stay inside `base`. */
  confined: boolean;
  /** For error messages: the config that names the pack, and where. */
  configName?: string;
  line?: number;
  field?: PathKey[];
}

/** Reads a rule pack: a custom rule file, or a folder whose *.yml / *.yaml files are custom rule files. */
export async function loadRulePack(pack: string, options: PackOptions): Promise<CustomRuleSource[]> {
  const fail = (message: string) =>
    options.configName ? configError(options.configName, options.line, options.field ?? [], message) : new ConfigError(`rule pack ${pack}: ${message}`);
  if (options.confined && (path.isAbsolute(pack) || pack.split(/[\\/]/).includes('..'))) {
    throw fail(`rule pack "${pack}" must be a path inside the repository (no absolute paths, no "..")`);
  }
  const resolved = path.resolve(options.base, pack);
  let real: string;
  try {
    real = await realpath(resolved);
  } catch {
    throw fail(`rule pack "${pack}" not found`);
  }
  const realBase = await realpath(options.base).catch(() => options.base);
  if (options.confined && !isInside(realBase, real)) throw fail(`rule pack "${pack}" leads outside the repository (symlink)`);
  if (options.confined && passesThroughGit(realBase, real)) throw fail(`rule pack "${pack}" leads into .git, which is not the repository's data`);
  const info = await stat(real);
  let files: string[];
  if (info.isDirectory()) {
    files = (await readdir(real)).filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => path.join(real, n));
    if (files.length === 0) throw fail(`rule pack "${pack}" has no .yml files`);
    if (files.length > MAX_PACK_FILES) throw fail(`rule pack "${pack}" has ${files.length} files; at most ${MAX_PACK_FILES}`);
  } else if (info.isFile()) files = [real];
  else throw fail(`rule pack "${pack}" is neither a file nor a folder`);

  const out: CustomRuleSource[] = [];
  for (const file of files) {
    const realFile = await realpath(file);
    if (options.confined && !isInside(realBase, realFile)) throw fail(`rule pack file "${path.basename(file)}" leads outside the repository (symlink)`);
    if (options.confined && passesThroughGit(realBase, realFile)) throw fail(`rule pack file "${path.basename(file)}" leads into .git`);
    if (!(await stat(realFile)).isFile()) throw fail(`"${path.basename(file)}" in rule pack "${pack}" is not a file`);
    const display = options.confined ? path.relative(realBase, realFile).split(path.sep).join('/') : file;
    const text = await readText(realFile, display);
    const { customRuleFileSchema } = await import('./schema.js');
    const doc = parseYaml(display, text, customRuleFileSchema);
    out.push({ source: display, file: display, data: doc.data, lineOf: doc.lineOf });
  }
  return out;
}

async function readText(file: string, display: string): Promise<string> {
  const info = await stat(file);
  if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(`${display}: file is ${info.size} bytes; a config or rule file may have at most ${MAX_CONFIG_BYTES}`);
  const buffer = await readFile(file);
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD') && !buffer.includes(Buffer.from('\uFFFD'))) throw new ConfigError(`${display}:1: (root): the file is not UTF-8 text`);
  return text.replace(/^\uFEFF/, '');
}


/** Config targets and targets given on the command line or as action input: the latter, when given, replace the former. */
export function mergeTargets(fromConfig: Targets | undefined, given: Targets | undefined): Targets | undefined {
  if (hasTargets(given)) return given;
  return hasTargets(fromConfig) ? fromConfig : undefined;
}
