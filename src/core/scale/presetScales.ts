import { defaultScale } from './defaultScale';
import type { RiskScale } from './RiskScale';

/**
 * A 5 × 5 starting point (the second most common size in municipalities), S × K from 1 to 25:
 * 1–4 Låg, 5–12 Medel, 13–25 Hög. Like the default, only a starting point to edit.
 */
export const scale5x5: RiskScale = {
  likelihood: { labels: ['Mycket osannolik', 'Osannolik', 'Möjlig', 'Sannolik', 'Mycket sannolik'] },
  consequence: { labels: ['Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig', 'Mycket allvarlig'] },
  method: 'product',
  bands: [
    { name: 'Låg', min: 1, max: 4, color: '#00B050' },
    { name: 'Medel', min: 5, max: 12, color: '#FFC000' },
    { name: 'Hög', min: 13, max: 25, color: '#FF0000' },
  ],
};

/** The scales `uppsikt init --skala` offers, by name. */
export const PRESET_SCALES: Readonly<Record<string, RiskScale>> = { '4x4': defaultScale, '5x5': scale5x5 };
