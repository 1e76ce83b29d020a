import { checkRegister, type Finding } from '../../../../src/core';
import { buildRegister, cleanRecords, TODAY, type Layout, type Records } from './buildRegister';

/** checkRegister on a register built from records (default: the clean ones) on TODAY. */
export function check(records: Records = cleanRecords(), layout: Layout = {}, today = TODAY): Finding[] {
  return checkRegister(buildRegister(records, layout), { today });
}

/** A finding, for expectations that read like the report. */
export const finding = (severity: Finding['severity'], code: string, sheet: string, cell: string, message: string): Finding => ({
  severity,
  code,
  sheet,
  cell,
  message,
});
