import { cellRef, controlOverview, LAGEN, type ControlOverview, type RegisterData } from '../../core';
import type { OverviewItem } from '../overviewRegister';
import { recordResultMessagesSv as M } from './messages.sv';

/** Översikt's line on the internkontrollplan's year: controlOverview's numbers, never counted again. */
export interface YearSoFar {
  /** "T2 2026: 14 av 20 kontroller genomförda, 3 med avvikelse, 1 väsentlig" */
  readonly sentence: string;
  /** The controls whose läge is Ej genomförd, for Gå till (their row on Kontroller). */
  readonly red: readonly OverviewItem[];
  readonly overview: ControlOverview;
}

/**
 * The year so far as Översikt shows it, from the one call the CLI's `utfall` makes too.
 *
 * @param register - The register.
 * @returns The sentence and the red controls, or undefined when there is no plan or no period with results.
 * @example
 * yearSoFar(register)?.sentence //=> 'T2 2026: 14 av 20 kontroller genomförda, 3 med avvikelse, 1 väsentlig'
 */
export function yearSoFar(register: RegisterData): YearSoFar | undefined {
  const overview = controlOverview(register).value;
  if (!overview?.period || overview.controls.length === 0) return undefined;
  const { total } = overview;
  const sentence = M.yearSoFar({
    period: overview.period.name,
    genomforda: total.genomforda,
    kontroller: total.kontroller,
    medAvvikelse: total.medAvvikelse,
    vasentliga: total.vasentliga,
  });
  const red = overview.controls
    // LAGEN is worst first: LAGEN[0] is Ej genomförd, the red läge.
    .filter((c) => c.lage === LAGEN[0])
    .map((c) => {
      const { row } = c;
      const cell = cellRef('', row.row, row.columns.id ?? 0);
      return { id: c.id, text: String(row.values.kontrollmoment ?? '').trim(), namnd: c.namnd, sheet: row.sheet, cell, message: M.notCarriedOut({ missing: c.missing }) };
    });
  return { sentence, red, overview };
}
