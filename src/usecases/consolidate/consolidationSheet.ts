import { FOLLOW_UP_STATUSES, isoFromSerial, TOTAL_LABEL, tableSpec, type CellValue } from '../../core';
import type { Consolidation } from './Consolidation';
import { flowMessagesSv } from '../messages.sv';
import { APART_SHEET, CONSOLIDATION_SHEET, consolidateMessages as M, SCALE_HEADERS, SOURCE_HEADERS } from './messages.sv';

export { APART_SHEET, CONSOLIDATION_SHEET };

/** A file that could not be consolidated, and why (Swedish). */
export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

/** Rows of a values-only sheet, with which rows are section titles and which are table headers. */
export interface SheetRows {
  readonly name: string;
  readonly rows: CellValue[][];
  readonly titles: readonly number[];
  readonly headers: readonly number[];
}

class Builder {
  rows: CellValue[][] = [];
  titles: number[] = [];
  headers: number[] = [];
  title(text: string) {
    if (this.rows.length > 0) this.rows.push([]);
    this.titles.push(this.rows.length);
    this.rows.push([text]);
  }
  header(cells: CellValue[]) {
    this.headers.push(this.rows.length);
    this.rows.push(cells);
  }
  line(cells: CellValue[]) {
    this.rows.push(cells);
  }
}

/**
 * The Samlad uppsikt sheet as values: the rules applied, the files with their counts beside the totals,
 * files not read, completeness against the kommun's nämnder, the comparison per nämnd, the summary per
 * granskning (each recommendation once), a riskmatris per scale, and every conflict.
 *
 * @param c - The consolidation.
 * @param skipped - Files that could not be read.
 * @param today - Today as an Excel serial (the date on the sheet).
 * @returns The rows.
 * @example
 * consolidationSheet(c, [], 46000).rows[0] //=> ['Samlad uppsikt']
 */
