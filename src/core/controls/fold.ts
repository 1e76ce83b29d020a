import type { CellValue } from '../cell/CellValue';
import { isBlank } from '../cell/isBlank';

/** Cell text as compared: trimmed, lower case, inner spaces as one ("  T2 " = "t2"). Blank is "". */
export function fold(value: CellValue): string {
  if (isBlank(value)) return '';
  return String(value).trim().toLocaleLowerCase('sv').replace(/\s+/g, ' ');
}
