import { useCallback, useState } from 'react';

/** The Swedish message of anything thrown: our errors and the Office adapter's are already Swedish. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * One write at a time through the port: `busy` while it runs (buttons disable and say so), the error it
 * ended with, if any, and what it did (`done`, the text the action returns) to show in place. Every view
 * that changes the workbook uses this one pattern.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();
  const run = useCallback(async (action: () => Promise<string | void>) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await action();
      if (typeof result === 'string') setDone(result);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(undefined);
    setDone(undefined);
  }, []);
  return { busy, error, setError, done, clear, run };
}
