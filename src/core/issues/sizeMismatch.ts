import type { Issue } from './Issue';
import { makeIssue } from './makeIssue';

/**
 * The issue for two inputs that must be the same length but are not, or undefined when they match.
 *
 * @param first - Name of the first input, as the user knows it (e.g. "sannolikheter").
 * @param firstSize - Its length.
 * @param second - Name of the second input.
 * @param secondSize - Its length.
 * @returns The issue, or undefined.
 * @example
 * sizeMismatch('grupper', 44, 'statusar', 44) //=> undefined
 */
export function sizeMismatch(first: string, firstSize: number, second: string, secondSize: number): Issue | undefined {
  if (firstSize === secondSize) return undefined;
  return makeIssue('sizeMismatch', { first, second, firstSize: `${firstSize} celler`, secondSize: `${secondSize} celler` });
}
