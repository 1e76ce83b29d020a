/*
 * One error type for everything the user can act on. A flow or an adapter raises it with a code and the
 * parameters of what went wrong; the Swedish sentence comes from the catalogue the code names, so the CLI and
 * the task pane word it the same way and tests match the code, never the text.
 */

/** What a wording may be given: names, counts, cell addresses, lists of names. */
export type ErrorParams = Readonly<Record<string, unknown>>;

/** A catalogue entry: a fixed sentence, or one built from its parameters (the catalogues' one convention). */
type Wording = string | ((params: never) => string);

export interface UppsiktErrorOptions {
  /** The library's or the system's own error, kept for UPPSIKT_DEBUG=1; users never see it. */
  readonly cause?: unknown;
  /** What the CLI ends with: 2 could not run (the default), 1 the workbook has findings. */
  readonly exitCode?: number;
}

export class UppsiktError extends Error {
  override readonly name = 'UppsiktError';
  readonly exitCode: number;

  constructor(
    /** "area.key", e.g. "xlsx.encrypted": stable, for callers and tests. */
    readonly code: string,
    readonly params: ErrorParams,
    message: string,
    options: UppsiktErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? 2;
  }
}

type ParamsOf<W> = W extends (params: infer P) => string ? P : undefined;

/** The factories of a catalogue: one per entry, taking that entry's parameters (none for a fixed sentence). */
export type ErrorFactories<T extends Record<string, Wording>> = {
  readonly [K in keyof T]: ParamsOf<T[K]> extends undefined
    ? (options?: UppsiktErrorOptions) => UppsiktError
    : (params: ParamsOf<T[K]>, options?: UppsiktErrorOptions) => UppsiktError;
};

/**
 * Errors worded by a message catalogue: `errorsOf('port', portMessages).noSheet({ sheet })` is an
 * UppsiktError with code "port.noSheet", the parameters, and the catalogue's sentence as its message.
 */
export function errorsOf<T extends Record<string, Wording>>(area: string, catalogue: T): ErrorFactories<T> {
  const factories: Record<string, unknown> = {};
  for (const key of Object.keys(catalogue)) {
    const wording = catalogue[key];
    const code = `${area}.${key}`;
    factories[key] =
      typeof wording === 'string'
        ? (options?: UppsiktErrorOptions) => new UppsiktError(code, {}, wording, options)
        : (params: ErrorParams, options?: UppsiktErrorOptions) => new UppsiktError(code, params, (wording as (p: ErrorParams) => string)(params), options);
  }
  return factories as ErrorFactories<T>;
}

/** Whether `error` is an UppsiktError, and with this code when one is given. */
export function isUppsiktError(error: unknown, code?: string): error is UppsiktError {
  return error instanceof UppsiktError && (code === undefined || error.code === code);
}
