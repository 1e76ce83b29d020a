import type { WorkbookPort } from '../../src/usecases/port/WorkbookPort';
import { listenEarly } from '../../src/taskpane/listenEarly';

/** A port whose only working part is onChanged: `fire` is the workbook changing. */
function portWithEvents(fail = false) {
  let handler: (() => void) | undefined;
  const never = () => Promise.reject(new Error('not used'));
  const port: WorkbookPort = {
    read: never,
    planStructure: never,
    createStructure: never,
    writeScale: never,
    applyEdits: never,
    select: never,
    onChanged: async (listener) => {
      if (fail) throw new Error('Excel svarar inte');
      handler = listener;
      return () => undefined;
    },
  };
  return { port, fire: () => handler?.() };
}

describe('listenEarly', () => {
  it('registers at once and hands a change made before anyone listened to the first listener', async () => {
    const { port, fire } = portWithEvents();
    const early = listenEarly(port);
    await Promise.resolve();
    fire();
    const listener = jest.fn();
    await early.onChanged(listener);
    expect(listener).toHaveBeenCalledTimes(1);
    fire();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('calls nobody for a change there was none of, and stops calling a listener that stopped', async () => {
    const { port, fire } = portWithEvents();
    const early = listenEarly(port);
    const listener = jest.fn();
    const stop = await early.onChanged(listener);
    expect(listener).not.toHaveBeenCalled();
    stop();
    fire();
    expect(listener).not.toHaveBeenCalled();
  });

  it('reports a failed registration to the one who subscribes', async () => {
    const early = listenEarly(portWithEvents(true).port);
    await expect(early.onChanged(() => undefined)).rejects.toThrow('Excel svarar inte');
  });
});
