import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { parsePeriod } from '../controls/parsePeriod';
import type { RegisterRow } from '../register/RegisterData';

// Words that name a time in the year although, like Helår or T3, they may end where the year ends.
const YEAR_END_WORDS = /^((t|tertial|q|kvartal)\s*\d|helår|helåret|årsbokslut|bokslut|december|dec)$/i;

/* True when a word (or words) before a year names a time in it: "T1", "Delår", "april", not "Utfall". */
function namesATime(words: string): boolean {
  if (YEAR_END_WORDS.test(words.trim())) return true;
  const year = parsePeriod('2000').value!.key.serial;
  const named = parsePeriod(`${words} 2000`).value;
  return named !== undefined && named.key.serial !== year;
}

/**
 * The period a sheet's name gives ("Utfall T1 2026" → "T1 2026", "Uppföljning 2026" → "2026"): the name
 * without the leading words that name no time, or undefined when the name has no year.
 *
 * @example
 * periodOfSheetName('Utfall T1 2026') //=> 'T1 2026'
 * periodOfSheetName('Utfall') //=> undefined
 */
export function periodOfSheetName(name: string): string | undefined {
  const whole = parsePeriod(name).value;
  if (!whole) return undefined;
  const words = name.trim().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && !/\d/.test(words[i]) && !namesATime(words[i])) i++;
  return parsePeriod(words.slice(i).join(' ')).value?.name ?? whole.name;
}

/**
 * A controller's Period cell made a period with its year, from the sheet the row is on: a period as typed is
 * kept; "T1" on a sheet "Utfall 2026" becomes "T1 2026"; a blank cell on "Utfall T1 2026" becomes "T1 2026".
 * Anything else is kept as typed, for check to name. Only the copy in Kontrollutfall gets the year: the
 * user's own sheet is not changed.
 *
 * @param value - The Period cell.
 * @param sheetPeriod - periodOfSheetName of the row's sheet.
 * @returns The value to copy.
 * @example
 * periodWithYear('T2', '2026') //=> 'T2 2026'
 */
export function periodWithYear(value: CellValue, sheetPeriod: string | undefined): CellValue {
  if (sheetPeriod === undefined) return value;
  if (isBlank(value)) return sheetPeriod;
  if (parsePeriod(value).value) return value;
  const year = parsePeriod(sheetPeriod).value!.year;
  const text = String(value).trim();
  return namesATime(text) && parsePeriod(`${text} ${year}`).value ? `${text} ${year}` : value;
}

/**
 * Rows of a results sheet with each Period completed from the sheet name (periodWithYear).
 *
 * @param rows - The rows read from one sheet.
 * @param sheetName - That sheet's name.
 * @returns The rows, with `period` set where the sheet name says it.
 */
export function withSheetPeriods(rows: readonly RegisterRow[], sheetName: string): RegisterRow[] {
  const sheetPeriod = periodOfSheetName(sheetName);
  if (sheetPeriod === undefined) return [...rows];
  return rows.map((row) => {
    const period = periodWithYear(row.values.period ?? null, sheetPeriod);
    return period === (row.values.period ?? null) ? row : { ...row, values: { ...row.values, period } };
  });
}
