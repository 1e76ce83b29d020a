import fs from 'fs';
import path from 'path';
import { applyFollowUpImport, defaultScale, planFollowUpImport, registerFromRecords, type RegisterData } from '../../../src/core';
import { parseFollowUpReport } from '../../../src/core/report';
import type { FollowUpReport } from '../../../src/core/report/FollowUpReport';
import { reportText } from './_fixtures';

const prose = fs.readFileSync(path.join(__dirname, '../../fixtures/reports/uppfoljning-prosa-exempel.txt'), 'utf8');

/**
 * The register as the original granskningar would have left it: titles without "Granskning av" in other
 * case, recommendation texts slightly reworded (a word dropped), rows in another order, recommendation 1 of
 * each granskning fanned out to two nämnder.
 */
function registerFor(report: FollowUpReport): RegisterData {
  const granskningar = report.granskningar.map((g) => ({ id: `G${g.nr + 10}`, titel: g.title.replace(/^Granskning av /, '').toUpperCase(), ar: g.year ?? null }));
  const rekommendationer = report.recommendations
    .flatMap((r) => {
      const text = r.text.split(' ').slice(0, -1).join(' ') || r.text;
      const row = { granskningId: `G${r.granskning + 10}`, nr: r.nr, rekommendation: text };
      return r.nr === 1
        ? [
            { ...row, id: `G${r.granskning + 10}-${r.nr}-1`, mottagare: 'Socialnämnden' },
            { ...row, id: `G${r.granskning + 10}-${r.nr}-2`, mottagare: 'Kommunstyrelsen' },
          ]
        : [{ ...row, id: `G${r.granskning + 10}-${r.nr}`, mottagare: 'Kommunstyrelsen' }];
    })
    .reverse();
  return registerFromRecords(defaultScale, { Granskningar: granskningar, Rekommendationer: rekommendationer });
}

