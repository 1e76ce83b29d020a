import { defaultScale } from '../../src/core';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import { applyFollowUpRound, followUpRoundRegister, planFollowUpRound } from '../../src/usecases/followUpRound';
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
    expect(await applyFollowUpRound(port, plan)).toBe('Klart: 4 rader för omgång 2026 i Uppföljning. Fyll i revisionens bedömning per rad; tidigare omgångar är oförändrade.');
    const back = await readBack(port);
    expect(rowsOf(back, 'Uppföljningar', KEYS)).toEqual(rowsOf(followUpRoundRegister(register, plan), 'Uppföljningar', KEYS));
    expect(planFollowUpRound(back, '2026').rows).toEqual([]);
  });
});
