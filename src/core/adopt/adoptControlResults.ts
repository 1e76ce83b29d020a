import { isBlank } from '../cell/isBlank';
import { parseDate } from '../date/parseDate';
import { isoFromSerial } from '../date/excelSerial';
import type { Issue } from '../issues/Issue';
import type { PlanSettings, RegisterRow, RegisterTable } from '../register/RegisterData';
import type { WorkbookSnapshot } from '../snapshot/WorkbookSnapshot';
import type { AdoptedTable } from './AdoptionReport';
import { locateMoreSheets, type TableLocation } from './locateTables';
import { readTable, type ColumnOverrides } from './readTable';
import { periodOfSheetName, withSheetPeriods } from './resultPeriods';
import { parsePeriod } from '../controls/parsePeriod';

/**
 * A controller's results read from their own sheets (found by headers): every sheet with the results'
 * headers, one per year or per tertial, as one Kontrollutfall, each Period completed from its sheet's name
 * ("T1" on "Utfall 2026" → "T1 2026"). The user's sheets are not changed; rows keep the sheet they are on.
 *
 * @param snapshot - The workbook.
 * @param first - Where locateTables found Kontrollutfall.
 * @param taken - The sheets every table found is on.
 * @param overrides - The user's mapping corrections (applied to every results sheet).
 * @returns The table, its report (sheets named together) and the issues.
 */
export function readResultSheets(
  snapshot: WorkbookSnapshot,
  first: TableLocation,
  taken: ReadonlySet<string>,
  overrides?: ColumnOverrides,
): { table: RegisterTable; report: AdoptedTable; issues: Issue[] } {
  const reads = [first, ...locateMoreSheets(snapshot, first, taken)].map((location) => readTable(location, overrides));
  if (first.foundBy === 'table') return reads[0];
  const rows = reads.flatMap((r) => withSheetPeriods(r.table.rows, r.table.sheet));
  const sheets = reads.map((r) => r.table.sheet).join(', ');
  return {
    table: { ...reads[0].table, rows },
    report: { ...reads[0].report, sheet: sheets, rowCount: rows.length },
    issues: reads.flatMap((r) => r.issues),
  };
}

/**
 * The year of the internkontrollplan: the year in the plan sheet's name ("Internkontrollplan 2026"), else the
 * year after a plan adopted in September–December ("Fastställd 2025-12-11" → 2026), else that year.
 *
 * @param controls - The Kontroller table.
 * @param plan - The plan's settings.
 * @returns The year, or undefined when nothing says it.
 * @example
 * planYear({ sheet: 'Internkontrollplan 2026', … }) //=> 2026
 */
export function planYear(controls: RegisterTable, plan: PlanSettings | undefined): number | undefined {
  const named = periodOfSheetName(controls.sheet);
  if (named !== undefined) return parsePeriod(named).value!.year;
  const serial = plan ? parseDate(plan.faststalld) : null;
  if (serial === null || Number.isNaN(serial)) return undefined;
  const [year, month] = isoFromSerial(serial).split('-').map(Number);
  return month >= 9 ? year + 1 : year;
}

/**
 * A workbook from before Kontrollutfall keeps a control's result in the Utfall and Avvikelse/åtgärd columns of
 * Kontroller. Each control with text there gets one result for the plan's year, so `utfall` and the pane
 * see it; Kontroller keeps its columns. The rows point at the control's row (where the text is) until written.
 * Without the plan's year nothing is made: a result without a Period would turn a workbook that was clean into
 * one with errors (and carry them into samla's), while the text stays where the user wrote it.
 *
 * @param controls - The Kontroller table.
 * @param year - planYear.
 * @returns The Kontrollutfall table, or undefined when no control has text there or the year is unknown.
 * @example
 * resultsFromPlanColumns(kontroller, 2026)?.rows[0].values //=> { kontrollId: 'K1', period: '2026', resultat: 'Två avvikelser…', atgard: 'Rutinen…' }
 */
export function resultsFromPlanColumns(controls: RegisterTable, year: number | undefined): RegisterTable | undefined {
  if (year === undefined) return undefined;
  const rows: RegisterRow[] = controls.rows
    .filter((r) => !isBlank(r.values.id) && (!isBlank(r.values.utfall) || !isBlank(r.values.avvikelse)))
    .map((r) => ({
      values: {
        kontrollId: r.values.id ?? null,
        period: String(year),
        resultat: r.values.utfall ?? null,
        atgard: r.values.avvikelse ?? null,
      },
      extra: {},
      sheet: r.sheet,
      row: r.row,
      columns: {
        ...(r.columns.id !== undefined ? { kontrollId: r.columns.id } : {}),
        ...(r.columns.utfall !== undefined ? { resultat: r.columns.utfall } : {}),
        ...(r.columns.avvikelse !== undefined ? { atgard: r.columns.avvikelse } : {}),
      },
    }));
  if (rows.length === 0) return undefined;
  return { table: 'Kontrollutfall', sheet: controls.sheet, headerRow: controls.headerRow, extraHeaders: [], rows };
}
