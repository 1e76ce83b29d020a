import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exampleWorkbook, renderApp } from './_lib/renderApp';

describe('Kontrollera', () => {
  it('groups findings by sheet and "Gå till" selects the cell', async () => {
    const fake = await exampleWorkbook();
    fake.sheet('Riskanalys')!.set(3, 5, { value: 7 }); // R1's Sannolikhet in F4: outside 1–4
    renderApp(fake);
    fireEvent.click(screen.getByRole('tab', { name: 'Kontrollera' }));
    const section = await screen.findByRole('region', { name: 'Riskanalys' });
    expect(within(section).getByText(/7 ligger utanför skalan/)).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Gå till Riskanalys!F4' }));
    await waitFor(() => expect(fake.selected).toEqual({ sheet: 'Riskanalys', address: 'F4' }));
    expect(screen.getByText(/^1 fel och \d+ varningar\.$/)).toBeInTheDocument();
  });
});
