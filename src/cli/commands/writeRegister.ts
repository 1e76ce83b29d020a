import type ExcelJS from 'exceljs';
import type { RegisterData, WorkbookSnapshot } from '../../core';
import { renderUppsikt } from '../../workbook/xlsx';
import { cellsAtRisk, isUppsiktWorkbook, rewriteUppsikt, withoutFormulaResults } from '../../workbook/xlsx/rewriteUppsikt';
import { CliError } from '../CliError';

/**
 * Puts an updated register into the loaded workbook: an Uppsikt workbook has its own sheets written again
 * (refused when they hold cells outside the tables, which would be lost); any other workbook gets the
 * Uppsikt sheets added, as `adopt` does.
 */
export function writeRegister(workbook: ExcelJS.Workbook, register: RegisterData, snapshot: WorkbookSnapshot, today: number): void {
  if (!isUppsiktWorkbook(snapshot)) {
    renderUppsikt(workbook, register, { today });
    return;
  }
  const atRisk = cellsAtRisk(snapshot);
  const outside = atRisk.filter((a) => !a.formula).map((a) => `${a.sheet}!${a.cell}`);
  const formulas = atRisk.filter((a) => a.formula).map((a) => `${a.sheet}!${a.cell}`);
  if (outside.length > 0) {
    throw new CliError(
      `Uppsikts flikar har celler utanför tabellerna (${outside.join(', ')}), som skulle gå förlorade när flikarna skrivs om. ` +
        'Flytta dem till en egen flik eller in i tabellen och försök igen; ingen fil har skrivits.',
    );
  }
  if (formulas.length > 0) {
    throw new CliError(
      `Tabellerna på Uppsikts flikar har egna formler (${formulas.join(', ')}), som skulle bli värden när flikarna skrivs om. ` +
        'Flytta formlerna till en egen flik och försök igen; ingen fil har skrivits.',
    );
  }
  rewriteUppsikt(workbook, withoutFormulaResults(register, snapshot), { today });
}