describe('planFollowUpImport', () => {
  test('Haninge (a table per recommendation): every verdict the report ties becomes one row in round 2024, nothing twice', () => {
    const report = parseFollowUpReport(reportText('haninge'))!;
    const register = registerFor(report);
    const plan = planFollowUpImport(register, report, { round: '2024' });
    expect(plan.unmatchedGranskningar).toEqual([]);
    expect(plan.unmatchedRecommendations).toEqual([]);
    expect(plan.matches).toHaveLength(44);
    expect(plan.matches.every((m) => m.ids.every((id) => id.startsWith(`G${m.granskning + 10}-${m.nr}`)))).toBe(true);
    // 31 verdicts, 7 of them on recommendations fanned out to two rows.
    const fannedWithVerdict = plan.matches.filter((m) => m.verdict && m.ids.length === 2).length;
    expect(plan.insert).toHaveLength(31 + fannedWithVerdict);
    expect(plan.insert.every((r) => r.omgang === '2024')).toBe(true);
    const again = planFollowUpImport(applyFollowUpImport(register, plan), report, { round: '2024' });
    expect(again.insert).toEqual([]);
    expect(again.unchanged).toBe(plan.insert.length);
  });

  test('a blank round made beforehand (ny-omgang) is filled, not doubled', () => {
    const report = parseFollowUpReport(prose)!;
    const base = registerFor(report);
    const blank = base.tables.Rekommendationer!.rows.map((r) => ({ rekommendationId: r.values.id, omgang: '2024', bedomning: null, kommentar: null }));
    const register = registerFromRecords(defaultScale, {
      Granskningar: base.tables.Granskningar!.rows.map((r) => r.values),
      Rekommendationer: base.tables.Rekommendationer!.rows.map((r) => r.values),
      Uppföljningar: blank,
    });
    const plan = planFollowUpImport(register, report);
    expect(plan.round).toBe('2024');
    expect(plan.insert).toEqual([]);
    expect(plan.fill.length).toBeGreaterThan(0);
    const after = applyFollowUpImport(register, plan);
    expect(after.tables.Uppföljningar!.rows).toHaveLength(blank.length);
    const filled = after.tables.Uppföljningar!.rows.filter((r) => r.values.bedomning !== null);
    expect(filled).toHaveLength(plan.fill.length);
    expect(filled.map((r) => r.values.kommentar)).toContainEqual(expect.stringMatching(/^Vi bedömer att kommunstyrelsen inte helt/));
  });

  test('the prose follow-up: verdicts with the sentence as comment, the unsure one left for the user', () => {
    const report = parseFollowUpReport(prose)!;
    const plan = planFollowUpImport(registerFor(report), report);
    expect(plan.toConfirm).toEqual([{ granskning: 2, nr: 3, suggested: 'Åtgärdad', comment: expect.stringMatching(/^Arbete pågår/) }]);
    const verdicts = plan.insert.map((r) => `${r.rekommendationId}:${r.bedomning}`).sort();
    expect(verdicts).toEqual([
      'G11-1-1:Åtgärdad',
      'G11-1-2:Åtgärdad',
      'G11-2:Delvis åtgärdad',
      'G12-1-1:Ej åtgärdad',
      'G12-1-2:Ej åtgärdad',
      'G12-2:Åtgärdad',
      'G13-1-1:Åtgärdad',
      'G13-1-2:Åtgärdad',
      'G13-2:Delvis åtgärdad',
    ]);
    const confirmed = planFollowUpImport(registerFor(report), report, { confirmed: { '2-3': 'Åtgärdad' } });
    expect(confirmed.insert).toHaveLength(10);
  });

  test('what does not match is listed, not guessed', () => {
    const report = parseFollowUpReport(prose)!;
    const register = registerFromRecords(defaultScale, {
      Granskningar: [{ id: 'G1', titel: 'Upphandling och avtalstrohet', ar: 2021 }],
      Rekommendationer: [{ id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Säkerställa att ingångna avtal följs upp systematiskt.' }],
    });
    const plan = planFollowUpImport(register, report);
    expect(plan.insert.map((r) => r.rekommendationId)).toEqual(['G1-1']);
    expect(plan.unmatchedRecommendations.map((r) => `${r.granskning}-${r.nr}`)).toEqual(['1-2']);
    expect(plan.unmatchedGranskningar.map((g) => g.title)).toEqual(['Granskning av informationssäkerhet', 'Granskning av löneprocessen']);
  });
});

describe('planFollowUpImport: every follow-up layout inserts as a round, once', () => {
  const layouts: [string, string][] = [
    ['a table per recommendation (Haninge)', reportText('haninge')],
    ['prose', prose],
    [
      'a status column',
      [
        'Uppföljning av granskningar 2025',
        '',
        'Granskning av upphandling (2022)',
        '',
        'Rekommendation Bedömning 2025',
        'Säkerställa att avtal följs upp systematiskt Åtgärdad',
        'Ta fram rutiner för direktupphandling Delvis åtgärdad',
      ].join('\n'),
    ],
    [
      'a summary table per granskning',
      [
        'Uppföljning av granskningar 2025',
        '',
        'Granskningar Åtgärdad Delvis åtgärdad Ej åtgärdad',
        'Granskning av upphandling (2022) 2 - -',
        '',
        'Granskning av upphandling (2022)',
        '',
        '• Säkerställa att avtal följs upp systematiskt.',
        '• Ta fram rutiner för direktupphandling.',
      ].join('\n'),
    ],
  ];
  test.each(layouts)('%s', (_name, text) => {
    const report = parseFollowUpReport(text)!;
    const register = registerFor(report);
    const plan = planFollowUpImport(register, report, { round: report.round || '2025' });
    const judged = plan.matches.filter((m) => m.verdict).reduce((n, m) => n + m.ids.length, 0);
    expect(plan.insert.length).toBe(judged);
    expect(plan.insert.length).toBeGreaterThan(0);
    expect(plan.unmatchedRecommendations).toEqual([]);
    const again = planFollowUpImport(applyFollowUpImport(register, plan), report, { round: report.round || '2025' });
    expect(again.insert).toEqual([]);
  });
});
