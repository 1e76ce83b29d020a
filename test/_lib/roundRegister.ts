import ExcelJS from 'exceljs';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../src/core';

/*
 * A follow-up register as controllers keep one: a title, one row per recommendation (44, over six
 * granskningar), no Uppföljning sheet, one status column per follow-up round in the order they happened
 * ("Status 2023", "Bedömning 2024", "Status T2 2025"), each in its own wording, the latest round only partly
 * assessed. `expected` is what a reader of the sheet counts: per row, the rightmost filled round column.
 */

export const ROUND_HEADERS = ['Status 2023', 'Bedömning 2024', 'Status T2 2025'] as const;
export const ROUNDS = ['2023', '2024', 'T2 2025'] as const;
export const ROUND_REGISTER_SIZE = 44;
/** Rows of the latest round with a verdict (the first 30); the rest are not yet assessed. */
export const LATEST_ASSESSED = 30;

const GRANSKNINGAR = ['Styrning av it-säkerhet', 'Försörjningsstöd', 'Skyddade personuppgifter', 'Upphandling och avtalstrohet', 'Bisysslor', 'Lokalförsörjning'];
const NAMNDER = ['Kommunstyrelsen', 'Socialnämnden', 'Kommunstyrelsen, Socialnämnden', 'Barn- och utbildningsnämnden', 'Samtliga nämnder', 'Kultur- och fritidsnämnden'];

const V2023 = ['Ej åtgärdad', 'delvis åtgärdat', 'Delvis åtgärdad', 'Ej åtgärdat'];
const V2024 = ['Delvis åtgärdad', 'Åtgärdat', 'delvis', 'Ej åtgärdad', 'Åtgärdad'];
const V2025 = ['Åtgärdad', 'åtgärdat', 'Delvis åtgärdad', 'Åtgärdad '];

/** The verdict of row i in each round column, '' where the round left it blank. */
function verdicts(i: number): [string, string, string] {
  return [V2023[i % V2023.length], i % 5 === 0 ? '' : V2024[i % V2024.length], i < LATEST_ASSESSED ? V2025[i % V2025.length] : ''];
}

const CANONICAL: Record<string, FollowUpStatus> = {
  'ej åtgärdad': 'Ej åtgärdad',
  'ej åtgärdat': 'Ej åtgärdad',
  'delvis åtgärdat': 'Delvis åtgärdad',
  'delvis åtgärdad': 'Delvis åtgärdad',
  delvis: 'Delvis åtgärdad',
  åtgärdat: 'Åtgärdad',
  åtgärdad: 'Åtgärdad',
};

export interface RoundRegisterRow {
  id: string;
  nr: number;
  granskning: string;
  rekommendation: string;
  mottagare: string;
  rounds: [string, string, string];
}

export function roundRegisterRows(): RoundRegisterRow[] {
  return Array.from({ length: ROUND_REGISTER_SIZE }, (_, i) => {
    const g = i % GRANSKNINGAR.length;
    const nr = Math.floor(i / GRANSKNINGAR.length) + 1;
    return {
      id: `REK-${i + 1}`,
      nr,
      granskning: GRANSKNINGAR[g],
      rekommendation: `Säkerställ att ${GRANSKNINGAR[g].toLowerCase()} följs upp, punkt ${nr}.`,
      mottagare: NAMNDER[g],
      rounds: verdicts(i),
    };
  });
}

/** Per status, how many recommendations the rightmost filled round gives (what a reader counts by eye). */
export function expectedLatest(): Record<FollowUpStatus, number> {
  const counts = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<FollowUpStatus, number>;
  for (const row of roundRegisterRows()) {
    const last = [...row.rounds].reverse().find((v) => v.trim() !== '');
    counts[last ? CANONICAL[last.trim().toLowerCase()] : 'Ej bedömd']++;
  }
  return counts;
}

/**
 * Writes the register with ExcelJS as a controller's file: a title row, headers on row 3, with an Id column
 * or (`ids: false`) only Nr, and an own comment column.
 */
export async function writeRoundRegister(file: string, options: { ids?: boolean; sheet?: string } = {}): Promise<void> {
  const ids = options.ids ?? true;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheet ?? 'Revisionens rekommendationer');
  sheet.addRow(['Uppföljning av revisionens rekommendationer 2023–2025']);
  sheet.addRow([]);
  sheet.addRow([...(ids ? ['Id'] : []), 'Granskning', 'Nr', 'Rekommendation', 'Ansvarig nämnd', ...ROUND_HEADERS, 'Kommentar']);
  for (const row of roundRegisterRows()) {
    sheet.addRow([
      ...(ids ? [row.id] : []),
      row.granskning,
      row.nr,
      row.rekommendation,
      row.mottagare,
      ...row.rounds.map((v) => (v === '' ? null : v)),
      row.nr === 1 ? 'Tas upp i revisionsdialogen' : null,
    ]);
  }
  await workbook.xlsx.writeFile(file);
}
