/*
 * A test double of the part of the Excel object model the Office adapter uses. It keeps a workbook in
 * memory, applies writes as they are queued, and enforces what makes Office.js code right or wrong:
 * loaded properties can only be read after context.sync(), errors surface at sync (with Office's error
 * codes), and every sync is counted together with the cells it carried.
 */
import { columnLetters, parseRange } from '../../../../src/core';

type Value = string | number | boolean;
interface Cell {
  value: Value;
  formula?: string;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  protected = false;
  frozenRows = 0;
  formats: { address: string; format: Record<string, unknown> }[] = [];
  validations: { address: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown }[] = [];
  conditionalFormats: { address: string; rule?: unknown; fill?: string; font?: string }[] = [];
  constructor(public name: string) {}
  get(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row},${column}`);
  }
  set(row: number, column: number, cell: Cell): void {
    this.cells.set(`${row},${column}`, cell);
  }
  /** Cell values as a plain object keyed by A1 address, for comparing before and after. */
  dump(): Record<string, Value> {
    const out: Record<string, Value> = {};
    for (const [key, cell] of this.cells) {
      const [r, c] = key.split(',').map(Number);
      out[`${columnLetters(c)}${r + 1}`] = cell.formula ?? cell.value;
    }
    return out;
  }
  extent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    for (const [key, cell] of this.cells) {
      if (cell.value === '' && !cell.formula) continue;
      const [r, c] = key.split(',').map(Number);
      rows = Math.max(rows, r + 1);
      columns = Math.max(columns, c + 1);
    }
    return { rows, columns };
  }
}

interface TableModel {
  name: string;
  sheet: FakeSheet;
  top: number;
  left: number;
  rows: number;
  headers: string[];
  style?: string;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: TableModel[] = [];
  names = new Map<string, string>();
  syncs = 0;
  cellsPerSync: number[] = [];
  suspendedCalculation = 0;
  suspendedScreen = 0;
  selected?: { sheet: string; address: string };
  changeHandlers: (() => Promise<void>)[] = [];

  addSheet(name: string, values: Value[][] = []): FakeSheet {
    const sheet = new FakeSheet(name);
    values.forEach((row, r) => row.forEach((v, c) => v !== '' && v !== null && sheet.set(r, c, { value: v })));
    this.sheets.push(sheet);
    return sheet;
  }
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    return batch(context as unknown as Excel.RequestContext);
  };
  async fireChanged(): Promise<void> {
    for (const h of this.changeHandlers) await h();
  }
}

class FakeContext {
  pending: { target: Loadable }[] = [];
  error?: OfficeError;
  cells = 0;
  workbook: FakeWorkbookObject;
  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookObject(this);
  }
  fail(code: string, message: string): void {
    this.error ??= new OfficeError(code, message);
  }
  async sync(): Promise<void> {
    this.model.syncs++;
    this.model.cellsPerSync.push(this.cells);
    this.cells = 0;
    const error = this.error;
    this.error = undefined;
    for (const p of this.pending) p.target.ready = true;
    this.pending = [];
    if (error) throw error;
  }
}

class Loadable {
  ready = false;
  constructor(protected readonly ctx: FakeContext) {}
  load(_props?: string): this {
    this.ready = false;
    this.ctx.pending.push({ target: this });
    return this;
  }
  protected loaded<T>(value: () => T): T {
    if (!this.ready) throw new Error('PropertyNotLoaded: read before load() and context.sync()');
    return value();
  }
}

function toCell(v: unknown, asFormula: boolean): Cell {
  if (typeof v === 'string' && v.startsWith("'")) return { value: v.slice(1) };
  if (typeof v === 'string' && v.startsWith('=')) return { value: '', formula: v };
  // Like typing: text that reads as a number becomes one (the adapter must protect text it means as text).
  if (typeof v === 'string' && /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(v)) return { value: Number(v.replace(',', '.')) };
  void asFormula;
  return { value: (v ?? '') as Value };
}

class FakeRange extends Loadable {
  format: { font: Record<string, unknown>; fill: Record<string, unknown>; columnWidth?: number; wrapText?: boolean };
  dataValidation: Record<string, unknown>;
  conditionalFormats: { add: (type: string) => unknown; clearAll: () => void };
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly top: number,
    readonly left: number,
    readonly rows: number,
    readonly columns: number,
  ) {
    super(ctx);
    const record: Record<string, unknown> = {};
    this.sheet.formats.push({ address: this.localAddress, format: record });
    const font = new Proxy({}, { set: (_t, p, v) => ((record[`font.${String(p)}`] = v), this.write(0), true) });
    const fill = new Proxy({}, { set: (_t, p, v) => ((record[`fill.${String(p)}`] = v), this.write(0), true) });
    this.format = new Proxy({ font, fill } as FakeRange['format'], { set: (_t, p, v) => ((record[String(p)] = v), this.write(0), true) });
    const validation = { address: this.localAddress } as FakeSheet['validations'][number];
    this.dataValidation = new Proxy(
      {},
      {
        set: (_t, p, v) => {
          if (!sheet.validations.includes(validation)) sheet.validations.push(validation);
          (validation as Record<string, unknown>)[String(p)] = v;
          this.write(0);
          return true;
        },
      },
    );
    this.conditionalFormats = {
      add: () => {
        const entry: FakeSheet['conditionalFormats'][number] = { address: this.localAddress };
        sheet.conditionalFormats.push(entry);
        this.write(0);
        return {
          cellValue: {
            format: {
              fill: {
                set color(c: string) {
                  entry.fill = c;
                },
              },
              font: {
                set color(c: string) {
                  entry.font = c;
                },
              },
            },
            set rule(r: unknown) {
              entry.rule = r;
            },
          },
        };
      },
      clearAll: () => {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c.address !== this.localAddress);
      },
    };
  }
  get localAddress(): string {
    return `${columnLetters(this.left)}${this.top + 1}:${columnLetters(this.left + this.columns - 1)}${this.top + this.rows}`;
  }
  private write(cells: number): void {
    if (this.sheet.protected) this.ctx.fail('AccessDenied', `The sheet ${this.sheet.name} is protected.`);
    this.ctx.cells += cells;
  }
  override load(props?: string): this {
    if (props?.includes('values') || props?.includes('formulas')) this.ctx.cells += this.rows * this.columns;
    return super.load(props);
  }
  get address(): string {
    return this.loaded(() => `${this.sheet.name.includes(' ') ? `'${this.sheet.name}'` : this.sheet.name}!${this.localAddress}`);
  }
  get rowCount(): number {
    return this.loaded(() => this.rows);
  }
  get columnCount(): number {
    return this.loaded(() => this.columns);
  }
  private grid<T>(pick: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) => Array.from({ length: this.columns }, (_, c) => pick(this.sheet.get(this.top + r, this.left + c))));
  }
  get values(): Value[][] {
    return this.loaded(() => this.grid((cell) => cell?.value ?? ''));
  }
  set values(v: Value[][]) {
    this.assign(v, false);
  }
  get formulas(): Value[][] {
    return this.loaded(() => this.grid((cell) => cell?.formula ?? cell?.value ?? ''));
  }
  set formulas(v: Value[][]) {
    this.assign(v, true);
  }
  set numberFormat(v: unknown) {
    (this.sheet.formats[this.sheet.formats.length - 1].format as Record<string, unknown>).numberFormat = v;
    this.write(0);
  }
  private assign(v: Value[][], asFormula: boolean): void {
    const matrix = Array.isArray(v) ? v : [[v]];
    if (matrix.length !== this.rows || matrix.some((row) => row.length !== this.columns)) {
      this.ctx.fail('InvalidArgument', `The values are ${matrix.length} rows but the range ${this.localAddress} has ${this.rows}.`);
      return;
    }
    this.write(this.rows * this.columns);
    if (this.sheet.protected) return;
    matrix.forEach((row, r) => row.forEach((value, c) => this.sheet.set(this.top + r, this.left + c, toCell(value, asFormula))));
  }
  getRow(i: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, this.top + i, this.left, 1, this.columns);
  }
  getResizedRange(dr: number, dc: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, this.top, this.left, this.rows + dr, this.columns + dc);
  }
  select(): void {
    this.ctx.model.selected = { sheet: this.sheet.name, address: this.localAddress.replace(/^([A-Z]+\d+):\1$/, '$1') };
  }
  get isNullObject(): boolean {
    return false;
  }
  getRangeOrNullObject(): FakeRange {
    return this;
  }
}

class NullRange extends Loadable {
  readonly isNullObject = true;
  getRangeOrNullObject(): NullRange {
    return this;
  }
  get values(): never {
    throw new Error('Null object');
  }
}

function rangeFromAddress(ctx: FakeContext, sheet: FakeSheet, address: string): FakeRange {
  const b = parseRange(address)!;
  return new FakeRange(ctx, sheet, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
}

class FakeTable extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly model: TableModel,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.model.name;
  }
  set name(v: string) {
    if (this.ctx.model.tables.some((t) => t !== this.model && t.name.toLowerCase() === v.toLowerCase()) || this.ctx.model.names.has(v))
      this.ctx.fail('ItemAlreadyExists', `A table named ${v} exists.`);
    this.model.name = v;
  }
  set style(v: string) {
    this.model.style = v;
  }
  get worksheet() {
    return { name: this.model.sheet.name, load: () => this.worksheet };
  }
  get columns() {
    const model = this.model;
    const ctx = this.ctx;
    return {
      items: model.headers.map((name) => ({ name })),
      getItem: (name: string) => ({
        getDataBodyRange: () => new FakeRange(ctx, model.sheet, model.top + 1, model.left + model.headers.indexOf(name), model.rows - 1, 1),
      }),
      getItemOrNullObject: (name: string) => ({
        getDataBodyRange: () =>
          model.headers.includes(name) ? new FakeRange(ctx, model.sheet, model.top + 1, model.left + model.headers.indexOf(name), model.rows - 1, 1) : new NullRange(ctx),
      }),
      add: (_index: unknown, _values: unknown, name: string) => {
        model.sheet.set(model.top, model.left + model.headers.length, { value: name });
        model.headers.push(name);
      },
    };
  }
  get rows() {
    return {
      add: (_index: unknown, values: Value[][]) => {
        new FakeRange(this.ctx, this.model.sheet, this.model.top + this.model.rows, this.model.left, values.length, this.model.headers.length).formulas = values;
        this.model.rows += values.length;
      },
    };
  }
  getRange(): FakeRange {
    return new FakeRange(this.ctx, this.model.sheet, this.model.top, this.model.left, this.model.rows, this.model.headers.length);
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.ctx, this.model.sheet, this.model.top + 1, this.model.left, this.model.rows - 1, this.model.headers.length);
  }
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.sheet.name;
  }
  getRange(address: string): FakeRange {
    return rangeFromAddress(this.ctx, this.sheet, address);
  }
  getRangeByIndexes(top: number, left: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, top, left, rows, columns);
  }
  getUsedRangeOrNullObject(): FakeRange | NullRange {
    const { rows, columns } = this.sheet.extent();
    return rows === 0 ? new NullRange(this.ctx) : new FakeRange(this.ctx, this.sheet, 0, 0, rows, columns);
  }
  get tables() {
    return {
      add: (range: FakeRange | string, _hasHeaders: boolean) => {
        const r = typeof range === 'string' ? this.getRange(range) : range;
        const overlaps = this.ctx.model.tables.some(
          (t) => t.sheet === this.sheet && r.top < t.top + t.rows && t.top < r.top + r.rows && r.left < t.left + t.headers.length && t.left < r.left + r.columns,
        );
        if (overlaps) this.ctx.fail('InsertDeleteConflict', 'A table cannot overlap another table.');
        if (this.sheet.protected) this.ctx.fail('AccessDenied', 'The sheet is protected.');
        const headers = Array.from({ length: r.columns }, (_, c) => String(this.sheet.get(r.top, r.left + c)?.value ?? `Kolumn${c + 1}`));
        const model: TableModel = { name: `Tabell${this.ctx.model.tables.length + 1}`, sheet: this.sheet, top: r.top, left: r.left, rows: r.rows, headers };
        this.ctx.model.tables.push(model);
        return new FakeTable(this.ctx, model);
      },
    };
  }
  get freezePanes() {
    return { freezeRows: (n: number) => (this.sheet.frozenRows = n) };
  }
  activate(): void {}
}

class FakeCollection<T> extends Loadable {
  constructor(
    ctx: FakeContext,
    private readonly list: () => T[],
  ) {
    super(ctx);
  }
  get items(): T[] {
    return this.loaded(this.list);
  }
}

class FakeWorksheets extends FakeCollection<FakeWorksheet> {
  constructor(private readonly c: FakeContext) {
    super(c, () => c.model.sheets.map((s) => new FakeWorksheet(c, s)));
  }
  getItem(name: string): FakeWorksheet {
    const sheet = this.c.model.sheet(name);
    if (!sheet) throw new OfficeError('ItemNotFound', `No sheet ${name}`);
    return new FakeWorksheet(this.c, sheet);
  }
  add(name: string): FakeWorksheet {
    if (this.c.model.sheet(name)) {
      this.c.fail('ItemAlreadyExists', `A sheet named ${name} exists.`);
      return new FakeWorksheet(this.c, new FakeSheet(name));
    }
    return new FakeWorksheet(this.c, this.c.model.addSheet(name));
  }
  get onChanged() {
    const model = this.c.model;
    return {
      add: (handler: () => Promise<void>) => {
        model.changeHandlers.push(handler);
        return { remove: () => (model.changeHandlers = model.changeHandlers.filter((h) => h !== handler)) };
      },
    };
  }
}

class FakeTables extends FakeCollection<FakeTable> {
  constructor(private readonly c: FakeContext) {
    super(c, () => c.model.tables.map((t) => new FakeTable(c, t)));
  }
  private find(name: string) {
    return this.c.model.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
  }
  getItem(name: string): FakeTable {
    const t = this.find(name);
    if (!t) throw new OfficeError('ItemNotFound', `No table ${name}`);
    return new FakeTable(this.c, t);
  }
  getItemOrNullObject(name: string) {
    const t = this.find(name);
    return t ? new FakeTable(this.c, t) : { columns: { getItemOrNullObject: () => ({ getDataBodyRange: () => new NullRange(this.c) }) } };
  }
}

class FakeNames extends FakeCollection<{ name: string; formula: string; type: string }> {
  constructor(private readonly c: FakeContext) {
    super(c, () => [...c.model.names].map(([name, formula]) => ({ name, formula, type: 'Range' })));
  }
  private rangeOf(name: string): FakeRange {
    const b = parseRange(this.c.model.names.get(name)!.replace(/^=/, ''))!;
    return new FakeRange(this.c, this.c.model.sheet(b.sheet)!, b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
  }
  add(name: string, reference: string): void {
    if (this.c.model.names.has(name) || this.c.model.tables.some((t) => t.name === name)) this.c.fail('ItemAlreadyExists', `The name ${name} exists.`);
    else this.c.model.names.set(name, reference);
  }
  getItem(name: string) {
    return { getRange: () => this.rangeOf(name) };
  }
  getItemOrNullObject(name: string) {
    return { getRangeOrNullObject: () => (this.c.model.names.has(name) ? this.rangeOf(name) : new NullRange(this.c)) };
  }
}

class FakeWorkbookObject {
  readonly worksheets: FakeWorksheets;
  readonly tables: FakeTables;
  readonly names: FakeNames;
  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.tables = new FakeTables(ctx);
    this.names = new FakeNames(ctx);
  }
  get application() {
    return {
      suspendApiCalculationUntilNextSync: () => this.ctx.model.suspendedCalculation++,
      suspendScreenUpdatingUntilNextSync: () => this.ctx.model.suspendedScreen++,
    };
  }
}
