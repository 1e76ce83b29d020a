/** One axis of the risk matrix; its number of levels is the number of labels (3–6). */
export interface ScaleAxis {
  /** Label of each level, level 1 first, e.g. ["Osannolik", "Mindre sannolik", "Möjlig", "Sannolik"]. */
  readonly labels: readonly string[];
}

/** A risk level (risknivå): the scores from `min` to `max` inclusive get this name and colour. */
export interface RiskBand {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Fill colour as #RRGGBB. */
  readonly color: string;
}

/** How a risk score is computed from likelihood S and consequence K. */
export type ScoreMethod = 'product' | 'grid';

/**
 * A risk scale as the workbook defines it. SKR prescribes none, so every part is configurable and lives
 * in the workbook (Inställningar); {@link defaultScale} is only the starting point.
 */
export interface RiskScale {
  readonly likelihood: ScaleAxis;
  readonly consequence: ScaleAxis;
  /** 'product': score = S × K. 'grid': score = grid[S-1][K-1], for methods that colour cells, not products. */
  readonly method: ScoreMethod;
  readonly grid?: readonly (readonly number[])[];
  /** The risk levels in ascending order of score; the last is the top level ("Hög" by default). */
  readonly bands: readonly RiskBand[];
}

/** Smallest and largest number of levels on one axis. */
export const MIN_LEVELS = 3;
export const MAX_LEVELS = 6;
