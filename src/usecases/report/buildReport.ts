import {
  dateText,
  compareRounds,
  countOverdue,
  isBlank,
  levelOfScore,
  normalizeStatus,
  parseDate,
  recommendationStatuses,
  registerAsOfRound,
  scoreRiskCells,
  summarizeByGroup,
  TOTAL_LABEL,
  UNJUDGED_STATUS,
  idKey,
  type CellValue,
  type RegisterData,
  type RegisterRow,
  type StatusSummary,
  findingAtRow,
} from '../../core';
import type { Finding } from '../Finding';
import type { GranskningCounts, PlanRow, ReportModel, ReportOptions, ReportRecommendation, ReportRisk } from './ReportModel';
import { flowMessagesSv } from '../messages.sv';
import { addresses, reportNamnder } from './reportNamnder';

const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
const text = (v: CellValue) => (isBlank(v) ? '' : v instanceof Date ? dateText(v) : String(v).trim());
const isYes = (v: CellValue) => v === true || ['ja', 'j', 'x', 'yes'].includes(fold(text(v)));
// What controllers write in Avvikelse/åtgärd when a control found nothing.
const NO_DEVIATION = new Set(['nej', 'ingen', 'inga', 'inga avvikelser', 'ingen avvikelse', '-', '–', '—', '0']);

function reportRisk(row: RegisterRow, register: RegisterData): ReportRisk {
  const v = row.values;
  const score = scoreRiskCells(v.sannolikhet ?? null, v.konsekvens ?? null, register.scale);
  const riskvarde = typeof score.value === 'number' ? score.value : null;
  const band = riskvarde === null ? null : (levelOfScore(riskvarde, register.scale).value ?? null);
  return {
    id: v.id ?? null,
    namnd: v.namnd ?? null,
    process: v.process ?? null,
    kategori: text(v.kategori ?? null),
    beskrivning: v.beskrivning ?? null,
    sannolikhet: riskvarde === null ? null : Number(v.sannolikhet),
    konsekvens: riskvarde === null ? null : Number(v.konsekvens),
    riskvarde,
    band,
    kommungemensam: isYes(v.kommungemensam ?? null),
  };
}

function planRow(control: RegisterRow | null, risk: ReportRisk | null): PlanRow {
  const v = control?.values ?? {};
  const avvikelse = v.avvikelse ?? null;
  return {
    risk,
    riskId: v.riskId ?? risk?.id ?? null,
    kontrollId: v.id ?? null,
    kontrollmoment: v.kontrollmoment ?? null,
    kontrollmetod: v.kontrollmetod ?? null,
    kontrollansvarig: v.kontrollansvarig ?? null,
    frekvens: v.frekvens ?? null,
    rapporterasTill: v.rapporterasTill ?? null,
    tidpunkt: v.tidpunkt ?? null,
    utfall: v.utfall ?? null,
    avvikelse,
    kommungemensam: isYes(v.kommungemensam ?? null) || (risk?.kommungemensam ?? false),
    harAvvikelse: !isBlank(avvikelse) && !NO_DEVIATION.has(fold(text(avvikelse))),
  };
}

/** "Title (år)" as the auditors head their table, unless the title already ends with its year. */
function withYear(title: string, year: CellValue): string {
  const y = text(year);
  return y === '' || /\(\s*\d{4}\s*\)\s*$/.test(title) ? title : `${title} (${y})`;
}

function latestRound(register: RegisterData): string | null {
  let latest: CellValue = null;
  for (const row of register.tables.Uppföljningar?.rows ?? []) {
    const round = row.values.omgang ?? null;
    if (!isBlank(round) && (latest === null || compareRounds(round, latest) > 0)) latest = round;
  }
  return latest === null ? null : text(latest);
}

function byGranskning(summary: StatusSummary, years: Map<string, CellValue>): ReportModel['byGranskning'] {
  const row = (r: StatusSummary['total'], label: string): GranskningCounts => ({ granskning: label, counts: r.counts, total: r.total });
  return {
    rows: summary.rows.map((r) => row(r, withYear(r.group, years.get(fold(r.group)) ?? null))),
    total: row(summary.total, TOTAL_LABEL),
    showUnjudged: summary.total.counts[UNJUDGED_STATUS] > 0,
  };
}

/**
 * The report for one nämnd (its risks and the kommungemensamma, their controls and every recommendation
 * addressed to it, alone, with others or through a group) or for the whole kommun (every row once), as
 * of a "per" date and a follow-up round. Counts come from the same core functions as every summary, so
 * the report reconciles with its source.
 *
 * @param register - The register.
 * @param options - Nämnd, "per" date and round.
 * @returns The report as plain values.
 * @example
 * buildReport(register, { per: 46000 }).byGranskning.total.total //=> 44
 */
