import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { placeFile, tempPathFor, TargetExistsError, writeAtomically } from '../../src/workbook/xlsx';
import { writeBigWorkbook } from '../../bench/bigWorkbook';
import { childCli } from './_lib/childCli';
import { exampleWorkbook, uppsikt } from './runCli';

// A process listed a moment ago may have ended before its command line is read.
const commandLine = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

/*
 * Issue 22, guards that compared path strings: an input reached through a link was replaced, samla
 * counted one file named three ways three times, and the target was checked only at the start. Files are
 * now compared by identity, and the target is created at the end without replacing what appeared there.
 */

const bytes = (file: string) => fs.readFileSync(file).toString('base64');
const temps = (dir: string) => fs.readdirSync(dir).filter((n) => n.startsWith('.uppsikt-tmp-') || n.startsWith('.uppsikt-export-') || n.endsWith('.tmp'));
const REPORT = path.join(__dirname, '../fixtures/reports/helsingborg-styrning-it-2023.txt');

describe('hostile input: paths', () => {
  let dir: string;
  let example: string;
  beforeAll(async () => ({ dir, example } = await exampleWorkbook()), 60_000);

  const commands: [string, (input: string, output: string) => string[]][] = [
    ['adopt', (i, o) => ['adopt', i, '-o', o, '--ersatt']],
    ['ny-omgang', (i, o) => ['ny-omgang', i, '--omgang', '2027', '-o', o, '--ersatt']],
    ['import-report', (i, o) => ['import-report', REPORT, '--into', i, '-o', o, '--ersatt']],
    ['export', (i, o) => ['export', i, '-o', o, '--ersatt']],
    ['samla', (i, o) => ['samla', i, '-o', o, '--ersatt']],
  ];

  test.each(commands)(
    '%s refuses an output that is its input through a symbolic or a hard link',
    async (_name, args) => {
      for (const kind of ['symlink', 'hardlink'] as const) {
        const own = path.join(dir, `${kind}-${_name}.xlsx`);
        fs.copyFileSync(example, own);
        const link = path.join(dir, `${kind}-${_name}-länk.xlsx`);
        if (kind === 'symlink') fs.symlinkSync(own, link);
        else fs.linkSync(own, link);
        const before = bytes(own);
        // The link as input and the file as output, and the other way round.
        for (const [input, output] of [
          [link, own],
          [own, link],
        ]) {
          const run = await uppsikt(...args(input, output));
          expect(run.code).toBe(2);
          expect(run.err.join('\n')).toContain('Utfilen får inte vara samma som infilen');
          expect(bytes(own)).toBe(before);
        }
      }
    },
    180_000,
  );

  test('samla reads one file named three ways once', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      fs.copyFileSync(example, path.join(dir, 'ks.xlsx'));
      const once = await uppsikt('samla', 'ks.xlsx', '-o', 'en.xlsx', '--json');
      const thrice = await uppsikt('samla', 'ks.xlsx', './ks.xlsx', path.join(dir, 'ks.xlsx'), '-o', 'tre.xlsx', '--json');
      expect(thrice.code).toBe(0);
      const files = (run: typeof once) => (JSON.parse(run.stdout) as { files: { risker: number }[] }).files;
      expect(files(thrice)).toEqual(files(once));
      expect(thrice.err.join('\n')).toContain('./ks.xlsx är samma fil som ks.xlsx och läses bara en gång');
    } finally {
      process.chdir(cwd);
    }
  }, 120_000);

  test('a target that appears while the write runs is not overwritten without consent', async () => {
    const target = path.join(dir, 'under-tiden.xlsx');
    await expect(
      writeAtomically(
        target,
        async (temp) => {
          fs.writeFileSync(temp, 'Uppsikts fil');
          fs.writeFileSync(target, 'någon annans fil');
        },
        { replace: false },
      ),
    ).rejects.toBeInstanceOf(TargetExistsError);
    expect(fs.readFileSync(target, 'utf8')).toBe('någon annans fil');
    expect(temps(dir)).toEqual([]);
    // With consent it is replaced.
    await writeAtomically(target, async (temp) => fs.writeFileSync(temp, 'Uppsikts fil'), { replace: true });
    expect(fs.readFileSync(target, 'utf8')).toBe('Uppsikts fil');
  });

  test('two init of one file at once: one writes it, the other says it appeared, nothing is left behind', async () => {
    const target = path.join(dir, 'samtidigt.xlsx');
    const runs = await Promise.all([uppsikt('init', target, '--exempel'), uppsikt('init', target, '--exempel')]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    const refused = runs.find((r) => r.code === 2)!;
    expect(refused.err.join('\n')).toMatch(/finns redan|skapades av något annat medan Uppsikt arbetade/);
    expect((await uppsikt('check', target)).code).toBe(0);
    expect(temps(dir)).toEqual([]);
  }, 120_000);

  test('temporary files of a process that was killed are named so and removed by the next write', async () => {
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = path.join(dir, `.uppsikt-tmp-${gone}-abc123-rapport.xlsx`);
    const staleFolder = path.join(dir, `.uppsikt-tmp-${gone}-def456-export`);
    fs.writeFileSync(stale, 'halvfärdig');
    fs.mkdirSync(staleFolder);
    const mine = tempPathFor(path.join(dir, 'pågår.xlsx'));
    fs.writeFileSync(mine, 'pågår');
    expect(path.basename(mine)).toMatch(new RegExp(`^\\.uppsikt-tmp-${process.pid}-`));
    expect((await uppsikt('init', path.join(dir, 'ny.xlsx'))).code).toBe(0);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(staleFolder)).toBe(false);
    // A running process's temp file is left alone.
    expect(fs.existsSync(mine)).toBe(true);
    placeFile(mine, path.join(dir, 'pågår.xlsx'), false);
    expect(fs.existsSync(mine)).toBe(false);
  }, 60_000);

  /** Waits until `ready()` holds, polling; the test's own timeout bounds it. */
  const until = async (ready: () => boolean) => {
    while (!ready()) await new Promise((resolve) => setTimeout(resolve, 100));
  };
  /** The ids of running processes whose parent is `pid`, and theirs. */
  const descendants = (pid: number): number[] => {
    const kids = fs
      .readdirSync('/proc')
      .filter((n) => /^\d+$/.test(n))
      .filter((n) => {
        try {
          return (
            Number(
              fs
                .readFileSync(`/proc/${n}/stat`, 'utf8')
                .replace(/^.*\) /s, '')
                .split(' ')[1],
            ) === pid
          );
        } catch {
          return false;
        }
      })
      .map(Number);
    return kids.flatMap((k) => [k, ...descendants(k)]);
  };
  const alive = (pid: number) => {
    try {
      return !fs
        .readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .startsWith('Z');
    } catch {
      return false;
    }
  };

  test.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s during a big adopt leaves no temporary file and no target',
    async (signal, code) => {
      const folder = fs.mkdtempSync(path.join(dir, 'signal-'));
      const input = path.join(folder, 'stor.xlsx');
      writeBigWorkbook(input, 60_000, 1_000);
      const target = path.join(folder, 'ut.xlsx');
      let pid = 0;
      const run = childCli(['adopt', input, '-o', target], { onSpawn: (p) => (pid = p) });
      await until(() => temps(folder).length > 0);
      process.kill(pid, signal);
      const done = await run;
      expect(done.code).toBe(code);
      expect(done.stderr).toContain('avbrutet. Inga halvfärdiga filer finns kvar');
      expect(temps(folder)).toEqual([]);
      expect(fs.existsSync(target)).toBe(false);
    },
    300_000,
  );

  test('SIGTERM during export --pdf stops LibreOffice and removes the staging folder', async () => {
    const folder = fs.mkdtempSync(path.join(dir, 'pdf-'));
    const target = path.join(folder, 'rapport.xlsx');
    let pid = 0;
    const run = childCli(['export', example, '-o', target, '--pdf'], { onSpawn: (p) => (pid = p) });
    let office: number[] = [];
    await until(() => pid > 0 && (office = descendants(pid).filter((p) => /soffice|oosplash/.test(commandLine(p)))).length > 0);
    process.kill(pid, 'SIGTERM');
    const done = await run;
    expect(done.code).toBe(143);
    await until(() => office.every((p) => !alive(p)));
    expect(temps(folder)).toEqual([]);
    expect(fs.existsSync(target)).toBe(false);
  }, 300_000);
});
