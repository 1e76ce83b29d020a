import {
  countOverdue,
  FOLLOW_UP_STATUSES,
  idKey,
  isBlank,
  levelOfScore,
  normalizeStatus,
  parseDate,
  recipientsOf as recipientsOfCore,
  scoreRiskCells,
  type CellValue,
  type FollowUpStatus,
  type RegisterData,
} from '../../core';
import type { Completeness, NamndComparison } from './Consolidation';
import { consolidateMessages as M } from './messages.sv';
import { foldName } from './_lib/fileNamnder';
import { scaleLabel } from './_lib/scaleLabel';
import { verdictRank } from './_lib/verdictRank';

/** One file's register with the nämnder it speaks for. */
export interface ComparedSource {
  readonly file: string;
  readonly register: RegisterData;
  readonly namnder: readonly string[];
}

/** One row's verdict of a consolidated recommendation, and the nämnder it speaks for. */
export interface ComparedVerdict {
  readonly file: string;
  readonly status: CellValue;
  readonly klartSenast: CellValue;
  readonly namnder: readonly string[];
}

/** Words people write in Avvikelse when there was none. */
const NO_DEVIATION = new Set(['', '-', '–', 'ingen', 'inga', 'ingenavvikelse', 'ingaavvikelser', 'nej', 'ok', 'utanavvikelse', 'utanavvikelser']);

/** Whether a control's Avvikelse/åtgärd cell reports a deviation. */
export function hasDeviation(value: CellValue): boolean {
  if (isBlank(value)) return false;
  return !NO_DEVIATION.has(
    String(value)
      .toLocaleLowerCase('sv')
      .replace(/[\s.!]+/g, ''),
  );
}

interface Tally {
  namnd: string;
  files: Set<string>;
  scales: Set<string>;
  risker: number;
  levels: Map<string, number>;
  unscored: number;
  high: number;
  kontroller: number;
  avvikelser: number;
  recs: Record<FollowUpStatus, number>;
  unknown: number;
  overdue: number;
}

/**
 * The kommun-wide comparison per nämnd (risks per level on the nämnd's own scale, high risks without a
 * control, controls with avvikelse, recommendations per the nämnd's own verdict, overdue actions) and which
 * of the kommun's nämnder have no workbook, no risks or no plan.
 *
 * @param sources - Each file's register and nämnder.
 * @param recommendations - Per consolidated recommendation, each row's verdict.
 * @param namndList - The kommun's nämnder (listed first, in order).
 * @param today - For overdue actions.
 * @param resolve - recipientsOf over namndList, remembered (see recipientsFor).
 * @returns Per nämnd, completeness per listed nämnd, and the level names in column order.
 * @example
 * compareNamnder([{ file: 'sn.xlsx', register, namnder: ['Socialnämnden'] }], [], ['Socialnämnden'], 46000).completeness[0].missing //=> []
 */
