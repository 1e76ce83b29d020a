import { createDOMRenderer, FluentProvider, RendererProvider, webLightTheme } from '@fluentui/react-components';
import type { Root } from 'react-dom/client';
import { FileMode } from './FileMode';

/**
 * Renders file mode into `root`. Outside Office every <style> Fluent UI (Griffel) inserts must carry the nonce
 * officeLoader.js put in the page's Content-Security-Policy: the renderer gives it to each one, FluentProvider's
 * theme style included. In its own chunk, so the pane in Excel loads none of it.
 *
 * @example
 * startFileMode(createRoot(container), today, uppsiktHost().nonce);
 */
export function startFileMode(root: Root, today: () => number, nonce: string): void {
  const renderer = createDOMRenderer(document, nonce ? { styleElementAttributes: { nonce } } : {});
  root.render(
    <RendererProvider renderer={renderer} targetDocument={document}>
      <FluentProvider theme={webLightTheme}>
        <FileMode today={today} />
      </FluentProvider>
    </RendererProvider>,
  );
}
