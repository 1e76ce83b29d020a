/*
 * Every Swedish text the consolidation says, in one place. Lists of files are joined by "och"; values are
 * quoted with ” as in the rest of Uppsikt.
 */
const list = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`);
const q = (value: string) => `”${value}”`;

export const consolidateMessages = {
  verdictRule: 'När filerna ger samma rekommendation olika bedömning räknas den minst avslutade: Ej bedömd < Ej åtgärdad < Delvis åtgärdad < Åtgärdad. Varje nämnds egen bedömning finns kvar i kolumnen Bedömning per nämnd och på fliken Uppföljning.',
  sameRecommendation:
    'Samma rekommendation (samma granskning och år, samma nummer och nästan samma text; stavning, skiljetecken och mellanslag spelar ingen roll) räknas en gång, med alla mottagande nämnder.',
  renumberRule: (prefix: string) => `Id som krockar med en tidigare fils får filens prefix, t.ex. ${prefix}-R1; källan står i kolumnerna Källa: fil, Källa: flik och Källa: rad.`,
  scaleSame: (label: string) => `Alla filer har samma skala (${label}); riskmatrisen omfattar alla risker.`,
  scaleMixed: (label: string, file: string) =>
    `Filerna har olika skalor. Den samlade arbetsboken har den första filens skala (${label}, från ${file}); risker på en annan skala (och deras kontroller) står med sina egna nivåer på fliken Risker på annan skala och räknas inte i Riskmatris eller Risker per risknivå. Samlad uppsikt visar en riskmatris per skala och jämför nämnderna med var och ens egen skala.`,
  listFromOption: 'listan som angavs med --namnder',
  listFromFile: (file: string) => `listan Nämnder på Inställningar i ${file}`,
  listFromFound: 'nämnderna som filerna nämner (ingen fil har en lista Nämnder på Inställningar)',

  conflictVerdict: (title: string, nr: string, values: readonly string[], counted: string) =>
    `Rekommendation ${nr} i ${q(title)} har olika bedömning: ${values.join('; ')}. Räknas som ${q(counted)} (den minst avslutade).`,
  verdictValue: (namnder: string, value: string, file: string, row: string) => `${namnder}: ${q(value)} (${file}, ${row})`,
  conflictGranskning: (spellings: readonly string[]) => `Samma granskning stavas olika: ${spellings.join(', ')}. Räknas som en granskning; stava den lika i alla filer.`,
  spelling: (title: string, files: readonly string[]) => `${q(title)} (${list(files)})`,
  conflictSameNumber: (title: string, nr: string, a: string, b: string) =>
    `Rekommendation ${nr} i ${q(title)} har olika text i olika filer (${q(a)} och ${q(b)}); de räknas som två rekommendationer. Rätta numret eller texten om de är samma.`,
  conflictNamnd: (namnd: string, files: readonly string[]) => `${list(files)} gäller båda ${namnd}; nämndens risker och rekommendationer kommer från alla filerna. Kontrollera att ingen av dem är en gammal version.`,
  conflictIds: (file: string, table: string, clashes: readonly string[], prefix: string, more: number) =>
    `${file}: id i ${table} (${clashes.join(', ')}${more > 0 ? ` och ${more} till` : ''}) finns redan i en tidigare fil; filens id i ${table} har fått prefixet ${prefix}- (t.ex. ${prefix}-${clashes[0]}).`,
  conflictUnknownNamnd: (namnd: string, files: readonly string[], source: string) => `${q(namnd)} (${list(files)}) finns inte i ${source}; stava den som i listan eller lägg till den.`,
  conflictScale: (file: string, label: string, main: string) =>
    `${file} har skalan ${label}, inte den samlade arbetsbokens (${main}); filens risker och deras kontroller står på fliken Risker på annan skala, med en egen riskmatris på Samlad uppsikt.`,
  synthesizedComment: (values: readonly string[]) => `Samlad bedömning, inte revisionens: nämndernas bedömningar skiljer sig (${values.join('; ')}); den minst avslutade räknas.`,
  synthesizedSource: '(samlad bedömning)',

  perGranskningTitle: 'Per granskning, alla nämnder (varje rekommendation en gång)',
  conflictsTitle: (count: number) => `Konflikter mellan filerna (${count})`,

  missingWorkbook: 'ingen arbetsbok',
  missingRisks: 'inga risker',
  missingPlan: 'ingen internkontrollplan',
  noNamnd: '(ingen nämnd angiven)',
};

/** Headers of the columns the consolidation adds to every table. */
export const SOURCE_HEADERS = { file: 'Källa: fil', sheet: 'Källa: flik', row: 'Källa: rad', namnd: 'Källa: nämnd' } as const;
export const PER_NAMND_HEADER = 'Bedömning per nämnd';
export const SCALE_HEADERS = { scale: 'Skala', riskId: 'Risk-id (risk på annan skala)' } as const;
