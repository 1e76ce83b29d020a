import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { exampleWorkbook, renderApp } from './_lib/renderApp';

const rowsOf = (table: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .map((r) => r.textContent);

describe('Översikt', () => {
  it('counts risks per risknivå and recommendations per status from the workbook', async () => {
    renderApp(await exampleWorkbook());
    await screen.findByRole('table', { name: 'Risker per risknivå' });
    expect(rowsOf('Risker per risknivå')).toEqual(['Låg1', 'Medel5', 'Hög4']);
    expect(rowsOf('Rekommendationer per status')).toEqual(['Åtgärdad2', 'Delvis åtgärdad2', 'Ej åtgärdad0', 'Ej bedömd2']);
    expect(rowsOf('Delar')[1]).toBe('Riskanalys10');
  });

  it('refreshes when the workbook changes', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    await screen.findByRole('table', { name: 'Risker per risknivå' });
    // R8 (1 × 3, Låg) becomes 4 × 3 = 12, Hög: as if the user typed 4 in F11.
    fake.sheet('Riskanalys')!.set(10, 5, { value: 4 });
    await fake.fireChanged();
    await waitFor(() => expect(rowsOf('Risker per risknivå')).toEqual(['Låg0', 'Medel5', 'Hög5']), { timeout: 3000 });
  });
});
