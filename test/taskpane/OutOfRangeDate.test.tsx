import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { defaultScale } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { exampleRegister } from '../../src/usecases/exampleRegister';
import { renderUppsikt, XlsxWorkbook } from '../../src/workbook/xlsx';
import { TODAY } from './_lib/renderApp';

// ExcelJS on a busy 2-core machine.
jest.setTimeout(120_000);

/*
 * Issue 22 in file mode: an Omgång holding a serial Excel cannot show as a date (1e10 in a date-formatted
 * cell, shown as ##### in Excel) is read by ExcelJS as an invalid Date. Översikt opened on it crashed in
 * toISOString; it must count the workbook, and Kontrollera name the cell.
 */
async function fileWithOutOfRangeRound(): Promise<XlsxWorkbook> {
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, exampleRegister(defaultScale), { today: TODAY });
  const cell = workbook.getWorksheet('Uppföljning')!.getCell('B4');
  cell.value = 1e10;
  cell.numFmt = 'yyyy-mm-dd';
  return XlsxWorkbook.open(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), { today: () => TODAY });
}

describe("a date serial out of Excel's range in the pane (file mode)", () => {
  it('Översikt shows the workbook, and Kontrollera names Uppföljning!B4, never "Invalid Date"', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App port={await fileWithOutOfRangeRound()} today={() => TODAY} />
      </FluentProvider>,
    );
    expect(await screen.findByRole('table', { name: 'Risker per risknivå' })).toBeInTheDocument();
    expect(screen.queryByText(/Vyn kunde inte visas/)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Invalid Date|NaN/);
    fireEvent.click(screen.getByRole('tab', { name: 'Kontrollera' }));
    const goTo = await screen.findByRole('button', { name: 'Gå till Uppföljning!B4' });
    expect(within(goTo.closest('li') ?? document.body).getByText(/är inte ett datum/)).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Invalid Date|NaN/);
  });
});

describe('writing a file whose Uppsikt sheet holds such a date', () => {
  it('is refused before anything changes, naming the cell, so the save never writes NaN over it', async () => {
    const port = await fileWithOutOfRangeRound();
    const before = await port.save();
    const write = port.applyEdits({ append: [{ table: 'Uppföljningar', rows: [{ rekommendationId: 'G1-1', omgang: '2027', status: 'Åtgärdad' }] }], update: [] });
    await expect(write).rejects.toMatchObject({ code: 'xlsx.datesOutOfRange', params: { cells: ['Uppföljning!B4'] } });
    await expect(write).rejects.toThrow(/Uppföljning!B4 har ett datum utanför Excels område/);
    // Nothing was written: the bytes are the ones opened, with no NaN in them.
    expect(port.hasUnsavedChanges).toBe(false);
    expect(Buffer.from(await port.save()).equals(Buffer.from(before))).toBe(true);
  });
});
