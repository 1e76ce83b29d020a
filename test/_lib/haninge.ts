import fs from 'fs';
import path from 'path';

/**
 * EY's 2024 follow-up for Haninge, typed from the report (see test/fixtures/README.md): one row per
 * recommendation, [granskning with its year, recommendation number, 2024 verdict].
 */
export function haningeRows(): string[][] {
  const csv = fs.readFileSync(path.join(__dirname, '../fixtures/haninge-2024-uppfoljning.csv'), 'utf8');
  return csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(';'));
}

/**
 * The auditors' own summary table on page 2 of the same report, typed independently of the rows:
 * granskning, Åtgärdad, Delvis åtgärdad, Ej åtgärdad ("–" = 0).
 */
export const HANINGE_TABLE: [string, number, number, number][] = [
  ['Granskning av hantering och utbetalning av försörjningsstöd (2022)', 6, 1, 0],
  ['Granskning av skyddade personuppgifter (2022)', 8, 0, 0],
  ['Granskning av kommunens hantering av långvarig skolfrånvaro (2022)', 3, 0, 0],
  ['Granskning av Södertörns överförmyndarverksamhet (2022)', 4, 1, 0],
  ['Granskning av kommunens hållbarhetsarbete och styrning utifrån Agenda 2030 (2022)', 3, 10, 0],
  ['Granskning av cybersäkerhet (2022)', 2, 1, 0],
  ['Granskning av kommunens arbetsmarknadsåtgärder (2021)', 5, 0, 0],
];

/*
 * Haninge's follow-up register as a controller keeps it (Granskning, År, Rek nr, Rekommendation, Ansvarig
 * nämnd, Status): granskningar by title and year, no ids, addressees as the report gives them, groups and
 * several nämnder in one cell. Addressees follow the report's text (see the fixture's README): where it names
 * a group ("samtliga nämnder") or a number range per nämnd, the cell says so.
 */
const KS = 'Kommunstyrelsen';
const SN = 'Socialnämnden';
const NAN = 'Näringslivs- och arbetsmarknadsnämnden';

function haningeAddressee(title: string, nr: number): string {
  if (title.includes('försörjningsstöd')) return SN;
  if (title.includes('skyddade personuppgifter')) return nr <= 4 ? 'Samtliga nämnder' : nr === 5 ? `${KS} och ${SN}` : KS;
  if (title.includes('skolfrånvaro')) return 'Grundskolenämnden';
  if (title.includes('överförmyndar')) return 'Södertörns överförmyndarnämnd';
  if (title.includes('Agenda 2030')) return nr <= 10 ? KS : nr === 11 ? 'Södertörns upphandlingsnämnd' : 'Samtliga nämnder';
  if (title.includes('cybersäkerhet')) return KS;
  return nr <= 2 ? `${NAN}, ${SN}` : nr === 5 ? `${KS} och ${NAN}` : NAN;
}

export const HANINGE_HEADERS = ['Granskning', 'År', 'Rek nr', 'Rekommendation', 'Ansvarig nämnd', 'Status'];

/** The register's rows under HANINGE_HEADERS: [title, year, nr, text, Ansvarig nämnd, verdict as typed]. */
export function haningeRegisterRows(): (string | number)[][] {
  return haningeRows().map(([granskning, nr, verdict]) => {
    const [, title, year] = /^(.*) \((\d{4})\)$/.exec(granskning)!;
    const n = Number(nr);
    return [title, Number(year), n, `Rekommendation ${n} i ${title.replace(/^Granskning av /, '').toLowerCase()}.`, haningeAddressee(title, n), verdict];
  });
}

/**
 * The nämnder the register names, with how many recommendations reach each, counted from the addressee
 * rule above by hand: a group reaches every nämnd named anywhere in the register.
 */
export const HANINGE_PER_NAMND: Record<string, number> = {
  // 4 + 1 + 3 (skyddade) + 10 + 2 (Agenda 2030) + 3 (cyber) + 1 (arbetsmarknad 5)
  Kommunstyrelsen: 24,
  // 7 (försörjningsstöd) + 4 + 1 (skyddade) + 2 (Agenda 2030, samtliga) + 2 (arbetsmarknad 1–2)
  Socialnämnden: 16,
  Grundskolenämnden: 3 + 4 + 2,
  'Södertörns överförmyndarnämnd': 5 + 4 + 2,
  'Södertörns upphandlingsnämnd': 1 + 4 + 2,
  [NAN]: 5 + 4 + 2,
};
