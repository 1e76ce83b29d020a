import type { RiskScale } from '../../../core';
import { consolidateMessages } from '../messages.sv';

/** What makes two scales the same: levels per axis, how scores are computed and the risk levels' limits. */
export function scaleKey(scale: RiskScale): string {
  const grid = scale.method === 'grid' ? JSON.stringify(scale.grid ?? []) : '';
  const bands = scale.bands.map((b) => `${b.name.trim().toLocaleLowerCase('sv')}:${b.min}-${b.max}`).join('|');
  return `${scale.likelihood.labels.length}x${scale.consequence.labels.length}|${scale.method}${grid}|${bands}`;
}

/** A scale in words: "4 × 4, produkt; Låg 1–3, Medel 4–8, Hög 9–16". */
export function scaleLabel(scale: RiskScale): string {
  const bands = scale.bands.map((b) => `${b.name} ${b.min}–${b.max}`).join(', ');
  return `${scale.likelihood.labels.length} × ${scale.consequence.labels.length}, ${consolidateMessages.scaleMethod(scale.method)}; ${bands}`;
}
