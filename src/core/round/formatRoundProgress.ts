import { isBlank } from '../cell/isBlank';
import { dateText } from '../date/dateText';
import { roundMessagesSv } from './messages.sv';
import type { RoundProgress } from './roundProgress';

/**
 * How far a follow-up round has come, as the CLI and the task pane say it.
 *
 * @param progress - One round's progress (see roundProgress).
 * @returns The Swedish line.
 * @example
 * formatRoundProgress({ round: '2026', total: 6, assessed: 2 }) //=> 'Omgång 2026: 2 av 6 bedömda'
 */
export function formatRoundProgress(progress: RoundProgress): string {
  const round = isBlank(progress.round) ? '' : progress.round instanceof Date ? dateText(progress.round) : String(progress.round).trim();
  const line = roundMessagesSv.roundProgress({ round, assessed: progress.assessed, total: progress.total });
  return progress.assessed < progress.total ? `${line}; ${roundMessagesSv.roundPending()}` : line;
}
