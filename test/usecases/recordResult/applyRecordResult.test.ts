import { controlOverview, controlResults } from '../../../src/core';
import { applyRecordResult, EMPTY_FORM, formFromRow, planRecordResult } from '../../../src/usecases/recordResult';
import { exampleWithResults, RESULTS } from '../../taskpane/_lib/resultsWorkbook';
import { PORTS, readBack } from '../_lib/ports';

jest.setTimeout(120_000);

// The pane's Utfall in Excel (Office adapter) and in file mode (XlsxWorkbook): the same rows either way.
describe.each(PORTS)('recording a result through $name', (ports) => {
  it('appends a new row, then edits that row in place when the same control and period is saved again', async () => {
    const port = await ports.with(exampleWithResults(RESULTS));
    const start = await readBack(port);
    const count = controlResults(start).length;
    const added = planRecordResult(start, {
      kontrollId: 'K3',
      period: 'T2 2026',
      form: { ...EMPTY_FORM, genomford: 'Ja', datum: '2026-08-20', urval: '30', antalAvvikelser: '0', avvikelse: 'Ingen' },
    });
    expect(await applyRecordResult(port, added)).toBe('Klart: utfallet för K3, T2 2026 finns nu sist på fliken Kontrollutfall.');
    const afterAdd = await readBack(port);
    const results = controlResults(afterAdd);
    expect(results).toHaveLength(count + 1);
    const k3 = results.find((r) => r.kontrollId === 'K3')!;
    expect(k3).toMatchObject({ period: { name: 'T2 2026' }, genomford: 'Ja', urval: 30, antalAvvikelser: 0, avvikelse: 'Ingen' });
    expect(formFromRow(k3.row).datum).toBe('2026-08-20');
    // What Översikt and `uppsikt utfall` count now includes it.
    expect(controlOverview(afterAdd, { period: 'T2 2026' }).value!.controls.find((c) => c.id === 'K3')!.results).toHaveLength(1);

    const base = formFromRow(k3.row);
    const edited = planRecordResult(afterAdd, { kontrollId: 'K3', period: 'T2 2026', form: { ...base, utfordAv: 'Per', urval: '' }, base });
    expect(edited.edits.append).toEqual([]);
    expect(await applyRecordResult(port, edited)).toBe('Klart: raden för K3, T2 2026 är ändrad (2 celler).');
    const final = controlResults(await readBack(port));
    expect(final).toHaveLength(count + 1);
    const again = final.find((r) => r.kontrollId === 'K3')!;
    expect(again).toMatchObject({ utfordAv: 'Per', genomford: 'Ja', antalAvvikelser: 0, avvikelse: 'Ingen' });
    expect(again.urval).toBeUndefined();
    expect(formFromRow(again.row).datum).toBe('2026-08-20');
  });
});
