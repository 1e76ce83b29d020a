import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { nameKey } from '../names/nameKey';
import { groupMembers, isGroupAddressee } from './groupAddressees';

// Names are typed by hand: case, spaces and NFC/NFD are folded when comparing ("Socialnämnden " = "socialnämnden").
const fold = nameKey;

// Commas, semicolons and new lines always separate bodies.
const HARD_SEPARATORS = /\s*[,;\n]\s*/;
// "&", "/", "och" and "samt" separate bodies only after a whole body's name (SOFT_SEPARATORS): "Kultur &
// fritidsnämnden" and "Kultur- och fritidsnämnden" are one nämnd, "Kommunstyrelsen och Socialnämnden" two.
const SOFT_SEPARATORS = /(\s*[/&]\s*|(?<!-)\s+(?:och|samt)\s+)/i;
// A body's name: a word for a body in it, or an abbreviation such as KS or BUN.
const BODY_WORD = /nämnd|styrelse|fullmäktige|revision|bolag|förbund|utskott|råd|förvaltning/i;
const ABBREVIATION = /^\p{Lu}{2,6}$/u;
const isBodyName = (name: string) => BODY_WORD.test(name) || ABBREVIATION.test(name) || isGroupAddressee(name);

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
  return text
    .split(HARD_SEPARATORS)
    .flatMap(softParts)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A part split at "&", "/", "och" or "samt" only where what comes before is a body's name (or a group). */
function softParts(part: string): string[] {
  const pieces = part.split(SOFT_SEPARATORS);
  const parts: string[] = [];
  let current = pieces[0];
  for (let i = 1; i < pieces.length; i += 2) {
    const head = current.trim();
    if (isBodyName(head)) {
      parts.push(current);
      current = pieces[i + 1];
    } else {
      current += pieces[i] + pieces[i + 1];
    }
  }
  parts.push(current);
  return parts;
}
