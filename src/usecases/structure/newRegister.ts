import { PRESET_SCALES, registerFromRecords, type RegisterData } from '../../core';
import { exampleRegister } from '../exampleRegister';

/** The preset scales a new workbook can start from, by name ("4x4", "5x5"). */
export const SCALE_CHOICES: readonly string[] = Object.keys(PRESET_SCALES);

/**
 * The register a new workbook starts with (`uppsikt init`, the pane's Skapa on a blank workbook): empty or
 * with the example data, on a preset scale.
 *
 * @param scale - A preset scale's name ("4x4" or "5x5").
 * @param example - Fill with the example data.
 * @returns The register, or undefined when the scale is not a preset (the caller says so: flowMessagesSv.scaleUnknown).
 * @example
 * newRegister('5x5', false)?.scale.likelihood.labels.length //=> 5
 */
export function newRegister(scale: string, example = false): RegisterData | undefined {
  const preset = Object.prototype.hasOwnProperty.call(PRESET_SCALES, scale) ? PRESET_SCALES[scale] : undefined;
  if (!preset) return undefined;
  return example ? exampleRegister(preset) : registerFromRecords(preset, {});
}
