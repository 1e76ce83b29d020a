/**
 * A one-line progress display on a terminal stream: each text overwrites the last, at most ten a second,
 * and '' clears the line. Undefined when the stream is not a terminal (a pipe, a file, CI), so nothing but
 * results and errors ever reaches a log.
 */
export function terminalProgress(stream: NodeJS.WriteStream): ((text: string) => void) | undefined {
  if (!stream.isTTY) return undefined;
  let shown = false;
  let last = 0;
  return (text) => {
    if (text === '') {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
      return;
    }
    const now = Date.now();
    if (shown && now - last < 100) return;
    last = now;
    shown = true;
    stream.write(`\r${text.slice(0, Math.max(10, (stream.columns ?? 80) - 1))}\x1b[K`);
  };
}
