import type ExcelJS from 'exceljs';
import { hasErrors, summarizeByGroup, summaryToTable, type CellValue, type RegisterData } from '../../../core';
import type { UppsiktNames } from '../../layout/uppsiktNames';
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
function summaryBlock(worksheet: ExcelJS.Worksheet, top: number, title: string, formula: string, groups: CellValue[], statuses: CellValue[], heading: string): number {
  label(worksheet.getCell(top, 1), title);
  const result = summarizeByGroup(groups, statuses);
  const first = top + 1;
  if (!result.value || hasErrors(result.issues)) {
    worksheet.getCell(first, 1).value = { formula: `INDEX(${formula},1,1)`, result: { error: '#VALUE!' } } as ExcelJS.CellFormulaValue;
    worksheet.getCell(first, 2).value = 'Statusar eller grupper som inte går att räkna: kör Kontrollera.';
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
 * Sammanställning: per granskning (the shape of the auditors' follow-up tables), per nämnd, and risks per
 * risk level, each reconciling with the detail rows because the cache is counted from the rows as written.
 */
export function renderSummarySheet(worksheet: ExcelJS.Worksheet, register: RegisterData, names: UppsiktNames, written: ReadonlyMap<string, WrittenTable>): void {
  const recs = written.get('Rekommendationer')!;
  const risks = written.get('Risker')!;
  const rt = recs.name;
  const statuses = [...(recs.values.get('senasteBedomning') ?? [])];
  let row = 4;
  row = summaryBlock(worksheet, row, 'Per granskning', `IK.SUMMARY(${rt}[Granskning],${rt}[Senaste bedömning])`, [...(recs.values.get('granskning') ?? [])], statuses, 'Granskning');
  row = summaryBlock(worksheet, row, 'Per nämnd', `IK.SUMMARY(${rt}[Mottagare],${rt}[Senaste bedömning],"Nämnd")`, [...(recs.values.get('mottagare') ?? [])], statuses, 'Nämnd');

  label(worksheet.getCell(row, 1), 'Risker per risknivå');
  for (const [c, text] of ['Risknivå', 'Antal'].entries()) {
    const cell = worksheet.getCell(row + 1, c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    if (c === 1) cell.alignment = { horizontal: 'right' };
  }
  const levels = risks.values.get('riskniva') ?? [];
  register.scale.bands.forEach((band, i) => {
    worksheet.getCell(row + 2 + i, 1).value = band.name;
    const count = levels.filter((level) => level === band.name).length;
    worksheet.getCell(row + 2 + i, 2).value = { formula: `COUNTIF(${risks.name}[Risknivå],"${band.name.replace(/"/g, '""')}")`, result: count };
  });
  worksheet.getColumn(1).width = 48;
  for (let c = 2; c <= 6; c++) worksheet.getColumn(c).width = 15;
  setPage(worksheet, { lastRow: row + 1 + register.scale.bands.length, lastColumn: 6, footer: workingFooter(register.lists.namnder), points: 11 });
  void names;
}
