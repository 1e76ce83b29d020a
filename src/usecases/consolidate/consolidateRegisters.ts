import type { ConsolidateOptions, Consolidation, SourceRegister } from './Consolidation';
import { assemble } from './steps/assemble';
import { assembleRegister } from './steps/assembleRegister';
import { fileConflicts, unknownNamnder } from './steps/fileConflicts';
import { granskningar, spellingConflicts } from './steps/granskningar';
import { ids } from './steps/ids';
import { prepareSources } from './steps/prepareSources';
import { recommendationRows } from './steps/recommendationRows';
import { recommendations } from './steps/recommendations';
import { risksAndControls } from './steps/risksAndControls';

/**
 * Puts every nämnd's register together into one kommun-wide Uppsikt register for kommunstyrelsen's
 * uppsikt: each row keeps its file, sheet and row (Källa columns) and its nämnd; a recommendation kept by
 * several nämnder (same granskning and year, number and text, tolerant of spelling and spacing) becomes one
 * row, each nämnd's verdict kept, differing verdicts listed as conflicts and counted as the least finished;
 * clashing ids get the file's prefix; risks on another scale than the first file's are kept apart, never in
 * one matrix. Says which of the kommun's nämnder have no workbook, risks or plan. Inputs are not changed.
 *
 * A pipeline of steps (src/usecases/consolidate/steps), each a function of the earlier ones' results.
 *
 * @param sources - The registers, in the order given (the first one's scale and nämnd list lead).
 * @param options - Today, and the kommun's nämnder if given.
 * @returns The consolidated register and the report on it.
 * @example
 * consolidateRegisters([{ file: 'ks.xlsx', register: ks }, { file: 'sn.xlsx', register: sn }], { today: 46000 }).perGranskning.total.total //=> 9
 */
export function consolidateRegisters(sources: readonly SourceRegister[], options: ConsolidateOptions): Consolidation {
  if (sources.length === 0) throw new Error('consolidateRegisters needs at least one register');
  const prepared = prepareSources(sources, options);
  const rows = risksAndControls(prepared);
  const recs = recommendations(prepared, granskningar(prepared));
  const recIds = ids(prepared.sources, recs.granskningar, recs.recommendations);
  const recRows = recommendationRows(recs.recommendations, recIds, rows, prepared.resolve);
  const register = assembleRegister(prepared, rows, recs.granskningar, recIds, recRows);
  // Conflicts in the order a reader meets them: files, ids of risks and controls, recommendations, granskningar, verdicts, ids, nämnder.
  const conflicts = [
    ...fileConflicts(prepared),
    ...rows.conflicts,
    ...recs.conflicts,
    ...spellingConflicts(recs.granskningar),
    ...recRows.conflicts,
    ...recIds.conflicts,
    ...unknownNamnder(prepared),
  ];
  return assemble({ prepared, register, rows, recommendations: recs, recommendationRows: recRows, conflicts }, options);
}
