import { SCHEMA_VERSION, type WorkbookSnapshot } from '../../core';
import { xlsxMessages } from './messages.sv';
import { cellsAtRisk } from './uppsiktParts';

/** Why Uppsikt's sheets may not be written again, as data: the pane throws it as an UppsiktError (xlsxErrors). */
export type RewriteProblem =
  | { readonly kind: 'newerSchema'; readonly found: number; readonly supported: number }
  | { readonly kind: 'cellsOutside'; readonly cells: readonly string[] }
  | { readonly kind: 'ownFormulas'; readonly cells: readonly string[] };

/**
 * Why Uppsikt's sheets may not be written again, or undefined when they may: a workbook of a newer schema
 * version (it would be downgraded), cells outside the tables on Uppsikt's sheets (they would be lost) and the
 * user's own formulas inside the tables (they would become values), each cell as Sheet!A1.
 *
 * @param snapshot - The workbook as read.
 * @param schemaVersion - The schema version the workbook says it has.
 * @returns The problem, or undefined.
 * @example
 * rewriteProblem(snapshot, 9) //=> { kind: 'newerSchema', found: 9, supported: 8 }
 */
export function rewriteProblem(snapshot: WorkbookSnapshot, schemaVersion: number | undefined): RewriteProblem | undefined {
  if (schemaVersion !== undefined && schemaVersion > SCHEMA_VERSION) return { kind: 'newerSchema', found: schemaVersion, supported: SCHEMA_VERSION };
  const atRisk = cellsAtRisk(snapshot);
  const outside = atRisk.filter((a) => !a.formula).map((a) => `${a.sheet}!${a.cell}`);
  if (outside.length > 0) return { kind: 'cellsOutside', cells: outside };
  const formulas = atRisk.filter((a) => a.formula).map((a) => `${a.sheet}!${a.cell}`);
  if (formulas.length > 0) return { kind: 'ownFormulas', cells: formulas };
  return undefined;
}

/**
 * rewriteProblem as the sentence the CLI refuses with (XlsxWorkbook throws the problem as an UppsiktError).
 *
 * @param snapshot - The workbook as read.
 * @param options - What to call the workbook in the sentence, its schema version, and how the sentence ends.
 * @returns The Swedish sentence naming the cells, or undefined.
 * @example
 * rewriteRefusal(snapshot, { what: 'plan.xlsx', schemaVersion: 9, nothing: 'ingen fil har skrivits' })
 * // → 'plan.xlsx är gjord med en nyare version av Uppsikt (schemaversion 9; …'
 */
export function rewriteRefusal(snapshot: WorkbookSnapshot, options: { what: string; schemaVersion: number | undefined; nothing: string }): string | undefined {
  const problem = rewriteProblem(snapshot, options.schemaVersion);
  if (!problem) return undefined;
  if (problem.kind === 'newerSchema') return xlsxMessages.newerSchema(options.what, problem.found, problem.supported, options.nothing);
  return (problem.kind === 'cellsOutside' ? xlsxMessages.cellsOutside : xlsxMessages.ownFormulas)(problem.cells.join(', '), options.nothing);
}
