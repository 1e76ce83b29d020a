import { ASSESSMENT_LEVELS } from '../assessment/assessmentLevels';
import { FOLLOW_UP_STATUSES } from '../status/FollowUpStatus';
import { STALLNINGSTAGANDEN } from './stallningstaganden';
import type { ColumnSpec, ListSpec, SheetSpec, TableSpec, WorkbookSchema } from './WorkbookSchema';

/**
 * The version of the workbook layout this code writes. Stored in the workbook (Inställningar and the name
 * UppsiktSchemaversion) so that a later version can upgrade an older workbook in place.
 */
export const SCHEMA_VERSION = 2;

/** The defined name of the scale block on Inställningar; every IK formula passes it as [scale]. */
export const SCALE_NAME = 'Skala';
/** The defined name holding the schema version. */
export const VERSION_NAME = 'UppsiktSchemaversion';
/**
 * Labels on Inställningar whose right-hand cell holds when and by which decision the nämnd adopted its
 * internkontrollplan (the head of the plan the nämnd receives). Found by label, so the user may move them.
 */
export const PLAN_LABELS = { faststalld: 'Fastställd', beslutsnummer: 'Beslutsnummer' } as const;

const col = (key: string, header: string, kind: ColumnSpec['kind'], width: number, more: Partial<ColumnSpec> = {}): ColumnSpec => ({
  key,
  header,
  kind,
  width,
  synonyms: [],
  ...more,
});

// The schema as tables, one line per column: prettier leaves them as they are read.
// prettier-ignore
export const LISTS: readonly ListSpec[] = [
  { key: 'namnder', header: 'Nämnder', name: 'Lista_Namnder', defaults: [] },
  { key: 'statusar', header: 'Statusar', name: 'Lista_Statusar', defaults: [...FOLLOW_UP_STATUSES] },
  { key: 'kontrollmetoder', header: 'Kontrollmetoder', name: 'Lista_Kontrollmetoder', defaults: ['Stickprov', 'Registerkontroll', 'Intervju', 'Genomgång', 'Avstämning', 'Analys'] },
  { key: 'frekvenser', header: 'Frekvenser', name: 'Lista_Frekvenser', defaults: ['Löpande', 'Månadsvis', 'Kvartalsvis', 'Tertialvis', 'Halvårsvis', 'Årligen'] },
  {
    key: 'riskkategorier',
    header: 'Riskkategorier',
    name: 'Lista_Riskkategorier',
    defaults: ['Verksamhet', 'Ekonomi', 'Regelefterlevnad', 'IT och informationssäkerhet', 'Personal och arbetsmiljö', 'Fel och oegentligheter', 'Omvärld'],
  },
  { key: 'hantering', header: 'Hantering', name: 'Lista_Hantering', defaults: ['Kontrollmoment', 'Åtgärd', 'Accepteras'] },
  { key: 'janej', header: 'Ja/Nej', name: 'Lista_JaNej', defaults: ['Ja', 'Nej'] },
  // The year's reporting points for Kontrollutfall (T1–T3, or Prognos/Delår/Helår): the occasions a control is due at.
  { key: 'rapporteringspunkter', header: 'Rapporteringspunkter', name: 'Lista_Rapporteringspunkter', defaults: ['T1', 'T2', 'T3'] },
  { key: 'genomford', header: 'Genomförd', name: 'Lista_Genomford', defaults: ['Ja', 'Delvis', 'Nej'] },
  { key: 'avvikelsegrader', header: 'Avvikelsegrader', name: 'Lista_Avvikelsegrader', defaults: ['Ingen', 'Mindre', 'Väsentlig'] },
  { key: 'stallningstaganden', header: 'Ställningstaganden', name: 'Lista_Stallningstaganden', defaults: [...STALLNINGSTAGANDEN] },
  // The four-step scale auditors and kommunstyrelser use for a nämnd's internal control as a whole.
  { key: 'helhetsbedomningar', header: 'Helhetsbedömningar', name: 'Lista_Helhetsbedomningar', defaults: [...ASSESSMENT_LEVELS] },
];

