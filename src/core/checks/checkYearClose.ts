import { isBlank } from '../cell/isBlank';
import { normalizeAssessment } from '../assessment/assessmentLevels';
import { yearAssessments } from '../assessment/yearAssessments';
import { isoFromSerial } from '../date/excelSerial';
import { planControls } from '../controls/planControls';
import { controlResults } from '../register/controlResults';
import type { RegisterData } from '../register/RegisterData';
import type { CheckOptions } from './Finding';
import { checkIssue } from './_lib/checkIssue';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf } from './_lib/schemaTables';
import { shown } from './_lib/shown';

// 9999-12-31, the last date Excel has.
const EXCEL_LAST_DAY = 2958465;
const fold = (s: string) => s.trim().toLocaleLowerCase('sv');

/**
 * The year's close as an auditor asks about it ("Följs upptäckta brister upp i nästa års plan?"), for the
 * year before today's: a Väsentlig avvikelse whose åtgärd is not done and whose control is not in the plan;
 * a nämnd with results but no helhetsbedömning for the year (it should be decided before the follow-up is
 * reported); and a Helhetsbedömning that is not on the four-step scale (an error: it cannot be counted).
 *
 * @param register - The register.
 * @param options - Today, which decides the year closed (the year before it).
 * @returns The findings.
 * @example
 * checkYearClose(register, { today: serialFromYmd(2027, 2, 1) })[0].code //=> 'checkAssessmentMissing'
 */
export function checkYearClose(register: RegisterData, options: CheckOptions): CellFinding[] {
  const findings: CellFinding[] = [];
  for (const row of rowsOf(register, 'Helhetsbedömningar')) {
    const value = row.values.helhetsbedomning ?? null;
    if (!isBlank(value) && normalizeAssessment(value) === undefined) {
      findings.push(findingAt('Helhetsbedömningar', row, 'helhetsbedomning', checkIssue('checkAssessmentUnknown', { value: shown(value) })));
    }
  }

  // Without a date Excel can hold (1900–9999) there is no "last year" to close.
  if (!(options.today >= 1 && options.today <= EXCEL_LAST_DAY)) return findings;
  const closed = Number(isoFromSerial(options.today).slice(0, 4)) - 1;
  const controls = planControls(register);
  const inPlan = new Set(controls.map((c) => c.key));
  const namndOf = new Map(controls.map((c) => [c.key, c.namnd]));
  const assessed = new Set(
    yearAssessments(register)
      .filter((a) => a.ar === closed && !isBlank(a.typed))
      .map((a) => fold(a.namnd)),
  );
  const warned = new Set<string>();
  for (const result of controlResults(register)) {
    if (result.period?.year !== closed || result.kontrollKey === '') continue;
    if (result.avvikelse === 'Väsentlig' && result.atgardad !== true && !inPlan.has(result.kontrollKey)) {
      findings.push(
        findingAt(
          'Kontrollutfall',
          result.row,
          'kontrollId',
          checkIssue('checkSignificantNotFollowedUp', { id: result.kontrollId, period: result.period.name, next: closed + 1 }, 'warning'),
        ),
      );
    }
    const namnd = namndOf.get(result.kontrollKey) ?? '';
    if (namnd !== '' && !assessed.has(fold(namnd)) && !warned.has(fold(namnd))) {
      warned.add(fold(namnd));
      findings.push(findingAt('Kontrollutfall', result.row, 'period', checkIssue('checkAssessmentMissing', { namnd, year: closed }, 'warning')));
    }
  }
  return findings;
}
