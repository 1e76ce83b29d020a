import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { defaultScale, serialFromYmd, type RegisterData } from '../../../src/core';
import { App, type AppProps } from '../../../src/taskpane/App';
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

/** The pane on today's test date; `props` as Excel's start passes them (a first read, its snapshot). */
export function renderApp(fake: FakeWorkbook, port = new OfficeWorkbook(fake.run), props: Pick<AppProps, 'initialSnapshot' | 'firstRead'> = {}) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} today={() => TODAY} {...props} />
    </FluentProvider>,
  );
  return port;
}
