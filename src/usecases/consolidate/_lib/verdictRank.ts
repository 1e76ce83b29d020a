import { normalizeStatus, type CellValue } from '../../../core';

/**
 * How finished a verdict is, for the rule that the least finished counts: unknown text -1 (it must be seen),
 * Ej bedömd or blank 0, Ej åtgärdad 1, Delvis åtgärdad 2, Åtgärdad 3.
 */
export function verdictRank(value: CellValue): number {
  const status = normalizeStatus(value);
  if (status === undefined) return -1;
  if (status === null || status === 'Ej bedömd') return 0;
  return status === 'Ej åtgärdad' ? 1 : status === 'Delvis åtgärdad' ? 2 : 3;
}

/** The key two verdicts are compared by: the canonical status, or the typed text when unknown. */
export function verdictKey(value: CellValue): string {
  const status = normalizeStatus(value);
  if (status === undefined) return `?${String(value).trim().toLocaleLowerCase('sv')}`;
  return status ?? 'Ej bedömd';
}

/** A verdict as shown in messages. */
export function verdictText(value: CellValue): string {
  const status = normalizeStatus(value);
  if (status === undefined) return String(value).trim();
  return status ?? 'Ej bedömd';
}
