import type { Issue } from './Issue';

/**
 * Whether any issue is an error (warnings do not make a result unusable).
 *
 * @param issues - The issues.
 * @returns True when at least one has severity 'error'.
 * @example
 * hasErrors([]) //=> false
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
