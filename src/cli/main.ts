import { CommanderError, InvalidArgumentError, Option, type Command } from 'commander';
import { parseRoundName } from '../core';
import { todaySerial } from '../usecases/clock';
import { isUppsiktError } from '../core/errors/UppsiktError';
import { safeIo, type Io } from './Io';
import { cliMessagesSv as C } from './messages.sv';
import { terminalProgress } from './progress';
import { swedishHelp } from './swedishHelp';
import { SwedishCommand } from './SwedishCommand';
import { installInterruptCleanup } from './interrupt';
import { fileErrorText } from './fileErrors';
import { adoptCommand } from './commands/adopt';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importReportCommand } from './commands/importReport';
import { initCommand } from './commands/init';
import { matrixCommand } from './commands/matrix';
import { newRoundCommand } from './commands/newRound';
import { newYearCommand } from './commands/newYear';
import { samlaCommand } from './commands/samla';
import { summaryCommand } from './commands/summary';
import { yttrandeCommand } from './commands/yttrande';
import { utfallCommand } from './commands/utfall';

/*
 * The `uppsikt` command line: parses arguments, runs one use case over the xlsx adapter, prints and sets
 * the exit code. It decides nothing about the domain itself.
 */

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  today: () => todaySerial(),
  progress: terminalProgress(process.stderr),
};

/** --omgang: a year, a date or a label with the year in it (parseRoundName), refused in Swedish otherwise. */
function roundName(value: string): string {
  const round = parseRoundName(value);
  if (round.value === undefined) throw new InvalidArgumentError(round.issues[0].message);
  return round.value;
}

