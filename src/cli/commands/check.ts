import { checkRegister } from '../../core';
import type { Finding } from '../../usecases/Finding';
import { EXIT_FINDINGS } from '../CliError';
import { countLine, findingLine } from '../format';
import { requireSomethingRecognised } from '../nothingRecognised';
import type { Io } from '../Io';
import { openRegister } from './openRegister';

export async function checkCommand(file: string, options: { json?: boolean }, io: Io): Promise<number> {
  const { register, snapshot, report, adoptionFindings } = await openRegister(file);
  requireSomethingRecognised(file, snapshot, report);
  const findings: Finding[] = [...adoptionFindings, ...checkRegister(register, { today: io.today() })];
  if (options.json) {
    io.out(JSON.stringify(findings.map(({ severity, sheet, cell, message }) => ({ severity, sheet, cell, message }))));
  } else if (findings.length === 0) {
    io.out(`Inga fel eller varningar i ${file}.`);
  } else {
    let sheet: string | undefined;
    for (const f of findings) {
      if (f.sheet !== sheet) io.out(`\n${(sheet = f.sheet)}`);
      io.out(`  ${findingLine(f)}`);
    }
    io.out(`\n${file}: ${countLine(findings)}.`);
  }
  return findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
}
