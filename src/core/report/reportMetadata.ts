import { joinReportText } from './joinReportText';
import { isBlankLine } from './reportLines';

/** What a report says about its granskning, where the text gives it. Dates are ISO (yyyy-mm-dd). */
export interface ReportMetadata {
  title?: string;
  date?: string;
  year?: number;
  firm?: string;
  answerBy?: string;
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const ISO_DATE = /\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)\b/;
const SWEDISH_DATE = /\b(\d{1,2}) (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) ((?:19|20)\d\d)\b/i;
const FIRMS = /\b(KPMG|EY|PwC|Deloitte|Grant Thornton|BDO|Ernst & Young|Revisionskontoret)\b/g;
// A title line starts with a capital "Granskning…" and is not a sentence (no full stop at the end).
const TITLE = /^ *(?:#{1,6} *)?(?:\*\*)?((?:Granskning|Granskningsrapport|Revisionsrapport|Uppföljande granskning)\b.*[^.\s])\s*$/;
/** Metadata sits near the start; the rest of a long text is not searched for a title. */
const TITLE_LINES = 200;
/** How far below its title a report's date may stand. */
const TITLE_DATE_LINES = 12;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The first date in a line, ISO or Swedish ("den 1 mars 2024").
 *
 * @param line - Text.
 * @returns yyyy-mm-dd, or undefined.
 * @example
 * dateIn('senast den 1 mars 2024') //=> '2024-03-01'
 */
export function dateIn(line: string): string | undefined {
  const iso = ISO_DATE.exec(line);
  const sv = SWEDISH_DATE.exec(line);
  if (iso && (!sv || iso.index <= sv.index)) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (!sv) return undefined;
  const day = Number(sv[1]);
  if (day < 1 || day > 31) return undefined;
  return `${sv[3]}-${pad(MONTHS.indexOf(sv[2].toLocaleLowerCase('sv')) + 1)}-${pad(day)}`;
}

/**
 * Reads title, date, audit firm and answer deadline from a report's lines.
 *
 * @param lines - The report's lines (see reportLines).
 * @returns What could be found; absent fields were not in the text.
 */
export function reportMetadata(lines: readonly string[]): ReportMetadata {
  const meta: ReportMetadata = {};
  const firms = new Map<string, number>();
  let isoDate: string | undefined;
  let textDate: string | undefined;
  // The report's own date is the first one after the last title line near the start: a covering letter
  // (missiv) with its own date comes before the report's title page.
  let lastTitleLine = -1;
  let titleDate: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (meta.title === undefined && i < TITLE_LINES) {
      const title = TITLE.exec(line);
      if (title) {
        const more: string[] = [title[1]];
        for (let j = i + 1; j < Math.min(lines.length, i + 3) && !isBlankLine(lines[j]) && !/^ *#/.test(lines[j]); j++) more.push(lines[j]);
        meta.title = joinReportText(more).replace(/\*\*/g, '').trim();
      }
    }
    if (i < TITLE_LINES && TITLE.test(line)) {
      lastTitleLine = i;
      titleDate = undefined;
    } else if (lastTitleLine >= 0 && titleDate === undefined && i - lastTitleLine <= TITLE_DATE_LINES && !/senast/i.test(line)) {
      titleDate = dateIn(line);
    }
    // Otherwise the first ISO date (reports print them so), else the first Swedish date that is
    // not a deadline.
    if (isoDate === undefined) {
      const iso = ISO_DATE.exec(line);
      if (iso) isoDate = `${iso[1]}-${iso[2]}-${iso[3]}`;
    }
    if (textDate === undefined && !/senast/i.test(line)) textDate = dateIn(line);
    if (meta.answerBy === undefined && /senast/i.test(line) && /yttrande|svar/i.test(`${lines[i - 1] ?? ''} ${line}`)) {
      meta.answerBy = dateIn(`${line} ${lines[i + 1] ?? ''}`);
    }
    FIRMS.lastIndex = 0;
    for (let m = FIRMS.exec(line); m; m = FIRMS.exec(line)) firms.set(m[1], (firms.get(m[1]) ?? 0) + 1);
  }
  meta.date = titleDate ?? isoDate ?? textDate;
  if (meta.date !== undefined) meta.year = Number(meta.date.slice(0, 4));
  let best = 0;
  for (const [firm, count] of firms) if (count > best) [meta.firm, best] = [firm, count];
  for (const key of Object.keys(meta) as (keyof ReportMetadata)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}
