import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { defaultScale, serialFromYmd, type RegisterData } from '../../../src/core';
import { App } from '../../../src/taskpane/App';
import { exampleRegister } from '../../../src/usecases/exampleRegister';
import { OfficeWorkbook } from '../../../src/workbook/office';
import { FakeWorkbook } from '../../workbook/office/_lib/fakeExcel';

export const TODAY = serialFromYmd(2026, 11, 22);

/*
 * The pane over the real Office adapter and the Excel double: the views are tested through the same port
 * and adapter code that runs in Excel, and assertions look at what the double's workbook holds.
 */
export async function workbookWith(register?: RegisterData): Promise<FakeWorkbook> {
  const fake = new FakeWorkbook();
  fake.addSheet('Blad1');
  if (register) await new OfficeWorkbook(fake.run).createStructure(register);
  return fake;
}

export const exampleWorkbook = () => workbookWith(exampleRegister(defaultScale));

export function renderApp(fake: FakeWorkbook, port = new OfficeWorkbook(fake.run)) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} today={() => TODAY} />
    </FluentProvider>,
  );
  return port;
}
