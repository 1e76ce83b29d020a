export { renderReport, reportToBuffer, REPORT_SHEETS } from './renderReport';
export { RECOMMENDATIONS_TABLE } from './recommendationsSheet';
