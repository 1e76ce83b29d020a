import { checkFindings } from '../../usecases/checkFindings';
import { findingSummary } from '../../usecases/findingSummary';
import { EXIT_FINDINGS } from '../cliErrors';
import { printAnswersDue } from '../answersDue';
import { cappedFindings, findingLine } from '../format';
import { requireSomethingRecognised } from '../nothingRecognised';
import type { Io } from '../Io';
import { cliMessagesSv as C } from '../messages.sv';
import { openRegister } from './openRegister';

export async function checkCommand(file: string, options: { json?: boolean }, io: Io): Promise<number> {
  const { snapshot, adoption } = await openRegister(file, io.progress && ((text) => io.progress!(text)));
  requireSomethingRecognised(file, snapshot, adoption.report);
  io.progress?.(C.checking);
  const findings = checkFindings(adoption, io.today());
  const summary = findingSummary(findings, file);
  io.progress?.('');
  if (options.json) {
    io.out(JSON.stringify(findings.map(({ severity, sheet, cell, message }) => ({ severity, sheet, cell, message }))));
  } else if (findings.length === 0) {
    io.out(summary.text);
  } else {
    const { shown, rest } = cappedFindings(findings);
    let sheet: string | undefined;
    for (const f of shown) {
      if (f.sheet !== sheet) io.out(`\n${(sheet = f.sheet)}`);
      io.out(`  ${findingLine(f)}`);
    }
    if (rest.length > 0) io.out('');
    for (const line of rest) io.out(line);
    printAnswersDue(adoption.register, io);
    io.out(`\n${file}: ${summary.text}`);
  }
  return summary.errors > 0 ? EXIT_FINDINGS : 0;
}
