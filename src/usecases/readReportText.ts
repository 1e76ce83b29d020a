import { parseFollowUpReport, parseReport, type FollowUpReport, type ParsedReport } from '../core';

/** What a pasted report is: a granskning's recommendations, or a follow-up with verdicts. */
export type ReportReading = { kind: 'recommendations'; parsed: ParsedReport } | { kind: 'followUp'; report: FollowUpReport; parsed: ParsedReport };

/**
 * Reads pasted report text the one way the CLI and the task pane share: a follow-up report (a table per
 * recommendation, or verdict sentences under a follow-up title) is read as one; anything else for the
 * recommendations under its lead-ins.
 *
 * @param text - The report's text.
 * @returns The reading.
 * @example
 * readReportText('Vi rekommenderar kommunstyrelsen att:\n- Ta fram en plan.').kind //=> 'recommendations'
 */
export function readReportText(text: string): ReportReading {
  const parsed = parseReport(text);
  const report = parseFollowUpReport(text);
  if (report && (report.layout === 'prose' || parsed.recommendations.length === 0)) return { kind: 'followUp', report, parsed };
  return { kind: 'recommendations', parsed };
}
