import type { ControlOverview } from './controlOverview';
import type { NamndCounts } from './NamndCounts';

/** The headers of the per-nämnd table (=IK.UTFALLPERNÄMND), in the words of issue 19. */
export const OVERVIEW_HEADERS = ['Nämnd', 'Kontroller', 'Genomförda', 'Ej genomförda', 'Med avvikelse', 'Väsentliga', 'Tillfällen', 'Genomförda tillfällen'] as const;
/** The last row's label, and the name shown for controls whose risk has no nämnd. */
export const OVERVIEW_TOTAL = 'Totalt';
export const OVERVIEW_NO_NAMND = '(ingen nämnd)';

/**
 * How many of a control's due occasions were carried out, as the Kontroller column shows it.
 *
 * @example
 * occasionsText(2, 3) //=> '2 av 3'
 */
export function occasionsText(done: number, due: number): string {
  return `${done} av ${due}`;
}

const row = (c: NamndCounts, name: string): (string | number)[] => [
  name,
  c.kontroller,
  c.genomforda,
  c.ejGenomforda,
  c.medAvvikelse,
  c.vasentliga,
  c.tillfallen,
  c.genomfordaTillfallen,
];

/**
 * The overview's counts as a table: headers, one row per nämnd, a Totalt row; the same numbers `uppsikt
 * utfall --json` prints.
 *
 * @param overview - controlOverview's value.
 * @returns Rows of cells.
 * @example
 * overviewTable(overview)[0] //=> ['Nämnd', 'Kontroller', 'Genomförda', …]
 */
export function overviewTable(overview: Pick<ControlOverview, 'byNamnd' | 'total'>): (string | number)[][] {
  return [[...OVERVIEW_HEADERS], ...overview.byNamnd.map((c) => row(c, c.namnd === '' ? OVERVIEW_NO_NAMND : c.namnd)), row(overview.total, OVERVIEW_TOTAL)];
}
