import { adoptWorkbook, columnLetters, type Issue } from '../../core';
import type { Finding } from '../../usecases/Finding';
import { readSnapshot } from '../workbookFiles';

/** An adoption issue (input = sheet, 0-based row/column) as a finding. */
export function adoptionFinding(issue: Issue): Finding {
  const cell = issue.row !== undefined && issue.column !== undefined ? `${columnLetters(issue.column)}${issue.row + 1}` : '';
  return { severity: issue.severity, code: issue.code, sheet: issue.input ?? '', cell, message: issue.message };
}

/** Reads any workbook and adopts it in memory (the file is not changed). */
export async function openRegister(file: string) {
  const snapshot = await readSnapshot(file);
  const adoption = adoptWorkbook(snapshot);
  return { snapshot, ...adoption, adoptionFindings: adoption.issues.map(adoptionFinding) };
}
