import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import type { RegisterData } from '../register/RegisterData';
import { recipientParts } from '../register/recipientsOf';
import { checkIssue } from './_lib/checkIssue';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf, SCHEMA_TABLES } from './_lib/schemaTables';
import { shown } from './_lib/shown';

// Case and spaces are folded because lists are typed by hand ("Socialnämnden " = "socialnämnden").
const namndKey = (value: CellValue) => String(value).toLocaleLowerCase('sv').replace(/\s+/g, '');

/** Addressees that stand for several nämnder, as the auditors write them. */
const GROUPS = new Set(['Samtliga nämnder', 'Övriga nämnder', 'Nämnderna', 'Alla nämnder'].map(namndKey));

/**
 * Finds nämnder (Nämnd in Riskanalys, Mottagare in Rekommendationer) that are not in the list of nämnder on
 * Inställningar, so that summaries per nämnd add up. A group addressee such as "Samtliga nämnder" gets its
 * own advice: one row per nämnd. Nothing is checked while the list is empty.
 *
 * @param register - The register.
 * @returns One warning per value not in the list.
 * @example
 * checkNamnder(registerFromRecords(defaultScale, { Risker: [{ id: 'R1', namnd: 'Socialnämden' }] }, { namnder: ['Socialnämnden'] }))[0].message
 * //=> '”Socialnämden” finns inte i listan Nämnder på Inställningar; välj en nämnd ur listan eller lägg till den i listan.'
 */
export function checkNamnder(register: RegisterData): CellFinding[] {
  const list = register.lists.namnder ?? [];
  if (list.length === 0) return [];
  const known = new Set(list.map(namndKey));
  const findings: CellFinding[] = [];
  for (const spec of SCHEMA_TABLES) {
    for (const column of spec.columns) {
      if (column.list?.kind !== 'list' || column.list.list !== 'namnder') continue;
      for (const row of rowsOf(register, spec.name)) {
        const value = row.values[column.key];
        if (isBlank(value)) continue;
        const key = namndKey(value);
        if (known.has(key)) continue;
        // Several bodies in one cell ("Kommunstyrelsen, Socialnämnden"): each is checked on its own, and a
        // group among them is understood as the list (as reports and consolidation read it).
        const parts = recipientParts(value, list);
        if (parts.length > 1) {
          for (const part of parts) {
            const partKey = namndKey(part);
            if (!known.has(partKey) && !GROUPS.has(partKey))
              findings.push(findingAt(spec.name, row, column.key, checkIssue('checkNamndUnknown', { value: shown(part) }, 'warning')));
          }
          continue;
        }
        const code = GROUPS.has(key) ? 'checkNamndGroup' : 'checkNamndUnknown';
        findings.push(findingAt(spec.name, row, column.key, checkIssue(code, { value: shown(value) }, 'warning')));
      }
    }
  }
  return findings;
}
