// One pass over a text tells which of many literal sets occur in it: an Aho–Corasick automaton over ASCII with
// case folded. Text rules each need one of a few literals (src/rules/literals.ts); a file that has none of a
// rule's literals cannot match it, so one scan per file replaces dozens of regex scans.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Columns of the transition table: one per ASCII code; any other character reads as NUL, which no literal has. */
const ASCII = 128;

/**
 * A built automaton as JSON can hold it (the build ships the shipped rules' one: building it costs a run about
 * 25 ms). `next` is the transition table's bytes (little-endian, 2 or 4 per entry as `wide` says), deflated (the
 * full table is 1.8 MB of mostly repeated rows, 0.1 MB deflated: reading and parsing it raw in catalog.json cost
 * about as much as building it), in base64.
 */
export interface ScannerTable {
  next: string;
  wide: boolean;
  firstCompleting: number;
  start: number;
  outputs: (readonly number[])[];
}

/** Finds, in one pass, which literal sets have a member in a text (ASCII, case-insensitive; literals lowercase). */
export class LiteralScanner {
  /** next[state * 128 + code]: the state after reading that character. A full table (a DFA): no failure links to follow. */
  private readonly next: Uint16Array | Uint32Array;
  /** States are numbered so that those completing a literal come last: one comparison tells whether to look. */
  private readonly firstCompleting: number;
  private readonly start: number;
  /** Set ids a completing state ends (its own literals and those of its suffixes). */
  private readonly outputs: (readonly number[])[];
  /** Scratch marks for one scan (always left all zero): completing states reached, and sets found. */
  private readonly reached: Uint8Array;
  private readonly seen: Uint8Array;

  constructor(sets: readonly (readonly string[])[], table?: ScannerTable) {
    this.seen = new Uint8Array(sets.length);
    if (table) {
      const bytes = inflateRawSync(Buffer.from(table.next, 'base64'));
      const copy = new ArrayBuffer(bytes.length); // aligned, whatever the buffer's offset in Node's pool
      new Uint8Array(copy).set(bytes);
      this.next = table.wide ? new Uint32Array(copy) : new Uint16Array(copy);
      this.firstCompleting = table.firstCompleting;
      this.start = table.start;
      this.outputs = table.outputs;
      this.reached = new Uint8Array(table.outputs.length);
      return;
    }
    // The trie, in a table with room for every state: delta[state * 128 + code] is a goto edge or -1.
    const capacity = 1 + sets.reduce((n, set) => n + set.reduce((m, literal) => m + literal.length, 0), 0);
    const delta = new Int32Array(capacity * ASCII).fill(-1);
    const ends: (number[] | undefined)[] = [];
    let states = 1;
    sets.forEach((set, id) => {
      for (const literal of set) {
        // eslint-disable-next-line no-control-regex -- the range is ASCII without NUL, on purpose
        if (!/^[\x01-\x7f]+$/.test(literal) || literal !== literal.toLowerCase()) throw new Error(`literal must be lowercase ASCII: ${literal}`);
        let state = 0;
        for (let i = 0; i < literal.length; i++) {
          const at = state * ASCII + literal.charCodeAt(i);
          if (delta[at] === -1) delta[at] = states++;
          state = delta[at]!;
        }
        (ends[state] ??= []).push(id);
      }
    });

    // Breadth first, in place: a missing edge becomes the failure link's transition, so the table is a full DFA.
    const fail = new Int32Array(states);
    const outputs: (readonly number[])[] = new Array(states);
    const queue = new Int32Array(states);
    let tail = 0;
    outputs[0] = [];
    for (let c = 0; c < ASCII; c++) {
      if (delta[c] === -1) delta[c] = 0;
      else queue[tail++] = delta[c]!;
    }
    for (let head = 0; head < tail; head++) {
      const state = queue[head]!;
      const inherited = outputs[fail[state]!]!;
      const own = ends[state];
      outputs[state] = !own ? inherited : inherited.length === 0 ? own : [...new Set([...own, ...inherited])];
      const base = state * ASCII;
      const failBase = fail[state]! * ASCII;
      for (let c = 0; c < ASCII; c++) {
        const child = delta[base + c]!;
        if (child === -1) delta[base + c] = delta[failBase + c]!;
        else {
          fail[child] = delta[failBase + c]!;
          queue[tail++] = child;
        }
      }
    }

    // Renumber: states that complete nothing first, then the completing ones; upper case reads as lower case.
    const renamed = new Int32Array(states);
    const order: number[] = [];
    for (let old = 0; old < states; old++) if (outputs[old]!.length === 0) order.push(old);
    this.firstCompleting = order.length;
    for (let old = 0; old < states; old++) if (outputs[old]!.length > 0) order.push(old);
    for (let id = 0; id < states; id++) renamed[order[id]!] = id;
    const next = states <= 0xffff ? new Uint16Array(states * ASCII) : new Uint32Array(states * ASCII);
    for (let id = 0; id < states; id++) {
      const base = order[id]! * ASCII;
      for (let c = 0; c < ASCII; c++) next[id * ASCII + c] = renamed[delta[base + (c >= 65 && c <= 90 ? c + 32 : c)]!]!;
    }
    this.next = next;
    this.reached = new Uint8Array(states);
    this.start = renamed[0]!;
    this.outputs = order.map((old) => outputs[old]!);
  }

  /** The automaton as JSON can hold it, to be given back to the constructor with the same sets. */
  toTable(): ScannerTable {
    const { next } = this;
    if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the scanner table is stored little-endian');
    const bytes = deflateRawSync(Buffer.from(next.buffer, next.byteOffset, next.byteLength), { level: 9 });
    return { next: bytes.toString('base64'), wide: next instanceof Uint32Array, firstCompleting: this.firstCompleting, start: this.start, outputs: this.outputs };
  }

  /** The ids of the sets with some literal in `text`, each once (a short list: most files hold few). */
  scan(text: string): number[] {
    const { next, firstCompleting, reached } = this;
    let state = this.start;
    let hits: number[] | undefined;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      state = next[(state << 7) | (c < ASCII ? c : 0)]!; // state * 128 + c
      if (state >= firstCompleting && reached[state] === 0) {
        reached[state] = 1;
        (hits ??= []).push(state);
      }
    }
    return this.setsOf(hits);
  }

  /** The set ids the completing states reached end, each once; clears the marks of the scan. */
  private setsOf(states: number[] | undefined): number[] {
    const found: number[] = [];
    if (!states) return found;
    const seen = this.seen;
    for (const state of states) {
      this.reached[state] = 0;
      for (const id of this.outputs[state]!) {
        if (seen[id] === 0) {
          seen[id] = 1;
          found.push(id);
        }
      }
    }
    for (const id of found) seen[id] = 0;
    return found;
  }
}
