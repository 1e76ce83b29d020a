import ExcelJS from 'exceljs';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { newRegister, SCALE_CHOICES } from '../../usecases/structure';
import { renderUppsikt } from '../../workbook/xlsx';
import { CliError } from '../CliError';
import { cliMessagesSv as C } from '../messages.sv';
import type { Io } from '../Io';
import { checkTarget, saveWorkbook } from '../workbookFiles';

export async function initCommand(target: string, options: { skala: string; exempel?: boolean; ersatt?: boolean }, io: Io): Promise<number> {
  const register = newRegister(options.skala, options.exempel);
  if (!register) throw new CliError(M.scaleUnknown({ scale: options.skala, choices: SCALE_CHOICES }));
  checkTarget(target, { replace: options.ersatt });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppsikt';
  renderUppsikt(workbook, register, { today: io.today() });
  await saveWorkbook(workbook, target);
  io.out(C.created({ file: target, scale: options.skala, example: options.exempel === true }));
  return 0;
}
