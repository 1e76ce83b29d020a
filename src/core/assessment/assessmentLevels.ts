import type { CellValue } from '../cell/CellValue';

/**
 * The four-step scale auditors and kommunstyrelser use for a nämnd's internal control as a whole, best
 * first. The index is the step: a proposal takes the worst step any rule gives.
 */
export const ASSESSMENT_LEVELS = ['Tillräcklig', 'I allt väsentligt tillräcklig', 'Inte helt tillräcklig', 'Inte tillräcklig'] as const;

export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];

const fold = (s: string) =>
  s
    .toLocaleLowerCase('sv')
    .replace(/[\s.,;:]+/g, ' ')
    .trim();
// Only the scale's own words and the one spelling kommuner commonly shorten: "Ej tillräcklig" reads as the
// fourth step; anything else is reported, never mapped.
const BY_KEY = new Map<string, AssessmentLevel>([
  ...ASSESSMENT_LEVELS.map((l) => [fold(l), l] as const),
  [fold('Ej tillräcklig'), 'Inte tillräcklig'],
  [fold('Ej helt tillräcklig'), 'Inte helt tillräcklig'],
]);

/**
 * The scale step for what a nämnd typed in Helhetsbedömning.
 *
 * @param value - The cell.
 * @returns The step, null for blank, undefined for text that is not on the scale.
 * @example
 * normalizeAssessment(' i allt väsentligt tillräcklig ') //=> 'I allt väsentligt tillräcklig'
 * normalizeAssessment('Godkänd') //=> undefined
 */
export function normalizeAssessment(value: CellValue): AssessmentLevel | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return undefined;
  if (value.trim() === '') return null;
  return BY_KEY.get(fold(value));
}
