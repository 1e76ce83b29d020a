import { spawn, spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { exampleWorkbook } from './runCli';

/*
 * Issue 22: a write into a folder the user may not write to named an internal staging path and said
 * "behörighet att läsa". Tests run as root, whom no permission stops, so as root the CLI runs in a child as
 * nobody (uid/gid 65534), which may read the repository, node_modules and the input but not write the
 * output folder; as anyone else the folder is made read-only with chmod. The run is skipped, saying why, only
 * when this system will not start a process as nobody; anything else that goes wrong fails.
 */

const ROOT = path.join(__dirname, '..', '..');
const CHILD = path.join(__dirname, '_lib', 'cliChild.ts');
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** Why a child cannot be started as nobody here, or undefined when it can (or is not needed). */
function whyNoUidSwitch(): string | undefined {
  if (!asRoot) return undefined;
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.getuid()))'], { uid: NOBODY, gid: NOBODY, encoding: 'utf8' });
  if (probe.error) return `a process cannot be started as uid ${NOBODY} here (${probe.error.message})`;
  if (probe.stdout !== String(NOBODY)) return `a process started as uid ${NOBODY} ran as uid ${probe.stdout || '?'} (exit ${probe.status}, ${probe.stderr.trim()})`;
  return undefined;
}

const noSwitch = whyNoUidSwitch();
if (noSwitch) console.warn(`readOnlyFolder.test.ts skipped: ${noSwitch}; the read-only folder's message is untested on this machine.`);
const runAsUser = noSwitch ? describe.skip : describe;

/** `uppsikt args` in a child process: as nobody when the tests run as root. */
function cli(args: readonly string[], home: string): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', CHILD, ...args], {
      cwd: ROOT,
      env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.json'), HOME: home },
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

runAsUser('a write into a read-only folder', () => {
  let dir: string;
  let example: string;
  let locked: string;
  beforeAll(async () => {
    ({ dir, example } = await exampleWorkbook());
    // The child (nobody) reads the folder and the input; the output folder it may list but not write.
    fs.chmodSync(dir, 0o755);
    fs.chmodSync(example, 0o644);
    locked = path.join(dir, 'låst');
    fs.mkdirSync(locked);
    fs.chmodSync(locked, 0o555);
  }, 60_000);
  afterAll(() => {
    fs.chmodSync(locked, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    ['init', (out: string) => ['init', out, '--exempel'], 'ny.xlsx'],
    ['adopt', (out: string) => ['adopt', example, '-o', out], 'uppsikt.xlsx'],
    ['export --alla (a folder as target)', (out: string) => ['export', example, '--alla', '-o', out], ''],
  ])(
    '%s names the target in the folder and says it cannot write there, not read',
    async (_, args, name) => {
      const target = name ? path.join(locked, name) : locked;
      const run = await cli(args(target), dir);
      // A child that could not start (the repository or node_modules unreadable to nobody) says so here.
      expect(run.stderr).toMatch(/^uppsikt: /);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Du har inte behörighet att skriva ${target}.`);
      expect(run.stderr).not.toContain('läsa');
      // Nothing internal: no temp file or staging folder beside the target, named or left behind.
      expect(run.stderr).not.toMatch(/uppsikt-tmp|staging|\.tmp/i);
      expect(run.stderr.split(dir).length - 1).toBe(1);
      expect(fs.readdirSync(locked)).toEqual([]);
    },
    120_000,
  );
});
