import fs from 'fs';
import path from 'path';
import { parseFollowUpReport, parseReport } from '../../../src/core/report';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../fixtures/reports', name), 'utf8');

// Expected results written by reading the texts (sources in test/fixtures/README.md).
describe('further public reports', () => {
  test('Huddinge KS 2014, manual payments (EY): flattened onto one line, bullets " - ", the body as subject, a footer', () => {
    const parsed = parseReport(fixture('huddinge-ks-manuella-utbetalningar-2014.txt'));
    expect(parsed.recommendations.map((r) => [r.addressees, r.text])).toEqual([
      [['Kommunstyrelsen'], 'Kommunstyrelsen bör omgående genomföra en genomgång av de rutiner och processer som ligger till grund för utbetalningar i Procapita och Heroma.'],
      [['Kommunstyrelsen'], 'Kommunstyrelsen bör se över möjligheten att reducera antalet anställda med access att påverka utbildningsinformation i Hermona.'],
      [
        ['Kommunstyrelsen'],
        'Kommunstyrelsen bör implementera en logglista över förändringar i fast data i både Procapita och Heroma samt tillse att denna på kontinuerlig basis gås igenom.',
      ],
      // The fourth names no body; the revisorer ask kommunstyrelsen to answer all four.
      [['Kommunstyrelsen'], 'Rutinen för utbetalningar via Procapita bör ses över och relevanta kontroller bör införas.'],
    ]);
    expect(parsed.issues).toEqual([]);
    // The revisionsskrivelse's date, not the date of the answer it is quoted in.
    expect(parsed.metadata).toMatchObject({ date: '2014-04-22', firm: 'EY' });
    expect(parseFollowUpReport(fixture('huddinge-ks-manuella-utbetalningar-2014.txt'))).toBeUndefined();
  });

  test('a prose follow-up (constructed from the phrasing of public follow-ups): verdict per recommendation, sentence kept', () => {
    const report = parseFollowUpReport(fixture('uppfoljning-prosa-exempel.txt'))!;
    expect(report.layout).toBe('prose');
    expect(report.round).toBe('2024');
    expect(report.granskningar.map((g) => [g.title, g.year, g.recommendationCount])).toEqual([
      ['Granskning av upphandling och avtalstrohet', 2021, 2],
      ['Granskning av informationssäkerhet', 2022, 3],
      ['Granskning av löneprocessen', 2022, 2],
    ]);
    expect(report.recommendations.map((r) => [r.granskning, r.nr, r.verdict ?? `förslag ${r.suggested}`, r.text])).toEqual([
      [1, 1, 'Åtgärdad', 'Säkerställa att ingångna avtal följs upp systematiskt.'],
      [1, 2, 'Delvis åtgärdad', 'Ta fram rutiner för direktupphandling och dokumentation av dessa.'],
      [2, 1, 'Ej åtgärdad', 'Upprätta en kontinuitetsplan för verksamhetskritiska system.'],
      [2, 2, 'Åtgärdad', 'Utbilda personalen i informationssäkerhet.'],
      [2, 3, 'förslag Åtgärdad', 'Klassa verksamhetens information.'],
      [3, 1, 'Åtgärdad', 'Införa kontroller av ändringar i lönesystemet.'],
      [3, 2, 'Delvis åtgärdad', 'Dokumentera behörighetstilldelningen.'],
    ]);
    expect(report.recommendations[1].comment).toBe(
      'Vi bedömer att kommunstyrelsen inte helt har vidtagit åtgärder. Rutinerna är framtagna men inte kommunicerade till förvaltningarna.',
    );
    expect(report.unassigned.map((u) => [u.granskning, u.nr])).toEqual([[2, 3]]);
    expect(report.unassigned[0].reason).toMatch(/Bekräfta eller ändra bedömningen/);
  });
});

