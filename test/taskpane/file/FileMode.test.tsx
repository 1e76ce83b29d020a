import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { defaultScale, type RegisterData, type RiskScale } from '../../../src/core';
import { FILE_UNDO_NOTE, UNDO_NOTE } from '../../../src/taskpane/ConfirmChange';
import { FileMode } from '../../../src/taskpane/file/FileMode';
import type { FileWorkbook, FileWorkbooks } from '../../../src/taskpane/file/fileWorkbook';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { OfficeWorkbook } from '../../../src/workbook/office';
import type { RegisterEdits } from '../../../src/usecases/port/WorkbookPort';
import { FakeWorkbook } from '../../workbook/office/_lib/fakeExcel';
import { TODAY } from '../_lib/renderApp';

// The pane over the Excel double re-reads the workbook after each write: slow on a busy 2-core machine.
jest.setTimeout(120_000);

/** A file workbook over the Excel double: the Office adapter does the writes, this keeps the unsaved flag as XlsxWorkbook does. */
class FakeFile implements FileWorkbook {
  private readonly port: OfficeWorkbook;
  private unsaved = false;
  private savedBytes = false;
  private readonly listeners = new Set<() => void>();
  saves = 0;
  constructor(readonly fake = new FakeWorkbook()) {
    if (fake.sheets.length === 0) fake.addSheet('Blad1');
    this.port = new OfficeWorkbook(fake.run);
  }
  get hasUnsavedChanges() {
    return this.unsaved;
  }
  private async wrote<T>(result: Promise<T>): Promise<T> {
    const value = await result;
    this.unsaved = true;
    this.listeners.forEach((l) => l());
    return value;
  }
  read = () => this.port.read();
  planStructure = (register: RegisterData) => this.port.planStructure(register);
  createStructure = (register: RegisterData) => this.wrote(this.port.createStructure(register));
  writeScale = (scale: RiskScale) => this.wrote(this.port.writeScale(scale));
  applyEdits = (edits: RegisterEdits) => this.wrote(this.port.applyEdits(edits));
  select = (sheet: string, cell: string) => this.port.select(sheet, cell);
  onChanged = async (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  async save() {
    this.saves++;
    this.savedBytes = true;
    return new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
  }
  markSaved() {
    if (this.savedBytes) this.unsaved = false;
  }
}

const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
const file = (name: string, bytes: Uint8Array = ZIP) => {
  const f = new File([bytes as BlobPart], name);
  // jsdom's File may lack arrayBuffer(); the page uses it.
  if (typeof f.arrayBuffer !== 'function') Object.defineProperty(f, 'arrayBuffer', { value: async () => bytes.buffer.slice(0) });
  return f;
};

function setup(open: FileWorkbooks['open'] = async () => new FakeFile()) {
  const created: FakeFile[] = [];
  const workbooks: FileWorkbooks = {
    open,
    create: async () => {
      const f = new FakeFile();
      created.push(f);
      return f;
    },
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <FileMode today={() => TODAY} workbooks={async () => workbooks} />
    </FluentProvider>,
  );
  return created;
}

const leaving = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

const pickers = window as unknown as { showSaveFilePicker?: unknown; showOpenFilePicker?: unknown };

describe('FileMode', () => {
  const createObjectURL = URL.createObjectURL;
  beforeEach(() => {
    delete pickers.showSaveFilePicker;
    delete pickers.showOpenFilePicker;
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
  });
  afterEach(() => {
    URL.createObjectURL = createObjectURL;
  });

  it('starts with Öppna arbetsbok (.xlsx), a file input, drag and drop, and Ny arbetsbok med exempel', () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'Uppsikt i webbläsaren' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Öppna arbetsbok (.xlsx)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Välj en arbetsbok (.xlsx) att öppna')).toHaveAttribute('type', 'file');
    expect(screen.getByText('eller dra en arbetsbok hit')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ny arbetsbok med exempel' })).toBeInTheDocument();
    expect(leaving()).toBe(false);
  });

  it('opens a chosen file in the pane with a bar naming it; nothing unsaved yet', async () => {
    setup();
    fireEvent.change(screen.getByLabelText('Välj en arbetsbok (.xlsx) att öppna'), { target: { files: [file('budget.xlsx')] } });
    const bar = await screen.findByRole('region', { name: 'Arbetsboken budget.xlsx' });
    expect(screen.getByRole('heading', { level: 1, name: 'Uppsikt' })).toBeInTheDocument();
    expect(within(bar).queryByText('Osparade ändringar')).not.toBeInTheDocument();
    expect(leaving()).toBe(false);
  });

  it("says what Spara does, not Excel's Ångra, before a change in file mode", async () => {
    setup();
    fireEvent.change(screen.getByLabelText('Välj en arbetsbok (.xlsx) att öppna'), { target: { files: [file('budget.xlsx')] } });
    await screen.findByRole('region', { name: 'Arbetsboken budget.xlsx' });
    fireEvent.click(screen.getByRole('tab', { name: 'Skapa' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Skapa strukturen…' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByText(FILE_UNDO_NOTE)).toBeInTheDocument();
    expect(within(dialog).queryByText(UNDO_NOTE)).not.toBeInTheDocument();
  });

  it("names the file in every error: the adapter's, and a file that is no workbook", async () => {
    setup(async () => {
      throw new Error('Arbetsboken är skadad.');
    });
    fireEvent.change(screen.getByLabelText('Välj en arbetsbok (.xlsx) att öppna'), { target: { files: [file('trasig.xlsx')] } });
    expect(await screen.findByText('trasig.xlsx kunde inte öppnas: Arbetsboken är skadad.')).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer: { types: ['Files'], files: [file('gammal.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))] } });
    expect(await screen.findByText(/^gammal\.xls är i Microsofts äldre filformat/)).toBeInTheDocument();
  });

  it('Ny arbetsbok med exempel creates the structure through the port; unsaved until Spara downloads it', async () => {
    const created = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Ny arbetsbok med exempel' }));
    const bar = await screen.findByRole('region', { name: 'Arbetsboken Uppsikt exempel.xlsx' });
    expect(created[0].fake.sheets.map((s) => s.name)).toContain('Riskanalys');
    expect(within(bar).getByText('Osparade ändringar')).toBeInTheDocument();
    expect(leaving()).toBe(true);

    // jsdom cannot download: the link's click is watched instead.
    const downloads: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    fireEvent.click(within(bar).getByRole('button', { name: 'Spara' }));
    expect(await within(bar).findByText('Uppsikt exempel.xlsx är nedladdad (se webbläsarens hämtade filer).')).toBeInTheDocument();
    click.mockRestore();
    expect(downloads).toEqual(['Uppsikt exempel.xlsx']);
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
    expect(within(bar).queryByText('Osparade ändringar')).not.toBeInTheDocument();
    expect(leaving()).toBe(false);
  });

  it('Hjälp describes file mode, and Gå till says sheet, row and what the row holds, then closes', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Ny arbetsbok med exempel' }));
    await screen.findByRole('region', { name: 'Arbetsboken Uppsikt exempel.xlsx' });
    fireEvent.click(screen.getByRole('tab', { name: 'Hjälp' }));
    expect(await screen.findByRole('heading', { name: 'I webbläsaren' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Spara' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Om tillägget saknas' })).not.toBeInTheDocument();

    fireEvent.click(screen.getByRole('tab', { name: 'Kontrollera' }));
    const go = (await screen.findAllByRole('button', { name: /^Gå till / }))[0];
    const place = go.getAttribute('aria-label')!.replace('Gå till ', '');
    const [sheet, cell] = place.split('!');
    fireEvent.click(go);
    const row = Number(/\d+$/.exec(cell)![0]);
    // The notice in view (role status), not its invisible copy that makes room for it at the end of the page.
    const matches = await screen.findAllByText(new RegExp(`^${place}: fliken ${sheet}, rad ${row} \\(.+\\)\\. Här i webbläsaren finns inget rutnät`));
    const notice = matches.find((m) => m.closest('[role="status"]'))!;
    expect(matches.filter((m) => m !== notice).every((m) => m.closest('[aria-hidden="true"]'))).toBe(true);
    // The row's content with its headers, as the user knows the row.
    expect(notice.textContent).toMatch(/\(\S[^:]*: /);
    fireEvent.click(screen.getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByText(/Här i webbläsaren finns inget rutnät/)).not.toBeInTheDocument());
  });

  it('Spara through the File System Access API: a closed picker or a failed write leaves the changes unsaved', async () => {
    const written: Blob[] = [];
    let answer: 'cancel' | 'fail' | 'write' = 'cancel';
    pickers.showSaveFilePicker = jest.fn(async (options: { suggestedName: string }) => {
      if (answer === 'cancel') throw new DOMException('Avbrutet', 'AbortError');
      return {
        name: options.suggestedName,
        createWritable: async () => ({
          write: async (b: Blob) => {
            if (answer === 'fail') throw new DOMException('Disken är full', 'QuotaExceededError');
            written.push(b);
          },
          close: async () => undefined,
        }),
      };
    });
    const created = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Ny arbetsbok med exempel' }));
    const bar = await screen.findByRole('region', { name: 'Arbetsboken Uppsikt exempel.xlsx' });
    const save = async () => {
      fireEvent.click(within(bar).getByRole('button', { name: 'Spara' }));
      await waitFor(() => expect(within(bar).getByRole('button', { name: 'Spara' })).toBeEnabled());
    };

    await save();
    expect(created[0].saves).toBe(0);
    expect(within(bar).getByText('Osparade ändringar')).toBeInTheDocument();
    expect(within(bar).queryByRole('alert')).not.toBeInTheDocument();

    answer = 'fail';
    await save();
    expect(await within(bar).findByText(/^Uppsikt exempel\.xlsx kunde inte sparas: Disken är full/)).toBeInTheDocument();
    expect(within(bar).getByText('Osparade ändringar')).toBeInTheDocument();
    expect(leaving()).toBe(true);

    answer = 'write';
    await save();
    expect(await within(bar).findByText('Sparad i Uppsikt exempel.xlsx.')).toBeInTheDocument();
    expect(written).toHaveLength(1);
    expect(within(bar).queryByText('Osparade ändringar')).not.toBeInTheDocument();
    expect(leaving()).toBe(false);
  });

  it("Öppna arbetsbok uses the browser's picker where there is one, and Spara writes back into that very file", async () => {
    const written: Blob[] = [];
    const handle = {
      name: 'plan.xlsx',
      getFile: async () => file('plan.xlsx'),
      createWritable: async () => ({ write: async (b: Blob) => void written.push(b), close: async () => undefined }),
    };
    pickers.showOpenFilePicker = jest.fn(async () => [handle]);
    pickers.showSaveFilePicker = jest.fn();
    const opened: FakeFile[] = [];
    setup(async () => {
      const f = new FakeFile();
      opened.push(f);
      return f;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Öppna arbetsbok (.xlsx)' }));
    const bar = await screen.findByRole('region', { name: 'Arbetsboken plan.xlsx' });
    await act(async () => {
      await opened[0].createStructure(exampleRegister(defaultScale));
    });
    expect(await within(bar).findByText('Osparade ändringar')).toBeInTheDocument();
    fireEvent.click(within(bar).getByRole('button', { name: 'Spara' }));
    expect(await within(bar).findByText('Sparad i plan.xlsx.')).toBeInTheDocument();
    expect(written).toHaveLength(1);
    expect(pickers.showSaveFilePicker).not.toHaveBeenCalled();
  });

  it('Öppna en annan… with unsaved changes asks first; Avbryt keeps the workbook', async () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Ny arbetsbok med exempel' }));
    const bar = await screen.findByRole('region', { name: 'Arbetsboken Uppsikt exempel.xlsx' });
    fireEvent.click(within(bar).getByRole('button', { name: 'Öppna en annan…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Uppsikt exempel\.xlsx har osparade ändringar/)).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avbryt', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Arbetsboken Uppsikt exempel.xlsx' })).toBeInTheDocument();

    fireEvent.click(within(bar).getByRole('button', { name: 'Öppna en annan…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Släpp ändringarna', hidden: true }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Uppsikt i webbläsaren' })).toBeInTheDocument();
    await act(async () => undefined);
    expect(leaving()).toBe(false);
  });
});
