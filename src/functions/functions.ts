/*
 * Custom functions in the IK namespace. Each is a doc block plus one call into src/core; the doc blocks are
 * what custom-functions-metadata-plugin turns into functions.json (English names), and
 * translations/sv.json supplies the Swedish names for functions-sv.json. Bad input returns #VALUE! with a
 * Swedish message naming the cell (Excel passes the argument addresses, see @requiresParameterAddresses).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the metadata generator requires `any` / `any[][]`
   in signatures to match the JSDoc types that tell Excel what to pass; values are converted at once. */
import {
  countOverdue,
  countRiskMatrix,
  countStatus,
  hasErrors,
  levelOfScore,
  parseDate,
  scoreRiskCells,
  summarizeByGroup,
  summarizeByRecipients,
  kommunNamnder,
  summaryToTable,
  DEFAULT_GROUP_HEADING,
  makeIssue,
  formatValue,
  latestVerdictOf,
  serialOfLocalDate,
  controlOverviewOfRanges,
  occasionsText,
  overviewTable,
} from '../core';
import { isOmitted, toCell, toFlatRange } from './_lib/excelValues';
import { functionRegistry } from './_lib/functionRegistry';
import { guard } from './_lib/guard';
import { controlStatusCall } from './_lib/controlStatusCall';
import { inputs } from './_lib/inputs';
import { issuesToError } from './_lib/issueToError';
import { resolveScale } from './_lib/resolveScale';
import { pairedRanges } from './_lib/pairedRanges';
import { shapeMismatch } from './_lib/shapeMismatch';

/*
 * The build appends `CustomFunctions.associate("ID", fn);` for each function below to this file
 * (custom-functions-metadata-plugin). This module-level name shadows the global for exactly those calls:
 * in Excel it is Excel's CustomFunctions, and where there is no runtime (the page in a plain browser) the
 * calls register nothing instead of throwing. Types such as CustomFunctions.Invocation still name the
 * global namespace, which a value cannot shadow.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the calls the build appends
const CustomFunctions = functionRegistry();

/**
 * Risk score of one risk: likelihood × consequence, or the scale's grid.
 * @customfunction RISKSCORE
 * @param {any} likelihood Likelihood level (an integer on the scale).
 * @param {any} consequence Consequence level (an integer on the scale).
 * @param {any[][]} [scale] The workbook's scale range; omitted, the default 4×4 scale applies.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {any} The risk score, or blank when a level is blank.
 */
export function riskScore(likelihood: any, consequence: any, scale?: any[][], invocation?: CustomFunctions.Invocation): any {
  return guard(() => {
    const where = inputs(invocation, { likelihood: [0, 'sannolikhet'], consequence: [1, 'konsekvens'], scale: [2, 'skala', toFlatRange(scale).columns] });
    const s = resolveScale(scale);
    if (!s.value) return issuesToError(s.issues, where);
    const result = scoreRiskCells(toCell(likelihood), toCell(consequence), s.value);
    if (hasErrors(result.issues)) return issuesToError(result.issues, where);
    return result.value ?? '';
  });
}

/**
 * Risk level (band name) of a risk score.
 * @customfunction RISKLEVEL
 * @param {any} score Risk score.
 * @param {any[][]} [scale] The workbook's scale range; omitted, the default 4×4 scale applies.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {any} The band's name, or blank when the score is blank.
 */
export function riskLevel(score: any, scale?: any[][], invocation?: CustomFunctions.Invocation): any {
  return guard(() => {
    const where = inputs(invocation, { score: [0, 'riskvärde'], scale: [1, 'skala', toFlatRange(scale).columns] });
    const s = resolveScale(scale);
    if (!s.value) return issuesToError(s.issues, where);
    const result = levelOfScore(toCell(score), s.value);
    if (hasErrors(result.issues)) return issuesToError(result.issues, where);
    return result.value?.name ?? '';
  });
}

/**
 * Risk matrix: number of risks per likelihood and consequence, highest likelihood on top.
 * @customfunction RISKMATRIX
 * @param {any[][]} likelihoods Likelihood of each risk.
 * @param {any[][]} consequences Consequence of each risk, same size as likelihoods.
 * @param {any[][]} [scale] The workbook's scale range; omitted, the default 4×4 scale applies.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {number[][]} Counts, one row per likelihood level (highest first), one column per consequence level.
 */
