import { PLAN_LABELS, quoteSheetName, SCALE_NAME, SCHEMA_VERSION, uppsiktSchema, VERSION_NAME, type RegisterData, type TableSpec } from '../../core';
import { computedContext, computedValue, keepsTypedValue } from '../layout/computedValues';
import { typedFormula } from '../layout/fileFormula';
import { LIST_HEADER_ROW, listPlacements, PLAN_LABEL_COLUMNS, scalePlacement, VERSION_ROW, type ListPlacement } from '../layout/settingsLayout';
import type { UppsiktNames } from '../layout/uppsiktNames';
import { planFor, type ExistingWorkbook } from '../layout/structurePlan';
import { tableLayout } from '../layout/tableLayout';
import type { ValidationPlan } from '../layout/validationPlan';
import { matrixLayout } from '../layout/matrixLayout';
import { summaryLayout, SUMMARY_SPILL_COLUMNS, SUMMARY_TOP } from '../layout/summaryLayout';
import { layoutMessagesSv } from '../layout/messages.sv';

export { namesIn, planFor, type ExistingWorkbook } from '../layout/structurePlan';
import { rangeAddress } from './a1';
import { writeChunks } from './chunks';
import { safeCellValue } from './safeText';
import type { Sync } from './readWorkbook';

/** Reads what createStructure must not clash with: one sync. */
export async function readExisting(context: Excel.RequestContext, sync: Sync): Promise<ExistingWorkbook> {
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name,items/columns/items/name');
  const names = context.workbook.names.load('items/name');
  const version = context.workbook.names.getItemOrNullObject(VERSION_NAME).getRangeOrNullObject().load('values');
  await sync();
  const v = version.isNullObject ? undefined : Number(version.values?.[0]?.[0]);
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name, columns: t.columns.items.map((c) => c.name) })),
    names: names.items.map((n) => n.name),
    ...(v !== undefined && Number.isFinite(v) ? { version: v } : {}),
  };
}

const points = (chars: number) => Math.round(chars * 7 + 5);

function title(ws: Excel.Worksheet, text: string, description: string): void {
  const a1 = ws.getRange('A1');
  a1.values = [[text]];
  a1.format.font.bold = true;
  a1.format.font.size = 14;
  a1.format.font.color = '#1F4E79';
  const a2 = ws.getRange('A2');
  a2.values = [[description]];
  a2.format.font.italic = true;
}

/** A drop-down plan (layout/validationPlan) as Office.js sets it on a range. */
function applyValidation(range: Excel.Range, plan: ValidationPlan): void {
  range.dataValidation.rule =
    plan.kind === 'wholeNumber' ? { wholeNumber: { formula1: plan.min, formula2: plan.max, operator: 'Between' } } : { list: { inCellDropDown: true, source: `=${plan.source}` } };
  range.dataValidation.errorAlert = { showAlert: true, style: plan.style === 'stop' ? 'Stop' : 'Warning', title: plan.title, message: plan.message };
  if (plan.prompt !== undefined) range.dataValidation.prompt = { showPrompt: true, title: plan.title, message: plan.prompt };
}

/** The rows of one table as formulas-or-values, typed text protected (see safeCellValue). */
function tableBody(spec: TableSpec, register: RegisterData, names: UppsiktNames): (string | number | boolean)[][] {
  const table = register.tables[spec.name];
  const extras = table?.extraHeaders ?? [];
  const context = computedContext(register);
  const rows = (table?.rows ?? []).map((row) => [
    ...spec.columns.map((column) => {
      const typed = row.values[column.key] ?? null;
      if (column.kind !== 'computed' || !column.formula) return safeCellValue(typed);
      if (keepsTypedValue(typed, computedValue(spec.name, column.key, row, register, context))) return safeCellValue(typed);
      return typedFormula(column.formula, names);
    }),
    ...extras.map((h) => safeCellValue(row.extra[h] ?? null)),
  ]);
  if (rows.length === 0) rows.push([...spec.columns.map((c) => (c.kind === 'computed' && c.formula ? typedFormula(c.formula, names) : '')), ...extras.map(() => '')]);
  return rows;
}

