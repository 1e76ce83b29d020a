import type { CellValue } from '../cell/CellValue';
import { fold } from './fold';

/** Genomförd on a result: carried out, partly, or not. */
export type Genomford = 'Ja' | 'Delvis' | 'Nej';
/** The auditors' grade of a deviation. */
export type AvvikelseGrad = 'Ingen' | 'Mindre' | 'Väsentlig';

const GENOMFORD: readonly [RegExp, Genomford][] = [
  [/^(delvis|del|pågår|delvis genomförd|delvis utförd)$/, 'Delvis'],
  [/^(nej|n|ej|no|false|falskt|ej genomförd|inte genomförd|ej utförd|inte utförd|0)$/, 'Nej'],
  [/^(ja|j|x|yes|true|sant|genomförd|utförd|klar|1)$/, 'Ja'],
];
const GRADE: readonly [RegExp, AvvikelseGrad][] = [
  [/^(ingen|inga|nej|-|–|0|ingen avvikelse|inga avvikelser)$/, 'Ingen'],
  [/^(mindre|liten|små|låg|mindre avvikelse)$/, 'Mindre'],
  [/^(väsentlig|väsentliga|allvarlig|stor|hög|väsentlig avvikelse)$/, 'Väsentlig'],
];

/**
 * Reads Genomförd as typed: Ja / Delvis / Nej, also "x", "utförd", "ej genomförd", TRUE/FALSE.
 *
 * @param value - The Genomförd cell.
 * @returns The value, or undefined when blank or not understood (check flags the latter).
 * @example
 * genomfordOf('utförd') //=> 'Ja'
 * genomfordOf(' DELVIS ') //=> 'Delvis'
 */
export function genomfordOf(value: CellValue): Genomford | undefined {
  const text = fold(value);
  return GENOMFORD.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * Reads an Avvikelse grade as typed: Ingen / Mindre / Väsentlig, also "allvarlig", "inga".
 *
 * @param value - The Avvikelse cell.
 * @returns The grade, or undefined when blank or not understood.
 * @example
 * avvikelseOf('Allvarlig') //=> 'Väsentlig'
 */
export function avvikelseOf(value: CellValue): AvvikelseGrad | undefined {
  const text = fold(value);
  return GRADE.find(([pattern]) => pattern.test(text))?.[1];
}
