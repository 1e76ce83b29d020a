import type { RegisterEdits } from '../port/WorkbookPort';
import type { ImportChoices, ImportPlan } from './ImportPlan';

/**
 * An import plan as edits to the open workbook: rows appended to Granskningar, Rekommendationer or
 * Uppföljningar, and single cells changed (accepted text changes, an existing granskning's blank Svar senast,
 * blank verdict rows of the round filled).
 * Nothing else is touched.
 *
 * @param plan - From planImport.
 * @param choices - Whether to make the text changes.
 * @returns The edits for WorkbookPort.applyEdits.
 * @example
 * importEdits({ kind: 'followUp', plan, titles }, {}).append[0].table //=> 'Uppföljningar'
 */
export function importEdits(plan: ImportPlan, choices: ImportChoices = {}): RegisterEdits {
  if (plan.kind === 'recommendations') {
    const p = plan.plan;
    const update: RegisterEdits['update'][number][] = choices.acceptUpdates
      ? p.update.map((u) => ({ sheet: u.row.sheet, row: u.row.row, column: u.row.columns.rekommendation, value: u.after }))
      : [];
    const { row, fill = {} } = p.granskning;
    if (row) for (const [key, value] of Object.entries(fill)) if (row.columns[key] !== undefined) update.push({ sheet: row.sheet, row: row.row, column: row.columns[key], value });
    return {
      append: [
        { table: 'Granskningar', rows: p.granskning.isNew ? [p.granskning.values] : [] },
        { table: 'Rekommendationer', rows: p.insert },
      ],
      update,
    };
  }
  const update = plan.plan.fill.flatMap((f) =>
    Object.entries(f.values)
      .filter(([key]) => f.row.columns[key] !== undefined)
      .map(([key, value]) => ({ sheet: f.row.sheet, row: f.row.row, column: f.row.columns[key], value })),
  );
  return { append: [{ table: 'Uppföljningar', rows: plan.plan.insert }], update };
}
