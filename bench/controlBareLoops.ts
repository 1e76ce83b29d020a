/*
 * The loops a developer would write inline for issue 19's two functions, each computing every figure its
 * function returns for the bench's data (planRanges: ids, Genomförd, Avvikelse and Åtgärdad written exactly,
 * T1–T3): the loop reads cells and compares them with ===, with nothing of ours per row. What the rules need
 * once per distinct text (a Period's reporting point, a Frekvens's due occasions) it takes from the core once
 * per text, as such a loop would. A ratio against these compares equal work: the function's overhead is its
 * reading of the user's cells as they may be written (case, spaces, numbers as text, any column order).
 */
import { dueOccasions, parsePeriod, periodEnd, reportingPoints, type CellValue, type ReportingPoint } from '../src/core';
import { pointReader } from '../src/core/controls/rangeResults';

type Rows = CellValue[][];
const KONTROLL_ID = 0;
const PERIOD = 1;
const GENOMFORD = 2;
const ANTAL = 4;
const AVVIKELSE = 6;
const ATGARD = 7;
const ATGARDAD = 8;

/** Per control: bit masks of points with a result Ja/Delvis and Nej, and the counts its läge is decided from. */
class Tallies {
  done: Int32Array;
  nej: Int32Array;
  deviations: Int32Array;
  open: Int32Array;
  vasentlig: Uint8Array;
  vasentligBare: Uint8Array;
  withAtgard: Int32Array;
  klara: Int32Array;
  constructor(n: number) {
    this.done = new Int32Array(n);
    this.nej = new Int32Array(n);
    this.deviations = new Int32Array(n);
    this.open = new Int32Array(n);
    this.vasentlig = new Uint8Array(n);
    this.vasentligBare = new Uint8Array(n);
    this.withAtgard = new Int32Array(n);
    this.klara = new Int32Array(n);
  }
  add(c: number, point: number, row: CellValue[]): void {
    const g = row[GENOMFORD];
    if (g === 'Ja' || g === 'Delvis') this.done[c] |= 1 << point;
    else if (g === 'Nej') this.nej[c] |= 1 << point;
    const grade = row[AVVIKELSE];
    const antal = row[ANTAL];
    const deviation = (typeof antal === 'number' && antal > 0) || grade === 'Mindre' || grade === 'Väsentlig';
    const atgard = row[ATGARD];
    const hasAtgard = atgard !== '' && atgard !== null && atgard !== undefined;
    const atgardad = row[ATGARDAD] === 'Ja';
    if (deviation) {
      this.deviations[c]++;
      if (!atgardad) this.open[c]++;
    }
    if (grade === 'Väsentlig') {
      this.vasentlig[c] = 1;
      if (!hasAtgard) this.vasentligBare[c] = 1;
    }
    if (deviation || hasAtgard) {
      this.withAtgard[c]++;
      if (atgardad) this.klara[c]++;
    }
  }
}

/** A control's figures as the functions return them (RangeStatus without id, colour and named points). */
export interface BareFigures {
  lage: string;
  tillfallen: number;
  genomfordaTillfallen: number;
  genomford: boolean;
  medAvvikelse: boolean;
  vasentlig: boolean;
  atgarderKlara: number;
  atgarderOppna: number;
}

const bits = (mask: number): number => {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
};

function figures(t: Tallies, c: number, dueMask: number): BareFigures {
  const done = t.done[c];
  const missing = (dueMask & ~done) | (t.nej[c] & ~done);
  const lage = missing !== 0 || t.vasentligBare[c] ? 'Ej genomförd' : t.open[c] > 0 ? 'Avvikelse' : done !== 0 ? 'Genomförd' : 'Ej aktuell än';
  return {
    lage,
    tillfallen: bits(dueMask),
    genomfordaTillfallen: bits(dueMask & done),
    genomford: done !== 0,
    medAvvikelse: t.deviations[c] > 0,
    vasentlig: t.vasentlig[c] === 1,
    atgarderKlara: t.klara[c],
    atgarderOppna: t.withAtgard[c] - t.klara[c],
  };
}

/** Period text → its reporting point up to `upTo` (-1: another year or later): the core's reader, once per text. */
function pointsUpTo(upTo: string): (cell: CellValue) => number {
  const period = parsePeriod(upTo).value!;
  return pointReader(period, reportingPoints(['T1', 'T2', 'T3'], period.year));
}

