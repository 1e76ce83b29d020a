import {
  dateText,
  assessmentFor,
  countControls,
  hasDeviation,
  idKey,
  isBlank,
  LAGE_COLORS,
  nameKey,
  proposeAssessment,
  sortByLage,
  type CellValue,
  type ControlStatus,
  type NamndCounts,
  type RegisterData,
  type RegisterRow,
} from '../../core';
import { flowMessagesSv } from '../messages.sv';
import { reportNamnder } from '../report/reportNamnder';
import type { FollowUpAssessment, FollowUpControl, FollowUpCounts, FollowUpDeviation, FollowUpNamnd, FollowUpReportModel, SharedControlRow } from './FollowUpReportModel';
import { yearCloseMessagesSv as M } from './messages.sv';
import { yearPicture, type YearPicture } from './yearPicture';

/** What the follow-up report is for. */
export interface FollowUpOptions {
  readonly year: number;
  /** The nämnd; undefined for the kommun-wide report. */
  readonly namnd?: string;
  /** The date the report is made (Excel serial). */
  readonly per: number;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? '' : v instanceof Date ? dateText(v) : String(v).trim());
const fold = (s: string) => s.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('sv') === b.trim().toLocaleLowerCase('sv');
const isYes = (v: CellValue | undefined) => ['ja', 'j', 'x', 'yes', 'true'].includes(fold(text(v))) || v === true;

function countsOf(counts: NamndCounts, statuses: readonly ControlStatus[]): FollowUpCounts {
  const grades = { mindre: 0, vasentlig: 0, ograderad: 0 };
  for (const s of statuses) {
    for (const r of s.results) {
      if (!hasDeviation(r)) continue;
      if (r.avvikelse === 'Väsentlig') grades.vasentlig++;
      else if (r.avvikelse === 'Mindre') grades.mindre++;
      else grades.ograderad++;
    }
  }
  const { kontroller, genomforda, ejGenomforda, medAvvikelse, vasentliga, tillfallen, genomfordaTillfallen, atgarderKlara, atgarderOppna } = counts;
  return { kontroller, genomforda, ejGenomforda, medAvvikelse, vasentliga, tillfallen, genomfordaTillfallen, atgarderKlara, atgarderOppna, avvikelserPerGrad: grades };
}

function assessmentOf(register: RegisterData, year: number, namnd: string): FollowUpAssessment | null {
  const a = assessmentFor(register, year, namnd);
  if (!a) return null;
  return { helhetsbedomning: a.level ?? (isBlank(a.typed) ? null : text(a.typed)), motivering: a.motivering, beslutsdatum: a.beslutsdatum, paragraf: a.paragraf };
}

/** The controls of one kommungemensam control's text, compared across the nämnder that carry it. */
function sharedControls(statuses: readonly ControlStatus[], sharedRisk: (row: RegisterRow) => boolean): SharedControlRow[] {
  const groups = new Map<string, { first: ControlStatus; all: ControlStatus[] }>();
  for (const s of statuses) {
    if (!isYes(s.row.values.kommungemensam) && !sharedRisk(s.row)) continue;
    const key = fold(text(s.row.values.kontrollmoment));
    const group = groups.get(key);
    if (group) group.all.push(s);
    else groups.set(key, { first: s, all: [s] });
  }
  return [...groups.values()].map(({ first, all }) => ({
    id: first.id,
    kontrollmoment: text(first.row.values.kontrollmoment),
    namnder: new Set(all.map((s) => nameKey(s.namnd))).size,
    genomforda: new Set(all.filter((s) => s.genomford).map((s) => nameKey(s.namnd))).size,
    medAvvikelse: new Set(all.filter((s) => s.medAvvikelse).map((s) => nameKey(s.namnd))).size,
  }));
}

