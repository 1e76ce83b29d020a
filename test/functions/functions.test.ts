import fc from 'fast-check';
import { isFunctionError, valueError } from './_lib/customFunctionsRuntime';
import { overdue, riskLevel, riskMatrix, riskScore, statusCount, summary } from '../../src/functions/functions';
import { defaultScale, scaleToRange, validateScale, type CellValue } from '../../src/core';

const at = (...parameterAddresses: string[]) => ({ functionName: 'test', parameterAddresses }) as unknown as CustomFunctions.Invocation;
const column = (...values: CellValue[]) => values.map((v) => [v]);

describe('RISKSCORE / RISKVÄRDE', () => {
  test('scores levels typed as numbers or text', () => {
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore('3', '4,0')).toBe(12);
    expect(riskScore([[2]], [[2]])).toBe(4);
  });
  test('is blank while a level is blank', () => {
    expect(riskScore('', 3)).toBe('');
    expect(riskScore(null, null)).toBe('');
  });
  test('returns #VALUE! naming the sheet and cell Excel reported', () => {
    expect(valueError(riskScore(5, 2, undefined, at('Riskanalys!F7', 'Riskanalys!G7')))).toBe('Riskanalys!F7: Sannolikhet: 5 ligger utanför skalan; ange ett heltal 1–4.');
    expect(valueError(riskScore(2, 'hög', undefined, at('', "'Risker 2025'!$G$12")))).toBe("'Risker 2025'!G12: Konsekvens: ”hög” är inte en nivå; ange ett heltal 1–4.");
    expect(valueError(riskScore(2.5, 1))).toBe('sannolikhet: Sannolikhet: 2,5 är inte ett heltal; ange ett heltal 1–4.');
  });
  test('uses the scale range when given, and names the bad cell of a broken scale', () => {
    const fiveByFive = scaleToRange(
      validateScale({
        ...defaultScale,
        likelihood: { labels: ['1', '2', '3', '4', '5'] },
        consequence: { labels: ['a', 'b', 'c', 'd', 'e'] },
        bands: [
          { name: 'Låg', min: 1, max: 6, color: '#00B050' },
          { name: 'Hög', min: 7, max: 25, color: '#FF0000' },
        ],
      }).value!,
    );
    expect(riskScore(5, 5, fiveByFive)).toBe(25);
    expect(riskLevel(6, fiveByFive)).toBe('Låg');
    const broken = fiveByFive.map((r) => [...r]);
    broken[6][2] = 'sju';
    expect(valueError(riskScore(1, 1, broken, at('', '', 'Inställningar!$B$2:$G$9')))).toBe(
      'Inställningar!D8: Risknivån ”Hög”: ”sju” är inte ett tal; ange från och till som tal.',
    );
  });
});

describe('RISKLEVEL / RISKNIVÅ', () => {
  test('names the band', () => {
    expect(riskLevel(12)).toBe('Hög');
    expect(riskLevel('6')).toBe('Medel');
    expect(riskLevel('')).toBe('');
    expect(valueError(riskLevel(20, undefined, at('Riskanalys!H3')))).toBe('Riskanalys!H3: Riskvärdet 20 hör inte till någon risknivå (skalans nivåer täcker 1–16).');
  });
});

