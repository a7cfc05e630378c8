// Types of generate-polyglot.mjs for the test that imports it.
/** Writes the polyglot repository under `dir`; returns the number of files written. */
export function generatePolyglot(dir: string, target: number): Promise<number>;
