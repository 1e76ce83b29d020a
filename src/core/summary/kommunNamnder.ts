import type { CellValue } from '../cell/CellValue';
import { nameKey } from '../names/nameKey';
import { recipientsOf } from '../register/recipientsOf';

/**
 * The kommun's nämnder: the Nämnder list on Inställningar, else every nämnd the workbook names (the risks'
 * Nämnd, then the bodies in each Mottagare, groups such as "Samtliga nämnder" left out), in the order first
 * met, in NFC (a name typed on a Mac may arrive decomposed). What a group addressee expands to everywhere:
 * reports, summaries, checks and IK.SUMMARY.
 *
 * @param listed - The Nämnder list (blanks ignored).
 * @param riskNamnder - The Nämnd cell of each risk.
 * @param mottagare - The Mottagare cell of each recommendation.
 * @returns The nämnder, each once.
 * @example
 * kommunNamnder([], ['Socialnämnden'], ['Kommunstyrelsen, Samtliga nämnder']) //=> ['Socialnämnden', 'Kommunstyrelsen']
 */
export function kommunNamnder(listed: readonly CellValue[], riskNamnder: readonly CellValue[], mottagare: readonly CellValue[]): string[] {
  const list = listed.map((n) => (n === null || n === undefined ? '' : String(n).normalize('NFC').trim())).filter((n) => n !== '');
  if (list.length > 0) return list;
  const found = new Map<string, string>();
  for (const cell of [...riskNamnder, ...mottagare]) {
    for (const name of recipientsOf(cell, [])) if (!found.has(nameKey(name))) found.set(nameKey(name), name.normalize('NFC'));
  }
  return [...found.values()];
}
