import { defaultScale, serialFromYmd } from '../../src/core';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import {
  applyImport,
  canApplyImport,
  fanOutDefaults,
  granskningTitles,
  importEdits,
  importIntoRegister,
  planImport,
  proposedRound,
  readReportText,
} from '../../src/usecases/importReport';
import { PORTS, readBack, rowsOf } from './_lib/ports';
import { EXAMPLE_FOLLOW_UP as FOLLOW_UP } from '../_lib/exampleFollowUp';

const RECOMMENDATIONS = [
  'Granskning av kommunens arbete med informationssäkerhet',
  '',
  'Utifrån granskningens resultat rekommenderar vi kommunstyrelsen att:',
  '- Ta fram en plan för informationssäkerhetsarbetet.',
  '- Säkerställa att behörigheter följs upp årligen.',
].join('\n');

const REC_KEYS = ['id', 'granskningId', 'nr', 'rekommendation', 'mottagare'];
const FOLLOW_KEYS = ['rekommendationId', 'omgang', 'bedomning', 'kommentar'];

function recommendationsRequest(text: string) {
  const reading = readReportText(text);
  if (reading.kind !== 'recommendations') throw new Error(`read as ${reading.kind}`);
  return {
    kind: 'recommendations' as const,
    recommendations: reading.parsed.recommendations,
    granskning: { title: reading.parsed.metadata.title ?? 'Granskning av informationssäkerhet', year: 2026 },
  };
}

describe('readReportText and proposedRound', () => {
  test('a granskning is read for its recommendations, a follow-up for its verdicts with its round', () => {
    expect(readReportText(RECOMMENDATIONS).kind).toBe('recommendations');
    const followUp = readReportText(FOLLOW_UP);
    expect(followUp.kind).toBe('followUp');
    if (followUp.kind === 'followUp') {
      expect(proposedRound(followUp)).toBe('2026');
      expect([...granskningTitles(followUp.report).values()]).toEqual([
        'Granskning av kommunens styrning av it och digitalisering (2023)',
        'Granskning av parkeringsverksamheten (2021)',
      ]);
    }
  });
});

describe('fanOutDefaults', () => {
  test('each group once with the nämnd list, "övriga" without the bodies the report names itself', () => {
    const register = exampleRegister(defaultScale);
    const defaults = fanOutDefaults(register, [{ addressees: ['Kommunstyrelsen', 'Övriga nämnder'] }, { addressees: ['Samtliga nämnder', 'Övriga nämnder'] }]);
    expect([...defaults.keys()]).toEqual(['Övriga nämnder', 'Samtliga nämnder']);
    expect(defaults.get('Samtliga nämnder')).toEqual(register.lists.namnder);
    expect(defaults.get('Övriga nämnder')).toEqual(register.lists.namnder.filter((n) => n !== 'Kommunstyrelsen'));
  });
});

