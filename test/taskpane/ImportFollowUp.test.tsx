import '@testing-library/jest-dom';
import fs from 'fs';
import path from 'path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { EXAMPLE_FOLLOW_UP as followUp } from '../_lib/exampleFollowUp';
import { exampleWorkbook, renderApp } from './_lib/renderApp';

const followUpRows = (fake: Awaited<ReturnType<typeof exampleWorkbook>>) => fake.tables.find((t) => t.name === 'Uppföljningar')!.rows - 1;

/** The example workbook in the pane, a text pasted into Importera and read. */
async function pasteReport(text: string) {
  const fake = await exampleWorkbook();
  renderApp(fake);
  fireEvent.click(await screen.findByRole('tab', { name: 'Importera' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Rapportens text' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Tolka texten' }));
  return fake;
}

/** The same for a follow-up report, with its section. */
async function openFollowUp(text: string) {
  const fake = await pasteReport(text);
  return { fake, report: await screen.findByRole('region', { name: 'Uppföljningsrapport' }) };
}

/** Previews again with the choices made, inserts, and checks that `rows` Uppföljning rows were added. */
async function previewAndInsert(report: HTMLElement, fake: Awaited<ReturnType<typeof exampleWorkbook>>, before: number, rows: number) {
  fireEvent.click(within(report).getByRole('button', { name: 'Förhandsgranska uppföljningen' }));
  const plan = await within(report).findByRole('region', { name: 'Det här infogas' });
  expect(plan).toHaveTextContent(`Omgång 2026: ${rows} nya rader i Uppföljning`);
  fireEvent.click(within(plan).getByRole('button', { name: 'Infoga uppföljningen' }));
  expect(await screen.findByRole('status')).toHaveTextContent(`Klart: omgång 2026, ${rows} nya rader i Uppföljning`);
  await waitFor(() => expect(followUpRows(fake)).toBe(before + rows));
}

describe('Importera: a follow-up report', () => {
  it('shows the verdicts, asks to confirm the unsure one, lists what the register lacks, and inserts the round once', async () => {
    const { fake, report } = await openFollowUp(followUp);
    expect(report).toHaveTextContent('Uppföljningsrapport: 2 granskningar, 4 rekommendationer');
    expect(within(report).getByRole('textbox', { name: 'Uppföljningsomgång' })).toHaveValue('2026');
    expect(report).toHaveTextContent('förslag: Delvis åtgärdad');
    const before = followUpRows(fake);

    fireEvent.click(within(report).getByRole('button', { name: 'Förhandsgranska uppföljningen' }));
    const plan = await within(report).findByRole('region', { name: 'Det här infogas' });
    expect(plan).toHaveTextContent('Omgång 2026: 2 nya rader i Uppföljning');
    expect(within(plan).getByRole('combobox', { name: /Granskning i registret för Granskning av parkeringsverksamheten/ })).toBeInTheDocument();

    // Confirming the unsure verdict adds its row too.
    fireEvent.change(within(report).getByRole('combobox', { name: /Bekräfta bedömningen för .*rekommendation 3/ }), { target: { value: 'Delvis åtgärdad' } });
    await previewAndInsert(report, fake, before, 3);
  }, 60_000);
});

describe('Importera: a verdict for a whole granskning', () => {
  it('shows it with its nämnder, asks to confirm it per recommendation, and inserts only what was confirmed', async () => {
    const text = [
      'Uppföljning av tidigare granskningar 2026',
      '',
      'Vi bedömer att socialnämnden inte helt har vidtagit åtgärder utifrån genomförd granskning av hantering och utbetalning av försörjningsstöd.',
    ].join('\n');
    const { fake, report } = await openFollowUp(text);
    expect(report).toHaveTextContent('Bedömning för hela granskningen (Socialnämnden): förslag Delvis åtgärdad');
    const before = followUpRows(fake);

    fireEvent.click(within(report).getByRole('button', { name: 'Förhandsgranska uppföljningen' }));
    const plan = await within(report).findByRole('region', { name: 'Det här infogas' });
    expect(plan).toHaveTextContent('Omgång 2026: 0 nya rader i Uppföljning');
    // The example's G2 has three recommendations to Socialnämnden: one choice each, none taken unasked.
    const choices = within(report).getAllByRole('combobox', { name: /rekommendation \d \(Socialnämnden\).*förslag Delvis åtgärdad från bedömningen av hela granskningen/ });
    expect(choices).toHaveLength(3);
    fireEvent.change(choices[0], { target: { value: 'Delvis åtgärdad' } });
    fireEvent.change(within(report).getAllByRole('combobox', { name: /från bedömningen av hela granskningen/ })[1], { target: { value: 'Delvis åtgärdad' } });
    await previewAndInsert(report, fake, before, 2);
  }, 60_000);
});

describe('Importera: a follow-up that also raises new points (Landstinget Halland, real text)', () => {
  it('offers the verdict for the round and the points as recommendations, their addressee from the cover to check', async () => {
    const halland = fs.readFileSync(path.join(__dirname, '../fixtures/real-reports/halland-landstingsservice-uppfoljning.txt'), 'utf8');
    const { report } = await openFollowUp(halland);
    expect(report).toHaveTextContent('Bedömning för hela granskningen (Styrelsen för Landstingsservice): förslag Delvis åtgärdad');
    // The verdict's words end where the list of new points begins.
    expect(report).toHaveTextContent('där ytterligare förbättringar kan ske:”');
    const preview = await screen.findByRole('region', { name: 'Förhandsvisning av rekommendationerna' });
    expect(within(preview).getByText('2 rekommendationer')).toBeInTheDocument();
    expect(within(preview).getByRole('textbox', { name: 'Mottagare för rekommendation 1' })).toHaveValue('Styrelsen för Landstingsservice');
    expect(screen.getAllByText(/har ingen mottagare i texten; förslaget är Styrelsen för Landstingsservice \(rapportens försättsblad\)/)).toHaveLength(2);
  }, 60_000);
});

describe('Importera: recommendations whose addressee the text does not give', () => {
  it('leaves the addressee empty for the user to choose, and says so at the field', async () => {
    await pasteReport('Rekommendationer\nInventera avtalen. Informera om ramavtalen.');
    const preview = await screen.findByRole('region', { name: 'Förhandsvisning av rekommendationerna' });
    expect(within(preview).getByRole('textbox', { name: 'Mottagare för rekommendation 2' })).toHaveValue('');
    expect(within(preview).getAllByText('Rapporten anger ingen mottagare: välj den här.')).toHaveLength(2);
  }, 60_000);
});
