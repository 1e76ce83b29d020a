import fs from 'fs';
import path from 'path';
import { isUppsiktError, UppsiktError } from '../../src/core/errors/UppsiktError';
import { runCli } from '../../src/cli/main';
import { cliErrors } from '../../src/cli/cliErrors';
import { cliMessagesSv as C } from '../../src/cli/messages.sv';
import { flowMessagesSv as F } from '../../src/usecases/messages.sv';
import { ensureNewTarget } from '../../src/cli/writeTargets';
import { tempDir, TODAY } from './runCli';

/*
 * The CLI's one error type: each failure is an UppsiktError with a "cli.<key>" code, worded exactly as the
 * catalogue says, and main prints its sentence and ends with its exit code.
 */
describe('cliErrors', () => {
  test('a catalogue sentence becomes an error with its code, parameters and the same words', () => {
    const error = cliErrors.targetExists({ file: 'ut.xlsx' });
    expect(error).toBeInstanceOf(UppsiktError);
    expect(error.code).toBe('cli.targetExists');
    expect(error.params).toEqual({ file: 'ut.xlsx' });
    expect(error.message).toBe(C.targetExists({ file: 'ut.xlsx' }));
    expect(error.exitCode).toBe(2);
    expect(cliErrors.sameAsInput().message).toBe(C.sameAsInput);
  });

  test('sentences the flows word keep their wording, with the CLI’s own way to try again', () => {
    expect(cliErrors.fileEncrypted({ file: 'a.xlsx' }).message).toBe(F.fileEncrypted({ file: 'a.xlsx', again: 'försök igen' }));
    expect(cliErrors.fileEmpty({ file: 'a.xlsx' }).message).toBe(`${F.fileEmpty({ file: 'a.xlsx' })} Kontrollera att rätt fil är angiven.`);
  });

  test('help titles and table columns are not errors', () => {
    expect(Object.keys(cliErrors)).not.toContain('helpTitles');
    expect(Object.keys(cliErrors)).not.toContain('perNamndColumns');
  });

  test('a target that exists is refused with its code before anything is written', () => {
    const file = path.join(tempDir(), 'finns.xlsx');
    fs.writeFileSync(file, '');
    let thrown: unknown;
    try {
      ensureNewTarget(file);
    } catch (error) {
      thrown = error;
    }
    expect(isUppsiktError(thrown, 'cli.targetExists')).toBe(true);
  });
});

describe('main prints any UppsiktError', () => {
  test('its Swedish sentence on one line and its exit code', async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (l: string) => err.push(l), today: () => TODAY };
    const file = path.join(tempDir(), 'saknas.xlsx');
    expect(await runCli(['kontrollera', file], io)).toBe(2);
    expect(err).toEqual([`uppsikt: ${C.fileMissing({ file })}`]);
  });
});
