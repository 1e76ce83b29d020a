/** The part of the custom-functions runtime that registers a function under its metadata id. */
export interface FunctionRegistry {
  associate(id: string, implementation: (...args: never[]) => unknown): void;
}

/**
 * Excel's CustomFunctions where the page runs in Excel's runtime, else a registry that registers nothing:
 * the same page opened in a plain browser (the dev server, or Excel not yet there) has no CustomFunctions,
 * and registering there would raise "CustomFunctions is not defined" before the task pane starts.
 *
 * @returns The registry to associate the functions with.
 */
export function functionRegistry(): FunctionRegistry {
  // typeof: a missing global is undefined here instead of a ReferenceError.
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.associate === 'function') return CustomFunctions;
  return { associate: () => undefined };
}
