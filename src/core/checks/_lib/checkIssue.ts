import { checkMessagesSv } from '../messages.sv';

/** The finding codes the checks add to the catalogue. */
export type CheckCode = keyof typeof checkMessagesSv;
type Params<F> = F extends (p: infer P) => string ? P : never;

/** A check's message, rendered from its part of the Swedish catalogue. */
export interface CheckMessage {
  code: CheckCode;
  severity: 'error' | 'warning';
  message: string;
}

/**
 * makeIssue for the checks' own codes. It renders from checkMessagesSv directly, so it works whether or not
 * the one catalogue (issues/messages.sv.ts) spreads this part in yet.
 */
export function checkIssue<C extends CheckCode>(code: C, params: Params<(typeof checkMessagesSv)[C]>, severity: CheckMessage['severity'] = 'error'): CheckMessage {
  const render = checkMessagesSv[code] as (p: typeof params) => string;
  return { code, severity, message: render(params) };
}
