// The tool's and the rule catalog's versions; the report names both so a verdict can be traced to its rules.
export const TOOL_VERSION = '0.1.0';
/** Bump on every rule change that can move a verdict, with a CHANGELOG entry. */
export const RULES_VERSION = '2026.13.0';
