// One pass over a text tells which of many literal sets occur in it: an Aho–Corasick automaton over ASCII with
// case folded. Text rules each need one of a few literals (src/rules/literals.ts); a file that has none of a
// rule's literals cannot match it, so one scan per file replaces dozens of regex scans.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** Columns of the transition table: one per ASCII code; any other character reads as NUL, which no literal has. */
const ASCII = 128;

/**
 * A built automaton as JSON can hold it (the build ships the shipped rules' one: building it costs a run about
 * 25 ms). Not the transition table itself (3 MB for the shipped rules; inflating it cost a run about 8 ms and a
 * garbage collection) but what rebuilds it in a copy per state: `trie` is, deflated and in base64, a little-endian
 * Uint32Array of four runs of `states` numbers, the states in breadth-first order (the root first): each one's id,
 * its number of children (its children follow in that order, in the order of their characters), the character
 * that leads to it and the id of its failure state (both 0 for the root). A state's row is its failure state's row
 * (complete, being nearer the root) with its own children written over it.
 */
export interface ScannerTable {
  trie: string;
  states: number;
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
  /** The trie as ScannerTable holds it (deflated, base64). */
  private readonly trie: string;
  /** Scratch marks for one scan (always left all zero): completing states reached, and sets found. */
  private readonly reached: Uint8Array;
  private readonly seen: Uint8Array;

  constructor(sets: readonly (readonly string[])[], table?: ScannerTable) {
    this.seen = new Uint8Array(sets.length);
    if (table) {
      this.next = rowsFromTrie(table);
      this.firstCompleting = table.firstCompleting;
      this.start = table.start;
      this.outputs = table.outputs;
      this.reached = new Uint8Array(table.outputs.length);
      this.trie = table.trie;
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
    const charOf = new Int32Array(states);
    const childCount = new Int32Array(states);
    let tail = 0;
    outputs[0] = [];
    for (let c = 0; c < ASCII; c++) {
      if (delta[c] === -1) delta[c] = 0;
      else {
        charOf[delta[c]!] = c;
        childCount[0]!++;
        queue[tail++] = delta[c]!;
      }
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
          charOf[child] = c;
          childCount[state]!++;
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

    // What rebuilds the table (see ScannerTable): breadth-first, the root first.
    const trie = new Uint32Array(4 * states);
    for (let i = 0; i < states; i++) {
      const old = i === 0 ? 0 : queue[i - 1]!;
      trie[i] = renamed[old]!;
      trie[states + i] = childCount[old]!;
      trie[2 * states + i] = i === 0 ? 0 : charOf[old]!;
      trie[3 * states + i] = i === 0 ? 0 : renamed[fail[old]!]!;
    }
    this.trie = deflateRawSync(Buffer.from(trie.buffer, trie.byteOffset, trie.byteLength), { level: 9 }).toString('base64');
  }

  /** The automaton as JSON can hold it, to be given back to the constructor with the same sets. */
  toTable(): ScannerTable {
    const { next } = this;
    return { trie: this.trie, states: next.length / ASCII, wide: next instanceof Uint32Array, firstCompleting: this.firstCompleting, start: this.start, outputs: this.outputs };
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

/** The transition table from the trie a ScannerTable holds: each state's row is a copy of its failure state's. */
function rowsFromTrie(table: ScannerTable): Uint16Array | Uint32Array {
  const { states } = table;
  const bytes = inflateRawSync(Buffer.from(table.trie, 'base64'));
  if (bytes.length !== 16 * states) throw new Error('the scanner table does not match its number of states');
  const copy = new ArrayBuffer(bytes.length); // aligned, whatever the buffer's offset in Node's pool
  new Uint8Array(copy).set(bytes);
  const trie = new Uint32Array(copy);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('the scanner table is stored little-endian');
  const next = table.wide ? new Uint32Array(states * ASCII) : new Uint16Array(states * ASCII);
  let child = 1; // the breadth-first position of the next state's first child
  for (let i = 0; i < states; i++) {
    const base = trie[i]! * ASCII;
    if (i === 0) next.fill(trie[0]!, base, base + ASCII);
    else {
      const failBase = trie[3 * states + i]! * ASCII;
      next.copyWithin(base, failBase, failBase + ASCII);
    }
    for (let n = trie[states + i]!; n > 0; n--, child++) {
      const c = trie[2 * states + child]!;
      next[base + c] = trie[child]!;
      if (c >= 97 && c <= 122) next[base + c - 32] = trie[child]!; // upper case reads as lower case
    }
  }
  return next;
}
