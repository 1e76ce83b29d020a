/*
 * A prose follow-up cut into units, one pass over the lines: granskning headings, "Rekommendation N" blocks,
 * bullets, table rows with a status column, and paragraphs (which go on over a page break only into a
 * lowercase continuation).
 */
import { joinReportText } from '../joinReportText';
import { bulletOf, scanWork } from '../reportLines';
import { startsLowercase } from './text';

/** One unit of a prose follow-up. */
export interface Unit {
  kind: 'heading' | 'recommendation' | 'item' | 'paragraph';
  text: string;
  line: number;
  nr?: number;
  year?: number;
}

// "1. Granskning av upphandling (2021)", "Granskning av IT-säkerhet, 2022", "2.3 Uppföljning av granskningen av …".
const GRANSKNING_HEADING =
  /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?((?:Granskning|Granskningen|Fördjupad granskning|Uppföljning av granskning(?:en)?) (?:av|om) .{3,150}?)\s*(?:[(,]\s*((?:19|20)\d\d)\)?)?\s*$/;
// "Rekommendation 1:", "Rekommendation 2 –", "Rekommendation:".
const RECOMMENDATION_LABEL = /^Rekommendation(?:\s+(\d{1,3}))?\s*[:.–-]\s*(.*)$/;
// A row of a table per recommendation: at least three words, then the status as the last column.
const TABLE_ROW = /^\p{Lu}\S*(?: \S+){2,60}? +(?:(?:Ej|Inte|Delvis|ej|inte|delvis) )?(?:Åtgärdad|Åtgärdat|åtgärdad|åtgärdat)$/u;
const TABLE_HEADER = /(?:Åtgärdad|åtgärdad|Åtgärdat|åtgärdat).*(?:Åtgärdad|åtgärdad|Åtgärdat|åtgärdat)/;

/**
 * Cuts the lines into units: headings, "Rekommendation N" blocks, bullets, table rows and paragraphs.
 *
 * @param lines - Trimmed lines (from reportLines).
 * @returns The units in order, each with its 1-based first line.
 * @example
 * proseUnits(['Granskning av bisysslor (2021)', '• Inventera bisysslor.']).map((u) => u.kind) //=> ['heading', 'item']
 */
export function proseUnits(lines: readonly string[]): Unit[] {
  const out: Unit[] = [];
  let open: { unit: Unit; lines: string[] } | undefined;
  const close = () => {
    if (open) {
      open.unit.text = joinReportText(open.lines);
      if (open.unit.text !== '') out.push(open.unit);
    }
    open = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    scanWork.steps++;
    const line = lines[i];
    if (line === '') {
      // A paragraph goes on over a blank line only into a lowercase continuation (a page break).
      const next = lines.slice(i + 1, i + 3).find((l) => l !== '') ?? '';
      if (!(open && startsLowercase(next))) close();
      continue;
    }
    const heading = GRANSKNING_HEADING.exec(line);
    if (heading && !/[.:]$/.test(line)) {
      close();
      out.push({ kind: 'heading', text: heading[1].replace(/[\s,(]+$/, ''), line: i + 1, ...(heading[2] ? { year: Number(heading[2]) } : {}) });
      continue;
    }
    const label = RECOMMENDATION_LABEL.exec(line);
    if (label) {
      close();
      open = { unit: { kind: 'recommendation', text: '', line: i + 1, ...(label[1] ? { nr: Number(label[1]) } : {}) }, lines: [label[2]] };
      continue;
    }
    const bullet = bulletOf(line);
    if (bullet && !bullet.sub) {
      close();
      open = { unit: { kind: 'item', text: '', line: i + 1 }, lines: [bullet.rest] };
      continue;
    }
    if (TABLE_HEADER.test(line)) {
      // A table's header row ("Granskningar Åtgärdad Delvis åtgärdad Ej åtgärdad") states no verdict.
      close();
      continue;
    }
    if (TABLE_ROW.test(line)) {
      // A table row: a recommendation and its status in the last column ("Säkerställa X … Delvis åtgärdad").
      close();
      out.push({ kind: 'item', text: joinReportText([line]), line: i + 1 });
      continue;
    }
    if (/^(Bedömning|Status|Uppföljning \d{4})\s*[:–-]/.test(line) && open?.unit.kind === 'recommendation') {
      open.lines.push(line.endsWith('.') ? line : `${line}.`);
      continue;
    }
    if (/^(Bedömning|Status)\s*[:–-]/.test(line)) close();
    if (!open) open = { unit: { kind: 'paragraph', text: '', line: i + 1 }, lines: [] };
    open.lines.push(line);
  }
  close();
  return out;
}
