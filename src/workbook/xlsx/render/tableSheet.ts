import type ExcelJS from 'exceljs';
import { LISTS, type CellValue, type ColumnSpec, type RegisterData, type TableSpec } from '../../../core';
import { levelColorRules } from '../../layout/conditionalFormats';
import { computedContext, computedValue, keepsTypedValue, type ComputedValue } from '../../layout/computedValues';
import { fileFormula } from '../../layout/fileFormula';
import type { UppsiktNames } from '../../layout/uppsiktNames';
import { argb } from './sheetText';
import { workingFooter } from '../../layout/printLayout';
import { fitRowHeights, setPage } from './pageSetup';
import { addDirectTable, DIRECT_ROWS_FROM, templateRows } from './directRows';

/** A table as written: its name and every column's values (what the matrix and summaries count). */
export interface WrittenTable {
  name: string;
  headerRow: number;
  values: ReadonlyMap<string, readonly CellValue[]>;
}

/** New rows typed under a table get its drop-downs too, this far down. */
export const VALIDATION_SPARE_ROWS = 500;

function validationFor(column: ColumnSpec, register: RegisterData, names: UppsiktNames): ExcelJS.DataValidation | undefined {
  const source = column.list;
  if (!source) return undefined;
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: column.help !== undefined, promptTitle: column.header, prompt: column.help, errorTitle: column.header };
  if (source.kind === 'list') {
    const list = LISTS.find((l) => l.key === source.list)!;
    return { ...common, type: 'list', formulae: [names.definedNames.get(list.name) ?? list.name], error: `Välj ett värde ur listan ${list.header} på Inställningar.`, errorStyle: 'warning' };
  }
  if (source.kind === 'levels') {
    const levels = (source.axis === 'likelihood' ? register.scale.likelihood : register.scale.consequence).labels.length;
    return { ...common, type: 'whole', operator: 'between', formulae: [1, levels], error: `Ange ett heltal 1–${levels} (skalan på Inställningar).`, errorStyle: 'stop' };
  }
  return { ...common, type: 'list', formulae: [`INDIRECT("${names.tables.get(source.table)}[Id]")`], error: 'Välj ett id som finns i tabellen.', errorStyle: 'warning' };
}

function cellValue(value: CellValue): ExcelJS.CellValue {
  // Strings are written as strings, never parsed: imported text that begins with "=" stays text.
  return value === undefined ? null : (value as ExcelJS.CellValue);
}

function formulaValue(formula: string, computed: ComputedValue): ExcelJS.CellValue {
  return { formula, result: computed as ExcelJS.CellFormulaValue['result'] } as ExcelJS.CellFormulaValue;
}

/**
 * One register table on its sheet: an Excel table at the schema's header row with the schema's columns, then
 * the user's own columns; computed columns as formulas with cached results; drop-downs; number formats;
 * risk-level colours; frozen header.
 */
