/** Where a command writes; tests pass their own to capture output. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** The date to compare deadlines with, as an Excel serial (tests fix it). */
  today(): number;
}
