/* Swedish texts for follow-up rounds, shown by the CLI and the task pane. */
export const roundMessagesSv = {
  roundProgress: (p: { round: string; assessed: number; total: number }) =>
    p.assessed === p.total && p.total > 1 ? `Omgång ${p.round}: alla ${p.total} bedömda` : `Omgång ${p.round}: ${p.assessed} av ${p.total} ${p.total === 1 ? 'bedömd' : 'bedömda'}`,
  roundPending: () => 'rekommendationer som inte är bedömda i omgången räknas med sin tidigare bedömning',
} as const;
