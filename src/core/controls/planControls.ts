import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { idKey } from '../register/latestVerdicts';
import type { RegisterData, RegisterRow } from '../register/RegisterData';

/** A control of the internkontrollplan with what the year's follow-up needs of it. */
export interface PlanControl {
  /** The Id as typed, trimmed. */
  readonly id: string;
  /** The id as results are matched by (idKey). */
  readonly key: string;
  /** The nämnd of the risk it answers, trimmed; "" when the risk or its nämnd is missing. */
  readonly namnd: string;
  readonly frekvens: CellValue;
  readonly tidpunkt: CellValue;
  /** Its row on Kontroller, for Gå till. */
  readonly row: RegisterRow;
}

/**
 * The plan's controls with their nämnd: a control's nämnd is the nämnd of the risk it answers (Risk-id).
 * Rows without an Id are left out; they cannot be followed up (check flags them).
 *
 * @param register - The register.
 * @returns The controls in plan order.
 * @example
 * planControls(registerFromRecords(defaultScale, { Risker: [{ id: 'R1', namnd: 'Socialnämnden' }], Kontroller: [{ id: 'K1', riskId: 'r1' }] }))[0].namnd
 * //=> 'Socialnämnden'
 */
export function planControls(register: RegisterData): PlanControl[] {
  const namndOfRisk = new Map<string, string>();
  for (const risk of register.tables.Risker?.rows ?? []) {
    const key = idKey(risk.values.id ?? null);
    if (key !== '' && !namndOfRisk.has(key)) namndOfRisk.set(key, isBlank(risk.values.namnd) ? '' : String(risk.values.namnd).trim());
  }
  const controls: PlanControl[] = [];
  for (const row of register.tables.Kontroller?.rows ?? []) {
    const key = idKey(row.values.id ?? null);
    if (key === '') continue;
    const id = String(row.values.id).trim();
    const namnd = namndOfRisk.get(idKey(row.values.riskId ?? null)) ?? '';
    controls.push({ id, key, namnd, frekvens: row.values.frekvens ?? null, tidpunkt: row.values.tidpunkt ?? null, row });
  }
  return controls;
}
