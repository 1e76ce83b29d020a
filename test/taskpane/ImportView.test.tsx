import '@testing-library/jest-dom';
import fs from 'fs';
import path from 'path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { defaultScale } from '../../src/core';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import { exampleWorkbook, renderApp, workbookWith } from './_lib/renderApp';

const helsingborg = fs.readFileSync(path.join(__dirname, '../fixtures/reports/helsingborg-styrning-it-2023.txt'), 'utf8');
const huddinge = fs.readFileSync(path.join(__dirname, '../fixtures/reports/huddinge-kfn-svar-digitalisering-2022.txt'), 'utf8');

async function openImport(text: string) {
  fireEvent.click(await screen.findByRole('tab', { name: 'Importera' }));
  fireEvent.change(screen.getByRole('textbox', { name: 'Rapportens text' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Tolka texten' }));
  return screen.findByRole('region', { name: 'Förhandsvisning av rekommendationerna' });
}

const recommendationRows = (fake: Awaited<ReturnType<typeof exampleWorkbook>>) => fake.tables.find((t) => t.name === 'Rekommendationer')!.rows - 1;

describe('Importera', () => {
  it('previews the report, inserts it once, and a re-import adds no rows', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    const preview = await openImport(helsingborg);
    expect(within(preview).getByText('7 rekommendationer')).toBeInTheDocument();
    expect(within(preview).getByRole('textbox', { name: 'Text för rekommendation 1' })).toHaveValue('Etablera styrande dokument avseende stadens it-styrning och digitalisering.');
    expect(within(preview).getByRole('textbox', { name: 'Mottagare för rekommendation 1' })).toHaveValue('Kommunstyrelsen');
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Granskning av styrning av it och digitalisering');
    const before = recommendationRows(fake);

    fireEvent.click(screen.getByRole('button', { name: 'Förhandsgranska infogning' }));
    const plan = await screen.findByRole('region', { name: 'Det här infogas' });
    expect(plan).toHaveTextContent('Ny granskning G3. 7 nya rader i Rekommendationer, 0 finns redan');
    fireEvent.click(within(plan).getByRole('button', { name: 'Infoga' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Klart: 7 nya rader i Rekommendationer för G3/);
    expect(recommendationRows(fake)).toBe(before + 7);

    await openImport(helsingborg);
    fireEvent.click(await screen.findByRole('button', { name: 'Förhandsgranska infogning' }));
    const again = await screen.findByRole('region', { name: 'Det här infogas' });
    await waitFor(() => expect(again).toHaveTextContent('Granskningen finns redan som G3. 0 nya rader i Rekommendationer, 7 finns redan'));
    expect(within(again).getByRole('button', { name: 'Infoga' })).toBeDisabled();
    expect(recommendationRows(fake)).toBe(before + 7);
  }, 60_000);

  it('lets the user drop, merge and edit items, shows variants, and fans a group addressee out per nämnd', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    const preview = await openImport(huddinge);
    expect(screen.getByText(/^Rekommendation 5 står med annan lydelse på rad 227/)).toBeInTheDocument();
    expect(within(preview).getByText('5 rekommendationer')).toBeInTheDocument();
    fireEvent.click(within(preview).getByRole('button', { name: 'Ta bort rekommendation 5' }));
    fireEvent.click(within(preview).getByRole('button', { name: 'Slå ihop med nästa: rekommendation 3 och 4' }));
    expect(within(preview).getByText('3 rekommendationer')).toBeInTheDocument();
    expect((within(preview).getByRole('textbox', { name: 'Text för rekommendation 3' }) as HTMLTextAreaElement).value).toMatch(
      /fram till genomförande Förvaltningarna förses .* implementering av dessa\.$/,
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Digitaliseringens möjligheter' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Nämnderna: en rad per nämnd' }), { target: { value: 'Socialnämnden, Kultur- och fritidsnämnden' } });
    fireEvent.click(screen.getByRole('button', { name: 'Förhandsgranska infogning' }));
    const plan = await screen.findByRole('region', { name: 'Det här infogas' });
    expect(plan).toHaveTextContent('6 nya rader i Rekommendationer');
  }, 60_000);

  it('an empty title blocks the preview with a Swedish message', async () => {
    renderApp(await exampleWorkbook());
    await openImport(helsingborg);
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: ' ' } });
    expect(screen.getByText('Ange granskningens titel.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Förhandsgranska infogning' })).toBeDisabled();
  }, 60_000);

  it('lets the user correct the report date and answer date, sizes text boxes to their text, and brings the result into view', async () => {
    const fake = await exampleWorkbook();
    renderApp(fake);
    const preview = await openImport(helsingborg);
    const first = within(preview).getByRole('textbox', { name: 'Text för rekommendation 1' }) as HTMLTextAreaElement;
    // A text of 76 characters gets two lines; a long one more, so nothing is clipped.
    expect(first.rows).toBe(2);
    fireEvent.change(first, { target: { value: 'Etablera '.repeat(40) } });
    expect(first.rows).toBeGreaterThan(6);
    fireEvent.change(first, { target: { value: 'Etablera styrande dokument avseende stadens it-styrning och digitalisering.' } });

    const reportDate = screen.getByRole('textbox', { name: 'Rapportdatum' });
    expect(reportDate).toHaveValue('2023-11-27');
    fireEvent.change(reportDate, { target: { value: 'i höstas' } });
    expect(screen.getByText('Ange ett datum, till exempel 2024-03-01.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Förhandsgranska infogning' })).toBeDisabled();
    fireEvent.change(reportDate, { target: { value: '2023-12-01' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Svar senast' }), { target: { value: '1 april 2024' } });
    fireEvent.click(screen.getByRole('button', { name: 'Förhandsgranska infogning' }));
    const plan = await screen.findByRole('region', { name: 'Det här infogas' });
    expect(within(plan).getByText(/Excels Ångra \(Ctrl\+Z\) kan inte ta tillbaka den/)).toBeInTheDocument();
    fireEvent.click(within(plan).getByRole('button', { name: 'Infoga' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveFocus());

    // The new granskning carries the corrected dates (serials of 2023-12-01 and 2024-04-01).
    const audits = fake.sheet('Granskningar')!.dump();
    const values = Object.values(audits);
    expect(values).toContain(45261);
    expect(values).toContain(45383);
  }, 60_000);
});

describe('Importera into a register whose granskning ids are not unique', () => {
  it('names the ids and their cells, and Infoga stays disabled', async () => {
    const register = exampleRegister(defaultScale);
    const granskningar = register.tables.Granskningar!;
    // The second granskning's id typed as the first's in lower case: rows would be matched to both.
    const twin = { ...granskningar.rows[1], values: { ...granskningar.rows[1].values, id: String(granskningar.rows[0].values.id).toLowerCase() } };
    const fake = await workbookWith({
      ...register,
      tables: { ...register.tables, Granskningar: { ...granskningar, rows: [granskningar.rows[0], twin, ...granskningar.rows.slice(2)] } },
    });
    renderApp(fake);
    await openImport(helsingborg);
    fireEvent.click(screen.getByRole('button', { name: 'Förhandsgranska infogning' }));
    const plan = await screen.findByRole('region', { name: 'Det här infogas' });
    expect(plan).toHaveTextContent('Rekommendationerna kan inte infogas');
    expect(plan).toHaveTextContent(`”${String(twin.values.id)}” i Granskningar!A`);
    expect(within(plan).getByRole('button', { name: 'Infoga' })).toBeDisabled();
  }, 60_000);
});
