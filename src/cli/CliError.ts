/**
 * A failure the user can act on: printed as is (Swedish), with the exit code to end with. `cause` keeps the
 * library's or the system's own error for UPPSIKT_DEBUG=1; users never see it otherwise.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
  }
}

/** Exit codes: 0 done, 1 the workbook has errors (check) or rows could not be counted, 2 could not run. */
export const EXIT_FINDINGS = 1;
