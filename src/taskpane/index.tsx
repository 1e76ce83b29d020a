import { createDOMRenderer, FluentProvider, makeStaticStyles, RendererProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { serialFromYmd } from '../core';
import { createOfficePort } from '../workbook/office';
import { App } from './App';
import { uppsiktHost } from './uppsiktHost';
import { waitForExcel } from './waitForExcel';

// File mode (an .xlsx in a plain browser) is its own chunk, and ExcelJS a further one inside it: the pane in
// Excel loads neither.
const FileMode = lazy(() => import(/* webpackChunkName: "file-mode" */ './file/FileMode').then((m) => ({ default: m.FileMode })));

function today(): number {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

// Through Griffel, not a <style> in taskpane.html: outside Office the page's CSP admits only styles with its nonce.
const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });

function Page({ children }: { children: ReactNode }) {
  useBodyStyles();
  return <>{children}</>;
}

const container = document.getElementById('container');
if (container) {
  const host = uppsiktHost();
  const root = createRoot(container);
  // Outside Office every <style> Fluent UI inserts carries the nonce the loader put in the CSP.
  const renderer = host.nonce ? createDOMRenderer(document, { styleElementAttributes: { nonce: host.nonce } }) : undefined;
  const themed = (content: ReactNode) => (
    <FluentProvider theme={webLightTheme}>
      <Page>{content}</Page>
    </FluentProvider>
  );
  const render = (content: ReactNode) => root.render(renderer ? <RendererProvider renderer={renderer}>{themed(content)}</RendererProvider> : themed(content));
  const fileMode = () => (
    <Suspense fallback={<Spinner label="Startar Uppsikt…" />}>
      <FileMode today={today} />
    </Suspense>
  );
  render(<Spinner label="Startar Uppsikt…" />);
  if (!host.office) render(fileMode());
  // typeof: a blocked or missing office.js leaves no Office global at all. Not Excel after all (another
  // Office application, or Office.js blocked): the file mode, so the page is never a dead end.
  else void waitForExcel(typeof Office === 'undefined' ? undefined : Office).then((inExcel) => render(inExcel ? <App port={createOfficePort()} today={today} /> : fileMode()));
}
