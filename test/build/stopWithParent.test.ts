import { spawn } from 'child_process';
import path from 'path';

/*
 * `npm start` stopped by a signal to npm: the dev server must not keep serving. npm's shell may not pass the
 * signal on, and a SIGKILL cannot be passed on, so scripts/stopWithParent.mjs stops the server when
 * start.mjs loses its parent. Here a stand-in for npm starts a stand-in for start.mjs, is killed, and the
 * stand-in's server must end.
 */
jest.setTimeout(60_000);

const FIXTURE = path.join(__dirname, '_fixtures/startLike.mjs');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits (generously: the machine is busy) until `pid` is gone; false if it never goes. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 400; i++) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** A parent (npm) that runs the stand-in and prints the server's pid; resolves the parent and that pid. */
function startParent(): Promise<{ parent: ReturnType<typeof spawn>; server: number }> {
  const script = `const c = require('child_process').spawn(process.execPath, [${JSON.stringify(FIXTURE)}], { stdio: ['ignore', 'pipe', 'inherit'] });
c.stdout.on('data', (d) => process.stdout.write(d)); setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => parent.stdout!.once('data', (d: Buffer) => resolve({ parent, server: Number(String(d).trim()) })));
}

describe('stopWithParent', () => {
  test.each(['SIGKILL', 'SIGTERM'] as const)('the server ends when npm is stopped with %s', async (signal) => {
    const { parent, server } = await startParent();
    expect(alive(server)).toBe(true);
    parent.kill(signal);
    const ended = await gone(server);
    if (!ended) process.kill(server, 'SIGKILL');
    expect(ended).toBe(true);
  });
});
