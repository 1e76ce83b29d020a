import { checkRegister, type Adoption } from '../core';
import { adoptionFindings } from './adoptionFindings';
import type { Finding } from './Finding';

/**
 * What Kontrollera and `uppsikt check` report about a workbook: adoption's issues (how its sheets were
 * read), then the checks of the register, each at a sheet and cell.
 *
 * @param adoption - The workbook adopted (adoptWorkbook).
 * @param today - Today as an Excel serial (usecases/clock), for overdue actions.
 * @returns The findings; any with severity 'error' makes the counts unreliable.
 * @example
 * checkFindings(adoptWorkbook(snapshot), 46348).filter((f) => f.severity === 'error').length //=> 1
 */
export function checkFindings(adoption: Pick<Adoption, 'issues' | 'register'>, today: number): Finding[] {
  return [...adoptionFindings(adoption.issues), ...checkRegister(adoption.register, { today })];
}