// prettier-ignore
const risks: TableSpec = {
  name: 'Risker',
  sheet: 'Riskanalys',
  headerRow: 3,
  synonyms: ['Riskanalys', 'Risk- och väsentlighetsanalys', 'Väsentlighetsanalys', 'Risker', 'Riskbedömning'],
  columns: [
    col('id', 'Id', 'id', 8, { required: true, synonyms: ['Risk-id', 'Riskid', 'Nr', 'Risknr', 'Risknummer', 'ID'] }),
    col('namnd', 'Nämnd', 'text', 24, { required: true, list: { kind: 'list', list: 'namnder' }, synonyms: ['Ansvarig nämnd', 'Nämnd/styrelse', 'Förvaltning', 'Verksamhet'] }),
    col('process', 'Process/rutin', 'text', 24, { synonyms: ['Process', 'Rutin', 'Område', 'Verksamhetsområde', 'Process/Rutin'] }),
    col('kategori', 'Riskkategori', 'text', 20, { list: { kind: 'list', list: 'riskkategorier' }, synonyms: ['Kategori', 'Risktyp', 'Typ av risk'] }),
    col('beskrivning', 'Riskbeskrivning', 'longText', 48, { required: true, synonyms: ['Risk', 'Beskrivning', 'Identifierad risk', 'Riskområde', 'Beskrivning av risk'] }),
    col('sannolikhet', 'Sannolikhet', 'level', 12, {
      required: true,
      axis: 'likelihood',
      list: { kind: 'levels', axis: 'likelihood' },
      synonyms: ['S', 'Sannolikhet (1-4)', 'Sannolikhet (1-5)', 'Trolighet', 'Risk för att det inträffar'],
      help: 'Sannolikheten som ett heltal på skalan (se Inställningar).',
    }),
    col('konsekvens', 'Konsekvens', 'level', 12, {
      required: true,
      axis: 'consequence',
      list: { kind: 'levels', axis: 'consequence' },
      synonyms: ['K', 'Konsekvens (1-4)', 'Konsekvens (1-5)', 'Väsentlighet', 'Allvarlighet', 'Påverkan'],
      help: 'Konsekvensen som ett heltal på skalan (se Inställningar).',
    }),
    col('riskvarde', 'Riskvärde', 'computed', 11, {
      formula: `=IK.RISKSCORE([@Sannolikhet],[@Konsekvens],Skala)`,
      numberFormat: '0',
      synonyms: ['Risk (SxK)', 'S x K', 'SxK', 'Riskpoäng', 'Värde', 'Bedömning'],
    }),
    col('riskniva', 'Risknivå', 'computed', 11, { formula: `=IK.RISKLEVEL([@Riskvärde],Skala)`, synonyms: ['Nivå', 'Riskklass'] }),
    col('hantering', 'Hantering', 'text', 16, { list: { kind: 'list', list: 'hantering' }, synonyms: ['Åtgärd/kontroll', 'Hanteras genom', 'Beslut'] }),
    col('kommungemensam', 'Kommungemensam', 'yesNo', 14, { list: { kind: 'list', list: 'janej' }, synonyms: ['Gemensam', 'Kommungemensam risk'] }),
    col('ansvarig', 'Ansvarig', 'text', 18, { synonyms: ['Riskägare', 'Ansvarig tjänsteperson', 'Ägare'] }),
  ],
};

