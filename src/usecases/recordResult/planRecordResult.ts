import { controlResults, idKey, parsePeriod, tableSpec, type CellValue, type RegisterData, type RegisterRow } from '../../core';
import type { RegisterEdits } from '../port/WorkbookPort';
import { recordResultMessagesSv as M } from './messages.sv';
import { checkForm, formFromRow, RESULT_FIELDS, type ResultField, type ResultForm } from './resultForm';

/** What saving a typed result would write: a new row, or the changed cells of the row already there. */
export interface RecordResultPlan {
  readonly kontrollId: string;
  readonly period: string;
  /** The sheet the row is (or will be) on. */
  readonly sheet: string;
  /** The Kontrollutfall row for the same control and period, when there is one: it is edited, not duplicated. */
  readonly existing?: RegisterRow;
  /** The row's values as the form shows them (empty without `existing`). */
  readonly current: ResultForm;
  readonly edits: RegisterEdits;
  /** Cells the edit changes (the new row's non-blank cells when appending). */
  readonly cells: number;
  /** Per field (or kontrollId / period) what stops saving, in Swedish; empty when it can be saved. */
  readonly problems: Readonly<Partial<Record<ResultField | 'kontrollId' | 'period' | 'table', string>>>;
  /** The sentence the confirm dialog says. */
  readonly confirm: string;
}

export interface RecordResultInput {
  readonly kontrollId: string;
  readonly period: string;
  readonly form: ResultForm;
  /**
   * The form as it was when the user started typing (formFromRow of the row then, or empty): only fields the
   * user changed from it are written over an existing row, so a row that appeared meanwhile (another user, a
   * re-read) keeps its other cells.
   */
  readonly base?: ResultForm;
}

const samePeriod = (a: string, b: string) => a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');

/**
 * Plans the recording of one control's result at one period, as the pane's Utfall saves it: a new row last
 * in Kontrollutfall, or, when the control already has a row for the period, only the cells the user changed.
 * Nothing typed is lost: an existing row is never duplicated and its untouched cells are never written.
 *
 * @param register - The register (with the Kontrollutfall table).
 * @param input - Control, period, the typed form and the form as it started.
 * @returns The plan; `problems` says what must be fixed first.
 * @example
 * planRecordResult(register, { kontrollId: 'K1', period: 'T2 2026', form: { ...EMPTY_FORM, genomford: 'Ja' } }).edits.append[0].rows[0]
 * //=> { kontrollId: 'K1', period: 'T2 2026', genomford: 'Ja', … }
 */
export function planRecordResult(register: RegisterData, input: RecordResultInput): RecordResultPlan {
  const table = register.tables.Kontrollutfall;
  const kontrollId = input.kontrollId.trim();
  const parsed = parsePeriod(input.period);
  const period = parsed.value?.name ?? input.period.trim();
  const checked = checkForm(input.form);
  const problems: Partial<Record<ResultField | 'kontrollId' | 'period' | 'table', string>> = { ...checked.problems };
  if (!table) problems.table = M.noTable;
  if (kontrollId === '') problems.kontrollId = M.controlMissing;
  if (!parsed.value) problems.period = M.periodInvalid({ value: input.period });
  const key = idKey(kontrollId);
  const found = controlResults(register).find((r) => r.kontrollKey === key && r.period !== undefined && samePeriod(r.period.name, period));
  const existing = found?.row;
  const current = formFromRow(existing);
  const sheet = table?.sheet ?? tableSpec('Kontrollutfall').sheet;
  if (!existing) {
    const row: Record<string, CellValue> = { kontrollId, period, ...checked.values };
    const cells = Object.values(row).filter((v) => v !== null).length;
    return {
      kontrollId,
      period,
      sheet,
      current,
      edits: { append: [{ table: 'Kontrollutfall', rows: [row] }], update: [] },
      cells,
      problems,
      confirm: M.appendConfirm({ kontrollId, period, sheet }),
    };
  }
  // Said with the id and period as the row has them.
  const said = { kontrollId: found!.kontrollId, period: found!.period!.name };
  const base = input.base ?? current;
  const changed = RESULT_FIELDS.filter((f) => input.form[f].trim() !== base[f].trim() && input.form[f].trim() !== current[f].trim());
  const update: RegisterEdits['update'][number][] = [];
  for (const f of changed) {
    const column = existing.columns[f];
    if (column === undefined) problems[f] = M.columnMissing({ header: tableSpec('Kontrollutfall').columns.find((c) => c.key === f)!.header, sheet: existing.sheet });
    else update.push({ sheet: existing.sheet, row: existing.row, column, value: checked.values[f] });
  }
  const confirm = update.length === 0 ? M.nothingChanged(said) : M.updateConfirm({ ...said, sheet: existing.sheet, row: existing.row + 1, cells: update.length });
  return { ...said, sheet: existing.sheet, existing, current, edits: { append: [], update }, cells: update.length, problems, confirm };
}
