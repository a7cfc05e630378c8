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
    const found = this.foundIn.get(file) ?? this.scan(file);
    if (!found) return false;
    for (const branch of branches) {
      let all = true;
      for (const id of branch) {
        if ((found[id >>> 5]! & (1 << (id & 31))) === 0) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return false;
  }

  /**
   * Scans these files now, one after the other, rather than each as a rule first asks about it: the scanner's table
   * (a few MB) stays in the processor's cache from one file to the next, where scans between rules found it evicted
   * (about twice the time).
   */
  scanNow(files: readonly string[]): void {
    if (this.needs.size === 0) return;
    for (const file of files) if (!this.foundIn.has(file)) this.scan(file);
  }

  private scan(file: string): Uint32Array | undefined {
    const content = this.text(file);
    if (content === undefined) return undefined;
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
