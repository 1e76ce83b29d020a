import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import type { Checked } from '../issues/Issue';
import { idKey } from '../register/latestVerdicts';
import type { ControlStatus } from './controlStatus';
import { newTallies, statusFigures } from './resultTally';
import { dueOccasions } from './dueOccasions';
import { parsePeriod, type Period } from './parsePeriod';
import { periodEnd } from './periodEnd';
import { columnsOf, pointNames, pointsOfYear, type Range } from './rangeColumns';
import { pointReader, resultReader } from './rangeResults';
import { controlRows } from './resultIndex';

/** A control's status as the functions return it: controlStatus's, without its results and row. */
export type RangeStatus = Omit<ControlStatus, 'results' | 'row'>;

/*
 * idKey(cell) === key without building a string per row, for a range controlRows has not kept: the first
 * formula of a column, or any formula after an edit, compares every result row. A cell that is the id as typed matches; an ASCII cell without
 * surrounding space is compared on char codes, lower-cased as idKey lower-cases it; anything else (spaces or
 * non-ASCII at an end, a non-ASCII char before the first difference, a number) goes through idKey. Lower case
 * only ever lengthens a text ("İ" → "i̇"), so a cell of another length can match only a key holding U+0307.
 */
function idMatcher(id: string, key: string): (cell: CellValue) => boolean {
  const n = key.length;
  const keyFirst = key.charCodeAt(0);
  const keyLast = key.charCodeAt(n - 1);
  const canGrow = key.includes('\u0307');
  const asNumber = Number(key);
  const numeric = key !== '' && String(asNumber) === key;
  return (cell) => {
    if (cell === id) return true;
    if (typeof cell !== 'string') {
      if (typeof cell === 'number' && numeric) return cell === asNumber;
      return idKey(cell ?? null) === key;
    }
    const length = cell.length;
    if (length === 0) return false;
    const first = cell.charCodeAt(0);
    const last = cell.charCodeAt(length - 1);
    if (first <= 32 || first >= 128 || last <= 32 || last >= 128) return idKey(cell) === key;
    if (length !== n) return canGrow && idKey(cell) === key;
    // Ids of one length mostly differ at an end ("K1203", "K1204"): both ends are ASCII here, so compare them first.
    if ((last >= 65 && last <= 90 ? last + 32 : last) !== keyLast || (first >= 65 && first <= 90 ? first + 32 : first) !== keyFirst) return false;
    for (let i = 1; i < length - 1; i++) {
      const c = cell.charCodeAt(i);
      if (c >= 128) return idKey(cell) === key;
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== key.charCodeAt(i)) return false;
    }
    return true;
  };
}

/**
 * One control's status from its own cells and the results range, for =IK.KONTROLLÄGE and =IK.TILLFÄLLEN on
 * each row of Kontroller: only the rows with the control's id are read (controlRows, which a column of these
 * formulas over one range finds once), decided by the rules controlStatus uses (decideTally).
 *
 * @param id - The control's Id.
 * @param frekvens - Its Frekvens.
 * @param tidpunkt - Its Tidpunkt.
 * @param results - Kontrollutfall with its header row.
 * @param period - The period; blank for the latest period any result has.
 * @param points - The reporting points; empty for T1–T3.
 * @returns The status (undefined when the id is blank), or the period's issue.
 * @example
 * controlStatusOfRange('K1', 'Årligen', '', [['Kontroll-id', 'Period', 'Genomförd'], ['K1', 'T3 2026', 'Ja']], '').value?.lage //=> 'Genomförd'
 */
export function controlStatusOfRange(
  id: CellValue,
  frekvens: CellValue,
  tidpunkt: CellValue,
  results: Range,
  period: CellValue,
  points?: readonly CellValue[],
): Checked<RangeStatus | undefined> {
  const key = idKey(id ?? null);
  if (key === '') return { value: undefined, issues: [] };
  const idText = String(id).trim();
  const columns = columnsOf(results, 'Kontrollutfall');
  const idColumn = columns.kontrollId;
  // Without a period (the sheet's own formula) the latest is found with the control's rows.
  const withLatest = isBlank(period);
  let upTo: Period | undefined;
  if (!withLatest) {
    const parsed = parsePeriod(period);
    if (!parsed.value) return { issues: parsed.issues };
    upTo = parsed.value;
  }
  const mine = idColumn === undefined ? undefined : controlRows(results, { ...columns, kontrollId: idColumn }, key, idMatcher(idText, key), withLatest);
  if (withLatest) upTo = mine?.latest;
  const pointList = upTo ? pointsOfYear(pointNames(points), upTo.year) : [];
  const tally = newTallies(1, pointList.length);
  if (upTo && mine) {
    const pointOf = pointReader(upTo, pointList);
    const add = resultReader(columns);
    const periodColumn = columns.period;
    for (const r of mine.rows) {
      const row = results[r];
      const at = pointOf(periodColumn === undefined ? null : (row[periodColumn] ?? null));
      if (at >= 0) add(tally, 0, at, row);
    }
  }
  const end = upTo ? periodEnd(upTo, pointList) : 0;
  const dueAt = upTo ? dueOccasions(frekvens, tidpunkt, pointList).filter((i) => pointList[i].end <= end) : [];
  return {
    value: {
      id: idText,
      namnd: '',
      ...statusFigures(tally, 0, dueAt, pointList),
    },
    issues: [],
  };
}
