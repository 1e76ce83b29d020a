import ExcelJS from 'exceljs';
import { PRESET_SCALES, registerFromRecords } from '../../core';
import { exampleRegister } from '../../usecases/exampleRegister';
import { renderUppsikt } from '../../workbook/xlsx';
import { CliError } from '../CliError';
import type { Io } from '../Io';
import { checkTarget, saveWorkbook } from '../workbookFiles';

export async function initCommand(target: string, options: { skala: string; exempel?: boolean; ersatt?: boolean }, io: Io): Promise<number> {
  const scale = PRESET_SCALES[options.skala];
  if (!scale) throw new CliError(`Skalan ${options.skala} finns inte; välj 4x4 eller 5x5.`);
  checkTarget(target, { replace: options.ersatt });
  const register = options.exempel ? exampleRegister(scale) : registerFromRecords(scale, {});
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppsikt';
  renderUppsikt(workbook, register, { today: io.today() });
  await saveWorkbook(workbook, target);
  io.out(`Skapade ${target} (skala ${options.skala}${options.exempel ? ', med exempeldata' : ''}).`);
  return 0;
}
