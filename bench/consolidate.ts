/*
 * `uppsikt samla` on 60 nämnd workbooks of 2,000 rows each (1,000 risks, 300 controls, 700 recommendations,
 * 600 of them kommun-wide and so kept by every nämnd), end to end: reading every file, consolidating and
 * writing the kommun workbook. It runs in a child process so the peak memory is its own, not the other
 * benchmarks'.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { FOLLOW_UP_STATUSES } from '../src/core';
import { random } from './measure';

export interface ConsolidateBenchResult {
  files: number;
  rowsPerFile: number;
  /** Wall time of the whole consolidation, and of its phases: reading and adopting, consolidating, rendering and writing. */
  ms: number;
  readMs: number;
  consolidateMs: number;
  writeMs: number;
  /** CPU time of the child (user + system): on a shared machine the wall time can be several times larger. */
  cpuMs: number;
  peakMb: number;
  recommendations: number;
  risks: number;
}

const RISKS = 1000;
const CONTROLS = 300;
const SHARED = 600;
const OWN = 100;

/** One nämnd's hand-made workbook, streamed: title rows, headers on row 3 as controllers write them. */
export async function writeNamnd(file: string, n: number): Promise<void> {
  const next = random(1000 + n);
  const namnd = `Nämnd ${n}`;
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const risks = writer.addWorksheet('Riskanalys');
  risks.addRow([`Riskanalys 2025 – ${namnd}`]).commit();
  risks.addRow([]).commit();
  risks.addRow(['Id', 'Nämnd', 'Process/rutin', 'Riskbeskrivning', 'Sannolikhet', 'Konsekvens', 'Ansvarig']).commit();
  for (let i = 1; i <= RISKS; i++)
    risks
      .addRow([
        `R${i}`,
        namnd,
        `Process ${1 + (i % 25)}`,
        `Risk ${i} i ${namnd}: felaktiga underlag upptäcks inte`,
        1 + Math.floor(next() * 4),
        1 + Math.floor(next() * 4),
        'Enhetschef',
      ])
      .commit();
  risks.commit();
  const plan = writer.addWorksheet('Internkontrollplan');
  plan.addRow(['Internkontrollplan 2025']).commit();
  plan.addRow([]).commit();
  plan.addRow(['Id', 'Risk-id', 'Kontrollmoment', 'Kontrollmetod', 'Avvikelse/åtgärd']).commit();
  for (let i = 1; i <= CONTROLS; i++) plan.addRow([`K${i}`, `R${1 + Math.floor(next() * RISKS)}`, `Stickprov ${i}`, 'Stickprov', next() < 0.2 ? 'Avvikelse hittad' : '']).commit();
  plan.commit();
  const recs = writer.addWorksheet('Rekommendationer');
  recs.addRow(['Revisionens rekommendationer']).commit();
  recs.addRow([]).commit();
  recs.addRow(['Id', 'Granskning', 'Nr', 'Rekommendation', 'Mottagare', 'Klart senast', 'Status']).commit();
  for (let i = 0; i < SHARED + OWN; i++) {
    const shared = i < SHARED;
    const g = shared ? 1 + (i % 30) : 31 + n;
    const nr = shared ? 1 + Math.floor(i / 30) : i - SHARED + 1;
    const title = `Granskning av område ${g} (2024)`;
    const status = FOLLOW_UP_STATUSES[Math.floor(next() * 3)];
    recs.addRow([`${n}-${i + 1}`, title, nr, `Säkerställa att rutinerna för område ${g} följs, punkt ${nr}.`, shared ? 'Samtliga nämnder' : namnd, '2025-06-30', status]).commit();
  }
  recs.commit();
  await writer.commit();
}

export async function benchConsolidate(files = 60): Promise<ConsolidateBenchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'uppsikt-bench-samla-'));
  try {
    const input = path.join(dir, 'namnder');
    fs.mkdirSync(input);
    for (let n = 1; n <= files; n++) await writeNamnd(path.join(input, `namnd-${String(n).padStart(2, '0')}.xlsx`), n);
    const output = path.join(dir, 'kommunen.xlsx');
    const stdout = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', path.join(__dirname, 'consolidateRun.ts'), input, output], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = JSON.parse(stdout.trim().split('\n').pop()!) as Omit<ConsolidateBenchResult, 'files' | 'rowsPerFile'>;
    return { files, rowsPerFile: RISKS + CONTROLS + SHARED + OWN, ...result };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const TARGET_SECONDS = 10;
const TARGET_MB = 1024;

/** The benchmark's line for `npm run bench`, with its goal. */
export function formatConsolidateBench(r: ConsolidateBenchResult): string {
  const s = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');
  const met = r.ms <= TARGET_SECONDS * 1000 && r.peakMb <= TARGET_MB;
  return (
    `uppsikt samla på ${r.files} arbetsböcker à ${r.rowsPerFile.toLocaleString('sv-SE')} rader (${r.risks.toLocaleString('sv-SE')} risker, ${r.recommendations} rekommendationer samlat): ` +
    `${s(r.ms)} s (läsa ${s(r.readMs)} s, samla ${s(r.consolidateMs)} s, skriva ${s(r.writeMs)} s; processortid ${s(r.cpuMs)} s), högsta minne ${r.peakMb.toLocaleString('sv-SE')} MB ` +
    `(mål < ${TARGET_SECONDS} s och < 1 GB: ${met ? 'uppfyllt' : 'EJ uppfyllt'})`
  );
}

/** Runs the benchmark and prints its line (what bench/index.ts calls). */
export async function printConsolidateBench(): Promise<ConsolidateBenchResult> {
  const result = await benchConsolidate();
  console.log(formatConsolidateBench(result));
  return result;
}
