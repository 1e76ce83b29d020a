import { useState } from 'react';

/** The Swedish message of anything thrown: our errors and the Office adapter's are already Swedish. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * One write at a time through the port: `busy` while it runs (buttons disable and say so), and the error
 * it ended with, if any, to show in place.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}
