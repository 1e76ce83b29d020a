/* The words follow-up reports are read by: the verbs recommendations open with, number words and ordinals in
   assessments, and the bounds that keep a header plausible. */

/** The longest range a header like "Rekommendation 1-3" may span; more is not a header. */
export const MAX_RANGE = 40;

/** The highest plausible recommendation number. */
export const MAX_NR = 200;

/** Longest line that can be a column label run together with a header. */
export const MAX_LABEL_LINE = 100;

/** The infinitives a recommendation usually opens with ("Fastställa konkreta och relevanta åtgärder …"). */
export const RECOMMENDATION_VERBS = new Set([
  'agera', 'analysera', 'anta', 'arbeta', 'beakta', 'bedöma', 'begränsa', 'besluta', 'bevaka', 'definiera',
  'dokumentera', 'efterfråga', 'etablera', 'fastställa', 'formalisera', 'fortsätta', 'följa', 'förbättra',
  'förstärka', 'förtydliga', 'fullfölja', 'genomföra', 'granska', 'hantera', 'identifiera', 'implementera',
  'informera', 'initiera', 'integrera', 'inventera', 'införa', 'kartlägga', 'klargöra', 'komplettera',
  'konkretisera', 'minska', 'ombesörja', 'precisera', 'prioritera', 'påskynda', 'rapportera', 'revidera',
  'samordna', 'se', 'skapa', 'slutföra', 'stärka', 'systematisera', 'säkerställa', 'säkra', 'ta', 'tillförsäkra',
  'tillse', 'tillämpa', 'tillsätta', 'tydliggöra', 'undersöka', 'uppdatera', 'uppdra', 'upprätta', 'upprätthålla',
  'utforma', 'utreda', 'utvärdera', 'utveckla', 'verka', 'verkställa', 'vidta', 'vidtaga', 'öka', 'överväga',
]);

export const NUMBER_WORDS = new Map<string, number>([
  ['en', 1], ['ett', 1], ['två', 2], ['tre', 3], ['fyra', 4], ['fem', 5], ['sex', 6], ['sju', 7], ['åtta', 8],
  ['nio', 9], ['tio', 10], ['elva', 11], ['tolv', 12], ['tretton', 13], ['fjorton', 14], ['femton', 15],
  ['sexton', 16], ['sjutton', 17], ['arton', 18], ['nitton', 19], ['tjugo', 20],
]);

export const ORDINALS = [
  'första', 'andra', 'tredje', 'fjärde', 'femte', 'sjätte', 'sjunde', 'åttonde', 'nionde', 'tionde', 'elfte',
  'tolfte', 'trettonde', 'fjortonde', 'femtonde',
];