/** Queues one table sheet; returns the rows still to write after the first chunk. */
function queueTable(ws: Excel.Worksheet, spec: TableSpec, register: RegisterData, names: UppsiktNames): { table: Excel.Table; rest: (string | number | boolean)[][] } {
  const headers = [...spec.columns.map((c) => c.header), ...(register.tables[spec.name]?.extraHeaders ?? [])];
  const body = tableBody(spec, register, names);
  const [first] = writeChunks(body);
  const firstRows = body.slice(first[0], first[1]);
  const top = spec.headerRow - 1;
  const range = ws.getRange(rangeAddress(top, 0, 1 + firstRows.length, headers.length));
  range.formulas = [headers, ...firstRows];
  const table = ws.tables.add(range, true);
  table.name = names.tables.get(spec.name)!;
  table.style = 'TableStyleMedium2';

  const layout = tableLayout(spec, register, names, body.length);
  layout.columns.forEach((column, c) => {
    const columnRange = ws.getRange(rangeAddress(layout.firstRow, c, layout.lastRow - layout.firstRow + 1, 1));
    columnRange.format.columnWidth = points(column.width);
    if (column.numberFormat) (columnRange as unknown as { numberFormat: string }).numberFormat = column.numberFormat;
    if (column.wrap) columnRange.format.wrapText = true;
    if (column.validation) applyValidation(columnRange, column.validation);
    for (const rule of column.levelColors ?? []) {
      const cf = columnRange.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType.cellValue);
      cf.cellValue.format.fill.color = rule.fill;
      cf.cellValue.format.font.color = rule.font;
      cf.cellValue.rule = { formula1: `=${rule.literal}`, operator: 'EqualTo' };
    }
  });
  ws.freezePanes.freezeRows(spec.headerRow);
  return { table, rest: body.slice(first[1]) };
}

function queueSettings(context: Excel.RequestContext, ws: Excel.Worksheet, register: RegisterData, names: UppsiktNames): void {
  const ref = quoteSheetName(ws.name);
  const version = ws.getRange(rangeAddress(VERSION_ROW, 0, 1, 2));
  version.values = [[layoutMessagesSv.schemaVersion(), SCHEMA_VERSION]];
  const plan = register.plan;
  const first = PLAN_LABEL_COLUMNS.faststalld;
  ws.getRange(rangeAddress(VERSION_ROW, first, 1, PLAN_LABEL_COLUMNS.beslutsnummer - first + 2)).values = [
    [PLAN_LABELS.faststalld, safeCellValue(plan?.faststalld ?? null), '', PLAN_LABELS.beslutsnummer, safeCellValue(plan?.beslutsnummer ?? null)],
  ];
  context.workbook.names.add(names.definedNames.get(VERSION_NAME)!, `=${ref}!$B$${VERSION_ROW + 1}`);
  const scale = scalePlacement(register);
  const width = scale.right + 1;
  const block = scale.cells.map((row) => [...row, ...Array(width - row.length).fill('')].map((v) => (v === null || v === undefined ? '' : (v as string | number))));
  ws.getRange(rangeAddress(scale.top, 0, block.length, width)).values = block;
  context.workbook.names.add(
    names.definedNames.get(SCALE_NAME)!,
    `=${ref}!${rangeAddress(scale.top, 0, scale.bottom - scale.top + 1, width).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`,
  );
  for (const list of listPlacements(register)) queueList(context, ws, list, names);
}

