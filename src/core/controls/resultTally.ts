import { LAGE_COLORS, type Lage } from './Lage';
import type { AvvikelseGrad, Genomford } from './resultValues';

/*
 * A control's results up to a period, folded into what its läge is decided from. controlStatus tallies typed
 * results; the functions tally cells straight from their ranges without a record per row. Both then decide
 * with decideTally, so the rules of issue 19 live in one place whichever way the results were read.
 */

const DONE = 1;
const NEJ = 2;

/** One control's results up to a period, as counts and a mark per reporting point. */
export interface ResultTally {
  /** Per reporting point: DONE when a result there is Ja or Delvis, NEJ when one says Nej. */
  readonly marks: number[];
  /** Points with a result Ja or Delvis. */
  donePoints: number;
  /** Results with a deviation (hasDeviation), and those of them whose Åtgärdad is not Ja. */
  deviations: number;
  openDeviations: number;
  /** A result graded Väsentlig, and one graded Väsentlig with no Åtgärd. */
  vasentlig: boolean;
  vasentligWithoutAtgard: boolean;
  /** Results with a deviation or an Åtgärd, and those of them with Åtgärdad = Ja. */
  withAtgard: number;
  klara: number;
}

/**
 * An empty tally for a year of `points` reporting points.
 *
 * @example
 * newTally(3).donePoints //=> 0
 */
export function newTally(points: number): ResultTally {
  // A plain array of small integers: an overview makes one per control, and a typed array costs more to make.
  const marks = new Array<number>(points).fill(0);
  return { marks, donePoints: 0, deviations: 0, openDeviations: 0, vasentlig: false, vasentligWithoutAtgard: false, withAtgard: 0, klara: 0 };
}

/**
 * Adds one result of the year, up to the period, to a tally.
 *
 * @param tally - The control's tally.
 * @param at - The reporting point the result counts toward (pointOfPeriod).
 * @param genomford - Its Genomförd.
 * @param deviation - Whether it has a deviation (hasDeviation).
 * @param avvikelse - Its Avvikelse grade.
 * @param hasAtgard - Whether its Åtgärd is filled in.
 * @param atgardad - Its Åtgärdad (true for Ja).
 * @example
 * addResult(tally, 0, 'Ja', false, undefined, false, undefined) // tally.donePoints === 1
 */
export function addResult(
  tally: ResultTally,
  at: number,
  genomford: Genomford | undefined,
  deviation: boolean,
  avvikelse: AvvikelseGrad | undefined,
  hasAtgard: boolean,
  atgardad: boolean | undefined,
): void {
  const marks = tally.marks;
  if (genomford === 'Ja' || genomford === 'Delvis') {
    if ((marks[at] & DONE) === 0) tally.donePoints++;
    marks[at] |= DONE;
  } else if (genomford === 'Nej') marks[at] |= NEJ;
  if (deviation) {
    tally.deviations++;
    if (atgardad !== true) tally.openDeviations++;
  }
  if (avvikelse === 'Väsentlig') {
    tally.vasentlig = true;
    if (!hasAtgard) tally.vasentligWithoutAtgard = true;
  }
  if (deviation || hasAtgard) {
    tally.withAtgard++;
    if (atgardad === true) tally.klara++;
  }
}

const NONE: readonly number[] = Object.freeze([]);

/**
 * The figures of a control's status up to a period, its points named by their periods: what the register's
 * controlStatus and the functions' statusOfRange both return (ControlStatus adds id, nämnd, results and row).
 */
