// Which configuration decides a pull request's verdict. The pull request must not set its own gate: by default
// the policy is the base commit's config (and the rule packs it names), read with git plumbing — never the
// checkout the pull request wrote. The head's config is graded too, so the comment can say what it would change.
// Outside a pull request (push, CLI) the checkout's config applies.
import { isInside } from '../util/paths.js';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYamlText } from 'yaml';
import { CONFIG_LOCATIONS, loadConfig, type LevelgateConfig } from '../config/load.js';
import { ConfigError } from '../errors.js';
import type { PackageReport } from '../monorepo/grade.js';
import { checkMonorepoTargets } from '../monorepo/targets.js';
import { checkTargets, hasTargets, type Targets } from '../targets.js';
import type { GradeReport, Level } from '../types.js';
import { baseCommitOf, checkoutOf, extractTree, gitPrefix, isFolderAtCommit, isShallowCheckout, readFileAtCommit } from './base.js';

export type ConfigSource = 'base' | 'head';

/** A verdict in two words: the overall level, and whether the targets hold (undefined: no targets). */
export interface BriefVerdict {
  level: Level;
  passed?: boolean;
}

/** Where the configuration that decides came from; carried in the result file and shown in the comment. */
export interface PolicyInfo {
  /** base: the base commit's (the default on pull requests); head: the pull request's own (config-source: head); checkout: outside pull requests. */
  source: 'base' | 'head' | 'checkout';
  /** The commit it was read from. */
  sha?: string;
  /** The config file, relative to the graded folder; absent when there was none. */
  file?: string;
  /** Why the base commit's config could not be read, when it could not. */
  note?: string;
  /** The pull request changes levelgate's configuration: the verdict under the policy (applied) and under the other side's config. */
  change?: { applied: BriefVerdict; other: BriefVerdict };
}

export interface Policy {
  /** The config that decides (undefined: none, the defaults). */
  config: LevelgateConfig | undefined;
  info: PolicyInfo;
  /** The other side's config, when it differs from the policy: graded for the comment only. */
  other?: { config: LevelgateConfig | undefined };
}

export interface PolicyOptions {
  /** The graded folder. */
  root: string;
  /** The action's `config` input (absolute), if any. */
  configFile?: string;
  source: ConfigSource;
  /** The pull request, if this run is about one. */
  pullRequest?: { baseSha?: string; headSha?: string };
  /** The commit graded (for the label of config-source: head). */
  headSha?: string;
  tempRoot?: string;
}

/** Decides the policy; throws ConfigError for a bad config, or when the base's config is needed and cannot be read. */
export async function resolvePolicy(options: PolicyOptions): Promise<Policy> {
  const { root, configFile, pullRequest } = options;
  const head = await loadConfig(root, configFile ? { file: configFile } : {});
  if (!pullRequest) return { config: head, info: { source: 'checkout', ...fileOf(head) } };

  const base = await readBaseConfig(options);
  if (options.source === 'head') {
    const other = base.kind === 'read' && differs(base.config, head) ? { other: { config: base.config } } : {};
    return { config: head, info: { source: 'head', ...(options.headSha ? { sha: options.headSha } : {}), ...fileOf(head) }, ...other };
  }
  if (base.kind === 'unavailable') {
    // Fail closed: a config the pull request may have written cannot stand in for the base's.
    if (head) {
      throw new ConfigError(
        `the policy of a pull request is the base commit's configuration, and ${base.reason}; so ${head.displayName} (which this pull request may have changed) is not used. ` +
          'Check out the base commit too (actions/checkout with fetch-depth: 0), or set the input config-source: head to grade with the pull request\'s own configuration',
      );
    }
    return { config: undefined, info: { source: 'base', note: `${base.reason}; the pull request has no configuration either, so none applies` } };
  }
  const other = differs(base.config, head) ? { other: { config: head } } : {};
  return { config: base.config, info: { source: 'base', sha: base.sha, ...fileOf(base.config) }, ...other };
}

function fileOf(config: LevelgateConfig | undefined): { file?: string } {
  return config ? { file: config.displayName } : {};
}

/** Whether two configs grade differently: their content, not the lines it sits on. */
export function differs(a: LevelgateConfig | undefined, b: LevelgateConfig | undefined): boolean {
  return fingerprint(a) !== fingerprint(b);
}

function fingerprint(config: LevelgateConfig | undefined): string {
  if (!config) return 'none';
  const { displayName, targets, ignore, monorepo } = config;
  return JSON.stringify({
    displayName,
    targets,
    ignore,
    monorepo,
    disabled: config.disabled.map(({ rule, reason }) => [rule, reason]),
    suppressions: config.suppressions.map(({ rule, paths, reason }) => [rule, paths, reason]),
    notApplicable: config.notApplicable.map(({ dimension, reason }) => [dimension, reason]),
    customRules: config.customRules.map(({ source, data }) => [source, data]),
  });
}

type BaseConfig = { kind: 'read'; sha: string; config: LevelgateConfig | undefined } | { kind: 'unavailable'; reason: string };

/**
 * The base commit's config of the graded folder, with its rule packs: the files are read out of the commit with
 * git plumbing into a temp folder laid out like the checkout, and loaded from there (so packs stay confined to it).
 */
