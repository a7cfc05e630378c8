// Which rule patterns a file can match at all, from one scan of its text for every pattern's required literals.
import { literalRequirement, type LiteralRequirement } from '../rules/literals.js';
import { LiteralScanner, type ScannerTable } from './literal-scan.js';

/** A built scanner for one list of literal sets (JSON.stringify of the list): used only for exactly those sets. */
export interface PrebuiltScanner {
  sets: string;
  table: ScannerTable;
}

/** Each pattern's requirement when already worked out (the compiled catalog); null for a pattern without one. */
export type KnownLiterals = Readonly<Record<string, LiteralRequirement | null>>;

/**
 * A text this long is not scanned up front (scanNow): a rule may never ask about it (a locale catalog, a lock file, a
 * changelog), or ask a few patterns only, which a search set by set answers in a fraction of a scan (SET_SEARCHES).
 */
const DEFER_CHARS = 64 * 1024;
/**
 * Literal sets looked for one at a time in a deferred text (a RegExp of the set's literals, ASCII case folded:
 * about a tenth of a scan each) before the text is scanned whole after all. Then every deferred text of its kind
 * (its extension) is scanned at once: a scan between rules finds the scanner's table out of the processor's cache
 * and costs two to three times a scan in a row (Dokploy's 172 Drizzle snapshots, each asked 16 patterns), and the
 * rules and detectors that ask about one file of a kind ask about the others too.
 */
const SET_SEARCHES = 4;

/** What is known of a deferred text: a bit per set looked for, and of those, a bit per set found. */
interface Deferred {
  known: Uint32Array;
  found: Uint32Array;
  searches: number;
  kind: string;
}

/** The extension of a file's name (all of the name when it has none): deferred texts of a kind are scanned together. */
const kindOf = (file: string): string => file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('.')) + 1);

const has = (bits: Uint32Array, id: number): boolean => (bits[id >>> 5]! & (1 << (id & 31))) !== 0;

/** Whether some branch has all its sets, `holds` telling set by set (in order, stopping as a scan's bits would). */
function satisfied(branches: number[][], holds: (id: number) => boolean): boolean {
  for (const branch of branches) {
    let all = true;
    for (const id of branch) {
      if (!holds(id)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/**
 * Answers "may this file match this pattern?": false only when, for every top-level alternative of the pattern,
 * the file's text lacks every literal of one of the sets that alternative needs (src/rules/literals.ts). Each file
 * is scanned once, the first time any pattern asks; patterns not known up front, and patterns without a usable
 * literal, always may.
 */
export class TextPrefilter {
  /** Per pattern, its branches as lists of set ids. */
  private readonly needs = new Map<string, number[][]>();
  private readonly sets: (readonly string[])[] = [];
  private scanner: LiteralScanner | undefined;
  /** Per file, a bit for each set it has a literal of. */
  private readonly foundIn = new Map<string, Uint32Array>();
  /** Long texts left out of scanNow, until they are asked about more than a few sets (see DEFER_CHARS). */
  private readonly deferred = new Map<string, Deferred>();
  /** Per set, a RegExp finding any of its literals as the scanner would (made when first needed). */
  private readonly setTests: RegExp[] = [];

  constructor(
    patterns: readonly string[],
    private readonly text: (file: string) => string | undefined,
    known: KnownLiterals = {},
    private readonly prebuilt?: PrebuiltScanner,
  ) {
    // Patterns share sets ("'/v" of several route patterns): each set is looked for once.
    const idOfSet = new Map<string, number>();
    for (const pattern of new Set(patterns)) {
      const requirement = Object.hasOwn(known, pattern) ? known[pattern] : literalRequirement(pattern);
      if (!requirement) continue;
      this.needs.set(
        pattern,
        requirement.map((branch) =>
          branch.map((set) => {
            const key = JSON.stringify(set);
            let id = idOfSet.get(key);
            if (id === undefined) {
              idOfSet.set(key, (id = this.sets.length));
              this.sets.push(set);
            }
            return id;
          }),
        ),
      );
    }
  }

  mayMatch(file: string, pattern: string): boolean {
    const branches = this.needs.get(pattern);
    if (branches === undefined) return true;
    const deferred = this.deferred.get(file);
    if (deferred) return satisfied(branches, (id) => this.deferredHas(file, deferred, id));
    const found = this.foundIn.get(file) ?? this.scan(file);
    if (!found) return false;
    return satisfied(branches, (id) => has(found, id));
  }

  /**
   * Whether a deferred text has a literal of set `id`: looked for alone while few sets have been, else from a scan
   * of the whole text (then kept as any scanned file's). Either way the bit a scan would give.
   */
  private deferredHas(file: string, deferred: Deferred, id: number): boolean {
    if (has(deferred.known, id)) return has(deferred.found, id);
    const text = this.text(file)!;
    if (deferred.searches >= SET_SEARCHES) {
      for (const [other, { kind }] of this.deferred) {
        if (kind !== deferred.kind) continue;
        this.deferred.delete(other);
        this.scanText(other, this.text(other)!);
      }
      return has(this.foundIn.get(file)!, id);
    }
    deferred.searches++;
    deferred.known[id >>> 5]! |= 1 << (id & 31);
    if (!this.setTest(id).test(text)) return false;
    deferred.found[id >>> 5]! |= 1 << (id & 31);
    return true;
  }

  /**
   * The set's literals as one RegExp. Without the u flag, i folds ASCII letters only where the scanner does: no
   * other character matches an ASCII one (ſ is not s, the Kelvin sign not k), so it finds exactly what a scan would.
   */
  private setTest(id: number): RegExp {
    return (this.setTests[id] ??= new RegExp(this.sets[id]!.map((literal) => literal.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'), 'i'));
  }

  /**
   * Scans these files now, one after the other, rather than each as a rule first asks about it: the scanner's table
   * (a few MB) stays in the processor's cache from one file to the next, where scans between rules found it evicted
   * (about twice the time).
   */
  scanNow(files: readonly string[]): void {
    if (this.needs.size === 0) return;
    const words = (this.sets.length + 31) >>> 5;
    for (const file of files) {
      if (this.foundIn.has(file) || this.deferred.has(file)) continue;
      const content = this.text(file);
      if (content === undefined) continue;
      if (content.length >= DEFER_CHARS) this.deferred.set(file, { known: new Uint32Array(words), found: new Uint32Array(words), searches: 0, kind: kindOf(file) });
      else this.scanText(file, content);
    }
  }

  private scan(file: string): Uint32Array | undefined {
    const content = this.text(file);
    return content === undefined ? undefined : this.scanText(file, content);
  }

  private scanText(file: string, content: string): Uint32Array {
    this.scanner ??= this.buildScanner();
    const found = new Uint32Array((this.sets.length + 31) >>> 5);
    for (const id of this.scanner.scan(content)) found[id >>> 5]! |= 1 << (id & 31);
    this.foundIn.set(file, found);
    return found;
  }

  /** The scanner for these patterns' literals, built (the build ships one for the shipped rules: see prebuilt). */
  prebuiltScanner(): PrebuiltScanner {
    return { sets: JSON.stringify(this.sets), table: new LiteralScanner(this.sets).toTable() };
  }

  private buildScanner(): LiteralScanner {
    const table = this.prebuilt && this.prebuilt.sets === JSON.stringify(this.sets) ? this.prebuilt.table : undefined;
    return new LiteralScanner(this.sets, table);
  }
}
