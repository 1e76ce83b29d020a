/*
 * Reads an auditor's follow-up report ("Uppföljande granskning"), pasted as text from the PDF: the
 * followed-up granskningar, their recommendations and, where the report tells per recommendation, the
 * verdict of this round.
 *
 * Two layouts. A table per recommendation (EY): the columns "Iakttagelser", "Rekommendation N", "Nämndens
 * svar 20xx" and "Uppföljning 20xx" become lines, usually first on the page, sometimes last and run together
 * ("Nämndens svar 2023Rekommendation 2Iakttagelser"); a line that starts with a single space starts a page;
 * each granskning ends with a "Bedömning" paragraph, and a summary table gives the counts per granskning.
 * Prose (see followUp/proseFollowUp): verdict sentences such as "Vi bedömer att nämnden delvis har vidtagit
 * åtgärder" or a status after each recommendation.
 *
 * The work is split: followUp/lineKinds (what a line is), followUp/scanBlocks (the block state machine),
 * followUp/summaryTable, followUp/recommendationTexts and followUp/assignVerdicts. Linear: every line is
 * classified once with short anchored patterns; nothing backtracks (counted in scanWork).
 */
import type { FollowUpGranskning, FollowUpRecommendation, FollowUpReport, UnassignedVerdict } from './FollowUpReport';
import { assignVerdicts, countsFromAssessment } from './followUp/assignVerdicts';
import type { Block } from './followUp/lineKinds';
import { parseProseFollowUp } from './followUp/proseFollowUp';
import { recommendationsOfGroup } from './followUp/recommendationTexts';
import { scanBlocks } from './followUp/scanBlocks';
import { parseSummaryTable, parseTitleList, type TableRow } from './followUp/summaryTable';
import { joinReportText } from './joinReportText';
import { reportLines } from './reportLines';

/**
 * Parses a follow-up report.
 *
 * @param text - The report as text (pasted from the PDF).
 * @returns The report, or undefined when the text is not a follow-up report (no block headers and no
 *   verdict sentences).
 * @example
 * parseFollowUpReport('Vi rekommenderar kommunstyrelsen att:\n- Göra X.') //=> undefined
 */
export function parseFollowUpReport(text: string): FollowUpReport | undefined {
  if (typeof text !== 'string') return undefined;
  const raw = reportLines(text, { formFeed: 'pageStart' });
  const trimmed = raw.map((line) => line.trim());
  return tableLayout(raw, trimmed) ?? parseProseFollowUp(trimmed);
}

/** The EY layout: a table per recommendation. */
function tableLayout(raw: readonly string[], trimmed: readonly string[]): FollowUpReport | undefined {
  const scan = scanBlocks(raw, trimmed);
  if (scan.blocks.length === 0) return undefined;

  const table = parseSummaryTable(trimmed);
  const listTitles = parseTitleList(trimmed);

  const groupCount = scan.blocks[scan.blocks.length - 1].group + 1;
  const granskningCount = Math.max(groupCount, table.length, listTitles.length);
  const blocksByGroup: Block[][] = [];
  for (let g = 0; g < granskningCount; g++) blocksByGroup.push([]);
  for (const block of scan.blocks) blocksByGroup[block.group].push(block);

  const granskningar: FollowUpGranskning[] = [];
  const recommendations: FollowUpRecommendation[] = [];
  const unassigned: UnassignedVerdict[] = [];

  for (let g = 0; g < granskningCount; g++) {
    const nr = g + 1;
    const row = table[g] as TableRow | undefined;
    const assessment = joinReportText(scan.assessments[g] ?? []);
    const verdictCounts = row?.counts ?? countsFromAssessment(assessment);
    const drafts = recommendationsOfGroup(blocksByGroup[g], verdictCounts);

    const granskning: FollowUpGranskning = {
      nr,
      title: row?.title || listTitles[g] || `Granskning ${nr}`,
      recommendationCount: drafts.length,
    };
    if (row) {
      granskning.year = row.year;
      granskning.counts = row.counts;
    }
    granskningar.push(granskning);

    const verdicts = assignVerdicts(drafts, verdictCounts, assessment);
    for (const draft of drafts) {
      const recommendation: FollowUpRecommendation = { granskning: nr, nr: draft.nr, text: draft.text, line: draft.line };
      const verdict = verdicts.byNr.get(draft.nr);
      if (verdict) recommendation.verdict = verdict;
      else unassigned.push({ granskning: nr, nr: draft.nr, reason: verdicts.reason });
      recommendations.push(recommendation);
    }
  }

  if (recommendations.length === 0) return undefined;
  return { round: scan.round, layout: 'table', granskningar, recommendations, unassigned };
}
