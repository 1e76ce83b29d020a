/*
 * Plain (hand-made, not Uppsikt) workbooks as big as a municipality's whole history and more: a register
 * sheet with a title and headers on row 3 (some statuses unknown or blank, half the rows with a date), and
 * a risk sheet with an S × K formula column (1 % of consequences typed as text).
 */
import { random } from './measure';
import { writePlainXlsx, type PlainCell } from './plainXlsx';

const STATUSES = ['Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'åtgärdat', '', 'Pågår'];

function* registerRows(count: number): Iterable<PlainCell[]> {
  const next = random(11);
  yield ['Uppföljning av revisionens rekommendationer'];
  yield [];
  yield ['Nr', 'Granskning', 'Rekommendation', 'Mottagare', 'Status', 'Klart senast', 'Kommentar'];
  for (let i = 0; i < count; i++) {
    const klart = next() < 0.5 ? new Date(Date.UTC(2024 + Math.floor(next() * 4), Math.floor(next() * 12), 1)) : null;
    const status = STATUSES[Math.floor(next() * STATUSES.length)];
    yield [
      i + 1,
      `Granskning ${1 + Math.floor(next() * 400)}`,
      `Rekommendation ${i + 1} om rutiner och kontroll`,
      `Nämnd ${1 + Math.floor(next() * 12)}`,
      status || null,
      klart,
      next() < 0.1 ? 'Se svar' : null,
    ];
  }
}

function* riskRows(count: number): Iterable<PlainCell[]> {
  const next = random(13);
  yield ['Risk- och väsentlighetsanalys 2026'];
  yield [];
  yield ['Nr', 'Nämnd', 'Process', 'Risk', 'Sannolikhet', 'Konsekvens', 'Risk (SxK)', 'Ansvarig'];
  for (let i = 0; i < count; i++) {
    const s = 1 + Math.floor(next() * 4);
    const k = next() < 0.01 ? 'hög' : 1 + Math.floor(next() * 4);
    const r = 4 + i;
    yield [
      i + 1,
      `Nämnd ${1 + Math.floor(next() * 12)}`,
      `Process ${1 + Math.floor(next() * 50)}`,
      `Risk ${i + 1} att något inte fungerar`,
      s,
      k,
      { formula: `E${r}*F${r}`, result: typeof k === 'number' ? s * k : undefined },
      `Ansvarig ${1 + Math.floor(next() * 30)}`,
    ];
  }
}

/** Writes `registerRows` recommendations and `riskRows` risks to `file`. */
export function writeBigWorkbook(file: string, recommendations: number, risks: number): void {
  writePlainXlsx(file, [
    { name: 'Uppföljning 2025', rows: registerRows(recommendations) },
    { name: 'Riskanalys', rows: riskRows(risks) },
  ]);
}
