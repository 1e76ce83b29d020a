/*
 * The Swedish sentences only the `uppsikt` command says (options, files, what was written). Sentences the
 * task pane says too come from the use cases' catalogue (usecases/messages.sv.ts), never from here.
 */
import { countText } from '../core';
import { fileMessagesSv } from './fileMessages.sv';
const c = (count: number, one: string, many: string) => countText(count, { one, many });

/** "a, b eller c". */
const orList = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} eller ${items[items.length - 1]}`);

export const cliMessagesSv = {
  // The command line itself: commander's help titles, usage terms and parse errors, in Swedish.
  helpTitles: { 'Usage:': 'Användning:', 'Arguments:': 'Argument:', 'Options:': 'Flaggor:', 'Commands:': 'Kommandon:', 'Global Options:': 'Globala flaggor:' } as Record<
    string,
    string
  >,
  optionsTerm: '[flaggor]',
  commandTerm: '[kommando]',
  mandatory: 'måste anges',
  choose: (p: { choices: readonly string[] }) => `välj ${orList(p.choices)}`,
  defaultIs: (p: { value: string }) => `standard: ${p.value}`,
  helpOption: 'visa hjälp',
  helpCommand: 'hjalp [kommando]',
  helpCommandDescription: 'visa hjälp för ett kommando',
  didYouMean: (p: { similar: readonly string[] }) => ` Menade du ${orList(p.similar)}?`,
  unknownOption: (p: { option: string; suggestion: string }) => `Okänd flagga ${p.option}.${p.suggestion} Skriv npx uppsikt --help för att se vilka som finns.`,
  unknownCommand: (p: { command: string; suggestion: string; commands: readonly string[] }) =>
    `Okänt kommando ${p.command}.${p.suggestion} Kommandon: ${p.commands.join(', ')}. Skriv npx uppsikt --help för mer.`,
  missingArgument: (p: { argument: string }) => `Argumentet <${p.argument}> saknas. Skriv npx uppsikt <kommando> --help för användning.`,
  optionNeedsValue: (p: { option: string }) => `Flaggan ${p.option} behöver ett värde.`,
  optionRequired: (p: { option: string }) => `Flaggan ${p.option} måste anges.`,
  tooManyArguments: 'För många argument. Skriv npx uppsikt <kommando> --help för användning.',
  valueNotAllowed: (p: { value: string; option?: string; choices?: readonly string[] }) =>
    `Värdet ${p.value} för ${p.option ?? 'flaggan'} är inte tillåtet${p.choices ? `; välj ${orList(p.choices)}` : ''}.`,
  cannotParse: 'Kunde inte tolka kommandoraden. Skriv npx uppsikt --help för användning.',
  interrupted: 'avbrutet. Inga halvfärdiga filer finns kvar; kör kommandot igen när du vill.',
  unexpectedError: 'oväntat fel i Uppsikt. Kör kommandot igen med UPPSIKT_DEBUG=1 för att se detaljerna, och rapportera felet.',

  // ny (init)
  initNoTarget: 'Ange filen som ska skapas, till exempel: npx uppsikt ny exempel.xlsx --exempel',
  initTwoTargets: (p: { argument: string; output: string }) => `Ange filen som ska skapas en gång: ${p.argument} eller -o ${p.output}, inte båda.`,

  // las-rapport (import-report)
  yearOption: (p: { value: string }) => `--ar ska vara ett årtal, till exempel 2024 (fick ${p.value}).`,
  outputNeedsInto: '-o kräver --into <fil.xlsx>: arbetsboken som rekommendationerna ska infogas i.',
  intoNeedsOutput: 'Ange filen som ska skrivas med -o <ut.xlsx> när du använder --into.',
  reportTitle: (p: { title: string }) => `Granskning: ${p.title}`,
  reportFirm: (p: { firm: string }) => `revisionsföretag ${p.firm}`,
  reportDate: (p: { date: string }) => `daterad ${p.date}`,
  reportAnswerBy: (p: { date: string }) => `svar senast ${p.date}`,
  noAddressee: 'mottagare saknas',
  addresseeSuggested: (p: { addressees: string; from: 'omslag' | 'granskat' }) =>
    `förslag: ${p.addressees} (${p.from === 'omslag' ? 'från försättsbladet' : 'den som granskats'}), kontrollera`,
  recommendationCount: (p: { count: number }) => `${c(p.count, 'rekommendation', 'rekommendationer')}.`,
  followUpReportHeading: (p: { round: string; counts: string }) => `Uppföljningsrapport, omgång ${p.round || 'okänd'}: ${p.counts}.`,
  confirmSuggestion: (p: { suggestion: string }) => `${p.suggestion}, bekräfta`,
  verdictNotAssigned: 'bedömning ej knuten',
  warning: (p: { message: string }) => `Varning: ${p.message}`,
  roundNotInReport: 'Rapporten anger inte vilken uppföljningsomgång den är; ange den med --omgang, till exempel --omgang 2024. Ingen fil har skrivits.',
  nothingToInsert: (p: { file: string }) => `Inga rekommendationer att infoga; ${p.file} har inte ändrats och ingen fil har skrivits.`,
  titleMissing: 'Rapporten anger ingen titel som Uppsikt hittar; ange granskningens titel med --granskning "<titel>".',
  tooLong: (p: { sentences: readonly string[]; file: string }) => `${p.sentences.join(' ')} Korta texten i ${p.file}; ingen fil har skrivits.`,
  granskningWritten: (p: { id: string; title: string; isNew: boolean }) => `Granskning ${p.id}: ${p.title}${p.isNew ? ' (ny)' : ' (fanns redan)'}.`,
  fannedOut: (p: { nr: number; addressee: string; namnder: readonly string[] }) => `Rekommendation ${p.nr} till ${p.addressee}: en rad per nämnd (${p.namnder.join(', ')}).`,
  textsChanged: (p: { count: number; updated: boolean }) =>
    `${c(p.count, 'rekommendation', 'rekommendationer')} har ändrad text${p.updated ? ' och har uppdaterats' : `; ${p.count === 1 ? 'den har' : 'de har'} inte ändrats (kör igen med --uppdatera för att ändra ${p.count === 1 ? 'den' : 'dem'})`}:`,
  textChange: (p: { id: string; before: string; after: string }) => `  ${p.id}: ”${p.before}” → ”${p.after}”`,
  becameUppsikt: 'Arbetsboken gjordes om till en Uppsikt-arbetsbok.',

  // ny-omgang
  roundOptionMissing: 'Ange omgången med --omgang, till exempel 2025 eller 2025-09-30.',
  noRecommendations: (p: { file: string }) => `Hittade inga rekommendationer i ${p.file}; ingen fil har skrivits.`,

  // init, adopt
  created: (p: { file: string; scale: string; example: boolean }) => `Skapade ${p.file} (skala ${p.scale}${p.example ? ', med exempeldata' : ''}).`,
  alreadyUppsikt: (p: { file: string; version: number }) => `${p.file} är redan en Uppsikt-arbetsbok (schemaversion ${p.version}); inget behövde läggas till.`,
  copiedUnchanged: (p: { file: string }) => `Skrev ${p.file} som en oförändrad kopia.`,
  mappingFindings: (p: { counts: string }) => `; ${p.counts} vid mappningen`,

  // Findings in the terminal.
  findingLine: (p: { place: string; error: boolean; message: string }) => `${p.place}  ${p.error ? 'fel' : 'varning'}: ${p.message}`,
  findingsHidden: (p: { count: number }) => `… och ${p.count.toLocaleString('sv-SE')} till som inte visas här (--json ger alla). Per slag:`,
  findingsOfKind: (p: { count: number; error: boolean; example: string }) =>
    `  ${p.count.toLocaleString('sv-SE')} ${p.error ? 'fel' : p.count === 1 ? 'varning' : 'varningar'} av samma slag som ${p.example}`,

  // A workbook in which nothing was recognised (check, summary, matrix, adopt).
  nothingRecognised: (p: { file: string; sheets: string }) =>
    `Hittade inget att läsa i ${p.file}: inga Uppsikt-tabeller (Risker, Kontroller, Granskningar, Rekommendationer, Uppföljningar) ` +
    'och ingen flik med en rubrikrad som Uppsikt känner igen bland de 30 första raderna, till exempel Risk, Sannolikhet och ' +
    'Konsekvens för en riskanalys eller Rekommendation och Mottagare för rekommendationer. ' +
    `Flikar i filen: ${p.sheets || '(inga)'}. Ingenting har kontrollerats; skapa en ny arbetsbok med npx uppsikt ny ut.xlsx eller lägg till rubrikerna.`,
  sheetsAndMore: (p: { sheets: readonly string[]; count: number }) => `${p.sheets.join(', ')} med flera (${p.count} flikar)`,

  // check, summary, matrix
  checking: 'Kontrollerar …',
  counting: 'Räknar …',
  reading: (p: { sheet: string; rows: number }) => `Läser ${p.sheet}: ${p.rows.toLocaleString('sv-SE')} rader …`,
  interpreting: 'Tolkar arbetsboken …',
  noRecommendationsFound: (p: { file: string }) => `Hittade inga rekommendationer i ${p.file}: ingen flik har kolumner som Rekommendation och Mottagare eller Granskning.`,
  summaryHeading: (p: { by: 'granskning' | 'namnd'; file: string }) => `Sammanställning per ${p.by === 'granskning' ? 'granskning' : 'nämnd'} – ${p.file}`,
  summaryGroupHeader: (p: { by: 'granskning' | 'namnd' }) => (p.by === 'granskning' ? 'Granskning' : 'Nämnd'),
  summaryTotalOnce: 'En rekommendation till flera nämnder räknas i varje nämnds rad men en gång i Totalt.',
  rowsNotCounted: (p: { rows: number; counts: string }) =>
    `${c(p.rows, 'rad', 'rader')} kunde inte räknas (${p.counts}); rätta dem så stämmer sammanställningen mot detaljraderna:`,
  noRiskAnalysis: (p: { file: string }) => `Hittade ingen riskanalys i ${p.file}: ingen flik har kolumner som Sannolikhet, Konsekvens och Riskbeskrivning.`,
  matrixHeading: (p: { file: string; orientation: string }) => `Riskmatris – ${p.file} (antal risker). ${p.orientation}`,
  unscored: (p: { risks: number }) => `${c(p.risks, 'risk', 'risker')} saknar sannolikhet eller konsekvens och är inte med.`,
  risksNotPlaced: (p: { risks: number; counts: string }) => `${c(p.risks, 'risk', 'risker')} kunde inte placeras i matrisen (${p.counts}):`,

  // utfall
  noControlPlan: (p: { file: string }) => `Hittade ingen internkontrollplan i ${p.file}: ingen flik har kolumner som Kontrollmoment och Risk-id.`,
  utfallPeriodInvalid: (p: { message: string }) => `--period: ${p.message}`,
  utfallHeading: (p: { period: string | null; file: string }) => `Kontrollernas utfall${p.period ? ` till och med ${p.period}` : ''} – ${p.file}`,
  utfallNoResults: 'Inga utfall är registrerade ännu (fliken Kontrollutfall saknas eller har inga rader med period).',
  utfallControlsHeading: 'Kontrollerna, de som inte är genomförda först:',
  utfallWhy: (p: { missing: readonly string[]; deviation: boolean; significant: boolean }) =>
    [p.missing.length > 0 ? `saknar ${p.missing.join(', ')}` : '', p.significant ? 'väsentlig avvikelse' : p.deviation ? 'avvikelse' : ''].filter((s) => s !== '').join('; '),

  // export
  perInvalid: (p: { value: string }) => `--per ${p.value} är inget datum; skriv till exempel 2026-11-30.`,
  libreOfficeMissing:
    'PDF kräver LibreOffice, som inte hittades (kommandot soffice). Installera det och försök igen: ' +
    'på Debian/Ubuntu `sudo apt-get install libreoffice-calc libreoffice-writer` (Writer för yttranden), på macOS `brew install --cask libreoffice`, ' +
    'på Windows från https://www.libreoffice.org/download/ (lägg till mappen program i PATH). ' +
    'Du kan också skapa rapporten utan --pdf och spara som PDF i Excel. Ingen fil har skrivits.',
  pdfFailed: (p: { files: readonly string[]; detail: string }) => `LibreOffice kunde inte göra PDF av ${p.files.join(', ') || 'rapporten'}: ${p.detail} Ingen fil har skrivits.`,
  namndOrAll: 'Ange antingen --namnd eller --alla, inte båda.',
  outputIsFile: (p: { output: string }) => `${p.output} är en fil; med --alla ska -o vara en mapp.`,
  noNamnderIn: (p: { file: string }) => `Hittade inga nämnder i ${p.file}: fyll i listan Nämnder på Inställningar eller kolumnen Nämnd/Mottagare.`,
  notXlsx: (p: { file: string }) => `Utfilen ${p.file} ska sluta på .xlsx.`,
  noFolder: (p: { folder: string }) => `Mappen ${p.folder} finns inte.`,
  namnderInWorkbook: (p: { namnder: readonly string[] }) => `Nämnderna i arbetsboken: ${p.namnder.join(', ')}.`,
  namndUnknown: (p: { namnd: string; file: string; known: string }) => `Nämnden ”${p.namnd}” finns inte i ${p.file}. ${p.known}`,
  rowsInNoReport: (p: { rows: number; allowed: boolean }) =>
    `${p.rows === 1 ? '1 rad kommer' : `${p.rows} rader kommer`} inte med i någon nämnds rapport: nämnden är tom, felstavad eller saknas i listan över nämnder. ` +
    (p.allowed
      ? 'Rapporterna är skrivna utan dem (--tillat-utelamnade).'
      : 'Rapporterna är skrivna; rätta nämnden och kör igen, eller ange --tillat-utelamnade om raderna ska stå utanför.'),
  rowInNoReport: (p: { kind: 'risk' | 'rekommendation'; id: string; namnd: string; cell: string }) =>
    `  ${p.cell}: ${p.kind === 'risk' ? 'risk' : 'rekommendation'} ${p.id || '(utan id)'}, ${p.namnd ? `nämnd ”${p.namnd}”` : 'ingen nämnd angiven'}`,
  reportNotWritten: (p: { reason: string }) => `Kunde inte skriva rapporten: ${p.reason}. Ingen fil har skrivits.`,
  reportWritten: (p: { file: string; scope: string; per: string; round: string | null; risks: number; controls: number; recommendations: number; overdue: number; pdf: boolean }) =>
    `Skrev ${p.file}: ${p.scope}, per ${p.per}${p.round ? `, omgång ${p.round}` : ''}; ${c(p.risks, 'risk', 'risker')}, ${p.controls} kontrollmoment, ${c(p.recommendations, 'rekommendation', 'rekommendationer')}` +
    `${p.overdue > 0 ? ` (${c(p.overdue, 'försenad', 'försenade')})` : ''}${p.pdf ? ' och PDF' : ''}.`,
  roundNotInRegister: (p: { round: string }) => `Omgången ${p.round} finns inte i Uppföljning; rapporten visar bedömningarna från omgångarna före den.`,
  followUpWritten: (p: { file: string; scope: string; year: number; done: number; controls: number; deviations: number; assessment: string | null; pdf: boolean }) =>
    `Skrev ${p.file}: Uppföljning av intern kontroll ${p.year}, ${p.scope}; genomförda kontroller ${p.done} av ${p.controls}, ${c(p.deviations, 'avvikelse', 'avvikelser')}` +
    `${p.assessment ? `, helhetsbedömning ${p.assessment}` : ''}${p.pdf ? ' och PDF' : ''}.`,
  followUpYearInvalid: (p: { value: string }) => `--uppfoljning ska vara ett årtal, till exempel --uppfoljning 2026 (fick ${p.value}).`,
  assessmentMissing: (p: { namnd: string; year: number }) =>
    `Varning: ${p.namnd} har ingen helhetsbedömning för ${p.year} på fliken Helhetsbedömning; rapporten visar ”Inte beslutad än”. Fyll i nämndens beslut och skriv rapporten igen.`,
  reportRowsNotCounted: (p: { rows: number }) => `${c(p.rows, 'rad', 'rader')} kunde inte räknas in i rapporten; rätta dem så stämmer rapporten mot detaljraderna:`,

  // yttrande
  notDocx: (p: { file: string }) => `Utfilen ${p.file} ska sluta på .docx.`,
  granskningUnknown: (p: { granskning: string; file: string; known: readonly string[] }) =>
    `Granskningen ”${p.granskning}” finns inte i ${p.file}; ange dess Id eller titel.${p.known.length > 0 ? ` Granskningarna i arbetsboken: ${p.known.join('; ')}.` : ' Arbetsboken har inga granskningar.'}`,
  yttrandeNamndNeeded: (p: { granskning: string; namnder: readonly string[] }) =>
    `Granskningen ”${p.granskning}” har rekommendationer till flera nämnder (${p.namnder.join(', ')}); ange vilken nämnds yttrande med --namnd.`,
  yttrandeNoNamnd: (p: { granskning: string }) =>
    `Granskningen ”${p.granskning}” har inga rekommendationer med en mottagare; fyll i Mottagare på Rekommendationer eller ange nämnden med --namnd.`,
  yttrandeNotAddressed: (p: { namnd: string; granskning: string; namnder: readonly string[] }) =>
    `Granskningen ”${p.granskning}” har inga rekommendationer till ${p.namnd}.${p.namnder.length > 0 ? ` Den har rekommendationer till ${p.namnder.join(', ')}.` : ''}`,
  yttrandeNotWritten: (p: { reason: string }) => `Kunde inte skriva yttrandet: ${p.reason}. Ingen fil har skrivits.`,
  yttrandeWritten: (p: { file: string; namnd: string; granskning: string; recommendations: number; pdf: boolean }) =>
    `Skrev ${p.file}${p.pdf ? ' och PDF' : ''}: yttrande från ${p.namnd} över ${p.granskning}, ${p.recommendations} ${p.recommendations === 1 ? 'rekommendation' : 'rekommendationer'}.`,
  yttrandeMissing: (p: { missing: number; ids: readonly string[] }) =>
    `${p.missing} ${p.missing === 1 ? 'rekommendation saknar' : 'rekommendationer saknar'} svar (${p.ids.join(', ')}) och står som ”Svar saknas”; fyll i Ställningstagande, Nämndens svar och Åtgärd på Rekommendationer.`,

  // samla
  folderHasNoXlsx: (p: { folder: string }) => `Mappen ${p.folder} innehåller inga .xlsx-filer.`,
  namndListMissing: (p: { file: string }) => `Filen ${p.file} (--namnder) finns inte. Ange en textfil med en nämnd per rad.`,
  namndListEmpty: (p: { file: string }) => `${p.file} (--namnder) innehåller inga nämnder; skriv en nämnd per rad.`,
  skippedLine: (p: { file: string; reason: string }) => `  ${p.file}: ${p.reason}`,
  skippedStrict: (p: { count: number; lines: readonly string[] }) => `${c(p.count, 'fil', 'filer')} kunde inte samlas (--strikt); ingen fil har skrivits:\n${p.lines.join('\n')}`,
  nothingReadable: (p: { lines: readonly string[] }) => `Ingen arbetsbok kunde läsas; ingen fil har skrivits.${p.lines.length > 0 ? `\n${p.lines.join('\n')}` : ''}`,
  skipped: (p: { file: string; reason: string }) => `Hoppade över ${p.file}: ${p.reason}`,
  unreadableConflict: (p: { reason: string }) => `Kunde inte läsas: ${p.reason}`,
  consolidated: (p: { files: number; target: string; risks: number; controls: number; granskningar: number; recommendations: number; rows: number }) =>
    `Samlade ${c(p.files, 'arbetsbok', 'arbetsböcker')} i ${p.target}: ${c(p.risks, 'risk', 'risker')}, ${c(p.controls, 'kontroll', 'kontroller')}, ` +
    `${c(p.granskningar, 'granskning', 'granskningar')}, ${c(p.recommendations, 'rekommendation', 'rekommendationer')} (${c(p.rows, 'rad', 'rader')} i filerna).`,
  perNamndTitle: 'Per nämnd (nämndens egen bedömning):',
  // The per-nämnd table: these columns, then one per follow-up status, then the overdue count.
  perNamndColumns: ['Nämnd', 'Risker', 'Höga utan kontroll', 'Kontroller', 'Med avvikelse'],
  overdueColumn: 'Försenade',
  allComplete: (p: { count: number; source: string }) => `Alla ${p.count} nämnder i ${p.source} har arbetsbok, risker och internkontrollplan.`,
  incomplete: (p: { source: string; namnder: readonly { namnd: string; missing: readonly string[] }[] }) =>
    `Ofullständigt enligt ${p.source}: ${p.namnder.map((n) => `${n.namnd} (${n.missing.join(', ')})`).join('; ')}.`,
  conflictsHeading: (p: { title: string }) => `${p.title}; de står också på fliken Samlad uppsikt:`,
  conflictLine: (p: { message: string }) => `  - ${p.message}`,

  // Reading a report's text
  copyTextHint: 'Öppna rapporten, markera all text (Ctrl+A), kopiera och spara den som en .txt-fil (UTF-8), och ange den filen.',
  notText: (p: { file: string; what: string; todo: string }) => `${p.file} är ${p.what}, inte en text. ${p.todo}`,
  isPdf: (p: { file: string }) => `${p.file} är en PDF. Öppna den, markera all text (Ctrl+A), kopiera och spara den som en .txt-fil (UTF-8), och ange den filen.`,
  aWorkbook: 'en Excel-arbetsbok',
  workbookHint: (p: { file: string }) =>
    `las-rapport läser granskningsrapportens text. Vill du infoga rekommendationerna i arbetsboken: npx uppsikt las-rapport rapport.txt --into ${p.file} -o ut.xlsx`,
  aWordDocument: 'ett Word-dokument',
  wordHint: 'Spara det som Oformaterad text (.txt, UTF-8) i Word och ange den filen.',
  aBinaryOfficeOrZip: 'en binär fil (till exempel ett Office-dokument eller en zip-fil)',
  aBinary: 'en binär fil',
  isFolder: (p: { file: string }) => `${p.file} är en mapp, inte en textfil.`,
  unreadable: (p: { file: string }) => `Kunde inte läsa ${p.file}.`,
  emptyText: (p: { file: string }) => `${p.file} är tom. Kopiera rapportens text ur PDF:en (markera all text med Ctrl+A), klistra in den i filen, spara som UTF-8 och försök igen.`,

  // Opening and saving files, and past what one command may hold: fileMessages.sv.ts.
  ...fileMessagesSv,

  // Writing a workbook
  noFileWritten: 'ingen fil har skrivits',
  noFileWrittenSentence: 'Ingen fil har skrivits.',
  allowLossHint: 'ange --tillat-forlust för att skriva ändå',
  lossAccepted: (p: { loss: string }) => `Varning (--tillat-forlust): ${p.loss}`,
  partsChanged: (p: { parts: readonly string[] }) => `Varning: delar av arbetsboken skiljer sig från originalet: ${p.parts.join(', ')}.`,
  wrote: (p: { file: string; extra: string }) => `Skrev ${p.file}${p.extra}.`,
  wroteKept: (p: { file: string; extra: string }) => `Skrev ${p.file}. Dina egna flikar finns kvar oförändrade${p.extra}.`,
} as const;
