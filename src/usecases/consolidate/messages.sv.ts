/*
 * Every Swedish text the consolidation says, in one place. Lists of files are joined by "och"; values are
 * quoted with ” as in the rest of Uppsikt.
 */
import { countText } from '../../core';
const c = (count: number, one: string, many: string) => countText(count, { one, many });
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`);
const q = (value: string) => `”${value}”`;

// Numbers in running text as words up to twelve ("Av de tio nämnderna har åtta rapporterat").
const WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
const word = (n: number) => WORDS[n] ?? n.toLocaleString('sv-SE');

export const consolidateMessages = {
  // The year's follow-up across the nämnder (Samlad uppsikt and the CLI).
  yearFollowUpTitle: (year: number) => `Uppföljning av intern kontroll ${year}`,
  reportedSentence: (p: { total: number; reported: number; year: number }) =>
    p.total === 1
      ? `Den enda nämnden har ${p.reported === 1 ? '' : 'inte '}rapporterat uppföljningen av intern kontroll ${p.year}.`
      : `Av de ${word(p.total)} nämnderna har ${p.reported === p.total ? 'alla' : word(p.reported)} rapporterat uppföljningen av intern kontroll ${p.year}.`,
  notReported: (namnder: readonly string[]) => `Har inte rapporterat: ${list(namnder)}.`,
  sharedControlsHeader: ['Kommungemensam kontroll', 'Nämnder', 'Genomförd av', 'Med avvikelse'] as const,
  ofTotal: (done: number, total: number) => `${done} av ${total}`,

  verdictRule:
    'När filerna ger samma rekommendation olika bedömning räknas den minst avslutade: Ej bedömd < Ej åtgärdad < Delvis åtgärdad < Åtgärdad. Varje nämnds egen bedömning finns kvar i kolumnen Bedömning per nämnd och på fliken Uppföljning.',
  sameRecommendation:
    'Samma rekommendation (samma granskning och år, samma nummer och nästan samma text; stavning, skiljetecken och mellanslag spelar ingen roll) räknas en gång, med alla mottagande nämnder.',
  renumberRule: (prefix: string) => `Id som krockar med en tidigare fils får filens prefix, t.ex. ${prefix}-R1; källan står i kolumnerna Källa: fil, Källa: flik och Källa: rad.`,
  scaleSame: (label: string) => `Alla filer har samma skala (${label}); riskmatrisen omfattar alla risker.`,
  scaleMixed: (label: string, file: string) =>
    `Filerna har olika skalor. Den samlade arbetsboken har den första filens skala (${label}, från ${file}); risker på en annan skala (och deras kontroller) står med sina egna nivåer på fliken Risker på annan skala och räknas inte i Riskmatris eller Risker per risknivå. Samlad uppsikt visar en riskmatris per skala och jämför nämnderna med var och ens egen skala.`,
  listFromOption: 'listan som angavs med --namnder',
  listFromFile: (file: string) => `listan Nämnder på Inställningar i ${file}`,
  listFromFiles: (files: readonly string[]) => `listorna Nämnder på Inställningar i ${files.join(', ')} tillsammans`,
  listFromFound: 'nämnderna som filerna nämner (ingen fil har en lista Nämnder på Inställningar)',

  conflictVerdict: (title: string, nr: string, values: readonly string[], counted: string) =>
    `Rekommendation ${nr} i ${q(title)} har olika bedömning: ${values.join('; ')}. Räknas som ${q(counted)} (den minst avslutade).`,
  verdictValue: (namnder: string, value: string, file: string, row: string) => `${namnder}: ${q(value)} (${file}, ${row})`,
  conflictGranskning: (spellings: readonly string[]) => `Samma granskning stavas olika: ${spellings.join(', ')}. Räknas som en granskning; stava den lika i alla filer.`,
  spelling: (title: string, files: readonly string[]) => `${q(title)} (${list(files)})`,
  conflictSameNumber: (title: string, nr: string, a: string, b: string) =>
    `Rekommendation ${nr} i ${q(title)} har olika text i olika filer (${q(a)} och ${q(b)}); de räknas som två rekommendationer. Rätta numret eller texten om de är samma.`,
  conflictNamnd: (namnd: string, files: readonly string[]) =>
    `${list(files)} gäller båda ${namnd}; nämndens risker och rekommendationer kommer från alla filerna. Kontrollera att ingen av dem är en gammal version.`,
  conflictIds: (file: string, table: string, clashes: readonly string[], prefix: string, more: number) =>
    `${file}: id i ${table} (${clashes.join(', ')}${more > 0 ? ` och ${more} till` : ''}) finns redan i en tidigare fil; filens id i ${table} har fått prefixet ${prefix}- (t.ex. ${prefix}-${clashes[0]}).`,
  conflictUnknownNamnd: (namnd: string, files: readonly string[], source: string) =>
    `${q(namnd)} (${list(files)}) finns inte i ${source}; stava den som i listan eller lägg till den.`,
  conflictScale: (file: string, label: string, main: string) =>
    `${file} har skalan ${label}, inte den samlade arbetsbokens (${main}); filens risker och deras kontroller står på fliken Risker på annan skala, med en egen riskmatris på Samlad uppsikt.`,
  synthesizedComment: (values: readonly string[]) => `Samlad bedömning, inte revisionens: nämndernas bedömningar skiljer sig (${values.join('; ')}); den minst avslutade räknas.`,
  synthesizedSource: '(samlad bedömning)',

  perGranskningTitle: 'Per granskning, alla nämnder (varje rekommendation en gång)',
  conflictsTitle: (count: number) => `Konflikter mellan filerna (${count})`,
  // A file without a verdict for a shared recommendation: information, never a conflict and never counted.
  missingVerdictsTitle: (count: number) => `Rekommendationer som saknar bedömning i en fil (${count}); de räknas med de andra filernas bedömning`,
  missingVerdict: (title: string, nr: string, file: string, namnder: string, counted: string, from: readonly string[]) =>
    `Rekommendation ${nr} i ${q(title)} saknar bedömning i ${file}${namnder ? ` (${namnder})` : ''}; räknas som ${q(counted)} enligt ${list(from)}.`,

  // The Samlad uppsikt sheet (consolidationSheet) and the sheet of risks on another scale (apartSheet).
  compiled: (date: string, files: number, skipped: number) =>
    `Sammanställt ${date} ur ${c(files, 'arbetsbok', 'arbetsböcker')}${skipped > 0 ? `; ${c(skipped, 'fil', 'filer')} kunde inte läsas` : ''}. Endast värden; flikarna Riskanalys, Rekommendationer m.fl. innehåller alla rader med källa.`,
  namndList: (source: string) => `Kommunens nämnder: ${source}.`,
  sourceFilesTitle: 'Källfiler',
  sourceFilesHeader: ['Nr', 'Fil', 'Prefix vid krock', 'Nämnder', 'Skala', 'Risker', 'Kontroller', 'Granskningar', 'Rekommendationer (rader)', 'Uppföljningar'],
  sumInFiles: 'Summa i filerna',
  consolidatedRow: 'Samlat',
  rowsExplained: (rows: number, recommendations: number, apartRisks: number, apartControls: number, apartSheet: string) =>
    `${c(rows, 'rekommendationsrad', 'rekommendationsrader')} i filerna är ${c(recommendations, 'rekommendation', 'rekommendationer')}: samma rekommendation i flera filer räknas en gång. ` +
    `${apartRisks > 0 ? `${c(apartRisks, 'risk', 'risker')} och ${c(apartControls, 'kontroll', 'kontroller')} på annan skala står på fliken ${apartSheet}. ` : ''}` +
    'Uppföljningar: varje fils omgångar, och en rad ”(samlad bedömning)” per rekommendation där bedömningarna skiljer sig.',
  skippedTitle: 'Filer som inte kunde läsas',
  skippedHeader: ['Fil', 'Skäl'],
  completenessTitle: 'Fullständighet: kommunens nämnder',
  completenessHeader: ['Nämnd', 'Arbetsbok', 'Risker', 'Kontroller', 'Rekommendationer', 'Saknas'],
  complete: 'Komplett',
  comparisonTitle: 'Jämförelse per nämnd',
  comparisonNote: 'Risknivåer enligt nämndens egen skala; rekommendationer med nämndens egen bedömning (en rekommendation till flera nämnder räknas hos var och en).',
  comparisonHeader: (levels: readonly string[], statuses: readonly string[]) => [
    'Nämnd',
    'I listan',
    'Skala',
    'Risker',
    ...levels,
    'Ej bedömda risker',
    'Höga risker utan kontroll',
    'Kontroller',
    'Kontroller med avvikelse',
    ...statuses,
    'Okänd status',
    'Rekommendationer',
    'Försenade åtgärder',
  ],
  yes: 'Ja',
  no: 'Nej',
  perGranskningHeader: (statuses: readonly string[], total: string) => ['Granskning', ...statuses, total, 'Nämnder'],
  matrixTitle: (label: string, main: boolean) => `Riskmatris, skala ${label}${main ? ' (den samlade arbetsbokens skala)' : ''}`,
  matrixFiles: (files: readonly string[], namnder: readonly string[], unscored: number) =>
    `Filer: ${files.join(', ')}. Nämnder: ${namnder.join(', ') || '–'}.${unscored > 0 ? ` ${c(unscored, 'risk', 'risker')} saknar sannolikhet eller konsekvens.` : ''}`,
  noConflicts: 'Inga.',
  conflictsHeader: ['Typ', 'Beskrivning', 'Filer'],
  conflictKinds: {
    bedomning: 'Olika bedömning',
    granskning: 'Granskning stavad olika',
    rekommendation: 'Samma nummer, olika text',
    namnd: 'Samma nämnd i flera filer',
    id: 'Id som krockar',
    okandNamnd: 'Nämnd utanför listan',
    skala: 'Annan skala',
  },
  apartNote:
    'Risker bedömda på en annan skala än den samlade arbetsbokens, med nivåerna på sin egen skala; de räknas i riskmatrisen för sin skala på fliken Samlad uppsikt, aldrig ihop med andra skalor.',
  apartControlsTitle: 'Kontrollmoment för riskerna ovan',
  // The Riskmatris sheet of the consolidated workbook, when files have other scales.
  mainScaleMatrixNote: (apartSheet: string) =>
    `Risker på den samlade arbetsbokens skala (Inställningar). Risker på andra skalor har egna riskmatriser på fliken Samlad uppsikt och står på fliken ${apartSheet}.`,
  // Reading a file, and a scale in words.
  nothingToConsolidate: (file: string) =>
    `${file} har ingen riskanalys, internkontrollplan eller rekommendationer som Uppsikt känner igen (ingen flik har rubriker som Riskbeskrivning, Kontrollmoment eller Rekommendation).`,
  noGranskning: '(ingen granskning)',
  scaleMethod: (method: string) => (method === 'product' ? 'produkt' : 'rutnät'),

  missingWorkbook: 'ingen arbetsbok',
  missingRisks: 'inga risker',
  missingPlan: 'ingen internkontrollplan',
  noNamnd: '(ingen nämnd angiven)',
};

/** The name of the consolidation sheet. */
export const CONSOLIDATION_SHEET = 'Samlad uppsikt';
/** The name of the sheet with risks on another scale than the consolidated workbook's. */
export const APART_SHEET = 'Risker på annan skala';

/** Headers of the columns the consolidation adds to every table. */
export const SOURCE_HEADERS = { file: 'Källa: fil', sheet: 'Källa: flik', row: 'Källa: rad', namnd: 'Källa: nämnd' } as const;
export const PER_NAMND_HEADER = 'Bedömning per nämnd';
export const SCALE_HEADERS = { scale: 'Skala', riskId: 'Risk-id (risk på annan skala)' } as const;