// prettier-ignore
const controls: TableSpec = {
  name: 'Kontroller',
  sheet: 'Internkontrollplan',
  headerRow: 3,
  synonyms: ['Internkontrollplan', 'Kontrollplan', 'IK-plan', 'Kontroller', 'Kontrollmoment'],
  columns: [
    col('id', 'Id', 'id', 8, { required: true, synonyms: ['Kontroll-id', 'Nr', 'Kontrollnr'] }),
    col('riskId', 'Risk-id', 'reference', 9, { required: true, references: 'Risker', list: { kind: 'ids', table: 'Risker' }, synonyms: ['Risk', 'Risknr', 'Kopplad risk', 'Risk nr'] }),
    col('kontrollmoment', 'Kontrollmoment', 'longText', 40, { required: true, synonyms: ['Kontroll', 'Kontrollaktivitet', 'Vad kontrolleras'] }),
    col('kontrollmetod', 'Kontrollmetod', 'text', 16, { list: { kind: 'list', list: 'kontrollmetoder' }, synonyms: ['Metod', 'Hur kontrolleras'] }),
    col('frekvens', 'Frekvens', 'text', 13, { list: { kind: 'list', list: 'frekvenser' }, synonyms: ['Hur ofta', 'Periodicitet'] }),
    col('kontrollansvarig', 'Kontrollansvarig', 'text', 18, { synonyms: ['Ansvarig', 'Ansvarig för kontroll', 'Utförs av'] }),
    col('rapporterasTill', 'Rapporteras till', 'text', 18, { synonyms: ['Rapportering till', 'Återrapportering', 'Mottagare'] }),
    col('tidpunkt', 'Tidpunkt', 'text', 14, { synonyms: ['När', 'Tidpunkt för rapportering', 'Rapporteringstillfälle'] }),
    col('kommungemensam', 'Kommungemensam', 'yesNo', 14, { list: { kind: 'list', list: 'janej' }, synonyms: ['Gemensam', 'Kommungemensam kontroll'] }),
    col('utfall', 'Utfall', 'longText', 30, { synonyms: ['Resultat', 'Utfall av kontroll'] }),
    col('avvikelse', 'Avvikelse/åtgärd', 'longText', 30, { synonyms: ['Avvikelse', 'Åtgärd', 'Avvikelser och åtgärder'] }),
    // The year so far from Kontrollutfall, up to the latest period with results (core controlStatus); IFERROR
    // as on Senaste bedömning, so a file opened without the add-in keeps its cached word instead of #NAME?.
    col('lage', 'Läge', 'computed', 13, {
      formula: '=IFERROR(IK.CONTROLSTATUS([@Id],[@Frekvens],[@Tidpunkt],Kontrollutfall[#All],"",Lista_Rapporteringspunkter),"")',
    }),
    col('tillfallen', 'Genomförda tillfällen', 'computed', 12, {
      formula: '=IFERROR(IK.OCCASIONS([@Id],[@Frekvens],[@Tidpunkt],Kontrollutfall[#All],"",Lista_Rapporteringspunkter),"")',
    }),
  ],
};

// prettier-ignore
const controlResults: TableSpec = {
  name: 'Kontrollutfall',
  sheet: 'Kontrollutfall',
  headerRow: 3,
  synonyms: ['Kontrollutfall', 'Utfall', 'Resultat', 'Uppföljning av internkontroll', 'Uppföljning internkontrollplan', 'Utfall internkontroll', 'Kontrollresultat'],
  columns: [
    col('kontrollId', 'Kontroll-id', 'reference', 11, { required: true, references: 'Kontroller', list: { kind: 'ids', table: 'Kontroller' }, synonyms: ['Kontroll', 'Kontrollnr', 'Kontroll nr', 'Kontrollmoment-id'] }),
    col('period', 'Period', 'text', 12, {
      required: true,
      // No drop-down: a reporting point on Inställningar ("T2") has no year, the Period must ("T2 2026").
      synonyms: ['Tertial', 'Tillfälle', 'Månad', 'Kvartal', 'Rapporteringstillfälle', 'Uppföljningstillfälle'],
      help: 'Tillfället med år, t.ex. "T2 2026", "Delår 2026" eller ett datum.',
    }),
    col('genomford', 'Genomförd', 'text', 11, { list: { kind: 'list', list: 'genomford' }, synonyms: ['Utförd', 'Genomförd kontroll', 'Utförd (ja/nej)', 'Status'] }),
    col('datum', 'Datum', 'date', 12, { numberFormat: 'yyyy-mm-dd', synonyms: ['Utförd datum', 'Datum för kontroll', 'Kontrolldatum'] }),
    col('utfordAv', 'Utförd av', 'text', 18, { synonyms: ['Kontrollant', 'Utförare', 'Genomförd av', 'Kontrollansvarig'] }),
    col('urval', 'Urval', 'integer', 10, { numberFormat: '0', synonyms: ['Antal granskade', 'Antal kontrollerade', 'Stickprov', 'Urvalsstorlek', 'Granskade'] }),
    col('antalAvvikelser', 'Antal avvikelser', 'integer', 10, { numberFormat: '0', synonyms: ['Fel', 'Antal fel', 'Avvikelser (antal)', 'Antal brister'] }),
    col('resultat', 'Resultat', 'longText', 40, { synonyms: ['Utfall', 'Iakttagelse', 'Iakttagelser', 'Kommentar', 'Resultat av kontroll'] }),
    col('avvikelse', 'Avvikelse', 'text', 11, { list: { kind: 'list', list: 'avvikelsegrader' }, synonyms: ['Avvikelsegrad', 'Brist', 'Allvarlighetsgrad', 'Grad av avvikelse'] }),
    col('atgard', 'Åtgärd', 'longText', 36, { synonyms: ['Åtgärder', 'Vidtagen åtgärd', 'Planerad åtgärd', 'Åtgärd vid avvikelse'] }),
    col('atgardsansvarig', 'Åtgärdsansvarig', 'text', 18, { synonyms: ['Ansvarig för åtgärd', 'Ansvarig'] }),
    col('klartSenast', 'Klart senast', 'date', 12, { numberFormat: 'yyyy-mm-dd', synonyms: ['Klart', 'Slutdatum', 'Åtgärdas senast'] }),
    col('atgardad', 'Åtgärdad', 'yesNo', 10, { list: { kind: 'list', list: 'janej' }, synonyms: ['Åtgärd klar', 'Klar', 'Åtgärdad (ja/nej)'] }),
  ],
};

