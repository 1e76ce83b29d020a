import type { FollowUpStatus } from './FollowUpStatus';

/*
 * What people type for each verdict, as seen in reports and hand-made registers ("åtgärdats" in prose,
 * "Åtgärdat" in tables, "Inte åtgärdad"...). Matching folds case, spaces and å/ä/ö (see statusKey), so each
 * wording is listed once. Deliberately absent: bare "ej", "pågår", "klar": they are ambiguous, and an
 * unknown status is reported rather than guessed.
 */
export const STATUS_SYNONYMS: Record<FollowUpStatus, readonly string[]> = {
  Åtgärdad: ['åtgärdad', 'åtgärdat', 'åtgärdats', 'åtgärdade', 'helt åtgärdad', 'helt åtgärdat', 'fullt ut åtgärdad', 'har åtgärdats', 'är åtgärdad'],
  'Delvis åtgärdad': ['delvis åtgärdad', 'delvis åtgärdat', 'delvis åtgärdats', 'delvis', 'åtgärdad delvis', 'har delvis åtgärdats', 'är delvis åtgärdad'],
  'Ej åtgärdad': [
    'ej åtgärdad',
    'ej åtgärdat',
    'ej åtgärdats',
    'inte åtgärdad',
    'inte åtgärdat',
    'inte åtgärdats',
    'icke åtgärdad',
    'har inte åtgärdats',
    'är inte åtgärdad',
    'ej heller åtgärdad',
  ],
  'Ej bedömd': ['ej bedömd', 'ej bedömt', 'inte bedömd', 'inte bedömt', 'ej följd upp', 'ej uppföljd', 'ej uppföljt', 'inte uppföljd', 'ännu ej bedömd'],
};
