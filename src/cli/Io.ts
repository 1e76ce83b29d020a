/** Where a command writes; tests pass their own to capture output. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** The date to compare deadlines with, as an Excel serial (tests fix it). */
  today(): number;
  /**
   * Where a long run says how far it has come (one line, overwritten); absent when nobody watches, which
   * is whenever stderr is not a terminal, so logs and pipes get no progress noise.
   */
  progress?(text: string): void;
}
