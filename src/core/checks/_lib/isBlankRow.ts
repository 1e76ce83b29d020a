import { isBlank } from '../../cell/isBlank';
import type { RegisterRow } from '../../register/RegisterData';
import type { TableSpec } from '../../schema/WorkbookSchema';

const computedKeys = new Map<TableSpec, ReadonlySet<string>>();

/**
 * Whether a row holds nothing a user typed. Computed columns do not count (formulas fill them on empty
 * table rows too), nor do unmapped columns (users keep notes and their own formulas there).
 */
export function isBlankRow(row: RegisterRow, spec: TableSpec): boolean {
  let computed = computedKeys.get(spec);
  if (!computed) computedKeys.set(spec, (computed = new Set(spec.columns.filter((c) => c.kind === 'computed').map((c) => c.key))));
  for (const [key, value] of Object.entries(row.values)) {
    if (!isBlank(value) && !computed.has(key)) return false;
  }
  return true;
}
