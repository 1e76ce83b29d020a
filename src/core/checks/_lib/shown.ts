import type { CellValue } from '../../cell/CellValue';
import { formatValue } from '../../cell/formatValue';

/** A cell value as a finding names it (formatValue, which never throws: checks must not throw on odd cells). */
export function shown(value: CellValue): string {
  return formatValue(value);
}

const MAX_ID = 40;

/** An id as messages name it: bare text, as users write ids in prose ("risk R9"), shortened when long. */
export function idText(value: CellValue): string {
  if (typeof value !== 'string') return shown(value);
  const text = value.trim();
  return text.length > MAX_ID ? `${text.slice(0, MAX_ID - 1)}…` : text;
}
