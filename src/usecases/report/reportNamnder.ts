import { nameKey, recipientsOf, type CellValue, type RegisterData } from '../../core';

// Case, spaces and NFC/NFD folded: a nämnd typed on a Mac matches the list.
const fold = nameKey;

/**
 * The kommun's nämnder: the list on Inställningar, else every nämnd the workbook names (risks' Nämnd and
 * the bodies in each Mottagare, groups such as "Samtliga nämnder" left out), in the order first met.
 *
 * @param register - The register.
 * @returns The nämnder, each once.
 * @example
 * reportNamnder(register) //=> ['Kommunstyrelsen', 'Socialnämnden']
 */
export function reportNamnder(register: RegisterData): string[] {
  const listed = register.lists.namnder.map((n) => n.normalize('NFC').trim()).filter((n) => n !== '');
  if (listed.length > 0) return listed;
  const found = new Map<string, string>();
  const add = (names: string[]) => names.forEach((n) => found.has(fold(n)) || found.set(fold(n), n.normalize('NFC')));
  for (const row of register.tables.Risker?.rows ?? []) add(recipientsOf(row.values.namnd ?? null, []));
  for (const row of register.tables.Rekommendationer?.rows ?? []) add(recipientsOf(row.values.mottagare ?? null, []));
  return [...found.values()];
}

/** Whether a cell naming one or more bodies (or a group) addresses the nämnd. */
export function addresses(cell: CellValue, namnd: string, namnder: readonly string[]): boolean {
  const wanted = fold(namnd);
  return recipientsOf(cell, namnder).some((n) => fold(n) === wanted);
}
