import type { CellValue } from '../cell/CellValue';
import type { RiskScale } from './RiskScale';
import { BAND_HEADINGS, METHOD_LABELS, SCALE_KEYS } from './scaleLayout';

/**
 * Writes a scale as its block of cells (see scaleLayout.ts), every row padded to the same width, so it can
 * be put on a sheet and read back by {@link scaleFromRange}.
 *
 * @param scale - A validated scale.
 * @returns The block, row by row.
 * @example
 * scaleToRange(defaultScale)[1] //=> ['Sannolikhet', 'Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik']
 */
export function scaleToRange(scale: RiskScale): CellValue[][] {
  const rows: CellValue[][] = [
    [SCALE_KEYS.title],
    [SCALE_KEYS.likelihood, ...scale.likelihood.labels],
    [SCALE_KEYS.consequence, ...scale.consequence.labels],
    [SCALE_KEYS.method, METHOD_LABELS[scale.method]],
    [SCALE_KEYS.band, ...BAND_HEADINGS],
    ...scale.bands.map((b) => [SCALE_KEYS.band, b.name, b.min, b.max, b.color]),
  ];
  if (scale.method === 'grid' && scale.grid) {
    scale.grid.forEach((row, s) => rows.push([SCALE_KEYS.grid, s + 1, ...row]));
  }
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  return rows.map((r) => [...r, ...Array<CellValue>(width - r.length).fill(null)]);
}
