import { defaultScale, planReportImport, registerFromRecords } from '../../../src/core';
import { parseReport, reportMetadata } from '../../../src/core/report';
import { reportLines } from '../../../src/core/report/reportLines';

const parse = (text: string) => parseReport(text).recommendations.map((r) => [r.addressees.join(' + '), r.text]);

describe('parseReport: the lead-in forms and item layouts of issue 14', () => {
  test('the addressee after "till" at the end of the lead-in', () => {
    expect(parse('Utifrån granskningen lämnar vi följande rekommendationer till kommunstyrelsen:\n- Ta fram en plan.')).toEqual([['Kommunstyrelsen', 'Ta fram en plan.']]);
    expect(parse('Rekommendationer till Haninge Bostäder AB:\n- Ta fram en plan.')).toEqual([['Haninge Bostäder AB', 'Ta fram en plan.']]);
  });

  test('the body before the verb: "X rekommenderas att", joint nämnder', () => {
    expect(parse('Södertörns överförmyndarnämnd rekommenderas att:\n• Ta fram en plan.')).toEqual([['Södertörns överförmyndarnämnd', 'Ta fram en plan.']]);
    expect(parse('Den gemensamma nämnden rekommenderas att:\n• Ta fram en plan.')).toEqual([['Gemensamma nämnden', 'Ta fram en plan.']]);
  });

  test('an announcing sentence and items with the body as subject; items without one belong to the lead-in', () => {
    const text = [
      'Utifrån granskningen lämnar vi följande tre rekommendationer till kommunstyrelsen.',
      '',
      '- Kommunstyrelsen bör säkerställa att riktlinjen revideras.',
      '- Socialnämnden och kultur- och fritidsnämnden behöver dokumentera sina kontroller.',
      '- Upprätta en plan för uppföljning.',
    ].join('\n');
    expect(parse(text)).toEqual([
      ['Kommunstyrelsen', 'Kommunstyrelsen bör säkerställa att riktlinjen revideras.'],
      ['Socialnämnden + Kultur- och fritidsnämnden', 'Socialnämnden och kultur- och fritidsnämnden behöver dokumentera sina kontroller.'],
      ['Kommunstyrelsen', 'Upprätta en plan för uppföljning.'],
    ]);
  });

  test('after "… att:" an item continues the sentence: a body at its start does not change the addressee', () => {
    expect(parse('Vi rekommenderar kommunstyrelsen att:\n- Socialnämnden ska få del av planen.')).toEqual([['Kommunstyrelsen', 'Socialnämnden ska få del av planen.']]);
  });

  test('a bullet alone on its line, and "o" + tab bullets, each start one item', () => {
    expect(parse('Vi rekommenderar kommunstyrelsen att:\n•\nTa fram en plan.\n•\nFölja upp planen.')).toEqual([
      ['Kommunstyrelsen', 'Ta fram en plan.'],
      ['Kommunstyrelsen', 'Följa upp planen.'],
    ]);
    expect(parse('Vi rekommenderar kommunstyrelsen att:\no\tTa fram en plan.\no\tFölja upp planen.\no\tRapportera.')).toHaveLength(3);
  });

  test('a PDF flattened onto one line, with separators and page furniture running into the text', () => {
    const flat =
      'Vi rekommenderar kommunstyrelsen att: • Ta fram en plan för intern kontroll. • Säkerställa att planen följs upp. POSTADRESS Box 60, 136 81 Haninge TELEFON 08-606 70 00 3 (11) Inledning Granskningen har genomförts.';
    expect(parse(flat)).toEqual([
      ['Kommunstyrelsen', 'Ta fram en plan för intern kontroll.'],
      ['Kommunstyrelsen', 'Säkerställa att planen följs upp.'],
    ]);
  });

  test('a flattened line with a dash in prose before the list, and the list repeated later on the same line', () => {
    const flat =
      'Granskningen avser IT-stödet - inte verksamheten i övrigt. Vi rekommenderar kommunstyrelsen att: - Ta fram en plan för intern kontroll. - Säkerställa att planen följs upp. Bakgrund Text om bakgrunden. Sammanfattningsvis rekommenderar vi kommunstyrelsen att: - Ta fram en plan för intern kontroll. - Säkerställa att planen följs upp. 2 (11) Inledning';
    expect(parseReport(flat).recommendations.map((r) => [r.text, r.occurrences])).toEqual([
      ['Ta fram en plan för intern kontroll.', 2],
      ['Säkerställa att planen följs upp.', 2],
    ]);
  });

  test('a list ends at a chapter title or a table-of-contents line, also without a full stop', () => {
    expect(parse('Vi rekommenderar kommunstyrelsen att:\n- Ta fram en plan\nInledning\nText.')).toEqual([['Kommunstyrelsen', 'Ta fram en plan']]);
    expect(parse('Vi rekommenderar kommunstyrelsen att:\n- Ta fram en plan\n2 Inledning ..... 4')).toEqual([['Kommunstyrelsen', 'Ta fram en plan']]);
    expect(parse('Vi rekommenderar kommunstyrelsen att:\n Ta fram en plan.\n Bakgrund')).toEqual([['Kommunstyrelsen', 'Ta fram en plan.']]);
  });

  test('an item split by a page break with footer and page number joins up again', () => {
    expect(parse('Vi rekommenderar kommunstyrelsen att:\n- Säkerställa att\n\nSida 3 av 11\n\nIT-avdelningen dokumenterar behörigheter.')).toEqual([
      ['Kommunstyrelsen', 'Säkerställa att IT-avdelningen dokumenterar behörigheter.'],
    ]);
  });

  test('nothing found: the hint says what was looked for and what to paste', () => {
    const [issue] = parseReport('Bara en vanlig text utan lista.').issues;
    expect(issue.code).toBe('reportNoRecommendations');
    expect(issue.message).toMatch(/rekommenderar vi kommunstyrelsen att:/);
    expect(issue.message).toMatch(/rekommenderas att/);
    expect(issue.message).toMatch(/Vi bedömer att nämnden/);
    expect(issue.message).toMatch(/klistra in/i);
  });
});

