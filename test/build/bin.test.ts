import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { ROOT } from './_lib/dist';

/*
 * bin/uppsikt.js, the `npx uppsikt` a newcomer runs: with the CLI built it runs it; without it (a checkout
 * where only webpack ran) it says in Swedish what to run, never an English MODULE_NOT_FOUND stack trace.
 */
const ENGLISH = /Error|Cannot find module|Require stack|\n\s+at |MODULE_NOT_FOUND/;

function run(bin: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, UPPSIKT_DEBUG: '', ...env }, timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('bin/uppsikt.js', () => {
  test('without dist/node: one Swedish line saying to build, exit 2', () => {
    const checkout = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-bin-'));
    fs.mkdirSync(path.join(checkout, 'bin'));
    fs.copyFileSync(path.join(ROOT, 'bin/uppsikt.js'), path.join(checkout, 'bin/uppsikt.js'));
    const result = run(path.join(checkout, 'bin/uppsikt.js'), ['init', '--exempel', 'exempel.xlsx']);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toBe(`uppsikt: kommandoraden är inte byggd än. Kör npm run build (eller npm start) i ${checkout} och försök igen.\n`);
    expect(result.err).not.toMatch(ENGLISH);
    expect(run(path.join(checkout, 'bin/uppsikt.js'), ['--help'], { UPPSIKT_DEBUG: '1' }).err).toMatch(/\[UPPSIKT_DEBUG\] Error: Cannot find module/);
  });

  test('with the build: runs the CLI, Swedish help and errors, exit codes passed on', () => {
    if (!fs.existsSync(path.join(ROOT, 'dist/node/cli/main.js'))) throw new Error('dist/node saknas: kör npm run build före jest --selectProjects build.');
    const bin = path.join(ROOT, 'bin/uppsikt.js');
    const help = run(bin, ['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Användning: uppsikt/);
    const missing = run(bin, ['check', path.join(os.tmpdir(), 'uppsikt-finns-inte.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^uppsikt: Filen .* finns inte\. Kontrollera sökvägen\.\n$/);
    expect(missing.err).not.toMatch(ENGLISH);
  });
});
