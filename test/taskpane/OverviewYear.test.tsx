import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adoptWorkbook, cellRef, controlOverview } from '../../src/core';
import { OfficeWorkbook } from '../../src/workbook/office';
import { exampleWorkbook, renderApp } from './_lib/renderApp';
import { resultsWorkbook } from './_lib/resultsWorkbook';

jest.setTimeout(60_000);

describe('Översikt: the internkontrollplan’s year so far', () => {
  it('says the numbers controlOverview (and so `uppsikt utfall`) gives, and Gå till selects each red control', async () => {
    const fake = await resultsWorkbook();
    renderApp(fake);
    const { register } = adoptWorkbook(await new OfficeWorkbook(fake.run).read());
    const overview = controlOverview(register).value!;
    const { total } = overview;
    // The latest period with results, as the CLI without --period.
    expect(overview.period?.name).toBe('T2 2026');
    const sentence = `T2 2026: ${total.genomforda} av ${total.kontroller} kontroller genomförda, ${total.medAvvikelse} med avvikelse, ${total.vasentliga} väsentlig`;
    expect(total).toMatchObject({ kontroller: 6, vasentliga: 1 });
    expect(await screen.findByText(sentence)).toBeInTheDocument();

    const red = overview.controls.filter((c) => c.lage === 'Ej genomförd');
    expect(red.length).toBeGreaterThan(0);
    const list = screen.getByRole('list', { name: 'Kontroller ej genomförda' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(red.map((c) => c.id));
    const first = red[0].row;
    expect(first.sheet).toBe('Internkontrollplan');
    const address = cellRef('', first.row, first.columns.id);
    fireEvent.click(within(list).getByRole('button', { name: `Gå till ${first.sheet}!${address}` }));
    await waitFor(() => expect(fake.selected).toEqual({ sheet: first.sheet, address }));

    fireEvent.click(screen.getByRole('button', { name: 'Visa i Utfall' }));
    expect(screen.getByRole('tab', { name: 'Utfall' })).toHaveAttribute('aria-selected', 'true');
  });

  it('says nothing of the year when no result has been recorded', async () => {
    renderApp(await exampleWorkbook());
    await screen.findByText(/^Försenade åtgärder:/);
    expect(screen.queryByText(/kontroller genomförda/)).not.toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Kontroller ej genomförda' })).not.toBeInTheDocument();
  });
});
