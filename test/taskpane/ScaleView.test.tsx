import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { adoptWorkbook } from '../../src/core';
import { OfficeWorkbook } from '../../src/workbook/office';
import { exampleWorkbook, renderApp } from './_lib/renderApp';

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
