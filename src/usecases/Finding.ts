/** Something wrong or worth attention in a workbook, at a sheet and cell; what every command reports. */
export interface Finding {
  severity: 'error' | 'warning';
  code: string;
  sheet: string;
  /** A1 reference without the sheet, e.g. "F7"; '' when the finding is about the whole sheet. */
  cell: string;
  /** Swedish: what is wrong and what to do. */
  message: string;
}
