import type { CellValue, SheetSnapshot } from '../../../core';
import { decodeRef, excelDate, numberOf } from './cellText';
import { slideFormula } from './slideFormula';
import { ownText } from './ownText';
import { unescapeText, type WorkbookParts } from './workbookParts';
import { PackageLimitError } from './packageLimits';
import { fillRows, settleRow } from './sheetRows';
import type { ZipPackage } from './zipPackage';

/*
 * One worksheet part streamed into a SheetSnapshot: the rows the sheet uses, each from column A to its
 * last cell with blanks as null, and no row at all (a hole) where the sheet has none, so one value at
 * XFD1048576 costs one row and not a padded 1,048,576 × 16,384 grid; formulas beside their cached results. What counts as used, and what a cell's value is, follows
 * what ExcelJS's full load gave (the snapshot must not change with the reader):
 * - a row is used when it has a cell with a value or formula (a styled empty cell alone does not count),
 *   and it reaches to its furthest cell, styled or not;
 * - numbers in a date-formatted style (not style 0) are Dates, also as formula results;
 * - errors are their code as text ("#N/A"), rich text its runs joined, booleans true/false;
 * - a shared formula's other cells get the master's formula moved to them;
 * - every cell of a merged range shows the top-left cell's value (and formula).
 * Where ExcelJS was plainly wrong, this reader is not: text formula results are not decoded twice, a
 * text or boolean result in a date style is not turned into an invalid Date, "_xHHHH_" escapes are
 * undone in inline strings too, and ISO dates (t="d") are Dates.
 */

export interface SheetRead {
  readonly sheet: SheetSnapshot;
  /** Relationship ids of the sheet's table parts, in order. */
  readonly tableParts: readonly string[];
}

const enum Capture {
  None,
  Value,
  Formula,
  Text,
}

/** How often (in rows) a read reports its progress. */
const PROGRESS_ROWS = 25_000;

/** Cells a read may still hold, shared by every sheet of one package (PackageLimits.cells). */
export interface CellBudget {
  left: number;
}

