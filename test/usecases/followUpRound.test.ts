import { defaultScale } from '../../src/core';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import { applyFollowUpRound, applyVerdicts, followUpRoundRegister, planFollowUpRound, roundVerdicts, verdictEdits } from '../../src/usecases/followUpRound';
import { PORTS, readBack, rowsOf } from './_lib/ports';

const KEYS = ['rekommendationId', 'omgang', 'bedomning', 'kommentar'];

describe('planFollowUpRound', () => {
  const register = exampleRegister(defaultScale);

  test('a round gets a row per recommendation not yet judged Åtgärdad', () => {
    const plan = planFollowUpRound(register, ' 2026 ');
    expect(plan.round).toBe('2026');
    expect(plan.rows.map((r) => r.rekommendationId)).toEqual(['G1-1', 'G1-2', 'G1-3', 'G2-3']);
    expect(plan.state).toBe('4 rekommendationer får en rad att fylla i.');
    expect(plan.problem).toBeUndefined();
  });

  test('a name without a year is refused with the core message, and plans nothing', () => {
    const plan = planFollowUpRound(register, 'hösten');
    expect(plan).toMatchObject({ round: '', rows: [], state: '' });
    expect(plan.problem).toMatch(/^Omgången ”hösten” har inget årtal/);
  });

  test('a round every open recommendation already has says how far it has come', () => {
    const started = followUpRoundRegister(register, planFollowUpRound(register, '2026'));
    const again = planFollowUpRound(started, '2026');
    expect(again.rows).toEqual([]);
    expect(again.existing).toMatchObject({ round: '2026', assessed: 0, total: 4 });
    expect(again.state).toMatch(/^Omgång 2026: 0 av 4 bedömda.*\. Alla rekommendationer som inte är åtgärdade har redan en rad i omgången\.$/);
  });
});

describe.each(PORTS)('a new follow-up round through $name', (ports) => {
  test('appends the planned rows, the same as the register the CLI writes, and a second start adds nothing', async () => {
    const register = exampleRegister(defaultScale);
    const port = await ports.with(register);
    const plan = planFollowUpRound(register, '2026');
    expect(await applyFollowUpRound(port, plan)).toBe(
      'Klart: 4 rader för omgång 2026 i Uppföljning. Fyll i revisionens bedömning per rad, här under eller i arbetsboken; tidigare omgångar är oförändrade.',
    );
    const back = await readBack(port);
    expect(rowsOf(back, 'Uppföljningar', KEYS)).toEqual(rowsOf(followUpRoundRegister(register, plan), 'Uppföljningar', KEYS));
    expect(planFollowUpRound(back, '2026').rows).toEqual([]);
  });
});

describe('roundVerdicts', () => {
  const register = exampleRegister(defaultScale);

  test('lists the latest round by default, each row with its recommendation, verdict and comment', () => {
    const round = roundVerdicts(register)!;
    expect(round.round).toBe('2025');
    const latest = register.tables.Uppföljningar!.rows.filter((r) => r.values.omgang === '2025');
    expect(round.rows.map((r) => r.id)).toEqual(latest.map((r) => r.values.rekommendationId));
    const g11 = round.rows.find((r) => r.id === 'G1-1')!;
    expect(g11).toMatchObject({ verdict: 'Delvis åtgärdad', comment: 'Policyn är antagen; riktlinjerna återstår.' });
    expect(g11.text).toBe(register.tables.Rekommendationer!.rows.find((r) => r.values.id === 'G1-1')!.values.rekommendation);
  });

  test('a named round, and none when the register has no round', () => {
    expect(roundVerdicts(register, '2024')!.rows.map((r) => r.verdict)).toEqual(['Åtgärdad', 'Åtgärdad', 'Delvis åtgärdad']);
    const empty = { ...register, tables: { ...register.tables, Uppföljningar: { ...register.tables.Uppföljningar!, rows: [] } } };
    expect(roundVerdicts(empty)).toBeUndefined();
  });

  test('changes only the cells whose answer differs, blank for a cleared verdict or comment', () => {
    const round = roundVerdicts(register)!;
    const answers = round.rows.map((r) => ({ verdict: r.verdict, comment: r.comment }));
    expect(verdictEdits(round.rows, answers)).toEqual({ append: [], update: [] });
    const i = round.rows.findIndex((r) => r.id === 'G1-1');
    answers[i] = { verdict: '', comment: '  ny kommentar ' };
    const r = round.rows[i];
    expect(verdictEdits(round.rows, answers).update).toEqual([
      { sheet: 'Uppföljning', row: r.row, column: r.columns.bedomning, value: null },
      { sheet: 'Uppföljning', row: r.row, column: r.columns.kommentar, value: 'ny kommentar' },
    ]);
  });
});

describe.each(PORTS)("recording a round's verdicts through $name", (ports) => {
  test('the verdicts and comments typed in the form are what the port reads back, and nothing else changes', async () => {
    const register = exampleRegister(defaultScale);
    const port = await ports.with(register);
    const plan = planFollowUpRound(register, '2026');
    await applyFollowUpRound(port, plan);
    const started = await readBack(port);
    const round = roundVerdicts(started)!;
    expect(round.round).toBe('2026');
    expect(round.rows.map((r) => r.verdict)).toEqual(['', '', '', '']);
    const answers = round.rows.map((r) => ({ verdict: r.verdict, comment: r.comment }));
    answers[0] = { verdict: 'Åtgärdad', comment: 'Riktlinjerna är antagna.' };
    answers[2] = { verdict: 'Ej åtgärdad', comment: '' };
    expect(await applyVerdicts(port, round.round, round.rows, answers)).toBe('Sparat: 2 rader i omgång 2026 i Uppföljning.');
    const back = await readBack(port);
    const after = roundVerdicts(back)!;
    expect(after.rows.map((r) => [r.id, r.verdict, r.comment])).toEqual([
      ['G1-1', 'Åtgärdad', 'Riktlinjerna är antagna.'],
      ['G1-2', '', ''],
      ['G1-3', 'Ej åtgärdad', ''],
      ['G2-3', '', ''],
    ]);
    // Every other row of the register is as it was.
    const others = (r: typeof back) => rowsOf(r, 'Uppföljningar', KEYS).filter((row) => row[1] !== '2026');
    expect(others(back)).toEqual(others(started));
    expect(rowsOf(back, 'Rekommendationer', ['id', 'rekommendation'])).toEqual(rowsOf(started, 'Rekommendationer', ['id', 'rekommendation']));
    expect(
      await applyVerdicts(
        port,
        after.round,
        after.rows,
        after.rows.map((r) => ({ verdict: r.verdict, comment: r.comment })),
      ),
    ).toBe('Inget att spara: omgång 2026 är oförändrad.');
  });
});
