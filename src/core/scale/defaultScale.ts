import type { RiskScale } from './RiskScale';

/**
 * The default scale (shown to users as a default they can change): 4 × 4, riskvärde = S × K (1–16),
 * bands 1–3 Låg (green), 4–8 Medel (yellow), 9–16 Hög (red). Labels follow common municipal practice.
 */
export const defaultScale: RiskScale = {
  likelihood: { labels: ['Osannolik', 'Mindre sannolik', 'Möjlig', 'Sannolik'] },
  consequence: { labels: ['Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig'] },
  method: 'product',
  bands: [
    { name: 'Låg', min: 1, max: 3, color: '#00B050' },
    { name: 'Medel', min: 4, max: 8, color: '#FFC000' },
    { name: 'Hög', min: 9, max: 16, color: '#FF0000' },
  ],
};
