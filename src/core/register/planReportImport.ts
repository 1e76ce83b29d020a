import type { CellValue } from '../cell/CellValue';
import { EXCEL_MAX_CELL_TEXT } from '../cell/excelLimits';
import { isBlank } from '../cell/isBlank';
import { normalizeCellText } from '../cell/normalizeCellText';
import { parseDate } from '../date/parseDate';
import { textKey } from '../report/textSimilarity';
import { ambiguousIds, type AmbiguousId } from './ambiguousIds';
import type { RegisterData, RegisterRow } from './RegisterData';
import { idKey } from './latestVerdicts';
import { groupMembers, isGroupAddressee } from './groupAddressees';

/** A recommendation as the user confirmed it in the preview (or as parsed, from the CLI). */
export interface ImportedRecommendation {
  nr: number;
  text: string;
  addressees: readonly string[];
}

/** The granskning the recommendations belong to. */
export interface ImportedGranskning {
  title: string;
  year?: number;
  firm?: string;
  /** ISO dates. */
  date?: string;
  answerBy?: string;
}

/** A recommendation row whose text changed since the last import: shown before it is updated. */
export interface TextChange {
  id: string;
  row: RegisterRow;
  before: string;
  after: string;
}

/** What inserting an import would do, said before anything is written. */
export interface ReportImportPlan {
  granskning: {
    id: string;
    isNew: boolean;
    values: Record<string, CellValue>;
    /** The granskning's row when it exists, and its blank cells the report fills (Svar senast when the text gives it). */
    row?: RegisterRow;
    fill?: Record<string, CellValue>;
  };
  /** New Rekommendationer rows, keyed by column key. */
  insert: Record<string, CellValue>[];
  update: TextChange[];
  /** Rows already in the register with the same text. */
  unchanged: number;
  /** Group addressees turned into one row per nämnd. */
  fannedOut: { nr: number; addressee: string; namnder: string[] }[];
  /** Recommendations longer than an Excel cell holds (EXCEL_MAX_CELL_TEXT): the import must be refused. */
  tooLong: { nr: number; length: number }[];
  /** Ids several rows share (also only in case or spaces): the import must be refused, naming them. */
  ambiguousIds: AmbiguousId[];
}

export interface ImportOptions {
  /** Nämnder per group addressee, as the user adjusted them; otherwise the workbook's nämnd list. */
  fanOut?: Readonly<Record<string, readonly string[]>>;
}

const fold = (s: string) => s.trim().toLocaleLowerCase('sv');

// An existing granskning keeps what the user typed; only a blank Svar senast is filled, with a date the report's
// text gives (parsed to a serial; anything unreadable is left out).
const FILLED_WHEN_BLANK = ['svarSenast'] as const;
function blanksFilled(existing: RegisterRow, values: Record<string, CellValue>): Record<string, CellValue> {
  const fill: Record<string, CellValue> = {};
  for (const key of FILLED_WHEN_BLANK) {
    const value = values[key];
    if (isBlank(existing.values[key] ?? null) && typeof value === 'number' && !Number.isNaN(value)) fill[key] = value;
  }
  return fill;
}

function nextGranskningId(register: RegisterData): string {
  let max = 0;
  for (const row of register.tables.Granskningar?.rows ?? []) {
    const m = /^G(\d+)$/i.exec(String(row.values.id ?? '').trim());
    if (m) max = Math.max(max, Number(m[1]));
  }
  const count = register.tables.Granskningar?.rows.length ?? 0;
  return `G${Math.max(max, count) + 1}`;
}

/**
 * Plans inserting imported recommendations into the register: the granskning is found by title or added;
 * each recommendation becomes one row per addressee, a group addressee one row per nämnd. Rows are matched
 * by granskning, number and mottagare, so importing the same report again adds nothing; a changed text is
 * listed as an update to confirm. A register whose Granskningar or Rekommendationer ids are not unique
 * (ambiguousIds) gets an empty plan naming them: rows would be matched to the wrong granskning. Nothing is
 * changed here.
 *
 * @param register - The workbook's register.
 * @param recommendations - The recommendations to insert.
 * @param granskning - Title and metadata.
 * @param options - Adjusted fan-out.
 * @returns The plan.
 */
