/*
 * Samla through the xlsx adapter: browser-safe (ExcelJS in memory, no fs, path or zlib), so the task pane
 * imports this lazily instead of ExcelJS itself; the CLI writes the same workbook with writeXlsx.
 */
export { writeConsolidatedWorkbook } from './writeConsolidatedWorkbook';
export { consolidatedWorkbookBytes } from './consolidatedWorkbookBytes';
export { snapshotFromBytes } from '../snapshotFromBytes';