export function renderTableSheet(worksheet: ExcelJS.Worksheet, spec: TableSpec, register: RegisterData, names: UppsiktNames, direct = false): WrittenTable {
  const table = register.tables[spec.name];
  const tableName = names.tables.get(spec.name)!;
  const extras = table?.extraHeaders ?? [];
  const headers = [...spec.columns.map((c) => c.header), ...extras];
  const context = computedContext(register);
  const rows = table?.rows ?? [];
  const values = new Map<string, CellValue[]>(spec.columns.map((c) => [c.key, []]));

  const body = rows.map((row) => [
    ...spec.columns.map((column) => {
      const typed = row.values[column.key] ?? null;
      if (column.kind !== 'computed' || !column.formula) {
        values.get(column.key)!.push(typed);
        return cellValue(typed);
      }
      const computed = computedValue(spec.name, column.key, row, register, context);
      if (keepsTypedValue(typed, computed)) {
        values.get(column.key)!.push(typed);
        return cellValue(typed);
      }
      values.get(column.key)!.push(typeof computed === 'object' ? null : computed);
      return formulaValue(fileFormula(column.formula, tableName, names), computed);
    }),
    ...extras.map((header) => cellValue(row.extra[header] ?? null)),
  ]);
  // An Excel table needs a data row; an empty one keeps its formulas so the first typed row computes.
  if (body.length === 0) {
    body.push([
      ...spec.columns.map((c) => (c.kind === 'computed' && c.formula ? formulaValue(fileFormula(c.formula, tableName, names), '') : null)),
      ...extras.map(() => null),
    ]);
  }

  const headerRow = spec.headerRow;
  // A big table's rows go straight to XML (directRows.ts); ExcelJS gets two template rows to style.
  const directBody = direct && body.length > DIRECT_ROWS_FROM;
  const lastBodyRow = headerRow + body.length;
  const lastRow = lastBodyRow + VALIDATION_SPARE_ROWS;
  spec.columns.forEach((column, c) => {
    const col = worksheet.getColumn(c + 1);
    col.width = column.width;
  });
  extras.forEach((_h, i) => (worksheet.getColumn(spec.columns.length + i + 1).width = 18));
  const templated = directBody ? templateRows(headers.length) : body;
  worksheet.addTable({
    name: tableName,
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((name) => ({ name, filterButton: true })),
    rows: templated,
  });

  spec.columns.forEach((column, c) => {
    // Rows typed below a directly written table take the column's format, as Excel applies it to new cells.
    // (On the column's style object itself, after the table: its setters, or cells made later, would also
    // restyle the title and header cells.)
    const style = worksheet.getColumn(c + 1).style;
    if (directBody && column.numberFormat) style.numFmt = column.numberFormat;
    if (directBody && column.kind === 'longText') style.alignment = { wrapText: true, vertical: 'top' };
    // One drop-down per column range, not one per cell: ExcelJS compares every cell's with its neighbours'.
    const validation = validationFor(column, register, names);
    const letter = worksheet.getColumn(c + 1).letter;
    if (validation) (worksheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}${headerRow + 1}:${letter}${lastRow}`, validation);
    if (!column.numberFormat && column.kind !== 'longText') return;
    const styledTo = directBody ? headerRow + templated.length : lastRow;
    for (let r = headerRow + 1; r <= styledTo; r++) {
      const cell = worksheet.getCell(r, c + 1);
      if (column.numberFormat) cell.numFmt = column.numberFormat;
      if (column.kind === 'longText') cell.alignment = { wrapText: true, vertical: 'top' };
    }
  });

  const levelIndex = spec.columns.findIndex((c) => c.key === 'riskniva');
  if (levelIndex >= 0) {
    const letter = worksheet.getColumn(levelIndex + 1).letter;
    worksheet.addConditionalFormatting({
      ref: `${letter}${headerRow + 1}:${letter}${lastRow}`,
      rules: levelColorRules(register.scale.bands).map((rule, priority) => ({
        type: 'cellIs',
        operator: 'equal',
        priority: priority + 1,
        formulae: [`"${rule.text.replace(/"/g, '""')}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } }, font: { color: { argb: argb(rule.font) } } },
      })),
    });
  }
  worksheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  // Print: numbers right-aligned under right-aligned headers, wrapped rows tall enough, A4 fitted to width.
  spec.columns.forEach((column, c) => {
    const numeric = column.kind === 'level' || column.kind === 'integer' || column.numberFormat === '0';
    const header = worksheet.getCell(headerRow, c + 1);
    header.alignment = { horizontal: numeric ? 'right' : 'left', vertical: 'bottom', wrapText: true };
    // Every cell top-aligned, so a row whose description wraps still reads as one line across.
    for (let r = headerRow + 1; r <= headerRow + templated.length; r++) {
      const cell = worksheet.getCell(r, c + 1);
      cell.alignment = { ...cell.alignment, vertical: 'top', ...(numeric ? { horizontal: 'right' as const } : {}) };
    }
  });
  const wrapped = spec.columns.map((column, c) => (column.kind === 'longText' ? c + 1 : 0)).filter((c) => c > 0);
  if (directBody) {
    const widths = wrapped.map((c) => worksheet.getColumn(c).width ?? 9);
    addDirectTable(worksheet.workbook, { sheetName: worksheet.name, tableName, headerRow, body, wrapped, widths, points: 11 });
  } else {
    fitRowHeights(worksheet, headerRow + 1, lastBodyRow, wrapped, 11);
  }
  setPage(worksheet, { lastRow: lastBodyRow, lastColumn: headers.length, titleRow: headerRow, footer: workingFooter(register.lists.namnder), points: 11 });
  return { name: tableName, headerRow, values: values as ReadonlyMap<string, readonly CellValue[]> };
}
