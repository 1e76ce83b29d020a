/*
 * Issue 19's figures: the internkontrollplan's functions on 2,000 controls × 12 occasions against a bare loop
 * over the same cells, and `uppsikt utfall` (its use case) on 25,000 and 100,000 result rows, for linearity.
 * Run alone: node --expose-gc -r ts-node/register/transpile-only bench/controlResults.ts [functions|utfall]
 * (no argument: both). Each bare loop is asserted to give the function's answer first, so a ratio never
 * compares against a loop that does less than the function is measured for.
 */
import assert from 'assert';
import os from 'os';
import { controlOverviewOfRanges, controlStatusOfRange, defaultScale, isBlank, registerFromRecords, type CellValue, type NamndCounts, type RangeStatus } from '../src/core';
import { bareOverview, bareStatusColumn, type BareFigures } from './controlBareLoops';
import { utfallOverview } from '../src/usecases/controlFollowUp';
import { random, time, timeRatio } from './measure';

const NAMNDER = ['Socialnämnden', 'Kommunstyrelsen', 'Barn- och utbildningsnämnden', 'Tekniska nämnden', 'Kultur- och fritidsnämnden'];
const FREQUENCIES = ['Månadsvis', 'Tertialvis', 'Kvartalsvis', 'Halvårsvis', 'Årligen'];
const MONTHS = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December'];
const DONE = ['Ja', 'Ja', 'Ja', 'Delvis', 'Nej', ''];

type Rows = CellValue[][];

/** Kontroller, Risker and Kontrollutfall as ranges with header rows: `controls` controls, `occasions` results each. */
export function planRanges(controls: number, occasions: number, seed = 20261206): { controls: Rows; risks: Rows; results: Rows } {
  const next = random(seed);
  const risks: Rows = [['Id', 'Nämnd', 'Riskbeskrivning']];
  const plan: Rows = [['Id', 'Risk-id', 'Kontrollmoment', 'Frekvens', 'Tidpunkt']];
  const results: Rows = [['Kontroll-id', 'Period', 'Genomförd', 'Urval', 'Antal avvikelser', 'Resultat', 'Avvikelse', 'Åtgärd', 'Åtgärdad']];
  for (let c = 1; c <= controls; c++) {
    risks.push([`R${c}`, NAMNDER[c % NAMNDER.length], 'Risk']);
    plan.push([`K${c}`, `R${c}`, 'Kontroll', FREQUENCIES[c % FREQUENCIES.length], '']);
    for (let o = 0; o < occasions; o++) {
      const deviations = next() < 0.1 ? 1 + Math.floor(next() * 3) : 0;
      results.push([
        `K${c}`,
        `${MONTHS[o % 12]} 2026`,
        DONE[Math.floor(next() * DONE.length)],
        20,
        deviations,
        'Resultat',
        deviations > 0 ? (next() < 0.2 ? 'Väsentlig' : 'Mindre') : 'Ingen',
        deviations > 0 ? 'Åtgärd' : '',
        next() < 0.5 ? 'Ja' : 'Nej',
      ]);
    }
  }
  return { controls: plan, risks, results };
}

/*
 * The comparison of earlier runs: a loop that counts only three of the spill's figures, with no period and no
 * occasions. Per nämnd: [kontroller, genomförda, med avvikelse].
 */
function countOnlyOverview(controls: Rows, risks: Rows, results: Rows): Map<CellValue, number[]> {
  const namndOf = new Map<CellValue, CellValue>();
  for (let r = 1; r < risks.length; r++) namndOf.set(risks[r][0], risks[r][1]);
  const done = new Map<CellValue, number>();
  const deviating = new Map<CellValue, number>();
  for (let r = 1; r < results.length; r++) {
    const row = results[r];
    if (row[2] === 'Ja' || row[2] === 'Delvis') done.set(row[0], (done.get(row[0]) ?? 0) + 1);
    if (typeof row[4] === 'number' && row[4] > 0) deviating.set(row[0], 1);
  }
  const perNamnd = new Map<CellValue, number[]>();
  for (let r = 1; r < controls.length; r++) {
    const namnd = namndOf.get(controls[r][1]);
    let counts = perNamnd.get(namnd);
    if (!counts) perNamnd.set(namnd, (counts = [0, 0, 0]));
    counts[0]++;
    if (done.has(controls[r][0])) counts[1]++;
    if (deviating.has(controls[r][0])) counts[2]++;
  }
  return perNamnd;
}