async function readBaseConfig(options: PolicyOptions): Promise<BaseConfig> {
  const { root, pullRequest } = options;
  if (!pullRequest?.baseSha) return { kind: 'unavailable', reason: 'the event does not name the base commit' };
  const prefix = await gitPrefix(root);
  if (prefix === undefined) return { kind: 'unavailable', reason: 'the graded folder is not a git checkout' };
  const sha = await baseCommitOf(root, pullRequest.baseSha, pullRequest.headSha);
  if (!sha) return { kind: 'unavailable', reason: `the base commit ${pullRequest.baseSha.slice(0, 7)} is not in this checkout${(await isShallowCheckout(root)) ? ' (a shallow clone)' : ''}` };
  if (prefix && !(await isFolderAtCommit(root, sha, prefix.replace(/\/$/, '')))) return { kind: 'read', sha, config: undefined };

  const dir = await mkdtemp(path.join(options.tempRoot ?? (process.env.RUNNER_TEMP || tmpdir()), 'levelgate-policy-'));
  const mirrorRoot = path.join(dir, prefix);
  await mkdir(mirrorRoot, { recursive: true });
  const fromTop = (abs: string) => path.relative(dir, abs).split(path.sep).join('/');
  const copy = async (abs: string): Promise<boolean> => {
    const content = await readFileAtCommit(root, sha, fromTop(abs));
    if (!content) return false;
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, content);
    return true;
  };
  try {
    let explicit: string | undefined;
    let found: string | undefined;
    if (options.configFile) {
      const top = path.resolve(root, ...Array(prefix.split('/').filter(Boolean).length).fill('..'));
      const relative = path.relative(top, path.resolve(options.configFile));
      if (relative.startsWith('..') || path.isAbsolute(relative)) {
        // Outside the repository: the operator's own file, which the pull request cannot touch.
        explicit = options.configFile;
      } else {
        const mirrored = path.join(dir, relative);
        // Named by the operator but absent from the base (the pull request adds it): no config until merged.
        if (!(await copy(mirrored))) return { kind: 'read', sha, config: undefined };
        explicit = found = mirrored;
      }
    } else {
      for (const name of CONFIG_LOCATIONS) if ((await copy(path.join(mirrorRoot, name))) && !found) found = path.join(mirrorRoot, name);
      if (!found) return { kind: 'read', sha, config: undefined };
    }
    if (found) await copyRulePacks(found, mirrorRoot, dir, root, sha);
    const config = await loadConfig(mirrorRoot, explicit ? { file: explicit } : {}).catch((error: unknown) => {
      // Messages name files as in the repository, never the temp folder.
      if (error instanceof ConfigError) throw new ConfigError(`base commit ${sha.slice(0, 7)}: ${error.message.split(dir + path.sep).join('')}`);
      throw error;
    });
    if (config && found && !isInside(mirrorRoot, found)) config.displayName = fromTop(found);
    return { kind: 'read', sha, config };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Copies the rule packs the config names (folders or files) out of the commit, where loadConfig will look for them. */
async function copyRulePacks(configFile: string, mirrorRoot: string, dir: string, root: string, sha: string): Promise<void> {
  let packs: unknown;
  try {
    const { readFile } = await import('node:fs/promises');
    packs = (parseYamlText(await readFile(configFile, 'utf8'), { maxAliasCount: 100 }) as { rulePacks?: unknown } | null)?.rulePacks;
  } catch {
    return; // loadConfig reports the error with its line
  }
  if (!Array.isArray(packs)) return;
  // As loadConfig resolves them: from the graded folder for a config inside it, else from the config's folder.
  const packBase = isInside(mirrorRoot, configFile) ? mirrorRoot : path.dirname(configFile);
  for (const pack of packs.slice(0, 100)) {
    if (typeof pack !== 'string' || !pack) continue;
    const target = path.resolve(packBase, pack);
    if (!isInside(dir, target) || target === dir) continue; // loadConfig refuses it, naming the pack
    const fromTop = path.relative(dir, target).split(path.sep).join('/');
    if (await isFolderAtCommit(root, sha, fromTop)) {
      const checkout = await checkoutOf(root);
      if (!checkout) continue;
      await mkdir(target, { recursive: true });
      await extractTree(checkout, sha, fromTop, target);
    } else {
      const content = await readFileAtCommit(root, sha, fromTop);
      if (content) {
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, content);
      }
    }
  }
}

/** The targets that hold: the operator's input when given (it replaces the config's), else the config's. */
export function effectiveTargets(input: Targets, config: LevelgateConfig | undefined): Targets {
  if (hasTargets(input)) return input;
  return config?.targets ?? { dimensions: {} };
}

/** The overall level and whether the targets hold, for one report or a monorepo (the whole and every package). */
export function briefVerdict(report: GradeReport, packages: PackageReport[] | undefined, targets: Targets): BriefVerdict {
  if (!hasTargets(targets)) return { level: report.level };
  const passed = packages ? checkMonorepoTargets({ whole: report, packages }, targets).passed : checkTargets(report, targets).passed;
  return { level: report.level, passed };
}
