import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import JSZip from 'jszip';
import { TextEncoder } from 'util';
import { YttrandeSection } from '../../src/taskpane/views/YttrandeSection';
import { haningeAnswered } from '../_lib/haningeYttrande';
import { renderApp, workbookWith } from './_lib/renderApp';

jest.setTimeout(60_000);

// Every browser has TextEncoder (docx encodes the document's XML with it); jsdom does not provide one.
if (typeof globalThis.TextEncoder === 'undefined') Object.assign(globalThis, { TextEncoder });

/*
 * The yttrande in the pane: Rapport offers it for a chosen granskning and nämnd and hands the .docx to the
 * browser (a download in Excel and in file mode alike); Översikt lists the yttranden due or late per nämnd.
 */
describe('YttrandeSection', () => {
  it('writes the chosen nämnd’s yttrande over the chosen granskning and says how many answers are missing', async () => {
    const saved: { bytes: Uint8Array; fileName: string }[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <YttrandeSection register={haningeAnswered()} saveDocument={(bytes, fileName) => saved.push({ bytes, fileName })} />
      </FluentProvider>,
    );
    const create = screen.getByRole('button', { name: 'Skapa yttrande (Word)' });
    expect(create).toBeDisabled();
    fireEvent.change(screen.getByRole('combobox', { name: 'Granskning' }), { target: { value: 'G2' } });
    const namnd = screen.getByRole('combobox', { name: 'Nämnd' });
    expect(
      within(namnd)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Kommunstyrelsen', 'Socialnämnden', 'Barn- och utbildningsnämnden']);
    fireEvent.change(namnd, { target: { value: 'Socialnämnden' } });
    fireEvent.click(create);
    await waitFor(
      () =>
        expect(screen.getByRole('status')).toHaveTextContent(
          /^Klart: yttrandet har laddats ned som Yttrande G2 Socialnämnden\.docx; öppna det i Word\. 1 rekommendation saknar svar/,
        ),
      { timeout: 30_000 },
    );
    expect(saved.map((s) => s.fileName)).toEqual(['Yttrande G2 Socialnämnden.docx']);
    const doc = await (await JSZip.loadAsync(saved[0].bytes)).file('word/document.xml')!.async('string');
    const texts = haningeAnswered()
      .tables.Rekommendationer!.rows.filter((r) => r.values.granskningId === 'G2' && r.values.nr !== 1)
      .map((r) => String(r.values.rekommendation));
    expect(texts).toHaveLength(7);
    for (const text of texts) expect(doc).toContain(text);
    expect(doc).toContain('Svar saknas');
  });

  it('is in Rapport, and Översikt lists the yttranden due or late per nämnd with Gå till their Svar senast', async () => {
    const fake = await workbookWith(haningeAnswered());
    renderApp(fake);
    const social = await screen.findByRole('list', { name: 'Yttranden från Socialnämnden' }, { timeout: 30_000 });
    expect(
      within(social)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'G2 · SocialnämndenGå tillGranskning av skyddade personuppgifterförsenat, svar senast 2026-10-01 (52 dagar sedan), beslutsdatum saknas',
      'G1 · SocialnämndenGå tillGranskning av hantering och utbetalning av försörjningsstödsvar senast 2026-12-10 (om 18 dagar)',
    ]);
    expect(within(screen.getByRole('list', { name: 'Yttranden från Kommunstyrelsen' })).getAllByRole('listitem')).toHaveLength(1);
    fireEvent.click(within(social).getByRole('button', { name: 'Gå till Granskningar!G5' }));
    await waitFor(() => expect(fake.selected).toEqual({ sheet: 'Granskningar', address: 'G5' }), { timeout: 30_000 });
    fireEvent.click(screen.getByRole('tab', { name: 'Rapport' }));
    expect(await screen.findByRole('heading', { name: 'Nämndens yttrande' }, { timeout: 30_000 })).toBeInTheDocument();
  });
});
