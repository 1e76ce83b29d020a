/* Consolidating every nämnd's workbook into one kommun-wide Uppsikt workbook (uppsikt samla, the Samla view). */
export { consolidateRegisters } from './consolidateRegisters';
export { consolidationSheet, apartSheet, CONSOLIDATION_SHEET, APART_SHEET, type SheetRows, type SkippedFile } from './consolidationSheet';
export { compareNamnder, hasDeviation } from './compareNamnder';
export * from './Consolidation';
export { consolidateMessages, SOURCE_HEADERS, PER_NAMND_HEADER, SCALE_HEADERS } from './messages.sv';
export { sourceFromSnapshot } from './sourceFromSnapshot';