describe('RISKMATRIX / RISKMATRIS', () => {
  test('is drawn with the highest likelihood on top and consequence increasing to the right', () => {
    const result = riskMatrix(column(4, 4, 1, '', 2), column(1, 1, 4, 3, 3));
    expect(result).toEqual([
      [2, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ]);
  });
  test('reports the first invalid cell by address and how many more', () => {
    const result = riskMatrix(column(1, 9, 'x'), column(1, 1, 1), undefined, at('Riskanalys!F2:F4', 'Riskanalys!G2:G4'));
    expect(valueError(result)).toBe('Riskanalys!F3: Sannolikhet: 9 ligger utanför skalan; ange ett heltal 1–4. (och 1 fel till)');
  });
  test('ranges of different shapes are an error, not a count', () => {
    expect(valueError(riskMatrix(column(1, 2), column(1, 2, 3)))).toBe(
      'Områdena sannolikheter (2 × 1) och konsekvenser (3 × 1) har olika storlek; de ska ha lika många rader och kolumner.',
    );
  });
});

describe('SUMMARY / SAMMANSTÄLLNING and STATUSCOUNT / ANTALSTATUS', () => {
  const groups = column('Granskning A', 'Granskning B', 'Granskning A', null);
  const statuses = column('Åtgärdad', 'delvis', 'Åtgärdat', null);
  test('spill a header, a row per group and a Totalt row', () => {
    expect(summary(groups, statuses)).toEqual([
      ['Granskning', 'Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Ej bedömd', 'Totalt'],
      ['Granskning A', 2, 0, 0, 0, 2],
      ['Granskning B', 0, 1, 0, 0, 1],
      ['Totalt', 2, 1, 0, 0, 3],
    ]);
    expect(summary(groups, statuses, 'Nämnd')[0][0]).toBe('Nämnd');
  });
  test('given the nämnder, a Mottagare naming several counts in each and Totalt counts it once', () => {
    const mottagare = column('Kommunstyrelsen, Socialnämnden', 'Samtliga nämnder', 'Socialnämnden', null);
    const verdicts = column('Åtgärdad', 'Ej åtgärdad', 'delvis', null);
    const list = column('Kommunstyrelsen', 'Socialnämnden', 'Kultur- och fritidsnämnden', null);
    expect(summary(mottagare, verdicts, 'Nämnd', list, column(null))).toEqual([
      ['Nämnd', 'Åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Ej bedömd', 'Totalt'],
      ['Kommunstyrelsen', 1, 0, 1, 0, 2],
      ['Socialnämnden', 1, 1, 1, 0, 3],
      ['Kultur- och fritidsnämnden', 0, 0, 1, 0, 1],
      ['Totalt', 1, 1, 1, 0, 3],
    ]);
  });
  test('with an empty list, a group expands to the nämnder the risks and the Mottagare cells name', () => {
    const mottagare = column('Kommunstyrelsen', 'Samtliga nämnder');
    const verdicts = column('Åtgärdad', 'Åtgärdad');
    const table = summary(mottagare, verdicts, 'Nämnd', column(null, null), column('Socialnämnden'));
    expect(table.map((row) => [row[0], row[5]])).toEqual([
      ['Nämnd', 'Totalt'],
      ['Kommunstyrelsen', 2],
      ['Socialnämnden', 1],
      ['Totalt', 2],
    ]);
  });
  test('count one cell of the summary', () => {
    expect(statusCount(groups, statuses, 'granskning a', 'Åtgärdad')).toBe(2);
    expect(statusCount(groups, statuses, '', 'Delvis åtgärdad')).toBe(1);
  });
  test('an unknown status anywhere is an error naming its cell', () => {
    const bad = column('Åtgärdad', 'klar', 'Åtgärdad', null);
    expect(valueError(summary(groups, bad, undefined, undefined, undefined, at('Rekommendationer!B2:B5', 'Rekommendationer!E2:E5')))).toBe(
      'Rekommendationer!E3: Statusen ”klar” är okänd; ange Åtgärdad, Delvis åtgärdad, Ej åtgärdad eller Ej bedömd.',
    );
    expect(valueError(statusCount(groups, statuses, 'A', 'färdig', at('', '', '', 'Sammanställning!C1')))).toContain('Sammanställning!C1: Statusen ”färdig” är okänd');
  });
});

describe('OVERDUE / FÖRSENADE', () => {
  test('counts unfinished items dated before today', () => {
    const dates = column(45000, '2024-05-31', '2024-07-01', '2024-01-01');
    const statuses = column('Ej åtgärdad', 'Delvis åtgärdad', 'Ej åtgärdad', 'Åtgärdad');
    expect(overdue(dates, statuses, '2024-06-01')).toBe(2);
    expect(overdue(dates, statuses, 45444)).toBe(2);
  });
  test('without today, compares with the current date', () => {
    expect(overdue(column('2000-01-01', '2999-01-01'), column('', ''))).toBe(1);
  });
  test('an unreadable date is an error naming its cell', () => {
    expect(valueError(overdue(column('snart'), column(''), 45444, at('Åtgärder!F2:F2', 'Åtgärder!G2:G2')))).toBe(
      'Åtgärder!F2: ”snart” är inte ett datum; skriv till exempel 2025-03-31.',
    );
    expect(valueError(overdue(column('2024-01-01'), column(''), 'i morgon'))).toContain('”i morgon” är inte ett datum');
  });
});

describe('every function, given any input', () => {
  const anyCell = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(''), fc.date());
  const anyRange = fc.array(fc.array(anyCell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
  const anyArg = fc.oneof(anyCell, anyRange, fc.constant(undefined));
  test('returns a value or a #VALUE! error with a Swedish message, never throws', () => {
    const all = [riskScore, riskLevel, riskMatrix, statusCount, summary, overdue] as ((...a: unknown[]) => unknown)[];
    fc.assert(
      fc.property(fc.array(anyArg, { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: all.length - 1 }), (args, which) => {
        const result = all[which](...args);
        if (isFunctionError(result)) {
          expect(result.code).toBe('#VALUE!');
          expect(result.message!.length).toBeGreaterThan(0);
          expect(result.message!.length).toBeLessThanOrEqual(255);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
