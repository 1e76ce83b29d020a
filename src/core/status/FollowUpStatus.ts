/**
 * The canonical follow-up verdicts, in the order summaries show them. The first three are the auditors'
 * words; "Ej bedömd" is a recommendation no follow-up round has judged yet.
 */
export const FOLLOW_UP_STATUSES = ['Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Ej bedömd'] as const;

export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The status that means finished: nothing more is owed. */
export const DONE_STATUS: FollowUpStatus = 'Åtgärdad';
/** The status of a row whose status cell is blank. */
export const UNJUDGED_STATUS: FollowUpStatus = 'Ej bedömd';
