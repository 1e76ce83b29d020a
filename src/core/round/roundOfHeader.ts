import type { CellValue } from '../cell/CellValue';

/*
 * Controllers keep one row per recommendation and one status column per follow-up: "Status 2023",
 * "Bedömning 2024", "Uppföljning 2025", "Status T2 2025". The header is a status word followed by nothing but
 * a round as kommuner name them (a year, a period with its year, a date); anything else ("Status för
 * åtgärd 2023", "Bedömning av risk") is not a round, so a column is never read as verdicts by a guess.
 */
const STATUS_WORD = /^(?:revisionens\s+|revisorernas\s+)?(?:status|bed[öo]mning|uppf[öo]ljning(?:sstatus)?)(?:\s+(?:per|vid|i|uppf[öo]ljning))?\s*[:\-–—]?\s*/i;
const PERIOD = String.raw`(?:t[1-3]|q[1-4]|h[12]|tertial\s+[1-3]|kvartal\s+[1-4]|delår(?:srapport)?|helår|bokslut|omgång\s+\d{1,2})`;
const ROUND = new RegExp(String.raw`^(?:${PERIOD}\s+)?(?:19|20|21)\d\d(?:-\d{1,2}-\d{1,2})?$`, 'i');

/**
 * The follow-up round a column header names, when the header is a status word with a round: the round as
 * written, for the Omgång cell.
 *
 * @param header - A header cell.
 * @returns The round ("2023", "T2 2025", "2024-12-31"), or undefined when the header is not a round column.
 * @example
 * roundOfHeader('Status T2 2025') //=> 'T2 2025'
 * roundOfHeader('Bedömning (2024)') //=> '2024'
 * roundOfHeader('Status') //=> undefined
 */
export function roundOfHeader(header: CellValue): string | undefined {
  if (typeof header !== 'string') return undefined;
  const text = header.trim().replace(/\s+/g, ' ');
  const word = STATUS_WORD.exec(text);
  if (!word) return undefined;
  const rest = text
    .slice(word[0].length)
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  return ROUND.test(rest) ? rest : undefined;
}