/** Frekvens and Tidpunkt → a mask of the points due up to `upTo`, once per pair of texts. */
function dueUpTo(upTo: string): (frekvens: CellValue, tidpunkt: CellValue) => number {
  const period = parsePeriod(upTo).value!;
  const points: readonly ReportingPoint[] = reportingPoints(['T1', 'T2', 'T3'], period.year);
  const end = periodEnd(period, points);
  const known = new Map<string, number>();
  return (frekvens, tidpunkt) => {
    const key = `${frekvens}\u0000${tidpunkt}`;
    let mask = known.get(key);
    if (mask === undefined) {
      mask = 0;
      for (const i of dueOccasions(frekvens, tidpunkt, points)) if (points[i].end <= end) mask |= 1 << i;
      known.set(key, mask);
    }
    return mask;
  };
}

/**
 * =IK.UTFALLPERNÄMND inline: per nämnd (and a total under ""), [kontroller, genomförda, ej genomförda, med
 * avvikelse, väsentliga, tillfällen, genomförda tillfällen], the spill's columns.
 */
export function bareOverview(controls: Rows, risks: Rows, results: Rows, upTo: string): Map<CellValue, number[]> {
  const namndOf = new Map<CellValue, CellValue>();
  for (let r = 1; r < risks.length; r++) namndOf.set(risks[r][0], risks[r][1]);
  const indexOf = new Map<CellValue, number>();
  for (let c = 1; c < controls.length; c++) indexOf.set(controls[c][0], c - 1);
  const tallies = new Tallies(controls.length - 1);
  const pointOf = pointsUpTo(upTo);
  for (let r = 1; r < results.length; r++) {
    const row = results[r];
    const c = indexOf.get(row[KONTROLL_ID]);
    if (c === undefined) continue;
    const at = pointOf(row[PERIOD]);
    if (at >= 0) tallies.add(c, at, row);
  }
  const due = dueUpTo(upTo);
  const perNamnd = new Map<CellValue, number[]>([['', [0, 0, 0, 0, 0, 0, 0]]]);
  for (let c = 1; c < controls.length; c++) {
    const f = figures(tallies, c - 1, due(controls[c][3], controls[c][4]));
    const namnd = namndOf.get(controls[c][1]);
    let counts = perNamnd.get(namnd);
    if (!counts) perNamnd.set(namnd, (counts = [0, 0, 0, 0, 0, 0, 0]));
    for (const n of [counts, perNamnd.get('')!]) {
      n[0]++;
      if (f.genomford) n[1]++;
      else n[2]++;
      if (f.medAvvikelse) n[3]++;
      if (f.vasentlig) n[4]++;
      n[5] += f.tillfallen;
      n[6] += f.genomfordaTillfallen;
    }
  }
  return perNamnd;
}

/**
 * A column of =IK.KONTROLLÄGE inline: each row's formula scans the results for its id and returns its
 * figures up to `upTo`; with upTo blank (the sheet's own formula) the same pass finds the latest period any
 * result has, as the formula must.
 */
export function bareStatusColumn(controls: Rows, results: Rows, upTo: string): BareFigures[] {
  const out: BareFigures[] = [];
  const mine: number[] = [];
  // Each Period text's date, read once per text: the latest is the one with the greatest.
  const dateOf = new Map<CellValue, number>();
  const serial = (cell: CellValue): number => {
    let s = dateOf.get(cell);
    if (s === undefined) dateOf.set(cell, (s = parsePeriod(cell).value?.key.serial ?? -1));
    return s;
  };
  let readers: { text: string; at: (cell: CellValue) => number; due: (f: CellValue, t: CellValue) => number } | undefined;
  for (let c = 1; c < controls.length; c++) {
    const id = controls[c][0];
    mine.length = 0;
    let latestText = upTo;
    if (upTo === '') {
      let latestCell: CellValue = null;
      let latest = -1;
      for (let r = 1; r < results.length; r++) {
        const row = results[r];
        const cell = row[KONTROLL_ID];
        if (cell === id) mine.push(r);
        const period = row[PERIOD];
        if (cell !== '' && cell !== null && period !== latestCell) {
          const s = serial(period);
          if (s > latest) {
            latest = s;
            latestCell = period;
          }
        }
      }
      latestText = String(latestCell);
    } else for (let r = 1; r < results.length; r++) if (results[r][KONTROLL_ID] === id) mine.push(r);
    if (readers?.text !== latestText) readers = { text: latestText, at: pointsUpTo(latestText), due: dueUpTo(latestText) };
    const tallies = new Tallies(1);
    for (const r of mine) {
      const at = readers.at(results[r][PERIOD]);
      if (at >= 0) tallies.add(0, at, results[r]);
    }
    out.push(figures(tallies, 0, readers.due(controls[c][3], controls[c][4])));
  }
  return out;
}
