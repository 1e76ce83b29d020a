/*
 * The patterns of real audit prose issue 21 found the importer failing on, each in a small text written in
 * the same form (the real texts themselves are measured in test/usecases/importReport.realTexts.test.ts).
 */
import { applyFollowUpImport, defaultScale, planFollowUpImport, registerFromRecords } from '../../../src/core';
import { parseFollowUpReport, parseReport } from '../../../src/core/report';

const recs = (text: string) => parseReport(text).recommendations.map((r) => [r.addressees, r.text]);

describe('recommendation lists as reports end them', () => {
  test('a numbered chapter title after the last bullet ends the list', () => {
    expect(recs('Vi rekommenderar kommunstyrelsen att:\n- Ta fram en plan.\n- Följa upp planen.\n2. Inledning\nGranskningen avser …')).toEqual([
      [['Kommunstyrelsen'], 'Ta fram en plan.'],
      [['Kommunstyrelsen'], 'Följa upp planen.'],
    ]);
  });

  test('a body inside an item\'s clause ("som respektive bolag bör") is not its subject; the lead-in\'s addressee stays', () => {
    expect(recs('Vi rekommenderar kommunstyrelsen:\n- Förtydliga vilka styrdokument som respektive bolag bör prioritera.\n- Nämnderna bör ta fram en plan.')).toEqual([
      [['Kommunstyrelsen'], 'Förtydliga vilka styrdokument som respektive bolag bör prioritera.'],
      [['Nämnderna'], 'Nämnderna bör ta fram en plan.'],
    ]);
  });

  test('items glued to hyphens on one line, after a lead-in that announces improvements; the page number left out', () => {
    const text =
      'Granskning av attesten Styrelsen för Fastighetsservice\n\nVi konstaterar att mycket är gjort men vill lyfta fram ett par områden där förbättringar kan ske: -Attestlistan uppdateras inte. Den ska ses över årligen. -Rutinen för leverantörsbyte saknas och bör tas fram. 4';
    expect(recs(text)).toEqual([
      [['Styrelsen för Fastighetsservice'], 'Attestlistan uppdateras inte. Den ska ses över årligen.'],
      [['Styrelsen för Fastighetsservice'], 'Rutinen för leverantörsbyte saknas och bör tas fram.'],
    ]);
    expect(parseReport(text).issues.map((i) => i.code)).toEqual(['reportAddresseeFromReport', 'reportAddresseeFromReport']);
  });
});

describe('recommendations in prose', () => {
  test('"X bör …" and "Revisorerna rekommenderar att X …" are found; observations, remarks and quotes are not', () => {
    const text = [
      'Revisorerna har granskat hur socialnämnden hanterar bisysslor. Rutinen bör löpande ses över enligt förvaltningen.',
      '',
      'Socialnämnden bör inventera bisysslorna årligen. Förvaltningen svarar att arbetet har påbörjats. Socialnämnden svarar att den bör avvakta.',
      '',
      'Revisorerna rekommenderar också att socialnämnden och kommunstyrelsen informerar om reglerna.',
      '',
      'Det bör dock uppmärksammas att antalet bisysslor är litet. Det bör även tas fram en mall för anmälan.',
      '',
      '– Vi bör bli bättre på detta, säger förvaltningschefen.',
    ].join('\n');
    expect(recs(text)).toEqual([
      [['Socialnämnden'], 'Socialnämnden bör inventera bisysslorna årligen.'],
      [['Socialnämnden', 'Kommunstyrelsen'], 'Socialnämnden och kommunstyrelsen informerar om reglerna.'],
      // Impersonal: no body in the sentence, so the one the auditors say they examined, flagged for checking.
      [['Socialnämnden'], 'Det bör även tas fram en mall för anmälan.'],
    ]);
    expect(parseReport(text).issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Rekommendation 3 \(rad 7\) har ingen mottagare i texten; förslaget är Socialnämnden \(den som granskats\)/),
    ]);
  });

  test('the body after "rekommenderar … " is the addressee; a quote with a speaker is left out even mid-paragraph', () => {
    expect(recs('Vi rekommenderar därför barn- och utbildningsnämnden att se över rutinerna för attest. - Nämnden bör göra mer, säger ordföranden Eva Ek.')).toEqual([
      [['Barn- och utbildningsnämnden'], 'Se över rutinerna för attest.'],
    ]);
  });

  test('a report with a list is read for its list only: its summary restating it in prose adds nothing', () => {
    expect(recs('Vi rekommenderar att kommunstyrelsen bland annat säkerställer en plan.\n\nVi rekommenderar kommunstyrelsen att:\n- Säkerställa en plan.')).toEqual([
      [['Kommunstyrelsen'], 'Säkerställa en plan.'],
    ]);
  });

  test('imperatives under a heading "Rekommendationer", flattened or on lines; a sentence the text breaks off is left out', () => {
    expect(recs('Rekommendationer\nInventera avtalen. Informera om ramavtalen.\nSe över hur')).toEqual([
      [[], 'Inventera avtalen.'],
      [[], 'Informera om ramavtalen.'],
    ]);
    const issues = parseReport('Rekommendationer\nInventera avtalen.').issues;
    expect(issues.map((i) => i.code)).toEqual(['reportNoAddressee']);
    expect(
      recs('Rapport Granskning av inköp Kommunstyrelsen Tekniska nämnden\nText. Rekommendationer Genomför kontroller av avtalstrohet. Informera om ramavtalen. Bakgrund följer.'),
    ).toEqual([
      [['Kommunstyrelsen', 'Tekniska nämnden'], 'Genomför kontroller av avtalstrohet.'],
      [['Kommunstyrelsen', 'Tekniska nämnden'], 'Informera om ramavtalen.'],
    ]);
  });
});

