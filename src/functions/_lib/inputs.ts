import type { InputInfo } from './issueToError';

/** The inputs of one call, keyed by the `input` names the core uses in its issues. */
export type Inputs = Record<string, InputInfo>;

/**
 * Names and addresses of a call's inputs, so an error names the cell the user typed: each input's argument
 * position, Swedish name and, for a range, its width.
 *
 * @example
 * inputs(invocation, { period: [4, 'period'] }).period //=> { name: 'period', address: 'Kontroller!F2', columns: undefined }
 */
export function inputs(invocation: CustomFunctions.Invocation | undefined, names: Record<string, [number, string, number?]>): Inputs {
  const addresses = invocation?.parameterAddresses ?? [];
  const result: Inputs = {};
  for (const [input, [position, name, columns]] of Object.entries(names)) {
    result[input] = { name, address: addresses[position] || undefined, columns };
  }
  return result;
}
