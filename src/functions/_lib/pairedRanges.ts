import type { Issue } from '../../core';
import { toFlatRange, type FlatRange } from './excelValues';
import { inputs, type Inputs } from './inputs';
import { shapeMismatch } from './shapeMismatch';

/** A range argument: its value, the `input` key the core's issues use, and its Swedish name. */
export type RangeArgument = [range: unknown, key: string, name: string];

/**
 * The first two arguments of a counting function, two ranges that must have one shape (as Excel's COUNTIFS
 * requires), read flat, with where each input is for an error and the mismatch when their shapes differ.
 *
 * @example
 * pairedRanges(invocation, [groups, 'groups', 'grupper'], [statuses, 'statuses', 'statusar']).mismatch //=> undefined
 */
export function pairedRanges(
  invocation: CustomFunctions.Invocation | undefined,
  [firstRange, firstKey, firstName]: RangeArgument,
  [secondRange, secondKey, secondName]: RangeArgument,
  more: Record<string, [number, string, number?]> = {},
): { first: FlatRange; second: FlatRange; where: Inputs; mismatch?: Issue } {
  const first = toFlatRange(firstRange);
  const second = toFlatRange(secondRange);
  const where = inputs(invocation, { [firstKey]: [0, firstName, first.columns], [secondKey]: [1, secondName, second.columns], ...more });
  return { first, second, where, mismatch: shapeMismatch(firstName, first, secondName, second) };
}
