import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { compareRounds } from '../round/roundKey';
import { idKey } from './latestVerdicts';
import type { RegisterData, RegisterRow, RegisterTable } from './RegisterData';

/**
 * The register as it stood after a given follow-up round (rounds ordered as compareRounds orders them):
 * rounds after it are left out, so every summary
 * counts the verdicts known then. A recommendation with later rounds gets its own "Senaste bedömning" cell
 * blanked as well, since a file caches that cell from the latest round.
 *
 * @param register - The register.
 * @param round - The last round to keep, as typed ("2024", "2025-03-31"); blank keeps every round.
 * @returns A register sharing every other table with the input.
 * @example
 * registerAsOfRound(register, '2024').tables.Uppföljningar?.rows.length //=> 3
 */
export function registerAsOfRound(register: RegisterData, round: CellValue): RegisterData {
  const followUps = register.tables.Uppföljningar;
  if (isBlank(round) || !followUps) return register;
  const kept: RegisterRow[] = [];
  const dropped = new Set<string>();
  for (const row of followUps.rows) {
    const key = idKey(row.values.rekommendationId);
    if (compareRounds(row.values.omgang ?? null, round) <= 0) {
      kept.push(row);
    } else dropped.add(key);
  }
  const recommendations = register.tables.Rekommendationer;
  const tables: Partial<Record<string, RegisterTable>> = { ...register.tables, Uppföljningar: { ...followUps, rows: kept } };
  if (recommendations) {
    tables.Rekommendationer = {
      ...recommendations,
      rows: recommendations.rows.map((row) => {
        const key = idKey(row.values.id);
        return dropped.has(key) ? { ...row, values: { ...row.values, senasteBedomning: null } } : row;
      }),
    };
  }
  return { ...register, tables };
}
