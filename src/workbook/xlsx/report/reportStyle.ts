import type ExcelJS from 'exceljs';
import { isoFromSerial, textColorOn, type CellValue } from '../../../core';
import { pageFooter } from '../../layout/printLayout';
import type { ReportModel } from '../../../usecases/report/ReportModel';
import { reportSheetMessagesSv as M } from './messages.sv';

/*
 * The report's look, in one place: 10 pt body type (never under 8 pt on paper, see setPage), bold headers on
 * a light fill with black text (contrast 15:1), thin borders, numbers right-aligned under right-aligned
 * headers, risk levels in the scale's colours with the level's name written in the cell.
 */
export const BODY_POINTS = 10;
/** A wrapped column grows to its longest word up to this width; a longer word (a URL) still breaks inside. */
export const MAX_WORD_WIDTH = 26;
const FONT = 'Calibri';
const HEADER_FILL = '#DDEBF7';
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FF808080' } },
  left: { style: 'thin', color: { argb: 'FF808080' } },
  bottom: { style: 'thin', color: { argb: 'FF808080' } },
  right: { style: 'thin', color: { argb: 'FF808080' } },
};

export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

export function font(more: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT, size: BODY_POINTS, ...more };
}

/** An Excel date for a serial (ExcelJS writes Date values as dates). */
export function dateOf(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
}

/** A register value as a report cell: dates stay dates, everything else as typed. */
export function valueOf(value: CellValue): ExcelJS.CellValue {
  return value === undefined ? null : (value as ExcelJS.CellValue);
}

/** The sheet's title (A1) and what it covers (A2). */
export function writeHeading(worksheet: ExcelJS.Worksheet, title: string, subtitle: string): void {
  const a1 = worksheet.getCell('A1');
  a1.value = title;
  a1.font = font({ bold: true, size: 14, color: { argb: 'FF1F4E79' } });
  const a2 = worksheet.getCell('A2');
  a2.value = subtitle;
  a2.font = font({ italic: true });
}

/** What every page says about the report: "Socialnämnden · per 2026-11-22 · omgång 2024". */
export function scopeLine(model: ReportModel): string {
  return [model.scope, M.scopePer(isoFromSerial(model.per)), model.omgang ? M.scopeRound(model.omgang) : ''].filter((s) => s !== '').join(' · ');
}

export function footerOf(model: ReportModel): string {
  return pageFooter(model.scope, isoFromSerial(model.per));
}

export interface ColumnDef {
  header: string;
  width: number;
  /** Numbers (and "–" for zero): right-aligned, header too. */
  numeric?: boolean;
  wrap?: boolean;
  numFmt?: string;
}

/** A bold header row on a light fill, wrapped, numeric headers right-aligned over their numbers. */
export function writeHeaderRow(worksheet: ExcelJS.Worksheet, row: number, columns: readonly ColumnDef[], left = 1): void {
  columns.forEach((column, i) => {
    const cell = worksheet.getCell(row, left + i);
    cell.value = column.header;
    styleHeader(cell, column.numeric ?? false);
  });
}

export function styleHeader(cell: ExcelJS.Cell, numeric: boolean): void {
  cell.font = font({ bold: true, color: { argb: argb(textColorOn(HEADER_FILL)) } });
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_FILL) } };
  cell.border = BORDER;
  cell.alignment = { horizontal: numeric ? 'right' : 'left', vertical: 'bottom', wrapText: true };
}

/** A body cell: bordered, wrapped where the column wraps, numbers right-aligned. */
export function styleBody(cell: ExcelJS.Cell, column: ColumnDef, bold = false): void {
  cell.font = font(bold ? { bold: true } : {});
  cell.border = BORDER;
  cell.alignment = { horizontal: column.numeric ? 'right' : 'left', vertical: 'top', wrapText: column.wrap ?? false };
  if (column.numFmt) cell.numFmt = column.numFmt;
}

/** A cell in a risk level's colour, its text in the contrasting colour. */
export function styleLevel(cell: ExcelJS.Cell, color: string, bold = false): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
  cell.font = font({ bold, color: { argb: argb(textColorOn(color)) } });
}

/** A block title above a table. */
export function writeLabel(worksheet: ExcelJS.Worksheet, row: number, text: string): void {
  const cell = worksheet.getCell(row, 1);
  cell.value = text;
  cell.font = font({ bold: true, size: 12, color: { argb: 'FF1F4E79' } });
}

/** A count as the auditors print it: "–" for zero. */
export function countCell(n: number): string | number {
  return n === 0 ? '–' : n;
}
