/*
 * What one read of a package may hold, so a crafted or runaway file is refused with a sentence naming the
 * sheet well before memory runs out, instead of V8's "heap out of memory" in English. The limits sit well
 * above the biggest workbooks Uppsikt is measured on (300,000 recommendations and 200,000 risks: about
 * 8 million cells and 300 MB of sheet XML) and well below what a 2 GB heap can hold.
 */

export interface PackageLimits {
  /** Bytes of XML the package's parts may inflate to, together. */
  readonly inflatedBytes: number;
  /** Cells the snapshot may hold, all sheets together (a row counts up to its last cell). */
  readonly cells: number;
}

export const PACKAGE_LIMITS: PackageLimits = { inflatedBytes: 768 * 1024 * 1024, cells: 25_000_000 };

/** A package past one of its limits; `sheet` is the sheet being read when it was reached, if any. */
export class PackageLimitError extends Error {
  constructor(
    readonly kind: 'inflated' | 'cells',
    readonly part: string,
    readonly limit: number,
    readonly sheet?: string,
  ) {
    super(`${kind} limit ${limit} reached in ${part}`);
    this.name = 'PackageLimitError';
  }

  /** The same error with the sheet named. */
  onSheet(sheet: string): PackageLimitError {
    return this.sheet === undefined ? new PackageLimitError(this.kind, this.part, this.limit, sheet) : this;
  }
}
