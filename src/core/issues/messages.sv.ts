/*
 * Every Swedish message the core can produce, in one place, keyed by issue code. Messages say what is wrong
 * and what to do; the place (sheet and cell, or argument) is added by whoever knows it (see formatIssue).
 */
import { adoptMessagesSv } from '../adopt/messages.sv';
import { checkMessagesSv } from '../checks/messages.sv';
import { reportMessagesSv } from '../report/messages.sv';

const levelsText = (levels: number) => `ett heltal 1–${levels}`;
const ROUND_EXAMPLES = '2025, 2025-09-30, ”2025 T2” eller ”Delår 2025”';
const PERIOD_EXAMPLES = '”T2 2026”, ”Delår 2026”, ”Helår 2026”, 2026 eller 2026-04-30';

export const messagesSv = {
  // Scale definition.
  scaleLevelCount: (p: { axis: string; count: number }) => `${p.axis} har ${p.count} nivåer; skalan ska ha 3–6 nivåer per axel.`,
  scaleLabelMissing: (p: { axis: string; level: number }) => `${p.axis}: nivå ${p.level} saknar benämning.`,
  scaleLabelDuplicate: (p: { axis: string; label: string }) => `${p.axis}: benämningen ”${p.label}” används för mer än en nivå.`,
  scaleMethodUnknown: (p: { value: string }) => `Beräkningen ${p.value} är okänd; ange Produkt (sannolikhet × konsekvens) eller Rutnät.`,
  scaleGridMissing: () => 'Beräkningen är Rutnät men skalan har inget rutnät; ange ett riskvärde per sannolikhet och konsekvens.',
  scaleGridSize: (p: { rows: number; columns: number; expectedRows: number; expectedColumns: number }) =>
    `Rutnätet är ${p.rows} × ${p.columns} men skalan kräver ${p.expectedRows} × ${p.expectedColumns} (sannolikhet × konsekvens).`,
  scaleGridValue: (p: { likelihood: number; consequence: number; value: string }) =>
    `Rutnätet för sannolikhet ${p.likelihood} och konsekvens ${p.consequence} har värdet ${p.value}; ange ett tal.`,
  scaleBandsMissing: () => 'Skalan har inga risknivåer; ange minst en nivå med namn, från, till och färg.',
  scaleBandName: (p: { position: number }) => `Risknivå nummer ${p.position} saknar namn.`,
  scaleBandDuplicate: (p: { name: string }) => `Risknivån ”${p.name}” finns mer än en gång.`,
  scaleBandRange: (p: { name: string; min: string; max: string }) =>
    `Risknivån ”${p.name}” har ogiltigt intervall ${p.min}–${p.max}; från och till ska vara tal och från högst till.`,
  scaleBandNumber: (p: { name: string; value: string }) => `Risknivån ”${p.name}”: ${p.value} är inte ett tal; ange från och till som tal.`,
  scaleBandColor: (p: { name: string; value: string }) => `Risknivån ”${p.name}” har färgen ${p.value}; ange en färg som #RRGGBB, till exempel #FF0000.`,
  scaleBandOverlap: (p: { first: string; second: string }) => `Risknivåerna ”${p.first}” och ”${p.second}” överlappar; varje riskvärde ska höra till exakt en nivå.`,
  scaleScoresUncovered: (p: { scores: string }) => `Riskvärdena ${p.scores} hör inte till någon risknivå; utöka nivåernas intervall så att de täcks.`,
  scaleRangeUnknownKey: (p: { value: string }) => `Okänd rad ${p.value} i skalan; använd Sannolikhet, Konsekvens, Beräkning, Risknivå eller Rutnät.`,
  scaleRangeAxisMissing: (p: { axis: string }) => `Skalan saknar raden ${p.axis} med nivåernas benämningar.`,
  scaleRangeGridRow: (p: { value: string; levels: number }) => `Rutnätsraden har sannolikhetsnivån ${p.value}; ange ${levelsText(p.levels)}.`,
  scaleRangeGridDuplicate: (p: { level: number }) => `Rutnätet har mer än en rad för sannolikhet ${p.level}.`,

  // Cell values.
  levelNotANumber: (p: { axis: string; value: string; levels: number }) => `${p.axis}: ${p.value} är inte en nivå; ange ${levelsText(p.levels)}.`,
  levelNotAnInteger: (p: { axis: string; value: string; levels: number }) => `${p.axis}: ${p.value} är inte ett heltal; ange ${levelsText(p.levels)}.`,
  levelOutOfRange: (p: { axis: string; value: string; levels: number }) => `${p.axis}: ${p.value} ligger utanför skalan; ange ${levelsText(p.levels)}.`,
  scoreNotANumber: (p: { value: string }) => `Riskvärdet ${p.value} är inte ett tal.`,
  scoreOutsideBands: (p: { value: string; min: string; max: string }) => `Riskvärdet ${p.value} hör inte till någon risknivå (skalans nivåer täcker ${p.min}–${p.max}).`,
  statusUnknown: (p: { value: string }) => `Statusen ${p.value} är okänd; ange Åtgärdad, Delvis åtgärdad, Ej åtgärdad eller Ej bedömd.`,
  groupMissing: (p: { value: string }) => `Statusen ${p.value} står på en rad utan granskning eller nämnd.`,
  dateInvalid: (p: { value: string }) => `${p.value} är inte ett datum; skriv till exempel 2025-03-31.`,
  sizeMismatch: (p: { first: string; second: string; firstSize: string; secondSize: string }) =>
    `Områdena ${p.first} (${p.firstSize}) och ${p.second} (${p.secondSize}) har olika storlek; de ska ha lika många rader och kolumner.`,

  // Follow-up rounds.
  roundNameMissing: () => `Ange omgången, till exempel ${ROUND_EXAMPLES}.`,
  roundNameNoYear: (p: { value: string }) => `Omgången ${p.value} har inget årtal (1900–2100); ange till exempel ${ROUND_EXAMPLES}.`,
  roundNameDateInvalid: (p: { value: string }) => `Omgången ${p.value} är inget giltigt datum; skriv datumet som 2025-09-30, eller ange till exempel ${ROUND_EXAMPLES}.`,
  roundNameTooLong: (p: { value: string; length: number; max: number }) => `Omgången ${p.value} har ${p.length} tecken; använd högst ${p.max}, till exempel ${ROUND_EXAMPLES}.`,
  roundNameControl: (p: { value: string }) => `Omgången ${p.value} innehåller styrtecken; skriv den med vanliga tecken, till exempel ${ROUND_EXAMPLES}.`,

  // Control results (Kontrollutfall).
  resultPeriodInvalid: (p: { value: string }) => `Perioden ${p.value} är ingen period; ange tillfället med år, till exempel ${PERIOD_EXAMPLES}.`,
  resultGenomfordUnknown: (p: { value: string }) => `Genomförd ${p.value} är okänd; ange Ja, Delvis eller Nej.`,
  resultAvvikelseUnknown: (p: { value: string }) => `Avvikelsen ${p.value} är okänd; ange Ingen, Mindre eller Väsentlig.`,
  resultNotDoneWithoutReason: () => 'Kontrollen är inte genomförd men Resultat är tomt; skriv varför kontrollen inte genomfördes.',
  resultDeviationsAboveSample: (p: { deviations: number; sample: number }) =>
    `Antal avvikelser (${p.deviations}) är fler än urvalet (${p.sample}); rätta antalet avvikelser eller urvalet.`,
  resultSignificantWithoutAction: () => 'Avvikelsen är väsentlig men Åtgärd är tom; skriv vilken åtgärd som vidtas och vem som ansvarar.',
  resultNotANumber: (p: { header: string; value: string }) => `${p.header} ${p.value} är inget antal; ange ett heltal 0 eller större.`,

  ...adoptMessagesSv,
  ...checkMessagesSv,
  ...reportMessagesSv,
} as const;

export type IssueCode = keyof typeof messagesSv;
type Params<F> = F extends (p: infer P) => string ? P : Record<string, never>;
export type IssueParams<C extends IssueCode> = Params<(typeof messagesSv)[C]>;
