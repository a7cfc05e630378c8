// A YAML text parsed once for every detector that reads it: a compose file is read by the services detector (under
// each of its rules' options, and again for a rule's suppression view) and by the health-probe detector. The yaml
// package is slow cold, and parsing the same text again gives the same value. Callers only read the value.
import { parse } from 'yaml';

/** Texts kept (the last ones parsed): a grade reads a handful, and a fleet grades many repositories in one process. */
const KEPT = 64;
const parsed = new Map<string, { value: unknown } | { error: unknown }>();

/** `parse(text, { merge: true })` of the yaml package, or what it threw, once per text. */
export function parseYamlWithMerges(text: string): unknown {
  let outcome = parsed.get(text);
  if (!outcome) {
    try {
      // Merge keys (`<<: *common`) are how compose files share a service template (x-common: &common).
      outcome = { value: parse(text, { merge: true }) };
    } catch (error) {
      outcome = { error };
    }
    if (parsed.size >= KEPT) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
