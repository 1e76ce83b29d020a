import { utfallOverview } from '../../usecases/controlFollowUp';
import { CliError } from '../CliError';
import { textTable } from '../format';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { openRegister } from './openRegister';

export async function utfallCommand(file: string, options: { period?: string; namnd?: string; json?: boolean }, io: Io): Promise<number> {
  const { register } = await openRegister(file, io.progress && ((text) => io.progress!(text)));
  if (!register.tables.Kontroller) throw new CliError(C.noControlPlan({ file }));
  io.progress?.(C.counting);
  const result = utfallOverview(register, options);
  io.progress?.('');
  if ('problem' in result) {
    const p = result.problem;
    throw new CliError(p.kind === 'period' ? C.utfallPeriodInvalid({ message: p.message }) : C.namndUnknown({ namnd: p.namnd, file, known: C.namnderInWorkbook({ namnder: p.known }) }));
  }
  const { json, overview } = result;
  if (options.json) {
    io.out(JSON.stringify(json));
    return 0;
  }
  io.out(C.utfallHeading({ period: json.period, file }));
  if (!register.tables.Kontrollutfall || json.period === null) io.out(C.utfallNoResults);
  const total = overview.total;
  const rows = [...json.byNamnd, { ...total, namnd: C.utfallTotal }].map((n) => [
    n.namnd === '' ? C.utfallNoNamnd : n.namnd,
    n.kontroller,
    n.genomforda,
    n.ejGenomforda,
    n.medAvvikelse,
    n.vasentliga,
    C.utfallOccasions({ done: n.genomfordaTillfallen, due: n.tillfallen }),
  ]);
  for (const line of textTable([C.utfallColumns, ...rows])) io.out(line);
  if (json.controls.length > 0) {
    io.out('');
    io.out(C.utfallControlsHeading);
    const controlRows = json.controls.map((c) => [
      c.id,
      c.namnd === '' ? C.utfallNoNamnd : c.namnd,
      c.lage,
      C.utfallOccasions({ done: c.genomfordaTillfallen, due: c.tillfallen }),
      C.utfallWhy({ missing: c.saknas, deviation: c.medAvvikelse, significant: c.vasentlig }),
      `${c.sheet}!${c.cell}`,
    ]);
    for (const line of textTable(controlRows)) io.out(line);
  }
  return 0;
}
