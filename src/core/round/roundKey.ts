import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { FULL_MONTHS, MONTHS, parseDate } from '../date/parseDate';
import { dateText } from '../date/dateText';
import { monthEnd, serialFromYmd } from '../date/excelSerial';

/** Where a follow-up round falls in time: a date (Excel serial), or only a sequence number. */
export interface RoundKey {
  /** The round's date as an Excel serial; a year alone counts as its last day. Undefined: no date found. */
  readonly serial?: number;
  /** A number in a round named without a date ("Omgång 2"), for rounds with no date. */
  readonly sequence: number;
  /** The round's text, folded, as the last tie-breaker. */
  readonly text: string;
}

// A year alone stands for the round held that year; periods within a year are placed at their end, so
// "Delår 2025" comes before "2025" and "T1 2025" before "T2 2025".
const PERIOD_END: readonly [RegExp, number, number][] = [
  [/\bt1\b|tertial 1|första tertialet/, 4, 30],
  [/\bt2\b|tertial 2|andra tertialet|delår|delårsrapport/, 8, 31],
  [/\bq1\b|kvartal 1|första kvartalet/, 3, 31],
  [/\bq2\b|kvartal 2|andra kvartalet|\bh1\b|halvår/, 6, 30],
  [/\bq3\b|kvartal 3|tredje kvartalet/, 9, 30],
];

const YEAR = /(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)/;
// A month with its year ("Mars 2026", "mar. 2026", "2026-03"): a results sheet kept per Månad names its
// periods so, and a month read as its year would put March's result at the year's end, after T1.
// The names are parseDate's, full and short ("sept" beside "sep"), so a month the dates read is a month here.
const MONTH = new RegExp(`(?<![a-zåäö])(${[...FULL_MONTHS, 'sept', ...MONTHS].join('|')})\\.?(?![a-zåäö])`);
const YEAR_MONTH = /(?<!\d)(19\d\d|20\d\d|21\d\d)-(0?[1-9]|1[0-2])(?![\d-])/;
const ISO_IN_TEXT = /(?<!\d)(\d{4}-\d{1,2}-\d{1,2})(?!\d)/;

/**
 * Where a follow-up round (the Omgång cell) falls in time, so rounds are ordered by what they say, never
 * by the order of the rows: "2024" < "Delår 2025" < "2025-09-30" < "2025" < "2026".
 *
 * @param value - The Omgång cell: a year (2025 or "2025"), a date, or a label with a year ("Delår 2025").
 * @returns The key, or undefined for a blank cell.
 * @example
 * roundKey('2025')?.serial //=> 46022
 * roundKey('Omgång 2')?.sequence //=> 2
 */
export function roundKey(value: CellValue): RoundKey | undefined {
  if (isBlank(value)) return undefined;
  const text = (value instanceof Date ? dateText(value) : String(value)).trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value < 2200) return { serial: serialFromYmd(value, 12, 31), sequence: 0, text };
  if (typeof value === 'number' || value instanceof Date) {
    const serial = parseDate(value);
    if (serial !== null && !Number.isNaN(serial)) return { serial, sequence: 0, text };
  }
  const iso = ISO_IN_TEXT.exec(text);
  const isoSerial = iso ? parseDate(iso[1]) : null;
  if (isoSerial !== null && !Number.isNaN(isoSerial)) return { serial: isoSerial, sequence: 0, text };
  const whole = parseDate(text);
  if (whole !== null && !Number.isNaN(whole)) return { serial: whole, sequence: 0, text };
  const year = YEAR.exec(text);
  if (year) {
    const period = PERIOD_END.find(([pattern]) => pattern.test(text));
    if (!period) {
      const month = monthOf(text);
      if (month !== undefined) return { serial: monthEnd(Number(year[1]), month), sequence: 0, text };
    }
    return { serial: serialFromYmd(Number(year[1]), period ? period[1] : 12, period ? period[2] : 31), sequence: 0, text };
  }
  const number = /\d+/.exec(text);
  return { sequence: number ? Number(number[0]) : 0, text };
}

/** The month (1–12) a text names beside its year, by name or as "2026-03"; undefined when none. */
function monthOf(text: string): number | undefined {
  const numeric = YEAR_MONTH.exec(text);
  if (numeric) return Number(numeric[2]);
  const named = MONTH.exec(text);
  return named ? MONTHS.indexOf(named[1].slice(0, 3)) + 1 : undefined;
}

/**
 * Orders two follow-up rounds by time (see roundKey): dated rounds after undated ones, then by date, then
 * by sequence number, then by text. A blank round comes first.
 *
 * @returns -1 when a is earlier, 1 when later, 0 for the same round.
 * @example
 * compareRounds('2024', 'Delår 2025') //=> -1
 */
export function compareRounds(a: CellValue, b: CellValue): number {
  const ka = roundKey(a);
  const kb = roundKey(b);
  if (!ka || !kb) return (ka ? 1 : 0) - (kb ? 1 : 0);
  if ((ka.serial === undefined) !== (kb.serial === undefined)) return ka.serial === undefined ? -1 : 1;
  if (ka.serial !== undefined && kb.serial !== undefined && ka.serial !== kb.serial) return Math.sign(ka.serial - kb.serial);
  if (ka.sequence !== kb.sequence) return Math.sign(ka.sequence - kb.sequence);
  return ka.text < kb.text ? -1 : ka.text > kb.text ? 1 : 0;
}
