/*
 * The report for one nämnd out of a large register: 2,000 recommendations addressed to it (alone, with
 * another nämnd, or as "Samtliga nämnder"), each with two follow-up rounds, and 500 risks with a control each.
 * Times building the model (buildReport) and writing the .xlsx bytes (renderReport + ExcelJS), median of 5.
 */
import { defaultScale, registerFromRecords, serialFromYmd } from '../src/core';
import { buildReport } from '../src/usecases/report/buildReport';
import { renderReport } from '../src/workbook/xlsx/report';
import { random } from './measure';

export interface ReportBenchResult {
  recommendations: number;
  risks: number;
  buildMs: number;
  writeMs: number;
  bytes: number;
}

const NAMNDER = ['Kommunstyrelsen', 'Socialnämnden', 'Barn- och utbildningsnämnden'];
const MOTTAGARE = ['Socialnämnden', 'Kommunstyrelsen, Socialnämnden', 'Samtliga nämnder'];
const VERDICTS = ['Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', ''];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchReport(recommendations: number, risks: number, runs = 5): Promise<ReportBenchResult> {
  const next = random(20261201);
  const words = (n: number) => Array.from({ length: n }, () => ['kontroll', 'rutin', 'uppföljning', 'nämnden', 'säkerställa', 'dokumentation'][Math.floor(next() * 6)]).join(' ');
  const register = registerFromRecords(
    defaultScale,
    {
      Risker: Array.from({ length: risks }, (_, i) => ({
        id: `R${i + 1}`,
        namnd: 'Socialnämnden',
        kategori: 'Verksamhet',
        beskrivning: words(12),
        sannolikhet: 1 + (i % 4),
        konsekvens: 1 + ((i * 7) % 4),
      })),
      Kontroller: Array.from({ length: risks }, (_, i) => ({
        id: `K${i + 1}`,
        riskId: `R${i + 1}`,
        kontrollmoment: words(10),
        utfall: words(6),
        avvikelse: i % 5 === 0 ? words(5) : 'Inga',
      })),
      Granskningar: Array.from({ length: 40 }, (_, g) => ({ id: `G${g + 1}`, titel: `Granskning ${g + 1}`, ar: 2020 + (g % 5) })),
      Rekommendationer: Array.from({ length: recommendations }, (_, i) => ({
        id: `G${(i % 40) + 1}-${i}`,
        granskningId: `G${(i % 40) + 1}`,
        nr: i,
        rekommendation: words(20),
        mottagare: MOTTAGARE[i % MOTTAGARE.length],
        svar: words(15),
        atgard: words(10),
        klartSenast: serialFromYmd(2024 + (i % 4), 1 + (i % 12), 1),
      })),
      Uppföljningar: Array.from({ length: recommendations * 2 }, (_, i) => ({
        rekommendationId: `G${((i >> 1) % 40) + 1}-${i >> 1}`,
        omgang: i % 2 === 0 ? '2024' : '2025',
        bedomning: VERDICTS[Math.floor(next() * 4)],
      })),
    },
    { namnder: NAMNDER },
  );
  const options = { namnd: 'Socialnämnden', per: serialFromYmd(2026, 11, 22) };
  const build: number[] = [];
  const write: number[] = [];
  let bytes = 0;
  let count = 0;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const model = buildReport(register, options);
    const t1 = performance.now();
    const buffer = await renderReport(model).xlsx.writeBuffer();
    const t2 = performance.now();
    if (i === 0) continue; // warm-up
    build.push(t1 - t0);
    write.push(t2 - t1);
    bytes = buffer.byteLength;
    count = model.recommendations.length;
  }
  return { recommendations: count, risks, buildMs: Math.round(median(build)), writeMs: Math.round(median(write)), bytes };
}
