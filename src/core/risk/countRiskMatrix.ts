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

/*
 * The common cases in a loop of their own, as cheap as the bare loop it is measured against (typed arrays;
 * no push, no closures, no Map): levels as whole numbers or as one digit typed as text ("3"), and blanks.
 * A level is read here as parseLevel would read it; returns the rows that need parseLevel (anything else)
 * in order, so the caller counts and reports them exactly as before.
 */
const BLANK = 0;
const OTHER = -1;

/** The level of a cell when it is one of the common forms, BLANK for a blank cell, else OTHER. */
function quickLevel(value: CellValue, levels: number): number {
  if (typeof value === 'number') return value >>> 0 === value && value >= 1 && value <= levels ? value : OTHER;
  if (typeof value === 'string') {
    if (value.length === 0) return BLANK;
    if (value.length === 1) {
      const level = value.charCodeAt(0) - 48;
      return level >= 1 && level <= levels ? level : OTHER;
    }
    return OTHER;
  }
  return value === null || value === undefined ? BLANK : OTHER;
}

function countCommonLevels(
  likelihoods: readonly CellValue[],
  consequences: readonly CellValue[],
  sLevels: number,
  kLevels: number,
  flat: Int32Array,
): { rest: Int32Array; unscored: number } {
  let rest = new Int32Array(1024);
  let m = 0;
  let unscored = 0;
  const n = likelihoods.length;
  for (let i = 0; i < n; i++) {
    const sv = likelihoods[i];
    const kv = consequences[i];
    // Both whole numbers on the scale, the bulk of any sheet: the bare loop's own test.
    if (typeof sv === 'number' && typeof kv === 'number') {
      const a = sv - 1;
      const b = kv - 1;
      if (a >>> 0 === a && a < sLevels && b >>> 0 === b && b < kLevels) {
        flat[a * kLevels + b]++;
        continue;
      }
    }
    const s = quickLevel(sv, sLevels);
    const k = quickLevel(kv, kLevels);
    if (s > 0 && k > 0) {
      flat[(s - 1) * kLevels + (k - 1)]++;
      continue;
    }
    if (s >= BLANK && k >= BLANK) {
      // One level blank: a risk not scored yet; both blank: an empty row.
      if ((s === BLANK) !== (k === BLANK)) unscored++;
      continue;
    }
    if (m === rest.length) {
      const bigger = new Int32Array(m * 2);
      bigger.set(rest);
      rest = bigger;
    }
    rest[m++] = i;
  }
  return { rest: rest.subarray(0, m), unscored };
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
export function countRiskMatrix(likelihoods: readonly CellValue[], consequences: readonly CellValue[], scale: RiskScale): Checked<RiskMatrixCounts> {
  const mismatch = sizeMismatch('sannolikheter', likelihoods.length, 'konsekvenser', consequences.length);
  if (mismatch) return { issues: [mismatch] };
  const sLevels = scale.likelihood.labels.length;
  const kLevels = scale.consequence.labels.length;
  // One flat typed array: one allocation, and the hot loop indexes it directly.
  const flat = new Int32Array(sLevels * kLevels);
  const issues: Issue[] = [];
  const common = countCommonLevels(likelihoods, consequences, sLevels, kLevels, flat);
  const rest = common.rest;
  let unscored = common.unscored;
  // Text levels ("3", "3,0", "") are parsed once per distinct text: a column repeats a handful of them.
  const sText = new Map<string, number>();
  const kText = new Map<string, number>();
  for (let r = 0; r < rest.length; r++) {
    const i = rest[r];
    const sv = likelihoods[i];
    const kv = consequences[i];
    let s = typeof sv === 'string' ? sText.get(sv) : undefined;
    if (s === undefined) {
      s = parseLevel(sv, sLevels);
      if (typeof sv === 'string') sText.set(sv, s);
    }
    let k = typeof kv === 'string' ? kText.get(kv) : undefined;
    if (k === undefined) {
      k = parseLevel(kv, kLevels);
      if (typeof kv === 'string') kText.set(kv, k);
    }
    if (s > 0 && k > 0) {
      flat[(s - 1) * kLevels + (k - 1)]++;
      continue;
    }
    if (s < LEVEL_BLANK) issues.push(levelIssue(s, sv, AXIS_NAMES.likelihood, sLevels, { input: 'likelihoods', index: i }));
    if (k < LEVEL_BLANK) issues.push(levelIssue(k, kv, AXIS_NAMES.consequence, kLevels, { input: 'consequences', index: i }));
    if (s >= LEVEL_BLANK && k >= LEVEL_BLANK && (s === LEVEL_BLANK) !== (k === LEVEL_BLANK)) unscored++;
  }
  const counts = Array.from({ length: sLevels }, (_, s) => Array.from(flat.subarray(s * kLevels, (s + 1) * kLevels)));
  return { value: { likelihoodLevels: sLevels, consequenceLevels: kLevels, counts, unscored }, issues };
}
