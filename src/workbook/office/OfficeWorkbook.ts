import { isUppsiktError, scaleToRange, SCALE_NAME, type RegisterData, type RiskScale, type WorkbookSnapshot } from '../../core';
import type { RegisterEdits, StructurePlan, StructureResult, WorkbookPort } from '../../usecases/port/WorkbookPort';
import { portErrors } from '../../usecases/port/portMessages.sv';
import { officeErrors } from './messages.sv';
import { OfficeWriteError } from './officeErrors';
import { readWorkbook, type Sync } from './readWorkbook';
import { levelColorRules } from '../layout/conditionalFormats';
import { splitAddress } from './a1';

// Creating the structure and writing edits (with the layouts of every sheet) happen only after a click in a
// view, so they are their own chunk: the pane's start neither downloads nor compiles them.
const structureWrites = () => import(/* webpackChunkName: "office-writes" */ './writeStructure');
const editWrites = () => import(/* webpackChunkName: "office-writes" */ './writeEdits');

/** Excel.run, or a double of it in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Cells per read request (see chunks.ts); tests lower it to exercise chunking. */
  readCellsPerChunk?: number;
}

/**
 * The WorkbookPort over Office.js. Every operation is one Excel.run whose context.sync() calls are counted
 * (`lastRoundTrips`), because round trips are what makes an add-in slow, on the web above all.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** Round trips of the most recent operation. */
  lastRoundTrips = 0;

  constructor(
    private readonly run: ExcelRun,
    private readonly options: OfficeWorkbookOptions = {},
  ) {}

  private async batch<T>(work: (context: Excel.RequestContext, sync: Sync) => Promise<T>): Promise<T> {
    let syncs = 0;
    try {
      return await this.run(async (context) => {
        const sync = async () => {
          syncs++;
          await context.sync();
        };
        return work(context, sync);
      });
    } catch (error) {
      // Office errors carry a code; our own (UppsiktError has a code too) and programming errors pass as they are.
      const fromOffice = (error as { code?: unknown } | null)?.code !== undefined && !(error instanceof OfficeWriteError) && !isUppsiktError(error);
      throw fromOffice ? new OfficeWriteError(error) : error;
    } finally {
      this.lastRoundTrips = syncs;
    }
  }

  read(): Promise<WorkbookSnapshot> {
    return this.batch((context, sync) => readWorkbook(context, sync, this.options.readCellsPerChunk));
  }

  /** One table's rows: one sync for its address, then one per chunk. */
  readTable(name: string): Promise<unknown[][]> {
    return this.batch(async (context, sync) => {
      const body = context.workbook.tables.getItem(name).getDataBodyRange().load('rowCount,columnCount');
      await sync();
      const per = Math.max(1, Math.floor((this.options.readCellsPerChunk ?? 100_000) / Math.max(1, body.columnCount)));
      const rows: unknown[][] = [];
      for (let start = 0; start < body.rowCount; start += per) {
        const part = body
          .getRow(start)
          .getResizedRange(Math.min(per, body.rowCount - start) - 1, 0)
          .load('values');
        await sync();
        for (const row of part.values) rows.push(row);
      }
      return rows;
    });
  }

  async planStructure(register: RegisterData): Promise<StructurePlan> {
    const { planFor, readExisting } = await structureWrites();
    return this.batch(async (context, sync) => planFor(await readExisting(context, sync), register).plan);
  }

  async createStructure(register: RegisterData): Promise<StructureResult> {
    const { writeStructure } = await structureWrites();
    const sheets = await this.batch((context, sync) => writeStructure(context, sync, register));
    return { sheets, roundTrips: this.lastRoundTrips };
  }

  async applyEdits(edits: RegisterEdits): Promise<StructureResult> {
    const { writeEdits } = await editWrites();
    await this.batch((context, sync) => writeEdits(context, sync, edits));
    return { sheets: edits.append.map((a) => a.table), roundTrips: this.lastRoundTrips };
  }

  writeScale(scale: RiskScale): Promise<void> {
    return this.batch(async (context, sync) => {
      const range = context.workbook.names.getItemOrNullObject(SCALE_NAME).getRangeOrNullObject().load('rowCount,columnCount');
      const levels = context.workbook.tables.getItemOrNullObject('Risker').columns.getItemOrNullObject('Risknivå').getDataBodyRange().load('address');
      await sync();
      if (range.isNullObject) throw portErrors.noScale();
      const block = scaleToRange(scale);
      if (block.length > range.rowCount || block[0].length > range.columnCount) {
        throw officeErrors.scaleNameTooSmall({ rows: block.length, columns: block[0].length, nameRows: range.rowCount, nameColumns: range.columnCount });
      }
      range.values = Array.from({ length: range.rowCount }, (_, r) => Array.from({ length: range.columnCount }, (_, c) => (block[r]?.[c] ?? '') as string | number));
      if (!levels.isNullObject) {
        const { sheet, cells } = splitAddress(levels.address);
        const column = context.workbook.worksheets.getItem(sheet).getRange(cells);
        column.conditionalFormats.clearAll();
        for (const rule of levelColorRules(scale.bands)) {
          const cf = column.conditionalFormats.add('CellValue' as Excel.ConditionalFormatType.cellValue);
          cf.cellValue.format.fill.color = rule.fill;
          cf.cellValue.format.font.color = rule.font;
          cf.cellValue.rule = { formula1: `=${rule.literal}`, operator: 'EqualTo' };
        }
      }
      await sync();
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.batch(async (context, sync) => {
      try {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(cell === '' ? 'A1' : cell).select();
        await sync();
      } catch (error) {
        // The same sentence as the file adapter's, naming the sheet (Excel's own says only "not found").
        if ((error as { code?: unknown } | null)?.code === 'ItemNotFound') throw portErrors.noSheet({ sheet });
        throw error;
      }
    });
  }

  async onChanged(listener: () => void): Promise<() => void> {
    const handler = async () => listener();
    const registration = await this.batch(async (context, sync) => {
      const result = context.workbook.worksheets.onChanged.add(handler);
      await sync();
      return result;
    });
    return () => {
      void this.run(async (context) => {
        registration.remove();
        await context.sync();
      });
    };
  }
}