export function riskMatrix(likelihoods: any[][], consequences: any[][], scale?: any[][], invocation?: CustomFunctions.Invocation): number[][] {
  return guard(() => {
    const ranges = pairedRanges(invocation, [likelihoods, 'likelihoods', 'sannolikheter'], [consequences, 'consequences', 'konsekvenser'], {
      scale: [2, 'skala', toFlatRange(scale).columns],
    });
    const { first: s, second: k, where, mismatch } = ranges;
    if (mismatch) return issuesToError([mismatch], where);
    const sc = resolveScale(scale);
    if (!sc.value) return issuesToError(sc.issues, where);
    const result = countRiskMatrix(s.values, k.values, sc.value);
    if (!result.value || hasErrors(result.issues)) return issuesToError(result.issues, where);
    // Drawn as a riskmatris is drawn: highest likelihood on top.
    return [...result.value.counts].reverse();
  });
}

/**
 * Number of rows with the given group and follow-up status.
 * @customfunction STATUSCOUNT
 * @param {any[][]} groups Group of each row (granskning or nämnd).
 * @param {any[][]} statuses Follow-up status of each row, same size as groups.
 * @param {any} group The group to count; blank counts all groups.
 * @param {any} status The status to count (Åtgärdad, Delvis åtgärdad, Ej åtgärdad or Ej bedömd).
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {number} The count.
 */
export function statusCount(groups: any[][], statuses: any[][], group: any, status: any, invocation?: CustomFunctions.Invocation): number {
  return guard(() => {
    const ranges = pairedRanges(invocation, [groups, 'groups', 'grupper'], [statuses, 'statuses', 'statusar'], { status: [3, 'status'] });
    const { first: g, second: st, where, mismatch } = ranges;
    if (mismatch) return issuesToError([mismatch], where);
    const result = countStatus(g.values, st.values, toCell(group), toCell(status));
    if (result.value === undefined || hasErrors(result.issues)) return issuesToError(result.issues, where);
    return result.value;
  });
}

/**
 * Summary table: one row per group with a count per status and a total, and a total row. Given the kommun's
 * nämnder, the groups are Mottagare cells: a recommendation counts in every nämnd its cell names (a group such
 * as "Samtliga nämnder" in each nämnd) and Totalt counts it once.
 * @customfunction SUMMARY
 * @param {any[][]} groups Group of each row (granskning or nämnd).
 * @param {any[][]} statuses Follow-up status of each row, same size as groups.
 * @param {any} [heading] Heading of the first column; default "Granskning".
 * @param {any[][]} [namnder] The kommun's list of nämnder: groups are then recipients, one row per nämnd.
 * @param {any[][]} [riskNamnder] The risks' Nämnd column: where the list is empty, the nämnder are those named here and in groups.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {any[][]} The summary table, spilled.
 */
export function summary(groups: any[][], statuses: any[][], heading?: any, namnder?: any[][], riskNamnder?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return guard(() => {
    const { first: g, second: st, where, mismatch } = pairedRanges(invocation, [groups, 'groups', 'grupper'], [statuses, 'statuses', 'statusar']);
    if (mismatch) return issuesToError([mismatch], where);
    const result = isOmitted(namnder)
      ? summarizeByGroup(g.values, st.values)
      : summarizeByRecipients(g.values, st.values, kommunNamnder(toFlatRange(namnder).values, isOmitted(riskNamnder) ? [] : toFlatRange(riskNamnder).values, g.values));
    if (!result.value || hasErrors(result.issues)) return issuesToError(result.issues, where);
    const title = toCell(heading);
    return summaryToTable(result.value, title === null || title === '' ? DEFAULT_GROUP_HEADING : String(title));
  });
}

/**
 * Number of unfinished items whose date has passed.
 * @customfunction OVERDUE
 * @param {any[][]} dates Promised date of each item.
 * @param {any[][]} statuses Status of each item, same size as dates.
 * @param {any} [today] The date to compare with; default today.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {number} The number of overdue items.
 */
export function overdue(dates: any[][], statuses: any[][], today?: any, invocation?: CustomFunctions.Invocation): number {
  return guard(() => {
    const ranges = pairedRanges(invocation, [dates, 'dates', 'datum'], [statuses, 'statuses', 'statusar'], { today: [2, 'idag'] });
    const { first: d, second: st, where, mismatch } = ranges;
    if (mismatch) return issuesToError([mismatch], where);
    const todayCell = toCell(today);
    const reference = todayCell === null || todayCell === '' ? serialOfLocalDate(new Date()) : parseDate(todayCell);
    if (reference === null || Number.isNaN(reference)) {
      return issuesToError([makeIssue('dateInvalid', { value: formatValue(todayCell) }, { input: 'today' })], where);
    }
    const result = countOverdue(d.values, st.values, reference);
    if (result.value === undefined || hasErrors(result.issues)) return issuesToError(result.issues, where);
    return result.value;
  });
}

