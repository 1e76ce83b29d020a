import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core';

/**
 * An ExcelJS cell value as the core's plain CellValue: formulas give their cached result, rich text and
 * hyperlinks their text, Excel errors their code as text ("#N/A") so checks can name them.
 */
export function cellValueFromExcelJs(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    return typeof result === 'object' && !(result instanceof Date) ? (result as ExcelJS.CellErrorValue).error : result;
  }
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellValueFromExcelJs(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

/** The formula text of an ExcelJS cell value (without "="), or null. */
export function formulaFromExcelJs(cell: ExcelJS.Cell): string | null {
  const value = cell.value;
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  if ('formula' in value && typeof value.formula === 'string') return value.formula;
  if ('sharedFormula' in value) return cell.formula ?? null;
  return null;
}
