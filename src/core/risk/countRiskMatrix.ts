import type { CellValue } from '../cell/CellValue';
import { LEVEL_BLANK, parseLevel } from '../cell/parseLevel';
import type { Checked, Issue } from '../issues/Issue';
import { sizeMismatch } from '../issues/sizeMismatch';
import type { RiskScale } from '../scale/RiskScale';
import { AXIS_NAMES } from '../scale/validateScale';
import { levelIssue } from './_lib/levelIssue';

/** Risk-matrix counts: `counts[s-1][k-1]` risks have likelihood s and consequence k. */
export interface RiskMatrixCounts {
  likelihoodLevels: number;
  consequenceLevels: number;
  counts: number[][];
  /** Rows skipped because a level was blank (risks not scored yet). */
  unscored: number;
}

/**
 * Counts risks per cell of the risk matrix. Rows with a blank level are skipped (counted in `unscored`);
 * invalid levels are reported with their index and not counted, so the counts never include a guess.
 *
 * @param likelihoods - Sannolikhet per risk.
 * @param consequences - Konsekvens per risk; same length.
 * @param scale - A validated scale.
 * @returns The counts (also when some rows are invalid), or only an issue when the lengths differ.
 * @example
 * countRiskMatrix([3, 3, ''], [4, 4, 1], defaultScale).value?.counts[2][3] //=> 2
 */
export function countRiskMatrix(
  likelihoods: readonly CellValue[],
  consequences: readonly CellValue[],
  scale: RiskScale,
): Checked<RiskMatrixCounts> {
  const mismatch = sizeMismatch('sannolikheter', likelihoods.length, 'konsekvenser', consequences.length);
  if (mismatch) return { issues: [mismatch] };
  const sLevels = scale.likelihood.labels.length;
  const kLevels = scale.consequence.labels.length;
  // One flat array: one allocation, and the hot loop indexes it directly.
  const flat = new Array<number>(sLevels * kLevels).fill(0);
  const issues: Issue[] = [];
  let unscored = 0;
  for (let i = 0; i < likelihoods.length; i++) {
    const s = parseLevel(likelihoods[i], sLevels);
    const k = parseLevel(consequences[i], kLevels);
    if (s > 0 && k > 0) {
      flat[(s - 1) * kLevels + (k - 1)]++;
      continue;
    }
    if (s < LEVEL_BLANK) issues.push(levelIssue(s, likelihoods[i], AXIS_NAMES.likelihood, sLevels, { input: 'likelihoods', index: i }));
    if (k < LEVEL_BLANK) issues.push(levelIssue(k, consequences[i], AXIS_NAMES.consequence, kLevels, { input: 'consequences', index: i }));
    if (s >= LEVEL_BLANK && k >= LEVEL_BLANK && (s === LEVEL_BLANK) !== (k === LEVEL_BLANK)) unscored++;
  }
  const counts = Array.from({ length: sLevels }, (_, s) => flat.slice(s * kLevels, (s + 1) * kLevels));
  return { value: { likelihoodLevels: sLevels, consequenceLevels: kLevels, counts, unscored }, issues };
}
