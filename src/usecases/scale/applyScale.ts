import type { RiskScale } from '../../core';
import type { WorkbookPort } from '../port/WorkbookPort';
import { flowMessagesSv as M } from '../messages.sv';
import type { ScaleEffect } from './scaleEffect';

/**
 * Saves a scale on Inställningar through the port (every formula and colour follows the name Skala) and says
 * what it did to the risks already there, as scaleEffect planned it.
 *
 * @param port - The workbook.
 * @param scale - The validated new scale.
 * @param effect - scaleEffect(register, scale), shown before the user confirmed.
 * @returns The Swedish sentence for the user ("Klart: skalan på Inställningar är sparad …").
 * @example
 * await applyScale(port, scale5x5, { changed: [], invalid: [] }) //=> 'Klart: skalan på Inställningar är sparad (5 × 5 nivåer, 3 risknivåer); …'
 */
export async function applyScale(port: WorkbookPort, scale: RiskScale, effect: ScaleEffect): Promise<string> {
  await port.writeScale(scale);
  const risks = [
    ...(effect.changed.length > 0 ? [M.scaleRisksChanged({ count: effect.changed.length })] : []),
    ...(effect.invalid.length > 0 ? [M.scaleRisksInvalid({ count: effect.invalid.length })] : []),
  ];
  return M.scaleSaved({ likelihood: scale.likelihood.labels.length, consequence: scale.consequence.labels.length, bands: scale.bands.length, risks });
}
