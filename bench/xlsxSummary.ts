/*
 * `uppsikt summary` on a 100,000-row register file against ExcelJS merely reading the same file, in the
 * same run: reading the .xlsx dominates, so the ratio says how much the snapshot, adoption and counting add.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { FOLLOW_UP_STATUSES } from '../src/core';
import { runCli } from '../src/cli/main';
import { random, timePair, type Timing } from './measure';

export interface XlsxSummaryResult {
  rows: number;
  readMs: number;
  summaryMs: number;
  ratio: number;
}

/** A hand-made follow-up register: title, headers on row 3, granskning, recommendation, addressee, status. */
async function writeRegister(file: string, rows: number): Promise<void> {
  const next = random(7);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = writer.addWorksheet('Uppföljning 2025');
  sheet.addRow(['Uppföljning av revisionens rekommendationer']).commit();
  sheet.addRow([]).commit();
  sheet.addRow(['Nr', 'Granskning', 'Rekommendation', 'Mottagare', 'Status', 'Kommentar']).commit();
  for (let i = 0; i < rows; i++) {
    const status = FOLLOW_UP_STATUSES[Math.floor(next() * 3)];
    sheet
      .addRow([
        i + 1,
        `Granskning ${1 + Math.floor(next() * 40)}`,
        `Rekommendation ${i + 1} om rutiner och kontroll`,
        `Nämnd ${1 + Math.floor(next() * 12)}`,
        status,
        next() < 0.1 ? 'Se svar' : null,
      ])
      .commit();
  }
  sheet.commit();
  await writer.commit();
}

export async function benchXlsxSummary(rows: number): Promise<XlsxSummaryResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-bench-'));
  const file = path.join(dir, 'register.xlsx');
  try {
    await writeRegister(file, rows);
    const silent = { out: () => undefined, err: () => undefined, today: () => 46000 };
    let code = 0;
    const [read, summary]: [Timing, Timing] = await timePair(
      () => new ExcelJS.Workbook().xlsx.readFile(file),
      async () => (code = await runCli(['summary', file, '--json'], silent)),
    );
    if (code !== 0) throw new Error(`summary exited with ${code}`);
    return { rows, readMs: Math.round(read.medianMs), summaryMs: Math.round(summary.medianMs), ratio: Math.round((summary.medianMs / read.medianMs) * 100) / 100 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
