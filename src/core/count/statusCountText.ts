import type { FollowUpStatus } from '../status/FollowUpStatus';
import { countText, type CountForms } from './countText';

/** Each verdict as a counted word, lower case: "1 åtgärdad", "2 delvis åtgärdade", "3 ej bedömda". */
export const STATUS_COUNT_FORMS: Readonly<Record<FollowUpStatus, CountForms>> = {
  Åtgärdad: { one: 'åtgärdad', many: 'åtgärdade' },
  'Delvis åtgärdad': { one: 'delvis åtgärdad', many: 'delvis åtgärdade' },
  'Ej åtgärdad': { one: 'ej åtgärdad', many: 'ej åtgärdade' },
  'Ej bedömd': { one: 'ej bedömd', many: 'ej bedömda' },
};

/**
 * How many recommendations have a verdict, said as a Swedish reader expects ("2 åtgärdade", not
 * "2 åtgärdad"): the one form for the pane, the CLI and the reports.
 *
 * @param count - How many.
 * @param status - The verdict.
 * @returns E.g. "2 delvis åtgärdade".
 * @example
 * statusCountText(2, 'Ej bedömd') //=> '2 ej bedömda'
 * statusCountText(1, 'Åtgärdad') //=> '1 åtgärdad'
 */
export function statusCountText(count: number, status: FollowUpStatus): string {
  return countText(count, STATUS_COUNT_FORMS[status]);
}
