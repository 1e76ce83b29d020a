/** A failure the user can act on: printed as is (Swedish), with the exit code to end with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Exit codes: 0 done, 1 the workbook has errors (check) or rows could not be counted, 2 could not run. */
export const EXIT_FINDINGS = 1;