export function buildReport(source: RegisterData, options: ReportOptions): ReportModel {
  const register = registerAsOfRound(source, options.omgang ?? null);
  const namnder = reportNamnder(source);
  const { namnd } = options;
  const findings: Finding[] = [];

  const allRisks = (register.tables.Risker?.rows ?? []).map((row) => reportRisk(row, register));
  const risks = namnd === undefined ? allRisks : allRisks.filter((r) => r.kommungemensam || addresses(r.namnd, namnd, namnder));
  const risksById = new Map(allRisks.map((r) => [idKey(r.id), r]));
  const included = new Set(risks.map((r) => idKey(r.id)));

  const plan: PlanRow[] = [];
  const controlled = new Set<string>();
  for (const control of register.tables.Kontroller?.rows ?? []) {
    const key = idKey(control.values.riskId ?? null);
    const row = planRow(control, risksById.get(key) ?? null);
    if (namnd !== undefined && !included.has(key) && !isYes(control.values.kommungemensam ?? null)) continue;
    plan.push(row);
    controlled.add(key);
  }
  for (const risk of risks) if (!controlled.has(idKey(risk.id))) plan.push(planRow(null, risk));
  // Highest risk first, as a plan is read; the sort is stable, so the sheet order decides ties.
  plan.sort((a, b) => (b.risk?.riskvarde ?? -1) - (a.risk?.riskvarde ?? -1));

  const { scale } = register;
  const risksPerLevel = scale.bands.map((band) => ({ band, count: risks.filter((r) => r.band === band).length }));
  const categories = new Map<string, number[]>();
  for (const c of register.lists.riskkategorier) categories.set(c, new Array<number>(scale.bands.length + 1).fill(0));
  for (const risk of risks) {
    const kategori = risk.kategori === '' ? flowMessagesSv.noCategory : ([...categories.keys()].find((c) => fold(c) === fold(risk.kategori)) ?? risk.kategori);
    const counts = categories.get(kategori) ?? new Array<number>(scale.bands.length + 1).fill(0);
    categories.set(kategori, counts);
    const b = risk.band ? scale.bands.indexOf(risk.band) : scale.bands.length;
    counts[b]++;
  }
  const risksPerCategory = [...categories.entries()]
    .map(([kategori, counts]) => ({ kategori, perBand: counts.slice(0, scale.bands.length), total: counts.reduce((a, b) => a + b, 0) }))
    .filter((c) => c.total > 0);
  const matrix = scale.likelihood.labels.map(() => scale.consequence.labels.map((): string[] => []));
  for (const r of risks) if (r.sannolikhet !== null && r.konsekvens !== null) matrix[r.sannolikhet - 1][r.konsekvens - 1].push(text(r.id));

  const years = new Map<string, CellValue>();
  const yearsById = new Map<string, CellValue>();
  for (const audit of register.tables.Granskningar?.rows ?? []) {
    years.set(fold(text(audit.values.titel ?? null)), audit.values.ar ?? null);
    yearsById.set(idKey(audit.values.id ?? null), audit.values.ar ?? null);
  }
  const items = recommendationStatuses(register).filter((item) => namnd === undefined || addresses(item.mottagare, namnd, namnder));
  const summary = summarizeByGroup(
    items.map((i) => i.granskning),
    items.map((i) => i.status),
  );
  for (const issue of summary.issues) {
    const item = items[issue.index ?? 0];
    findings.push(issue.input === 'statuses' ? findingAtRow(issue, item.statusAt.row, item.statusAt.key) : findingAtRow(issue, item.row, 'granskningId'));
  }
  const recommendations: ReportRecommendation[] = items.map((item) => {
    const v = item.row.values;
    const status = normalizeStatus(item.status);
    const overdue = countOverdue([v.klartSenast ?? null], [item.status], options.per);
    for (const issue of overdue.issues) if (issue.input === 'dates') findings.push(findingAtRow(issue, item.row, 'klartSenast'));
    const date = parseDate(v.klartSenast ?? null);
    return {
      granskning: text(item.granskning),
      ar: yearsById.get(idKey(v.granskningId ?? null)) ?? years.get(fold(text(item.granskning))) ?? null,
      nr: v.nr ?? null,
      rekommendation: v.rekommendation ?? null,
      mottagare: item.mottagare,
      svar: v.svar ?? null,
      atgard: v.atgard ?? null,
      ansvarig: v.ansvarig ?? null,
      klartSenast: date !== null && !Number.isNaN(date) ? date : (v.klartSenast ?? null),
      bedomning: status === undefined ? item.status : status,
      omgang: item.statusAt.key === 'bedomning' ? (item.statusAt.row.values.omgang ?? null) : null,
      forsenad: overdue.value === 1,
    };
  });
  // One block per granskning, in the order the granskningar first appear; the sheet order within each.
  const order = new Map<string, number>();
  recommendations.forEach((r) => order.has(fold(r.granskning)) || order.set(fold(r.granskning), order.size));
  const sorted = recommendations
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order.get(fold(a.r.granskning))! - order.get(fold(b.r.granskning))! || a.i - b.i)
    .map((x) => x.r);

  const perDate = new Date(Date.UTC(1899, 11, 30) + options.per * 86_400_000);
  return {
    namnd: namnd ?? null,
    scope: namnd ?? flowMessagesSv.allNamnder,
    per: options.per,
    omgang: options.omgang?.trim() || latestRound(register),
    year: perDate.getUTCFullYear(),
    scale,
    faststalld: source.plan?.faststalld ?? null,
    beslutsnummer: source.plan?.beslutsnummer ?? null,
    risks,
    risksPerLevel,
    risksNotScored: risks.filter((r) => r.band === null).length,
    risksPerCategory,
    matrix,
    plan,
    controls: plan.filter((p) => !isBlank(p.kontrollId) || !isBlank(p.kontrollmoment)).length,
    controlsWithDeviation: plan.filter((p) => p.harAvvikelse).length,
    byGranskning: byGranskning(summary.value!, years),
    recommendations: sorted,
    overdue: sorted.filter((r) => r.forsenad).length,
    findings,
  };
}
