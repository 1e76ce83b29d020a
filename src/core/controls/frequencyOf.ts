import type { CellValue } from '../cell/CellValue';
import { fold } from './fold';

/** The Frekvens values the plan knows (list Frekvenser), as the core reads them. */
export type Frequency = 'Löpande' | 'Månadsvis' | 'Kvartalsvis' | 'Tertialvis' | 'Halvårsvis' | 'Årligen';

/** How many times a year each frequency is reported; Infinity: at every reporting point. */
export const TIMES_A_YEAR: Readonly<Record<Frequency, number>> = {
  Löpande: Number.POSITIVE_INFINITY,
  Månadsvis: 12,
  Kvartalsvis: 4,
  Tertialvis: 3,
  Halvårsvis: 2,
  Årligen: 1,
};

const WORDS: readonly [RegExp, Frequency][] = [
  [/löpande|kontinuerlig|ständig|dagligen|veckovis|varje vecka/, 'Löpande'],
  [/månad/, 'Månadsvis'],
  [/kvartal/, 'Kvartalsvis'],
  [/tertial/, 'Tertialvis'],
  [/halvår|två gånger|2 gånger/, 'Halvårsvis'],
  [/årlig|en gång|1 gång|per år|helår/, 'Årligen'],
];

/**
 * Reads a control's Frekvens as typed ("Årligen", "1 gång per år", "Varje månad", "tertialvis").
 * A blank or unknown Frekvens counts as Årligen: the plan is yearly, so every control is due at least once.
 *
 * @param value - The Frekvens cell.
 * @returns The frequency.
 * @example
 * frequencyOf('Varje månad') //=> 'Månadsvis'
 * frequencyOf('') //=> 'Årligen'
 */
export function frequencyOf(value: CellValue): Frequency {
  const text = fold(value);
  return WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? 'Årligen';
}
