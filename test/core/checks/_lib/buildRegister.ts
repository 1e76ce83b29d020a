import { defaultScale, serialFromYmd, uppsiktSchema, type CellValue, type ListKey, type RegisterData, type RegisterTable, type RiskScale } from '../../../../src/core';

/** Rows per schema table, each keyed by column key. */
export type Records = Partial<Record<string, readonly Readonly<Record<string, CellValue>>[]>>;

/** How the workbook differs from a fresh Uppsikt workbook. */
export interface Layout {
  scale?: RiskScale;
  namnder?: readonly string[];
  /** Tables the workbook does not have at all. */
  withoutTables?: readonly string[];
  /** Columns missing from a table's sheet; the columns to their right move left, as on a real sheet. */
  withoutColumns?: Partial<Record<string, readonly string[]>>;
  /** Sheet names other than the schema's, as in an adopted workbook. */
  sheets?: Partial<Record<string, string>>;
}

/** 0-based header row of every table (Excel row 3); data starts on the row below. */
export const HEADER_ROW = 2;

export const NAMNDER = ['Kommunstyrelsen', 'Socialnämnden'];

/** The reference date of the fixtures: 15 January 2025. */
export const TODAY = serialFromYmd(2025, 1, 15);

/**
 * A register laid out as an Uppsikt workbook holds it (header on row 3, data from row 4, columns in schema
 * order), with the nämnd list NAMNDER unless told otherwise.
 */
export function buildRegister(records: Records, layout: Layout = {}): RegisterData {
  const tables: Record<string, RegisterTable> = {};
  for (const spec of uppsiktSchema.sheets.flatMap((sheet) => sheet.tables)) {
    if (layout.withoutTables?.includes(spec.name)) continue;
    const missing = layout.withoutColumns?.[spec.name] ?? [];
    const columns: Record<string, number> = {};
    spec.columns.filter((column) => !missing.includes(column.key)).forEach((column, index) => (columns[column.key] = index));
    const sheet = layout.sheets?.[spec.name] ?? spec.sheet;
    const rows = (records[spec.name] ?? []).map((values, i) => {
      const present = Object.fromEntries(Object.entries(values).filter(([key]) => !missing.includes(key)));
      return { values: present, extra: {}, sheet, row: HEADER_ROW + 1 + i, columns };
    });
    tables[spec.name] = { table: spec.name, sheet, headerRow: HEADER_ROW, extraHeaders: [], rows };
  }
  const lists = {} as Record<ListKey, readonly string[]>;
  for (const list of uppsiktSchema.lists) lists[list.key] = list.defaults;
  lists.namnder = layout.namnder ?? NAMNDER;
  return { scale: layout.scale ?? defaultScale, lists, tables };
}

/**
 * A register with nothing to report on TODAY: a high risk with its control, a medium and a low risk, one
 * granskning whose first recommendation is done and whose second is due later this year.
 */
export function cleanRecords(): Records {
  return {
    Risker: [
      { id: 'R1', namnd: 'Socialnämnden', beskrivning: 'Felaktiga utbetalningar', sannolikhet: 3, konsekvens: 4, riskvarde: 12, riskniva: 'Hög' },
      { id: 'R2', namnd: 'Kommunstyrelsen', beskrivning: 'Inköp utanför avtal', sannolikhet: 2, konsekvens: 3, riskvarde: 6, riskniva: 'Medel' },
      { id: 'R3', namnd: 'Kommunstyrelsen', beskrivning: 'Attest saknas', sannolikhet: 1, konsekvens: 2, riskvarde: 2, riskniva: 'Låg' },
    ],
    Kontroller: [{ id: 'K1', riskId: 'R1', kontrollmoment: 'Stickprov på 20 utbetalningar' }],
    Granskningar: [{ id: 'G1', titel: 'Styrning av it', ar: 2023, rapportdatum: '2023-10-12', svarSenast: serialFromYmd(2024, 1, 31), beslutsdatum: serialFromYmd(2024, 1, 24) }],
    Rekommendationer: [
      {
        id: 'G1-1',
        granskningId: 'G1',
        nr: 1,
        rekommendation: 'Etablera styrande dokument',
        mottagare: 'Kommunstyrelsen',
        atgard: 'Ta fram en it-policy',
        ansvarig: 'Digitaliseringschef',
        klartSenast: '2024-06-30',
        granskning: 'Styrning av it',
        senasteBedomning: 'Åtgärdad',
      },
      {
        id: 'G1-2',
        granskningId: 'G1',
        nr: 2,
        rekommendation: 'Tydliggöra ansvar',
        mottagare: 'Kommunstyrelsen',
        atgard: 'Revidera delegationsordningen',
        ansvarig: 'Kommundirektör',
        klartSenast: '2025-12-31',
        riskId: 'R2',
        granskning: 'Styrning av it',
        senasteBedomning: '',
      },
    ],
    Uppföljningar: [{ rekommendationId: 'G1-1', omgang: '2024', bedomning: 'Åtgärdad' }],
  };
}

/** cleanRecords with the rows of some tables replaced or extended. */
export function withRecords(changes: Records): Records {
  return { ...cleanRecords(), ...changes };
}
