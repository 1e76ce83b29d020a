/**
 * A value as it comes out of a spreadsheet cell, whichever engine read it: Excel passes numbers, strings and
 * booleans (blank cells as ""), ExcelJS may add Date, HyperFormula and our adapters use null for blank.
 */
export type CellValue = number | string | boolean | Date | null | undefined;
