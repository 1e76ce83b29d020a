import { occasionsText, overviewTable, OVERVIEW_NO_NAMND } from '../../core';
import { utfallOverview } from '../../usecases/controlFollowUp';
import { cliErrors } from '../cliErrors';
import { textTable } from '../format';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { openRegister } from './openRegister';

export async function utfallCommand(file: string, options: { period?: string; namnd?: string; json?: boolean }, io: Io): Promise<number> {
  const { register } = await openRegister(file, io.progress && ((text) => io.progress!(text)));
  if (!register.tables.Kontroller) throw cliErrors.noControlPlan({ file });
  io.progress?.(C.counting);
  const result = utfallOverview(register, options);
  io.progress?.('');
  if ('problem' in result) {
    const p = result.problem;
    throw p.kind === 'period'
      ? cliErrors.utfallPeriodInvalid({ message: p.message })
      : cliErrors.namndUnknown({ namnd: p.namnd, file, known: C.namnderInWorkbook({ namnder: p.known }) });
  }
  const { json, overview } = result;
  if (options.json) {
    io.out(JSON.stringify(json));
    return 0;
  }
  io.out(C.utfallHeading({ period: json.period, file }));
  if (!register.tables.Kontrollutfall || json.period === null) io.out(C.utfallNoResults);
  // The same table =IK.UTFALLPERNÄMND spills: one row per nämnd and Totalt.
  for (const line of textTable(overviewTable(overview))) io.out(line);
  if (json.controls.length > 0) {
    io.out('');
    io.out(C.utfallControlsHeading);
    const controlRows = json.controls.map((c) => [
      c.id,
      c.namnd === '' ? OVERVIEW_NO_NAMND : c.namnd,
      c.lage,
      occasionsText(c.genomfordaTillfallen, c.tillfallen),
      C.utfallWhy({ missing: c.saknas, deviation: c.medAvvikelse, significant: c.vasentlig }),
      `${c.sheet}!${c.cell}`,
    ]);
    for (const line of textTable(controlRows)) io.out(line);
  }
  return 0;
}