describe("reportMetadata: the report's own date, not the covering letter's", () => {
  test('a covering letter dated after the report', () => {
    const text = [
      'Till kommunstyrelsen',
      'Datum 2024-03-15',
      '',
      'Missiv: Granskning av intern kontroll',
      '',
      'Revisionsrapport',
      'Granskning av intern kontroll',
      '2024-02-20',
      'KPMG',
    ].join('\n');
    expect(reportMetadata(reportLines(text)).date).toBe('2024-02-20');
  });
});

describe('text hygiene: the same normalisation on import, comparison and write', () => {
  const register = (text: string) =>
    registerFromRecords(defaultScale, {
      Granskningar: [{ id: 'G1', titel: 'Granskning av intern kontroll' }],
      Rekommendationer: [{ id: 'G1-1', granskningId: 'G1', nr: 1, rekommendation: text, mottagare: 'Kommunstyrelsen' }],
    });

  test('a report with ESC/BEL and decomposed letters compares unchanged with what an earlier import wrote', () => {
    const report = 'Vi rekommenderar kommunstyrelsen att:\n- Ta fram en \u001b[31mo\u0308versikt\u0007 av rutinerna.';
    const [rec] = parseReport(report).recommendations;
    // What the workbook holds after the first import: the text as written (control characters dropped).
    const plan = planReportImport(register('Ta fram en [31möversikt av rutinerna.'), [rec], { title: 'Granskning av intern kontroll' });
    expect(plan.update).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.insert).toEqual([]);
  });

  test('a recommendation longer than an Excel cell is flagged with its number', () => {
    const long = `Ta fram ${'en mycket lång plan '.repeat(2000)}.`;
    const plan = planReportImport(register('x'), [{ nr: 2, text: long, addressees: ['Kommunstyrelsen'] }], { title: 'Granskning av intern kontroll' });
    expect(plan.tooLong).toEqual([{ nr: 2, length: long.length }]);
  });
});
