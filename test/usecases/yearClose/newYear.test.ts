import { defaultScale, idKey, registerFromRecords, type RegisterData } from '../../../src/core';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { newYearRegister, parsePlanYear, planNewYear, type ControlYearOutcome } from '../../../src/usecases/yearClose';

const outcome = (carriedOut: boolean, openDeviation = false, significant = false): ControlYearOutcome => ({ carriedOut, openDeviation, significant });

describe('parsePlanYear', () => {
  test.each([
    ['2027', 2027],
    [' 2030 ', 2030],
  ])('%s is a plan year', (typed, year) => expect(parsePlanYear(typed)).toBe(year));
  test.each(['27', '2027-01-01', 'nästa år', '1800', ''])('%s is not', (typed) => expect(parsePlanYear(typed)).toBeUndefined());
});

describe('nytt år from the example', () => {
  const register = exampleRegister(defaultScale);
  // K1 done, K2 not carried out, K3 done with an open deviation, K4 both, K5 and K6 done; K7 is not in the plan.
  const outcomes = new Map(
    [
      ['K1', outcome(true)],
      ['K3', outcome(true, true, true)],
      ['K4', outcome(false, true)],
      ['K5', outcome(true)],
      ['K6', outcome(true, false)],
      ['K7', outcome(false)],
    ].map(([id, o]) => [idKey(id as string), o as ControlYearOutcome]),
  );
  const plan = planNewYear(register, 2027, outcomes, 9);
  const next = newYearRegister(register, plan);

  test('the plan says what it will do, naming each control to decide on', () => {
    expect(plan.from).toBe(2026);
    expect(plan.flagged.map((f) => [f.id, f.notCarriedOut, f.openDeviation])).toEqual([
      ['K2', true, false],
      ['K3', false, true],
      ['K4', true, true],
    ]);
    expect(plan.lines[0]).toBe('Internkontrollplan 2027 görs av planen för 2026:');
    expect(plan.lines).toContain('  K2: Från uppföljningen 2026: ej genomförd');
    expect(plan.lines).toContain('  K3: Från uppföljningen 2026: avvikelse med åtgärd som inte är klar');
    expect(plan.lines.join('\n')).toContain('6 kontroller följer med; 3 markeras ”Från uppföljningen 2026”');
    expect(plan.lines.join('\n')).toContain('Fastställd (2025-12-11) och Beslutsnummer (KS 2025/118) töms');
    expect(plan.problem).toBeUndefined();
  });

  test('every row of every table is carried with its values; only the plan settings are cleared', () => {
    for (const [name, table] of Object.entries(register.tables)) {
      expect(next.tables[name]!.rows.map((r) => r.values)).toEqual(table!.rows.map((r) => r.values));
    }
    expect(next.plan).toEqual({ faststalld: null, beslutsnummer: null });
    expect(next.scale).toBe(register.scale);
    expect(next.lists).toBe(register.lists);
  });

  test('risks are marked for re-assessment, flagged controls "Från uppföljningen 2026", the rest blank', () => {
    expect(next.tables.Risker!.extraHeaders).toEqual(['Inför 2027']);
    expect(new Set(next.tables.Risker!.rows.map((r) => r.extra['Inför 2027']))).toEqual(new Set(['Förslag från 2026: bedöm sannolikhet och konsekvens på nytt']));
    expect(next.tables.Kontroller!.rows.map((r) => r.extra['Inför 2027'])).toEqual([
      null,
      'Från uppföljningen 2026: ej genomförd',
      'Från uppföljningen 2026: avvikelse med åtgärd som inte är klar',
      'Från uppföljningen 2026: ej genomförd, avvikelse med åtgärd som inte är klar',
      null,
      null,
    ]);
  });

  test('the input register is not changed', () => {
    expect(register.plan?.beslutsnummer).toBe('KS 2025/118');
    expect(register.tables.Risker!.extraHeaders).toEqual([]);
    expect(register.tables.Kontroller!.rows[1].extra).toEqual({});
  });

  test('a second new year adds its own column and keeps the first', () => {
    const after = newYearRegister(next, planNewYear(next, 2028, outcomes, 0));
    expect(after.tables.Risker!.extraHeaders).toEqual(['Inför 2027', 'Inför 2028']);
    expect(after.tables.Risker!.rows[0].extra['Inför 2027']).toBe('Förslag från 2026: bedöm sannolikhet och konsekvens på nytt');
  });

  test('no results for the year: said, and every control is flagged', () => {
    const empty = planNewYear(register, 2027, new Map(), 0);
    expect(empty.flagged).toHaveLength(6);
    expect(empty.lines).toContain('Kontrollutfall har inga resultat för 2026: varje kontroll räknas som ej genomförd 2026.');
  });
});

test('a workbook without risks or controls is refused', () => {
  const register: RegisterData = registerFromRecords(defaultScale, { Granskningar: [{ id: 'G1', titel: 'X' }] });
  expect(planNewYear(register, 2027, new Map(), 0).problem).toBe('Arbetsboken har varken risker eller kontroller att föra över till ett nytt år.');
});