/*
 * The comparison of earlier runs for a column of formulas: each row scans the results for its id and counts
 * only [genomförd, med avvikelse].
 */
function countOnlyColumn(controls: Rows, results: Rows): boolean[][] {
  const out: boolean[][] = [];
  for (let c = 1; c < controls.length; c++) {
    const id = controls[c][0];
    let done = false;
    let deviating = false;
    for (let r = 1; r < results.length; r++) {
      const row = results[r];
      if (row[0] !== id) continue;
      if (row[2] === 'Ja' || row[2] === 'Delvis') done = true;
      if (typeof row[4] === 'number' && row[4] > 0) deviating = true;
    }
    out.push([done, deviating]);
  }
  return out;
}

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2).replace('.', ','))
    .join(' ');
const PERIOD = 'December 2026';
/** Lista_Rapporteringspunkter as the sheet's formula passes it: the list's cells, spare rows blank. */
const SHEET_POINTS: CellValue[] = ['T1', 'T2', 'T3', null, null];

const ratioText = (r: number) => r.toFixed(2).replace('.', ',');
const target = (r: number) => `mål ≤ 1,5: ${r <= 1.5 ? 'uppfyllt' : 'EJ uppfyllt'}`;

/**
 * The two functions on 2,000 controls × 12 occasions against their bare loops (controlBareLoops), after
 * checking that each loop gives every figure its function returns. Beside each, for comparison with earlier
 * runs, the ratio to a loop that counts only three of the figures (genomförda and med avvikelse per control).
 */
export function benchControlFunctions(): string[] {
  const lines: string[] = [];
  const { controls, risks, results } = planRanges(2_000, 12);
  const overview = controlOverviewOfRanges(controls, risks, results, PERIOD).value!;
  const spilled = (n: NamndCounts) => [n.kontroller, n.genomforda, n.ejGenomforda, n.medAvvikelse, n.vasentliga, n.tillfallen, n.genomfordaTillfallen];
  assert.deepStrictEqual(
    new Map<CellValue, number[]>([['', spilled(overview.total)], ...overview.byNamnd.map((n): [CellValue, number[]] => [n.namnd, spilled(n)])]),
    bareOverview(controls, risks, results, PERIOD),
    'the bare loop must give every figure the spill shows',
  );
  const statuses = controls.slice(1).map((c) => controlStatusOfRange(c[0], c[3], c[4], results, PERIOD).value!);
  const figuresOf = (s: RangeStatus): BareFigures => ({
    lage: s.lage,
    tillfallen: s.tillfallen,
    genomfordaTillfallen: s.genomfordaTillfallen,
    genomford: s.genomford,
    medAvvikelse: s.medAvvikelse,
    vasentlig: s.vasentlig,
    atgarderKlara: s.atgarderKlara,
    atgarderOppna: s.atgarderOppna,
  });
  assert.deepStrictEqual(statuses.map(figuresOf), bareStatusColumn(controls, results, PERIOD), "the bare loop must give each status's figures");
  assert.deepStrictEqual(
    statuses.map((s) => [s.genomford, s.medAvvikelse]),
    countOnlyColumn(controls, results),
    "the counting loop must give each status's genomförd and avvikelse",
  );
  const lages = new Set(statuses.map((s) => s.lage));
  assert.ok(lages.size >= 3, `the data must reach several lägen, not only ${[...lages].join(', ')}`);
  const spill = timeRatio(
    () => controlOverviewOfRanges(controls, risks, results, PERIOD),
    () => bareOverview(controls, risks, results, PERIOD),
    { rounds: 9 },
  );
  const spillCounting = timeRatio(
    () => controlOverviewOfRanges(controls, risks, results, PERIOD),
    () => countOnlyOverview(controls, risks, results),
    { rounds: 9 },
  );
  lines.push(
    `IK.UTFALLPERNÄMND på 2 000 kontroller × 12 tillfällen: ${spill.aMs.toFixed(1).replace('.', ',')} ms; ren loop med samma tal ${spill.bMs.toFixed(1).replace('.', ',')} ms; kvot ${ratioText(spill.ratio)} (${target(spill.ratio)}); ` +
      `mot en loop som bara räknar tre av talen ${ratioText(spillCounting.ratio)} (belastning ${load()})`,
  );
  // The sheet's own column passes no period (the latest with results, here December 2026) and the list of points.
  const sheetStatuses = controls.slice(1).map((c) => controlStatusOfRange(c[0], c[3], c[4], results, '', SHEET_POINTS).value!);
  assert.deepStrictEqual(sheetStatuses, statuses, "the sheet's formula without a period must give the statuses of the latest period");
  assert.deepStrictEqual(bareStatusColumn(controls, results, ''), bareStatusColumn(controls, results, PERIOD), 'the bare loop must find the latest period too');
  const columnLine = (title: string, period: CellValue, points?: CellValue[]) => {
    const formulas = () => {
      // Each column starts as after an edit: the first formula finds no range kept from before (controlRows).
      controlStatusOfRange('K1', '', '', [['Kontroll-id', 'Period']], period, points);
      for (let c = 1; c < controls.length; c++) controlStatusOfRange(controls[c][0], controls[c][3], controls[c][4], results, period, points);
    };
    const options = { rounds: 5, minSampleMs: 0 };
    const column = timeRatio(formulas, () => bareStatusColumn(controls, results, isBlank(period) ? '' : String(period)), options);
    const counting = timeRatio(formulas, () => countOnlyColumn(controls, results), options);
    return (
      `${title} i en kolumn (2 000 rader, var och en över 24 000 utfall): ${Math.round(column.aMs)} ms; ren loop med samma tal ${Math.round(column.bMs)} ms; kvot ${ratioText(column.ratio)} (${target(column.ratio)}); ` +
      `mot en loop som bara räknar två av talen ${ratioText(counting.ratio)} (belastning ${load()})`
    );
  };
  lines.push(columnLine('IK.KONTROLLÄGE med period', PERIOD));
  lines.push(columnLine('IK.KONTROLLÄGE som bladets formel (utan period)', '', SHEET_POINTS));
  return lines;
}

