// Which rule patterns a file can match at all, from one scan of its text for every pattern's required literals.
import { requiredLiterals } from '../rules/literals.js';
import { LiteralScanner, type ScannerTable } from './literal-scan.js';

/** A built scanner for one list of literal sets (JSON.stringify of the list): used only for exactly those sets. */
export interface PrebuiltScanner {
  sets: string;
  table: ScannerTable;
}

/**
 * Answers "may this file match this pattern?": false only when the file's text lacks every literal the pattern
 * needs. Each file is scanned once, the first time any pattern asks; patterns not known up front, and patterns
 * without a usable literal, always may.
 */
export class TextPrefilter {
  private readonly idOf = new Map<string, number>();
  private readonly sets: (readonly string[])[] = [];
  private scanner: LiteralScanner | undefined;
  /** Per file, the ids of the patterns whose literals it has. */
  private readonly foundIn = new Map<string, number[]>();

  constructor(
    patterns: readonly string[],
    private readonly text: (file: string) => string | undefined,
    known: Readonly<Record<string, readonly string[] | null>> = {},
    private readonly prebuilt?: PrebuiltScanner,
  ) {
    for (const pattern of new Set(patterns)) {
      const literals = Object.hasOwn(known, pattern) ? known[pattern] : requiredLiterals(pattern);
      if (!literals) continue;
      this.idOf.set(pattern, this.sets.length);
      this.sets.push(literals);
    }
  }

  mayMatch(file: string, pattern: string): boolean {
    const id = this.idOf.get(pattern);
    if (id === undefined) return true;
    let found = this.foundIn.get(file);
    if (!found) {
      const content = this.text(file);
      if (content === undefined) return false;
      this.scanner ??= this.buildScanner();
      this.foundIn.set(file, (found = this.scanner.scan(content)));
    }
    return found.includes(id);
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
