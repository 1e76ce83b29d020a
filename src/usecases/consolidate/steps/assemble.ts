import type { RegisterData } from '../../../core';
import { summarizeRegister } from '../../summarizeRegister';
import { compareNamnder } from '../compareNamnder';
import type { Conflict, ConsolidateOptions, Consolidation, SourceFile } from '../Consolidation';
import { consolidateMessages as M } from '../messages.sv';
import type { Granskning } from '../_lib/granskningIndex';
import { groupRisksByScale } from '../_lib/scaleGroups';
import { scaleLabel } from '../_lib/scaleLabel';
import { yearFollowUpOf } from '../_lib/yearFollowUp';
import type { Prepared } from './prepareSources';
import type { RecommendationRows } from './recommendationRows';
import type { Recommendations } from './recommendations';
import type { RisksAndControls } from './risksAndControls';

/** What the earlier steps made, for the last one. */
export interface Assembly {
  readonly prepared: Prepared;
  readonly register: RegisterData;
  readonly rows: RisksAndControls;
  readonly recommendations: Recommendations;
  readonly recommendationRows: RecommendationRows;
  /** Every conflict, in the order the steps found them. */
  readonly conflicts: readonly Conflict[];
}

/**
 * The last step: the consolidated register with the report on it (what each file gave, the summary per
 * granskning, the comparison and completeness per nämnd, the scales, the rules applied).
 *
 * @example
 * assemble({ prepared, register, rows, recommendations, recommendationRows, conflicts }, { today: 46000 }).recommendations //=> 47
 */
export function assemble(a: Assembly, options: ConsolidateOptions): Consolidation {
  const { prepared, register } = a;
  const sources = prepared.sources;
  const granskningar: readonly Granskning[] = a.recommendations.granskningar;
  const files: SourceFile[] = sources.map((s) => ({
    file: s.file,
    prefix: s.prefix,
    namnder: s.namnder,
    scale: scaleLabel(s.register.scale),
    onMainScale: s.onMain,
    risker: s.register.tables.Risker?.rows.length ?? 0,
    kontroller: s.register.tables.Kontroller?.rows.length ?? 0,
    granskningar: s.register.tables.Granskningar?.rows.length ?? 0,
    rekommendationer: s.register.tables.Rekommendationer?.rows.length ?? 0,
    uppfoljningar: s.register.tables.Uppföljningar?.rows.length ?? 0,
  }));

  const perGranskning = summarizeRegister(register, 'granskning').summary;
  const granskningNamnder: Record<string, string[]> = {};
  for (const g of granskningar) granskningNamnder[g.title] = [...g.namnder.values()];
  const scales = groupRisksByScale(sources.map((s) => ({ file: s.file, register: s.register, namnder: s.namnder, onMain: s.onMain })));
  const comparison = compareNamnder(
    sources.map((s) => ({ file: s.file, register: s.register, namnder: s.namnder })),
    a.recommendations.recommendations.map((r) =>
      r.members.map((m) => ({ file: m.source.file, status: m.item.status, klartSenast: m.item.row.values.klartSenast ?? null, namnder: m.namnder })),
    ),
    prepared.namndList,
    options.today,
    prepared.resolve,
  );

  const mainScale = scaleLabel(prepared.mainScale);
  const rules = [M.verdictRule, M.sameRecommendation, M.renumberRule('F2'), prepared.mixed ? M.scaleMixed(mainScale, sources[0].file) : M.scaleSame(mainScale)];
  return {
    register,
    yearFollowUp: yearFollowUpOf(register, options.today),
    files,
    conflicts: a.conflicts,
    missingVerdicts: a.recommendationRows.missingVerdicts,
    namndList: prepared.namndList,
    namndListSource: prepared.namndListSource,
    completeness: comparison.completeness,
    byNamnd: comparison.byNamnd,
    perGranskning,
    granskningNamnder,
    scales,
    levelNames: comparison.levelNames,
    recommendationRows: sources.reduce((n, s) => n + s.items.length, 0),
    recommendations: a.recommendations.recommendations.length,
    rules,
    apart: a.rows.apart,
  };
}
