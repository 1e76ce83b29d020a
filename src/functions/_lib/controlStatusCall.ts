/* eslint-disable @typescript-eslint/no-explicit-any -- the arguments as Excel passes them (see functions.ts) */
import { controlStatusOfRange, type RangeStatus } from '../../core';
import { toCell, toFlatRange } from './excelValues';
import { inputs } from './inputs';
import { issuesToError } from './issueToError';

/**
 * The control's status for CONTROLSTATUS and OCCASIONS, or the error naming the period's cell: both functions
 * take the same arguments and read the same status.
 */
export function controlStatusCall(
  id: any,
  frequency: any,
  timing: any,
  results: any[][],
  period: any,
  points: any[][] | undefined,
  invocation: CustomFunctions.Invocation | undefined,
): { error: CustomFunctions.Error } | { status: RangeStatus | undefined } {
  const where = inputs(invocation, { period: [4, 'period'] });
  const result = controlStatusOfRange(toCell(id), toCell(frequency), toCell(timing), results, toCell(period), points === undefined ? undefined : toFlatRange(points).values);
  return result.issues.length > 0
    ? {
        error: issuesToError(
          result.issues.map((i) => ({ ...i, input: 'period' })),
          where,
        ),
      }
    : { status: result.value };
}
