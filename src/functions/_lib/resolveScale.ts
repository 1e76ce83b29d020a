import { defaultScale, scaleFromRange, type Checked, type RiskScale } from '../../core';
import { toFlatRange } from './excelValues';

// Every row of a risk table passes the same scale range, so parse each distinct block once. Small and
// bounded: workbooks hold one scale, perhaps a draft beside it.
const cache = new Map<string, Checked<RiskScale>>();
const CACHE_LIMIT = 16;

/**
 * The scale for a function call: the default when the argument is omitted, else the parsed scale range.
 */
export function resolveScale(scale: unknown): Checked<RiskScale> {
  if (scale === undefined || scale === null) return { value: defaultScale, issues: [] };
  const flat = toFlatRange(scale);
  const rows = Array.from({ length: flat.rows }, (_, r) => flat.values.slice(r * flat.columns, (r + 1) * flat.columns));
  const key = JSON.stringify(rows);
  let checked = cache.get(key);
  if (!checked) {
    checked = scaleFromRange(rows);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, checked);
  }
  return checked;
}
