/**
 * Where a control stands in the year, always shown as this word with its colour, never the colour alone:
 * Genomförd (carried out, nothing open), Avvikelse (carried out, a deviation whose åtgärd is open), Ej genomförd
 * (a due occasion with no result, Genomförd = Nej, or a Väsentlig avvikelse with no åtgärd) and Ej aktuell än
 * (nothing due yet and no result).
 */
export type Lage = 'Genomförd' | 'Avvikelse' | 'Ej genomförd' | 'Ej aktuell än';

/** Every läge, worst first: the order lists of controls are shown in (red ones first). */
export const LAGEN: readonly Lage[] = ['Ej genomförd', 'Avvikelse', 'Genomförd', 'Ej aktuell än'];

/**
 * The fill colour of each läge, shared by the pane, the sheet's formatting and the reports so they cannot
 * differ. The same green, yellow and red as the default risk levels; text on them is chosen by textColorOn.
 *
 * @example
 * LAGE_COLORS['Ej genomförd'] //=> '#FF0000'
 */
export const LAGE_COLORS: Readonly<Record<Lage, string>> = {
  Genomförd: '#00B050',
  Avvikelse: '#FFC000',
  'Ej genomförd': '#FF0000',
  'Ej aktuell än': '#BFBFBF',
};
