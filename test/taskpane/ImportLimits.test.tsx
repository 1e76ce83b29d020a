import '@testing-library/jest-dom';
import { fireEvent, screen, within } from '@testing-library/react';
import { exampleWorkbook, renderApp } from './_lib/renderApp';

describe('Importera: text longer than an Excel cell', () => {
  it('is refused before anything is written, naming the recommendation and its length', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    const long = `Ta fram ${'en mycket lång plan '.repeat(2000).trim()}.`;
    fireEvent.click(await screen.findByRole('tab', { name: 'Importera' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Rapportens text' }), {
      target: { value: `Granskning av långa texter\n\nVi rekommenderar kommunstyrelsen att:\n- Göra A.\n- ${long}` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tolka texten' }));
    await screen.findByRole('region', { name: 'Förhandsvisning av rekommendationerna' });
    fireEvent.click(screen.getByRole('button', { name: 'Förhandsgranska infogning' }));
    const plan = await screen.findByRole('region', { name: 'Det här infogas' });
    expect(plan).toHaveTextContent(`Rekommendation 2 har ${long.length} tecken; en cell i Excel rymmer högst 32767.`);
    expect(within(plan).getByRole('button', { name: 'Infoga' })).toBeDisabled();
  }, 60_000);
});
