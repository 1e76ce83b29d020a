import type { CellValue } from '../cell/CellValue';
import { idKey } from '../register/latestVerdicts';
import type { Period } from './parsePeriod';
import type { Range, RangeColumns } from './rangeColumns';
import { latestPeriodOfCells } from './rangeResults';

/*
 * A column of =IK.KONTROLLÄGE passes the same Kontrollutfall to each of its thousands of formulas, and each
 * formula would read every result for its own id. So the Kontroll-id and Period cells of the last range are
 * kept as copies; a call whose range holds the same cells, compared one by one with === (no dearer than the
 * scan it replaces, and any edit shows), reuses the rows per id and the latest period worked out once for
 * them. A range with other cells is scanned as before and becomes the one kept.
 */

interface Kept {
  readonly idColumn: number;
  readonly periodColumn: number | undefined;
  /** Row r's Kontroll-id and Period cells at r - 1, as they are (undefined beyond a short row). */
  readonly ids: CellValue[];
  readonly periods: CellValue[];
  /** Row numbers per id (idKey), made on the first call that finds the same cells. */
  rowsByKey?: Map<string, number[]>;
  /** The latest period (latestPeriodOf), made on the first call without a period; null when none. */
  latest?: Period | null;
}

let kept: Kept | undefined;

/** Whether the range holds the kept cells: Kontroll-id always, Period too when the latest period is asked for. */
function holdsKept(k: Kept, results: Range, columns: RangeColumns, withPeriods: boolean): boolean {
  const n = results.length;
  if (k.idColumn !== columns.kontrollId || k.periodColumn !== columns.period || k.ids.length !== n - 1) return false;
  // Each cell read before it is compared, and no blank turned into null: the loop is the whole cost of a formula.
  const idColumn = k.idColumn;
  const periodColumn = k.periodColumn;
  const ids = k.ids;
  const periods = k.periods;
  if (withPeriods && periodColumn !== undefined) {
    for (let r = 1; r < n; r++) {
      const row = results[r];
      const id = row[idColumn];
      const period = row[periodColumn];
      if (id !== ids[r - 1] || period !== periods[r - 1]) return false;
    }
  } else {
    for (let r = 1; r < n; r++) if (results[r][idColumn] !== ids[r - 1]) return false;
  }
  return true;
}

function rowsByKeyOf(ids: readonly CellValue[]): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  // Each id is written once per occasion: each written form is keyed once.
  const keyOf = new Map<CellValue, string>();
  for (let i = 0; i < ids.length; i++) {
    const cell = ids[i];
    let key = keyOf.get(cell);
    if (key === undefined) keyOf.set(cell, (key = idKey(cell)));
    if (key === '') continue;
    const list = rows.get(key);
    if (list) list.push(i + 1);
    else rows.set(key, [i + 1]);
  }
  return rows;
}

/**
 * The rows of one control in Kontrollutfall, and the latest period any result has when asked for, for
 * controlStatusOfRange.
 *
 * @param results - Kontrollutfall with its header row (must have a Kontroll-id column).
 * @param columns - Its columns (columnsOf).
 * @param key - The control's idKey.
 * @param isMine - Whether a Kontroll-id cell is the control's: used when the range is not the kept one.
 * @param withLatest - Whether the latest period is wanted (the formula was given none).
 * @returns The control's row numbers, ascending, and the latest period (undefined when none or not asked).
 */
export function controlRows(
  results: Range,
  columns: RangeColumns & { readonly kontrollId: number },
  key: string,
  isMine: (cell: CellValue) => boolean,
  withLatest: boolean,
): { rows: readonly number[]; latest?: Period } {
  const k = kept;
  if (k && holdsKept(k, results, columns, withLatest)) {
    k.rowsByKey ??= rowsByKeyOf(k.ids);
    if (withLatest && k.latest === undefined) k.latest = latestPeriodOfCells(k.ids, k.periods) ?? null;
    return { rows: k.rowsByKey.get(key) ?? [], latest: withLatest ? (k.latest ?? undefined) : undefined };
  }
  const idColumn = columns.kontrollId;
  const periodColumn = columns.period;
  // Cells as they are (a short row's missing cell as undefined), pushed so the copies stay packed arrays.
  const ids: CellValue[] = [];
  const periods: CellValue[] = [];
  const rows: number[] = [];
  for (let r = 1; r < results.length; r++) {
    const row = results[r];
    const id = row[idColumn];
    ids.push(id);
    periods.push(periodColumn === undefined ? null : row[periodColumn]);
    if (isMine(id ?? null)) rows.push(r);
  }
  const next: Kept = { idColumn, periodColumn, ids, periods };
  if (withLatest) next.latest = latestPeriodOfCells(ids, periods) ?? null;
  kept = next;
  return { rows, latest: next.latest ?? undefined };
}
