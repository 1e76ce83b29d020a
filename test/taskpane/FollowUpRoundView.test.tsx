import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { exampleWorkbook, renderApp } from './_lib/renderApp';

// The pane over the Excel double re-reads the workbook after each write: slow on a busy 2-core machine.
jest.setTimeout(60_000);

describe('Uppföljning', () => {
  it('says what it will add and that Excel cannot undo it, creates the round once, and then shows its progress', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    fireEvent.click(await screen.findByRole('tab', { name: 'Uppföljning' }));
    expect(await screen.findByRole('textbox', { name: 'Omgång (år eller datum)' })).toHaveValue('2026');
    expect(screen.getByText('4 rekommendationer får en rad att fylla i.')).toBeInTheDocument();
    const table = fake.tables.find((t) => t.name === 'Uppföljningar')!;
    const before = table.rows;

    fireEvent.click(screen.getByRole('button', { name: 'Skapa uppföljningsomgång…' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(/^4 nya rader läggs till sist i Uppföljning/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Ångra \(Ctrl\+Z\) kan inte ta tillbaka/)).toBeInTheDocument();
    expect(table.rows).toBe(before);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Skapa omgången', hidden: true }));

    expect(await screen.findByText(/^Klart: 4 rader för omgång 2026/)).toBeInTheDocument();
    expect(table.rows).toBe(before + 4);
    // After the re-read the round exists: nothing claims there is nothing to follow up.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Skapa uppföljningsomgång…' })).toBeDisabled());
    expect(screen.queryByText(/Inga rekommendationer att följa upp/)).not.toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Omgång (år eller datum)' }), { target: { value: '2026 ' } });
    expect(screen.getByText(/^Omgång 2026: 0 av 4 bedömda.*Alla rekommendationer som inte är åtgärdade har redan en rad i omgången\.$/)).toBeInTheDocument();
  });

  it('refuses a round name without a year, as the CLI does, and adds nothing', async () => {
    renderApp(await exampleWorkbook());
    fireEvent.click(await screen.findByRole('tab', { name: 'Uppföljning' }));
    const input = await screen.findByRole('textbox', { name: 'Omgång (år eller datum)' });
    fireEvent.change(input, { target: { value: 'hej hopp' } });
    expect(screen.getByText(/”hej hopp”/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skapa uppföljningsomgång…' })).toBeDisabled();
  });
});
