import type ExcelJS from 'exceljs';
import { columnLetters, LISTS, SCALE_NAME, tableSpec, uppsiktSchema, VERSION_NAME, type RegisterData, type RegisterTable, type WorkbookSnapshot } from '../../core';
import { renderUppsikt, type RenderOptions, type RenderReport } from './renderUppsikt';

/** True when the workbook already is an Uppsikt workbook (it carries the schema version name). */
export function isUppsiktWorkbook(snapshot: WorkbookSnapshot): boolean {
  return Object.keys(snapshot.names).some((n) => n.toLocaleLowerCase('sv') === VERSION_NAME.toLocaleLowerCase('sv'));
}

/** Rows 1–2 of every Uppsikt sheet are its title and description, written by Uppsikt. */
const TITLE_ROWS = 2;

const MAX_REPORTED = 20;

/**
 * Cells on Uppsikt's table sheets that rewriting them would lose: cells outside the title and the table, and
 * formulas of the user's own inside it (rewriting keeps values; only Uppsikt's computed columns are formulas
 * by design). The caller refuses and names them.
 *
 * @param snapshot - The workbook.
 * @returns Sheet, A1 address and why, for each such cell (at most 20).
 */
export function cellsAtRisk(snapshot: WorkbookSnapshot): { sheet: string; cell: string; formula: boolean }[] {
  const found: { sheet: string; cell: string; formula: boolean }[] = [];
  for (const spec of uppsiktSchema.sheets.filter((s) => s.role === 'table')) {
    const sheet = snapshot.sheets.find((s) => s.name === spec.name);
    const table = snapshot.tables.find((t) => t.sheet === spec.name);
    if (!sheet || !table) continue;
    const computed = new Set(tableSpec(spec.tables[0].name).columns.filter((c) => c.kind === 'computed').map((c) => c.header));
    const headers = sheet.values[table.headerRow] ?? [];
    sheet.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (r < TITLE_ROWS || found.length >= MAX_REPORTED) return;
        const inside = r >= table.headerRow && r <= table.headerRow + table.rowCount && c >= table.firstColumn && c < table.firstColumn + table.columnCount;
        const formula = sheet.formulas?.[r]?.[c];
        if (!inside && !(value === null || value === undefined || value === '')) found.push({ sheet: spec.name, cell: `${columnLetters(c)}${r + 1}`, formula: false });
        else if (inside && r > table.headerRow && formula && !computed.has(String(headers[c] ?? ''))) found.push({ sheet: spec.name, cell: `${columnLetters(c)}${r + 1}`, formula: true });
      });
    });
  }
  return found;
}

/**
 * The register without the cached results of Uppsikt's own computed columns (they were read back as
 * values), so the rewrite writes the formulas again instead of keeping stale results as if typed.
 */
export function withoutFormulaResults(register: RegisterData, snapshot: WorkbookSnapshot): RegisterData {
  const tables: Record<string, RegisterTable> = {};
  for (const [name, table] of Object.entries(register.tables)) {
    if (!table) continue;
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet);
    const computed = tableSpec(name).columns.filter((c) => c.kind === 'computed').map((c) => c.key);
    tables[name] = {
      ...table,
      rows: table.rows.map((row) => {
        const values = { ...row.values };
        for (const key of computed) if (row.columns[key] !== undefined && sheet?.formulas?.[row.row]?.[row.columns[key]]) values[key] = null;
        return { ...row, values };
      }),
    };
  }
  return { ...register, tables };
}

/**
 * Writes an Uppsikt workbook's own sheets again from an updated register (rows added by an import or a new
 * follow-up round), under the same names; the user's own sheets are untouched. The register was read from
 * these very sheets, with every row and every extra column, so nothing typed in the tables is lost; cells
 * outside the tables are checked for by the caller first (cellsOutsideTables).
 */
export function rewriteUppsikt(workbook: ExcelJS.Workbook, register: RegisterData, options: RenderOptions): RenderReport {
  for (const spec of uppsiktSchema.sheets) {
    const sheet = workbook.getWorksheet(spec.name);
    if (sheet) workbook.removeWorksheet(sheet.id);
  }
  // ExcelJS keeps defined names per name in a private map and has no call to drop a name; the old ranges
  // would otherwise merge with the new ones.
  const names = workbook.definedNames as unknown as { matrixMap: Record<string, unknown> };
  for (const name of [SCALE_NAME, VERSION_NAME, ...LISTS.map((l) => l.name)]) delete names.matrixMap[name];
  return renderUppsikt(workbook, register, options);
}
