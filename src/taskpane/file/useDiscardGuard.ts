import { useCallback, useState } from 'react';

/**
 * Runs what the user asked for, after asking first when it would drop unsaved changes: `pending` is the
 * request waiting for an answer, `confirm` drops the changes and runs it, `cancel` keeps the workbook.
 *
 * @param isUnsaved - Whether there are unsaved changes now.
 * @param run - Does the request.
 * @param discard - Forgets the unsaved changes (before a confirmed request runs).
 */
export function useDiscardGuard<T extends object>(isUnsaved: () => boolean, run: (what: T) => void, discard: () => void) {
  const [pending, setPending] = useState<T>();

  const request = useCallback(
    (what: T) => {
      if (isUnsaved()) {
        setPending(what);
        return;
      }
      run(what);
    },
    [isUnsaved, run],
  );

  const confirm = () => {
    const what = pending;
    setPending(undefined);
    if (!what) return;
    discard();
    request(what);
  };

  return { pending, request, confirm, cancel: () => setPending(undefined) };
}