function program(io: Io, setExit: (code: number) => void): Command {
  const run = (task: Promise<number>) => task.then(setExit);
  const cli = new SwedishCommand('uppsikt')
    .description('Uppsikt: internkontrollplan, riskanalys och uppföljning av revisionens rekommendationer i Excelfiler.')
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()), outputError: () => undefined })
    .exitOverride();

  cli
    .command('ny')
    .alias('init')
    .description('skapa en ny Uppsikt-arbetsbok')
    .argument('[ut.xlsx]', 'filen som skapas (eller -o)')
    .option('-o, --output <ut.xlsx>', 'filen som skapas, i stället för argumentet')
    .addOption(new Option('--skala <storlek>', 'riskskalans storlek').choices(['4x4', '5x5']).default('4x4'))
    .option('--exempel', 'fyll arbetsboken med realistiska exempeldata')
    .option('--ersatt', 'skriv över filen om den redan finns')
    .action((target: string | undefined, opts) => run(initCommand(target, opts, io)));

  cli
    .command('anpassa')
    .alias('adopt')
    .description('gör en befintlig arbetsbok till en Uppsikt-arbetsbok (originalet ändras inte)')
    .argument('<in.xlsx>', 'din arbetsbok')
    .requiredOption('-o, --output <ut.xlsx>', 'filen som skrivs')
    .option('--ersatt', 'skriv över utfilen om den redan finns')
    .option('--tillat-forlust', 'skriv även om sådant som Uppsikt inte kan behålla på sina egna flikar (diagram, bilder, kommentarer) försvinner')
    .action((input: string, opts) => run(adoptCommand(input, opts, io)));

  cli
    .command('sammanstall')
    .alias('summary')
    .description('sammanställ rekommendationer per granskning eller nämnd (filen ändras inte)')
    .argument('<fil.xlsx>', 'arbetsboken')
    .addOption(new Option('--by <grupp>', 'gruppera per granskning eller nämnd').choices(['granskning', 'namnd']).default('granskning'))
    .option('--json', 'skriv ett JSON-dokument på standard ut')
    .action((file: string, opts) => run(summaryCommand(file, opts, io)));

  cli
    .command('matris')
    .alias('matrix')
    .description('visa riskmatrisen: antal risker per sannolikhet och konsekvens (filen ändras inte)')
    .argument('<fil.xlsx>', 'arbetsboken')
    .option('--json', 'skriv ett JSON-dokument på standard ut')
    .action((file: string, opts) => run(matrixCommand(file, opts, io)));

  cli
    .command('utfall')
    .description('visa internkontrollplanens utfall: per nämnd och per kontroll med läge, de som inte är genomförda först (filen ändras inte)')
    .argument('<arbetsbok.xlsx>', 'arbetsboken')
    .option('--period <period>', 'perioden med år, t.ex. "T2 2026" (annars den senaste som har utfall)')
    .option('--namnd <nämnd>', 'bara kontrollerna för en nämnd')
    .option('--json', 'skriv ett JSON-dokument på standard ut')
    .action((file: string, opts) => run(utfallCommand(file, opts, io)));

  cli
    .command('kontrollera')
    .alias('check')
    .description('kontrollera arbetsboken; avslutas med status 1 om något fel hittas (filen ändras inte)')
    .argument('<fil.xlsx>', 'arbetsboken')
    .option('--json', 'skriv ett JSON-dokument på standard ut')
    .action((file: string, opts) => run(checkCommand(file, opts, io)));

  cli
    .command('las-rapport')
    .alias('import-report')
    .description('hitta rekommendationerna i en granskningsrapports text och infoga dem i registret')
    .argument('<rapport.txt>', 'rapportens text (kopierad ur PDF:en, sparad som UTF-8)')
    .option('--json', 'skriv rekommendationerna som ett JSON-dokument på standard ut')
    .option('--into <fil.xlsx>', 'arbetsboken att infoga i (den ändras inte; resultatet skrivs till -o)')
    .option('-o, --output <ut.xlsx>', 'filen som skrivs')
    .option('--granskning <titel>', 'granskningens titel (annars rapportens egen)')
    .option('--ar <år>', 'granskningens år (annars rapportens datum)')
    .option('--uppdatera', 'ändra texten på rekommendationer som finns med annan lydelse')
    .option('--ersatt', 'skriv över utfilen om den redan finns')
    .option('--tillat-forlust', 'skriv även om sådant som Uppsikt inte kan behålla på sina egna flikar (diagram, bilder, kommentarer) försvinner')
    .option('--omgang <år eller datum>', 'uppföljningsomgången när rapporten är en uppföljning (annars rapportens år)')
    .action((report: string, opts) => run(importReportCommand(report, opts, io)));

  cli
    .command('ny-omgang')
    .description('lägg till en uppföljningsomgång: en rad per rekommendation som inte är åtgärdad')
    .argument('<fil.xlsx>', 'arbetsboken (den ändras inte; resultatet skrivs till -o)')
    .addOption(
      new Option('--omgang <omgång>', 'omgångens namn med årtal: ett år, ett datum eller en benämning, till exempel 2025, 2025-09-30 eller "Delår 2025"')
        .makeOptionMandatory()
        .argParser(roundName),
    )
    .requiredOption('-o, --output <ut.xlsx>', 'filen som skrivs')
    .option('--ersatt', 'skriv över utfilen om den redan finns')
    .option('--tillat-forlust', 'skriv även om sådant som Uppsikt inte kan behålla på sina egna flikar (diagram, bilder, kommentarer) försvinner')
    .action((file: string, opts) => run(newRoundCommand(file, opts, io)));

  cli
    .command('nytt-ar')
    .alias('new-year')
    .description('gör nästa års internkontrollplan av årets: risker och kontroller följer med, det som inte blev gjort markeras (originalet ändras inte)')
    .argument('<arbetsbok.xlsx>', 'årets arbetsbok (den ändras inte)')
    .requiredOption('--ar <år>', 'året den nya planen gäller, t.ex. 2027')
    .requiredOption('-o, --output <ny.xlsx>', 'filen som skrivs')
    .option('--ersatt', 'skriv över utfilen om den redan finns')
    .option('--tillat-forlust', 'skriv även om sådant som Uppsikt inte kan behålla på sina egna flikar (diagram, bilder, kommentarer) försvinner')
    .action((file: string, opts) => run(newYearCommand(file, opts, io)));

  cli
    .command('exportera')
    .alias('export')
    .description('skriv rapporten till nämnden: sammanfattning, riskmatris, internkontrollplan och rekommendationer, som rena värden för utskrift')
    .argument('<arbetsbok.xlsx>', 'arbetsboken (den ändras inte)')
    .requiredOption('-o, --output <fil.xlsx eller mapp>', 'rapportfilen; med --alla mappen där en fil per nämnd skrivs')
    .option('--namnd <nämnd>', 'rapport för en nämnd (annars hela kommunen)')
    .option('--alla', 'en rapport per nämnd, med nämndens namn som filnamn')
    .option('--per <datum>', 'datumet rapporten gäller per, t.ex. 2026-11-30 (annars i dag)')
    .option('--omgang <omgång>', 'uppföljningsomgången rapporten gäller (annars den senaste)')
    .option('--uppfoljning <år>', 'skriv i stället Uppföljning av intern kontroll för året: kontrollernas utfall, avvikelser, åtgärder och helhetsbedömning')
    .option('--pdf', 'skriv också en PDF bredvid varje fil (kräver LibreOffice)')
    .option('--ersatt', 'skriv över filer som redan finns')
    .option('--tillat-utelamnade', 'med --alla: avsluta med status 0 även om några rader inte kommer med i någon nämnds rapport')
    .action((file: string, opts) => run(exportCommand(file, opts, io)));

  cli
    .command('yttrande')
    .description('skriv nämndens yttrande över en granskning som Word-dokument: ställningstagande, kommentar och åtgärd per rekommendation (arbetsboken ändras inte)')
    .argument('<arbetsbok.xlsx>', 'arbetsboken (den ändras inte)')
    .requiredOption('--granskning <titel eller id>', 'granskningen, med dess Id (till exempel G3) eller titel')
    .option('--namnd <nämnd>', 'nämnden som yttrar sig (behövs när granskningen har rekommendationer till flera nämnder)')
    .requiredOption('-o, --output <yttrande.docx>', 'Word-dokumentet som skrivs')
    .option('--pdf', 'skriv också en PDF bredvid dokumentet (kräver LibreOffice)')
    .option('--ersatt', 'skriv över filer som redan finns')
    .action((file: string, opts) => run(yttrandeCommand(file, opts, io)));

  cli
    .command('samla')
    .description('samla alla nämnders arbetsböcker i en arbetsbok för kommunstyrelsens uppsikt (filerna ändras inte)')
    .argument('<fil|mapp...>', 'arbetsböckerna, eller mappar med .xlsx-filer')
    .requiredOption('-o, --output <kommunen.xlsx>', 'filen som skrivs')
    .option('--json', 'skriv ett JSON-dokument på standard ut')
    .option('--namnder <fil>', 'kommunens nämnder, en per rad (annars listan på Inställningar i den första filen)')
    .option('--strikt', 'avbryt om någon fil inte kan läsas')
    .option('--ersatt', 'skriv över utfilen om den redan finns')
    .action((inputs: string[], opts) => run(samlaCommand(inputs, opts, io)));

  return swedishHelp(cli);
}

