// Evidence with some files hidden (a rule's suppressed paths): matchers stop after the findings they can
// show, so suppressed files must be out of sight before matching, not filtered out of the findings after.
import type { Evidence } from './index.js';

/** The same evidence without the files `hidden` selects. */
export function withoutFiles(evidence: Evidence, hidden: (file: string) => boolean): Evidence {
  const visible = <T extends { file: string }>(items: T[]): T[] => items.filter((i) => !hidden(i.file));
  function* inView<T extends { file: string }>(items: Iterable<T>): Iterable<T> {
    for (const item of items) if (!hidden(item.file)) yield item;
  }
  const files = evidence.files.filter((f) => !hidden(f));
  return {
    ...evidence,
    files,
    fileSet: new Set(files),
    text: (file) => (hidden(file) ? undefined : evidence.text(file)),
    code: (file) => (hidden(file) ? undefined : evidence.code(file)),
    mayMatch: (file, pattern) => !hidden(file) && evidence.mayMatch(file, pattern),
    sourceFiles: evidence.sourceFiles.filter((f) => !hidden(f)),
    dependencies: visible(evidence.dependencies),
    packageJsons: visible(evidence.packageJsons),
    importsIn: (modules, options) => inView(evidence.importsIn(modules, options)),
    callsIn: (callees) => inView(evidence.callsIn(callees)),
    decoratorsIn: (names) => inView(evidence.decoratorsIn(names)),
    ci: visible(evidence.ci),
  };
}