// prettier-ignore
const audits: TableSpec = {
  name: 'Granskningar',
  sheet: 'Granskningar',
  headerRow: 3,
  synonyms: ['Granskningar', 'Revisionsrapporter', 'Rapporter'],
  columns: [
    col('id', 'Id', 'id', 8, { required: true, synonyms: ['Granskning-id', 'Nr'] }),
    col('titel', 'Titel', 'longText', 48, { required: true, synonyms: ['Granskning', 'Rapport', 'Granskningens namn', 'Namn'] }),
    col('ar', 'År', 'integer', 7, { numberFormat: '0', synonyms: ['Granskningsår', 'Årtal'] }),
    col('revisionsforetag', 'Revisionsföretag', 'text', 16, { synonyms: ['Revisionsbyrå', 'Byrå', 'Utförd av'] }),
    col('granskadeNamnder', 'Granskade nämnder', 'text', 30, { synonyms: ['Granskad nämnd', 'Berörda nämnder'] }),
    col('rapportdatum', 'Rapportdatum', 'date', 12, { numberFormat: 'yyyy-mm-dd', synonyms: ['Datum', 'Rapportens datum'] }),
    col('svarSenast', 'Svar senast', 'date', 12, { numberFormat: 'yyyy-mm-dd', synonyms: ['Yttrande senast', 'Svarsdatum'] }),
    // The nämnd's decision on its yttrande: a granskning with a Beslutsdatum is answered, whatever Svar senast says.
    col('beslutsdatum', 'Beslutsdatum', 'date', 12, { numberFormat: 'yyyy-mm-dd', synonyms: ['Yttrande beslutat', 'Datum för yttrande', 'Beslutat'] }),
    col('paragraf', 'Paragraf', 'text', 10, { synonyms: ['Beslutsparagraf', 'Protokollsparagraf', '§ i protokollet'] }),
  ],
};

