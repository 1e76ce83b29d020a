import { Command, CommanderError, Option } from 'commander';
import { serialFromYmd } from '../core';
import { CliError } from './CliError';
import type { Io } from './Io';
import { swedishHelp, swedishParseError } from './swedishCommander';
import { adoptCommand } from './commands/adopt';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importReportCommand } from './commands/importReport';
import { initCommand } from './commands/init';
import { matrixCommand } from './commands/matrix';
import { newRoundCommand } from './commands/newRound';
import { summaryCommand } from './commands/summary';

/*
 * The `uppsikt` command line: parses arguments, runs one use case over the xlsx adapter, prints and sets
 * the exit code. It decides nothing about the domain itself.
 */

function todaySerial(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  today: todaySerial,
};

function program(io: Io, setExit: (code: number) => void): Command {
  const run = (task: Promise<number>) => task.then(setExit);
  const cli = new Command('uppsikt')
    .description('Uppsikt: internkontrollplan, riskanalys och uppföljning av revisionens rekommendationer i Excelfiler.')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => undefined })
    .exitOverride();

  cli
    .command('init')
    .description('skapa en ny Uppsikt-arbetsbok')
    .argument('<ut.xlsx>', 'filen som skapas')
    .addOption(new Option('--skala <storlek>', 'riskskalans storlek').choices(['4x4', '5x5']).default('4x4'))
    .option('--exempel', 'fyll arbetsboken med realistiska exempeldata')
    .option('--ersatt', 'skriv över filen om den redan finns')
    .action((target: string, opts) => run(initCommand(target, opts, io)));

  cli
    .command('adopt')
    .description('gör en befintlig arbetsbok till en Uppsikt-arbetsbok (originalet ändras inte)')
    .argument('<in.xlsx>', 'din arbetsbok')
    .requiredOption('-o, --output <ut.xlsx>', 'filen som skrivs')
    .action((input: string, opts) => run(adoptCommand(input, opts, io)));

  cli
    .command('summary')
    .description('sammanställ rekommendationer per granskning eller nämnd (filen ändras inte)')
    .argument('<fil.xlsx>', 'arbetsboken')
    .addOption(new Option('--by <grupp>', 'gruppera per granskning eller nämnd').choices(['granskning', 'namnd']).default('granskning'))
    .option('--json', 'skriv ett JSON-dokument på standard ut')
    .action((file: string, opts) => run(summaryCommand(file, opts, io)));

  cli
    .command('matrix')
    .description('visa riskmatrisen: antal risker per sannolikhet och konsekvens (filen ändras inte)')
    .argument('<fil.xlsx>', 'arbetsboken')
    .option('--json', 'skriv ett JSON-dokument på standard ut')
    .action((file: string, opts) => run(matrixCommand(file, opts, io)));

  cli
    .command('check')
    .description('kontrollera arbetsboken; avslutas med status 1 om något fel hittas (filen ändras inte)')
    .argument('<fil.xlsx>', 'arbetsboken')
    .option('--json', 'skriv ett JSON-dokument på standard ut')
    .action((file: string, opts) => run(checkCommand(file, opts, io)));

  cli
    .command('import-report')
    .description('hitta rekommendationerna i en granskningsrapports text och infoga dem i registret')
    .argument('<rapport.txt>', 'rapportens text (kopierad ur PDF:en, sparad som UTF-8)')
    .option('--json', 'skriv rekommendationerna som ett JSON-dokument på standard ut')
    .option('--into <fil.xlsx>', 'arbetsboken att infoga i (den ändras inte; resultatet skrivs till -o)')
    .option('-o, --output <ut.xlsx>', 'filen som skrivs')
    .option('--granskning <titel>', 'granskningens titel (annars rapportens egen)')
    .option('--ar <år>', 'granskningens år (annars rapportens datum)')
    .option('--uppdatera', 'ändra texten på rekommendationer som finns med annan lydelse')
    .action((report: string, opts) => run(importReportCommand(report, opts, io)));

  cli
    .command('ny-omgang')
    .description('lägg till en uppföljningsomgång: en rad per rekommendation som inte är åtgärdad')
    .argument('<fil.xlsx>', 'arbetsboken (den ändras inte; resultatet skrivs till -o)')
    .requiredOption('--omgang <år eller datum>', 'omgångens år eller datum, till exempel 2025')
    .requiredOption('-o, --output <ut.xlsx>', 'filen som skrivs')
    .action((file: string, opts) => run(newRoundCommand(file, opts, io)));

  cli
    .command('export')
    .description('skriv rapporten till nämnden: sammanfattning, riskmatris, internkontrollplan och rekommendationer, som rena värden för utskrift')
    .argument('<arbetsbok.xlsx>', 'arbetsboken (den ändras inte)')
    .requiredOption('-o, --output <fil.xlsx eller mapp>', 'rapportfilen; med --alla mappen där en fil per nämnd skrivs')
    .option('--namnd <nämnd>', 'rapport för en nämnd (annars hela kommunen)')
    .option('--alla', 'en rapport per nämnd, med nämndens namn som filnamn')
    .option('--per <datum>', 'datumet rapporten gäller per, t.ex. 2026-11-30 (annars i dag)')
    .option('--omgang <omgång>', 'uppföljningsomgången rapporten gäller (annars den senaste)')
    .option('--pdf', 'skriv också en PDF bredvid varje fil (kräver LibreOffice)')
    .option('--ersatt', 'skriv över filer som redan finns')
    .action((file: string, opts) => run(exportCommand(file, opts, io)));

  return swedishHelp(cli);
}

/**
 * Runs the CLI on arguments (without "node" and the script) and resolves to the exit code.
 */
export async function runCli(args: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  try {
    await program(io, (code) => (exitCode = code)).parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      const message = swedishParseError(error);
      if (message === undefined) return error.exitCode;
      io.err(`uppsikt: ${message}`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`uppsikt: ${error.message}`);
      return error.exitCode;
    }
    io.err(`uppsikt: oväntat fel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
