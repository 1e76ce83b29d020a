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

/*
 * Characters a terminal acts on instead of showing: C0 controls but tab and newline (ESC starts escape
 * sequences, BEL rings, CR overwrites the line), DEL, C1 controls (U+009B is a one-byte ESC [) and the
 * bidirectional overrides and isolates that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A line as it may be printed: every character a terminal would act on becomes its \uXXXX escape, visible
 * and harmless. JSON stays valid and means the same (these characters only occur inside JSON strings, where
 * \uXXXX is the same character; JSON.stringify already escapes C0 controls).
 *
 * @example
 * terminalSafe('Klart\u001b[2J\u0007') //=> 'Klart\\u001b[2J\\u0007'
 */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same Io with every printed line made terminal-safe. */
export function safeIo(io: Io): Io {
  const progress = io.progress;
  return {
    out: (line) => io.out(terminalSafe(line)),
    err: (line) => io.err(terminalSafe(line)),
    today: () => io.today(),
    // The progress line draws itself with \r on the terminal; only its text is made safe.
    ...(progress ? { progress: (text: string) => progress(terminalSafe(text)) } : {}),
  };
}