// prettier-ignore
const recommendations: TableSpec = {
  name: 'Rekommendationer',
  sheet: 'Rekommendationer',
  headerRow: 3,
  synonyms: ['Rekommendationer', 'Revisionens rekommendationer', 'Uppföljning av rekommendationer'],
  columns: [
    col('id', 'Id', 'id', 10, { required: true, synonyms: ['Rekommendation-id', 'Id-nr'] }),
    col('granskningId', 'Granskning-id', 'reference', 12, { required: true, references: 'Granskningar', list: { kind: 'ids', table: 'Granskningar' }, synonyms: [] }),
    col('nr', 'Nr', 'integer', 5, { numberFormat: '0', synonyms: ['Rekommendation nr', 'Rek nr', 'Nummer'] }),
    col('rekommendation', 'Rekommendation', 'longText', 48, { required: true, synonyms: ['Rekommendationer', 'Revisorernas rekommendation', 'Text'] }),
    col('mottagare', 'Mottagare', 'text', 22, { required: true, list: { kind: 'list', list: 'namnder' }, synonyms: ['Nämnd', 'Ansvarig nämnd', 'Adressat', 'Till'] }),
    col('svar', 'Nämndens svar', 'longText', 40, { synonyms: ['Svar', 'Yttrande', 'Nämndens yttrande'] }),
    col('atgard', 'Åtgärd', 'longText', 36, { synonyms: ['Åtgärder', 'Planerad åtgärd', 'Vidtagna åtgärder'] }),
    col('ansvarig', 'Ansvarig', 'text', 18, { synonyms: ['Åtgärdsansvarig', 'Ansvarig tjänsteperson'] }),
    col('klartSenast', 'Klart senast', 'date', 12, { numberFormat: 'yyyy-mm-dd', synonyms: ['Klart', 'Tidplan', 'Slutdatum', 'Datum'] }),
    col('riskId', 'Risk-id', 'reference', 9, { references: 'Risker', list: { kind: 'ids', table: 'Risker' }, synonyms: ['Kopplad risk'] }),
    col('granskning', 'Granskning', 'computed', 40, { formula: '=IFERROR(INDEX(Granskningar[Titel],MATCH([@[Granskning-id]],Granskningar[Id],0)),"")', synonyms: ['Granskningens titel'] }),
    col('senasteBedomning', 'Senaste bedömning', 'computed', 16, {
      // The latest round that has a verdict, rounds ordered by their value (core latestVerdictOf), not the
      // last row: a started round must not blank the verdict, and sorting the table must not change it.
      // IFERROR: where the add-in is missing (LibreOffice recalculates a cell whose cached result is blank)
      // the blank stays blank instead of #NAME?; cells with a verdict keep their cached result.
      formula: '=IFERROR(IK.LATESTVERDICT([@Id],Uppföljningar[Rekommendation-id],Uppföljningar[Omgång],Uppföljningar[Bedömning]),"")',
      synonyms: ['Status', 'Bedömning', 'Revisionens bedömning', 'Åtgärdad/Ej åtgärdad'],
    }),
    // Last, where Excel's in-place upgrade of a version 1 workbook adds it, so both adapters agree on the order.
    col('stallningstagande', 'Ställningstagande', 'text', 16, {
      list: { kind: 'list', list: 'stallningstaganden' },
      synonyms: ['Nämndens ställningstagande', 'Instämmer', 'Delar bedömningen'],
      help: 'Om nämnden instämmer i rekommendationen (listan på Inställningar).',
    }),
  ],
};

// prettier-ignore
const followUps: TableSpec = {
  name: 'Uppföljningar',
  sheet: 'Uppföljning',
  headerRow: 3,
  synonyms: ['Uppföljning', 'Uppföljningar', 'Bedömningar'],
  columns: [
    col('rekommendationId', 'Rekommendation-id', 'reference', 16, { required: true, references: 'Rekommendationer', list: { kind: 'ids', table: 'Rekommendationer' }, synonyms: ['Rekommendation'] }),
    col('omgang', 'Omgång', 'text', 12, { required: true, synonyms: ['Uppföljningsomgång', 'Uppföljning', 'År', 'Datum'] }),
    col('bedomning', 'Bedömning', 'status', 16, { list: { kind: 'list', list: 'statusar' }, synonyms: ['Status', 'Revisionens bedömning'] }),
    col('kommentar', 'Kommentar', 'longText', 48, { synonyms: ['Kommentarer', 'Motivering', 'Iakttagelser'] }),
  ],
};

