import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import type { Checked } from '../issues/Issue';
import { idKey } from '../register/latestVerdicts';
import type { ControlOverview } from './controlOverview';
import { countControls, type CountedStatus } from './countControls';
import { dueOccasions } from './dueOccasions';
import { parsePeriod, type Period } from './parsePeriod';
import { periodEnd } from './periodEnd';
import { perNamnd } from './perNamnd';
import { cellAt, columnsOf, pointNames, pointsOfYear, type Range } from './rangeColumns';
import { latestPeriodOf, pointReader, resultReader } from './rangeResults';
import { decideTally, newTally, type ResultTally } from './resultTally';

/** The overview's counts: what =IK.UTFALLPERNÄMND spills (overviewTable). */
export type ControlCounts = Pick<ControlOverview, 'period' | 'points' | 'byNamnd' | 'total'>;

interface RangeControl {
  readonly key: string;
  readonly namnd: string;
  readonly frekvens: CellValue;
  readonly tidpunkt: CellValue;
}

/** The plan's controls with their nämnd, as planControls reads Kontroller and Risker. */
function planOfRanges(controls: Range, risks: Range): RangeControl[] {
  const riskColumns = columnsOf(risks, 'Risker');
  const namndOfRisk = new Map<string, string>();
  for (let r = 1; r < risks.length; r++) {
    const key = idKey(cellAt(risks[r], riskColumns.id));
    const namnd = cellAt(risks[r], riskColumns.namnd);
    if (key !== '' && !namndOfRisk.has(key)) namndOfRisk.set(key, isBlank(namnd) ? '' : String(namnd).trim());
  }
  const columns = columnsOf(controls, 'Kontroller');
  const plan: RangeControl[] = [];
  for (let r = 1; r < controls.length; r++) {
    const row = controls[r];
    const key = idKey(cellAt(row, columns.id));
    if (key === '') continue;
    plan.push({ key, namnd: namndOfRisk.get(idKey(cellAt(row, columns.riskId))) ?? '', frekvens: cellAt(row, columns.frekvens), tidpunkt: cellAt(row, columns.tidpunkt) });
  }
  return plan;
}

/** Each control id's results up to the period, in one pass over Kontrollutfall read in place. */
function tallies(plan: readonly RangeControl[], results: Range, upTo: Period, points: ReturnType<typeof pointsOfYear>): Map<string, ResultTally> {
  const byKey = new Map<string, ResultTally>();
  for (const c of plan) if (!byKey.has(c.key)) byKey.set(c.key, newTally(points.length));
  const columns = columnsOf(results, 'Kontrollutfall');
  const idColumn = columns.kontrollId;
  if (idColumn === undefined) return byKey;
  const periodColumn = columns.period;
  const pointOf = pointReader(upTo, points);
  const add = resultReader(columns);
  // The id cells repeat each id once per occasion: each written form is keyed (idKey) once.
  const byCell = new Map<CellValue, ResultTally | null>();
  for (let r = 1; r < results.length; r++) {
    const row = results[r];
    const id = row[idColumn] ?? null;
    let tally = byCell.get(id);
    if (tally === undefined) byCell.set(id, (tally = byKey.get(idKey(id)) ?? null));
    if (tally === null) continue;
    const at = pointOf(periodColumn === undefined ? null : (row[periodColumn] ?? null));
    if (at >= 0) add(tally, at, row);
  }
  return byKey;
}

/**
 * The year so far from the three tables as ranges with their header rows, for =IK.UTFALLPERNÄMND: the counts of
 * controlOverview (the same numbers as `uppsikt utfall`), computed from the cells where they are, with no
 * record per row and no status list the table does not show.
 *
 * @param controls - Kontroller with its header row (Id, Risk-id, Frekvens, Tidpunkt …).
 * @param risks - Risker with its header row (Id, Nämnd …).
 * @param results - Kontrollutfall with its header row.
 * @param period - The period; blank for the latest with results.
 * @param points - The reporting points (Lista_Rapporteringspunkter); empty for T1–T3.
 * @returns The counts, or the period's issue.
 * @example
 * controlOverviewOfRanges([['Id', 'Risk-id'], ['K1', 'R1']], [['Id', 'Nämnd'], ['R1', 'SN']], [['Kontroll-id', 'Period', 'Genomförd']], 'T1 2026').value?.byNamnd[0].kontroller //=> 1
 */
export function controlOverviewOfRanges(controls: Range, risks: Range, results: Range, period: CellValue, points?: readonly CellValue[]): Checked<ControlCounts> {
  let upTo: Period | undefined;
  if (isBlank(period)) upTo = latestPeriodOf(results, columnsOf(results, 'Kontrollutfall'));
  else {
    const parsed = parsePeriod(period);
    if (!parsed.value) return { issues: parsed.issues };
    upTo = parsed.value;
  }
  const plan = planOfRanges(controls, risks);
  const pointList = upTo ? pointsOfYear(pointNames(points), upTo.year) : [];
  const byKey = upTo ? tallies(plan, results, upTo, pointList) : undefined;
  const end = upTo ? periodEnd(upTo, pointList) : 0;
  // The plan repeats a few Frekvens and Tidpunkt cells: each pair's occasions up to the period are found once.
  const dueOf = new Map<CellValue, Map<CellValue, number[]>>();
  const dueUpTo = (c: RangeControl): number[] => {
    if (!upTo) return [];
    let byTidpunkt = dueOf.get(c.frekvens);
    if (!byTidpunkt) dueOf.set(c.frekvens, (byTidpunkt = new Map()));
    let due = byTidpunkt.get(c.tidpunkt);
    if (!due) byTidpunkt.set(c.tidpunkt, (due = dueOccasions(c.frekvens, c.tidpunkt, pointList).filter((i) => pointList[i].end <= end)));
    return due;
  };
  const none = newTally(0);
  const statuses: CountedStatus[] = plan.map((c) => {
    const d = decideTally(byKey?.get(c.key) ?? none, dueUpTo(c));
    return {
      namnd: c.namnd,
      lage: d.lage,
      genomford: d.genomford,
      medAvvikelse: d.medAvvikelse,
      vasentlig: d.vasentlig,
      atgarderKlara: d.atgarderKlara,
      atgarderOppna: d.atgarderOppna,
      tillfallen: d.tillfallen,
      genomfordaTillfallen: d.genomfordaTillfallen,
    };
  });
  return { value: { ...(upTo ? { period: upTo } : {}), points: pointList, byNamnd: perNamnd(statuses, []), total: countControls('', statuses) }, issues: [] };
}
