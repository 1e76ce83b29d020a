/*
 * The reference page for the pane's cold load (bench/paneLoad.ts): the UI stack Uppsikt is built on and
 * nothing of Uppsikt's own. React, FluentProvider with Fluent's light theme, the heading and the nine tabs
 * as the pane shows them, and one line of text in the view, rendered once Office.js (the double) is ready.
 * The pane's cold load minus this page's is what Uppsikt's own code adds to the start.
 */
import { Body1, FluentProvider, Tab, TabList, Title2, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

/** The pane's tab labels (src/taskpane/App.tsx VIEWS), copied so that this page imports no Uppsikt code. */
const LABELS = ['Översikt', 'Skapa', 'Skala', 'Importera', 'Uppföljning', 'Kontrollera', 'Rapport', 'Samla', 'Hjälp'];

function Shell() {
  return (
    <main style={{ display: 'flex', flexDirection: 'column', rowGap: '12px', padding: '12px' }}>
      <Title2 as="h1">Uppsikt</Title2>
      <nav aria-label="Vyer">
        <TabList size="small" selectedValue={LABELS[0]} style={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))' }}>
          {LABELS.map((label) => (
            <Tab key={label} value={label}>
              {label}
            </Tab>
          ))}
        </TabList>
      </nav>
      <section role="tabpanel" aria-label={LABELS[0]} data-ready="true">
        <Body1>Arbetsboken saknar Uppsikts blad.</Body1>
      </section>
    </main>
  );
}

declare const Office: { onReady(): Promise<unknown> };

void Office.onReady().then(() => {
  const container = document.getElementById('container');
  if (container)
    createRoot(container).render(
      <FluentProvider theme={webLightTheme}>
        <Shell />
      </FluentProvider>,
    );
});
