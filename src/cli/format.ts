import type { Finding } from '../usecases/Finding';
import { findingSummary } from '../usecases/findingSummary';
import { cliMessagesSv as C } from './messages.sv';

/** Lays out rows as aligned text columns: first column left, the rest right-aligned (numbers). */
export function textTable(rows: readonly (readonly (string | number)[])[]): string[] {
  const widths = rows[0].map((_, c) => rows.reduce((w, r) => Math.max(w, String(r[c]).length), 0));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
      .join('  ')
      .trimEnd(),
  );
}

/** One finding as a line: place, severity, message. */
export function findingLine(f: Finding): string {
  const place = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  return C.findingLine({ place, error: f.severity === 'error', message: f.message });
}

/** "3 fel och 1 varning" */
export function countLine(findings: readonly Finding[]): string {
  return findingSummary(findings).counts;
}

/** How many findings the terminal gets one line each; `--json` always has them all. */
export const PRINTED_FINDINGS = 200;

/**
 * Findings for the terminal: the first `limit` in full, and for the rest one line per kind (code and
 * severity) with its count and the first of them as an example. 275,000 warnings are then some 200 lines,
 * not 44 MB.
 *
 * @example
 * cappedFindings(findings, 200) //=> { shown: findings.slice(0, 200), rest: ['… 3 till visas inte …', '  2 till som: …'] }
 */
export function cappedFindings(findings: readonly Finding[], limit = PRINTED_FINDINGS): { shown: readonly Finding[]; rest: string[] } {
  if (findings.length <= limit) return { shown: findings, rest: [] };
  const kinds = new Map<string, { count: number; example: Finding }>();
  for (let i = limit; i < findings.length; i++) {
    const f = findings[i];
    const key = `${f.severity}\u0000${f.code}`;
    const kind = kinds.get(key);
    if (kind) kind.count++;
    else kinds.set(key, { count: 1, example: f });
  }
  const hidden = findings.length - limit;
  const rest = [C.findingsHidden({ count: hidden })];
  for (const { count, example } of [...kinds.values()].sort((a, b) => b.count - a.count)) {
    rest.push(C.findingsOfKind({ count, error: example.severity === 'error', example: findingLine(example) }));
  }
  return { shown: findings.slice(0, limit), rest };
}

/** Prints findings one per line through `print`, capped as cappedFindings says. */
export function printFindings(findings: readonly Finding[], print: (line: string) => void, limit = PRINTED_FINDINGS): void {
  const { shown, rest } = cappedFindings(findings, limit);
  for (const f of shown) print(findingLine(f));
  for (const line of rest) print(line);
}
