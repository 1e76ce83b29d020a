import type { RegisterData } from '../register/RegisterData';
import { checkActionOwners } from './checkActionOwners';
import { checkAnswerDeadlines } from './checkAnswerDeadlines';
import { checkCellTextLength } from './checkCellTextLength';
import { checkControlResults } from './checkControlResults';
import { checkYearClose } from './checkYearClose';
import { checkDates } from './checkDates';
import { checkDuplicateIds } from './checkDuplicateIds';
import { checkHighRisksWithoutControl } from './checkHighRisksWithoutControl';
import { checkLevels } from './checkLevels';
import { checkNamnder } from './checkNamnder';
import { checkOverdueActions } from './checkOverdueActions';
import { checkReferences } from './checkReferences';
import { checkRequired } from './checkRequired';
import { checkStatuses } from './checkStatuses';
import type { CheckOptions, Finding } from './Finding';
import { findingOf } from './findingOf';
import type { Check } from './_lib/CellFinding';
import { foldMissingColumns } from './_lib/foldMissingColumns';
import { sortFindings } from './_lib/sortFindings';

// Errors (the data cannot be counted right) before warnings (advice) where both hit one cell.
const CHECKS: readonly Check[] = [
  checkRequired,
  checkDuplicateIds,
  checkLevels,
  checkStatuses,
  checkDates,
  checkReferences,
  checkControlResults,
  checkYearClose,
  checkNamnder,
  checkHighRisksWithoutControl,
  checkActionOwners,
  checkOverdueActions,
  checkAnswerDeadlines,
  checkCellTextLength,
];

/**
 * Checks a register the way an auditor would read it: bad levels, unknown statuses, empty required cells,
 * repeated ids, dangling references, unreadable dates, nämnder outside the list, high risks without a
 * control, actions without owner or date, overdue actions, control results that do not add up (Kontrollutfall), yttranden due or late,
 * and text longer than an Excel cell holds.
 * Never throws on odd cell values.
 *
 * @param register - The register, from an Uppsikt workbook or an adopted one.
 * @param options - `today` as an Excel serial, for overdue actions.
 * @returns The findings, sorted by sheet (schema order), row and column.
 * @example
 * checkRegister(registerFromRecords(defaultScale, { Kontroller: [{ id: 'K1', riskId: 'R9', kontrollmoment: 'Stickprov' }] }), { today: 45352 })
 * //=> [{ severity: 'error', code: 'checkControlRiskMissing', sheet: 'Internkontrollplan', cell: 'B4',
 * //      message: 'Kontrollen pekar på risk R9 som inte finns i Riskanalys; ange ett Risk-id som finns där.' }]
 */
export function checkRegister(register: RegisterData, options: CheckOptions): Finding[] {
  const found = CHECKS.flatMap((check) => check(register, options));
  return sortFindings(foldMissingColumns(found), register).map((f) => findingOf(f, f));
}