describe.each(PORTS)('importing a report through $name', (ports) => {
  test('recommendations: the plan, then the same rows through the port as in the register the CLI writes', async () => {
    const register = exampleRegister(defaultScale);
    const port = await ports.with(register);
    const plan = planImport(register, recommendationsRequest(RECOMMENDATIONS));
    expect(plan.plan.granskning).toMatchObject({ id: 'G3', isNew: true });
    expect(plan.plan.insert.map((r) => r.rekommendation)).toEqual(['Ta fram en plan för informationssäkerhetsarbetet.', 'Säkerställa att behörigheter följs upp årligen.']);
    expect(canApplyImport(plan)).toBe(true);

    const done = await applyImport(port, register, plan);
    expect(done).toBe('Klart: 2 nya rader i Rekommendationer för G3, 0 texter ändrade, 0 fanns redan. Registret har nu 8 rekommendationsrader.');
    const back = await readBack(port);
    const expected = importIntoRegister(register, plan);
    expect(rowsOf(back, 'Rekommendationer', REC_KEYS)).toEqual(rowsOf(expected, 'Rekommendationer', REC_KEYS));
    expect(rowsOf(back, 'Granskningar', ['id', 'titel', 'ar'])).toEqual(rowsOf(expected, 'Granskningar', ['id', 'titel', 'ar']));

    // The same report again: nothing to add, and the button says so.
    const again = planImport(back, recommendationsRequest(RECOMMENDATIONS));
    expect(again.plan).toMatchObject({ insert: [], unchanged: 2, granskning: { id: 'G3', isNew: false } });
    expect(canApplyImport(again)).toBe(false);
  });

  test('recommendations: a changed wording is changed only when the user accepts it', async () => {
    const register = exampleRegister(defaultScale);
    const port = await ports.with(register);
    await applyImport(port, register, planImport(register, recommendationsRequest(RECOMMENDATIONS)));
    const back = await readBack(port);
    const reworded = planImport(back, recommendationsRequest(RECOMMENDATIONS.replace('följs upp årligen', 'följs upp varje kvartal')));
    expect(reworded.plan.update.map((u) => u.after)).toEqual(['Säkerställa att behörigheter följs upp varje kvartal.']);
    expect(importEdits(reworded).update).toEqual([]);
    expect(canApplyImport(reworded)).toBe(false);
    expect(canApplyImport(reworded, { acceptUpdates: true })).toBe(true);

    await applyImport(port, back, reworded, { acceptUpdates: true });
    const texts = rowsOf(await readBack(port), 'Rekommendationer', ['rekommendation']).flat();
    expect(texts).toContain('Säkerställa att behörigheter följs upp varje kvartal.');
    expect(texts).not.toContain('Säkerställa att behörigheter följs upp årligen.');
    expect(texts).toEqual(rowsOf(importIntoRegister(back, reworded, { acceptUpdates: true }), 'Rekommendationer', ['rekommendation']).flat());
  });

  test('recommendations: an existing granskning’s blank Svar senast is filled from the report’s answer date, through the port as in the CLI’s register', async () => {
    const register = exampleRegister(defaultScale);
    const port = await ports.with(register);
    await applyImport(port, register, planImport(register, recommendationsRequest(RECOMMENDATIONS)));
    const back = await readBack(port);
    const request = { ...recommendationsRequest(RECOMMENDATIONS), granskning: { ...recommendationsRequest(RECOMMENDATIONS).granskning, answerBy: '2027-03-01' } };
    const plan = planImport(back, request);
    expect(plan.plan).toMatchObject({ insert: [], granskning: { id: 'G3', isNew: false, fill: { svarSenast: serialFromYmd(2027, 3, 1) } } });
    expect(canApplyImport(plan)).toBe(true);
    await applyImport(port, back, plan);
    const after = await readBack(port);
    const dates = (r: typeof after) =>
      rowsOf(r, 'Granskningar', ['id', 'svarSenast']).map(([id, d]) => [id, d instanceof Date ? serialFromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) : d]);
    expect(dates(after)).toEqual(dates(importIntoRegister(back, plan)));
    expect(dates(after).find(([id]) => id === 'G3')).toEqual(['G3', serialFromYmd(2027, 3, 1)]);
    // Typed by the user since: never overwritten.
    expect(planImport(after, { ...request, granskning: { ...request.granskning, answerBy: '2027-04-01' } }).plan.granskning.fill).toBeUndefined();
  });

  test('a follow-up report: a round with the sure verdicts, the unsure one to confirm, the unknown granskning listed', async () => {
    const register = exampleRegister(defaultScale);
    const port = await ports.with(register);
    const reading = readReportText(FOLLOW_UP);
    if (reading.kind !== 'followUp') throw new Error('not a follow-up');
    const plan = planImport(register, { kind: 'followUp', report: reading.report, round: proposedRound(reading) });
    expect(plan.plan.insert.map((r) => [r.rekommendationId, r.bedomning])).toEqual([
      ['G1-1', 'Åtgärdad'],
      ['G1-2', 'Delvis åtgärdad'],
    ]);
    expect(plan.plan.toConfirm.map((c) => [c.nr, c.suggested])).toEqual([[3, 'Delvis åtgärdad']]);
    expect(plan.plan.unmatchedGranskningar.map((g) => plan.titles.get(g.nr))).toEqual(['Granskning av parkeringsverksamheten (2021)']);

    expect(await applyImport(port, register, plan)).toBe('Klart: omgång 2026, 2 nya rader i Uppföljning och 0 tomma rader ifyllda.');
    const back = await readBack(port);
    expect(rowsOf(back, 'Uppföljningar', FOLLOW_KEYS)).toEqual(rowsOf(importIntoRegister(register, plan), 'Uppföljningar', FOLLOW_KEYS));

    // Confirming the unsure verdict afterwards adds just that row; the rest is already in the round.
    const confirmed = planImport(back, { kind: 'followUp', report: reading.report, round: '2026', confirmed: { '1-3': 'Delvis åtgärdad' } });
    expect(confirmed.plan.insert.map((r) => r.rekommendationId)).toEqual(['G1-3']);
    expect(confirmed.plan.unchanged).toBe(2);
  });
});
