import '@testing-library/jest-dom';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { uppsiktSchema } from '../../src/core';
import { OfficeWorkbook } from '../../src/workbook/office';
import { renderApp, workbookWith } from './_lib/renderApp';

// The pane over the Excel double re-reads the workbook after each write: slow on a busy 2-core machine.
jest.setTimeout(60_000);

describe('App', () => {
  beforeEach(async () => {
    renderApp(await workbookWith());
    // The first read of the workbook settles before any test looks (no state update after a test ends).
    await screen.findByRole('button', { name: 'Gå till Skapa' });
  });

  it('is headed Uppsikt with its views as Swedish tabs in the order of the work', () => {
    expect(screen.getByRole('heading', { level: 1, name: 'Uppsikt' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Vyer' })).toBeInTheDocument();
    const names = ['Översikt', 'Skapa', 'Skala', 'Importera', 'Uppföljning', 'Utfall', 'Kontrollera', 'Rapport', 'Samla', 'Nytt år', 'Hjälp'];
    const tabs = screen.getAllByRole('tab');
    expect(tabs).toHaveLength(names.length);
    names.forEach((name, i) => expect(tabs[i]).toHaveAccessibleName(name));
  });

  it('Hjälp lists the ten custom functions by their Swedish names, the sheets and the legal anchor', async () => {
    fireEvent.click(screen.getByRole('tab', { name: 'Hjälp' }));
    const items = within(await screen.findByRole('list', { name: 'Funktioner' })).getAllByRole('listitem');
    const names = ['RISKVÄRDE', 'RISKNIVÅ', 'RISKMATRIS', 'ANTALSTATUS', 'SAMMANSTÄLLNING', 'FÖRSENADE', 'SENASTEBEDÖMNING', 'KONTROLLÄGE', 'TILLFÄLLEN', 'UTFALLPERNÄMND'];
    expect(items).toHaveLength(names.length);
    names.forEach((name, i) => expect(items[i]).toHaveTextContent(`IK.${name}`));
    expect(screen.queryByText(/IK\.(RISKSCORE|RISKLEVEL|RISKMATRIX|STATUSCOUNT|SUMMARY|OVERDUE|LATESTVERDICT|CONTROLSTATUS|OCCASIONS|CONTROLSUMMARY)\b/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Flikarna' })).getAllByRole('listitem')).toHaveLength(uppsiktSchema.sheets.length);
    expect(screen.getByText(/6 kap\. 6 §/)).toBeInTheDocument();
  });

  it('Hjälp is written for controllers: the steps of the work, no developer commands', async () => {
    fireEvent.click(screen.getByRole('tab', { name: 'Hjälp' }));
    const steps = within(await screen.findByRole('list', { name: 'Arbetsgången' })).getAllByRole('listitem');
    expect(steps.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Skapa', 'Skala', 'Riskanalys', 'Importera', 'Uppföljning', 'Kontrollera']);
    expect(screen.queryByText(/npm|sideload|manifest\.xml/)).not.toBeInTheDocument();
  });
});

describe('App started with the workbook already read (as the pane starts in Excel)', () => {
  it('shows Översikt in its first render, reads the workbook only on a change', async () => {
    const fake = await workbookWith();
    const port = new OfficeWorkbook(fake.run);
    const initialSnapshot = await port.read();
    const read = jest.spyOn(port, 'read');
    renderApp(fake, port, { initialSnapshot });
    // No spinner first: the view is there in the very first render.
    expect(screen.getByRole('tabpanel', { name: 'Översikt' })).toHaveAttribute('data-ready', 'true');
    expect(screen.getByRole('button', { name: 'Gå till Skapa' })).toBeInTheDocument();
    expect(screen.queryByText('Läser arbetsboken…')).not.toBeInTheDocument();
    // Still listening: a change in the workbook is read (after the pane's debounce).
    await waitFor(() => expect(fake.changeHandlers).toHaveLength(1));
    await act(() => fake.fireChanged());
    await waitFor(() => expect(read).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    await screen.findByRole('button', { name: 'Gå till Skapa' });
  });

  it('awaits a first read still under way instead of reading again, with its spinner meanwhile', async () => {
    const fake = await workbookWith();
    const port = new OfficeWorkbook(fake.run);
    let answer: (snapshot: Awaited<ReturnType<typeof port.read>>) => void = () => undefined;
    const firstRead = new Promise<Awaited<ReturnType<typeof port.read>>>((resolve) => (answer = resolve));
    const snapshot = await port.read();
    const read = jest.spyOn(port, 'read');
    renderApp(fake, port, { firstRead });
    expect(screen.getByText('Läser arbetsboken…')).toBeInTheDocument();
    expect(screen.getByRole('tabpanel', { name: 'Översikt' })).toHaveAttribute('data-ready', 'false');
    await act(async () => answer(snapshot));
    expect(await screen.findByRole('button', { name: 'Gå till Skapa' })).toBeInTheDocument();
    expect(read).not.toHaveBeenCalled();
  });
});
