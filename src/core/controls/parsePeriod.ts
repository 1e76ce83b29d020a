import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { isoFromSerial } from '../date/excelSerial';
import { parseRoundName } from '../followup/parseRoundName';
import type { Checked } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import { roundKey, type RoundKey } from '../round/roundKey';

/** A result's Period, read by the same rule as a follow-up round's Omgång. */
export interface Period {
  /** The period as text, spaces cleaned: "T2 2026", "2026-05-31", "2026". */
  readonly name: string;
  /** Where it falls in time; periods are ordered by it (compareRounds). */
  readonly key: RoundKey;
  /** The calendar year the period belongs to. */
  readonly year: number;
}

// A results column repeats a dozen period texts over thousands of rows: each is read once (the periods
// are frozen, so sharing them is safe). Bounded, so a column of distinct dates cannot grow it without end.
const known = new Map<string, Period>();
const KNOWN_MAX = 4096;

/**
 * Reads a Kontrollutfall Period with the rule of Omgång (parseRoundName): a year, "T1 2026", "Delår 2026",
 * "Helår 2026" or an ISO date; a date cell counts as its ISO date and a number 1900–2100 as a year.
 *
 * @param value - The Period cell.
 * @returns The period, or an issue (code roundName…) saying what is wrong.
 * @example
 * parsePeriod('T2  2026').value?.name //=> 'T2 2026'
 * parsePeriod('T2 2026').value?.year //=> 2026
 * parsePeriod('T2').issues[0].code //=> 'roundNameNoYear'
 */
export function parsePeriod(value: CellValue): Checked<Period> {
  if (isBlank(value)) return parseRoundName('') as Checked<never>;
  if (typeof value === 'string') {
    const hit = known.get(value);
    if (hit) return { value: hit, issues: [] };
  }
  const parsed = readPeriod(value);
  if (parsed.value && typeof value === 'string') {
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(value, parsed.value);
  }
  return parsed;
}

function readPeriod(value: CellValue): Checked<Period> {
  const text = periodText(value);
  const parsed = parseRoundName(text);
  if (parsed.value === undefined) return { issues: parsed.issues };
  const key = roundKey(parsed.value);
  if (key?.serial === undefined) return { issues: [makeIssue('roundNameNoYear', { value: parsed.value })] };
  const year = Number(isoFromSerial(key.serial).slice(0, 4));
  return { value: Object.freeze({ name: parsed.value, key: Object.freeze(key), year }), issues: [] };
}

// Excel's last date, 9999-12-31: beyond it a number is no date and would not convert.
const MAX_SERIAL = 2958465;

/** The text parseRoundName reads: a date cell as its ISO date, a serial as its date, a year as itself. */
function periodText(value: CellValue): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && !(Number.isInteger(value) && value >= 1900 && value <= 2100) && value >= 1 && value <= MAX_SERIAL) return isoFromSerial(value);
  return String(value);
}
