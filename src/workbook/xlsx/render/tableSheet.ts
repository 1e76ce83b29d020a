import type ExcelJS from 'exceljs';
import type { CellValue, RegisterData, TableSpec } from '../../../core';
import { computedContext, computedValue, keepsTypedValue, type ComputedValue } from '../../layout/computedValues';
import { fileFormula } from '../../layout/fileFormula';
import type { UppsiktNames } from '../../layout/uppsiktNames';
import { tableLayout } from '../../layout/tableLayout';
import type { ValidationPlan } from '../../layout/validationPlan';
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

/** A drop-down plan (layout/validationPlan) as ExcelJS writes it. */
function validationOf(plan: ValidationPlan): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, showInputMessage: plan.prompt !== undefined, promptTitle: plan.title, prompt: plan.prompt, errorTitle: plan.title };
  const rule =
    plan.kind === 'wholeNumber' ? { type: 'whole' as const, operator: 'between' as const, formulae: [plan.min, plan.max] } : { type: 'list' as const, formulae: [plan.source] };
  return { ...common, ...rule, error: plan.message, errorStyle: plan.style };
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
    body.push([...spec.columns.map((c) => (c.kind === 'computed' && c.formula ? formulaValue(fileFormula(c.formula, tableName, names), '') : null)), ...extras.map(() => null)]);
  }

  const headerRow = spec.headerRow;
  // A big table's rows go straight to XML (directRows.ts); ExcelJS gets two template rows to style.
  const directBody = direct && body.length > DIRECT_ROWS_FROM;
  const lastBodyRow = headerRow + body.length;
  const layout = tableLayout(spec, register, names, body.length);
  // 1-based, as ExcelJS counts: the rows that get the drop-downs, formats and colours.
  const [firstRow, lastRow] = [layout.firstRow + 1, layout.lastRow + 1];
  layout.columns.forEach((column, c) => {
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

  layout.columns.forEach((column, c) => {
    // Rows typed below a directly written table take the column's format, as Excel applies it to new cells.
    // (On the column's style object itself, after the table: its setters, or cells made later, would also
    // restyle the title and header cells.)
    const style = worksheet.getColumn(c + 1).style;
    if (directBody && column.numberFormat) style.numFmt = column.numberFormat;
    if (directBody && column.wrap) style.alignment = { wrapText: true, vertical: 'top' };
    // One drop-down per column range, not one per cell: ExcelJS compares every cell's with its neighbours'.
    const letter = worksheet.getColumn(c + 1).letter;
    if (column.validation)
      (worksheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(
        `${letter}${firstRow}:${letter}${lastRow}`,
        validationOf(column.validation),
      );
    if (!column.numberFormat && !column.wrap) return;
    const styledTo = directBody ? headerRow + templated.length : lastRow;
    for (let r = firstRow; r <= styledTo; r++) {
      const cell = worksheet.getCell(r, c + 1);
      if (column.numberFormat) cell.numFmt = column.numberFormat;
      if (column.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
    }
  });

  layout.columns.forEach((column, c) => {
    if (!column.levelColors) return;
    const letter = worksheet.getColumn(c + 1).letter;
    worksheet.addConditionalFormatting({
      ref: `${letter}${firstRow}:${letter}${lastRow}`,
      rules: column.levelColors.map((rule, priority) => ({
        type: 'cellIs',
        operator: 'equal',
        priority: priority + 1,
        formulae: [rule.literal],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } }, font: { color: { argb: argb(rule.font) } } },
      })),
    });
  });
  worksheet.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  // Print: numbers right-aligned under right-aligned headers, wrapped rows tall enough, A4 fitted to width.
  layout.columns.forEach(({ numeric }, c) => {
    const header = worksheet.getCell(headerRow, c + 1);
    header.alignment = { horizontal: numeric ? 'right' : 'left', vertical: 'bottom', wrapText: true };
    // Every cell top-aligned, so a row whose description wraps still reads as one line across.
    for (let r = headerRow + 1; r <= headerRow + templated.length; r++) {
      const cell = worksheet.getCell(r, c + 1);
      cell.alignment = { ...cell.alignment, vertical: 'top', ...(numeric ? { horizontal: 'right' as const } : {}) };
    }
  });
  const wrapped = layout.columns.map((column, c) => (column.wrap ? c + 1 : 0)).filter((c) => c > 0);
  if (directBody) {
    const widths = wrapped.map((c) => worksheet.getColumn(c).width ?? 9);
    addDirectTable(worksheet.workbook, { sheetName: worksheet.name, tableName, headerRow, body, wrapped, widths, points: 11 });
  } else {
    fitRowHeights(worksheet, headerRow + 1, lastBodyRow, wrapped, 11);
  }
  setPage(worksheet, { lastRow: lastBodyRow, lastColumn: headers.length, titleRow: headerRow, footer: workingFooter(register.lists.namnder), points: 11 });
  return { name: tableName, headerRow, values: values as ReadonlyMap<string, readonly CellValue[]> };
}