describe('follow-up verdicts for a whole granskning', () => {
  const text = [
    'Uppföljning av tidigare granskningar 2024',
    '',
    'Vi bedömer att kommunstyrelsen och plan- och byggnadsnämnden inte helt har vidtagit åtgärder utifrån genomförd granskning av klimatanpassning.',
    '',
    'Vi bedömer att socialnämnden har vidtagit åtgärder utifrån genomförd granskning av hemtjänsten.',
  ].join('\n');

  test("each carries its granskning's name and the nämnder it names", () => {
    const report = parseFollowUpReport(text)!;
    expect(report.recommendations).toEqual([]);
    expect(report.granskningar.map((g) => [g.title, g.verdict?.status, g.verdict?.addressees])).toEqual([
      ['Granskning av klimatanpassning', 'Delvis åtgärdad', ['Kommunstyrelsen', 'Plan- och byggnadsnämnden']],
      ['Granskning av hemtjänsten', 'Åtgärdad', ['Socialnämnden']],
    ]);
  });

  test('a share of the criticism and a verbless headline are verdicts too', () => {
    const share = parseFollowUpReport(
      'Uppföljningen har genomförts för att bedöma om socialnämnden gjort tillräckligt efter 2019 års granskning av bemanningen. Bedömningen är att en stor del av kritiken har åtgärdats.',
    )!;
    expect(share.granskningar.map((g) => [g.title, g.year, g.verdict?.status, g.verdict?.addressees])).toEqual([
      ['Granskning av bemanningen', 2019, 'Delvis åtgärdad', ['Socialnämnden']],
    ]);
    const headline = parseFollowUpReport(
      'Otillräckliga åtgärder mot bristerna i attesten. Det är revisionens bedömning efter uppföljningen av tidigare granskningar av kultur- och fritidsnämndens attest.',
    )!;
    expect(headline.granskningar.map((g) => g.verdict?.status)).toEqual(['Delvis åtgärdad']);
  });

  test("on insertion it applies, once confirmed, to each of the granskning's recommendations to those nämnder", () => {
    const report = parseFollowUpReport(text)!;
    const register = registerFromRecords(defaultScale, {
      Granskningar: [
        { id: 'G1', titel: 'Granskning av klimatanpassning', ar: 2022 },
        { id: 'G2', titel: 'Granskning av hemtjänsten', ar: 2022 },
      ],
      Rekommendationer: [
        { id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: 'Ta fram en klimatanpassningsplan.', mottagare: 'Kommunstyrelsen' },
        { id: 'G1-2', granskningId: 'G1', nr: 2, rekommendation: 'Beakta skyfall i detaljplaner.', mottagare: 'Plan- och byggnadsnämnden' },
        { id: 'G1-3', granskningId: 'G1', nr: 3, rekommendation: 'Inventera skolgårdarnas grönska.', mottagare: 'Barn- och utbildningsnämnden' },
        { id: 'G2-1', granskningId: 'G2', nr: 1, rekommendation: 'Följ upp insatserna.', mottagare: 'Socialnämnden' },
      ],
    });
    const plan = planFollowUpImport(register, report, { round: '2024' });
    expect(plan.insert).toEqual([]);
    expect(plan.toConfirm.map((c) => [c.granskning, c.nr, c.suggested, c.whole?.recipients])).toEqual([
      [1, 1, 'Delvis åtgärdad', 'Kommunstyrelsen'],
      [1, 2, 'Delvis åtgärdad', 'Plan- och byggnadsnämnden'],
      [2, 1, 'Åtgärdad', 'Socialnämnden'],
    ]);
    const confirmed = planFollowUpImport(register, report, { round: '2024', confirmed: { '1-1': 'Delvis åtgärdad', '1-2': 'Delvis åtgärdad', '2-1': 'Åtgärdad' } });
    expect(confirmed.toConfirm).toEqual([]);
    expect(confirmed.insert.map((r) => [r.rekommendationId, r.omgang, r.bedomning])).toEqual([
      ['G1-1', '2024', 'Delvis åtgärdad'],
      ['G1-2', '2024', 'Delvis åtgärdad'],
      ['G2-1', '2024', 'Åtgärdad'],
    ]);
    expect(applyFollowUpImport(register, confirmed).tables.Uppföljningar?.rows).toHaveLength(3);
  });
});
