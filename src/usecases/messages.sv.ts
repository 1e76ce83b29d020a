/*
 * Every Swedish sentence the use cases say, and every sentence the CLI and the task pane both say, in one
 * place: a flow returns plain results and the surfaces word them from here, so `uppsikt` and the pane can
 * never say the same thing two ways. Values are quoted with ” as in the rest of Uppsikt. (Consolidation has
 * its own part, consolidate/messages.sv.ts.)
 */
import { countText, EXCEL_MAX_CELL_TEXT } from '../core';

const n = (count: number) => count.toLocaleString('sv-SE');
const c = (count: number, one: string, many: string) => countText(count, { one, many });

type AmbiguousIdGroup = { readonly table: string; readonly ids: readonly { readonly id: string; readonly cell: string }[] };
const sharedIds = (groups: readonly AmbiguousIdGroup[]) =>
  groups.map((g) => `i ${g.table} har flera rader samma id (${g.ids.map((i) => `”${i.id}” i ${i.cell}`).join(', ')})`).join('; ');

export const flowMessagesSv = {
  // The risk matrix as a table (uppsikt matrix, Samlad uppsikt): the corner cell.
  matrixCorner: 'Sannolikhet \\ Konsekvens',
  // How every riskmatris is turned (CLI, Översikt, Skala, the printed report): one wording.
  matrixOrientation: 'Högst sannolikhet överst, högst konsekvens längst till höger.',

  // Findings (check, summary, matrix, adopt).
  noFindings: (p: { file?: string }) => (p.file === undefined ? 'Inga fel eller varningar.' : `Inga fel eller varningar i ${p.file}.`),
  findingCount: (p: { errors: number; warnings: number }) => `${n(p.errors)} fel och ${n(p.warnings)} ${p.warnings === 1 ? 'varning' : 'varningar'}`,

  // Report text (a .txt file in the CLI, an opened file in the pane).
  notUtf8: (p: { file: string }) => `${p.file} är inte sparad som UTF-8 (å, ä och ö kan inte läsas). Spara texten som UTF-8 och försök igen.`,

  // A file that is no workbook, said before any library reads it (the CLI's commands, the pane's file mode).
  // `again` is how the user tries again: the CLI says försök igen, the pane öppna den här igen.
  fileEmpty: (p: { file: string }) => `${p.file} är tom (0 byte) och är ingen Excel-arbetsbok.`,
  fileEncrypted: (p: { file: string; again: string }) =>
    `${p.file} är lösenordsskyddad (krypterad) och kan inte läsas utan lösenordet. Öppna den i Excel, ta bort lösenordet ` +
    `(Arkiv → Info → Skydda arbetsbok → Kryptera med lösenord, töm rutan), spara och ${p.again}.`,
  fileOldFormat: (p: { file: string }) =>
    `${p.file} är i Microsofts äldre filformat (till exempel .xls från Excel 97–2003), inte .xlsx. Öppna den i Excel eller LibreOffice och spara den som Excel-arbetsbok (.xlsx).`,
  fileNotXlsxContent: (p: { file: string }) =>
    `${p.file} är ingen Excel-arbetsbok: innehållet är inte i formatet .xlsx. Öppna filen i Excel och spara den som Excel-arbetsbok (.xlsx).`,

  // Importing a granskning's recommendations.
  granskningPlanned: (p: { id: string; isNew: boolean }) => (p.isNew ? `Ny granskning ${p.id}.` : `Granskningen finns redan som ${p.id}.`),
  // An existing granskning's blank Svar senast, filled from the report's "önskar ert yttrande senast …".
  answerByFilled: (p: { date: string }) => `Svar senast fylls i med ${p.date} (rapportens datum för yttrandet).`,
  recommendationRowsPlanned: (p: { insert: number; unchanged: number; changed: number }) =>
    `${p.insert} nya rader i Rekommendationer, ${p.unchanged} finns redan med samma text, ${p.changed} har ändrad text.`,
  recommendationRowsWritten: (p: { insert: number; unchanged: number }) => `${p.insert} nya rader i Rekommendationer, ${p.unchanged} fanns redan med samma text.`,
  recommendationTooLong: (p: { nr: number; length: number }) => `Rekommendation ${p.nr} har ${p.length} tecken; en cell i Excel rymmer högst ${EXCEL_MAX_CELL_TEXT}.`,
  recommendationsImported: (p: { id: string; insert: number; updated: number; unchanged: number; total: number }) =>
    `Klart: ${p.insert} nya rader i Rekommendationer för ${p.id}, ${p.updated} texter ändrade, ${p.unchanged} fanns redan. Registret har nu ${c(p.total, 'rekommendationsrad', 'rekommendationsrader')}.`,

  // Importing a follow-up report's verdicts as a round.
  granskningTitle: (p: { title: string; year?: number }) => (p.year ? `${p.title} (${p.year})` : p.title),
  followUpReportCounts: (p: { granskningar: number; recommendations: number }) =>
    `${c(p.granskningar, 'granskning', 'granskningar')}, ${c(p.recommendations, 'rekommendation', 'rekommendationer')}`,
  suggestedVerdict: (p: { verdict: string }) => `förslag: ${p.verdict}`,
  followUpRowsPlanned: (p: { round: string; insert: number; fill: number; unchanged: number }) =>
    `Omgång ${p.round}: ${p.insert} nya rader i Uppföljning, ${p.fill} tomma rader i omgången fylls i, ${p.unchanged} har redan en bedömning i omgången.`,
  followUpRowsWritten: (p: { round: string; insert: number; fill: number; unchanged: number }) =>
    `Uppföljningsomgång ${p.round}: ${p.insert} nya rader i Uppföljning, ${p.fill} tomma rader i omgången ifyllda, ${p.unchanged} hade redan en bedömning i omgången.`,
  followUpImported: (p: { round: string; insert: number; fill: number }) => `Klart: omgång ${p.round}, ${p.insert} nya rader i Uppföljning och ${p.fill} tomma rader ifyllda.`,
  unmatchedRecommendation: (p: { granskning: string; nr: number; text: string }) => `${p.granskning}, rekommendation ${p.nr} motsvarar ingen rad i Rekommendationer: ”${p.text}”.`,
  unmatchedGranskning: (p: { granskning: string }) =>
    `Ingen granskning i registret motsvarar ${p.granskning}; lägg till den (import-report med granskningens rapport) eller rätta titeln och kör igen.`,
  verdictToConfirm: (p: { granskning: string; nr: number; comment: string; suggested: string }) =>
    `${p.granskning}, rekommendation ${p.nr}: ingen rad infogad; rapportens mening ”${p.comment}” tyder på ${p.suggested}. Fyll i bedömningen i Uppföljning när du har bekräftat den.`,
  granskningVerdict: (p: { status: string; addressees: string[]; sentence: string }) =>
    `Bedömning för hela granskningen${p.addressees.length > 0 ? ` (${p.addressees.join(', ')})` : ''}: förslag ${p.status}, enligt ”${p.sentence}”. Den gäller varje rekommendation i granskningen till ${p.addressees.length > 0 ? 'de nämnderna' : 'alla mottagare'} när du har bekräftat den.`,
  wholeVerdictToConfirm: (p: { granskning: string; nr: number; text: string; recipients: string; suggested: string }) =>
    `${p.granskning}, rekommendation ${p.nr} (${p.recipients}): ”${p.text}” – förslag ${p.suggested} från bedömningen av hela granskningen.`,
  roundMissing: 'Ange omgången, till exempel 2024.',
  // Ids several rows share (also only differing in case or spaces): the follow-up is not imported.
  ambiguousIds: (p: { groups: readonly AmbiguousIdGroup[] }) =>
    `Uppföljningen kan inte infogas: ${sharedIds(p.groups)}. Id jämförs utan hänsyn till stora och små bokstäver och mellanslag, så en bedömning kunde hamna på fel rekommendation. Ge varje rad ett eget id och försök igen.`,
  ambiguousIdsReport: (p: { groups: readonly AmbiguousIdGroup[] }) =>
    `Rekommendationerna kan inte infogas: ${sharedIds(p.groups)}. Id jämförs utan hänsyn till stora och små bokstäver och mellanslag, så en rekommendation kunde hamna under fel granskning. Ge varje rad ett eget id och försök igen.`,

  // A new follow-up round.
  roundRowsPlanned: (p: { rows: number }) => `${c(p.rows, 'rekommendation', 'rekommendationer')} får en rad att fylla i.`,
  roundAlreadyStarted: (p: { progress: string }) => `${p.progress}. Alla rekommendationer som inte är åtgärdade har redan en rad i omgången.`,
  roundNothingToFollow: 'Alla rekommendationer är bedömda som Åtgärdad; det finns inget att följa upp i en ny omgång.',
  roundConfirm: (p: { round: string; rows: number }) =>
    `${c(p.rows, 'ny rad', 'nya rader')} läggs till sist i Uppföljning, en per rekommendation som inte är bedömd som Åtgärdad, med omgång ${p.round} och tom bedömning. Befintliga rader ändras inte.`,
  roundCreated: (p: { round: string; rows: number }) =>
    `Klart: ${c(p.rows, 'rad', 'rader')} för omgång ${p.round} i Uppföljning. Fyll i revisionens bedömning per rad, här under eller i arbetsboken; tidigare omgångar är oförändrade.`,
  roundWritten: (p: { round: string; rows: number }) =>
    `Uppföljningsomgång ${p.round}: ${c(p.rows, 'ny rad', 'nya rader')} i Uppföljning att fylla i (rekommendationer som inte är åtgärdade); tidigare omgångar är oförändrade.`,

  // Recording a round's verdicts (the pane's Uppföljning).
  verdictsSaved: (p: { round: string; rows: number }) =>
    p.rows === 0 ? `Inget att spara: omgång ${p.round} är oförändrad.` : `Sparat: ${c(p.rows, 'rad', 'rader')} i omgång ${p.round} i Uppföljning.`,

  // The risk scale.
  noLevel: 'ingen nivå',
  scaleRisksChanged: (p: { count: number }) => `${c(p.count, 'risk', 'risker')} bytte risknivå`,
  scaleRisksInvalid: (p: { count: number }) => `${c(p.count, 'risk', 'risker')} har nu värden utanför skalan (se Kontrollera)`,
  scaleSaved: (p: { likelihood: number; consequence: number; bands: number; risks: readonly string[] }) =>
    `Klart: skalan på Inställningar är sparad (${p.likelihood} × ${p.consequence} nivåer, ${p.bands} risknivåer); Riskvärde, Risknivå, Riskmatris och färger följer med.${p.risks.length > 0 ? ` ${p.risks.join('; ')}.` : ''}`,

  // Reports to the nämnder.
  noNamnder: 'Arbetsboken nämner inga nämnder',
  // The scope and file name of the report for the whole kommun, and a risk's category when it has none.
  allNamnder: 'Samtliga nämnder',
  noCategory: 'Ingen kategori',

  // Yttranden due within 30 days or late, per nämnd (uppsikt summary and check, Översikt).
  answersDueHeading: (p: { days: number }) => `Yttranden som ska lämnas inom ${p.days} dagar eller är försenade, per nämnd`,
  answerDueWhen: (p: { date: string; days: number }) =>
    p.days < 0
      ? `försenat, svar senast ${p.date} (${-p.days} ${p.days === -1 ? 'dag' : 'dagar'} sedan), beslutsdatum saknas`
      : `svar senast ${p.date} (${p.days === 0 ? 'i dag' : p.days === 1 ? 'i morgon' : `om ${p.days} dagar`})`,
  answerNoNamnd: 'Ingen nämnd angiven',

  // Creating or upgrading the structure.
  structureSheetsAdded: (p: { sheets: readonly string[] }) => `nya flikar ${p.sheets.join(', ')}`,
  structureRowsCopied: (p: { rows: number; from: string; to: string }) => `${c(p.rows, 'rad', 'rader')} från ${p.from} till ${p.to}`,
  structureCopied: (p: { copies: readonly string[] }) => `kopierat ${p.copies.join(', ')}`,
  structureUpgradedFrom: (p: { version: number }) => `uppgraderat från schemaversion ${p.version}`,
  structureUpgraded: 'strukturen är uppgraderad',
  structureDone: (p: { parts: readonly string[] }) => `Klart: ${p.parts.join('; ')}. Dina egna flikar är oförändrade.`,
  // What creating the structure fills in or derives from the user's own sheets (said before and after).
  structureIdsFilled: (p: { rows: number; sheet: string; first: string; last: string }) =>
    `${p.sheet}: ${p.rows} ${p.rows === 1 ? 'rad' : 'rader'} utan Id får ${p.first === p.last ? p.first : `${p.first}–${p.last}`}.`,
  structureGranskningar: (p: { created: number; linked: number; from: string }) =>
    `Granskningar: ${p.created} ${p.created === 1 ? 'granskning skapas' : 'granskningar skapas'} från ${p.from}; Granskning-id fylls i på ${p.linked} ${p.linked === 1 ? 'rekommendation' : 'rekommendationer'}.`,
  structureRoundRows: (p: { rows: number; columns: readonly string[] }) =>
    `Uppföljning: ${p.rows} rader, en per rekommendation och omgång, från kolumnerna ${p.columns.join(', ')}; kolumnerna behålls som de är i Rekommendationer.`,
  structureColumnsGranskningYear: (p: { title: string; year: string }) => `kolumnerna ${p.title} och ${p.year}`,
  structureColumnGranskning: (p: { title: string }) => `kolumnen ${p.title}`,
  scaleUnknown: (p: { scale: string; choices: readonly string[] }) => `Skalan ${p.scale} finns inte; välj ${p.choices.join(' eller ')}.`,
} as const;
