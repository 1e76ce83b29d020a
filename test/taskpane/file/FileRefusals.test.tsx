import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { cliErrors } from '../../../src/cli/cliErrors';
import { FileMode } from '../../../src/taskpane/file/FileMode';
import { fileModeErrors } from '../../../src/taskpane/file/fileModeErrors';
import type { FileWorkbooks } from '../../../src/taskpane/file/fileWorkbook';
import { PACKAGE_LIMITS } from '../../../src/workbook/xlsx/read/packageLimits';
import { declareSize, farRows, workbookOf } from '../../workbook/xlsx/_lib/craftedPackage';
import { TODAY } from '../_lib/renderApp';

/*
 * File mode holds the whole workbook in the tab (JSZip, then ExcelJS): a crafted package past the CLI's
 * limits is refused with the CLI's own sentence, naming the file and the sheet, before the adapter sees it.
 * Every refusal is an UppsiktError of the fileMode catalogue, so these tests take their text from it.
 */

const file = (name: string, bytes: Uint8Array) => {
  const f = new File([bytes as BlobPart], name);
  if (typeof f.arrayBuffer !== 'function')
    Object.defineProperty(f, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return f;
};

function setup(load?: () => Promise<FileWorkbooks>) {
  const open = jest.fn<ReturnType<FileWorkbooks['open']>, Parameters<FileWorkbooks['open']>>(async () => {
    throw new Error('the adapter must not see this file');
  });
  const workbooks: FileWorkbooks = { open, create: async () => Promise.reject(new Error('not used')) };
  render(
    <FluentProvider theme={webLightTheme}>
      <FileMode today={() => TODAY} workbooks={load ?? (async () => workbooks)} />
    </FluentProvider>,
  );
  return open;
}

const choose = (f: File) => fireEvent.change(screen.getByLabelText('Välj en arbetsbok (.xlsx) att öppna'), { target: { files: [f] } });

describe('file mode and the package limits', () => {
  it('a value at XFD on 1,600 rows (past 25 million cells) is refused naming the sheet, in the words of the CLI', async () => {
    const open = setup();
    choose(file('bred.xlsx', workbookOf({ Blad1: farRows(2, 'B'), 'Kultur & fritid': farRows(1600, 'XFD') })));
    const said = cliErrors.tooManyCells({ file: 'bred.xlsx', sheet: 'Kultur & fritid', cells: PACKAGE_LIMITS.cells }).message;
    expect(said).toMatch(/^bred\.xlsx har fler celler än Uppsikt kan hålla .* fliken Kultur & fritid/);
    // As it is written: the count's thousands are separated by no-break spaces, which the default normalizer turns into spaces.
    expect(await screen.findByText(said, { normalizer: (text) => text })).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
  });

  it('a sheet that inflates past the limit is refused before it is inflated', async () => {
    const open = setup();
    const bytes = declareSize(workbookOf({ Blad1: farRows(2, 'B'), Data: farRows(2, 'B') }), 'xl/worksheets/sheet2.xml', PACKAGE_LIMITS.inflatedBytes + 1);
    choose(file('bomb.xlsx', bytes));
    expect(await screen.findByText(cliErrors.tooMuchXml({ file: 'bomb.xlsx', sheet: 'Data', megabytes: 768 }).message)).toBeInTheDocument();
    expect(open).not.toHaveBeenCalled();
  });

  it('a workbook within the limits reaches the adapter', async () => {
    const open = setup();
    choose(file('liten.xlsx', workbookOf({ Blad1: farRows(20, 'XFD') })));
    expect(await screen.findByText(/^liten\.xlsx kunde inte öppnas: the adapter must not see this file/)).toBeInTheDocument();
    expect(open).toHaveBeenCalledTimes(1);
  });
});

describe('file mode says why a file did not open in its catalogue’s words', () => {
  it('a file the browser cannot read (fileMode.readFailed)', async () => {
    setup();
    const gone = new File([], 'borta.xlsx');
    Object.defineProperty(gone, 'arrayBuffer', { value: async () => Promise.reject(new DOMException('Filen finns inte', 'NotFoundError')) });
    choose(gone);
    expect(await screen.findByText(fileModeErrors.readFailed({ file: 'borta.xlsx' }).message)).toBeInTheDocument();
  });

  it('the part of Uppsikt that reads .xlsx could not be fetched (fileMode.loadFailed, said as fileMode.unreadable naming the file)', async () => {
    setup(() => Promise.reject(new Error('ChunkLoadError')));
    choose(file('bok.xlsx', workbookOf({ Blad1: farRows(2, 'B') })));
    const said = fileModeErrors.unreadable({ file: 'bok.xlsx', reason: fileModeErrors.loadFailed().message }).message;
    expect(said).toMatch(/^bok\.xlsx kunde inte öppnas: Delen av Uppsikt som läser \.xlsx-filer kunde inte hämtas/);
    expect(await screen.findByText(said)).toBeInTheDocument();
  });
});