/** One list on Inställningar: its header, its values and the defined name its drop-downs refer to. */
function queueList(context: Excel.RequestContext, ws: Excel.Worksheet, list: ListPlacement, names: UppsiktNames): void {
  ws.getRange(rangeAddress(LIST_HEADER_ROW, list.column, 1, 1)).values = [[list.header]];
  if (list.values.length > 0) ws.getRange(rangeAddress(list.firstRow, list.column, list.values.length, 1)).values = list.values.map((v) => [safeCellValue(v)]);
  const address = rangeAddress(list.firstRow, list.column, list.lastRow - list.firstRow + 1, 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  context.workbook.names.add(names.definedNames.get(list.name)!, `=${quoteSheetName(ws.name)}!${address}`);
}

/** A placed text written to its cell. */
function put(ws: Excel.Worksheet, text: { row: number; column: number; text: string }): void {
  ws.getRange(rangeAddress(text.row, text.column, 1, 1)).values = [[text.text]];
}

function queueMatrix(ws: Excel.Worksheet, register: RegisterData, names: UppsiktNames): void {
  const matrix = matrixLayout(register, names);
  put(ws, matrix.consequenceTitle);
  // "Sannolikhet ↓" sits just left of the consequence labels: one range for the row.
  const header = [matrix.likelihoodTitle, ...matrix.consequenceLabels];
  ws.getRange(rangeAddress(header[0].row, header[0].column, 1, header.length)).values = [header.map((l) => l.text)];
  const [side] = matrix.likelihoodLabels;
  ws.getRange(rangeAddress(side.row, side.column, matrix.rows, 1)).values = matrix.likelihoodLabels.map((l) => [l.text]);
  // One spilling formula: the matrix grows with the scale, like the sheet in the file does cell by cell.
  ws.getRange(rangeAddress(matrix.top, matrix.left, 1, 1)).formulas = [[`=${matrix.formula}`]];
  for (const cell of matrix.cells) if (cell.fill) ws.getRange(rangeAddress(cell.row, cell.column, 1, 1)).format.fill.color = cell.fill;
}

function queueSummary(ws: Excel.Worksheet, register: RegisterData, names: UppsiktNames): void {
  const summary = summaryLayout(register, names);
  // Blocks side by side, so each spill can grow downwards without meeting the next.
  summary.blocks.forEach((block, i) => {
    const column = SUMMARY_SPILL_COLUMNS[i];
    ws.getRange(rangeAddress(SUMMARY_TOP, column, 1, 1)).values = [[block.title]];
    ws.getRange(rangeAddress(SUMMARY_TOP + 1, column, 1, 1)).formulas = [[`=${block.formula}`]];
  });
  const levels = SUMMARY_SPILL_COLUMNS[summary.blocks.length];
  ws.getRange(rangeAddress(SUMMARY_TOP, levels, 1, 1)).values = [[summary.levels.title]];
  ws.getRange(rangeAddress(SUMMARY_TOP + 1, levels, 1 + summary.levels.rows.length, 2)).formulas = [
    [...summary.levels.headers],
    ...summary.levels.rows.map((row) => [row.name, `=${row.formula}`]),
  ];
}

/**
 * Creates what is missing of the Uppsikt structure and fills it from the register: existing Uppsikt sheets
 * are kept (missing columns added, version raised), the user's own sheets are never touched. Everything for
 * a blank workbook goes in one batch after the read; only tables larger than one request add a sync each.
 *
 * @returns The sheets written.
 */
export async function writeStructure(context: Excel.RequestContext, sync: Sync, register: RegisterData): Promise<string[]> {
  const existing = await readExisting(context, sync);
  const { names, keep } = planFor(existing, register);
  const app = context.workbook.application as Excel.Application & { suspendScreenUpdatingUntilNextSync?: () => void };
  app.suspendApiCalculationUntilNextSync();
  app.suspendScreenUpdatingUntilNextSync?.();

  const pending: { table: Excel.Table; rest: (string | number | boolean)[][] }[] = [];
  const written: string[] = [];
  for (const spec of uppsiktSchema.sheets) {
    if (keep.has(spec.name)) {
      // Upgrade in place: add schema columns an older version did not have, at the end of the table.
      for (const table of spec.tables) {
        const found = existing.tables.find((t) => t.name === table.name)!;
        const sheetTable = context.workbook.tables.getItem(table.name);
        for (const column of table.columns) if (!found.columns.includes(column.header)) sheetTable.columns.add(undefined, undefined, column.header);
      }
      if (spec.role === 'settings' && existing.version !== undefined && existing.version < SCHEMA_VERSION) {
        context.workbook.names.getItem(VERSION_NAME).getRange().values = [[SCHEMA_VERSION]];
        // Lists a newer schema added (version 2: Rapporteringspunkter, Genomförd, Avvikelsegrader) get their
        // column and name, so the new tables' drop-downs have a source; lists already there are left alone.
        const settings = context.workbook.worksheets.getItem(names.sheets.get(spec.name)!);
        for (const list of listPlacements(register)) if (!existing.names.includes(names.definedNames.get(list.name)!)) queueList(context, settings, list, names);
      }
      continue;
    }
    const name = names.sheets.get(spec.name)!;
    const ws = context.workbook.worksheets.add(name);
    written.push(name);
    title(ws, spec.title, spec.description);
    if (spec.role === 'settings') queueSettings(context, ws, register, names);
    if (spec.role === 'matrix') queueMatrix(ws, register, names);
    if (spec.role === 'summary') queueSummary(ws, register, names);
    for (const table of spec.tables) pending.push(queueTable(ws, table, register, names));
  }
  await sync();

  for (const { table, rest } of pending) {
    for (const [start, end] of writeChunks(rest)) {
      app.suspendApiCalculationUntilNextSync();
      table.rows.add(undefined, rest.slice(start, end));
      await sync();
    }
  }
  return written;
}
