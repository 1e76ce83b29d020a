/* Swedish texts for follow-up rounds, shown by the CLI and the task pane. */
export const roundMessagesSv = {
  roundProgress: (p: { round: string; assessed: number; total: number }) =>
    p.assessed === p.total ? `Omgång ${p.round}: alla ${p.total} bedömda` : `Omgång ${p.round}: ${p.assessed} av ${p.total} bedömda`,
  roundPending: () => 'rekommendationer som inte är bedömda i omgången räknas med sin tidigare bedömning',
} as const;
