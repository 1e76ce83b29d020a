import { findingOf, type Issue } from '../core';
import type { Finding } from './Finding';

/**
 * Adoption's issues as findings: an adoption issue names its sheet in `input` and its cell by 0-based row
 * and column (the CLI's commands and the pane's Kontrollera show them alike).
 *
 * @param issues - `Adoption.issues`.
 * @returns One finding per issue, in the same order.
 * @example
 * adoptionFindings([{ code: 'adoptNameBroken', severity: 'warning', message: 'Namnet Skala pekar på …' }])
 * //=> [{ severity: 'warning', code: 'adoptNameBroken', sheet: '', cell: '', message: 'Namnet Skala pekar på …' }]
 */
export function adoptionFindings(issues: readonly Issue[]): Finding[] {
  return issues.map((issue) => findingOf(issue, { sheet: issue.input ?? '', row: issue.row, column: issue.column }));
}
