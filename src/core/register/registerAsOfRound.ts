import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { parseDate } from '../date/parseDate';
import { serialFromYmd } from '../date/excelSerial';
import { idKey } from './latestVerdicts';
import type { RegisterData, RegisterRow, RegisterTable } from './RegisterData';

/*
 * A round is typed as a year ("2024", 2024), a date ("2025-03-31", a date cell) or free text. Years and dates
 * compare as dates (a year as its last day, so "as of 2024" includes 2024-06-30); other text by its words.
 */
function roundKey(value: CellValue): { date?: number; text: string } {
  const text = isBlank(value) ? '' : String(value).trim().toLocaleLowerCase('sv');
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 9999) return { date: serialFromYmd(value, 12, 31), text };
  if (/^\d{4}$/.test(text)) return { date: serialFromYmd(Number(text), 12, 31), text };
  const date = parseDate(value ?? null);
  return date !== null && !Number.isNaN(date) ? { date, text } : { text };
}

/**
 * Orders two follow-up rounds: by date where both are years or dates, else by their text.
 *
 * @param a - A round as typed.
 * @param b - Another round.
 * @returns Negative when a comes before b, 0 when they are the same round, positive after.
 * @example
 * compareRounds('2024', '2025-03-31') //=> -1
 */
export function compareRounds(a: CellValue, b: CellValue): number {
  const ka = roundKey(a);
  const kb = roundKey(b);
  if (ka.date !== undefined && kb.date !== undefined) return Math.sign(ka.date - kb.date);
  return Math.sign(ka.text.localeCompare(kb.text, 'sv', { numeric: true }));
}

/**
 * The register as it stood after a given follow-up round: rounds after it are left out, so every summary
 * counts the verdicts known then. A recommendation with later rounds gets its own "Senaste bedömning" cell
 * blanked as well, since a file caches that cell from the latest round.
 *
 * @param register - The register.
 * @param round - The last round to keep, as typed ("2024", "2025-03-31"); blank keeps every round.
 * @returns A register sharing every other table with the input.
 * @example
 * registerAsOfRound(register, '2024').tables.Uppföljningar?.rows.length //=> 3
 */
export function registerAsOfRound(register: RegisterData, round: CellValue): RegisterData {
  const followUps = register.tables.Uppföljningar;
  if (isBlank(round) || !followUps) return register;
  const kept: RegisterRow[] = [];
  const dropped = new Set<string>();
  for (const row of followUps.rows) {
    const key = idKey(row.values.rekommendationId);
    if (compareRounds(row.values.omgang ?? null, round) <= 0) {
      kept.push(row);
    } else dropped.add(key);
  }
  const recommendations = register.tables.Rekommendationer;
  const tables: Partial<Record<string, RegisterTable>> = { ...register.tables, Uppföljningar: { ...followUps, rows: kept } };
  if (recommendations) {
    tables.Rekommendationer = {
      ...recommendations,
      rows: recommendations.rows.map((row) => {
        const key = idKey(row.values.id);
        return dropped.has(key) ? { ...row, values: { ...row.values, senasteBedomning: null } } : row;
      }),
    };
  }
  return { ...register, tables };
}
