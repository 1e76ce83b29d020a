import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { groupMembers, isGroupAddressee } from './planReportImport';

// Names are typed by hand: case and spaces are folded when comparing ("Socialnämnden " = "socialnämnden").
const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, '');

// "och"/"samt" separate bodies, except after a hyphen: "Kultur- och fritidsnämnden" is one nämnd.
const SEPARATORS = /\s*[,;/&\n]\s*|(?<!-)\s+(?:och|samt)\s+/i;

/**
 * The bodies a Mottagare cell addresses: several names ("Kommunstyrelsen, Socialnämnden") split, and a
 * group ("Samtliga nämnder", "Övriga nämnder", "Nämnderna") expanded to the kommun's nämnder (for "övriga",
 * less the bodies the same cell names). A name that is itself in the list is never split.
 *
 * @param mottagare - The Mottagare cell as typed.
 * @param namnder - The kommun's nämnder: the list on Inställningar, else the nämnder the workbook names.
 * @returns The bodies, each once, in the order written (a group in list order); names as in the list where
 *   they match one, else as typed.
 * @example
 * recipientsOf('Kommunstyrelsen och Barn- och utbildningsnämnden', ['Kommunstyrelsen', 'Barn- och utbildningsnämnden'])
 * //=> ['Kommunstyrelsen', 'Barn- och utbildningsnämnden']
 */
export function recipientsOf(mottagare: CellValue, namnder: readonly string[]): string[] {
  const parts = recipientParts(mottagare, namnder);
  const listed = new Map(namnder.map((n) => [fold(n), n.trim()]));
  const named = parts.filter((p) => !isGroupAddressee(p));
  const result = new Map<string, string>();
  for (const part of parts) {
    const bodies = isGroupAddressee(part) ? groupMembers(part, namnder, named) : [listed.get(fold(part)) ?? part];
    for (const body of bodies) if (!result.has(fold(body))) result.set(fold(body), body);
  }
  return [...result.values()];
}

/**
 * The names a Mottagare cell is written with, split but not expanded: "Kommunstyrelsen, Samtliga nämnder"
 * gives both as written. A name that is itself in the list is never split.
 *
 * @param mottagare - The Mottagare cell as typed.
 * @param namnder - The kommun's nämnder.
 * @returns The parts, trimmed, in the order written.
 * @example
 * recipientParts('Kommunstyrelsen och övriga nämnder', []) //=> ['Kommunstyrelsen', 'övriga nämnder']
 */
export function recipientParts(mottagare: CellValue, namnder: readonly string[]): string[] {
  if (isBlank(mottagare)) return [];
  const text = String(mottagare).trim();
  if (namnder.some((n) => fold(n) === fold(text))) return [text];
  return text.split(SEPARATORS).map((p) => p.trim()).filter((p) => p !== '');
}
