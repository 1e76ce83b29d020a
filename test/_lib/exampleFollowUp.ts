/**
 * A follow-up report in prose of the example register's granskning G1 (2023), round 2026, with one
 * granskning the example does not have (parkeringsverksamheten): the import flow's and Importera's tests
 * read the same text.
 */
export const EXAMPLE_FOLLOW_UP = [
  'Uppföljning av tidigare granskningar 2026',
  '',
  '1. Granskning av kommunens styrning av it och digitalisering (2023)',
  '',
  'Rekommendation 1: Etablera styrande dokument avseende kommunens it-styrning och digitalisering.',
  'Vi bedömer att kommunstyrelsen har vidtagit åtgärder med anledning av rekommendationen.',
  '',
  'Rekommendation 2: Tydliggöra ansvars- och gränsdragning mellan digitaliseringsavdelningen och förvaltningarna.',
  'Vi bedömer att kommunstyrelsen inte helt har vidtagit åtgärder.',
  '',
  'Rekommendation 3: Fastställa mål och prioriteringsgrunder för digitalisering och it-investeringar.',
  'Arbete pågår och vi bedömer att åtgärder har påbörjats.',
  '',
  '2. Granskning av parkeringsverksamheten (2021)',
  '',
  'Rekommendation 1: Se över taxorna.',
  'Bedömning: Åtgärdad.',
].join('\n');
