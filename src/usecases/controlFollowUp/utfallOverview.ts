import { cellOfRow, controlOverview, sortByLage, type ControlOverview, type ControlStatus, type Lage, type NamndCounts, type RegisterData } from '../../core';

/** One nämnd's line of `uppsikt utfall --json`, exactly the keys issue 19 names. */
export interface UtfallNamndJson {
  namnd: string;
  kontroller: number;
  genomforda: number;
  ejGenomforda: number;
  medAvvikelse: number;
  vasentliga: number;
  tillfallen: number;
  genomfordaTillfallen: number;
}

/** One control of `uppsikt utfall --json`, worst läge first. */
export interface UtfallControlJson {
  id: string;
  namnd: string;
  lage: Lage;
  tillfallen: number;
  genomfordaTillfallen: number;
  /** Due occasions with no result Ja or Delvis ("T1 2026"). */
  saknas: string[];
  medAvvikelse: boolean;
  vasentlig: boolean;
  /** Where the control is on Kontroller, for Gå till. */
  sheet: string;
  cell: string;
}

/** The document `uppsikt utfall --json` prints. */
export interface UtfallJson {
  /** The period the figures are up to; null when no result has a period and none was asked for. */
  period: string | null;
  byNamnd: UtfallNamndJson[];
  controls: UtfallControlJson[];
}

/** What went wrong asking for the overview, in the shell's words. */
export type UtfallProblem = { kind: 'period'; message: string } | { kind: 'namnd'; namnd: string; known: string[] };

export type UtfallResult = { overview: ControlOverview; json: UtfallJson; sorted: ControlStatus[] } | { problem: UtfallProblem };

const namndJson = (c: NamndCounts): UtfallNamndJson => ({
  namnd: c.namnd,
  kontroller: c.kontroller,
  genomforda: c.genomforda,
  ejGenomforda: c.ejGenomforda,
  medAvvikelse: c.medAvvikelse,
  vasentliga: c.vasentliga,
  tillfallen: c.tillfallen,
  genomfordaTillfallen: c.genomfordaTillfallen,
});

/**
 * The year of the internkontrollplan so far, for `uppsikt utfall` (and anything else that prints it): the
 * core's controlOverview, its controls red first, and the JSON document. A --namnd that no control has is a
 * problem naming the nämnder there are, not an empty table.
 *
 * @param register - The register.
 * @param options - period ("T2 2026"; otherwise the latest with results) and nämnd.
 * @returns The overview and JSON, or the problem.
 * @example
 * const r = utfallOverview(register, { period: 'T2 2026' })
 * if ('json' in r) r.json.byNamnd[0].genomforda //=> 3
 */
export function utfallOverview(register: RegisterData, options: { period?: string; namnd?: string } = {}): UtfallResult {
  const result = controlOverview(register, {
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(options.namnd !== undefined ? { namnd: options.namnd } : {}),
  });
  if (!result.value) return { problem: { kind: 'period', message: result.issues[0]?.message ?? '' } };
  const overview = result.value;
  if (options.namnd !== undefined && overview.controls.length === 0) {
    const all = controlOverview(register, {}).value;
    return { problem: { kind: 'namnd', namnd: options.namnd, known: (all?.byNamnd ?? []).map((n) => n.namnd).filter((n) => n !== '') } };
  }
  const sorted = sortByLage(overview.controls);
  const json: UtfallJson = {
    period: overview.period?.name ?? null,
    byNamnd: overview.byNamnd.map(namndJson),
    controls: sorted.map((s) => ({
      id: s.id,
      namnd: s.namnd,
      lage: s.lage,
      tillfallen: s.tillfallen,
      genomfordaTillfallen: s.genomfordaTillfallen,
      saknas: [...s.missing],
      medAvvikelse: s.medAvvikelse,
      vasentlig: s.vasentlig,
      sheet: s.row.sheet,
      cell: cellOfRow(s.row, 'id'),
    })),
  };
  return { overview, json, sorted };
}