// The nämnd's own overall assessment of its internal control, per year: typed and decided by the nämnd,
// proposed (never filled in) by Uppsikt from the year's results.
// prettier-ignore
const assessments: TableSpec = {
  name: 'Helhetsbedömningar',
  sheet: 'Helhetsbedömning',
  headerRow: 3,
  synonyms: ['Helhetsbedömning', 'Helhetsbedömningar', 'Samlad bedömning', 'Bedömning av intern kontroll'],
  columns: [
    col('ar', 'År', 'integer', 7, { required: true, numberFormat: '0', synonyms: ['Årtal', 'Verksamhetsår'] }),
    col('namnd', 'Nämnd', 'text', 24, { required: true, list: { kind: 'list', list: 'namnder' }, synonyms: ['Nämnd/styrelse', 'Styrelse'] }),
    col('helhetsbedomning', 'Helhetsbedömning', 'text', 26, {
      required: true,
      list: { kind: 'list', list: 'helhetsbedomningar' },
      synonyms: ['Bedömning', 'Samlad bedömning', 'Nämndens bedömning'],
      help: 'Nämndens bedömning av den interna kontrollen som helhet, på den fyrgradiga skalan.',
    }),
    col('motivering', 'Motivering', 'longText', 48, { synonyms: ['Kommentar', 'Skäl'] }),
    col('beslutsdatum', 'Beslutsdatum', 'date', 12, { numberFormat: 'yyyy-mm-dd', synonyms: ['Beslutad', 'Datum', 'Sammanträdesdatum'] }),
    col('paragraf', 'Paragraf', 'text', 10, { synonyms: ['§', 'Beslutsparagraf', 'Protokollsparagraf'] }),
  ],
};

// prettier-ignore
const sheets: readonly SheetSpec[] = [
  { name: 'Inställningar', role: 'settings', title: 'Inställningar', description: 'Skalan för riskbedömning och listorna som styr rullgardinsmenyerna. Ändras här, slår igenom överallt.', tables: [] },
  { name: 'Riskanalys', role: 'table', title: 'Risk- och väsentlighetsanalys', description: 'En rad per risk, bedömd med sannolikhet och konsekvens enligt skalan på Inställningar.', tables: [risks] },
  { name: 'Internkontrollplan', role: 'table', title: 'Internkontrollplan', description: 'Kontrollmoment som svarar mot riskerna; varje kontroll pekar på en risk.', tables: [controls] },
  { name: 'Kontrollutfall', role: 'table', title: 'Kontrollutfall', description: 'En rad per kontroll och tillfälle: genomförd, urval, avvikelser och åtgärd. Perioden skrivs med år, t.ex. "T2 2026".', tables: [controlResults] },
  { name: 'Riskmatris', role: 'matrix', title: 'Riskmatris', description: 'Antal risker per sannolikhet och konsekvens, färgat efter risknivå.', tables: [] },
  { name: 'Granskningar', role: 'table', title: 'Granskningar', description: 'Revisionens granskningar med år, revisionsföretag och svarsdatum.', tables: [audits] },
  { name: 'Rekommendationer', role: 'table', title: 'Rekommendationer', description: 'En rad per rekommendation och mottagare, med nämndens svar och åtgärder.', tables: [recommendations] },
  { name: 'Uppföljning', role: 'table', title: 'Uppföljning', description: 'Revisionens bedömning per rekommendation och uppföljningsomgång; den senaste omgången gäller.', tables: [followUps] },
  { name: 'Helhetsbedömning', role: 'table', title: 'Helhetsbedömning', description: 'Nämndens helhetsbedömning av den interna kontrollen per år, med motivering och beslut.', tables: [assessments] },
  { name: 'Sammanställning', role: 'summary', title: 'Sammanställning', description: 'Per granskning, per nämnd och risker per risknivå. Stämmer mot detaljraderna.', tables: [] },
];

/** The Uppsikt workbook layout, version {@link SCHEMA_VERSION}. */
export const uppsiktSchema: WorkbookSchema = { version: SCHEMA_VERSION, sheets, lists: LISTS };

/**
 * A table of the schema by name.
 *
 * @param name - The table name, e.g. "Risker".
 * @returns The table spec.
 * @example
 * tableSpec('Risker').sheet //=> 'Riskanalys'
 */
export function tableSpec(name: string): TableSpec {
  for (const sheet of uppsiktSchema.sheets) {
    const table = sheet.tables.find((t) => t.name === name);
    if (table) return table;
  }
  throw new Error(`Unknown table ${name}`);
}
