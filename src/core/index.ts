/*
 * The pure domain of Uppsikt: no Office, no I/O. The custom functions, both workbook adapters, the task pane
 * and the CLI all call this and nothing else for domain decisions.
 */
export type { CellValue } from './cell/CellValue';
export { isBlank } from './cell/isBlank';
export { parseNumber } from './cell/parseNumber';
export { parseLevel, LEVEL_BLANK, LEVEL_NOT_A_NUMBER, LEVEL_NOT_AN_INTEGER, LEVEL_OUT_OF_RANGE } from './cell/parseLevel';
export { formatValue } from './cell/formatValue';

export type { Issue, IssuePlace, Checked } from './issues/Issue';
export { messagesSv, type IssueCode } from './issues/messages.sv';
export { makeIssue } from './issues/makeIssue';
export { hasErrors } from './issues/hasErrors';

export type { RiskScale, RiskBand, ScaleAxis, ScoreMethod } from './scale/RiskScale';
export { MIN_LEVELS, MAX_LEVELS } from './scale/RiskScale';
export { defaultScale } from './scale/defaultScale';
export { validateScale, AXIS_NAMES } from './scale/validateScale';
export { scoreRisk } from './scale/scoreRisk';
export { bandForScore } from './scale/bandForScore';
export { possibleScores } from './scale/possibleScores';
export { scaleFromRange } from './scale/scaleFromRange';
export { scaleToRange } from './scale/scaleToRange';
export { SCALE_KEYS, METHOD_LABELS, BAND_HEADINGS } from './scale/scaleLayout';

export { scoreRiskCells } from './risk/scoreRiskCells';
export { levelOfScore } from './risk/levelOfScore';
export { countRiskMatrix, type RiskMatrixCounts } from './risk/countRiskMatrix';

export { FOLLOW_UP_STATUSES, DONE_STATUS, UNJUDGED_STATUS, type FollowUpStatus } from './status/FollowUpStatus';
export { normalizeStatus } from './status/normalizeStatus';
export { STATUS_SYNONYMS } from './status/statusSynonyms';
export { countText, type CountForms } from './count/countText';
export { statusCountText, STATUS_COUNT_FORMS } from './count/statusCountText';

export { summarizeByGroup } from './summary/summarizeByGroup';
export { summarizeByRecipients } from './summary/summarizeByRecipients';
export { kommunNamnder } from './summary/kommunNamnder';
export { summaryToTable, DEFAULT_GROUP_HEADING } from './summary/summaryToTable';
export { countStatus } from './summary/countStatus';
export { TOTAL_LABEL, type StatusSummary, type SummaryRow } from './summary/StatusSummary';

export { serialFromYmd, isoFromSerial } from './date/excelSerial';
export { parseDate } from './date/parseDate';
export { dateText, isCalendarDate, NO_DATE_TEXT } from './date/dateText';
export { countOverdue } from './followup/countOverdue';
export { columnLetters, cellRef, parseRangeStart, parseRange, type RangeStart, type RangeBounds } from './cell/a1';
export * from './schema/WorkbookSchema';
export { uppsiktSchema, tableSpec, LISTS, SCHEMA_VERSION, SCALE_NAME, VERSION_NAME } from './schema/uppsiktSchema';
export type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from './snapshot/WorkbookSnapshot';
export type { RegisterRow, RegisterTable, RegisterData, RoundColumn } from './register/RegisterData';
export { withRoundFollowUps, roundRowsOf, ownRoundVerdict, sameRoundKey } from './register/roundFollowUps';
export { roundOfHeader } from './round/roundOfHeader';
export { granskningarFromTitles, type DerivedGranskningar } from './register/granskningarFromTitles';
export { latestVerdicts, verdictSources, idKey, type VerdictSource } from './register/latestVerdicts';
export { scale5x5, PRESET_SCALES } from './scale/presetScales';
export { recommendationStatuses, type RecommendationStatus } from './register/recommendationStatuses';
export { registerFromRecords, type TableRecords } from './register/registerFromRecords';
export { planReportImport, type ImportedRecommendation, type ImportedGranskning, type ReportImportPlan, type TextChange, type ImportOptions } from './register/planReportImport';
export { isGroupAddressee, groupMembers } from './register/groupAddressees';
export { applyReportImport, appendRows } from './register/applyReportImport';
export { newFollowUpRound } from './register/newFollowUpRound';
export { checkRegister } from './checks/checkRegister';
export type { Finding, CheckOptions } from './checks/Finding';
export { adoptWorkbook, type Adoption, type AdoptOptions } from './adopt/adoptWorkbook';
export type { ColumnOverrides } from './adopt/readTable';
export { formatAdoptionReport } from './adopt/formatAdoptionReport';
export { headerKey, baseHeaderKey } from './adopt/headerKey';
export type { AdoptionReport, AdoptedTable, MappedColumn, UnmappedColumn } from './adopt/AdoptionReport';
export * from './report';
export { recipientsOf, recipientParts } from './register/recipientsOf';
export { answerDeadlines, DUE_WITHIN_DAYS, type AnswerDeadline } from './yttrande/answerDeadlines';
export { STALLNINGSTAGANDEN } from './schema/stallningstaganden';
export { registerAsOfRound } from './register/registerAsOfRound';
export type { PlanSettings } from './register/RegisterData';
export { PLAN_LABELS } from './schema/uppsiktSchema';
export { textColorOn, contrastRatio, relativeLuminance } from './color/textColorOn';
export { roundKey, compareRounds, type RoundKey } from './round/roundKey';
export { roundProgress, type RoundProgress } from './round/roundProgress';
export { isLaterVerdict } from './round/isLaterVerdict';
export { latestVerdictOf } from './round/latestVerdictOf';
export { formatRoundProgress } from './round/formatRoundProgress';
export { parseRoundName, MAX_ROUND_NAME } from './followup/parseRoundName';
export { ambiguousIds, nearIdKey, type AmbiguousId } from './register/ambiguousIds';
export { planFollowUpImport, type FollowUpImportPlan, type FollowUpImportOptions, type FollowUpMatch } from './register/planFollowUpImport';
export { applyFollowUpImport } from './register/applyFollowUpImport';
export { normalizeCellText } from './cell/normalizeCellText';
export { EXCEL_MAX_CELL_TEXT } from './cell/excelLimits';
export { quoteSheetName } from './cell/a1';
export { findingOf, type FindingPlace } from './checks/findingOf';
export { serialOfLocalDate } from './date/serialOfLocalDate';
export { cellOfRow, findingAtRow } from './checks/findingAtRow';
export * from './controls';

// The year's close: the nämnd's helhetsbedömning and Uppsikt's proposal of one.
export * from './assessment';

export { nameKey } from './names/nameKey';
export { distinctFileNames, fileNameFor } from './names/fileNameFor';

export { UppsiktError, errorsOf, isUppsiktError, type ErrorParams, type ErrorFactories, type UppsiktErrorOptions } from './errors/UppsiktError';
