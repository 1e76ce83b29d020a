import fs from 'fs';
import path from 'path';

/**
 * EY's 2024 follow-up for Haninge, typed from the report (see test/fixtures/README.md): one row per
 * recommendation, [granskning with its year, recommendation number, 2024 verdict].
 */
export function haningeRows(): string[][] {
  const csv = fs.readFileSync(path.join(__dirname, '../fixtures/haninge-2024-uppfoljning.csv'), 'utf8');
  return csv.trim().split('\n').slice(1).map((line) => line.split(';'));
}

/**
 * The auditors' own summary table on page 2 of the same report, typed independently of the rows:
 * granskning, Åtgärdad, Delvis åtgärdad, Ej åtgärdad ("–" = 0).
 */
export const HANINGE_TABLE: [string, number, number, number][] = [
  ['Granskning av hantering och utbetalning av försörjningsstöd (2022)', 6, 1, 0],
  ['Granskning av skyddade personuppgifter (2022)', 8, 0, 0],
  ['Granskning av kommunens hantering av långvarig skolfrånvaro (2022)', 3, 0, 0],
  ['Granskning av Södertörns överförmyndarverksamhet (2022)', 4, 1, 0],
  ['Granskning av kommunens hållbarhetsarbete och styrning utifrån Agenda 2030 (2022)', 3, 10, 0],
  ['Granskning av cybersäkerhet (2022)', 2, 1, 0],
  ['Granskning av kommunens arbetsmarknadsåtgärder (2021)', 5, 0, 0],
];
