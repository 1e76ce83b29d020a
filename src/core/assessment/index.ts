export { ASSESSMENT_LEVELS, normalizeAssessment, type AssessmentLevel } from './assessmentLevels';
export { yearAssessments, assessmentFor, type YearAssessment } from './yearAssessments';
export { proposeAssessment, type AssessmentProposal, type AssessmentReason, type YearOutcomeCounts } from './proposeAssessment';