export function consolidationSheet(c: Consolidation, skipped: readonly SkippedFile[], today: number): SheetRows {
  const b = new Builder();
  b.line([CONSOLIDATION_SHEET]);
  b.titles.push(0);
  b.line([M.compiled(isoFromSerial(today), c.files.length, skipped.length)]);
  for (const rule of c.rules) b.line([rule]);
  b.line([M.namndList(c.namndListSource)]);

  b.title(M.sourceFilesTitle);
  b.header([...M.sourceFilesHeader]);
  c.files.forEach((f, i) => b.line([i + 1, f.file, f.prefix, f.namnder.join(', '), f.scale, f.risker, f.kontroller, f.granskningar, f.rekommendationer, f.uppfoljningar]));
  const sum = (key: 'risker' | 'kontroller' | 'granskningar' | 'rekommendationer' | 'uppfoljningar') => c.files.reduce((n, f) => n + f[key], 0);
  b.line(['', M.sumInFiles, '', '', '', sum('risker'), sum('kontroller'), sum('granskningar'), sum('rekommendationer'), sum('uppfoljningar')]);
  const t = c.register.tables;
  b.line([
    '',
    M.consolidatedRow,
    '',
    '',
    '',
    t.Risker?.rows.length ?? 0,
    t.Kontroller?.rows.length ?? 0,
    t.Granskningar?.rows.length ?? 0,
    c.recommendations,
    t.Uppföljningar?.rows.length ?? 0,
  ]);
  b.line(['', M.rowsExplained(c.recommendationRows, c.recommendations, c.apart.risks.length, c.apart.controls.length, APART_SHEET)]);

  if (skipped.length > 0) {
    b.title(M.skippedTitle);
    b.header([...M.skippedHeader]);
    for (const s of skipped) b.line([s.file, s.reason]);
  }

  b.title(M.completenessTitle);
  b.header([...M.completenessHeader]);
  for (const n of c.completeness) b.line([n.namnd, n.files.join(', ') || '–', n.risker, n.kontroller, n.rekommendationer, n.missing.join(', ') || M.complete]);

  b.title(M.comparisonTitle);
  b.line([M.comparisonNote]);
  b.header(M.comparisonHeader(c.levelNames, FOLLOW_UP_STATUSES));
  for (const n of c.byNamnd) {
    b.line([
      n.namnd,
      n.inList ? M.yes : M.no,
      n.scales.join(' / ') || '–',
      n.risker,
      ...c.levelNames.map((l) => n.risksPerLevel[l] ?? 0),
      n.risksUnscored,
      n.highWithoutControl,
      n.kontroller,
      n.avvikelser,
      ...FOLLOW_UP_STATUSES.map((s) => n.recommendations[s]),
      n.unknownStatus,
      n.totalRecommendations,
      n.overdue,
    ]);
  }

  const y = c.yearFollowUp;
  if (y) {
    b.title(M.yearFollowUpTitle(y.year));
    b.line([M.reportedSentence({ total: y.namnder.length, reported: y.reported.length, year: y.year })]);
    if (y.notReported.length > 0) b.line([M.notReported(y.notReported)]);
    if (y.shared.length > 0) {
      b.header([...M.sharedControlsHeader]);
      for (const s of y.shared) b.line([`${s.id}: ${s.kontrollmoment}`, s.namnder, M.ofTotal(s.genomforda, s.namnder), s.medAvvikelse]);
    }
  }

  b.title(M.perGranskningTitle);
  b.header(M.perGranskningHeader(FOLLOW_UP_STATUSES, TOTAL_LABEL));
  for (const row of c.perGranskning.rows) b.line([row.group, ...FOLLOW_UP_STATUSES.map((s) => row.counts[s]), row.total, (c.granskningNamnder[row.group] ?? []).join(', ')]);
  b.line([TOTAL_LABEL, ...FOLLOW_UP_STATUSES.map((s) => c.perGranskning.total.counts[s]), c.perGranskning.total.total]);

  for (const g of c.scales) {
    b.title(M.matrixTitle(g.label, g.onMainScale));
    b.line([M.matrixFiles(g.files, g.namnder, g.unscored)]);
    b.header([flowMessagesSv.matrixCorner, ...g.scale.consequence.labels.map((l, k) => `${k + 1} ${l}`)]);
    for (let s = g.scale.likelihood.labels.length; s >= 1; s--) b.line([`${s} ${g.scale.likelihood.labels[s - 1]}`, ...g.counts[s - 1]]);
  }

  b.title(M.conflictsTitle(c.conflicts.length));
  if (c.conflicts.length === 0) b.line([M.noConflicts]);
  else {
    b.header([...M.conflictsHeader]);
    for (const conflict of c.conflicts) b.line([M.conflictKinds[conflict.kind], conflict.message, conflict.files.join(', ')]);
  }
  if (c.missingVerdicts.length > 0) {
    b.title(M.missingVerdictsTitle(c.missingVerdicts.length));
    for (const m of c.missingVerdicts) b.line(['', m.message, m.file]);
  }
  return { name: CONSOLIDATION_SHEET, rows: b.rows, titles: b.titles, headers: b.headers };
}

/**
 * The sheet with risks and controls on another scale than the consolidated workbook's, values only, with
 * their own levels and source; undefined when every file has the same scale.
 */
export function apartSheet(c: Consolidation): SheetRows | undefined {
  if (c.apart.risks.length === 0 && c.apart.controls.length === 0) return undefined;
  const b = new Builder();
  b.line([APART_SHEET]);
  b.titles.push(0);
  b.line([M.apartNote]);
  const extras = [SCALE_HEADERS.scale, SOURCE_HEADERS.file, SOURCE_HEADERS.sheet, SOURCE_HEADERS.row, SOURCE_HEADERS.namnd];
  for (const [name, rows] of [
    ['Risker', c.apart.risks],
    ['Kontroller', c.apart.controls],
  ] as const) {
    if (rows.length === 0) continue;
    const spec = tableSpec(name);
    b.title(name === 'Risker' ? name : M.apartControlsTitle);
    b.header([...spec.columns.map((col) => col.header), ...extras]);
    for (const row of rows) b.line([...spec.columns.map((col) => row.values[col.key] ?? null), ...extras.map((h) => row.extra[h] ?? null)]);
  }
  return { name: APART_SHEET, rows: b.rows, titles: b.titles, headers: b.headers };
}
