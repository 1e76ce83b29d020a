import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { WorkbookSnapshot } from '../core';
import { todaySerial } from '../usecases/clock';
import { createOfficePort } from '../workbook/office';
import { App } from './App';
import { listenEarly } from './listenEarly';
import { uppsiktHost } from './uppsiktHost';
import { waitForExcel } from './waitForExcel';

/** How long Excel's start waits for the first read before it shows the pane with a spinner instead. */
const READ_WAIT_MS = 1000;

/** The one clock (usecases/clock), for Excel and file mode alike. */
const today = (): number => todaySerial();

const container = document.getElementById('container');
if (container) {
  // Through CSSOM, not a <style> in taskpane.html: outside Office the page's CSP admits only styles with its nonce.
  document.body.style.margin = '0';
  const host = uppsiktHost();
  const root = createRoot(container);
  const render = (content: ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{content}</FluentProvider>);
  // File mode (an .xlsx in a plain browser) is its own chunk, and XlsxWorkbook with ExcelJS a further one: the
  // pane in Excel loads neither. Nothing of Fluent's is rendered before it, since only file mode's renderer
  // gives the style elements the nonce the page's policy asks for.
  const fileMode = (nonce: string) =>
    import(/* webpackChunkName: "file-mode" */ './file/startFileMode').then(
      (m) => m.startFileMode(root, today, nonce),
      () => {
        container.textContent = 'Uppsikt kunde inte startas: en del av sidan gick inte att hämta från servern. Ladda om sidan.';
      },
    );
  if (!host.office) void fileMode(host.nonce);
  else {
    render(<Spinner label="Startar Uppsikt…" />);
    // typeof: a blocked or missing office.js leaves no Office global at all. Not Excel after all (another
    // Office application, or Office.js blocked): file mode, so the page is never a dead end.
    void waitForExcel(typeof Office === 'undefined' ? undefined : Office).then((inExcel) => {
      if (!inExcel) return void fileMode(host.nonce);
      // The workbook is read before the pane's first render, so that render shows Översikt at once: no
      // render, style and paint of an empty pane with a spinner that the data then replaces. A read that
      // fails, or takes longer than READ_WAIT_MS (a big workbook), is handed to the pane, which shows its
      // tabs and spinner meanwhile, and then the view or the error.
      // Listening starts before the read, so a change made while the pane starts reaches it (listenEarly).
      const port = listenEarly(createOfficePort());
      const read = port.read();
      let started = false;
      const start = (initialSnapshot?: WorkbookSnapshot) => {
        if (started) return;
        started = true;
        render(<App port={port} today={today} initialSnapshot={initialSnapshot} firstRead={initialSnapshot ? undefined : read} />);
      };
      read.then(start, () => start());
      setTimeout(() => start(), READ_WAIT_MS);
    });
  }
}
