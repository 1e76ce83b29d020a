import ExcelJS from 'exceljs';
import { adoptWorkbook, parseRangeStart, uppsiktSchema, type RegisterData, type RegisterTable, type RiskScale, type WorkbookSnapshot } from '../../core';
import type { RegisterEdits, StructurePlan, StructureResult, WorkbookPort } from '../../usecases/port/WorkbookPort';
import { existingIn, planFor } from '../layout/structurePlan';
import type { UppsiktNames } from '../layout/uppsiktNames';
import { portErrors } from '../../usecases/port/portMessages.sv';
import { datesOutOfRange } from './datesOutOfRange';
import { xlsxErrors } from './messages.sv';
import { LossError, mergeUppsiktBytes } from './package/mergeUppsiktPackage';
import { replacementLosses, type ReplacementLoss } from './package/replacementLosses';
import { sniffWorkbook } from './package/sniffWorkbook';
import type { PackageParts } from './package/PackageParts';
import { readZipBytes } from './package/zipBytes';
import { PackageError, readWorkbookPart } from './package/workbookPart';
import { editedTables } from './registerEdits';
import { renderUppsikt } from './renderUppsikt';
import { rewriteProblem } from './rewriteRefusal';
import { snapshotOf } from './snapshotOf';
import { partsIn, uppsiktPartsIn, withoutFormulaResults } from './uppsiktParts';

/*
 * The WorkbookPort over a workbook file held in memory, for the task pane's file mode (in the browser) and
 * for tests; no fs, path or other Node module, so webpack can load it in Chromium.
 *
 * The ExcelJS workbook in memory is what read() sees. Uppsikt's own sheets in it are always rendered from a
 * register, by the same renderer the CLI writes files with (computed cells with their cached results): a
 * write works out the new register (rows appended, cells changed, the scale) and renders Uppsikt's sheets
 * again, in place and under the same names. The user's sheets in memory are only ever read. save() renders
 * the register read back from memory once more and merges those sheets into the bytes the workbook was
 * opened from, so every part of the user's stays byte for byte, as the CLI's package merge keeps it.
 */

export interface XlsxWorkbookOptions {
  /** Today as an Excel date serial (the one clock; for anything dated that the workbook writes). */
  today: () => number;
}

/** ExcelJS orders sheets by this (not in its typings); a sheet added again takes its old place with it. */
type Ordered = ExcelJS.Worksheet & { orderNo: number };

export class XlsxWorkbook implements WorkbookPort {
  /** The sheet and cell select() went to last ("Gå till"), for the pane to show. */
  lastSelection?: { readonly sheet: string; readonly cell: string };

  /**
   * Writes since open or create (none: save() returns an opened file as it was; some: it merges); the count
   * the last save() saw; the count the last completed save held.
   */
  private writes = 0;
  private writesInLastSave = 0;
  private writesSaved = 0;
  private readonly listeners = new Set<() => void>();
  /** What the losses check found in the original package (computed once, at the first write). */
  private losses?: Promise<readonly ReplacementLoss[]>;

  private constructor(
    private workbook: ExcelJS.Workbook,
    private readonly options: XlsxWorkbookOptions,
    /** The bytes opened and the names of their sheets; undefined for a workbook made with create(). */
    private readonly original?: { readonly bytes: Uint8Array; readonly sheets: ReadonlySet<string>; readonly parts: PackageParts },
  ) {}

