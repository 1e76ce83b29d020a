import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import type { Checked } from '../issues/Issue';
import type { ControlOverview } from './controlOverview';
import { countControls } from './countControls';
import { cellMemo } from './cellMemo';
import { matchKey } from './matchKey';
import { dueOccasions } from './dueOccasions';
import { parsePeriod, type Period } from './parsePeriod';
import { periodEnd } from './periodEnd';
import { countPerNamnd } from './perNamnd';
import { cellAt, columnsOf, pointNames, pointsOfYear, type Range } from './rangeColumns';
import { latestPeriodOf, pointReader, resultReader } from './rangeResults';
import type { ReportingPoint } from './reportingPoints';
import { decideTally, newTallies, type ResultTallies } from './resultTally';

const PAIRS_LISTED = 16;

/** The overview's counts: what =IK.UTFALLPERNÄMND spills (overviewTable). */
export type ControlCounts = Pick<ControlOverview, 'period' | 'points' | 'byNamnd' | 'total'>;

interface RangeControl {
  /** The control's tally in PlanOfRanges.tallies: controls with one id (idKey) share one. */
  readonly tally: number;
  readonly namnd: string;
  readonly frekvens: CellValue;
  readonly tidpunkt: CellValue;
}

interface PlanOfRanges {
  readonly controls: RangeControl[];
  /** Tally per id (matchKey). */
  readonly byKey: Map<string, number>;
}

/** The plan's controls with their nämnd, as planControls reads Kontroller and Risker, and which tally each has. */
function planOfRanges(controls: Range, risks: Range): PlanOfRanges {
  const riskColumns = columnsOf(risks, 'Risker');
  const namndOfRisk = new Map<string, string>();
  // Risker names a few nämnder over thousands of risks: each written form is trimmed once.
  const namndOf = cellMemo((namnd) => (isBlank(namnd) ? '' : String(namnd).trim()));
  for (let r = 1; r < risks.length; r++) {
    const key = matchKey(cellAt(risks[r], riskColumns.id));
    if (key !== '' && namndOfRisk.get(key) === undefined) namndOfRisk.set(key, namndOf(cellAt(risks[r], riskColumns.namnd)));
  }
  const columns = columnsOf(controls, 'Kontroller');
  const plan: RangeControl[] = [];
  const byKey = new Map<string, number>();
  for (let r = 1; r < controls.length; r++) {
    const row = controls[r];
    const cell = cellAt(row, columns.id);
    const key = matchKey(cell);
    if (key === '') continue;
    let tally = byKey.get(key);
    if (tally === undefined) byKey.set(key, (tally = byKey.size));
    plan.push({ tally, namnd: namndOfRisk.get(matchKey(cellAt(row, columns.riskId))) ?? '', frekvens: cellAt(row, columns.frekvens), tidpunkt: cellAt(row, columns.tidpunkt) });
  }
  return { controls: plan, byKey };
}

/** The plan's results up to the period, in one pass over Kontrollutfall read in place: a tally per id of the plan. */
function tallies(plan: PlanOfRanges, results: Range, upTo: Period, points: readonly ReportingPoint[]): ResultTallies {
  const byKey = plan.byKey;
  const all = newTallies(byKey.size, points.length);
  const columns = columnsOf(results, 'Kontrollutfall');
  const idColumn = columns.kontrollId;
  if (idColumn === undefined) return all;
  const periodColumn = columns.period;
  const pointOf = pointReader(upTo, points);
  const add = resultReader(columns);
  // A table kept per control has each id on rows in a row: the previous row's id is compared before the Map.
  let lastId: CellValue | undefined;
  let lastTally = -1;
  for (let r = 1; r < results.length; r++) {
    const row = results[r];
    const id = row[idColumn] ?? null;
    let t = lastTally;
    if (id !== lastId) {
      t = byKey.get(matchKey(id)) ?? -1;
      lastId = id;
      lastTally = t;
    }
    if (t < 0) continue;
    const at = pointOf(periodColumn === undefined ? null : (row[periodColumn] ?? null));
    if (at >= 0) add(all, t, at, row);
  }
  return all;
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
  // Without a period nothing is read: every tally stays empty.
  const counted = upTo ? tallies(plan, results, upTo, pointList) : newTallies(plan.byKey.size, 0);
  const end = upTo ? periodEnd(upTo, pointList) : 0;
  // The plan repeats a few Frekvens and Tidpunkt pairs: each pair's occasions up to the period are found once.
  const pairs: { frekvens: CellValue; tidpunkt: CellValue; due: readonly number[] }[] = [];
  const dueUpTo = (c: RangeControl): readonly number[] => {
    if (!upTo) return [];
    for (const p of pairs) if (p.frekvens === c.frekvens && p.tidpunkt === c.tidpunkt) return p.due;
    const due = dueOccasions(c.frekvens, c.tidpunkt, pointList).filter((i) => pointList[i].end <= end);
    // Bounded, so a plan with a Tidpunkt per control is not compared pair by pair (dueOccasions keeps its own).
    if (pairs.length < PAIRS_LISTED) pairs.push({ frekvens: c.frekvens, tidpunkt: c.tidpunkt, due });
    return due;
  };
  const decisions = plan.controls.map((c) => decideTally(counted, c.tally, dueUpTo(c)));
  const namnder = plan.controls.map((c) => c.namnd);
  return { value: { ...(upTo ? { period: upTo } : {}), points: pointList, byNamnd: countPerNamnd(decisions, namnder, []), total: countControls('', decisions) }, issues: [] };
}
