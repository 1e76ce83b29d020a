import { bandForScore, SCALE_NAME, scoreRisk, type RegisterData } from '../../core';
import { textColorOn } from './conditionalFormats';
import { layoutMessagesSv as sv } from './messages.sv';
import type { UppsiktNames } from './uppsiktNames';

/** 0-based row and column of the grid's top-left cell (C6): the axis labels sit above and left of it. */
export const MATRIX_TOP = 5;
export const MATRIX_LEFT = 2;

/** A text at a 0-based cell. */
export interface PlacedText {
  row: number;
  column: number;
  text: string;
}

/** One grid cell: its likelihood and consequence, the core's score and band, and the band's colours. */
export interface MatrixCell {
  row: number;
  column: number;
  likelihood: number;
  consequence: number;
  score: number;
  /** The band's colour and the text colour on it; absent where no band covers the score. */
  fill?: string;
  font?: string;
}

/** Riskmatris as placed on its sheet, highest likelihood on top, consequence increasing to the right. */
export interface MatrixLayout {
  /** "Konsekvens →" above the grid, "Sannolikhet ↓" above the likelihood labels. */
  consequenceTitle: PlacedText;
  likelihoodTitle: PlacedText;
  /** "1 Försumbar", … along the row above the grid, left to right. */
  consequenceLabels: PlacedText[];
  /** "4 Sannolik", … down the column left of the grid, top to bottom. */
  likelihoodLabels: PlacedText[];
  top: number;
  left: number;
  rows: number;
  columns: number;
  /** IK.RISKMATRIX over the risks (no "="): one spill in Excel, one INDEX per cell in a file. */
  formula: string;
  /** Every grid cell, row by row from the top. */
  cells: MatrixCell[];
  /** The bands with their ranges, under the grid (files; Excel shows the bands on Inställningar). */
  legendTitle: PlacedText;
  legend: (PlacedText & { fill: string; font: string })[];
  /** Column widths in characters (0-based column → width). */
  widths: { column: number; width: number }[];
}

/**
 * Where the risk matrix goes and how each cell is coloured, scored by the core (scoreRisk, bandForScore)
 * so a grid scale colours as it scores.
 *
 * @param register - The register (its scale).
 * @param names - The names written (the Risker table, Skala).
 * @returns The layout.
 * @example
 * matrixLayout(register, names).cells[0] //=> { row: 5, column: 2, likelihood: 4, consequence: 1, score: 4, fill: '#FFC000', font: '#000000' }
 */
export function matrixLayout(register: RegisterData, names: UppsiktNames): MatrixLayout {
  const { scale } = register;
  const L = scale.likelihood.labels.length;
  const K = scale.consequence.labels.length;
  const risks = names.tables.get('Risker')!;
  const rowOf = (likelihood: number) => MATRIX_TOP + (L - likelihood);
  const cells: MatrixCell[] = [];
  for (let s = L; s >= 1; s--) {
    for (let k = 1; k <= K; k++) {
      const score = scoreRisk(scale, s, k);
      const band = bandForScore(scale, score);
      cells.push({ row: rowOf(s), column: MATRIX_LEFT + k - 1, likelihood: s, consequence: k, score, ...(band ? { fill: band.color, font: textColorOn(band.color) } : {}) });
    }
  }
  const legendRow = MATRIX_TOP + L + 1;
  return {
    consequenceTitle: { row: MATRIX_TOP - 2, column: MATRIX_LEFT, text: sv.matrixConsequence() },
    likelihoodTitle: { row: MATRIX_TOP - 1, column: MATRIX_LEFT - 1, text: sv.matrixLikelihood() },
    consequenceLabels: scale.consequence.labels.map((label, k) => ({ row: MATRIX_TOP - 1, column: MATRIX_LEFT + k, text: sv.matrixLevel({ level: k + 1, label }) })),
    likelihoodLabels: scale.likelihood.labels.map((_, i) => ({
      row: MATRIX_TOP + i,
      column: MATRIX_LEFT - 1,
      text: sv.matrixLevel({ level: L - i, label: scale.likelihood.labels[L - 1 - i] }),
    })),
    top: MATRIX_TOP,
    left: MATRIX_LEFT,
    rows: L,
    columns: K,
    formula: `IK.RISKMATRIX(${risks}[Sannolikhet],${risks}[Konsekvens],${names.definedNames.get(SCALE_NAME)})`,
    cells,
    legendTitle: { row: legendRow, column: MATRIX_LEFT - 1, text: sv.matrixLegend() },
    legend: scale.bands.map((band, i) => ({ row: legendRow + 1 + i, column: MATRIX_LEFT - 1, text: sv.matrixLegendBand(band), fill: band.color, font: textColorOn(band.color) })),
    widths: [{ column: MATRIX_LEFT - 1, width: 22 }, ...scale.consequence.labels.map((_, k) => ({ column: MATRIX_LEFT + k, width: 16 }))],
  };
}
