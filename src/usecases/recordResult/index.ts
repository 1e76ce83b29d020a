export { planRecordResult, type RecordResultPlan, type RecordResultInput } from './planRecordResult';
export { applyRecordResult } from './applyRecordResult';
export { checkForm, formFromRow, EMPTY_FORM, RESULT_FIELDS, type ResultForm, type ResultField, type CheckedForm } from './resultForm';