describe('verdict phrases', () => {
  const { verdictPhrase } = jest.requireActual('../../../src/core/report/followUp/verdictPhrase') as typeof import('../../../src/core/report/followUp/verdictPhrase');
  test.each([
    ['Vi bedömer att nämnden har vidtagit åtgärder med anledning av rekommendationen.', 'Åtgärdad', true],
    ['Vi bedömer att nämnden inte helt har vidtagit åtgärder.', 'Delvis åtgärdad', true],
    ['Vi bedömer att nämnden delvis har beaktat rekommendationen.', 'Delvis åtgärdad', true],
    ['Vi bedömer att nämnden ej har vidtagit åtgärder.', 'Ej åtgärdad', true],
    ['Revisorerna bedömer att inga åtgärder har vidtagits.', 'Ej åtgärdad', true],
    ['Bedömning: Delvis åtgärdad.', 'Delvis åtgärdad', true],
    ['Status: Åtgärdat', 'Åtgärdad', true],
    ['Vi bedömer att arbete pågår och att åtgärder har påbörjats.', 'Delvis åtgärdad', false],
    ['Vi bedömer att nämnden i huvudsak har vidtagit åtgärder.', 'Åtgärdad', false],
    ['Vi bedömer att nämnden har vidtagit åtgärder, men arbetet är inte klart.', 'Delvis åtgärdad', false],
  ])('%s', (sentence, status, sure) => {
    expect(verdictPhrase(sentence)).toEqual({ status, sure });
  });

  test('sentences that judge something else are no verdict', () => {
    expect(verdictPhrase('Vi bedömer att styrningen inte är ändamålsenlig.')).toBeUndefined();
    expect(verdictPhrase('Granskningen omfattar förbättringsåtgärder inom IT.')).toBeUndefined();
  });
});

describe('follow-up layouts: a table per recommendation with a status column, a summary table per granskning', () => {
  test('a status column: the text without the status, the status as verdict', () => {
    const report = parseFollowUpReport(
      [
        'Uppföljning av granskningar 2025',
        '',
        'Granskning av upphandling (2022)',
        '',
        'Rekommendation Bedömning 2025',
        'Säkerställa att avtal följs upp systematiskt Åtgärdad',
        'Ta fram rutiner för direktupphandling Delvis åtgärdad',
        'Införa en avtalsdatabas Ej åtgärdad',
      ].join('\n'),
    )!;
    expect(report.recommendations.map((r) => [r.nr, r.text, r.verdict])).toEqual([
      [1, 'Säkerställa att avtal följs upp systematiskt', 'Åtgärdad'],
      [2, 'Ta fram rutiner för direktupphandling', 'Delvis åtgärdad'],
      [3, 'Införa en avtalsdatabas', 'Ej åtgärdad'],
    ]);
    expect(report.granskningar.map((g) => [g.title, g.year])).toEqual([['Granskning av upphandling', 2022]]);
  });

  test('a summary table per granskning decides the verdicts only where its counts make them certain', () => {
    const report = parseFollowUpReport(
      [
        'Uppföljning av granskningar 2025',
        '',
        'Granskningar Åtgärdad Delvis åtgärdad Ej åtgärdad',
        'Granskning av upphandling (2022) 2 - -',
        'Granskning av bisysslor (2021) 1 1 -',
        '',
        'Granskning av upphandling (2022)',
        '',
        '• Säkerställa att avtal följs upp systematiskt.',
        '• Ta fram rutiner för direktupphandling.',
        '',
        'Granskning av bisysslor (2021)',
        '',
        '• Inventera bisysslor årligen.',
        '• Informera om reglerna.',
      ].join('\n'),
    )!;
    expect(report.recommendations.map((r) => [r.granskning, r.nr, r.verdict])).toEqual([
      [1, 1, 'Åtgärdad'],
      [1, 2, 'Åtgärdad'],
      [2, 1, undefined],
      [2, 2, undefined],
    ]);
    expect(report.unassigned.map((u) => u.reason)).toEqual([expect.stringMatching(/bara antalet per bedömning \(1 åtgärdad, 1 delvis åtgärdad\)/), expect.any(String)]);
  });
});

test('one verdict after several recommendations is a suggestion for each, not a guess', () => {
  const report = parseFollowUpReport(
    [
      'Uppföljning av granskningar 2025',
      '',
      'Granskning av bisysslor (2021)',
      '',
      '• Inventera bisysslor årligen.',
      '• Informera om reglerna.',
      '',
      'Vi bedömer att nämnden har vidtagit åtgärder.',
      '',
      'Granskning av attest (2022)',
      '',
      'Rekommendation 1: Revidera attestordningen.',
      'Bedömning: Åtgärdad.',
    ].join('\n'),
  )!;
  expect(report.recommendations.map((r) => [r.granskning, r.nr, r.verdict, r.suggested])).toEqual([
    [1, 1, undefined, 'Åtgärdad'],
    [1, 2, undefined, 'Åtgärdad'],
    [2, 1, 'Åtgärdad', undefined],
  ]);
});
