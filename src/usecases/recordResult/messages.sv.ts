/* The Swedish sentences of recording a control's result (the pane's Utfall) and of the year so far (Översikt). */
export const recordResultMessagesSv = {
  genomfordMissing: 'Välj om kontrollen är genomförd.',
  dateInvalid: (p: { value: string }) => `”${p.value}” är inget datum. Skriv till exempel 2026-05-31.`,
  countInvalid: (p: { value: string }) => `”${p.value}” är inget heltal. Skriv ett antal, till exempel 25.`,
  moreThanUrval: (p: { avvikelser: number; urval: number }) => `${p.avvikelser} avvikelser är fler än urvalet (${p.urval}).`,
  nejWithoutResultat: 'Skriv i Resultat varför kontrollen inte genomfördes.',
  vasentligWithoutAtgard: 'En väsentlig avvikelse behöver en åtgärd.',
  controlMissing: 'Välj en kontroll.',
  periodInvalid: (p: { value: string }) => `”${p.value}” är ingen period. Skriv till exempel T2 2026.`,
  noTable: 'Arbetsboken har ingen flik Kontrollutfall (Uppsikt-strukturen är av en äldre version eller saknas). Uppgradera strukturen under Skapa, så kan utfall registreras här.',
  appendConfirm: (p: { kontrollId: string; period: string; sheet: string }) => `En ny rad för ${p.kontrollId}, ${p.period} läggs till sist på fliken ${p.sheet}.`,
  updateConfirm: (p: { kontrollId: string; period: string; sheet: string; row: number; cells: number }) =>
    `${p.kontrollId} har redan en rad för ${p.period} (${p.sheet}, rad ${p.row}). Den raden ändras i ${p.cells === 1 ? '1 cell' : `${p.cells} celler`}; ingen ny rad läggs till.`,
  columnMissing: (p: { header: string; sheet: string }) => `Kolumnen ${p.header} saknas på fliken ${p.sheet}; lägg till den där först.`,
  nothingChanged: (p: { kontrollId: string; period: string }) => `Inget är ändrat i raden för ${p.kontrollId}, ${p.period}.`,
  appended: (p: { kontrollId: string; period: string; sheet: string }) => `Klart: utfallet för ${p.kontrollId}, ${p.period} finns nu sist på fliken ${p.sheet}.`,
  updated: (p: { kontrollId: string; period: string; cells: number }) =>
    `Klart: raden för ${p.kontrollId}, ${p.period} är ändrad (${p.cells === 1 ? '1 cell' : `${p.cells} celler`}).`,
  /** "T2 2026: 14 av 20 kontroller genomförda, 3 med avvikelse, 1 väsentlig" */
  yearSoFar: (p: { period: string; genomforda: number; kontroller: number; medAvvikelse: number; vasentliga: number }) =>
    `${p.period}: ${p.genomforda} av ${p.kontroller} ${p.kontroller === 1 ? 'kontroll' : 'kontroller'} ${p.genomforda === 1 ? 'genomförd' : 'genomförda'}, ${p.medAvvikelse} med avvikelse, ${p.vasentliga} ${p.vasentliga === 1 ? 'väsentlig' : 'väsentliga'}`,
  notCarriedOut: (p: { missing: readonly string[] }) => (p.missing.length > 0 ? `Inget utfall ${p.missing.join(', ')}` : 'Väsentlig avvikelse utan åtgärd eller Genomförd = Nej'),
} as const;
