import { kommunNamnder, nameKey, recipientsOf, type CellValue, type RegisterData } from '../../core';

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
  const column = (table: string, key: string) => (register.tables[table]?.rows ?? []).map((row) => row.values[key] ?? null);
  return kommunNamnder(register.lists.namnder, column('Risker', 'namnd'), column('Rekommendationer', 'mottagare'));
}

/** Whether a cell naming one or more bodies (or a group) addresses the nämnd. */
export function addresses(cell: CellValue, namnd: string, namnder: readonly string[]): boolean {
  const wanted = fold(namnd);
  return recipientsOf(cell, namnder).some((n) => fold(n) === wanted);
}
