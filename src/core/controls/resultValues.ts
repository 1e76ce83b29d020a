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
  return readText(value, genomfordTexts, GENOMFORD);
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
  return readText(value, gradeTexts, GRADE);
}

/*
 * A results column repeats a few texts ("Ja", "Nej", "Mindre") over thousands of rows: each text is folded
 * and matched once. Bounded, so a column of free text cannot grow it without end.
 */
const genomfordTexts = new Map<string, Genomford | null>();
const gradeTexts = new Map<string, AvvikelseGrad | null>();
const TEXTS_MAX = 1024;

function readText<T extends string>(value: CellValue, known: Map<string, T | null>, patterns: readonly [RegExp, T][]): T | undefined {
  if (typeof value === 'string') {
    const hit = known.get(value);
    if (hit !== undefined) return hit ?? undefined;
  }
  const text = fold(value);
  const read = patterns.find(([pattern]) => pattern.test(text))?.[1];
  if (typeof value === 'string') {
    if (known.size >= TEXTS_MAX) known.clear();
    known.set(value, read ?? null);
  }
  return read;
}
