/*
 * A test double of the part of Excel's custom-functions runtime our functions use: the global
 * CustomFunctions with its Error class and error codes, shaped as @types/custom-functions-runtime declares.
 */
class CustomFunctionsErrorDouble extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export function installCustomFunctionsRuntime(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: CustomFunctionsErrorDouble,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };
}

/** Whether a function result is the #VALUE! error, and its message. */
export function valueError(result: unknown): string | undefined {
  return result instanceof CustomFunctionsErrorDouble && result.code === '#VALUE!' ? (result.message ?? '') : undefined;
}

export function isFunctionError(result: unknown): result is CustomFunctionsErrorDouble {
  return result instanceof CustomFunctionsErrorDouble;
}

installCustomFunctionsRuntime();
