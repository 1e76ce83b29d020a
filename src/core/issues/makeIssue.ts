import { messagesSv, type IssueCode, type IssueParams } from './messages.sv';
import type { Issue, IssuePlace } from './Issue';

/**
 * Builds an issue with its Swedish message from the catalogue.
 *
 * @param code - The issue code, a key of the message catalogue.
 * @param params - The values the message names.
 * @param place - Where in the input the problem is.
 * @param severity - 'error' (default) or 'warning'.
 * @returns The issue.
 * @example
 * makeIssue('statusUnknown', { value: '”klar”' }).message
 * //=> 'Statusen ”klar” är okänd; ange Åtgärdad, Delvis åtgärdad, Ej åtgärdad eller Ej bedömd.'
 */
export function makeIssue<C extends IssueCode>(code: C, params: IssueParams<C>, place: IssuePlace = {}, severity: Issue['severity'] = 'error'): Issue {
  const render = messagesSv[code] as (p: IssueParams<C>) => string;
  return { code, severity, message: render(params), ...place };
}
