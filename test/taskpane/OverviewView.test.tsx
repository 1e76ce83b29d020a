import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { adoptWorkbook, formatRoundProgress } from '../../src/core';
import { countRegisterMatrix } from '../../src/usecases/countRegisterMatrix';
import { summarizeRegister } from '../../src/usecases/summarizeRegister';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeWorkbook } from '../workbook/office/_lib/fakeExcel';
import { exampleWorkbook, renderApp, workbookWith } from './_lib/renderApp';
import { HANINGE_HEADERS, HANINGE_PER_NAMND, haningeRegisterRows } from '../_lib/haninge';

// The pane over the Excel double re-reads the workbook after each write: slow on a busy 2-core machine.
jest.setTimeout(60_000);

const rowsOf = (table: string) =>
  within(screen.getByRole('table', { name: table }))
    .getAllByRole('row')
    .map((r) => r.textContent);

const matrixCell = (s: number, k: number) =>
  within(screen.getByRole('table', { name: /^Riskmatris/ })).getByRole('button', { name: new RegExp(`^Sannolikhet ${s}, konsekvens ${k}:`) });

describe('Översikt', () => {
  it('counts risks per risknivå and recommendations per status from the workbook', async () => {
    renderApp(await exampleWorkbook());
    await screen.findByRole('table', { name: 'Risker per risknivå' });
    expect(rowsOf('Risker per risknivå')).toEqual(['Låg1', 'Medel5', 'Hög4']);
    expect(rowsOf('Rekommendationer per status')).toEqual(['Åtgärdad2', 'Delvis åtgärdad2', 'Ej åtgärdad0', 'Ej bedömd2']);
    expect(rowsOf('Delar')[1]).toBe('Internkontrollplan6');
  });

  it('shows the riskmatris with the counts the CLI prints (uppsikt matrix) for the same workbook', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    await screen.findByRole('table', { name: /^Riskmatris/ });
    const { matrix } = countRegisterMatrix(adoptWorkbook(await new OfficeWorkbook(fake.run).read()).register);
    const shown = matrix.counts.map((row, s) => row.map((_n, k) => Number(matrixCell(s + 1, k + 1).textContent || 0)));
    expect(shown).toEqual(matrix.counts);
    expect(matrixCell(3, 3)).toHaveAccessibleName('Sannolikhet 3, konsekvens 3: 3 risker, Hög');
  });

  it('a click on a cell lists its risks, and Gå till selects the risk', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    await screen.findByRole('table', { name: /^Riskmatris/ });
    fireEvent.click(matrixCell(3, 3));
    expect(matrixCell(3, 3)).toHaveAttribute('aria-pressed', 'true');
    const list = screen.getByRole('list', { name: 'Riskerna i rutan' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('strong')?.textContent),
    ).toEqual(['R2', 'R3', 'R10']);
    fireEvent.click(within(list).getByRole('button', { name: 'Gå till Riskanalys!A13' }));
    await waitFor(() => expect(fake.selected).toEqual({ sheet: 'Riskanalys', address: 'A13' }));
  });

  it('answers how the work stands: overdue actions, high risks without a control, the round, per nämnd', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    const overdue = await screen.findByRole('list', { name: 'Försenade åtgärder' });
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(within(overdue).getByRole('button', { name: 'Gå till Rekommendationer!I4' }));
    await waitFor(() => expect(fake.selected).toEqual({ sheet: 'Rekommendationer', address: 'I4' }));
    expect(within(screen.getByRole('list', { name: 'Risker utan kontroll' })).getByText('R10')).toBeInTheDocument();
    expect(screen.getByText(formatRoundProgress({ round: '2025', total: 1, assessed: 1 }))).toBeInTheDocument();
    const { register } = adoptWorkbook(await new OfficeWorkbook(fake.run).read());
    const perNamnd = within(screen.getByRole('list', { name: 'Per nämnd' })).getAllByRole('listitem');
    const cli = summarizeRegister(register, 'namnd').summary.rows;
    expect(perNamnd.map((li) => li.querySelector('strong')?.textContent)).toEqual(cli.map((r) => r.group));
    expect(perNamnd[0]).toHaveTextContent(`${cli[0].group}: ${cli[0].total} rekommendationer`);
  });

  it("per nämnd on Haninge's own register: one row per nämnd, Kommunstyrelsen 24, a Totalt counting each once", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Uppföljning 2024', [['Uppföljning av granskningar 2024'], [''], HANINGE_HEADERS, ...haningeRegisterRows()]);
    renderApp(fake);
    const perNamnd = within(await screen.findByRole('list', { name: 'Per nämnd' })).getAllByRole('listitem');
    expect(Object.fromEntries(perNamnd.map((li) => [li.querySelector('strong')?.textContent, Number(/: (\d+) rekommendation/.exec(li.textContent ?? '')?.[1])]))).toEqual(
      HANINGE_PER_NAMND,
    );
    expect(screen.getByText(/^Totalt 44 rekommendationer: en rekommendation till flera nämnder räknas i varje nämnd/)).toBeInTheDocument();
  });

  it('an empty workbook says what to do next, not "0 fel", and the button opens Skapa', async () => {
    renderApp(await workbookWith());
    const next = await screen.findByRole('button', { name: 'Gå till Skapa' });
    expect(screen.queryByText(/0 fel och 0 varningar/)).not.toBeInTheDocument();
    fireEvent.click(next);
    expect(screen.getByRole('tab', { name: 'Skapa' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('button', { name: 'Skapa strukturen…' })).toBeInTheDocument();
  });

  it("a workbook of the user's own sheets points to Skapa and counts what it found", async () => {
    const fake = new FakeWorkbook();
    fake.addSheet('Risker 2025', [
      ['Nr', 'Risk', 'Ansvarig nämnd', 'S', 'K'],
      ['R1', 'Felaktiga utbetalningar', 'Socialnämnden', 3, 4],
    ]);
    renderApp(fake);
    expect(await screen.findByText(/dina egna flikar \(Risker 2025 som Riskanalys\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gå till Skapa' })).toBeInTheDocument();
    expect(matrixCell(3, 4)).toHaveTextContent('1');
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

  it('says so when Excel will not report changes, instead of silently going stale', async () => {
    const fake = await exampleWorkbook();
    const port = new OfficeWorkbook(fake.run);
    port.onChanged = () => Promise.reject(new Error('Händelser stöds inte'));
    renderApp(fake, port);
    expect(await screen.findByText(/kan inte följa ändringar i arbetsboken \(Händelser stöds inte\)/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Läs in igen' })).toBeInTheDocument();
  });
});
