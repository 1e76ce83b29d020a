import { dateText, bandForScore, parseLevel, scoreRisk, type CellValue, type RegisterData, type RiskScale } from '../../core';
import { flowMessagesSv as M } from '../messages.sv';

/** One risk a scale change affects. */
export interface ScaleEffectRow {
  id: string;
  sheet: string;
  /** 1-based row on the sheet. */
  row: number;
  /** The risknivå before and after (level changes), or the value that no longer fits (invalid). */
  from: string;
  to: string;
}

/** What saving `next` in place of `register.scale` does to the risks already in the register. */
export interface ScaleEffect {
  /** Risks whose risknivå changes. */
  changed: ScaleEffectRow[];
  /** Risks with a Sannolikhet or Konsekvens that is valid now and outside the new scale. */
  invalid: ScaleEffectRow[];
}

function shown(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : value instanceof Date ? dateText(value) : String(value).trim();
}

function levelOf(scale: RiskScale, s: number, k: number): string | undefined {
  const score = scale.method === 'grid' && scale.grid ? scale.grid[s - 1]?.[k - 1] : scoreRisk(scale, s, k);
  return score === undefined ? undefined : bandForScore(scale, score)?.name;
}

/**
 * The effect of a new scale on the register's risks, for the preview before Spara: levels that change and
 * values that become invalid. Risks already invalid or blank are not counted here (Kontrollera shows them).
 *
 * @example
 * scaleEffect(register, { ...scale, likelihood: { labels: ['Låg', 'Medel', 'Hög'] } }).invalid.length //=> risks with Sannolikhet 4
 */
export function scaleEffect(register: RegisterData, next: RiskScale): ScaleEffect {
  const before = register.scale;
  const changed: ScaleEffectRow[] = [];
  const invalid: ScaleEffectRow[] = [];
  for (const risk of register.tables.Risker?.rows ?? []) {
    const sValue = risk.values.sannolikhet ?? null;
    const kValue = risk.values.konsekvens ?? null;
    const s = parseLevel(sValue, before.likelihood.labels.length);
    const k = parseLevel(kValue, before.consequence.labels.length);
    if (s <= 0 || k <= 0) continue;
    const place = { id: shown(risk.values.id), sheet: risk.sheet, row: risk.row + 1 };
    const s2 = parseLevel(sValue, next.likelihood.labels.length);
    const k2 = parseLevel(kValue, next.consequence.labels.length);
    if (s2 <= 0 || k2 <= 0) {
      const what = [s2 <= 0 ? `Sannolikhet ${shown(sValue)}` : '', k2 <= 0 ? `Konsekvens ${shown(kValue)}` : ''].filter((x) => x !== '').join(', ');
      invalid.push({ ...place, from: what, to: '' });
      continue;
    }
    const from = levelOf(before, s, k) ?? M.noLevel;
    const to = levelOf(next, s2, k2) ?? M.noLevel;
    if (from !== to) changed.push({ ...place, from, to });
  }
  return { changed, invalid };
}
