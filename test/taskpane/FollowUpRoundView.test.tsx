import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adoptWorkbook } from '../../src/core';
import { roundVerdicts } from '../../src/usecases/followUpRound';
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

  it('records a verdict and a comment per recommendation of the latest round through the port, after saying what changes', async () => {
    const fake = await exampleWorkbook();
    const port = renderApp(fake);
    fireEvent.click(await screen.findByRole('tab', { name: 'Uppföljning' }));
    expect(await screen.findByRole('heading', { name: 'Bedömningar i omgång 2025' })).toBeInTheDocument();
    const g11 = screen.getByRole('group', { name: 'G1-1 · Kommunstyrelsen' });
    expect(within(g11).getByRole('combobox', { name: 'Bedömning G1-1' })).toHaveValue('Delvis åtgärdad');
    const save = screen.getByRole('button', { name: 'Spara bedömningarna' });
    expect(save).toBeDisabled();
    fireEvent.change(within(g11).getByRole('combobox', { name: 'Bedömning G1-1' }), { target: { value: 'Åtgärdad' } });
    fireEvent.change(within(g11).getByRole('textbox', { name: 'Kommentar G1-1' }), { target: { value: 'Riktlinjerna är antagna.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Spara bedömningarna (1 rad)' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(/för 1 rad i omgång 2025: G1-1\. Inga andra celler ändras\./)).toBeInTheDocument();
    const before = roundVerdicts(adoptWorkbook(await port.read()).register)!;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Spara bedömningarna', hidden: true }));
    expect(await screen.findByText('Sparat: 1 rad i omgång 2025 i Uppföljning.')).toBeInTheDocument();
    const after = roundVerdicts(adoptWorkbook(await port.read()).register)!;
    expect(after.rows.map((r) => [r.id, r.verdict, r.comment])).toEqual(
      before.rows.map((r) => (r.id === 'G1-1' ? ['G1-1', 'Åtgärdad', 'Riktlinjerna är antagna.'] : [r.id, r.verdict, r.comment])),
    );
    // The form now shows what the workbook holds, with nothing left to save.
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Bedömning G1-1' })).toHaveValue('Åtgärdad'));
    expect(screen.getByRole('button', { name: 'Spara bedömningarna' })).toBeDisabled();
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
