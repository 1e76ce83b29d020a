import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { parseNumber } from '../cell/parseNumber';
import { yesNo } from '../register/controlResults';
import { compareRounds } from '../round/roundKey';
import { parsePeriod, type Period } from './parsePeriod';
import { periodEnd } from './periodEnd';
import { pointOfPeriod } from './pointOfPeriod';
import { cellAt, type Range, type RangeColumns } from './rangeColumns';
import type { ReportingPoint } from './reportingPoints';
import { addResult, type ResultTallies } from './resultTally';
import { avvikelseOf, genomfordOf } from './resultValues';
import { cellMemo } from './cellMemo';

/*
 * Kontrollutfall read in place for the functions: cells are read where they are, through the same readers
 * controlResultOf uses, without a record per row. Each reader keeps what it worked out per distinct cell, as a
 * column repeats a dozen texts over thousands of rows.
 */

/** !isBlank(cell) without trimming a copy of every cell: a text starting with a visible ASCII char is not blank. */
function hasText(cell: CellValue): boolean {
  if (typeof cell !== 'string') return cell !== null && cell !== undefined;
  if (cell.length === 0) return false;
  const first = cell.charCodeAt(0);
  return (first > 32 && first < 128) || !isBlank(cell);
}

/**
 * The latest period that has results, as latestResultPeriod finds it: rows without a Kontroll-id or with a
 * Period that is not a period do not count; each distinct Period cell is compared once.
 *
 * @param results - Kontrollutfall with its header row.
 * @param columns - Its columns (columnsOf).
 * @returns The period, or undefined when no result has one.
 */
export function latestPeriodOf(results: Range, columns: RangeColumns): Period | undefined {
  const idColumn = columns.kontrollId;
  if (idColumn === undefined) return undefined;
  const ids: CellValue[] = [];
  const periods: CellValue[] = [];
  for (let r = 1; r < results.length; r++) {
    ids.push(results[r][idColumn] ?? null);
    periods.push(cellAt(results[r], columns.period));
  }
  return latestPeriodOfCells(ids, periods);
}

/**
 * latestPeriodOf over a Kontroll-id and a Period column already read out, row by row.
 *
 * @param ids - The Kontroll-id cells.
 * @param periods - The Period cells of the same rows.
 * @returns The period, or undefined when no result has one.
 */
export function latestPeriodOfCells(ids: readonly CellValue[], periods: readonly CellValue[]): Period | undefined {
  const seen = new Set<CellValue>();
  let latest: Period | undefined;
  for (let i = 0; i < ids.length; i++) {
    if (!hasText(ids[i])) continue;
    const cell = periods[i];
    if (seen.has(cell)) continue;
    seen.add(cell);
    const p = parsePeriod(cell).value;
    if (p && (!latest || compareRounds(p.name, latest.name) > 0)) latest = p;
  }
  return latest;
}

/**
 * The reporting point a Period cell counts toward up to a period, or -1 when the result is of another year or
 * after the period: controlStatus's filter, per distinct cell.
 *
 * @param upTo - The period.
 * @param points - reportingPoints of upTo's year.
 * @returns A reader of Period cells.
 */
export function pointReader(upTo: Period, points: readonly ReportingPoint[]): (cell: CellValue) => number {
  const end = periodEnd(upTo, points);
  const known = new Map<CellValue, number>();
  return (cell) => {
    let at = known.get(cell);
    if (at === undefined) {
      const p = parsePeriod(cell).value;
      at = p && p.year === upTo.year && periodEnd(p, points) <= end ? pointOfPeriod(p, points)! : -1;
      known.set(cell, at);
    }
    return at;
  };
}

/**
 * A reader that adds a Kontrollutfall row to a control's tally, reading Genomförd, Antal avvikelser, Avvikelse,
 * Åtgärd and Åtgärdad as controlResultOf and hasDeviation do.
 *
 * @param columns - Kontrollutfall's columns (columnsOf).
 * @returns The reader: (tallies, control, point, row).
 */
export function resultReader(columns: RangeColumns): (tallies: ResultTallies, control: number, at: number, row: readonly CellValue[]) => void {
  const { genomford, antalAvvikelser, avvikelse, atgard, atgardad } = columns;
  // Antal avvikelser above 0 (hasDeviation); a number as typed ("2", "1,0") is parsed once per text.
  const positiveText = cellMemo((cell) => {
    const n = parseNumber(cell);
    return n !== null && n > 0;
  });
  const positive = (cell: CellValue): boolean => (typeof cell === 'number' ? Number.isFinite(cell) && cell > 0 : typeof cell === 'string' && positiveText(cell));
  const genomfordCell = cellMemo(genomfordOf);
  const grade = cellMemo(avvikelseOf);
  const answer = cellMemo(yesNo);
  return (tallies, control, at, row) => {
    const g = grade(cellAt(row, avvikelse));
    const deviation = positive(cellAt(row, antalAvvikelser)) || g === 'Mindre' || g === 'Väsentlig';
    const hasAtgard = hasText(cellAt(row, atgard));
    // Åtgärdad only counts for a result with a deviation or an åtgärd.
    addResult(tallies, control, at, genomfordCell(cellAt(row, genomford)), deviation, g, hasAtgard, deviation || hasAtgard ? answer(cellAt(row, atgardad)) : undefined);
  };
}
