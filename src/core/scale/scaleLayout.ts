/*
 * The scale as a block of cells (the "Skala" range on Inställningar, and the optional [scale] argument of
 * every IK function). One row per fact, keyed by its first cell, so users can read and edit it:
 *
 *   Skala        | (title row, ignored)
 *   Sannolikhet  | Osannolik | Mindre sannolik | Möjlig  | Sannolik
 *   Konsekvens   | Försumbar | Lindrig         | Kännbar | Allvarlig
 *   Beräkning    | Produkt   (or Rutnät)
 *   Risknivå     | Namn      | Från | Till | Färg        (optional column-heading row)
 *   Risknivå     | Låg       | 1    | 3    | #00B050
 *   Rutnät       | 4         | 4    | 8    | 12 | 16     (only for Rutnät: likelihood level, then a score per consequence)
 */
export const SCALE_KEYS = {
  title: 'Skala',
  likelihood: 'Sannolikhet',
  consequence: 'Konsekvens',
  method: 'Beräkning',
  band: 'Risknivå',
  grid: 'Rutnät',
} as const;

export const METHOD_LABELS = { product: 'Produkt', grid: 'Rutnät' } as const;

export const BAND_HEADINGS = ['Namn', 'Från', 'Till', 'Färg'] as const;
