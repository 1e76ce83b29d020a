import { InvalidArgumentError, Option } from 'commander';
import { isUppsiktError, type UppsiktError } from '../../src/core/errors/UppsiktError';
import { SwedishCommand } from '../../src/cli/SwedishCommand';
import { editDistance, suggestSimilar } from '../../src/cli/suggestSimilar';

/*
 * commander's parse errors come out of SwedishCommand's hooks as UppsiktErrors worded in Swedish: each
 * test makes commander fail one way and reads the code and the sentence. If commander stopped calling a
 * hook, its English error would come through instead and the test would fail.
 */

/** A small program like uppsikt's: two commands (one with an English alias), flags, a required flag, choices. */
function program(): SwedishCommand {
  const cli = new SwedishCommand('uppsikt');
  cli.exitOverride().configureOutput({ writeOut: () => undefined, writeErr: () => undefined });
  cli
    .command('kontrollera')
    .alias('check')
    .argument('<fil.xlsx>', 'arbetsboken')
    .option('--json', 'JSON')
    .option('--namnd <nämnd>', 'en nämnd')
    .action(() => undefined);
  cli
    .command('anpassa')
    .argument('<in.xlsx>', 'din arbetsbok')
    .requiredOption('-o, --output <ut.xlsx>', 'filen som skrivs')
    .addOption(new Option('--skala <storlek>', 'skalan').choices(['4x4', '5x5']))
    .option('--ar <år>', 'året', (value: string) => {
      if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(`”${value}” är inget år.`);
      return value;
    })
    .action(() => undefined);
  return cli;
}

async function parseError(...args: string[]): Promise<UppsiktError> {
  try {
    await program().parseAsync(args, { from: 'user' });
  } catch (error) {
    if (isUppsiktError(error)) return error;
    throw error;
  }
  throw new Error(`parsed without an error: ${args.join(' ')}`);
}

describe('SwedishCommand', () => {
  test('an unknown flag, with the near one suggested', async () => {
    const error = await parseError('kontrollera', 'a.xlsx', '--jsno');
    expect(error.code).toBe('cli.unknownOption');
    expect(error.message).toBe('Okänd flagga --jsno. Menade du --json? Skriv npx uppsikt --help för att se vilka som finns.');
    // The program's own flags count too: --help is offered from inside a command.
    expect((await parseError('kontrollera', 'a.xlsx', '--hlep')).message).toContain('Menade du --help?');
    expect((await parseError('kontrollera', 'a.xlsx', '--zzzzzzz')).message).toBe('Okänd flagga --zzzzzzz. Skriv npx uppsikt --help för att se vilka som finns.');
  });

  test('an unknown command, with the near name or English alias suggested and every command listed', async () => {
    const error = await parseError('kontrolera', 'a.xlsx');
    expect(error.code).toBe('cli.unknownCommand');
    expect(error.message).toBe('Okänt kommando kontrolera. Menade du kontrollera? Kommandon: kontrollera, anpassa. Skriv npx uppsikt --help för mer.');
    expect((await parseError('chek')).message).toContain('Menade du check?');
  });

  test('a missing argument', async () => {
    const error = await parseError('kontrollera');
    expect(error.code).toBe('cli.missingArgument');
    expect(error.message).toBe('Argumentet <fil.xlsx> saknas. Skriv npx uppsikt <kommando> --help för användning.');
  });

  test('a flag given without its value', async () => {
    const error = await parseError('kontrollera', 'a.xlsx', '--namnd');
    expect(error.code).toBe('cli.optionNeedsValue');
    expect(error.message).toBe('Flaggan --namnd behöver ett värde.');
    expect((await parseError('anpassa', 'a.xlsx', '-o')).message).toBe('Flaggan -o behöver ett värde.');
  });

  test('a required flag not given', async () => {
    const error = await parseError('anpassa', 'a.xlsx');
    expect(error.code).toBe('cli.optionRequired');
    expect(error.message).toBe('Flaggan -o <ut.xlsx> måste anges.');
  });

  test('too many arguments', async () => {
    const error = await parseError('kontrollera', 'a.xlsx', 'b.xlsx');
    expect(error.code).toBe('cli.tooManyArguments');
    expect(error.message).toBe('För många argument. Skriv npx uppsikt <kommando> --help för användning.');
  });

  test('a value outside a flag’s choices, and a value our own parser refuses in Swedish', async () => {
    const choice = await parseError('anpassa', 'a.xlsx', '-o', 'b.xlsx', '--skala', '3x3');
    expect(choice.code).toBe('cli.valueNotAllowed');
    expect(choice.message).toBe('Värdet 3x3 för --skala är inte tillåtet; välj 4x4 eller 5x5.');
    const year = await parseError('anpassa', 'a.xlsx', '-o', 'b.xlsx', '--ar', 'i fjol');
    expect(year.message).toBe('”i fjol” är inget år.');
  });

  test('subcommands are SwedishCommands too', () => {
    expect(program().commands.every((c) => c instanceof SwedishCommand)).toBe(true);
  });
});

describe('suggestSimilar', () => {
  test('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('chekc', 'check')).toBe(1);
    expect(editDistance('ny', 'nytt-ar')).toBeGreaterThan(3); // too far apart to count exactly
  });

  test('gives every candidate at the best distance, sorted, and nothing when none is alike', () => {
    expect(suggestSimilar('matri', ['matrix', 'matris', 'utfall'])).toEqual(['matris', 'matrix']);
    expect(suggestSimilar('--ersat', ['--ersatt', '--json'])).toEqual(['--ersatt']);
    expect(suggestSimilar('xyz', ['kontrollera', 'samla'])).toEqual([]);
  });
});
