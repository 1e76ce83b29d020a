import fs from 'fs';
import path from 'path';
import { terminalSafe } from '../../src/cli/Io';
import { exampleWorkbook, tempDir, uppsikt } from './runCli';

const helsingborg = path.join(__dirname, '../fixtures/reports/helsingborg-styrning-it-2023.txt');

// What commander prints in English unless told otherwise.
const COMMANDER_ENGLISH = /\[options\]|\[command\]|choices:|default:|preset:|Usage:|Arguments:|Options:|Commands:|display help|error:/;

/** The command names listed under Kommandon: in the program's help. */
async function listedCommands(): Promise<string[]> {
  const help = (await uppsikt('--help')).out.join('\n').split('\n');
  const start = help.indexOf('Kommandon:');
  return help
    .slice(start + 1)
    .map((line) => /^\s{2}(\S+)/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'hjalp');
}

describe('the CLI’s help', () => {
  test('the program and every command have help in Swedish only', async () => {
    const commands = await listedCommands();
    expect(commands).toEqual(['ny', 'anpassa', 'sammanstall', 'matris', 'utfall', 'kontrollera', 'las-rapport', 'ny-omgang', 'nytt-ar', 'exportera', 'yttrande', 'samla']);
    // The help command is Swedish (hjalp) and its English name still runs.
    expect((await uppsikt('--help')).stdout).toMatch(/^ {2}hjalp \[kommando\] +visa hjälp för ett kommando$/m);
    const helpRuns = [
      ['hjalp'],
      ['help'],
      ...commands.flatMap((c) => [
        ['hjalp', c],
        ['help', c],
      ]),
    ];
    for (const args of [['--help'], ...commands.map((c) => [c, '--help']), ...helpRuns]) {
      const run = await uppsikt(...args);
      const text = [...run.out, ...run.err].join('\n');
      expect(text).toMatch(/^Användning: uppsikt/);
      expect(text).not.toMatch(COMMANDER_ENGLISH);
    }
  });

  test('choices and defaults are Swedish, and required options are marked', async () => {
    const init = (await uppsikt('ny', '--help')).stdout;
    expect(init.replace(/\s+/g, ' ')).toMatch(/--skala <storlek> riskskalans storlek \(välj 4x4 eller 5x5; standard: 4x4\)/);
    expect(init).toContain('Användning: uppsikt ny [flaggor] [ut.xlsx]');
    const round = (await uppsikt('ny-omgang', '--help')).stdout;
    expect(round).toContain('Användning: uppsikt ny-omgang --omgang <omgång> -o <ut.xlsx> [flaggor] <fil.xlsx>');
    expect((await uppsikt('sammanstall', '--help')).stdout).toContain('Användning: uppsikt sammanstall [flaggor] <fil.xlsx>');
    // The English names still run, and their help teaches the Swedish one.
    expect((await uppsikt('summary', '--help')).stdout).toContain('Användning: uppsikt sammanstall [flaggor] <fil.xlsx>');
    expect(round.replace(/\s+/g, ' ')).toMatch(/--omgang <omgång> .*\(måste anges\) -o, --output <ut\.xlsx> filen som skrivs \(måste anges\)/);
    expect((await uppsikt('adopt', '--help')).stdout).toMatch(/-o, --output <ut\.xlsx>\s+filen som skrivs \(måste anges\)/);
    expect((await uppsikt('summary', '--help')).stdout).not.toContain('måste anges');
  });

  test('an unknown command lists every command the program has, and suggests the near one', async () => {
    const commands = await listedCommands();
    const run = await uppsikt('chek');
    expect(run.code).toBe(2);
    expect(run.err).toEqual([`uppsikt: Okänt kommando chek. Menade du check? Kommandon: ${commands.join(', ')}. Skriv npx uppsikt --help för mer.`]);
  });
});

describe('--omgang', () => {
  let dir: string;
  let example: string;
  beforeAll(async () => {
    ({ dir, example } = await exampleWorkbook());
  });

  test.each(['hej hopp', '2025-13-45', '1800', ''])('%j is refused with examples, and nothing is written', async (value) => {
    const out = path.join(dir, `ut-${value.length}.xlsx`);
    const run = await uppsikt('ny-omgang', example, '--omgang', value, '-o', out);
    expect(run.code).toBe(2);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^uppsikt: (Omgången ”.*” (har inget årtal|är inget giltigt datum)|Ange omgången).*2025-09-30, ”2025 T2” eller ”Delår 2025”\.$/);
    expect(fs.existsSync(out)).toBe(false);
  });

  test('a label with the year in it is accepted and written as typed (spaces tidied)', async () => {
    const run = await uppsikt('ny-omgang', example, '--omgang', ' Delår  2026 ', '-o', path.join(dir, 'ut.xlsx'));
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^Uppföljningsomgång Delår 2026: /);
  });
});

describe('terminal output', () => {
  test('terminalSafe shows control, escape and bidi characters as \\u escapes and keeps JSON meaning the same', () => {
    expect(terminalSafe('Klart\u001b[2J\u0007 \u009b31m \u202eabc\tx')).toBe('Klart\\u001b[2J\\u0007 \\u009b31m \\u202eabc\tx');
    const json = JSON.stringify({ text: 'a\u001b\u0085\u202eb' });
    expect(JSON.parse(terminalSafe(json))).toEqual({ text: 'a\u001b\u0085\u202eb' });
    expect(terminalSafe('Riskanalys – åäö ”citat”')).toBe('Riskanalys – åäö ”citat”');
  });

  test('escape sequences and bells in a report never reach the terminal raw, in text or JSON', async () => {
    const dir = tempDir();
    const hostile = path.join(dir, 'rapport.txt');
    const text = fs.readFileSync(helsingborg, 'utf8').replace('Etablera styrande dokument', 'Etablera\u001b[2J\u001b]0;pwned\u0007 styrande\u009b31m dokument\u202e');
    fs.writeFileSync(hostile, text);
    for (const args of [
      ['import-report', hostile],
      ['import-report', hostile, '--json'],
    ]) {
      const run = await uppsikt(...args);
      expect(run.code).toBe(0);
      // eslint-disable-next-line no-control-regex -- what must not be printed
      for (const line of [...run.out, ...run.err]) expect(line).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    // The report's text is cleaned as it is read (control characters cannot be stored in a cell); what is
    // left that a terminal would act on (the bidi override) is printed visibly.
    const json = JSON.parse((await uppsikt('import-report', hostile, '--json')).stdout);
    expect(json[0].text).toBe('Etablera[2J]0;pwned styrande31m dokument\u202e avseende stadens it-styrning och digitalisering.');
    const preview = (await uppsikt('import-report', hostile)).stdout;
    expect(preview).toContain('dokument\\u202e avseende');
  });
});
