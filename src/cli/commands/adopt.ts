import { formatAdoptionReport } from '../../core';
import { renderUppsikt } from '../../workbook/xlsx';
import type { Io } from '../Io';
import { countLine, findingLine } from '../format';
import { loadWorkbook, saveWorkbook } from '../workbookFiles';
import { openRegister } from './openRegister';

export async function adoptCommand(input: string, options: { output: string }, io: Io): Promise<number> {
  const { register, report, adoptionFindings } = await openRegister(input);
  const workbook = await loadWorkbook(input);
  renderUppsikt(workbook, register, { today: io.today() });
  await saveWorkbook(workbook, options.output, input);
  for (const line of formatAdoptionReport(report)) io.out(line);
  for (const f of adoptionFindings) io.err(findingLine(f));
  io.out(`Skrev ${options.output}. Dina egna flikar finns kvar oförändrade${adoptionFindings.length > 0 ? `; ${countLine(adoptionFindings)} vid mappningen` : ''}.`);
  return 0;
}
