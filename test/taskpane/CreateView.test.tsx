import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adoptWorkbook, defaultScale, registerFromRecords, SCHEMA_VERSION, uppsiktSchema } from '../../src/core';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeWorkbook } from '../workbook/office/_lib/fakeExcel';
import { renderApp, workbookWith } from './_lib/renderApp';
import { checkFindings } from '../../src/usecases/checkFindings';
import { TODAY } from '../usecases/_lib/ports';
import { HANINGE_HEADERS, haningeRegisterRows } from '../_lib/haninge';

// The pane over the Excel double re-reads the workbook after each write: slow on a busy 2-core machine.
jest.setTimeout(60_000);

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
    expect(
      within(within(dialog).getByRole('list', { name: 'Nya flikar', hidden: true }))
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent),
    ).toEqual(uppsiktSchema.sheets.map((s) => s.name));
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
    expect(within(dialog).getByText('1 rad kopieras från Risker 2025 till Riskanalys.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skapa', hidden: true }));
    await screen.findByText(/^Klart:/);
    expect(mine.dump()).toEqual(before);
    const risks = fake.tables.find((t) => t.name === 'Risker')!;
    const ansvarig = risks.headers.indexOf('Ansvarig');
    expect(risks.sheet.get(risks.top + 1, ansvarig)?.value).toBe('Anna Andersson');
  });

  it('on an up-to-date Uppsikt workbook: says it is current, with no button that claims a change', async () => {
    const fake = await workbookWith();
    await new OfficeWorkbook(fake.run).createStructure(registerFromRecords(defaultScale, {}));
    renderApp(fake);
    fireEvent.click(screen.getByRole('tab', { name: 'Skapa' }));
    expect(
      await screen.findByText(
        `Arbetsboken är en Uppsikt-arbetsbok av senaste versionen (schemaversion ${SCHEMA_VERSION}) med alla flikar. Det finns inget att skapa eller uppgradera.`,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/äldre version/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Uppgradera|Skapa strukturen|Lägg till/ })).not.toBeInTheDocument();
  });

  it('on an Uppsikt workbook that lacks a sheet: names it and offers to add it, not to upgrade', async () => {
    const fake = await workbookWith();
    await new OfficeWorkbook(fake.run).createStructure(registerFromRecords(defaultScale, {}));
    fake.sheets = fake.sheets.filter((s) => s.name !== 'Sammanställning');
    renderApp(fake);
    fireEvent.click(screen.getByRole('tab', { name: 'Skapa' }));
    expect(await screen.findByText('Arbetsboken är en Uppsikt-arbetsbok men saknar Sammanställning. Det läggs till; inget du skrivit ändras.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Lägg till det som saknas…' })).toBeInTheDocument();
  });

  it('explains missing Id and Nämnd, and fills them into the copy only when asked', async () => {
    const fake = new FakeWorkbook();
    const mine = fake.addSheet('Risker', [
      ['Risk', 'Sannolikhet', 'Konsekvens'],
      ['Felaktiga utbetalningar', 3, 4],
      ['Brister i informationssäkerhet', 2, 2],
    ]);
    const before = mine.dump();
    renderApp(fake);
    const button = await openCreate();
    const missing = screen.getByRole('group', { name: 'Obligatoriska kolumner som saknas i Risker' });
    expect(missing).toHaveTextContent('Risker saknar de obligatoriska kolumnerna Id, Nämnd.');
    expect(within(missing).getByRole('checkbox', { name: 'Ge raderna Id (R1, R2 …)' })).toBeChecked();
    fireEvent.change(within(missing).getByRole('textbox', { name: /Nämnd för alla 2 rader/ }), { target: { value: 'Socialnämnden' } });

    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(/Ångra \(Ctrl\+Z\) kan inte ta tillbaka/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skapa', hidden: true }));
    expect(await screen.findByText(/^Klart: .*kopierat 2 rader från Risker till Riskanalys/)).toBeInTheDocument();
    expect(mine.dump()).toEqual(before);
    const { register } = adoptWorkbook(await new OfficeWorkbook(fake.run).read());
    expect(register.tables.Risker!.rows.map((r) => [r.values.id, r.values.namnd])).toEqual([
      ['R1', 'Socialnämnden'],
      ['R2', 'Socialnämnden'],
    ]);
  });
  it("on Haninge's own register: says which ids and Granskningar it fills in, then Kontrollera has nothing to say", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Uppföljning 2024', [['Uppföljning av granskningar 2024'], [''], HANINGE_HEADERS, ...haningeRegisterRows()]);
    renderApp(fake);
    fireEvent.click(await openCreate());
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(
      within(within(dialog).getByRole('list', { name: 'Fylls i', hidden: true }))
        .getAllByRole('listitem', { hidden: true })
        .map((li) => li.textContent),
    ).toEqual([
      'Uppföljning 2024: 44 rader utan Id får REK1–REK44.',
      'Granskningar: 7 granskningar skapas från kolumnerna Granskning och År; Granskning-id fylls i på 44 rekommendationer.',
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skapa', hidden: true }));
    await screen.findByText(/^Klart:/);
    const adoption = adoptWorkbook(await new OfficeWorkbook(fake.run).read());
    expect(adoption.register.tables.Granskningar!.rows).toHaveLength(7);
    expect(checkFindings(adoption, TODAY)).toEqual([]);
  });
});
