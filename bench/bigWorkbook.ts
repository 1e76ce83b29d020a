/*
 * Plain (hand-made, not Uppsikt) workbooks as big as a municipality's whole history and more: a register
 * sheet with a title and headers on row 3, and a risk sheet with a formula column, written by ExcelJS's
 * streaming writer so that making them costs little memory.
 */
import ExcelJS from 'exceljs';
import { random } from './measure';

const STATUSES = ['Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'åtgärdat', '', 'Pågår'];

/** Writes `registerRows` recommendations and `riskRows` risks to `file`. */
export async function writeBigWorkbook(file: string, registerRows: number, riskRows: number): Promise<void> {
  const next = random(11);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const register = writer.addWorksheet('Uppföljning 2025');
  register.addRow(['Uppföljning av revisionens rekommendationer']).commit();
  register.addRow([]).commit();
  register.addRow(['Nr', 'Granskning', 'Rekommendation', 'Mottagare', 'Status', 'Klart senast', 'Kommentar']).commit();
  for (let i = 0; i < registerRows; i++) {
    const klart = next() < 0.5 ? new Date(Date.UTC(2024 + Math.floor(next() * 4), Math.floor(next() * 12), 1)) : null;
    const row = register.addRow([
      i + 1,
      `Granskning ${1 + Math.floor(next() * 400)}`,
      `Rekommendation ${i + 1} om rutiner och kontroll`,
      `Nämnd ${1 + Math.floor(next() * 12)}`,
      STATUSES[Math.floor(next() * STATUSES.length)],
      klart,
      next() < 0.1 ? 'Se svar' : null,
    ]);
    if (klart) row.getCell(6).numFmt = 'yyyy-mm-dd';
    row.commit();
  }
  register.commit();
  const risks = writer.addWorksheet('Riskanalys');
  risks.addRow(['Risk- och väsentlighetsanalys 2026']).commit();
  risks.addRow([]).commit();
  risks.addRow(['Nr', 'Nämnd', 'Process', 'Risk', 'Sannolikhet', 'Konsekvens', 'Risk (SxK)', 'Ansvarig']).commit();
  for (let i = 0; i < riskRows; i++) {
    const s = 1 + Math.floor(next() * 4);
    const k = next() < 0.01 ? 'hög' : 1 + Math.floor(next() * 4);
    const r = 4 + i;
    risks
      .addRow([i + 1, `Nämnd ${1 + Math.floor(next() * 12)}`, `Process ${1 + Math.floor(next() * 50)}`, `Risk ${i + 1} att något inte fungerar`, s, k, { formula: `E${r}*F${r}`, result: typeof k === 'number' ? s * k : undefined }, `Ansvarig ${1 + Math.floor(next() * 30)}`])
      .commit();
  }
  risks.commit();
  await writer.commit();
}
