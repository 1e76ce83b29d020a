import '@testing-library/jest-dom';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { adoptWorkbook } from '../../src/core';
import { ConsolidateView, type PickedFile } from '../../src/taskpane/views/ConsolidateView';
import { summarizeRegister } from '../../src/usecases/summarizeRegister';
import { renderUppsikt, snapshotOf } from '../../src/workbook/xlsx';
import { namndRegisters, TODAY } from '../usecases/consolidate/_lib/kommun';
import { farRows, workbookOf } from '../workbook/xlsx/_lib/craftedPackage';

const LONG = 300_000;

async function picked(name: string, register: Parameters<typeof renderUppsikt>[1]): Promise<PickedFile> {
  const workbook = new ExcelJS.Workbook();
  renderUppsikt(workbook, register, { today: TODAY });
  const buffer = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
  return { name, arrayBuffer: async () => buffer };
}

describe('Samla', () => {
  it(
    'reads the picked files in the pane, opens the consolidated workbook in Excel and lists the file it could not read',
    async () => {
      const files = await Promise.all(namndRegisters().map((n, i) => picked(`${i + 1}-${n.namnd}.xlsx`, n.register)));
      files.push({ name: 'trasig.xlsx', arrayBuffer: async () => new TextEncoder().encode('ingen arbetsbok').buffer as ArrayBuffer });
      // 1,600 rows with a value in column XFD: past the 25 million cells the CLI refuses, in a file under 100 kB.
      const wide = workbookOf({ Blad1: farRows(1600, 'XFD') });
      files.push({ name: 'bred.xlsx', arrayBuffer: async () => wide.slice().buffer as ArrayBuffer });
      const opened: Uint8Array[] = [];
      render(
        <FluentProvider theme={webLightTheme}>
          <ConsolidateView
            today={TODAY}
            openReport={async (bytes) => {
              opened.push(bytes);
              return 'excel';
            }}
          />
        </FluentProvider>,
      );
      expect(screen.getByRole('button', { name: 'Samla och öppna' })).toBeDisabled();
      fireEvent.change(screen.getByLabelText('Nämndernas arbetsböcker'), { target: { files } });
      expect(screen.getByText(/^6 filer valda: 1-.*trasig\.xlsx, bred\.xlsx\.$/)).toBeInTheDocument();
      fireEvent.click(screen.getByRole('button', { name: 'Samla och öppna' }));

      const done = await screen.findByText(/Klart: 4 arbetsböcker samlade, 47 rekommendationer/, undefined, { timeout: LONG });
      expect(done).toBeInTheDocument();
      const warning = screen.getByText(/Filer som inte kunde läsas/);
      expect(within(warning.closest('div')!).getByText(/Kunde inte läsa trasig.xlsx som en Excel-arbetsbok/)).toBeInTheDocument();
      expect(within(warning.closest('div')!).getByText(/bred\.xlsx har fler celler än Uppsikt kan hålla .*fliken Blad1/)).toBeInTheDocument();

      // What Excel was given is a consolidated Uppsikt workbook: Samlad uppsikt first, each recommendation once.
      expect(opened).toHaveLength(1);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(opened[0].slice().buffer as ArrayBuffer);
      expect(workbook.worksheets[0].name).toBe('Samlad uppsikt');
      const { register } = adoptWorkbook(snapshotOf(workbook));
      expect(summarizeRegister(register, 'granskning').summary.total.total).toBe(47);
    },
    LONG,
  );

  it(
    'says so and opens nothing when no file can be read',
    async () => {
      const opened: Uint8Array[] = [];
      render(
        <FluentProvider theme={webLightTheme}>
          <ConsolidateView
            today={TODAY}
            openReport={async (bytes) => {
              opened.push(bytes);
              return 'excel';
            }}
          />
        </FluentProvider>,
      );
      const bad: PickedFile = { name: 'trasig.xlsx', arrayBuffer: async () => new TextEncoder().encode('x').buffer as ArrayBuffer };
      fireEvent.change(screen.getByLabelText('Nämndernas arbetsböcker'), { target: { files: [bad] } });
      fireEvent.click(screen.getByRole('button', { name: 'Samla och öppna' }));
      expect(await screen.findByText('Ingen av filerna kunde läsas; ingen arbetsbok har skapats.', undefined, { timeout: LONG })).toBeInTheDocument();
      expect(opened).toEqual([]);
    },
    LONG,
  );
});
