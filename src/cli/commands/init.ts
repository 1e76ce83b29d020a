import ExcelJS from 'exceljs';
import { newRegister, SCALE_CHOICES } from '../../usecases/structure';
import { renderUppsikt } from '../../workbook/xlsx';
import { cliErrors } from '../cliErrors';
import { cliMessagesSv as C } from '../messages.sv';
import type { Io } from '../Io';
import { saveWorkbook } from '../saveFiles';
import { checkTarget } from '../writeTargets';

/** `uppsikt ny` (init): the new workbook is named by the argument or by -o, as every writing command's -o. */
export async function initCommand(argument: string | undefined, options: { output?: string; skala: string; exempel?: boolean; ersatt?: boolean }, io: Io): Promise<number> {
  if (argument !== undefined && options.output !== undefined && argument !== options.output) throw cliErrors.initTwoTargets({ argument, output: options.output });
  const target = argument ?? options.output;
  if (target === undefined) throw cliErrors.initNoTarget();
  const register = newRegister(options.skala, options.exempel);
  if (!register) throw cliErrors.scaleUnknown({ scale: options.skala, choices: SCALE_CHOICES });
  checkTarget(target, { replace: options.ersatt });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppsikt';
  renderUppsikt(workbook, register, { today: io.today() });
  await saveWorkbook(workbook, target);
  io.out(C.created({ file: target, scale: options.skala, example: options.exempel === true }));
  return 0;
}
