/* Nytt år in the task pane through the xlsx adapter: browser-safe, imported lazily like Samla's. */
export { newYearWorkbookBytes } from './newYearWorkbookBytes';
