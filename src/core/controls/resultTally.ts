import { LAGE_COLORS, type Lage } from './Lage';
import type { AvvikelseGrad, Genomford } from './resultValues';

/*
 * A control's results up to a period, folded into what its läge is decided from. controlStatus tallies typed
 * results; the functions tally cells straight from their ranges without a record per row. Both then decide
 * with decideTally, so the rules of issue 19 live in one place whichever way the results were read.
 */

const DONE = 1;
const NEJ = 2;

// The counts of one tally, at control * FIELDS + field in ResultTallies.counts.
const DONE_POINTS = 0;
const DEVIATIONS = 1;
const OPEN_DEVIATIONS = 2;
const WITH_ATGARD = 3;
const KLARA = 4;
const FLAGS = 5;
const FIELDS = 6;
// FLAGS: a result graded Väsentlig, and one graded Väsentlig with no Åtgärd.
const VASENTLIG = 1;
const VASENTLIG_WITHOUT_ATGARD = 2;

/**
 * The results up to a period of one or many controls, a tally per control, kept in two flat arrays: an
 * overview tallies thousands of controls, and an object and an array for each cost it more than reading
 * all its results.
 */
export interface ResultTallies {
  /** Reporting points per control. */
  readonly points: number;
  /** Per control and point (control * points + point): DONE when a result there is Ja or Delvis, NEJ when one says Nej. */
  readonly marks: Uint8Array;
  /**
   * Per control, FIELDS counts: points with a result Ja or Delvis; results with a deviation (hasDeviation), and
   * those of them whose Åtgärdad is not Ja; results with a deviation or an Åtgärd, and those of them with
   * Åtgärdad = Ja; the Väsentlig flags.
   */
  readonly counts: Int32Array;
}

/**
 * Empty tallies for `controls` controls in a year of `points` reporting points.
 *
 * @example
 * newTallies(1, 3).marks.length //=> 3
 */
export function newTallies(controls: number, points: number): ResultTallies {
  return { points, marks: new Uint8Array(controls * points), counts: new Int32Array(controls * FIELDS) };
}

/**
 * Adds one result of the year, up to the period, to a control's tally.
 *
 * @param tallies - The tallies.
 * @param control - The control's index in them.
 * @param at - The reporting point the result counts toward (pointOfPeriod).
 * @param genomford - Its Genomförd.
 * @param deviation - Whether it has a deviation (hasDeviation).
 * @param avvikelse - Its Avvikelse grade.
 * @param hasAtgard - Whether its Åtgärd is filled in.
 * @param atgardad - Its Åtgärdad (true for Ja).
 * @example
 * addResult(tallies, 0, 0, 'Ja', false, undefined, false, undefined) // control 0 is done at point 0
 */
export function addResult(
  tallies: ResultTallies,
  control: number,
  at: number,
  genomford: Genomford | undefined,
  deviation: boolean,
  avvikelse: AvvikelseGrad | undefined,
  hasAtgard: boolean,
  atgardad: boolean | undefined,
): void {
  const { marks, counts } = tallies;
  const m = control * tallies.points + at;
  const c = control * FIELDS;
  if (genomford === 'Ja' || genomford === 'Delvis') {
    if ((marks[m] & DONE) === 0) counts[c + DONE_POINTS]++;
    marks[m] |= DONE;
  } else if (genomford === 'Nej') marks[m] |= NEJ;
  if (deviation) {
    counts[c + DEVIATIONS]++;
    if (atgardad !== true) counts[c + OPEN_DEVIATIONS]++;
  }
  if (avvikelse === 'Väsentlig') counts[c + FLAGS] |= hasAtgard ? VASENTLIG : VASENTLIG | VASENTLIG_WITHOUT_ATGARD;
  if (deviation || hasAtgard) {
    counts[c + WITH_ATGARD]++;
    if (atgardad === true) counts[c + KLARA]++;
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
 * @param tallies - The controls' results up to the period.
 * @param control - The control's index in them.
 * @param dueAt - The points it is due at up to the period (dueOccasions), ascending.
 * @returns The decision.
 * @example
 * decideTally(newTallies(1, 3), 0, [0]).lage //=> 'Ej genomförd'
 */
export function decideTally(tallies: ResultTallies, control: number, dueAt: readonly number[]): TallyDecision {
  const { marks, counts, points } = tallies;
  const c = control * FIELDS;
  let missing: number[] | undefined;
  let genomfordaTillfallen = 0;
  let d = 0;
  // Up to the last point either knows of: a tally of no points still misses every due occasion.
  const n = Math.max(points, dueAt.length > 0 ? dueAt[dueAt.length - 1] + 1 : 0);
  for (let i = 0; i < n; i++) {
    const due = d < dueAt.length && dueAt[d] === i;
    if (due) d++;
    const mark = i < points ? marks[control * points + i] : 0;
    if ((mark & DONE) !== 0) {
      if (due) genomfordaTillfallen++;
    } else if (due || (mark & NEJ) !== 0) (missing ??= []).push(i);
  }
  const flags = counts[c + FLAGS];
  const donePoints = counts[c + DONE_POINTS];
  const lage: Lage =
    missing !== undefined || (flags & VASENTLIG_WITHOUT_ATGARD) !== 0
      ? 'Ej genomförd'
      : counts[c + OPEN_DEVIATIONS] > 0
        ? 'Avvikelse'
        : donePoints > 0
          ? 'Genomförd'
          : 'Ej aktuell än';
  return {
    lage,
    color: LAGE_COLORS[lage],
    missing: missing ?? NONE,
    tillfallen: dueAt.length,
    genomfordaTillfallen,
    genomford: donePoints > 0,
    medAvvikelse: counts[c + DEVIATIONS] > 0,
    vasentlig: (flags & VASENTLIG) !== 0,
    atgarderKlara: counts[c + KLARA],
    atgarderOppna: counts[c + WITH_ATGARD] - counts[c + KLARA],
  };
}

/**
 * A tally's decision as the figures of a control's status, its points named by their periods: the one
 * shape both the register's controlStatus and the functions' statusOfRange return.
 */
export function statusFigures(tallies: ResultTallies, control: number, dueAt: readonly number[], points: readonly { readonly period: string }[]): StatusFigures {
  const d = decideTally(tallies, control, dueAt);
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
