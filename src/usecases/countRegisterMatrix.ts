import { countRiskMatrix, findingAtRow, type RegisterData, type RiskMatrixCounts } from '../core';
import type { Finding } from './Finding';

/**
 * The risk-matrix counts of a register's risks on its scale; invalid levels are findings naming their cell.
 *
 * @param register - The register.
 * @returns Counts (`counts[s-1][k-1]`) and findings.
 */
export function countRegisterMatrix(register: RegisterData): { matrix: RiskMatrixCounts; findings: Finding[] } {
  const rows = register.tables.Risker?.rows ?? [];
  const result = countRiskMatrix(
    rows.map((r) => r.values.sannolikhet ?? null),
    rows.map((r) => r.values.konsekvens ?? null),
    register.scale,
  );
  const findings = result.issues.map((issue) => findingAtRow(issue, rows[issue.index ?? 0], issue.input === 'likelihoods' ? 'sannolikhet' : 'konsekvens'));
  return { matrix: result.value!, findings };
}
