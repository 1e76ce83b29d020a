import { adoptWorkbook, type Adoption } from '../core';
import type { WorkbookPort } from './port/WorkbookPort';
import { checkFindings } from './checkFindings';
import type { Finding } from './Finding';
import { findingSummary, type FindingSummary } from './findingSummary';

/**
 * Kontrollera over a port: reads the open workbook, adopts it and checks it. (The pane already holds an
 * adoption of the last read and calls checkFindings itself; the CLI reads files with its streamed reader.)
 *
 * @param port - The workbook.
 * @param today - Today as an Excel serial.
 * @returns The adoption, the findings and their counts with the sentence to show.
 * @example
 * (await checkWorkbook(port, 46348)).summary.text //=> '1 fel och 12 varningar.'
 */
export async function checkWorkbook(port: WorkbookPort, today: number): Promise<{ adoption: Adoption; findings: Finding[]; summary: FindingSummary }> {
  const adoption = adoptWorkbook(await port.read());
  const findings = checkFindings(adoption, today);
  return { adoption, findings, summary: findingSummary(findings) };
}
