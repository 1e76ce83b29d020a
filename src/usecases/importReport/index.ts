/* Importing a report: one flow for the CLI and the task pane (see ImportPlan.ts). */
export type { ImportChoices, ImportPlan, ImportRequest } from './ImportPlan';
export { readReportText, type ReportReading } from '../readReportText';
export { proposedRound } from './proposedRound';
export { granskningTitles } from './granskningTitles';
export { planImport } from './planImport';
export { canApplyImport } from './canApplyImport';
export { importEdits } from './importEdits';
export { importIntoRegister } from './importIntoRegister';
export { applyImport } from './applyImport';
export { fanOutDefaults } from './fanOutDefaults';
export { answerByNote } from './answerByNote';
