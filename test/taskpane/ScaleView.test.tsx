import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { adoptWorkbook } from '../../src/core';
import { OfficeWorkbook } from '../../src/workbook/office';
import { exampleWorkbook, renderApp } from './_lib/renderApp';

// The pane over the Excel double re-reads the workbook after each write: slow on a busy 2-core machine.
jest.setTimeout(60_000);

async function openScale() {
  fireEvent.click(screen.getByRole('tab', { name: 'Skala' }));
  return screen.findByRole('table', { name: 'Förhandsvisning av riskmatrisen' });
}

describe('Skala', () => {
  it('grows the preview with the levels, shows overlapping bands as a Swedish error and disables Spara', async () => {
    renderApp(await exampleWorkbook());
    const preview = await openScale();
    expect(within(preview).getAllByRole('row')).toHaveLength(5); // 4 levels + the axis row
    const likelihood = screen.getByRole('region', { name: 'Sannolikhet' });
    fireEvent.change(within(likelihood).getByRole('combobox'), { target: { value: '5' } });
    expect(within(screen.getByRole('table', { name: 'Förhandsvisning av riskmatrisen' })).getAllByRole('row')).toHaveLength(6);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Risknivå 1 till' }), { target: { value: '5' } });
    expect((await screen.findAllByRole('alert')).map((a) => a.textContent).join(' ')).toMatch(/överlappar/);
    expect(screen.getByRole('button', { name: 'Spara skalan…' })).toBeDisabled();
  });

  it('saves a valid scale to the workbook', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    await openScale();
    fireEvent.change(screen.getByRole('textbox', { name: 'Sannolikhet nivå 4' }), { target: { value: 'Mycket sannolik' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara skalan…' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(/Ångra \(Ctrl\+Z\) kan inte ta tillbaka/)).toBeInTheDocument();
    expect(within(dialog).getByText('Ingen befintlig risk byter risknivå.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara', hidden: true }));
    await screen.findByText(/^Klart: skalan på Inställningar är sparad/);
    const { register } = adoptWorkbook(await new OfficeWorkbook(fake.run).read());
    expect(register.scale.likelihood.labels[3]).toBe('Mycket sannolik');
  });
});

describe('Skala: what a change does to the risks already assessed', () => {
  it('cutting Konsekvens to 3 levels lists the risks made invalid and refuses to save until the user says so', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    await openScale();
    fireEvent.change(within(screen.getByRole('region', { name: 'Konsekvens' })).getByRole('combobox'), { target: { value: '3' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Risknivå 3 till' }), { target: { value: '12' } });
    const effect = await screen.findByRole('region', { name: 'Så påverkas riskerna' });
    // R1 (3 × 4), R4 and R9 (2 × 4) have Konsekvens 4.
    const invalid = within(within(effect).getByRole('list', { name: 'Risker som får ogiltiga värden' })).getAllByRole('listitem');
    expect(invalid.map((li) => li.textContent?.split(' ')[0])).toEqual(['R1', 'R4', 'R9']);
    expect(invalid[0]).toHaveTextContent('Konsekvens 4');
    const save = screen.getByRole('button', { name: 'Spara skalan…' });
    expect(save).toBeDisabled();
    fireEvent.click(within(effect).getByRole('checkbox', { name: /Spara ändå/ }));
    expect(save).toBeEnabled();
    fireEvent.click(save);
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(/3 risker får värden utanför skalan\. Inga värden i Riskanalys ändras\./)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara', hidden: true }));
    expect(await screen.findByText(/^Klart: skalan på Inställningar är sparad \(4 × 3 nivåer/)).toBeInTheDocument();
    const { register } = adoptWorkbook(await new OfficeWorkbook(fake.run).read());
    expect(register.scale.consequence.labels).toHaveLength(3);
    expect(register.tables.Risker!.rows.find((r) => r.values.id === 'R1')!.values.konsekvens).toBe(4);
  });

  it('a band boundary moved lists the risks whose risknivå changes', async () => {
    renderApp(await exampleWorkbook());
    await openScale();
    // Hög from 9 to 10: R2, R3, R10 (9) become Medel.
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Risknivå 2 till' }), { target: { value: '9' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Risknivå 3 från' }), { target: { value: '10' } });
    const changed = within(await screen.findByRole('list', { name: 'Risker som byter risknivå' })).getAllByRole('listitem');
    expect(changed.map((li) => li.textContent)).toEqual(['R2: Hög → Medel', 'R3: Hög → Medel', 'R10: Hög → Medel']);
    expect(screen.getByRole('button', { name: 'Spara skalan…' })).toBeEnabled();
  });
});
