import { LEVEL_BLANK, LEVEL_NOT_A_NUMBER, LEVEL_NOT_AN_INTEGER, parseLevel } from '../cell/parseLevel';
import { makeIssue } from '../issues/makeIssue';
import type { RegisterData } from '../register/RegisterData';
import { AXIS_NAMES } from '../scale/validateScale';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf, specOf } from './_lib/schemaTables';
import { shown } from './_lib/shown';

const levelCode = (code: number) => (code === LEVEL_NOT_A_NUMBER ? 'levelNotANumber' : code === LEVEL_NOT_AN_INTEGER ? 'levelNotAnInteger' : 'levelOutOfRange');

/**
 * Finds sannolikhet and konsekvens cells in Riskanalys that are not a level on the register's scale (blank
 * cells are risks not scored yet; checkRequired reports them).
 *
 * @param register - The register.
 * @returns One error per bad cell.
 * @example
 * checkLevels(registerFromRecords(defaultScale, { Risker: [{ id: 'R1', sannolikhet: 5, konsekvens: 2 }] }))[0].message
 * //=> 'Sannolikhet: 5 ligger utanför skalan; ange ett heltal 1–4.'
 */
export function checkLevels(register: RegisterData): CellFinding[] {
  const findings: CellFinding[] = [];
  for (const column of specOf('Risker')?.columns ?? []) {
    if (column.kind !== 'level' || column.axis === undefined) continue;
    const levels = register.scale[column.axis].labels.length;
    for (const row of rowsOf(register, 'Risker')) {
      const value = row.values[column.key] ?? null;
      const level = parseLevel(value, levels);
      if (level >= LEVEL_BLANK) continue;
      const issue = makeIssue(levelCode(level), { axis: AXIS_NAMES[column.axis], value: shown(value), levels });
      findings.push(findingAt('Risker', row, column.key, issue));
    }
  }
  return findings;
}
