import { checkRegister } from '../../core';
import type { Finding } from '../../usecases/Finding';
import { EXIT_FINDINGS } from '../CliError';
import { cappedFindings, countLine, findingLine } from '../format';
import { requireSomethingRecognised } from '../nothingRecognised';
import type { Io } from '../Io';
import { openRegister } from './openRegister';

export async function checkCommand(file: string, options: { json?: boolean }, io: Io): Promise<number> {
  const { register, snapshot, report, adoptionFindings } = await openRegister(file, io.progress && ((text) => io.progress!(text)));
  requireSomethingRecognised(file, snapshot, report);
  io.progress?.('Kontrollerar …');
  const findings: Finding[] = [...adoptionFindings, ...checkRegister(register, { today: io.today() })];
  io.progress?.('');
  if (options.json) {
    io.out(JSON.stringify(findings.map(({ severity, sheet, cell, message }) => ({ severity, sheet, cell, message }))));
  } else if (findings.length === 0) {
    io.out(`Inga fel eller varningar i ${file}.`);
  } else {
    const { shown, rest } = cappedFindings(findings);
    let sheet: string | undefined;
    for (const f of shown) {
      if (f.sheet !== sheet) io.out(`\n${(sheet = f.sheet)}`);
      io.out(`  ${findingLine(f)}`);
    }
    if (rest.length > 0) io.out('');
    for (const line of rest) io.out(line);
    io.out(`\n${file}: ${countLine(findings)}.`);
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
}
