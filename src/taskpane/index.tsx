import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { serialFromYmd } from '../core';
import { createOfficePort } from '../workbook/office';
import { App } from './App';
import { OpenFromExcel } from './OpenFromExcel';
import { waitForExcel } from './waitForExcel';

function today(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

const container = document.getElementById('container');
if (container) {
  const root = createRoot(container);
  const render = (content: ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
  render(<Spinner label="Startar Uppsikt…" />);
  // typeof: a blocked or missing office.js leaves no Office global at all.
  void waitForExcel(typeof Office === 'undefined' ? undefined : Office).then((inExcel) => render(inExcel ? <App port={createOfficePort()} today={today} /> : <OpenFromExcel />));
}
