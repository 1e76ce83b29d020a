/*
 * Summary counts and matrix counts over 1,000,000 rows, each against a bare loop over the same arrays:
 * the loop a developer would write inline with no validation or normalisation. The ratio is what
 * Uppsikt's checking (blank handling, status synonyms, level validation) costs over that. The matrix's
 * loop is asserted to count what countRiskMatrix counts; the summary's counts the statuses as typed.
 * Run alone: node --expose-gc -r ts-node/register/transpile-only bench/coreCounts.ts
 */
import assert from 'assert';
import { countRiskMatrix, defaultScale, summarizeByGroup, type CellValue } from '../src/core';
import { random, timeRatio, type RatioTiming } from './measure';

export interface CountsResult {
  name: string;
  rows: number;
  rowsPerSecond: number;
  baselineRowsPerSecond: number;
  ratio: number;
}

const GROUPS = [
  'Granskning av hantering och utbetalning av försörjningsstöd (2022)',
  'Granskning av skyddade personuppgifter (2022)',
  'Granskning av kommunens hantering av långvarig skolfrånvaro (2022)',
  'Granskning av Södertörns överförmyndarverksamhet (2022)',
  'Granskning av kommunens hållbarhetsarbete och styrning utifrån Agenda 2030 (2022)',
  'Granskning av cybersäkerhet (2022)',
  'Granskning av kommunens arbetsmarknadsåtgärder (2021)',
];
// As people type them, blanks included.
const STATUSES = ['Åtgärdad', 'Åtgärdad', 'åtgärdat', 'Delvis åtgärdad', 'delvis åtgärdat', 'Ej åtgärdad', 'Inte åtgärdad', ''];

export function benchCounts(rows: number): CountsResult[] {
  const next = random(20261122);
  const groups: CellValue[] = Array.from({ length: rows }, () => GROUPS[Math.floor(next() * GROUPS.length)]);
  const statuses: CellValue[] = Array.from({ length: rows }, () => STATUSES[Math.floor(next() * STATUSES.length)]);
  // Levels as Excel passes them: numbers, with 1 % typed as text and 1 % blank.
  const level = () => {
    const r = next();
    const n = 1 + Math.floor(next() * 4);
    return r < 0.01 ? String(n) : r < 0.02 ? '' : n;
  };
  const likelihoods: CellValue[] = Array.from({ length: rows }, level);
  const consequences: CellValue[] = Array.from({ length: rows }, level);

  const summary = timeRatio(
    () => summarizeByGroup(groups, statuses),
    () => {
      const counts = new Map<CellValue, Map<CellValue, number>>();
      for (let i = 0; i < rows; i++) {
        let row = counts.get(groups[i]);
        if (!row) counts.set(groups[i], (row = new Map()));
        row.set(statuses[i], (row.get(statuses[i]) ?? 0) + 1);
      }
      return counts;
    },
  );

  /*
   * The inline loop that gives countRiskMatrix's counts on this data: a level typed as text ("3") counts as its
   * number, a blank is skipped. Skipping text instead would measure the function against less work.
   */
  const bareMatrix = () => {
    const counts = new Array<number>(16).fill(0);
    for (let i = 0; i < rows; i++) {
      const sv = likelihoods[i];
      const kv = consequences[i];
      const s = typeof sv === 'number' ? sv : sv === '' ? 0 : Number(sv);
      const k = typeof kv === 'number' ? kv : kv === '' ? 0 : Number(kv);
      if (s > 0 && k > 0) counts[(s - 1) * 4 + (k - 1)]++;
    }
    return counts;
  };
  assert.deepStrictEqual(countRiskMatrix(likelihoods, consequences, defaultScale).value?.counts.flat(), bareMatrix(), "the bare loop must give the matrix's counts");
  const matrix = timeRatio(() => countRiskMatrix(likelihoods, consequences, defaultScale), bareMatrix);

  return [result('Sammanställning (summarizeByGroup)', rows, summary), result('Riskmatris (countRiskMatrix)', rows, matrix)];
}

function result(name: string, rows: number, timing: RatioTiming): CountsResult {
  return {
    name,
    rows,
    rowsPerSecond: Math.round(rows / (timing.aMs / 1000)),
    baselineRowsPerSecond: Math.round(rows / (timing.bMs / 1000)),
    ratio: Number(timing.ratio.toFixed(2)),
  };
}

if (require.main === module) for (const c of benchCounts(1_000_000)) console.log(`${c.name}: kvot ${c.ratio}`);
