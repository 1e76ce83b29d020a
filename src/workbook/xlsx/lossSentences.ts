import { xlsxMessages } from './messages.sv';
import type { ReplacementLoss } from './package/replacementLosses';

/**
 * What a rewrite of Uppsikt's own sheets would drop, or did drop when the user allowed it, as one Swedish
 * sentence per sheet. The CLI and XlsxWorkbook both word a loss with it (xlsxMessages.losses around it).
 *
 * @param losses - One entry per sheet and kind (replacementLosses, LossError.losses).
 * @param tense - `would` before writing (a refusal), `did` after a write the user allowed.
 * @returns The sentences, in sheet order.
 * @example
 * lossSentences([{ sheet: 'Riskanalys', what: 'ett diagram' }, { sheet: 'Riskanalys', what: 'en bild' }], 'would')
 * //=> ['Fliken Riskanalys har ett diagram och en bild som skulle försvinna.']
 */
export function lossSentences(losses: readonly ReplacementLoss[], tense: 'would' | 'did'): string[] {
  return xlsxMessages.lostPerSheet(losses, tense === 'did');
}
