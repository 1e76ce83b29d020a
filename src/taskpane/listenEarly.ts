import type { WorkbookPort } from '../usecases/port/WorkbookPort';
import { portWith } from './portWith';

/**
 * The port with its change listener registered now, before the pane's first read, so a change made while the
 * pane starts is not missed: the pane shows its first view from a read made before it listens (index.tsx),
 * and registering takes a round trip of its own. A change that arrives before anyone listens is passed to the
 * first listener as soon as it subscribes.
 *
 * @param port - The workbook's port.
 * @returns The same port, listening from now on.
 * @example
 * const port = listenEarly(createOfficePort()); const first = port.read();
 */
export function listenEarly(port: WorkbookPort): WorkbookPort {
  const listeners = new Set<() => void>();
  let missed = false;
  const registration = port.onChanged(() => {
    if (listeners.size === 0) missed = true;
    else for (const listener of listeners) listener();
  });
  // A failed registration is reported to whoever subscribes (useWorkbook shows it), not here.
  registration.catch(() => undefined);
  return portWith(port, {
    async onChanged(listener) {
      await registration;
      listeners.add(listener);
      if (missed) {
        missed = false;
        listener();
      }
      return () => void listeners.delete(listener);
    },
  });
}
