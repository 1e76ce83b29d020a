import { controlResults } from '../../../src/core';
import { EMPTY_FORM, checkForm, formFromRow, planRecordResult } from '../../../src/usecases/recordResult';
import { exampleWithResults, RESULTS } from '../../taskpane/_lib/resultsWorkbook';

const register = exampleWithResults(RESULTS);

describe('checkForm', () => {
  it('reads dates and counts and names what cannot be written, in Swedish', () => {
    const ok = checkForm({ ...EMPTY_FORM, genomford: 'Ja', datum: '2026-05-31', urval: '10', antalAvvikelser: '0' });
    expect(ok.problems).toEqual({});
    expect(ok.values.datum).toEqual(new Date('2026-05-31T00:00:00Z'));
    expect(ok.values.urval).toBe(10);
    expect(ok.values.utfordAv).toBeNull();
    const bad = checkForm({ ...EMPTY_FORM, datum: 'igår', urval: '2,5', klartSenast: '2026-13-01' });
    expect(bad.problems).toEqual({
      genomford: 'Välj om kontrollen är genomförd.',
      datum: '”igår” är inget datum. Skriv till exempel 2026-05-31.',
      urval: '”2,5” är inget heltal. Skriv ett antal, till exempel 25.',
      klartSenast: '”2026-13-01” är inget datum. Skriv till exempel 2026-05-31.',
    });
  });

  it('applies check’s rules: deviations above the urval, Nej without Resultat, Väsentlig without Åtgärd', () => {
    const { problems } = checkForm({ ...EMPTY_FORM, genomford: 'Nej', urval: '3', antalAvvikelser: '4', avvikelse: 'Väsentlig' });
    expect(problems.antalAvvikelser).toBe('4 avvikelser är fler än urvalet (3).');
    expect(problems.resultat).toBe('Skriv i Resultat varför kontrollen inte genomfördes.');
    expect(problems.atgard).toBe('En väsentlig avvikelse behöver en åtgärd.');
  });
});

describe('planRecordResult', () => {
  it('appends a new row for a control and period without one', () => {
    const plan = planRecordResult(register, { kontrollId: ' K3 ', period: 't2  2026', form: { ...EMPTY_FORM, genomford: 'Delvis', urval: '12' } });
    expect(plan.problems).toEqual({});
    expect(plan.existing).toBeUndefined();
    expect(plan.edits.update).toEqual([]);
    expect(plan.edits.append).toEqual([
      { table: 'Kontrollutfall', rows: [expect.objectContaining({ kontrollId: 'K3', period: 't2 2026', genomford: 'Delvis', urval: 12, datum: null })] },
    ]);
    expect(plan.confirm).toBe('En ny rad för K3, t2 2026 läggs till sist på fliken Kontrollutfall.');
  });

  it('edits only the changed cells of the row the control already has for the period (any case of the period)', () => {
    const row = controlResults(register).find((r) => r.kontrollId === 'K1')!.row;
    const base = formFromRow(row);
    expect(base).toMatchObject({ genomford: 'Ja', datum: '2026-04-20', urval: '20', avvikelse: 'Mindre' });
    const plan = planRecordResult(register, { kontrollId: 'k1', period: 'T1 2026', form: { ...base, atgardad: 'Ja', resultat: 'Två saknade kontoutdrag' }, base });
    expect(plan.existing).toBe(row);
    expect(plan.edits.append).toEqual([]);
    expect(plan.edits.update).toEqual([
      { sheet: 'Kontrollutfall', row: row.row, column: row.columns.resultat, value: 'Två saknade kontoutdrag' },
      { sheet: 'Kontrollutfall', row: row.row, column: row.columns.atgardad, value: 'Ja' },
    ]);
    expect(plan.confirm).toBe(`K1 har redan en rad för T1 2026 (Kontrollutfall, rad ${row.row + 1}). Den raden ändras i 2 celler; ingen ny rad läggs till.`);
  });

  it('a row that appeared while typing keeps the cells the user did not touch', () => {
    const plan = planRecordResult(register, { kontrollId: 'K1', period: 'T1 2026', form: { ...EMPTY_FORM, genomford: 'Ja', atgardad: 'Ja' }, base: EMPTY_FORM });
    expect(plan.edits.update.map((u) => u.value)).toEqual(['Ja']);
  });

  it('refuses a period that is not one and a workbook without Kontrollutfall', () => {
    expect(planRecordResult(register, { kontrollId: 'K1', period: 'T2', form: { ...EMPTY_FORM, genomford: 'Ja' } }).problems.period).toBe(
      '”T2” är ingen period. Skriv till exempel T2 2026.',
    );
    const { Kontrollutfall: _gone, ...tables } = register.tables;
    expect(planRecordResult({ ...register, tables }, { kontrollId: 'K1', period: 'T2 2026', form: { ...EMPTY_FORM, genomford: 'Ja' } }).problems.table).toMatch(
      /ingen flik Kontrollutfall/,
    );
  });
});
