// Stops the children of `npm start` when whoever started it goes away. npm passes a signal on to its child,
// but the shell between npm and this script may not, and a SIGKILL cannot be passed on at all; either way
// this process is left behind, handed to init, while the dev server it started keeps serving the port.
// Noticing that the parent changed, and stopping the children then, ends the whole tree.

/**
 * Stops `children` (SIGTERM) and exits when this process's parent changes (it was re-parented because the
 * parent ended) or when this process gets SIGINT, SIGTERM or SIGHUP.
 *
 * @param {() => import('node:child_process').ChildProcess[]} children - The processes to stop, read when it happens.
 * @param {{ every?: number }} [options] - How often (ms) to look at the parent.
 * @returns {() => void} Stops watching.
 */
export function stopWithParent(children, { every = 1000 } = {}) {
  const parent = process.ppid;
  const stop = (signal = 'SIGTERM') => {
    for (const child of children()) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    setTimeout(() => process.exit(1), 5000).unref();
  };
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      stop();
    }
  }, every);
  timer.unref();
  const handlers = ['SIGINT', 'SIGTERM', 'SIGHUP'].map((signal) => {
    const handler = () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal);
    process.on(signal, handler);
    return [signal, handler];
  });
  return () => {
    clearInterval(timer);
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
