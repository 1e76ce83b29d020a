/*
 * Every Swedish text of the printed Uppföljning av intern kontroll (uppsikt export --uppfoljning): headings,
 * labels and column titles.
 */
export const followUpSheetMessagesSv = {
  title: (year: number) => `Uppföljning av intern kontroll ${year}`,
  subject: 'Internkontrollplanens utfall, avvikelser och åtgärder, och nämndens helhetsbedömning',
  sheets: { summary: 'Sammanfattning', controls: 'Kontroller', deviations: 'Avvikelser', namnder: 'Nämnder' },

  // Sammanfattning.
  factNamnd: 'Nämnd',
  factScope: 'Omfattning',
  factYear: 'År',
  factPer: 'Upprättad',
  blockControls: 'Kontrollerna',
  controlsCarriedOut: 'Genomförda kontroller',
  occasionsCarriedOut: 'Genomförda tillfällen',
  controlsNotCarriedOut: 'Ej genomförda kontroller',
  controlsWithDeviation: 'Kontroller med avvikelse',
  ofTotal: (done: number, total: number) => `${done} av ${total}`,
  blockDeviations: 'Avvikelser per grad',
  gradeHeader: 'Grad',
  countHeader: 'Antal',
  gradeMinor: 'Mindre',
  gradeSignificant: 'Väsentlig',
  gradeNone: 'Utan angiven grad',
  total: 'Totalt',
  blockActions: 'Åtgärder',
  actionsDone: 'Klara',
  actionsOpen: 'Öppna',
  blockAssessment: 'Helhetsbedömning',
  assessment: 'Nämndens helhetsbedömning',
  notDecided: 'Inte beslutad än',
  motivation: 'Motivering',
  decision: 'Beslut',
  decisionText: (date: string, paragraph: string) => [date, paragraph].filter((s) => s !== '').join(', ') || '–',
  proposal: 'Uppsikts förslag',
  reasons: 'Underlag för förslaget',
  reported: 'Nämnder som rapporterat',
  notReported: 'Nämnder som inte rapporterat',
  none: '–',

  // Kontroller.
  controlsHeading: (year: number) => `Kontrollerna ${year}, ej genomförda först`,
  controlColumns: { id: 'Id', namnd: 'Nämnd', control: 'Kontrollmoment', frequency: 'Frekvens', responsible: 'Kontrollansvarig', lage: 'Läge vid årets slut' },
  noControls: 'Planen har inga kontroller.',

  // Avvikelser.
  deviationsHeading: (year: number) => `Avvikelser ${year} och åtgärder`,
  deviationColumns: {
    control: 'Kontroll',
    period: 'Period',
    count: 'Antal',
    grade: 'Grad',
    result: 'Resultat',
    action: 'Åtgärd',
    responsible: 'Ansvarig',
    due: 'Klart senast',
    done: 'Åtgärdad',
  },
  yes: 'Ja',
  no: 'Nej',
  noDeviations: 'Inga avvikelser rapporterade.',

  // Nämnder (the kommun-wide report).
  namnderHeading: (year: number) => `Nämndernas uppföljning ${year}`,
  namndColumns: {
    namnd: 'Nämnd',
    reported: 'Rapporterat',
    controls: 'Genomförda kontroller',
    occasions: 'Genomförda tillfällen',
    deviations: 'Med avvikelse',
    significant: 'Väsentliga',
    open: 'Åtgärder öppna',
    assessment: 'Helhetsbedömning',
  },
  sharedHeading: 'Kommungemensamma kontroller',
  sharedColumns: { control: 'Kontroll', namnder: 'Nämnder', done: 'Genomförd av', deviations: 'Med avvikelse' },
};
