import { checkIssue } from './checkIssue';
import type { CellFinding } from './CellFinding';

/**
 * Replaces the findings about a column the sheet lacks by one finding per table and column ("Kolumnen …
 * saknas"), at the earliest such row and as severe as the worst it replaces: a missing column would
 * otherwise repeat on every row, and the first thing to do is add it.
 */
export function foldMissingColumns(findings: readonly CellFinding[]): CellFinding[] {
  const kept: CellFinding[] = [];
  const folded = new Map<string, CellFinding>();
  for (const finding of findings) {
    if (finding.missingKey === undefined) {
      kept.push(finding);
      continue;
    }
    const key = `${finding.table}\u0000${finding.sheet}\u0000${finding.missingKey}`;
    const earlier = folded.get(key);
    if (!earlier) {
      const header = finding.missingHeader ?? finding.missingKey;
      const issue = checkIssue('checkColumnMissing', { header, sheet: finding.sheet }, finding.severity);
      folded.set(key, { ...finding, code: issue.code, message: issue.message });
      continue;
    }
    if (finding.row < earlier.row) folded.set(key, { ...earlier, row: finding.row, column: finding.column });
    if (finding.severity === 'error') folded.get(key)!.severity = 'error';
  }
  return [...kept, ...folded.values()];
}
