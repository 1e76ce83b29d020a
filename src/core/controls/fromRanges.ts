import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';
import { headerIndex, matchHeaders } from '../adopt/matchHeaders';
import { readTable } from '../adopt/readTable';
import type { Checked } from '../issues/Issue';
import { controlResultOf, type ControlResult } from '../register/controlResults';
import { idKey } from '../register/latestVerdicts';
import type { RegisterData, RegisterRow, RegisterTable } from '../register/RegisterData';
import { defaultScale } from '../scale/defaultScale';
import { tableSpec } from '../schema/uppsiktSchema';
import { compareRounds } from '../round/roundKey';
import { controlOverview, notYet, type ControlOverview } from './controlOverview';
import { controlStatus, type ControlStatus } from './controlStatus';
import { parsePeriod, type Period } from './parsePeriod';
import { reportingPoints } from './reportingPoints';

/*
 * The custom functions get whole tables as ranges, their header row first (Kontrollutfall[#Alla]), so a
 * column is found by its header as adopt finds it, whatever order the user's columns are in.
 */

type Range = readonly (readonly CellValue[])[];

const DEFAULT_POINTS = ['T1', 'T2', 'T3'];

/** One table of ranges (header row first) read as adopt reads a sheet. */
function tableOf(name: string, range: Range): RegisterTable {
  const width = range.reduce((w, r) => Math.max(w, r.length), 0);
  return readTable({ spec: tableSpec(name), sheet: { name, values: range }, headerRow: 0, firstColumn: 0, lastColumn: width - 1, lastRow: range.length - 1, foundBy: 'headers' }).table;
}

function pointsOf(points: readonly CellValue[] | undefined): string[] {
  const listed = (points ?? []).filter((p) => !isBlank(p)).map((p) => String(p).trim());
  return listed.length > 0 ? listed : DEFAULT_POINTS;
}

/**
 * The year so far from the three tables as ranges with their header rows, for =IK.UTFALLPERNÄMND: the same
 * controlOverview as `uppsikt utfall`.
 *
 * @param controls - Kontroller with its header row (Id, Risk-id, Frekvens, Tidpunkt …).
 * @param risks - Risker with its header row (Id, Nämnd …).
 * @param results - Kontrollutfall with its header row.
 * @param period - The period; blank for the latest with results.
 * @param points - The reporting points (Lista_Rapporteringspunkter); empty for T1–T3.
 * @returns The overview, or the period's issue.
 * @example
 * controlOverviewOfRanges([['Id', 'Risk-id'], ['K1', 'R1']], [['Id', 'Nämnd'], ['R1', 'SN']], [['Kontroll-id', 'Period', 'Genomförd']], 'T1 2026').value?.byNamnd[0].kontroller //=> 1
 */
export function controlOverviewOfRanges(controls: Range, risks: Range, results: Range, period: CellValue, points?: readonly CellValue[]): Checked<ControlOverview> {
  const register: RegisterData = {
    scale: defaultScale,
    lists: { rapporteringspunkter: pointsOf(points) } as unknown as RegisterData['lists'],
    tables: { Kontroller: tableOf('Kontroller', controls), Risker: tableOf('Risker', risks), Kontrollutfall: tableOf('Kontrollutfall', results) },
  };
  return controlOverview(register, isBlank(period) ? {} : { period });
}

/*
 * idKey(cell) === key without building a string per row: a column of these formulas compares every result
 * row once per control (2,000 × 24,000), so the common case (same text, or an ASCII id of the same length
 * differing only in case) is decided on char codes; anything else goes through idKey.
 */
function sameId(cell: CellValue, id: string, key: string): boolean {
  if (cell === id) return true;
  if (typeof cell !== 'string') return idKey(cell ?? null) === key;
  const n = cell.length;
  if (n === 0) return false;
  const trimmed = cell.charCodeAt(0) > 32 && cell.charCodeAt(n - 1) > 32;
  if (!trimmed) return idKey(cell) === key;
  if (n !== key.length) return false;
  for (let i = 0; i < n; i++) {
    const a = cell.charCodeAt(i);
    if (a >= 128) return idKey(cell) === key;
    if ((a >= 65 && a <= 90 ? a + 32 : a) !== key.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * One control's status from its own cells and the results range, for =IK.KONTROLLÄGE and
 * =IK.TILLFÄLLEN on each row of Kontroller: only the rows with the control's id are read into results, so
 * a column of these is one pass over Kontrollutfall per control. The läge is controlStatus's.
 *
 * @param id - The control's Id.
 * @param frekvens - Its Frekvens.
 * @param tidpunkt - Its Tidpunkt.
 * @param results - Kontrollutfall with its header row.
 * @param period - The period; blank for the latest period any result has.
 * @param points - The reporting points; empty for T1–T3.
 * @returns The status (undefined when the id is blank), or the period's issue.
 * @example
 * controlStatusOfRange('K1', 'Årligen', '', [['Kontroll-id', 'Period', 'Genomförd'], ['K1', 'T3 2026', 'Ja']], '').value?.lage //=> 'Genomförd'
 */
export function controlStatusOfRange(id: CellValue, frekvens: CellValue, tidpunkt: CellValue, results: Range, period: CellValue, points?: readonly CellValue[]): Checked<ControlStatus | undefined> {
  const key = idKey(id ?? null);
  if (key === '') return { value: undefined, issues: [] };
  const idText = String(id).trim();
  const { matches } = matchHeaders(results[0] ?? [], headerIndex(tableSpec('Kontrollutfall')));
  const columns: Record<string, number> = {};
  for (const m of matches) columns[m.key] = m.column;
  const idColumn = columns.kontrollId;
  const periodColumn = columns.period;
  let upTo: Period | undefined;
  let latest: Period | undefined;
  if (!isBlank(period)) {
    const parsed = parsePeriod(period);
    if (!parsed.value) return { issues: parsed.issues };
    upTo = parsed.value;
  }
  const mine: ControlResult[] = [];
  const seen = new Set<Period>();
  const findLatest = isBlank(period) && periodColumn !== undefined && idColumn !== undefined;
  for (let r = 1; r < results.length; r++) {
    const cells = results[r];
    if (findLatest && !isBlank(cells[idColumn!])) {
      // The latest as latestResultPeriod orders them (compareRounds), each distinct period compared once.
      const p = parsePeriod(cells[periodColumn!] ?? null).value;
      if (p && !seen.has(p)) {
        seen.add(p);
        if (!latest || compareRounds(p.name, latest.name) > 0) latest = p;
      }
    }
    if (idColumn === undefined || !sameId(cells[idColumn], idText, key)) continue;
    const values: Record<string, CellValue> = {};
    for (const m of matches) values[m.key] = cells[m.column] ?? null;
    const row: RegisterRow = { values, extra: {}, sheet: 'Kontrollutfall', row: r, columns };
    mine.push(controlResultOf(row));
  }
  upTo ??= latest;
  const control = { id: idText, key, namnd: '', frekvens, tidpunkt, row: { values: {}, extra: {}, sheet: 'Kontroller', row: 0, columns: {} } };
  if (!upTo) return { value: notYet(control), issues: [] };
  return { value: controlStatus(control, mine, upTo, reportingPoints(pointsOf(points), upTo.year)), issues: [] };
}
