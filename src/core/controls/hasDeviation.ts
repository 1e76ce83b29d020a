import type { ControlResult } from '../register/controlResults';

/**
 * Whether a result found a deviation: Antal avvikelser above 0, or Avvikelse Mindre or Väsentlig.
 *
 * @param result - The result (only antalAvvikelser and avvikelse are read).
 * @returns True when it has a deviation.
 * @example
 * hasDeviation({ antalAvvikelser: 2 }) //=> true
 * hasDeviation({ antalAvvikelser: 0, avvikelse: 'Ingen' }) //=> false
 */
export function hasDeviation(result: Pick<ControlResult, 'antalAvvikelser' | 'avvikelse'>): boolean {
  return (result.antalAvvikelser ?? 0) > 0 || result.avvikelse === 'Mindre' || result.avvikelse === 'Väsentlig';
}
