import { cellRef } from '../cell/a1';
import type { Finding } from './Finding';

/** Where a finding is: the sheet and, when known, the 0-based row and column of its cell. */
export interface FindingPlace {
  sheet: string;
  row?: number;
  column?: number;
}

/**
 * The one mapping from a message (a core Issue, a check's message) to the finding every shell shows: the
 * checks, adoption's issues and the use cases' issues about a register row all go through it.
 *
 * @param message - Severity, catalogue code and Swedish message.
 * @param place - The sheet and the cell's 0-based row and column; without both the finding names the sheet only.
 * @returns The finding.
 * @example
 * findingOf({ severity: 'error', code: 'statusUnknown', message: 'Statusen ”klar” är okänd.' }, { sheet: 'Uppföljning', row: 4, column: 2 })
 * //=> { severity: 'error', code: 'statusUnknown', sheet: 'Uppföljning', cell: 'C5', message: 'Statusen ”klar” är okänd.' }
 */
export function findingOf(message: Pick<Finding, 'severity' | 'code' | 'message'>, place: FindingPlace): Finding {
  const cell = place.row !== undefined && place.column !== undefined ? cellRef('', place.row, place.column) : '';
  return { severity: message.severity, code: message.code, sheet: place.sheet, cell, message: message.message };
}
