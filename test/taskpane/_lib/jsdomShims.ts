/* jsdom has no ResizeObserver; Fluent UI's MessageBar measures itself with one. Chromium (the browser test) has it. */
class ResizeObserverShim {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverShim;

/*
 * The pane loads its rarer views lazily (own webpack chunks) and preloads them once the first view shows;
 * tests load them up front, so a click on a tab shows its view at once, as it does in Excel after start.
 */
void import('../../../src/taskpane/App').then((app) => app.preloadViews());
export {};
