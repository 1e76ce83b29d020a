import { FOLLOW_UP_STATUSES, registerAsOfRound, compareRounds } from '../../../src/core';
import { buildReport } from '../../../src/usecases/report/buildReport';
import { reportNamnder } from '../../../src/usecases/report/reportNamnder';
import { groupRegister, haningeRegister, HANINGE_TABLE, PER } from './_fixtures';

describe('buildReport', () => {
  test('kommun-wide on Haninge: the per-granskning table equals the auditors’ table, 31 / 13 / 0', () => {
    const report = buildReport(haningeRegister(), { per: PER });
    expect(report.byGranskning.rows.map((r) => [r.granskning, r.counts.Åtgärdad, r.counts['Delvis åtgärdad'], r.counts['Ej åtgärdad']])).toEqual(HANINGE_TABLE);
    expect([report.byGranskning.total.counts.Åtgärdad, report.byGranskning.total.counts['Delvis åtgärdad'], report.byGranskning.total.counts['Ej åtgärdad']]).toEqual([31, 13, 0]);
    expect(report.byGranskning.showUnjudged).toBe(false);
    expect(report.recommendations).toHaveLength(44);
    expect(report.recommendations.every((r) => r.omgang === '2024')).toBe(true);
    expect(report.omgang).toBe('2024');
    expect(report.scope).toBe('Samtliga nämnder');
    expect(report.findings).toEqual([]);
  });

  test('a nämnd gets its own, shared and group-addressed recommendations', () => {
    const register = groupRegister();
    const ids = (namnd: string) => buildReport(register, { per: PER, namnd }).recommendations.map((r) => r.rekommendation);
    expect(ids('Socialnämnden')).toEqual(['Ta fram rutiner', 'Följ upp', 'Dokumentera']);
    // "Övriga nämnder" in a cell of its own names no one to leave out: every nämnd (recipientsOf).
    expect(ids('Kommunstyrelsen')).toEqual(['Ta fram rutiner', 'Följ upp', 'Dokumentera', 'Styr digitaliseringen']);
    expect(ids('Kultur- och fritidsnämnden')).toEqual(['Följ upp', 'Dokumentera', 'Inventera system']);
    // Kommun-wide: each row once.
    expect(buildReport(register, { per: PER }).byGranskning.total.total).toBe(5);
  });

  test('without a nämnd list, the groups expand to the nämnder the workbook names', () => {
    const register = groupRegister([]);
    expect(reportNamnder(register)).toEqual(['Socialnämnden', 'Kommunstyrelsen', 'Kultur- och fritidsnämnden']);
    const rows = buildReport(register, { per: PER, namnd: 'Socialnämnden' }).recommendations;
    expect(rows.map((r) => r.rekommendation)).toEqual(['Ta fram rutiner', 'Följ upp', 'Dokumentera']);
  });

  test('a nämnd gets its risks and the kommungemensamma, and their controls', () => {
    const report = buildReport(groupRegister(), { per: PER, namnd: 'Socialnämnden' });
    expect(report.risks.map((r) => r.id)).toEqual(['R1', 'R3']);
    expect(report.plan.map((p) => p.kontrollId)).toEqual(['K1', 'K3']);
    expect(report.controlsWithDeviation).toBe(1);
    expect(report.risksPerLevel.map((l) => [l.band.name, l.count])).toEqual([
      ['Låg', 0],
      ['Medel', 1],
      ['Hög', 1],
    ]);
    expect(report.risksPerCategory.map((c) => [c.kategori, c.total])).toEqual([
      ['Ekonomi', 1],
      ['Fel och oegentligheter', 1],
    ]);
    expect(report.matrix[2][3]).toEqual(['R1']);
  });

  test('a risk without a control stays in the plan; an unscored risk is counted as such', () => {
    const report = buildReport(groupRegister(), { per: PER, namnd: 'Kultur- och fritidsnämnden' });
    expect(report.risks.map((r) => r.id)).toEqual(['R3', 'R4']);
    expect(report.plan.map((p) => [p.riskId, p.kontrollId])).toEqual([
      ['R3', 'K3'],
      ['R4', null],
    ]);
    expect(report.risksNotScored).toBe(1);
  });

  test('current verdict and its round, overdue as of the per date', () => {
    const report = buildReport(groupRegister(), { per: PER, namnd: 'Socialnämnden' });
    expect(report.recommendations.map((r) => [r.bedomning, r.omgang, r.forsenad])).toEqual([
      ['Delvis åtgärdad', '2025', true],
      ['Åtgärdad', '2025', false],
      [null, null, false],
    ]);
    expect(report.overdue).toBe(1);
    expect(report.byGranskning.showUnjudged).toBe(true);
  });

  test('--omgang: later rounds are left out', () => {
    const asOf2024 = buildReport(groupRegister(), { per: PER, omgang: '2024' });
    expect(asOf2024.omgang).toBe('2024');
    expect(asOf2024.recommendations.map((r) => [r.rekommendation, r.bedomning, r.omgang])).toEqual([
      ['Ta fram rutiner', 'Ej åtgärdad', '2024'],
      ['Följ upp', null, null],
      ['Dokumentera', null, null],
      ['Inventera system', null, null],
      ['Styr digitaliseringen', null, null],
    ]);
    const latest = buildReport(groupRegister(), { per: PER });
    expect(latest.omgang).toBe('2026');
    expect(FOLLOW_UP_STATUSES.map((s) => latest.byGranskning.total.counts[s])).toEqual([2, 1, 0, 2]);
  });
});

describe('registerAsOfRound and compareRounds', () => {
  test('years and dates compare as dates, a year as its last day', () => {
    expect(compareRounds('2024', '2025-03-31')).toBe(-1);
    expect(compareRounds('2024-06-30', '2024')).toBe(-1);
    expect(compareRounds(2025, '2025')).toBe(0);
    expect(compareRounds('Delår 2', 'Delår 10')).toBe(-1);
  });

  test('blanks a cached Senaste bedömning that came from a later round', () => {
    const register = groupRegister();
    const withCache = {
      ...register,
      tables: {
        ...register.tables,
        Rekommendationer: {
          ...register.tables.Rekommendationer!,
          rows: register.tables.Rekommendationer!.rows.map((r) => ({ ...r, values: { ...r.values, senasteBedomning: 'Åtgärdad' } })),
        },
      },
    };
    const asOf = registerAsOfRound(withCache, '2024');
    expect(asOf.tables.Uppföljningar!.rows).toHaveLength(1);
    expect(asOf.tables.Rekommendationer!.rows.map((r) => r.values.senasteBedomning)).toEqual([null, null, 'Åtgärdad', null, 'Åtgärdad']);
    expect(registerAsOfRound(register, '')).toBe(register);
  });
});