  /**
   * Opens .xlsx/.xlsm bytes.
   *
   * @param bytes - The file's content.
   * @param options - The clock.
   * @returns The workbook; throws an UppsiktError (xlsxErrors) for anything that is not a workbook.
   * @example
   * const workbook = await XlsxWorkbook.open(new Uint8Array(await file.arrayBuffer()), { today });
   */
  static async open(bytes: Uint8Array, options: XlsxWorkbookOptions): Promise<XlsxWorkbook> {
    const { kind } = sniffWorkbook(bytes);
    if (kind === 'encrypted') throw xlsxErrors.encrypted();
    if (kind === 'oldFormat') throw xlsxErrors.oldXls();
    // A package without [Content_Types].xml goes on: reading it says what is missing.
    if (kind !== 'workbook' && kind !== 'noContentTypes') throw xlsxErrors.notAWorkbook();
    // Our own copy: the parts are read from it later (the losses check, save), whatever the caller does with `bytes`.
    const own = bytes.slice();
    let parts: PackageParts;
    try {
      parts = readZipBytes(own);
      await readWorkbookPart(parts);
    } catch (error) {
      throw error instanceof PackageError ? xlsxErrors.chooseAnother({ reason: error.message }, { cause: error }) : xlsxErrors.notAWorkbook({ cause: error });
    }
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    } catch (error) {
      throw xlsxErrors.notAWorkbook({ cause: error });
    }
    const sheets = new Set(workbook.worksheets.map((ws) => ws.name));
    return new XlsxWorkbook(workbook, options, { bytes: own, sheets, parts });
  }

  /**
   * An empty workbook (no sheets yet): createStructure(register) then fills it.
   *
   * @example
   * const workbook = await XlsxWorkbook.create({ today }); await workbook.createStructure(register);
   */
  static create(options: XlsxWorkbookOptions): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Uppsikt';
    return Promise.resolve(new XlsxWorkbook(workbook, options));
  }

  /** True after any write (createStructure, applyEdits, writeScale) since open/create or the last markSaved(). */
  get hasUnsavedChanges(): boolean {
    return this.writes !== this.writesSaved;
  }

  /**
   * Says that the bytes of the last save() are now safely in a file. Only the caller knows (a picker can be
   * closed, a write can fail), so save() alone clears nothing; a write made after that save() stays unsaved.
   */
  markSaved(): void {
    this.writesSaved = this.writesInLastSave;
  }

  read(): Promise<WorkbookSnapshot> {
    return Promise.resolve(snapshotOf(this.workbook));
  }

  async planStructure(register: RegisterData): Promise<StructurePlan> {
    return planFor(existingIn(await this.read()), register).plan;
  }

  /**
   * Adds what is missing of the Uppsikt structure, planned as the Office adapter plans it. A workbook without
   * Uppsikt's sheets gets all of them, filled from `register`; sheets already there keep their content (read
   * back from the workbook, not taken from `register`) and are rendered again with the missing ones and the
   * current schema version. Refused (Swedish error naming the cells) where rewriting would lose something.
   */
  async createStructure(register: RegisterData): Promise<StructureResult> {
    const snapshot = await this.read();
    const { plan, keep } = planFor(existingIn(snapshot), register);
    if (plan.add.length === 0 && plan.upgradeFrom === undefined) return { sheets: [], roundTrips: 0 };
    if (keep.size === 0) {
      renderUppsikt(this.workbook, register, { today: this.options.today() });
    } else {
      await this.refuseRewrite(snapshot);
      const kept = withoutFormulaResults(adoptWorkbook(snapshot).register, snapshot);
      const keptTables = new Set(uppsiktSchema.sheets.filter((s) => keep.has(s.name)).flatMap((s) => s.tables.map((t) => t.name)));
      const tables: Record<string, RegisterTable> = {};
      for (const [name, table] of Object.entries(register.tables)) if (table && !keptTables.has(name)) tables[name] = table;
      for (const [name, table] of Object.entries(kept.tables)) if (table && keptTables.has(name)) tables[name] = table;
      const settings = keep.has('Inställningar') ? { scale: kept.scale, lists: kept.lists, ...(kept.plan ? { plan: kept.plan } : {}) } : {};
      this.rerender({ ...register, ...settings, tables }, snapshot);
    }
    this.wrote();
    return { sheets: plan.add.map((a) => a.name), roundTrips: 0 };
  }

  /**
   * Appends rows to Uppsikt's tables (computed columns get their formula and its value) and changes cells in
   * them; text is kept as text, never read as a formula. A cell outside Uppsikt's tables is refused: in a
   * file only Uppsikt's own sheets are written, the user's are kept byte for byte.
   */
  async applyEdits(edits: RegisterEdits): Promise<StructureResult> {
    const snapshot = await this.read();
    const register = withoutFormulaResults(adoptWorkbook(snapshot).register, snapshot);
    const tables = editedTables(snapshot, register, edits);
    if (edits.append.every((a) => a.rows.length === 0) && edits.update.length === 0) return { sheets: [], roundTrips: 0 };
    await this.refuseRewrite(snapshot);
    this.rerender({ ...register, tables }, snapshot);
    this.wrote();
    return { sheets: edits.append.map((a) => a.table), roundTrips: 0 };
  }

  /** Writes the scale block on Inställningar (and everything scored with it) from `scale`. */
  async writeScale(scale: RiskScale): Promise<void> {
    const snapshot = await this.read();
    if (!uppsiktPartsIn(snapshot).definedNames.has('Skala')) throw portErrors.noScale();
    await this.refuseRewrite(snapshot);
    const register = withoutFormulaResults(adoptWorkbook(snapshot).register, snapshot);
    this.rerender({ ...register, scale }, snapshot);
    this.wrote();
  }

  /** Records the cell to show; the sheet must exist. */
  select(sheet: string, cell: string): Promise<void> {
    const found = this.workbook.worksheets.find((ws) => ws.name.toLocaleLowerCase('sv') === sheet.toLocaleLowerCase('sv'));
    if (!found) return Promise.reject(portErrors.noSheet({ sheet }));
    const address = cell === '' ? 'A1' : cell;
    if (!parseRangeStart(address)) return Promise.reject(xlsxErrors.noCell({ sheet: found.name, cell }));
    this.lastSelection = { sheet: found.name, cell: address };
    return Promise.resolve();
  }

  /** Calls `listener` after each write; returns a function that stops it. */
  onChanged(listener: () => void): Promise<() => void> {
    const own = () => listener();
    this.listeners.add(own);
    return Promise.resolve(() => void this.listeners.delete(own));
  }

  /**
   * The workbook as .xlsx bytes, computed cells with their cached values. An opened workbook keeps every
   * part Uppsikt does not own byte for byte (its sheets are merged into the bytes it was opened from; one
   * nothing was written to is returned as it was opened). Leaves hasUnsavedChanges as it is: call markSaved()
   * once the bytes are written.
   */
  async save(): Promise<Uint8Array> {
    const writes = this.writes;
    let bytes: Uint8Array;
    if (!this.original) {
      // Excel opens no workbook without a sheet.
      if (this.workbook.worksheets.length === 0) throw xlsxErrors.noSheets();
      bytes = new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    } else if (this.writes === 0) {
      bytes = this.original.bytes.slice();
    } else {
      const snapshot = await this.read();
      const register = withoutFormulaResults(adoptWorkbook(snapshot).register, snapshot);
      const current = uppsiktPartsIn(snapshot);
      try {
        const merged = await mergeUppsiktBytes(this.original.bytes, register, {
          today: this.options.today(),
          own: partsIn(current, this.original.sheets),
          fixed: current,
        });
        bytes = merged.bytes;
      } catch (error) {
        if (error instanceof LossError) throw xlsxErrors.wouldLose({ losses: error.losses }, { cause: error });
        throw error;
      }
    }
    this.writesInLastSave = writes;
    return bytes;
  }

  private wrote(): void {
    this.writes++;
    for (const listener of [...this.listeners]) listener();
  }

  /**
   * Refuses (before anything changes) a write that would make save() lose what a user made: a newer schema,
   * cells outside the tables or own formulas on Uppsikt's sheets, a chart or comment linked from them.
   */
  private async refuseRewrite(snapshot: WorkbookSnapshot): Promise<void> {
    const problem = rewriteProblem(snapshot, existingIn(snapshot).version);
    if (problem?.kind === 'newerSchema') throw xlsxErrors.newerSchema({ found: problem.found, supported: problem.supported });
    if (problem) throw xlsxErrors[problem.kind]({ cells: problem.cells });
    // Rewriting a sheet that holds a date ExcelJS could not read would write NaN over the user's value.
    const unreadable = datesOutOfRange(snapshot, uppsiktPartsIn(snapshot).sheets.values());
    if (unreadable.length > 0) throw xlsxErrors.datesOutOfRange({ cells: unreadable });
    const original = this.original;
    if (!original) return;
    this.losses ??= (async () => {
      const own = partsIn(uppsiktPartsIn(snapshotOf(this.workbook)), original.sheets);
      return replacementLosses(original.parts, await readWorkbookPart(original.parts), new Set(own.sheets.values()));
    })();
    const losses = await this.losses;
    if (losses.length > 0) throw xlsxErrors.wouldLose({ losses });
  }

  /**
   * Renders Uppsikt's sheets again from `register`: the present ones are replaced in place (same position,
   * same names), missing ones are added after the user's sheets.
   */
  private rerender(register: RegisterData, snapshot: WorkbookSnapshot): void {
    const own = uppsiktPartsIn(snapshot);
    const order = new Map<string, number>();
    const removed = new Set<string>();
    for (const name of own.sheets.values()) {
      const ws = this.workbook.getWorksheet(name);
      if (!ws) continue;
      order.set(name, (ws as Ordered).orderNo);
      removed.add(name);
      this.workbook.removeWorksheet(ws.id);
    }
    const names = this.workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
    const onRemoved = (range: string) => removed.has((parseRangeStart(range)?.sheet ?? '').replace(/^'|'$/g, ''));
    names.model = names.model.filter((n) => !(n.ranges.length > 0 && n.ranges.every(onRemoved)));
    const fixed: Partial<{ [K in keyof UppsiktNames]: ReadonlyMap<string, string> }> = own;
    const report = renderUppsikt(this.workbook, register, { today: this.options.today(), fixed });
    // Replaced sheets back in their places, new ones after every other sheet (as Excel adds a sheet).
    for (const [name, orderNo] of order) {
      const ws = this.workbook.getWorksheet(name);
      if (ws) (ws as Ordered).orderNo = orderNo;
    }
    let last = this.workbook.worksheets
      .filter((ws) => !report.sheets.some((s) => s.written === ws.name) || order.has(ws.name))
      .reduce((max, ws) => Math.max(max, (ws as Ordered).orderNo), 0);
    for (const { written } of report.sheets) {
      const ws = this.workbook.getWorksheet(written);
      if (ws && !order.has(written)) (ws as Ordered).orderNo = ++last;
    }
  }
}