/** Reads one worksheet part. */
export async function readSheetXml(
  pkg: ZipPackage,
  name: string,
  path: string,
  parts: WorkbookParts,
  onProgress?: (sheet: string, rows: number) => void,
  budget: CellBudget = { left: pkg.limits.cells },
): Promise<SheetRead> {
  const { sharedStrings, dateStyles, date1904 } = parts;
  const values: (CellValue[] | undefined)[] = [];
  const formulas: ((string | null)[] | undefined)[] = [];
  const tableParts: string[] = [];
  const merges: string[] = [];
  const shared = new Map<string, { formula: string; row: number; column: number }>();
  let height = 0;
  /** Per used row (0-based), how far it reaches. */
  const widths = new Map<number, number>();

  // The current row.
  let rowNumber = 0;
  let nextColumn = 0;
  let rowWidth = 0;
  let rowUsed = false;
  // The current cell.
  let inCell = false;
  let row = 0;
  let column = 0;
  let type = '';
  let style = 0;
  let hasStyle = false;
  let text: string | undefined;
  let formula: string | undefined;
  let formulaShare: { type?: string; si?: string; ref?: string } | undefined;
  let capture = Capture.None;
  let inInline = false;
  let phonetic = 0;

  const refuse = () => new PackageLimitError('cells', path, pkg.limits.cells, name);
  const endRow = () => {
    if (!rowUsed) return;
    height = Math.max(height, rowNumber);
    const before = widths.get(rowNumber - 1) ?? 0;
    if (rowWidth > before) {
      widths.set(rowNumber - 1, rowWidth);
      budget.left -= rowWidth - before;
      if (budget.left < 0) throw refuse();
    }
    settleRow(values, rowNumber - 1, Math.max(rowWidth, before));
    settleRow(formulas, rowNumber - 1, Math.max(rowWidth, before));
  };

  const store = (value: CellValue, formulaText: string | null) => {
    const r = row - 1;
    (values[r] ??= [])[column] = value;
    if (formulaText !== null) (formulas[r] ??= [])[column] = formulaText;
  };

  const endCell = () => {
    inCell = false;
    rowWidth = Math.max(rowWidth, column + 1);
    const isDate = hasStyle && style !== 0 && dateStyles[style] === true;
    if (formula !== undefined || formulaShare !== undefined) {
      rowUsed = true;
      let formulaText: string | null = formula ?? null;
      if (formulaShare?.type === 'shared' && formulaShare.si !== undefined) {
        if (formulaShare.ref !== undefined && formula !== undefined) shared.set(formulaShare.si, { formula, row, column });
        else {
          const master = shared.get(formulaShare.si);
          formulaText = master ? slideFormula(master.formula, { row: master.row, column: master.column + 1 }, { row, column: column + 1 }) : null;
        }
      }
      let result: CellValue = null;
      if (text !== undefined) {
        if (type === 'str') result = ownText(text);
        else if (type === 'b') result = parseInt(text, 10) !== 0;
        else if (type === 'e') result = ownText(text);
        else {
          const n = numberOf(text);
          result = isDate && typeof n === 'number' ? excelDate(n, date1904) : n;
        }
      }
      store(result, formulaText === null ? null : ownText(formulaText));
      return;
    }
    if (text === undefined) {
      // A cell element with neither value nor style: ExcelJS counted it as used (a merge placeholder).
      if (!hasStyle) rowUsed = true;
      return;
    }
    rowUsed = true;
    let value: CellValue;
    switch (type) {
      case 's':
        value = sharedStrings[parseInt(text, 10)] ?? null;
        break;
      case 'str':
      case 'e':
        value = ownText(text);
        break;
      case 'inlineStr':
        value = unescapeText(ownText(text));
        break;
      case 'b':
        value = parseInt(text, 10) !== 0;
        break;
      case 'd': {
        const date = new Date(text);
        value = Number.isNaN(date.getTime()) ? text : date;
        break;
      }
      default: {
        const n = numberOf(text);
        value = isDate && typeof n === 'number' ? excelDate(n, date1904) : n;
      }
    }
    store(value, null);
  };

  await parseOnSheet(pkg, path, name, {
    open(tag, a) {
      switch (tag) {
        case 'row':
          endRow();
          rowNumber = a.r !== undefined ? parseInt(a.r, 10) : rowNumber + 1;
          if (onProgress && rowNumber % PROGRESS_ROWS === 0) onProgress(name, rowNumber);
          nextColumn = 0;
          rowWidth = 0;
          rowUsed = false;
          return;
        case 'c': {
          inCell = true;
          const at = a.r !== undefined ? decodeRef(a.r) : undefined;
          row = at?.row ?? rowNumber;
          column = at?.column ?? nextColumn;
          nextColumn = column + 1;
          type = a.t ?? 'n';
          hasStyle = a.s !== undefined;
          style = hasStyle ? parseInt(a.s, 10) : 0;
          text = formula = formulaShare = undefined;
          capture = Capture.None;
          inInline = false;
          phonetic = 0;
          return;
        }
        case 'v':
          if (inCell) capture = Capture.Value;
          return;
        case 'f':
          if (!inCell) return;
          capture = Capture.Formula;
          if (a.t !== undefined || a.si !== undefined || a.ref !== undefined) formulaShare = { type: a.t, si: a.si, ref: a.ref };
          return;
        case 'is':
          if (inCell) inInline = true;
          return;
        case 'rPh':
          phonetic++;
          return;
        case 't':
          if (inInline && phonetic === 0) capture = Capture.Text;
          return;
        case 'mergeCell':
          if (a.ref) merges.push(a.ref);
          return;
        case 'tablePart': {
          const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
          if (id) tableParts.push(id);
          return;
        }
      }
    },
    text(t) {
      if (capture === Capture.Value || capture === Capture.Text) text = text === undefined ? t : text + t;
      else if (capture === Capture.Formula) formula = formula === undefined ? t : formula + t;
    },
    close(tag) {
      switch (tag) {
        case 'v':
        case 'f':
        case 't':
          capture = Capture.None;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'is':
          inInline = false;
          return;
        case 'c':
          if (inCell) endCell();
          return;
        case 'row':
          endRow();
          rowUsed = false;
          return;
      }
    },
  });
  endRow();

  for (const ref of merges) {
    const [start, end = start] = ref.split(':');
    const from = decodeRef(start);
    const to = decodeRef(end);
    if (!from || !to) continue;
    const area = (to.row - from.row + 1) * (to.column - from.column + 1);
    if (area > 1_000_000) continue;
    budget.left -= area;
    if (budget.left < 0) throw refuse();
    const master = values[from.row - 1]?.[from.column] ?? null;
    const masterFormula = formulas[from.row - 1]?.[from.column] ?? null;
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.column; c <= to.column; c++) {
        if (r === from.row && c === from.column) continue;
        (values[r - 1] ??= [])[c] = master;
        if (masterFormula !== null) (formulas[r - 1] ??= [])[c] = masterFormula;
        else if (formulas[r - 1]?.[c] != null) formulas[r - 1]![c] = null;
      }
      widths.set(r - 1, Math.max(widths.get(r - 1) ?? 0, to.column + 1));
    }
    height = Math.max(height, to.row);
  }

  let hasFormulas = false;
  formulas.forEach((cells, r) => (hasFormulas ||= r < height && cells?.some((f) => f != null) === true));
  const sheet: SheetSnapshot = { name, values: fillRows(values, widths, height, true) };
  return { sheet: hasFormulas ? { ...sheet, formulas: fillRows(formulas, widths, height, false) } : sheet, tableParts };
}

/** Parses a sheet's part; a limit reached there names the sheet. */
async function parseOnSheet(pkg: ZipPackage, path: string, sheet: string, handlers: Parameters<ZipPackage['parse']>[1]): Promise<void> {
  try {
    await pkg.parse(path, handlers);
  } catch (error) {
    throw error instanceof PackageLimitError ? error.onSheet(sheet) : error;
  }
}