/**
 * Current verdict of one recommendation: the verdict of the latest follow-up round that has one. Rounds are
 * ordered by what they say (year, date, "Delår 2025"), not by row order, and a round not yet assessed never
 * hides an earlier verdict.
 * @customfunction LATESTVERDICT
 * @param {any} id The recommendation's id.
 * @param {any[][]} ids Recommendation id of each follow-up row.
 * @param {any[][]} rounds Round of each follow-up row, same size as ids.
 * @param {any[][]} verdicts Verdict of each follow-up row, same size as ids.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {any} The verdict, or blank when no round has assessed the recommendation.
 */
export function latestVerdict(id: any, ids: any[][], rounds: any[][], verdicts: any[][], invocation?: CustomFunctions.Invocation): any {
  return guard(() => {
    const i = toFlatRange(ids);
    const r = toFlatRange(rounds);
    const v = toFlatRange(verdicts);
    const where = inputs(invocation, { ids: [1, 'rekommendationer', i.columns], rounds: [2, 'omgångar', r.columns], verdicts: [3, 'bedömningar', v.columns] });
    const mismatch = shapeMismatch('rekommendationer', i, 'omgångar', r) ?? shapeMismatch('rekommendationer', i, 'bedömningar', v);
    if (mismatch) return issuesToError([mismatch], where);
    const verdict = latestVerdictOf(toCell(id), i.values, r.values, v.values);
    return verdict === null ? '' : verdict;
  });
}

/**
 * Where a control of the internkontrollplan stands up to a period: Genomförd, Avvikelse, Ej genomförd or
 * Ej aktuell än, from its results in Kontrollutfall and when its Frekvens makes it due.
 * @customfunction CONTROLSTATUS
 * @param {any} id The control's id.
 * @param {any} frequency The control's Frekvens.
 * @param {any} timing The control's Tidpunkt.
 * @param {any[][]} results Kontrollutfall with its header row (Kontrollutfall[#All]).
 * @param {any} [period] The period, e.g. "T2 2026"; omitted or blank, the latest period that has results.
 * @param {any[][]} [points] The year's reporting points; omitted, T1, T2 and T3.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {any} The läge as a word, or blank when the id is blank.
 */
export function controlStatus(id: any, frequency: any, timing: any, results: any[][], period?: any, points?: any[][], invocation?: CustomFunctions.Invocation): any {
  return guard(() => {
    const r = controlStatusCall(id, frequency, timing, results, period, points, invocation);
    return 'error' in r ? r.error : (r.status?.lage ?? '');
  });
}

/**
 * How many of a control's occasions due up to a period were carried out, as "2 av 3".
 * @customfunction OCCASIONS
 * @param {any} id The control's id.
 * @param {any} frequency The control's Frekvens.
 * @param {any} timing The control's Tidpunkt.
 * @param {any[][]} results Kontrollutfall with its header row (Kontrollutfall[#All]).
 * @param {any} [period] The period, e.g. "T2 2026"; omitted or blank, the latest period that has results.
 * @param {any[][]} [points] The year's reporting points; omitted, T1, T2 and T3.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {any} "X av Y", or blank when the id is blank.
 */
export function occasions(id: any, frequency: any, timing: any, results: any[][], period?: any, points?: any[][], invocation?: CustomFunctions.Invocation): any {
  return guard(() => {
    const r = controlStatusCall(id, frequency, timing, results, period, points, invocation);
    if ('error' in r) return r.error;
    return r.status ? occasionsText(r.status.genomfordaTillfallen, r.status.tillfallen) : '';
  });
}

/**
 * The internkontrollplan's year so far per nämnd: kontroller, genomförda, ej genomförda, med avvikelse,
 * väsentliga, tillfällen and genomförda tillfällen, with a Totalt row; the numbers of `uppsikt utfall`.
 * @customfunction CONTROLSUMMARY
 * @param {any[][]} controls Kontroller with its header row (Kontroller[#All]).
 * @param {any[][]} risks Risker with its header row (Risker[#All]); a control's nämnd is its risk's.
 * @param {any[][]} results Kontrollutfall with its header row (Kontrollutfall[#All]).
 * @param {any} [period] The period, e.g. "T2 2026"; omitted or blank, the latest period that has results.
 * @param {any[][]} [points] The year's reporting points; omitted, T1, T2 and T3.
 * @param {CustomFunctions.Invocation} invocation Invocation.
 * @requiresParameterAddresses
 * @returns {any[][]} The table, spilled: a header row, one row per nämnd, Totalt.
 */
export function controlSummary(controls: any[][], risks: any[][], results: any[][], period?: any, points?: any[][], invocation?: CustomFunctions.Invocation): any[][] {
  return guard(() => {
    const where = inputs(invocation, { period: [3, 'period'] });
    const result = controlOverviewOfRanges(controls, risks, results, toCell(period), points === undefined ? undefined : toFlatRange(points).values);
    if (!result.value)
      return issuesToError(
        result.issues.map((i) => ({ ...i, input: 'period' })),
        where,
      );
    return overviewTable(result.value);
  });
}
