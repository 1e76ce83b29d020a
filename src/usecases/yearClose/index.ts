/* The year's close: next year's plan (nytt-ar, the pane's Nytt år) and the follow-up report of the year. */
export type { ControlYearOutcome } from './ControlYearOutcome';
export { planNewYear, parsePlanYear, type NewYearPlan, type FlaggedControl } from './planNewYear';
export { newYearRegister } from './newYearRegister';
export { yearCloseMessagesSv } from './messages.sv';
export { controlYearOutcomes, hasOpenDeviation } from './controlYearOutcomes';
export { buildFollowUpReport, type FollowUpOptions } from './buildFollowUpReport';
export type { FollowUpReportModel } from './FollowUpReportModel';
export { yearPicture, type YearPicture } from './yearPicture';
