import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { adoptWorkbook, type RegisterData } from '../../src/core';
import { App } from '../../src/taskpane/App';
import type { OpenReport } from '../../src/taskpane/openReport';
import { OfficeWorkbook } from '../../src/workbook/office';
import { renderUppsikt, XlsxWorkbook } from '../../src/workbook/xlsx';
import { snapshotFromBytes } from '../../src/workbook/xlsx/consolidation';
import type { WorkbookPort } from '../../src/usecases/port/WorkbookPort';
import { yearRegister } from '../usecases/yearClose/_fixture';
import { TODAY, workbookWith } from './_lib/renderApp';

/*
 * The year's close in the pane, in Excel (the Office double) and in file mode (XlsxWorkbook): Rapport offers
 * Uppföljning av intern kontroll beside the nämnd report; Nytt år says what it will do before it does it,
 * then opens next year's plan as a new workbook. The open workbook is never changed.
 */
async function excelPort(): Promise<WorkbookPort> {
  return new OfficeWorkbook((await workbookWith(yearRegister())).run);
}

async function filePort(): Promise<WorkbookPort> {
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, yearRegister(), { today: TODAY });
  return XlsxWorkbook.open(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), { today: () => TODAY });
}

describe.each([
  ['Excel', excelPort],
  ['file mode', filePort],
] as const)('the year close in the pane (%s)', (_name, makePort) => {
  async function setup(tab: string) {
    const port = await makePort();
    const opened: { bytes: Uint8Array; fileName: string }[] = [];
    const openReport: OpenReport = async (bytes, fileName) => (opened.push({ bytes, fileName }), 'excel');
    const before = JSON.stringify(await port.read());
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={port} today={() => TODAY} openReport={openReport} />
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByRole('tab', { name: tab }));
    return { port, opened, before };
  }
  const load = async (bytes: Uint8Array) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  };

  it('Rapport makes Uppföljning av intern kontroll 2026 for a nämnd, counting as the CLI does', async () => {
    const { port, opened, before } = await setup('Rapport');
    fireEvent.change(await screen.findByRole('combobox', { name: 'Rapport' }), { target: { value: 'uppfoljning' } });
    expect(screen.getByRole('textbox', { name: 'År' })).toHaveValue('2026');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Socialnämnden' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa rapport' }));
    await waitFor(() => expect(opened).toHaveLength(1), { timeout: 60_000 });
    const workbook = await load(opened[0].bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', 'Kontroller', 'Avvikelser']);
    const summary = workbook.getWorksheet('Sammanfattning')!;
    expect(summary.getCell('A1').value).toBe('Uppföljning av intern kontroll 2026');
    const rows: string[][] = [];
    summary.eachRow((row) => rows.push([String(row.getCell(1).value ?? ''), String(row.getCell(2).value ?? '')]));
    expect(rows).toContainEqual(['Genomförda kontroller', '2 av 4']);
    expect(JSON.stringify(await port.read())).toBe(before);
  }, 90_000);

  it('Nytt år says what it will do first, then opens the plan for 2027 with every result kept', async () => {
    const { port, opened, before } = await setup('Nytt år');
    const said = await screen.findByRole('region', { name: 'Det här görs' });
    expect(said).toHaveTextContent('Internkontrollplan 2027 görs av planen för 2026:');
    expect(said).toHaveTextContent('K2: Från uppföljningen 2026: ej genomförd');
    expect(said).toHaveTextContent('Fastställd (2025-12-11) och Beslutsnummer (SN 2025/88) töms');
    expect(said).toHaveTextContent('Dina egna flikar följer inte med dit');
    expect(opened).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Skapa plan för 2027' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Internkontrollplan 2027 är öppnad som en ny arbetsbok; 5 kontroller att ta ställning till.'), {
      timeout: 60_000,
    });
    expect(opened.map((o) => o.fileName)).toEqual(['Internkontrollplan 2027.xlsx']);
    const next = adoptWorkbook(await snapshotFromBytes(opened[0].bytes)).register;
    const key = (r: RegisterData) =>
      r.tables.Kontrollutfall!.rows.map((row) => `${row.values.kontrollId} ${row.values.period} ${row.values.genomford} ${row.values.resultat ?? ''}`);
    expect(key(next)).toEqual(key(yearRegister()));
    expect(next.tables.Kontrollutfall!.rows).toHaveLength(12);
    expect(next.tables.Kontroller!.rows.map((row) => row.extra['Inför 2027'] ?? null).filter((m) => m !== null)).toHaveLength(5);
    expect(next.plan?.beslutsnummer ?? null).toBeNull();
    expect(JSON.stringify(await port.read())).toBe(before);
  }, 90_000);

  it('Nytt år: a year that is no year disables the button', async () => {
    await setup('Nytt år');
    fireEvent.change(await screen.findByRole('textbox', { name: 'Planen gäller år' }), { target: { value: 'nästa' } });
    expect(screen.getByText('”nästa” är inget år; skriv ett årtal, t.ex. 2027.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Skapa plan/ })).toBeDisabled();
  }, 60_000);
});
