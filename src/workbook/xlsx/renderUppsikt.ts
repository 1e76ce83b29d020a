import type ExcelJS from 'exceljs';
import { uppsiktSchema, type RegisterData } from '../../core';
import { uppsiktNames, type UppsiktNames } from '../layout/uppsiktNames';
import { renderMatrixSheet } from './render/matrixSheet';
import { renderSettingsSheet } from './render/settingsSheet';
import { renderSummarySheet } from './render/summarySheet';
import { renderTableSheet, type WrittenTable } from './render/tableSheet';
import { writeTitle } from './render/sheetText';

export interface RenderOptions {
  /** Today as an Excel serial (for anything dated). */
  today: number;
  /**
   * The names Uppsikt's must not clash with, when the sheets are rendered on their own to be put into
   * another package (writeUppsiktPackage); by default the names already in `workbook`.
   */
  existing?: ExistingNames;
  /** Names to write whatever `existing` holds: those of Uppsikt's own sheets, tables and names being replaced. */
  fixed?: Partial<{ [K in keyof UppsiktNames]: ReadonlyMap<string, string> }>;
  /**
   * Big tables' rows are left out of the ExcelJS workbook and written straight to XML by the writer
   * (writeXlsx, writeUppsiktPackage; see render/directRows.ts). Only for a workbook one of those writes.
   */
  direct?: boolean;
}

export interface ExistingNames {
  readonly sheets: readonly string[];
  readonly tables: readonly string[];
  readonly definedNames: readonly string[];
}

export interface RenderReport {
  sheets: { schemaSheet: string; written: string }[];
  /** Schema sheets written under another name because the user's workbook already had the name. */
  renamed: { schemaSheet: string; written: string }[];
  names: UppsiktNames;
}

function existingNames(workbook: ExcelJS.Workbook): ExistingNames {
  const sheets: string[] = [];
  const tables: string[] = [];
  workbook.eachSheet((ws) => {
    sheets.push(ws.name);
    for (const t of ws.getTables()) tables.push((t as unknown as { table: { name: string } }).table.name);
  });
  const definedNames = (workbook.definedNames.model as { name: string }[]).map((n) => n.name);
  return { sheets, tables, definedNames };
}

/**
 * Adds the Uppsikt sheets, filled from the register, to an ExcelJS workbook: an empty one (init) or a user's
 * own (adopt). The user's sheets are never modified; Uppsikt's go after them, in schema order, under free
 * names. Computed cells carry their cached results so the file reads correctly without the add-in.
 *
 * @param workbook - The workbook to add to.
 * @param register - The content.
 * @param options - Today's date.
 * @returns What was written under which name.
 */
export function renderUppsikt(workbook: ExcelJS.Workbook, register: RegisterData, options: RenderOptions): RenderReport {
  const resolved = uppsiktNames(options.existing ?? existingNames(workbook));
  const fix = (kind: keyof UppsiktNames) => new Map([...resolved[kind], ...(options.fixed?.[kind] ?? [])]);
  const names: UppsiktNames = { sheets: fix('sheets'), tables: fix('tables'), definedNames: fix('definedNames') };
  const written = new Map<string, WrittenTable>();
  const sheets: RenderReport['sheets'] = [];
  const fresh = workbook.worksheets.length === 0;
  for (const spec of uppsiktSchema.sheets) {
    const name = names.sheets.get(spec.name)!;
    const worksheet = workbook.addWorksheet(name, { properties: { tabColor: { argb: 'FF1F4E79' } } });
    writeTitle(worksheet, spec.title, spec.description);
    sheets.push({ schemaSheet: spec.name, written: name });
    if (spec.role === 'settings') renderSettingsSheet(workbook, worksheet, register, names);
    for (const table of spec.tables) written.set(table.name, renderTableSheet(worksheet, table, register, names, options.direct));
  }
  // The matrix and the summaries read the tables as written (typed values a user kept included).
  for (const spec of uppsiktSchema.sheets) {
    const worksheet = workbook.getWorksheet(names.sheets.get(spec.name)!)!;
    if (spec.role === 'matrix') renderMatrixSheet(worksheet, register, names, written);
    if (spec.role === 'summary') renderSummarySheet(worksheet, register, names, written);
  }
  // A new workbook opens on Riskanalys, not on Inställningar: Excel prints the active sheet by default, so
  // the settings are not printed unless asked for. A user's own workbook keeps the sheet it opened on.
  if (fresh) {
    const first = uppsiktSchema.sheets.findIndex((s) => s.role === 'table');
    workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: first, visibility: 'visible' }];
  }
  return { sheets, renamed: sheets.filter((s) => s.schemaSheet !== s.written), names };
}
