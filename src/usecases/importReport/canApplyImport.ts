import type { ImportChoices, ImportPlan } from './ImportPlan';

/**
 * Whether applying a plan would write anything and may be written: no ids several rows share, no text too long
 * for a cell, and at
 * least one row, filled cell, new granskning or accepted text change.
 *
 * @param plan - From planImport.
 * @param choices - Whether text changes are accepted.
 * @returns True when the Infoga button may be pressed.
 * @example
 * canApplyImport({ kind: 'followUp', plan: { ...plan, insert: [], fill: [] }, titles }) //=> false
 */
export function canApplyImport(plan: ImportPlan, choices: ImportChoices = {}): boolean {
  if (plan.plan.ambiguousIds.length > 0) return false;
  if (plan.kind === 'followUp') return plan.plan.insert.length > 0 || plan.plan.fill.length > 0;
  const p = plan.plan;
  const fills = Object.keys(p.granskning.fill ?? {}).length > 0;
  return p.tooLong.length === 0 && (p.insert.length > 0 || p.granskning.isNew || fills || (choices.acceptUpdates === true && p.update.length > 0));
}
