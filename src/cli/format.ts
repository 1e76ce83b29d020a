import type { Finding } from '../usecases/Finding';

/** Lays out rows as aligned text columns: first column left, the rest right-aligned (numbers). */
export function textTable(rows: readonly (readonly (string | number)[])[]): string[] {
  const widths = rows[0].map((_, c) => rows.reduce((w, r) => Math.max(w, String(r[c]).length), 0));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ').trimEnd());
}

/** One finding as a line: place, severity, message. */
export function findingLine(f: Finding): string {
  const place = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  return `${place}  ${f.severity === 'error' ? 'fel' : 'varning'}: ${f.message}`;
}

/** "3 fel och 1 varning" */
export function countLine(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  return `${errors} fel och ${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`;
}
