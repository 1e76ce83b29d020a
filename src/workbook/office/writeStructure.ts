import {
  LISTS,
  PLAN_LABELS,
  SCALE_NAME,
  SCHEMA_VERSION,
  uppsiktSchema,
  VERSION_NAME,
  type ColumnSpec,
  type RegisterData,
  type TableSpec,
} from '../../core';
import { levelColorRules } from '../layout/conditionalFormats';
import { computedContext, computedValue, keepsTypedValue } from '../layout/computedValues';
import { typedFormula } from '../layout/fileFormula';
import { LIST_HEADER_ROW, listPlacements, PLAN_LABEL_COLUMNS, scalePlacement, VERSION_ROW } from '../layout/settingsLayout';
import type { UppsiktNames } from '../layout/uppsiktNames';
import { planFor, type ExistingWorkbook } from '../layout/structurePlan';

export { namesIn, planFor, type ExistingWorkbook } from '../layout/structurePlan';
import { rangeAddress, sheetRef } from './a1';
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

function validationRule(column: ColumnSpec, register: RegisterData, names: UppsiktNames): { rule: Excel.DataValidationRule; message: string; style: 'Stop' | 'Warning' } | undefined {
  const source = column.list;
  if (!source) return undefined;
  if (source.kind === 'list') {
    const list = LISTS.find((l) => l.key === source.list)!;
    return { rule: { list: { inCellDropDown: true, source: `=${names.definedNames.get(list.name)}` } }, message: `Välj ett värde ur listan ${list.header} på Inställningar.`, style: 'Warning' };
  }
  if (source.kind === 'levels') {
    const levels = (source.axis === 'likelihood' ? register.scale.likelihood : register.scale.consequence).labels.length;
    return { rule: { wholeNumber: { formula1: 1, formula2: levels, operator: 'Between' } }, message: `Ange ett heltal 1–${levels} (skalan på Inställningar).`, style: 'Stop' };
  }
  return { rule: { list: { inCellDropDown: true, source: `=INDIRECT("${names.tables.get(source.table)}[Id]")` } }, message: 'Välj ett id som finns i tabellen.', style: 'Warning' };
}

const SPARE_ROWS = 500;

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

  const lastRow = top + 1 + Math.max(body.length, 1) + SPARE_ROWS;
  spec.columns.forEach((column, c) => {
    const columnRange = ws.getRange(rangeAddress(top + 1, c, lastRow - top - 1, 1));
    columnRange.format.columnWidth = points(column.width);
    if (column.numberFormat) (columnRange as unknown as { numberFormat: string }).numberFormat = column.numberFormat;
    if (column.kind === 'longText') columnRange.format.wrapText = true;
    const validation = validationRule(column, register, names);
    if (validation) {
      columnRange.dataValidation.rule = validation.rule;
      columnRange.dataValidation.errorAlert = { showAlert: true, style: validation.style, title: column.header, message: validation.message };
      if (column.help) columnRange.dataValidation.prompt = { showPrompt: true, title: column.header, message: column.help };
    }
    if (column.key === 'riskniva') {
      for (const rule of levelColorRules(register.scale.bands)) {
        const cf = columnRange.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType.cellValue);
        cf.cellValue.format.fill.color = rule.fill;
        cf.cellValue.format.font.color = rule.font;
        cf.cellValue.rule = { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' };
      }
    }
  });
  ws.freezePanes.freezeRows(spec.headerRow);
  return { table, rest: body.slice(first[1]) };
}

function queueSettings(context: Excel.RequestContext, ws: Excel.Worksheet, register: RegisterData, names: UppsiktNames): void {
  const ref = sheetRef(ws.name);
  const version = ws.getRange(rangeAddress(VERSION_ROW, 0, 1, 2));
  version.values = [['Schemaversion', SCHEMA_VERSION]];
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
  context.workbook.names.add(names.definedNames.get(SCALE_NAME)!, `=${ref}!${rangeAddress(scale.top, 0, scale.bottom - scale.top + 1, width).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2')}`);
  for (const list of listPlacements(register)) {
    ws.getRange(rangeAddress(LIST_HEADER_ROW, list.column, 1, 1)).values = [[list.header]];
    if (list.values.length > 0) ws.getRange(rangeAddress(list.firstRow, list.column, list.values.length, 1)).values = list.values.map((v) => [safeCellValue(v)]);
    const address = rangeAddress(list.firstRow, list.column, list.lastRow - list.firstRow + 1, 1).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    context.workbook.names.add(names.definedNames.get(list.name)!, `=${ref}!${address}`);
  }
}

function queueMatrix(ws: Excel.Worksheet, register: RegisterData, names: UppsiktNames): void {
  const { scale } = register;
  const L = scale.likelihood.labels.length;
  const K = scale.consequence.labels.length;
  const risks = names.tables.get('Risker')!;
  ws.getRange('C4').values = [['Konsekvens →']];
  ws.getRange(rangeAddress(4, 1, 1, 1 + K)).values = [['Sannolikhet ↓', ...scale.consequence.labels.map((l, k) => `${k + 1} ${l}`)]];
  ws.getRange(rangeAddress(5, 1, L, 1)).values = scale.likelihood.labels.map((_, i) => [`${L - i} ${scale.likelihood.labels[L - 1 - i]}`]);
  // One spilling formula: the matrix grows with the scale, like the sheet in the file does cell by cell.
  ws.getRange('C6').formulas = [[`=IK.RISKMATRIX(${risks}[Sannolikhet],${risks}[Konsekvens],${names.definedNames.get(SCALE_NAME)})`]];
  for (let r = 0; r < L; r++) {
    for (let k = 0; k < K; k++) {
      const s = L - r;
      const score = scale.method === 'grid' && scale.grid ? scale.grid[s - 1][k] : s * (k + 1);
      const band = scale.bands.find((b) => score >= b.min && score <= b.max);
      if (band) ws.getRange(rangeAddress(5 + r, 2 + k, 1, 1)).format.fill.color = band.color;
    }
  }
}

function queueSummary(ws: Excel.Worksheet, register: RegisterData, names: UppsiktNames): void {
  const recs = names.tables.get('Rekommendationer')!;
  const risks = names.tables.get('Risker')!;
  // Blocks side by side, so each spill can grow downwards without meeting the next.
  ws.getRange('A4').values = [['Per granskning']];
  ws.getRange('A5').formulas = [[`=IK.SUMMARY(${recs}[Granskning],${recs}[Senaste bedömning])`]];
  ws.getRange('H4').values = [['Per nämnd']];
  ws.getRange('H5').formulas = [[`=IK.SUMMARY(${recs}[Mottagare],${recs}[Senaste bedömning],"Nämnd")`]];
  ws.getRange('O4').values = [['Risker per risknivå']];
  const bands = register.scale.bands;
  ws.getRange(rangeAddress(4, 14, 1 + bands.length, 2)).formulas = [
    ['Risknivå', 'Antal'],
    ...bands.map((b) => [b.name, `=COUNTIF(${risks}[Risknivå],"${b.name.replace(/"/g, '""')}")`]),
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