/** `uppsikt utfall` (the use case, no file reading) on 25,000 and 100,000 result rows, for linearity. */
export function benchUtfall(): string[] {
  const lines: string[] = [];

  const sizes = [25_000, 100_000];
  const ms = sizes.map((rows) => {
    const ranges = planRanges(rows / 12, 12);
    const record = (header: CellValue[], row: CellValue[], keys: string[]) => Object.fromEntries(keys.map((k, i) => [k, row[i]]));
    const register = registerFromRecords(defaultScale, {
      Risker: ranges.risks.slice(1).map((r) => record(ranges.risks[0], r, ['id', 'namnd', 'beskrivning'])),
      Kontroller: ranges.controls.slice(1).map((r) => record(ranges.controls[0], r, ['id', 'riskId', 'kontrollmoment', 'frekvens', 'tidpunkt'])),
      Kontrollutfall: ranges.results
        .slice(1)
        .map((r) => record(ranges.results[0], r, ['kontrollId', 'period', 'genomford', 'urval', 'antalAvvikelser', 'resultat', 'avvikelse', 'atgard', 'atgardad'])),
    });
    return time(() => utfallOverview(register), 3, 1).medianMs;
  });
  const linearity = ms[1] / ms[0] / 4;
  lines.push(
    `uppsikt utfall (användningsfallet, utan filläsning) på ${sizes.map((s) => s.toLocaleString('sv-SE')).join(' och ')} utfallsrader: ${ms.map((m) => Math.round(m).toLocaleString('sv-SE')).join(' och ')} ms; ` +
      `linjäritet ${linearity.toFixed(2).replace('.', ',')} (1 är linjärt; mål: sekunder och linjärt: ${ms[1] < 10_000 && linearity <= 1.5 ? 'uppfyllt' : 'EJ uppfyllt'}; belastning ${load()})`,
  );
  return lines;
}

export function benchControlResults(): string[] {
  return [...benchControlFunctions(), ...benchUtfall()];
}

if (require.main === module) {
  const part = process.argv[2];
  const run = part === 'functions' ? benchControlFunctions : part === 'utfall' ? benchUtfall : benchControlResults;
  for (const line of run()) console.log(line);
}
