import fs from 'fs';
import path from 'path';
import { cliMessagesSv } from '../../src/cli/messages.sv';
import { adoptMessagesSv } from '../../src/core/adopt/messages.sv';
import { checkMessagesSv } from '../../src/core/checks/messages.sv';
import { messagesSv } from '../../src/core/issues/messages.sv';
import { reportMessagesSv } from '../../src/core/report/messages.sv';
import { roundMessagesSv } from '../../src/core/round/messages.sv';
import { consolidateMessages } from '../../src/usecases/consolidate/messages.sv';
import { flowMessagesSv } from '../../src/usecases/messages.sv';
import { paneMessagesSv } from '../../src/taskpane/messages.sv';
import { layoutMessagesSv } from '../../src/workbook/layout/messages.sv';
import { officeMessagesSv } from '../../src/workbook/office/messages.sv';
import { portMessages } from '../../src/usecases/port/portMessages.sv';
import { xlsxMessages } from '../../src/workbook/xlsx/messages.sv';
import { reportSheetMessagesSv } from '../../src/workbook/xlsx/report/messages.sv';
import { yearCloseMessagesSv } from '../../src/usecases/yearClose/messages.sv';
import { followUpSheetMessagesSv } from '../../src/workbook/xlsx/followUpReport/messages.sv';

/*
 * Every entry of every Swedish catalogue is said somewhere: an entry no code uses is a sentence nobody
 * maintains. An entry counts as used when src outside the catalogues (comments removed) names it as
 * `catalogue.key` or as the code string 'key' (makeIssue('key', …), a check's code).
 */
const SRC = path.join(__dirname, '../../src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) && !/messages\.sv\.ts$/.test(e.name) ? [full] : [];
  });
}

const code = sources(SRC)
  .map((file) => fs.readFileSync(file, 'utf8'))
  // Comments do not count as use.
  .map((text) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1'))
  .join('\n');

const CATALOGUES: Record<string, Record<string, unknown>> = {
  'core/issues (core codes)': messagesSv,
  'core/adopt': adoptMessagesSv,
  'core/checks': checkMessagesSv,
  'core/report': reportMessagesSv,
  'core/round': roundMessagesSv,
  'usecases/consolidate': consolidateMessages,
  usecases: flowMessagesSv,
  cli: cliMessagesSv,
  taskpane: paneMessagesSv,
  'workbook/layout': layoutMessagesSv,
  'workbook (both adapters)': portMessages,
  'workbook/office': officeMessagesSv,
  'workbook/xlsx': xlsxMessages,
  'workbook/xlsx/report': reportSheetMessagesSv,
  'usecases/yearClose': yearCloseMessagesSv,
  'workbook/xlsx/followUpReport': followUpSheetMessagesSv,
};

describe.each(Object.entries(CATALOGUES))('the %s catalogue', (_name, catalogue) => {
  test('has no entry that no code uses', () => {
    const unused = Object.keys(catalogue).filter((key) => !new RegExp(`(\\.${key}\\b|['"]${key}['"])`).test(code));
    expect(unused).toEqual([]);
  });
});
