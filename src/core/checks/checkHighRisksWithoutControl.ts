import { idKey } from '../register/latestVerdicts';
import type { RegisterData } from '../register/RegisterData';
import { parseLevel } from '../cell/parseLevel';
import { bandForScore } from '../scale/bandForScore';
import { scoreRisk } from '../scale/scoreRisk';
import { validateScale } from '../scale/validateScale';
import { checkIssue } from './_lib/checkIssue';
import { findingAt, type CellFinding } from './_lib/CellFinding';
import { rowsOf, sheetOf } from './_lib/schemaTables';
import { idText } from './_lib/shown';

/**
 * Finds risks in the top risk level of the scale (its last band, "Hög" by default) that no row in
 * Internkontrollplan points at: auditors expect every high risk to lead to a kontrollmoment. Skipped when
 * the scale itself is invalid, since no level can then be trusted (the scale is reported where it is read).
 *
 * @param register - The register.
 * @returns One warning per high risk without a control, at the risk's Id cell.
 * @example
 * checkHighRisksWithoutControl(registerFromRecords(defaultScale, { Risker: [{ id: 'R3', sannolikhet: 3, konsekvens: 4 }] }))[0].message
 * //=> 'Risken R3 har risknivå Hög men inget kontrollmoment i Internkontrollplan; lägg till ett kontrollmoment för risken.'
 */
export function checkHighRisksWithoutControl(register: RegisterData): CellFinding[] {
  const scale = validateScale(register.scale).value;
  const top = scale?.bands[scale.bands.length - 1];
  if (!scale || !top) return [];
  const controlled = new Set(rowsOf(register, 'Kontroller').map((row) => idKey(row.values.riskId)));
  const sheet = sheetOf(register, 'Kontroller');
  const findings: CellFinding[] = [];
  for (const row of rowsOf(register, 'Risker')) {
    const id = idKey(row.values.id);
    if (id !== '' && controlled.has(id)) continue;
    // Levels are parsed here, not with scoreRiskCells: its issues (checkLevels reports them) would format
    // every bad value, and formatValue throws on an invalid Date.
    const likelihood = parseLevel(row.values.sannolikhet ?? null, scale.likelihood.labels.length);
    const consequence = parseLevel(row.values.konsekvens ?? null, scale.consequence.labels.length);
    if (likelihood <= 0 || consequence <= 0 || bandForScore(scale, scoreRisk(scale, likelihood, consequence)) !== top) continue;
    const params = { id: id === '' ? '' : idText(row.values.id), row: row.row + 1, level: top.name, sheet };
    findings.push(findingAt('Risker', row, 'id', checkIssue('checkHighRiskWithoutControl', params, 'warning')));
  }
  return findings;
}
