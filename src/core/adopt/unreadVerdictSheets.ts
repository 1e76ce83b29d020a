import { headerKey } from './headerKey';
import type { Issue } from '../issues/Issue';
import { makeIssue } from '../issues/makeIssue';
import { roundOfHeader } from '../round/roundOfHeader';
import type { WorkbookSnapshot } from '../snapshot/WorkbookSnapshot';
import { looksLikeVerdicts } from './looksLikeVerdicts';

/** Header rows are looked for as far down as adoption looks (see locateTables). */
const SCAN_ROWS = 30;
const STATUS_HEADERS = new Set(['Status', 'Bedömning', 'Revisionens bedömning', 'Senaste bedömning'].map((h) => headerKey(h)));

/**
 * Columns of verdicts on sheets adoption did not read (one table per sheet: a second register sheet, a sheet
 * whose header row was not recognised), each reported once at its header, so `check` never stays silent about
 * verdicts it did not count. A header is a status word ("Status", "Bedömning") or a round column; the sheet's
 * header row must name at least three columns, so a legend or a two-column summary is not taken for one.
 *
 * @param snapshot - The workbook.
 * @param read - The sheets adoption read tables from.
 * @param recommendationsFrom - The sheet the recommendations were read from, if any, for the message.
 * @returns Warnings with sheet (input) and cell.
 */
export function unreadVerdictSheets(snapshot: WorkbookSnapshot, read: ReadonlySet<string>, recommendationsFrom: string | undefined): Issue[] {
  const issues: Issue[] = [];
  for (const sheet of snapshot.sheets) {
    if (read.has(sheet.name)) continue;
    const reported = new Set<number>();
    const rows = Math.min(sheet.values.length, SCAN_ROWS);
    for (let row = 0; row < rows; row++) {
      const cells = sheet.values[row] ?? [];
      if (cells.filter((c) => typeof c === 'string' && c.trim() !== '').length < 3) continue;
      cells.forEach((cell, column) => {
        if (reported.has(column) || typeof cell !== 'string') return;
        if (roundOfHeader(cell) === undefined && !STATUS_HEADERS.has(headerKey(cell))) return;
        const below = sheet.values.slice(row + 1).map((r) => r[column] ?? null);
        if (!looksLikeVerdicts(below)) return;
        reported.add(column);
        const params = { header: cell.trim(), sheet: sheet.name, ...(recommendationsFrom ? { readFrom: recommendationsFrom } : {}) };
        issues.push(makeIssue('adoptVerdictSheetUnread', params, { input: sheet.name, row, column }, 'warning'));
      });
    }
  }
  return issues;
}