export interface StatusFigures {
  readonly lage: Lage;
  /** LAGE_COLORS[lage]: shown beside the word, never instead of it. */
  readonly color: string;
  /** Occasions due up to the period, as periods ("T1 2026"). */
  readonly due: readonly string[];
  /** Due occasions, and occasions a result says Nej for, with no result Ja or Delvis: why a control is Ej genomförd. */
  readonly missing: readonly string[];
  /** due.length and how many of them have a result Ja or Delvis: "X av Y". */
  readonly tillfallen: number;
  readonly genomfordaTillfallen: number;
  /** At least one result Ja or Delvis up to the period. */
  readonly genomford: boolean;
  /** At least one result with a deviation (hasDeviation) up to the period. */
  readonly medAvvikelse: boolean;
  /** At least one result graded Väsentlig up to the period. */
  readonly vasentlig: boolean;
  /** Results with a deviation or an Åtgärd: Åtgärdad = Ja (klara), otherwise open. */
  readonly atgarderKlara: number;
  readonly atgarderOppna: number;
}

/** What a tally decides: the figures of a status (StatusFigures) with its missing points as indexes, before they are named. */
export interface TallyDecision extends Omit<StatusFigures, 'due' | 'missing'> {
  /** StatusFigures.missing as reporting points, ascending. */
  readonly missing: readonly number[];
}

/**
 * The läge of one control up to a period (the rules of issue 19, defined only here):
 * - Ej genomförd: an occasion due up to the period has no result Ja or Delvis, a result says Genomförd = Nej
 *   for an occasion no other result covers, or a result graded Väsentlig has no Åtgärd;
 * - Avvikelse: otherwise, a result has a deviation whose Åtgärdad is not Ja;
 * - Genomförd: otherwise, at least one result Ja or Delvis;
 * - Ej aktuell än: nothing due yet and nothing done.
 *
 * @param tally - The control's results up to the period.
 * @param dueAt - The points it is due at up to the period (dueOccasions), ascending.
 * @returns The decision.
 * @example
 * decideTally(newTally(3), [0]).lage //=> 'Ej genomförd'
 */
export function decideTally(tally: ResultTally, dueAt: readonly number[]): TallyDecision {
  const marks = tally.marks;
  let missing: number[] | undefined;
  let genomfordaTillfallen = 0;
  let d = 0;
  // Up to the last point either knows of: a tally of no points still misses every due occasion.
  const n = Math.max(marks.length, dueAt.length > 0 ? dueAt[dueAt.length - 1] + 1 : 0);
  for (let i = 0; i < n; i++) {
    const due = d < dueAt.length && dueAt[d] === i;
    if (due) d++;
    const mark = marks[i] ?? 0;
    if ((mark & DONE) !== 0) {
      if (due) genomfordaTillfallen++;
    } else if (due || (mark & NEJ) !== 0) (missing ??= []).push(i);
  }
  const lage: Lage =
    missing !== undefined || tally.vasentligWithoutAtgard ? 'Ej genomförd' : tally.openDeviations > 0 ? 'Avvikelse' : tally.donePoints > 0 ? 'Genomförd' : 'Ej aktuell än';
  return {
    lage,
    color: LAGE_COLORS[lage],
    missing: missing ?? NONE,
    tillfallen: dueAt.length,
    genomfordaTillfallen,
    genomford: tally.donePoints > 0,
    medAvvikelse: tally.deviations > 0,
    vasentlig: tally.vasentlig,
    atgarderKlara: tally.klara,
    atgarderOppna: tally.withAtgard - tally.klara,
  };
}

/**
 * A tally's decision as the figures of a control's status, its points named by their periods: the one
 * shape both the register's controlStatus and the functions' statusOfRange return.
 */
export function statusFigures(tally: ResultTally, dueAt: readonly number[], points: readonly { readonly period: string }[]): StatusFigures {
  const d = decideTally(tally, dueAt);
  return {
    lage: d.lage,
    color: d.color,
    due: dueAt.map((i) => points[i].period),
    missing: d.missing.map((i) => points[i].period),
    tillfallen: d.tillfallen,
    genomfordaTillfallen: d.genomfordaTillfallen,
    genomford: d.genomford,
    medAvvikelse: d.medAvvikelse,
    vasentlig: d.vasentlig,
    atgarderKlara: d.atgarderKlara,
    atgarderOppna: d.atgarderOppna,
  };
}
