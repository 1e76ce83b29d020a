import type ExcelJS from 'exceljs';
import { hasErrors, kommunNamnder, summarizeByGroup, summarizeByRecipients, summaryToTable, type Checked, type RegisterData, type StatusSummary } from '../../../core';
import type { UppsiktNames } from '../../layout/uppsiktNames';
import { layoutMessagesSv } from '../../layout/messages.sv';
import { summaryLayout, SUMMARY_TOP } from '../../layout/summaryLayout';
import { fillIndexedFormula, label } from './sheetText';
import { workingFooter } from '../../layout/printLayout';
import { setPage } from './pageSetup';
import type { WrittenTable } from './tableSheet';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/*
 * A summary block is IK.SUMMARY laid out cell by cell (see fillIndexedFormula) over exactly the rows it gives
 * now, with the counts cached. A file cannot hold a spilling formula that ExcelJS writes, so the block has a
 * fixed size: when a new granskning or nämnd is added, the task pane in Excel rewrites it as a spill.
 */
function summaryBlock(worksheet: ExcelJS.Worksheet, top: number, title: string, formula: string, result: Checked<StatusSummary>, heading: string): number {
  label(worksheet.getCell(top, 1), title);
  const first = top + 1;
  if (!result.value || hasErrors(result.issues)) {
    worksheet.getCell(first, 1).value = { formula: `INDEX(${formula},1,1)`, result: { error: '#VALUE!' } } as ExcelJS.CellFormulaValue;
    worksheet.getCell(first, 2).value = layoutMessagesSv.summaryUncountable();
    return first + 2;
  }
  const table = summaryToTable(result.value, heading);
  fillIndexedFormula(worksheet, first, 1, formula, table);
  for (let c = 1; c <= table[0].length; c++) {
    for (const r of [first, first + table.length - 1]) {
      const cell = worksheet.getCell(r, c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
    }
    // Counts sit right-aligned, so their headers do too: each figure under its own header.
    if (c > 1) worksheet.getCell(first, c).alignment = { horizontal: 'right', wrapText: true };
  }
  return first + table.length + 1;
}

/**
 * Sammanställning as summaryLayout plans it: per granskning (the shape of the auditors' follow-up tables),
 * per nämnd, and risks per risk level, stacked (a file holds no spill), each reconciling with the detail rows
 * because the cache is counted from the rows as written.
 */
export function renderSummarySheet(worksheet: ExcelJS.Worksheet, register: RegisterData, names: UppsiktNames, written: ReadonlyMap<string, WrittenTable>): void {
  const recs = written.get('Rekommendationer')!;
  const risks = written.get('Risker')!;
  const summary = summaryLayout(register, names);
  const statuses = [...(recs.values.get('senasteBedomning') ?? [])];
  let row = SUMMARY_TOP + 1;
  // The cache counts what the formula counts, over the rows as written: per nämnd through the same
  // summarizeByRecipients and kommunNamnder as IK.SUMMARY, the CLI and Översikt.
  const namnder = kommunNamnder(register.lists.namnder, [...(risks.values.get('namnd') ?? [])], [...(recs.values.get('mottagare') ?? [])]);
  for (const block of summary.blocks) {
    const groups = [...(recs.values.get(block.groupColumn) ?? [])];
    const result = block.groupColumn === 'mottagare' ? summarizeByRecipients(groups, statuses, namnder) : summarizeByGroup(groups, statuses);
    row = summaryBlock(worksheet, row, block.title, block.formula, result, block.heading);
  }

  label(worksheet.getCell(row, 1), summary.levels.title);
  for (const [c, text] of summary.levels.headers.entries()) {
    const cell = worksheet.getCell(row + 1, c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    if (c === 1) cell.alignment = { horizontal: 'right' };
  }
  const levels = risks.values.get('riskniva') ?? [];
  summary.levels.rows.forEach((level, i) => {
    worksheet.getCell(row + 2 + i, 1).value = level.name;
    const count = levels.filter((value) => value === level.name).length;
    worksheet.getCell(row + 2 + i, 2).value = { formula: level.formula, result: count };
  });
  worksheet.getColumn(1).width = 48;
  for (let c = 2; c <= 6; c++) worksheet.getColumn(c).width = 15;
  setPage(worksheet, { lastRow: row + 1 + summary.levels.rows.length, lastColumn: 6, footer: workingFooter(register.lists.namnder), points: 11 });
}
