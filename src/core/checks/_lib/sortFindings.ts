import type { RegisterData } from '../../register/RegisterData';
import type { CellFinding } from './CellFinding';
import { SCHEMA_TABLES } from './schemaTables';

/**
 * Orders findings as a user walks the workbook: sheets in schema order (by the sheet each table is on in
 * this register, since adopted workbooks name sheets their own way), then row, then column. Stable, so
 * findings on one cell keep the order of the checks.
 */
export function sortFindings(findings: readonly CellFinding[], register: RegisterData): CellFinding[] {
  const sheetRank = new Map<string, number>();
  SCHEMA_TABLES.forEach((spec, index) => {
    const sheet = register.tables[spec.name]?.sheet ?? spec.sheet;
    if (!sheetRank.has(sheet)) sheetRank.set(sheet, index);
  });
  const tableRank = new Map(SCHEMA_TABLES.map((spec, index) => [spec.name, index]));
  // Sheets the schema does not place come last, in the order of their tables.
  const rank = (f: CellFinding) => sheetRank.get(f.sheet) ?? SCHEMA_TABLES.length + (tableRank.get(f.table) ?? 0);
  const ranked = findings.map((finding) => ({ finding, rank: rank(finding) }));
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.finding.sheet < b.finding.sheet ? -1 : a.finding.sheet > b.finding.sheet ? 1 : 0) ||
      a.finding.row - b.finding.row ||
      a.finding.column - b.finding.column,
  );
  return ranked.map((r) => r.finding);
}
