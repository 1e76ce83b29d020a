/*
 * The internkontrollplan through the year (issue 19): results per control and occasion, when a control is
 * due, its läge up to a period, and the counts per nämnd, computed once for the CLI, pane, functions and reports.
 */
export { LAGEN, LAGE_COLORS, type Lage } from './Lage';
export { parsePeriod, type Period } from './parsePeriod';
export { reportingPoints, namedEnd, type ReportingPoint } from './reportingPoints';
export { pointOfPeriod, namedPoint } from './pointOfPeriod';
export { periodEnd } from './periodEnd';
export { frequencyOf, TIMES_A_YEAR, type Frequency } from './frequencyOf';
export { dueOccasions } from './dueOccasions';
export { genomfordOf, avvikelseOf, type Genomford, type AvvikelseGrad } from './resultValues';
export { hasDeviation } from './hasDeviation';
export { planControls, type PlanControl } from './planControls';
export { controlStatus, type ControlStatus } from './controlStatus';
export { countControls, type CountedStatus } from './countControls';
export type { NamndCounts } from './NamndCounts';
export { latestResultPeriod } from './latestResultPeriod';
export { controlOverview, type ControlOverview, type OverviewOptions } from './controlOverview';
export { sortByLage } from './sortByLage';
export { controlResults, controlResultOf, type ControlResult } from '../register/controlResults';
export { checkControlResults } from '../checks/checkControlResults';
export { controlOverviewOfRanges, type ControlCounts } from './overviewOfRanges';
export { controlStatusOfRange, type RangeStatus } from './statusOfRange';
export { overviewTable, occasionsText, OVERVIEW_HEADERS, OVERVIEW_TOTAL, OVERVIEW_NO_NAMND } from './overviewTable';
