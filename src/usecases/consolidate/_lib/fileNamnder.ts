import { isBlank, type RegisterData } from '../../../core';
import type { Recipients } from './recipients';

const folded = new Map<string, string>();

/** A nämnd's name as compared: case and spaces folded ("Socialnämnden " = "socialnämnden"); remembered, as names repeat on every row. */
export function foldName(name: string): string {
  let key = folded.get(name);
  if (key === undefined) {
    if (folded.size > 10_000) folded.clear();
    folded.set(name, (key = name.toLocaleLowerCase('sv').replace(/\s+/g, '')));
  }
  return key;
}

/**
 * The nämnder a file speaks for: the Nämnd of its risks and the Mottagare of recommendations addressed to
 * one body. A recommendation shared with others ("Kommunstyrelsen, Socialnämnden") or a group does not make
 * the file another nämnd's; when nothing else names one, those are used.
 */
export function fileNamnder(register: RegisterData, resolve: Recipients): string[] {
  const found = new Map<string, string>();
  const add = (name: string) => {
    if (!found.has(foldName(name))) found.set(foldName(name), name);
  };
  for (const row of register.tables.Risker?.rows ?? []) {
    if (isBlank(row.values.namnd)) continue;
    for (const name of resolve(row.values.namnd)) add(name);
  }
  const shared: string[] = [];
  for (const row of register.tables.Rekommendationer?.rows ?? []) {
    const bodies = resolve(row.values.mottagare ?? null);
    if (bodies.length === 1) add(bodies[0]);
    else for (const body of bodies) shared.push(body);
  }
  if (found.size === 0) for (const name of shared) add(name);
  return [...found.values()];
}
