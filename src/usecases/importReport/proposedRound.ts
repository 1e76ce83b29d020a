import type { ReportReading } from '../readReportText';

/**
 * The follow-up round to propose for a follow-up report: the one it names, else its year, else '' (the user
 * must give one: --omgang in the CLI, the Uppföljningsomgång field in the pane).
 *
 * @param reading - A reading of kind 'followUp' (readReportText).
 * @returns The round's name, or ''.
 * @example
 * proposedRound(readReportText(followUpText)) //=> '2024'
 */
export function proposedRound(reading: Extract<ReportReading, { kind: 'followUp' }>): string {
  const year = reading.parsed.metadata.year;
  return (reading.report.round || (year ? String(year) : '')).trim();
}