export function compareNamnder(
  sources: readonly ComparedSource[],
  recommendations: readonly (readonly ComparedVerdict[])[],
  namndList: readonly string[],
  today: number,
  resolve: (value: CellValue) => readonly string[] = (value) => recipientsOfCore(value, namndList),
) {
  const tallies = new Map<string, Tally>();
  const tally = (namnd: string): Tally => {
    let t = tallies.get(foldName(namnd));
    if (!t) {
      t = {
        namnd,
        files: new Set(),
        scales: new Set(),
        risker: 0,
        levels: new Map(),
        unscored: 0,
        high: 0,
        kontroller: 0,
        avvikelser: 0,
        recs: Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0])) as Record<FollowUpStatus, number>,
        unknown: 0,
        overdue: 0,
      };
      tallies.set(foldName(namnd), t);
    }
    return t;
  };
  for (const n of namndList) tally(n);

  const levelNames: string[] = [];
  for (const s of sources) {
    for (const band of s.register.scale.bands) if (!levelNames.includes(band.name)) levelNames.push(band.name);
    for (const n of s.namnder) tally(n).files.add(s.file);
    const scale = s.register.scale;
    const top = scale.bands[scale.bands.length - 1];
    const risks = s.register.tables.Risker?.rows ?? [];
    const controlled = new Set((s.register.tables.Kontroller?.rows ?? []).map((r) => idKey(r.values.riskId)));
    const namnderOfRisk = new Map<string, readonly string[]>();
    for (const row of risks) {
      const named = resolve(row.values.namnd ?? null);
      const namnder = named.length > 0 ? named : [...s.namnder];
      namnderOfRisk.set(idKey(row.values.id), namnder);
      const score = scoreRiskCells(row.values.sannolikhet ?? null, row.values.konsekvens ?? null, scale).value;
      const band = score === undefined || score === null ? undefined : (levelOfScore(score, scale).value ?? undefined);
      for (const n of namnder) {
        const t = tally(n);
        t.risker++;
        t.scales.add(scaleLabel(scale));
        if (!band) t.unscored++;
        else t.levels.set(band.name, (t.levels.get(band.name) ?? 0) + 1);
        if (band && top && band.name === top.name && !controlled.has(idKey(row.values.id))) t.high++;
      }
    }
    for (const row of s.register.tables.Kontroller?.rows ?? []) {
      for (const n of namnderOfRisk.get(idKey(row.values.riskId)) ?? s.namnder) {
        const t = tally(n);
        t.kontroller++;
        if (hasDeviation(row.values.avvikelse ?? null)) t.avvikelser++;
      }
    }
  }

  // Each recommendation once per nämnd: its least finished verdict among the rows speaking for the nämnd.
  for (const verdicts of recommendations) {
    const perNamnd = new Map<string, { namnd: string; rows: ComparedVerdict[] }>();
    for (const v of verdicts) {
      for (const n of v.namnder) {
        const entry = perNamnd.get(foldName(n)) ?? { namnd: n, rows: [] };
        entry.rows.push(v);
        perNamnd.set(foldName(n), entry);
      }
    }
    for (const { namnd, rows } of perNamnd.values()) {
      const least = rows.reduce((a, b) => (verdictRank(b.status) < verdictRank(a.status) ? b : a));
      const t = tally(namnd);
      const status = normalizeStatus(least.status);
      if (status === undefined) t.unknown++;
      else t.recs[status ?? 'Ej bedömd']++;
      const dates = rows.map((r) => r.klartSenast).filter((d) => !isBlank(d) && !Number.isNaN(parseDate(d) ?? NaN));
      const earliest = dates.length === 0 ? null : dates.reduce((a, b) => (parseDate(b)! < parseDate(a)! ? b : a));
      t.overdue += countOverdue([earliest], [least.status], today).value ?? 0;
    }
  }

  const listed = new Set(namndList.map(foldName));
  const byNamnd: NamndComparison[] = [...tallies.values()].map((t) => ({
    namnd: t.namnd,
    inList: listed.has(foldName(t.namnd)),
    files: [...t.files],
    scales: [...t.scales],
    risker: t.risker,
    risksPerLevel: Object.fromEntries(levelNames.map((name) => [name, t.levels.get(name) ?? 0])),
    risksUnscored: t.unscored,
    highWithoutControl: t.high,
    kontroller: t.kontroller,
    avvikelser: t.avvikelser,
    recommendations: t.recs,
    unknownStatus: t.unknown,
    totalRecommendations: FOLLOW_UP_STATUSES.reduce((n, s) => n + t.recs[s], 0) + t.unknown,
    overdue: t.overdue,
  }));
  const completeness: Completeness[] = namndList.map((n) => {
    const t = tallies.get(foldName(n))!;
    const missing = [...(t.files.size === 0 ? [M.missingWorkbook] : []), ...(t.risker === 0 ? [M.missingRisks] : []), ...(t.kontroller === 0 ? [M.missingPlan] : [])];
    const total = FOLLOW_UP_STATUSES.reduce((sum, s) => sum + t.recs[s], 0) + t.unknown;
    return { namnd: t.namnd, files: [...t.files], risker: t.risker, kontroller: t.kontroller, rekommendationer: total, missing };
  });
  return { byNamnd, completeness, levelNames };
}
