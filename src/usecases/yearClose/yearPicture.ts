import { controlOverview, controlStatus, idKey, parsePeriod, planControls, type ControlOverview, type Lage, type RegisterData } from '../../core';

/** The year as the follow-up report reads it: the core's overview up to the year's end, and each control's läge at every reporting point. */
export interface YearPicture {
  readonly year: number;
  readonly overview: ControlOverview;
  /** By control id (idKey): the läge up to each of overview.points, in order. */
  readonly perPoint: ReadonlyMap<string, readonly Lage[]>;
}

/**
 * Works the year out once, for the kommun and every nämnd's report alike (`export --uppfoljning --alla`
 * builds 50 reports from one picture): controlOverview with the year as the period, then the core's
 * controlStatus of each control at each reporting point over the results already read, which is what
 * controlOverview with that point as the period gives.
 *
 * @param register - The register.
 * @param year - The year.
 * @returns The picture.
 * @example
 * yearPicture(register, 2026).perPoint.get('k1') //=> ['Genomförd', 'Avvikelse', 'Avvikelse']
 */
export function yearPicture(register: RegisterData, year: number): YearPicture {
  const overview = controlOverview(register, { period: String(year) }).value!;
  const plan = new Map(planControls(register).map((c) => [c.key, c]));
  const upTo = overview.points.map((p) => parsePeriod(p.period).value!);
  const perPoint = new Map<string, Lage[]>();
  for (const s of overview.controls) {
    const control = plan.get(idKey(s.id));
    perPoint.set(
      idKey(s.id),
      upTo.map((period) => (control ? controlStatus(control, s.results, period, overview.points).lage : s.lage)),
    );
  }
  return { year, overview, perPoint };
}
