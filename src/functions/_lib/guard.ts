import { invalidValue } from './issueToError';

/**
 * Runs a function body so that Excel only ever sees a value or a #VALUE! with a Swedish message, never a
 * thrown exception (which Excel would show as a bare #VALUE! with no explanation).
 *
 * The result is typed as the function's declared return type: Excel accepts a CustomFunctions.Error in
 * place of any return value, and the declared types must match the JSDoc the metadata is generated from.
 */
export function guard<T>(body: () => T | CustomFunctions.Error): T {
  try {
    return body() as T;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return invalidValue(`Internt fel i Uppsikt: ${detail}`) as unknown as T;
  }
}
