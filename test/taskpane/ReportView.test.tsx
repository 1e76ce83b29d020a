import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/App';
import type { OpenReport } from '../../src/taskpane/openReport';
import { OfficeWorkbook } from '../../src/workbook/office';
import { exampleWorkbook, TODAY } from './_lib/renderApp';

/*
 * Rapport over the Excel double: the same use case as `uppsikt export` builds each chosen report in the
 * pane, hands its bytes to openReport (Excel.createWorkbook in Excel) and leaves the open workbook as it was.
 */
describe('ReportView', () => {
  async function setup(how: 'excel' | 'download' = 'excel', fileMode = false) {
    const fake = await exampleWorkbook();
    const port = new OfficeWorkbook(fake.run);
    const opened: { bytes: Uint8Array; fileName: string }[] = [];
    const openReport: OpenReport = async (bytes, fileName) => (opened.push({ bytes, fileName }), how);
    const before = JSON.stringify(await port.read());
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={port} today={() => TODAY} openReport={openReport} fileMode={fileMode} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('tab', { name: 'Rapport' }));
    await screen.findByRole('group', { name: 'Rapporter' });
    return { port, opened, before };
  }

  it('builds the chosen nämnder’s reports, shows progress, and does not change the workbook', async () => {
    const { port, opened, before } = await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Socialnämnden' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kommunstyrelsen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa 2 rapporter' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^Klart: 2 rapporter \(Socialnämnden, Kommunstyrelsen\) har öppnats som nya arbetsböcker/), {
      timeout: 60_000,
    });
    expect(opened.map((o) => o.fileName)).toEqual(['Socialnämnden.xlsx', 'Kommunstyrelsen.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(opened[0].bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Sammanfattning', 'Riskmatris', 'Internkontrollplan', 'Rekommendationer']);
    expect(workbook.getWorksheet('Sammanfattning')!.getCell('A1').value).toBe('Rapport till Socialnämnden');
    expect(JSON.stringify(await port.read())).toBe(before);
  }, 90_000);

  it('offers the rounds in the workbook and says when the report was downloaded instead', async () => {
    const { opened } = await setup('download');
    expect(screen.getByRole('combobox', { name: 'Uppföljningsomgång' })).toHaveTextContent('Senaste (2025)');
    fireEvent.change(screen.getByRole('combobox', { name: 'Uppföljningsomgång' }), { target: { value: '2024' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Hela kommunen (varje rekommendation en gång)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skapa rapport' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('har laddats ned som .xlsx'), { timeout: 60_000 });
    expect(opened.map((o) => o.fileName)).toEqual(['Samtliga nämnder.xlsx']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(opened[0].bytes as unknown as ArrayBuffer);
    expect(String(workbook.getWorksheet('Rekommendationer')!.getCell('A2').value)).toContain('uppföljningsomgång 2024');
  }, 90_000);

  it('says why Skapa rapport waits, how to get a PDF, and in file mode that the report is downloaded', async () => {
    await setup('download', true);
    const button = screen.getByRole('button', { name: 'Skapa rapport' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Välj minst en nämnd eller hela kommunen ovan för att skapa en rapport.');
    expect(screen.getByText(/laddas ned som en \.xlsx-fil/)).toBeInTheDocument();
    expect(screen.queryByText(/öppnas som en ny arbetsbok/)).not.toBeInTheDocument();
    expect(screen.getByText(/--pdf/)).toHaveTextContent('skriv ut den till PDF');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Socialnämnden' }));
    expect(screen.getByRole('button', { name: 'Skapa rapport' })).toBeEnabled();
    expect(screen.queryByText(/Välj minst en nämnd/)).not.toBeInTheDocument();
  }, 60_000);

  it('a bad date disables the button with a Swedish message', async () => {
    await setup();
    fireEvent.change(screen.getByRole('textbox', { name: 'Per (datum)' }), { target: { value: '31/12' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Socialnämnden' }));
    expect(screen.getByText('Skriv ett datum, till exempel 2026-11-30.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skapa rapport' })).toBeDisabled();
  }, 60_000);
});
