// Answers several rules share (a detector's findings, the project kind), worked out once per evidence.
import type { Evidence } from './index.js';

/** Answers kept per evidence and key: the first rule to ask works one out, the others take it. */
export class SharedAnswers<T> {
  private readonly answers = new WeakMap<Evidence, Map<string, T>>();

  get(evidence: Evidence, key: string, work: () => T): T {
    let known = this.answers.get(evidence);
    if (!known) this.answers.set(evidence, (known = new Map()));
    if (known.has(key)) return known.get(key)!;
    const worked = work();
    known.set(key, worked);
    return worked;
  }
}

/** One answer per evidence (see SharedAnswers). */
export function oncePerEvidence<T>(work: (evidence: Evidence) => T): (evidence: Evidence) => T {
  const answers = new SharedAnswers<T>();
  return (evidence) => answers.get(evidence, '', () => work(evidence));
}
