import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { uppsiktSchema } from '../../src/core';
import { FakeWorkbook } from '../workbook/office/_lib/fakeExcel';
import { renderApp, workbookWith } from './_lib/renderApp';

async function openCreate() {
  fireEvent.click(screen.getByRole('tab', { name: 'Skapa' }));
  return screen.findByRole('button', { name: /Skapa strukturen|Uppgradera/ });
}

describe('Skapa', () => {
  it('in a blank workbook: shows the plan, writes nothing on Avbryt, creates every sheet on Skapa', async () => {
    const fake = await workbookWith();
    renderApp(fake);
    fireEvent.click(await openCreate());
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(within(dialog).getByRole('list', { name: 'Nya flikar', hidden: true })).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual(uppsiktSchema.sheets.map((s) => s.name));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument());
    expect(fake.sheets.map((s) => s.name)).toEqual(['Blad1']);

    fireEvent.click(screen.getByRole('button', { name: 'Skapa strukturen…' }));
    fireEvent.click(within(await screen.findByRole('dialog', { hidden: true })).getByRole('button', { name: 'Skapa', hidden: true }));
    await screen.findByText(/^Klart:/);
    expect(fake.sheets.map((s) => s.name)).toEqual(['Blad1', ...uppsiktSchema.sheets.map((s) => s.name)]);
  });

  it('on a hand-made sheet: shows the mapping, lets the user correct it, and copies without touching the original', async () => {
    const fake = new FakeWorkbook();
    const mine = fake.addSheet('Risker 2025', [
      ['Riskanalys 2025'],
      [''],
      ['Nr', 'Risk', 'Ansvarig nämnd', 'S', 'K', 'Kommentar'],
      ['R1', 'Felaktiga utbetalningar', 'Socialnämnden', 3, 4, 'Anna Andersson'],
    ]);
    const before = mine.dump();
    renderApp(fake);
    const button = await openCreate();
    const section = screen.getByRole('region', { name: 'Tolkning av Risker 2025' });
    expect(within(section).getByRole('combobox', { name: 'Kolumnen S' })).toHaveValue('sannolikhet');
    expect(within(section).getByRole('combobox', { name: 'Kolumnen Kommentar' })).toHaveValue('__keep__');
    fireEvent.change(within(section).getByRole('combobox', { name: 'Kolumnen Kommentar' }), { target: { value: 'ansvarig' } });
    expect(within(section).getByRole('combobox', { name: 'Kolumnen Kommentar' })).toHaveValue('ansvarig');

    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText('1 rader kopieras från Risker 2025 till Riskanalys.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skapa', hidden: true }));
    await screen.findByText(/^Klart:/);
    expect(mine.dump()).toEqual(before);
    const risks = fake.tables.find((t) => t.name === 'Risker')!;
    const ansvarig = risks.headers.indexOf('Ansvarig');
    expect(risks.sheet.get(risks.top + 1, ansvarig)?.value).toBe('Anna Andersson');
  });
});
