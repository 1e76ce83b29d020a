/* A new follow-up round: one flow for `uppsikt ny-omgang` and the pane's Uppföljning. */
export { planFollowUpRound, type FollowUpRoundPlan } from './planFollowUpRound';
export { followUpRoundRegister } from './followUpRoundRegister';
export { applyFollowUpRound } from './applyFollowUpRound';
export { roundVerdicts, verdictEdits, applyVerdicts, VERDICT_CHOICES, type VerdictRow, type VerdictAnswer } from './roundVerdicts';
