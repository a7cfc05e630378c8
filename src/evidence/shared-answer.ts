// Answers several rules share (a detector's findings, the project kind), worked out once per evidence.
import { NotParsedYet, type Evidence } from './index.js';

/** An answer that needed a file the worker was still parsing, while the evidence parsed ahead. */
class Pending {
  constructor(readonly error: NotParsedYet) {}
}

/**
 * Answers kept per evidence and key. While the evidence parses ahead (Evidence.parsingAhead), an answer that needs
 * a file not parsed yet is pending: the first rule to ask sends the file to the worker and is left for later
 * (NotParsedYet), and every other rule asking is left for later at once, without redoing the work up to that file;
 * once the pass ahead is over, the first rule to ask works it out, once.
 */
export class SharedAnswers<T> {
  private readonly answers = new WeakMap<Evidence, Map<string, T | Pending>>();

  get(evidence: Evidence, key: string, work: () => T): T {
    let known = this.answers.get(evidence);
    if (!known) this.answers.set(evidence, (known = new Map()));
    const answer = known.get(key);
    if (answer instanceof Pending) {
      if (evidence.parsingAhead?.()) throw answer.error;
    } else if (answer !== undefined || known.has(key)) return answer as T;
    try {
      const worked = work();
      known.set(key, worked);
      return worked;
    } catch (error) {
      if (error instanceof NotParsedYet && evidence.parsingAhead?.()) known.set(key, new Pending(error));
      else known.delete(key);
      throw error;
    }
  }
}

/** One answer per evidence, shared as SharedAnswers says. */
export function oncePerEvidence<T>(work: (evidence: Evidence) => T): (evidence: Evidence) => T {
  const answers = new SharedAnswers<T>();
  return (evidence) => answers.get(evidence, '', () => work(evidence));
}
