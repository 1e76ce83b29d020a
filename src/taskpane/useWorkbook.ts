import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { adoptWorkbook, type Adoption, type AdoptOptions, type WorkbookSnapshot } from '../core';
import type { WorkbookPort } from '../usecases/port/WorkbookPort';
import { errorText } from './useAction';
import { paneMessagesSv as P } from './messages.sv';

export interface WorkbookState {
  snapshot?: WorkbookSnapshot;
  adoption?: Adoption;
  loading: boolean;
  error?: string;
  /** Set when Excel would not tell the pane about changes: it then shows only what it read last. */
  listenError?: string;
  reload: () => Promise<void>;
}

/** Changes arrive per edited cell; one re-read after the typing stops is enough. */
const CHANGE_DEBOUNCE_MS = 600;

export interface UseWorkbookOptions extends AdoptOptions {
  /**
   * The workbook as already read (the pane's start reads it before the first render, so the first render
   * shows the view rather than a spinner): not read again on mount, only on changes and reload().
   */
  initial?: WorkbookSnapshot;
  /** A read already under way (the start's, when it took too long to wait for): awaited instead of a new read on mount. */
  firstRead?: Promise<WorkbookSnapshot>;
}

/**
 * The open workbook as the core sees it, re-read when the workbook changes. Everything the views show is
 * computed from this one adoption, so they cannot disagree with each other or with the CLI.
 */
export function useWorkbook(port: WorkbookPort, options: UseWorkbookOptions = {}): WorkbookState {
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | undefined>(options.initial);
  const [loading, setLoading] = useState(options.initial === undefined);
  // Only the first mount's read is spared or taken over; a new port is always read.
  const firstRead = useRef<Promise<WorkbookSnapshot> | 'done' | undefined>(options.initial !== undefined ? 'done' : options.firstRead);
  const [error, setError] = useState<string>();
  const [listenError, setListenError] = useState<string>();
  const alive = useRef(true);

  const reload = useCallback(
    async (pending?: Promise<WorkbookSnapshot>) => {
      setLoading(true);
      try {
        const next = await (pending ?? port.read());
        if (!alive.current) return;
        setSnapshot(next);
        setError(undefined);
      } catch (e) {
        if (alive.current) setError(errorText(e));
      } finally {
        if (alive.current) setLoading(false);
      }
    },
    [port],
  );

  useEffect(() => {
    alive.current = true;
    const first = firstRead.current;
    firstRead.current = undefined;
    if (first !== 'done') void reload(first);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    void port
      .onChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), CHANGE_DEBOUNCE_MS);
      })
      .then((s) => (alive.current ? (stop = s) : s()))
      .catch((e: unknown) => {
        if (alive.current) setListenError(P.listenFailed({ reason: errorText(e) }));
      });
    return () => {
      alive.current = false;
      clearTimeout(timer);
      stop?.();
    };
  }, [port, reload]);

  // Adoption reads every sheet: once per read of the workbook, not once per render.
  const overrides = options.overrides;
  const adoption = useMemo(() => (snapshot ? adoptWorkbook(snapshot, undefined, overrides ? { overrides } : {}) : undefined), [snapshot, overrides]);
  return { snapshot, adoption, loading, error, listenError, reload: useCallback(() => reload(), [reload]) };
}
