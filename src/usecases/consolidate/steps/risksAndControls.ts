import { idKey, isBlank, levelOfScore, scoreRiskCells, type CellValue, type RegisterRow } from '../../../core';
import type { Conflict } from '../Consolidation';
import { SCALE_HEADERS } from '../messages.sv';
import type { OutRow } from '../_lib/buildTable';
import { mapId } from '../_lib/cellText';
import { idConflict } from '../_lib/idConflict';
import type { Recipients } from '../_lib/recipients';
import { renumber } from '../_lib/renumber';
import { riskNamnd } from '../_lib/riskNamnd';
import { scaleLabel } from '../_lib/scaleLabel';
import { ownExtras, sourceColumns } from '../_lib/sourceColumns';
import { placeOf, type Source } from '../_lib/Source';
import type { Prepared } from './prepareSources';

/** Every file's risks, controls, results and helhetsbedömningar as consolidated rows. */
export interface RisksAndControls {
  readonly risks: OutRow[];
  readonly controls: OutRow[];
  /** The year's results and helhetsbedömningar travel with their controls and nämnder (the year's close). */
  readonly results: OutRow[];
  readonly assessments: OutRow[];
  /** Risks on another scale than the first file's, and their controls: kept apart, never in one matrix. */
  readonly apart: { readonly risks: OutRow[]; readonly controls: OutRow[] };
  /** The ids of the risks kept apart (id keys), whose references recommendations carry on as text. */
  readonly apartRiskIds: ReadonlySet<string>;
  /** Per file (by its index): source risk id key → the id in the consolidated workbook. */
  readonly riskIds: readonly ReadonlyMap<string, string>[];
  readonly conflicts: Conflict[];
}

/**
 * Risks and controls of every file in order: one file's ids stay alike; a clash with an earlier file's
 * prefixes the whole file's ids in that table, and its controls, results and recommendations follow.
 *
 * @example
 * risksAndControls(prepareSources([sn, { ...sn, file: 'kopia.xlsx' }], { today })).riskIds[1].get('r1') //=> 'F2-R1'
 */
export function risksAndControls(prepared: Prepared): RisksAndControls {
  const { resolve, mixed } = prepared;
  const apartRiskIds = new Set<string>();
  const riskIds: ReadonlyMap<string, string>[] = [];
  const out = {
    risks: [] as OutRow[],
    controls: [] as OutRow[],
    results: [] as OutRow[],
    assessments: [] as OutRow[],
    apart: { risks: [] as OutRow[], controls: [] as OutRow[] },
    conflicts: [] as Conflict[],
  };
  const riskTaken = new Set<string>();
  const controlTaken = new Set<string>();
  for (const s of prepared.sources) {
    const riskRows = s.register.tables.Risker?.rows ?? [];
    const renumbered = renumber(riskRows, s.prefix, riskTaken);
    riskIds[s.index] = renumbered.ids;
    if (renumbered.clashes.length > 0) out.conflicts.push(idConflict(s, 'Riskanalys', renumbered.clashes));
    const apart = new Set<string>();
    for (const row of riskRows) {
      const values = { ...row.values, id: mapId(row.values.id, renumbered.ids) };
      if (!s.onMain) {
        out.apart.risks.push(apartRow(s, { ...row, values }, resolve));
        apart.add(idKey(values.id));
        apartRiskIds.add(idKey(values.id));
        continue;
      }
      out.risks.push({
        values,
        extra: { ...ownExtras(row), ...(mixed ? { [SCALE_HEADERS.scale]: scaleLabel(s.register.scale) } : {}), ...sourceColumns([placeOf(s, row)], riskNamnd(row, s, resolve)) },
      });
    }
    const controlRows = s.register.tables.Kontroller?.rows ?? [];
    const controlIds = renumber(controlRows, s.prefix, controlTaken);
    if (controlIds.clashes.length > 0) out.conflicts.push(idConflict(s, 'Internkontrollplan', controlIds.clashes));
    const riskOf = new Map(riskRows.map((r) => [idKey(r.values.id), r]));
    for (const row of controlRows) {
      const values = { ...row.values, id: mapId(row.values.id, controlIds.ids), riskId: mapId(row.values.riskId, renumbered.ids) };
      if (apart.has(idKey(values.riskId))) {
        out.apart.controls.push(apartRow(s, { ...row, values }, resolve));
        continue;
      }
      const risk = riskOf.get(idKey(row.values.riskId));
      out.controls.push({ values, extra: { ...ownExtras(row), ...sourceColumns([placeOf(s, row)], risk ? riskNamnd(risk, s, resolve) : s.namnder) } });
    }
    for (const row of s.register.tables.Kontrollutfall?.rows ?? []) {
      out.results.push({
        values: { ...row.values, kontrollId: mapId(row.values.kontrollId, controlIds.ids) },
        extra: { ...ownExtras(row), ...sourceColumns([placeOf(s, row)], s.namnder) },
      });
    }
    for (const row of s.register.tables.Helhetsbedömningar?.rows ?? [])
      out.assessments.push({ values: { ...row.values }, extra: { ...ownExtras(row), ...sourceColumns([placeOf(s, row)], s.namnder) } });
  }
  return { ...out, apartRiskIds, riskIds };
}

/** A row kept apart, with its Skala column and, for a risk, its value and level on the file's own scale. */
function apartRow(s: Source, row: RegisterRow, resolve: Recipients): OutRow {
  const values: Record<string, CellValue> = { ...row.values };
  if ('sannolikhet' in row.values || 'konsekvens' in row.values) {
    // Scored on the file's own scale, so the sheet shows what the nämnd sees.
    const score = scoreRiskCells(row.values.sannolikhet ?? null, row.values.konsekvens ?? null, s.register.scale).value;
    if (isBlank(values.riskvarde) && typeof score === 'number') values.riskvarde = score;
    if (isBlank(values.riskniva) && typeof score === 'number') values.riskniva = levelOfScore(score, s.register.scale).value?.name ?? null;
  }
  return { values, extra: { ...ownExtras(row), [SCALE_HEADERS.scale]: scaleLabel(s.register.scale), ...sourceColumns([placeOf(s, row)], riskNamnd(row, s, resolve)) } };
}
