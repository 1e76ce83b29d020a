/* The summary table ("Granskningar Åtgärdad Delvis åtgärdad Ej åtgärdad", a row per granskning with its
   year and counts, up to "Totalt:") and the numbered list of granskningar. */
import { joinReportText, normalizeSpaces } from '../joinReportText';
import type { FollowUpCounts } from '../FollowUpReport';
import { startHeader, isDigit } from './lineKinds';
import { startsLowercase } from './text';

export interface TableRow {
  title: string;
  year: number;
  counts: FollowUpCounts;
}

/**
 * The summary table: "Granskningar Åtgärdad Delvis åtgärdad Ej åtgärdad", then rows such as
 * "Granskning av hantering och utbetalning av \nförsörjningsstöd (2022) 6 1 -", up to "Totalt:".
 */
export function parseSummaryTable(trimmed: readonly string[]): TableRow[] {
  const header = trimmed.findIndex((line) => line.startsWith('Granskningar') && line.includes('Åtgärdad'));
  if (header < 0) return [];
  const rows: TableRow[] = [];
  let pending: string[] = [];
  for (let i = header + 1; i < trimmed.length && i <= header + 200; i++) {
    const line = trimmed[i];
    if (line === '') {
      pending = [];
      continue;
    }
    if (line.startsWith('Totalt') || startHeader(line) !== null) break;
    const tokens = line.split(/\s+/);
    const n = tokens.length;
    const yearToken = n >= 4 ? /^\((\d{4})\)$/.exec(tokens[n - 4]) : null;
    const countTokens = tokens.slice(Math.max(0, n - 3));
    if (!yearToken || !countTokens.every(isCountToken)) {
      pending.push(line);
      if (pending.length > 10) pending.shift();
      continue;
    }
    const title = normalizeSpaces([...pending, tokens.slice(0, n - 4).join(' ')].join(' '));
    rows.push({
      title,
      year: Number(yearToken[1]),
      counts: {
        Åtgärdad: countOf(countTokens[0]),
        'Delvis åtgärdad': countOf(countTokens[1]),
        'Ej åtgärdad': countOf(countTokens[2]),
      },
    });
    pending = [];
  }
  return rows;
}

export function isCountToken(token: string): boolean {
  return /^(\d{1,3}|[-–—])$/.test(token);
}

export function countOf(token: string): number {
  return isDigit(token.charAt(0)) ? Number(token) : 0;
}

/** The numbered list "1. Granskning av hantering och utbetalning av \nförsörjningsstöd", "2. …". */
export function parseTitleList(trimmed: readonly string[]): string[] {
  const titles: string[] = [];
  for (let i = 0; i < trimmed.length; i++) {
    const m = /^(\d{1,2})\.\s+(\S.*)$/.exec(trimmed[i]);
    if (!m || Number(m[1]) !== titles.length + 1 || !m[2].startsWith('Granskning')) continue;
    const parts = [m[2]];
    let j = i + 1;
    while (j < trimmed.length && j <= i + 5 && trimmed[j] !== '' && startsLowercase(trimmed[j])) parts.push(trimmed[j++]);
    titles.push(joinReportText(parts));
    i = j - 1;
  }
  return titles;
}
