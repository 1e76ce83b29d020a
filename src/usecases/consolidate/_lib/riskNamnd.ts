import type { RegisterRow } from '../../../core';
import type { Recipients } from './recipients';
import type { Source } from './Source';

/** The nämnd of a risk: its Nämnd cell, else the file's nämnd. */
export function riskNamnd(row: RegisterRow, s: Source, resolve: Recipients): string[] {
  const named = resolve(row.values.namnd ?? null);
  return named.length > 0 ? [...named] : [...s.namnder];
}
