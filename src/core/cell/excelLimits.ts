/** Excel's limit on the characters in one cell; longer text is cut or refused by Excel. */
export const EXCEL_MAX_CELL_TEXT = 32767;
