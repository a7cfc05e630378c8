// The configuration API for the CLI and the action: find, load and validate .levelgate.yml, merge targets,
// and render what the config changed.
export { CONFIG_LOCATIONS, findConfig, loadConfig, loadRulePack, mergeTargets, parseConfig, type LevelgateConfig, type LoadConfigOptions } from './load.js';
export { configShapesGrade, renderConfigMarkdown, renderConfigText } from './render.js';
export type { AppliedConfig } from './types.js';
