import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import type { Checked } from '../issues/Issue';
import { controlResults, type ControlResult } from '../register/controlResults';
import type { RegisterData } from '../register/RegisterData';
import { countControls } from './countControls';
import { controlStatus, type ControlStatus } from './controlStatus';
import { LAGE_COLORS } from './Lage';
import { latestResultPeriod } from './latestResultPeriod';
import type { NamndCounts } from './NamndCounts';
import { perNamnd } from './perNamnd';
import { parsePeriod, type Period } from './parsePeriod';
import { planControls } from './planControls';
import { reportingPoints, type ReportingPoint } from './reportingPoints';

/** The year so far: what `uppsikt utfall`, the pane's Utfall and Översikt, the functions and reports show. */
export interface ControlOverview {
  /** The period the picture is up to; undefined when none was given and no result has one. */
  readonly period?: Period;
  /** The year's reporting points (empty without a period). */
  readonly points: readonly ReportingPoint[];
  /** Every control of the plan (or of the nämnd asked for), in plan order. */
  readonly controls: readonly ControlStatus[];
  /** Per nämnd: the Nämnder list's order first, then others alphabetically, "" (no nämnd) last. */
  readonly byNamnd: readonly NamndCounts[];
  /** All the controls above together (namnd ""). */
  readonly total: NamndCounts;
}

/** What to compute the overview for. */
export interface OverviewOptions {
  /** The period ("T2 2026"); without it the latest period that has results. */
  readonly period?: CellValue;
  /** Only this nämnd (matched ignoring case and surrounding spaces). */
  readonly namnd?: string;
}

const foldName = (s: string): string => s.trim().toLocaleLowerCase('sv');

/**
 * The whole year so far in one call, so the CLI, pane, functions and reports cannot show different numbers:
 * each control's status up to the period (controlStatus) and the counts per nämnd (countControls) over
 * exactly those statuses.
 *
 * @param register - The register.
 * @param options - period and nämnd.
 * @returns The overview, or the issue of a period that is not a period (code roundName…).
 * @example
 * const { value } = controlOverview(register, { period: 'T2 2026' })
 * value?.byNamnd[0] //=> { namnd: 'Socialnämnden', kontroller: 4, genomforda: 3, ejGenomforda: 1, … }
 */
export function controlOverview(register: RegisterData, options: OverviewOptions = {}): Checked<ControlOverview> {
  const results = controlResults(register);
  let period: Period | undefined;
  if (!isBlank(options.period)) {
    const parsed = parsePeriod(options.period);
    if (!parsed.value) return { issues: parsed.issues };
    period = parsed.value;
  } else period = latestResultPeriod(results);
  const wanted = options.namnd === undefined ? undefined : foldName(options.namnd);
  const controls = planControls(register).filter((c) => wanted === undefined || foldName(c.namnd) === wanted);
  const points = period ? reportingPoints(register.lists.rapporteringspunkter ?? [], period.year) : [];
  const byControl = new Map<string, ControlResult[]>();
  for (const r of results) {
    const list = byControl.get(r.kontrollKey);
    if (list) list.push(r);
    else byControl.set(r.kontrollKey, [r]);
  }
  const statuses = controls.map((c) => (period ? controlStatus(c, byControl.get(c.key) ?? [], period, points) : notYet(c)));
  return {
    value: { ...(period ? { period } : {}), points, controls: statuses, byNamnd: perNamnd(statuses, register.lists.namnder ?? []), total: countControls('', statuses) },
    issues: [],
  };
}

/** A control's status when no period is known (no result has one): nothing due, nothing done. */
export function notYet(control: Parameters<typeof controlStatus>[0]): ControlStatus {
  return {
    id: control.id,
    namnd: control.namnd,
    lage: 'Ej aktuell än',
    color: LAGE_COLORS['Ej aktuell än'],
    due: [],
    missing: [],
    tillfallen: 0,
    genomfordaTillfallen: 0,
    genomford: false,
    medAvvikelse: false,
    vasentlig: false,
    atgarderKlara: 0,
    atgarderOppna: 0,
    results: [],
    row: control.row,
  };
}