export function planReportImport(
  register: RegisterData,
  recommendations: readonly ImportedRecommendation[],
  granskning: ImportedGranskning,
  options: ImportOptions = {},
): ReportImportPlan {
  const existing = (register.tables.Granskningar?.rows ?? []).find((r) => textKey(String(r.values.titel ?? '')) === textKey(granskning.title));
  const id = existing ? String(existing.values.id).trim() : nextGranskningId(register);
  const values: Record<string, CellValue> = {
    id,
    titel: normalizeCellText(granskning.title).trim(),
    ar: granskning.year ?? null,
    revisionsforetag: granskning.firm ?? null,
    rapportdatum: granskning.date ? parseDate(granskning.date) : null,
    svarSenast: granskning.answerBy ? parseDate(granskning.answerBy) : null,
  };

  const rows = (register.tables.Rekommendationer?.rows ?? []).filter((r) => idKey(r.values.granskningId) === idKey(id));
  const byMatch = new Map(rows.map((r) => [`${String(r.values.nr ?? '').trim()}|${fold(String(r.values.mottagare ?? ''))}`, r]));
  const usedIds = new Set((register.tables.Rekommendationer?.rows ?? []).map((r) => idKey(r.values.id)));
  const named = recommendations.flatMap((r) => r.addressees).filter((a) => !isGroupAddressee(a));

  const fill = existing ? blanksFilled(existing, values) : {};
  const granskningPlan = existing ? { id, isNew: false, values, row: existing, ...(Object.keys(fill).length > 0 ? { fill } : {}) } : { id, isNew: true, values };
  const plan: ReportImportPlan = { granskning: granskningPlan, insert: [], update: [], unchanged: 0, fannedOut: [], tooLong: [], ambiguousIds: ambiguousIds(register) };
  if (plan.ambiguousIds.length > 0) return plan;
  for (const input of recommendations) {
    // The text as the cell will hold it, so comparing with what an earlier import wrote finds no change.
    const rec = { ...input, text: normalizeCellText(input.text).trim() };
    if (rec.text.length > EXCEL_MAX_CELL_TEXT) plan.tooLong.push({ nr: rec.nr, length: rec.text.length });
    const mottagare: string[] = [];
    for (const addressee of rec.addressees.length > 0 ? rec.addressees : ['']) {
      if (!isGroupAddressee(addressee)) {
        mottagare.push(addressee);
        continue;
      }
      const members = options.fanOut?.[addressee] ?? groupMembers(addressee, register.lists.namnder, named);
      if (members.length === 0) mottagare.push(addressee);
      else {
        plan.fannedOut.push({ nr: rec.nr, addressee, namnder: [...members] });
        for (const m of members) mottagare.push(m);
      }
    }
    const unique = mottagare.filter((m, i) => mottagare.findIndex((o) => fold(o) === fold(m)) === i);
    unique.forEach((m, k) => {
      const found = byMatch.get(`${rec.nr}|${fold(m)}`);
      if (found) {
        const before = String(found.values.rekommendation ?? '');
        if (normalizeCellText(before).trim() === rec.text) plan.unchanged++;
        else plan.update.push({ id: String(found.values.id), row: found, before, after: rec.text });
        return;
      }
      let rowId = unique.length === 1 ? `${id}-${rec.nr}` : `${id}-${rec.nr}-${k + 1}`;
      for (let n = 2; usedIds.has(idKey(rowId)); n++) rowId = `${id}-${rec.nr}-${k + 1}${'abcdefghijklmnopqrstuvwxyz'[(n - 2) % 26]}`;
      usedIds.add(idKey(rowId));
      plan.insert.push({ id: rowId, granskningId: id, nr: rec.nr, rekommendation: rec.text, mottagare: isBlank(m) ? null : m });
    });
  }
  return plan;
}
