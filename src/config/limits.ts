// What a repository's own config may not do, whichever commit it comes from: relax what the operator
// requires (the target input / --target) or hide committed secrets (negative rules) — unless the operator
// allows the latter. Entries that try are not applied, and the report says so.
import type { Catalog } from '../rules/load.js';
import type { Dimension } from '../types.js';
import type { LevelgateConfig } from './load.js';

/** The operator's limits on the repository's config (action inputs, command-line flags). */
export interface ConfigLimits {
  /** Dimensions the operator's targets name one by one: the config cannot declare them not applicable. */
  targetDimensions?: readonly Dimension[];
  /** The operator lets the config disable, suppress, ignore away or n/a the negative rules (committed secrets). */
  allowConfigToRelaxSecrets?: boolean;
}

/** A config entry that was not applied, and why. */
export interface OverruledEntry {
  /** "disable security.no-committed-secrets", "notApplicable security", … */
  entry: string;
  reason: string;
}

export const RELAX_SECRETS_INPUT = 'allow-config-to-relax-secrets';
const SECRETS_REASON = `a committed secret cannot be hidden by the repository's own configuration; the operator can allow it with the ${RELAX_SECRETS_INPUT} input (CLI: --${RELAX_SECRETS_INPUT})`;

/** The config with every entry the limits forbid taken out, and the list of what was taken out. */
export function limitConfig(config: LevelgateConfig, catalog: Catalog, limits: ConfigLimits = {}): { config: LevelgateConfig; overruled: OverruledEntry[] } {
  const overruled: OverruledEntry[] = [];
  const guardSecrets = !limits.allowConfigToRelaxSecrets;
  // Built-in negative rules only: a custom rule is the config's own addition to begin with.
  const negative = new Set(catalog.rules.filter((r) => r.negative).map((r) => r.id));
  const negativeDimensions = new Set(catalog.rules.filter((r) => r.negative).map((r) => r.dimension));
  const required = new Set(limits.targetDimensions ?? []);

  const disabled = config.disabled.filter((d) => {
    if (!guardSecrets || !negative.has(d.rule)) return true;
    overruled.push({ entry: `disable ${d.rule}`, reason: SECRETS_REASON });
    return false;
  });
  const suppressions = config.suppressions.filter((s) => {
    if (!guardSecrets || !negative.has(s.rule)) return true;
    overruled.push({ entry: `suppress ${s.rule} in ${s.paths.join(', ')}`, reason: SECRETS_REASON });
    return false;
  });
  const notApplicable = config.notApplicable.filter((n) => {
    if (required.has(n.dimension)) {
      overruled.push({ entry: `notApplicable ${n.dimension}`, reason: `the operator's target names ${n.dimension}; a config cannot take it out of the grade` });
      return false;
    }
    if (guardSecrets && negativeDimensions.has(n.dimension)) {
      overruled.push({ entry: `notApplicable ${n.dimension}`, reason: SECRETS_REASON });
      return false;
    }
    return true;
  });
  return { config: { ...config, disabled, suppressions, notApplicable }, overruled };
}

/** Whether files the config ignores must still go through the secrets scan. */
export function scanIgnoredForSecrets(limits: ConfigLimits = {}): boolean {
  return !limits.allowConfigToRelaxSecrets;
}
