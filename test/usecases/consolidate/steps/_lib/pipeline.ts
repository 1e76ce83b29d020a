import { defaultScale, registerFromRecords, type RegisterData, type RiskScale, type TableRecords } from '../../../../../src/core';
import type { ConsolidateOptions, SourceRegister } from '../../../../../src/usecases/consolidate';
import { granskningar } from '../../../../../src/usecases/consolidate/steps/granskningar';
import { ids } from '../../../../../src/usecases/consolidate/steps/ids';
import { prepareSources } from '../../../../../src/usecases/consolidate/steps/prepareSources';
import { recommendationRows } from '../../../../../src/usecases/consolidate/steps/recommendationRows';
import { recommendations } from '../../../../../src/usecases/consolidate/steps/recommendations';
import { risksAndControls } from '../../../../../src/usecases/consolidate/steps/risksAndControls';
import { namndRegisters, TODAY } from '../../_lib/kommun';

/* Inputs for one step: the kommun's registers (see ../../_lib/kommun) and the earlier steps run on them. */

/** Every nämnd's register as `<nämnd>.xlsx`: Kommunstyrelsen, Barn- och utbildning, Social, Samhällsbyggnad (5 × 5). */
export function kommunSources(): SourceRegister[] {
  return namndRegisters().map((n) => ({ file: `${n.namnd}.xlsx`, register: n.register }));
}

/** The register of a nämnd's records as a file, on the default scale unless given. */
export function sourceOf(file: string, records: TableRecords, namnder: readonly string[], scale: RiskScale = defaultScale): SourceRegister {
  const register: RegisterData = registerFromRecords(scale, records, { namnder: [...namnder] });
  return { file, register };
}

/** The steps up to the recommendation rows, each on the earlier ones' results, as consolidateRegisters runs them. */
export function stepsOn(sources: readonly SourceRegister[], options: ConsolidateOptions = { today: TODAY }) {
  const prepared = prepareSources(sources, options);
  const rows = risksAndControls(prepared);
  const found = granskningar(prepared);
  const recs = recommendations(prepared, found);
  const recIds = ids(prepared.sources, recs.granskningar, recs.recommendations);
  const recRows = recommendationRows(recs.recommendations, recIds, rows, prepared.resolve);
  return { prepared, rows, found, recs, recIds, recRows };
}
