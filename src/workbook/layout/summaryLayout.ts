import type { RegisterData } from '../../core';
import { layoutMessagesSv as sv } from './messages.sv';
import { textLiteral } from './textLiteral';
import type { UppsiktNames } from './uppsiktNames';

/** 0-based row of the first block's title on Sammanställning (A4). */
export const SUMMARY_TOP = 3;
/**
 * 0-based columns of the blocks side by side in Excel (A, H, O): each spills downwards as groups are added
 * without meeting the next. A file holds no spill, so there the blocks are fixed and stacked from SUMMARY_TOP.
 */
export const SUMMARY_SPILL_COLUMNS = [0, 7, 14] as const;

/** A block counting the latest verdicts per group: IK.SUMMARY over the recommendations. */
export interface SummaryBlock {
  title: string;
  /** No "=". */
  formula: string;
  /**
   * The Rekommendationer column it groups by, and the heading of the group column. Mottagare is counted per
   * nämnd it names (summarizeByRecipients), as `uppsikt summary --by namnd` and Översikt count it.
   */
  groupColumn: 'granskning' | 'mottagare';
  heading: string;
}

/** Sammanställning's content: the two summary blocks, then risks per risk level (COUNTIF per band). */
export interface SummaryLayout {
  blocks: SummaryBlock[];
  levels: { title: string; headers: [string, string]; rows: { name: string; formula: string }[] };
}

/**
 * What Sammanställning holds, for both adapters; where it goes is SUMMARY_TOP and SUMMARY_SPILL_COLUMNS.
 *
 * @param register - The register (the scale's bands).
 * @param names - The names written.
 * @returns The layout.
 * @example
 * summaryLayout(register, names).blocks[1].formula //=> 'IK.SUMMARY(Rekommendationer[Mottagare],Rekommendationer[Senaste bedömning],"Nämnd",Lista_Namnder,Risker[Nämnd])'
 */
export function summaryLayout(register: RegisterData, names: UppsiktNames): SummaryLayout {
  const recs = names.tables.get('Rekommendationer')!;
  const risks = names.tables.get('Risker')!;
  const body = sv.summaryBodyHeading();
  return {
    blocks: [
      { title: sv.summaryPerReview(), formula: `IK.SUMMARY(${recs}[Granskning],${recs}[Senaste bedömning])`, groupColumn: 'granskning', heading: sv.summaryReviewHeading() },
      {
        title: sv.summaryPerBody(),
        formula: `IK.SUMMARY(${recs}[Mottagare],${recs}[Senaste bedömning],${textLiteral(body)},${names.definedNames.get('Lista_Namnder')},${risks}[Nämnd])`,
        groupColumn: 'mottagare',
        heading: body,
      },
    ],
    levels: {
      title: sv.summaryRiskLevels(),
      headers: [sv.summaryLevelHeader(), sv.summaryCountHeader()],
      rows: register.scale.bands.map((band) => ({ name: band.name, formula: `COUNTIF(${risks}[Risknivå],${textLiteral(band.name)})` })),
    },
  };
}