/**
 * Uppföljning av intern kontroll for a year: the nämnd's (or, without a nämnd, the kommun's) controls with
 * their läge at each reporting point and at the year's end, every deviation with its åtgärd, the counts, the
 * nämnd's helhetsbedömning and Uppsikt's proposal with its reasons. Every figure comes from the core's
 * controlOverview with the year as the period, so the report counts as `uppsikt utfall --period <år>`.
 *
 * @param register - The register.
 * @param options - Year, nämnd and date made.
 * @param picture - The year worked out (yearPicture), when several reports are built from one register.
 * @returns The report as plain values.
 * @example
 * buildFollowUpReport(register, { year: 2026, namnd: 'Socialnämnden', per: 46430 }).counts.genomforda //=> 2
 */
export function buildFollowUpReport(register: RegisterData, options: FollowUpOptions, picture: YearPicture = yearPicture(register, options.year)): FollowUpReportModel {
  const { year, namnd } = options;
  const { overview } = picture;
  // A nämnd's controls as controlOverview({ namnd }) picks them (name trimmed, case folded).
  const statuses = namnd === undefined ? overview.controls : overview.controls.filter((s) => sameName(s.namnd, namnd));
  const total = namnd === undefined ? overview.total : countControls(namnd, statuses);

  const controls: FollowUpControl[] = sortByLage(statuses).map((s) => ({
    id: s.id,
    namnd: s.namnd,
    kontrollmoment: text(s.row.values.kontrollmoment),
    frekvens: text(s.row.values.frekvens),
    kontrollansvarig: text(s.row.values.kontrollansvarig),
    perPeriod: picture.perPoint.get(idKey(s.id)) ?? [],
    lage: s.lage,
    kommungemensam: isYes(s.row.values.kommungemensam),
  }));

  const deviations: FollowUpDeviation[] = statuses.flatMap((s) =>
    s.results.filter(hasDeviation).map((r) => ({
      kontrollId: s.id,
      kontrollmoment: text(s.row.values.kontrollmoment),
      period: r.period?.name ?? text(r.row.values.period),
      antal: r.antalAvvikelser ?? null,
      grad: r.avvikelse === 'Mindre' || r.avvikelse === 'Väsentlig' ? r.avvikelse : '',
      resultat: r.resultat,
      atgard: r.atgard,
      ansvarig: r.atgardsansvarig,
      klartSenast: r.klartSenast ?? r.row.values.klartSenast ?? null,
      klar: r.atgardad === true,
    })),
  );

  const counts = countsOf(total, statuses);
  const proposal = proposeAssessment({ kontroller: counts.kontroller, genomforda: counts.genomforda, vasentliga: counts.vasentliga, atgarderOppna: counts.atgarderOppna });

  let namnder: FollowUpNamnd[] = [];
  let shared: SharedControlRow[] = [];
  if (namnd === undefined) {
    const names = [...reportNamnder(register)];
    for (const n of overview.byNamnd) if (n.namnd !== '' && !names.some((m) => sameName(m, n.namnd))) names.push(n.namnd);
    namnder = names.map((name) => {
      const mine = overview.controls.filter((s) => sameName(s.namnd, name));
      const assessed = assessmentOf(register, year, name);
      return {
        namnd: name,
        reported: mine.some((s) => s.results.length > 0) || assessed !== null,
        counts: countsOf(countControls(name, mine), mine),
        helhetsbedomning: assessed?.helhetsbedomning ?? null,
      };
    });
    const sharedRisks = new Set((register.tables.Risker?.rows ?? []).filter((r) => isYes(r.values.kommungemensam)).map((r) => idKey(r.values.id ?? null)));
    shared = sharedControls(overview.controls, (row) => sharedRisks.has(idKey(row.values.riskId ?? null)));
  }

  return {
    year,
    namnd: namnd ?? null,
    scope: namnd ?? flowMessagesSv.allNamnder,
    per: options.per,
    periods: overview.points.map((p) => p.period),
    colors: LAGE_COLORS,
    counts,
    assessment: namnd === undefined ? null : assessmentOf(register, year, namnd),
    proposal: { level: proposal.level, text: proposal.level ? M.proposal({ level: proposal.level }) : M.noProposal, reasons: proposal.reasons.map(M.reason) },
    controls,
    deviations,
    namnder,
    notReported: namnder.filter((n) => !n.reported).map((n) => n.namnd),
    shared,
  };
}
