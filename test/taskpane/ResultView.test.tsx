import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adoptWorkbook, controlOverview, controlResults, sortByLage } from '../../src/core';
import { OfficeWorkbook } from '../../src/workbook/office';
import { renderApp } from './_lib/renderApp';
import { resultsWorkbook } from './_lib/resultsWorkbook';
import type { FakeWorkbook } from '../workbook/office/_lib/fakeExcel';

// The pane over the Excel double re-reads the workbook after each write: slow on a busy 2-core machine.
jest.setTimeout(90_000);

const registerOf = async (fake: FakeWorkbook) => adoptWorkbook(await new OfficeWorkbook(fake.run).read()).register;
const resultsOf = async (fake: FakeWorkbook) => controlResults(await registerOf(fake));

async function openUtfall(fake: FakeWorkbook) {
  renderApp(fake);
  fireEvent.click(await screen.findByRole('tab', { name: 'Utfall' }));
  return screen.findByRole('combobox', { name: 'Tillfälle' });
}

/** Each listed control as "K1 · Socialnämnden Avvikelse …": its id and läge as the radio's name says them. */
const listed = () => screen.getAllByRole('radio').map((r) => r.closest('.fui-Radio')?.textContent ?? '');

const field = (name: string) => screen.getByRole('textbox', { name });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const choose = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });

describe('Utfall', () => {
  it('lists the controls due at the period with the läge controlOverview gives, red ones first, as words', async () => {
    const fake = await resultsWorkbook();
    const period = await openUtfall(fake);
    // Today (2026-11-22) falls in T3.
    expect(period).toHaveValue('T3 2026');
    fireEvent.change(period, { target: { value: 'T1 2026' } });
    const register = await registerOf(fake);
    const expected = sortByLage(controlOverview(register, { period: 'T1 2026' }).value!.controls).filter((c) => c.due.includes('T1 2026'));
    expect(expected.length).toBeGreaterThan(1);
    expect(new Set(expected.map((c) => c.lage)).size).toBeGreaterThan(1);
    expect(listed()).toEqual(expected.map((c) => expect.stringContaining(`${c.id} · ${c.namnd}${c.lage}`)));
    expect(screen.getByText(`Kontroller att utföra T1 2026 (${expected.length} av 6)`)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Visa alla kontroller' }));
    expect(screen.getAllByRole('radio')).toHaveLength(6);
  });

  it('records a new result as one Kontrollutfall row after confirming, and the läge follows', async () => {
    const fake = await resultsWorkbook();
    fireEvent.change(await openUtfall(fake), { target: { value: 'T2 2026' } });
    fireEvent.click(screen.getByRole('radio', { name: /^K4/ }));
    expect(listed().find((t) => t.startsWith('K4'))).toContain('Ej genomförd');
    choose('Genomförd', 'Ja');
    type('Datum', '2026-08-20');
    type('Urval (antal granskade)', '12');
    type('Antal avvikelser', '0');
    type('Resultat', 'Frånvaron följd upp på alla skolor');
    type('Åtgärd', 'Ny rutin för anmälan');
    const before = (await resultsOf(fake)).length;
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfallet…' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('En ny rad för K4, T2 2026 läggs till sist på fliken Kontrollutfall.')).toBeInTheDocument();
    expect(await resultsOf(fake)).toHaveLength(before);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lägg till raden', hidden: true }));
    expect(await screen.findByText('Klart: utfallet för K4, T2 2026 finns nu sist på fliken Kontrollutfall.')).toBeInTheDocument();
    const after = await resultsOf(fake);
    expect(after).toHaveLength(before + 1);
    expect(after[after.length - 1]).toMatchObject({
      kontrollId: 'K4',
      period: { name: 'T2 2026' },
      genomford: 'Ja',
      urval: 12,
      antalAvvikelser: 0,
      resultat: 'Frånvaron följd upp på alla skolor',
      atgard: 'Ny rutin för anmälan',
    });
    // K4's Väsentlig avvikelse at T1 now has… no åtgärd still (that is T1's row), so it stays red: as controlOverview says.
    const lage = controlOverview(await registerOf(fake), { period: 'T2 2026' }).value!.controls.find((c) => c.id === 'K4')!.lage;
    await waitFor(() => expect(listed().find((t) => t.startsWith('K4'))).toContain(lage));
  });

  it('edits the row a control already has for the period instead of adding one, touching only changed cells', async () => {
    const fake = await resultsWorkbook();
    fireEvent.change(await openUtfall(fake), { target: { value: 'T1 2026' } });
    fireEvent.click(screen.getByRole('radio', { name: /^K1/ }));
    expect(screen.getByText(/K1 har redan ett utfall för T1 2026/)).toBeInTheDocument();
    expect(field('Resultat')).toHaveValue('Två utan kontoutdrag');
    expect(field('Datum')).toHaveValue('2026-04-20');
    choose('Åtgärdad', 'Ja');
    const before = await resultsOf(fake);
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfallet…' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(/^K1 har redan en rad för T1 2026 \(Kontrollutfall, rad \d+\)\. Den raden ändras i 1 cell; ingen ny rad läggs till\.$/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ändra raden', hidden: true }));
    expect(await screen.findByText('Klart: raden för K1, T1 2026 är ändrad (1 cell).')).toBeInTheDocument();
    const after = await resultsOf(fake);
    expect(after).toHaveLength(before.length);
    const k1 = after.find((r) => r.kontrollId === 'K1')!;
    const { row: _row, ...was } = before.find((r) => r.kontrollId === 'K1')!;
    expect(k1).toMatchObject({ ...was, atgardad: true });
  });

  it('says what is wrong next to the field, in Swedish, and writes nothing', async () => {
    const fake = await resultsWorkbook();
    await openUtfall(fake);
    fireEvent.click(screen.getAllByRole('radio')[0]);
    type('Datum', 'igår');
    type('Urval (antal granskade)', '3');
    type('Antal avvikelser', '4');
    expect(screen.getByText('”igår” är inget datum. Skriv till exempel 2026-05-31.')).toBeInTheDocument();
    expect(screen.getByText('4 avvikelser är fler än urvalet (3).')).toBeInTheDocument();
    expect(screen.queryByText('Välj om kontrollen är genomförd.')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Spara utfallet…' }));
    expect(screen.getByText('Välj om kontrollen är genomförd.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument();
    // The message belongs to its field (aria-describedby), not floating somewhere in the view.
    expect(field('Datum')).toHaveAccessibleDescription('”igår” är inget datum. Skriv till exempel 2026-05-31.');
  });
});