/** UPPSIKT_DEBUG=1 (or any value but 0) prints the underlying error and its stack after the Swedish message. */
function debugging(): boolean {
  const value = process.env.UPPSIKT_DEBUG;
  return value !== undefined && value !== '' && value !== '0';
}

function debugDetail(error: unknown, io: Io): void {
  if (!debugging()) return;
  for (let e: unknown = error, depth = 0; e !== undefined && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    io.err(`[UPPSIKT_DEBUG] ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

const HELP_EXITS = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/* A system error on a file that no command turned into Swedish itself, with the file Node names. */
const WRITING = new Set(['write', 'rename', 'mkdir', 'unlink', 'rmdir', 'copyfile', 'symlink', 'utime', 'chmod', 'ftruncate']);
function systemErrorText(error: unknown): string | undefined {
  const { path: file, dest, syscall } = (error ?? {}) as { path?: unknown; dest?: unknown; syscall?: unknown };
  if (typeof file !== 'string') return undefined;
  const writing = typeof syscall === 'string' && WRITING.has(syscall);
  return fileErrorText(error, writing && typeof dest === 'string' ? dest : file, writing ? 'write' : 'read');
}

/**
 * Runs the CLI on arguments (without "node" and the script) and resolves to the exit code. Every line goes
 * out through `terminalSafe`; every error is one Swedish line, with the underlying error and stack only when
 * UPPSIKT_DEBUG is set.
 */
export async function runCli(args: readonly string[], rawIo: Io = processIo): Promise<number> {
  const io = safeIo(rawIo);
  if (rawIo === processIo) installInterruptCleanup();
  let exitCode = 0;
  const cli = program(io, (code) => (exitCode = code));
  try {
    await cli.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    // Help and --version end through exitOverride; parse errors are SwedishCommand's UppsiktErrors.
    if (error instanceof CommanderError) {
      if (HELP_EXITS.has(error.code)) return error.exitCode;
      io.err(`uppsikt: ${C.cannotParse}`);
      debugDetail(error, io);
      return 2;
    }
    if (isUppsiktError(error)) {
      io.err(`uppsikt: ${error.message}`);
      debugDetail(error.cause, io);
      return error.exitCode;
    }
    const system = systemErrorText(error);
    io.err(system !== undefined ? `uppsikt: ${system}` : `uppsikt: ${C.unexpectedError}`);
    debugDetail(error, io);
    return 2;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
