/* The .xlsx adapter: files in and out through ExcelJS, rendering the one schema the Office adapter renders too. */
export { readXlsx, snapshotOf } from './readXlsx';
export { renderUppsikt, type RenderReport, type RenderOptions } from './renderUppsikt';
export { writeXlsx } from './writeXlsx';
