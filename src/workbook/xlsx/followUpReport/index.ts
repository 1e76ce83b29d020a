export { renderFollowUpReport, followUpReportToBuffer } from './renderFollowUpReport';
