import fc from 'fast-check';
import { adoptWorkbook, defaultScale, formatAdoptionReport, scale5x5, scaleToRange, tableSpec, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../../src/core';

const workbook = (sheets: SheetSnapshot[], names: Record<string, string> = {}): WorkbookSnapshot => ({ sheets, tables: [], names });

/** A controller's risk sheet: title in row 1, headers in row 3, synonyms, an extra column. */
const handMade: SheetSnapshot = {
  name: 'Risker 2025',
  values: [
    ['Riskanalys för socialnämnden 2025', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['Nr', 'Risk', 'Ansvarig nämnd', 'Sannolikhet (1-4)', 'K', 'Kommentar'],
    ['1', 'Felaktiga utbetalningar', 'Socialnämnden', 3, 4, 'Se delårsrapport'],
    [null, null, null, null, null, null],
    ['2', 'Hot och våld', 'Socialnämnden', '2', 4, null],
  ],
};

describe('adoptWorkbook', () => {
  test('finds a header row below a title and maps synonyms, keeping the extra column', () => {
    const { register, report, issues } = adoptWorkbook(workbook([handMade]));
    const risks = register.tables.Risker!;
    expect(risks.sheet).toBe('Risker 2025');
    expect(risks.headerRow).toBe(2);
    expect(risks.extraHeaders).toEqual(['Kommentar']);
    expect(risks.rows.map((r) => [r.row, r.values.id, r.values.sannolikhet, r.values.konsekvens, r.extra.Kommentar])).toEqual([
      [3, '1', 3, 4, 'Se delårsrapport'],
      [5, '2', '2', 4, null],
    ]);
    expect(risks.rows[0].columns).toMatchObject({ id: 0, beskrivning: 1, namnd: 2, sannolikhet: 3, konsekvens: 4 });
    expect(issues).toEqual([]);
    expect(report.notFound).toEqual(['Kontroller', 'Kontrollutfall', 'Granskningar', 'Rekommendationer', 'Uppföljningar', 'Helhetsbedömningar']);
    const lines = formatAdoptionReport(report);
    expect(lines[0]).toBe('Riskanalys: från fliken Risker 2025, rubrikerna på rad 3, 2 rader.');
    expect(lines[1]).toContain('Sannolikhet (1-4) (D) → Sannolikhet');
    expect(lines[2]).toBe('  Behålls som egna kolumner: Kommentar (F3).');
  });

  test('a header announcing 1-5 selects the 5 × 5 scale; the name Skala wins over headers', () => {
    const five = { ...handMade, values: handMade.values.map((r, i) => (i === 2 ? ['Nr', 'Risk', 'Nämnd', 'Sannolikhet 1–5', 'Konsekvens (1-5)', 'Kommentar'] : r)) };
    expect(adoptWorkbook(workbook([five])).register.scale).toEqual(scale5x5);
    const block = scaleToRange(defaultScale);
    const settings: SheetSnapshot = { name: 'Inställningar', values: block };
    const adopted = adoptWorkbook(workbook([five, settings], { Skala: `Inställningar!$A$1:$H$${block.length + 5}` }));
    expect(adopted.register.scale).toEqual(defaultScale);
    expect(adopted.report.scale.from).toBe('workbook');
  });

  test('a broken scale block is an error at its cell, and the default scale is used', () => {
    const block = scaleToRange(defaultScale).map((r) => [...r]);
    block[1][2] = ''; // a likelihood level without a label
    const adopted = adoptWorkbook(workbook([{ name: 'Inställningar', values: [[null], ...block] }], { Skala: "'Inställningar'!$A$2:$H$12" }));
    expect(adopted.register.scale).toEqual(defaultScale);
    expect(adopted.issues.some((i) => i.severity === 'error' && i.input === 'Inställningar' && i.row !== undefined && i.row >= 1)).toBe(true);
    expect(adopted.issues.map((i) => i.code)).toContain('adoptScaleInvalid');
  });

  test('a second column with the same meaning is kept as its own column and reported at its header cell', () => {
    const sheet: SheetSnapshot = {
      name: 'Risker',
      values: [
        ['Id', 'Risk', 'Nämnd', 'S', 'K', 'Sannolikhet'],
        ['R1', 'x', 'KS', 1, 2, 3],
      ],
    };
    const { register, issues } = adoptWorkbook(workbook([sheet]));
    expect(register.tables.Risker!.rows[0].values.sannolikhet).toBe(1);
    expect(register.tables.Risker!.extraHeaders).toEqual(['Sannolikhet (2)']);
    expect(issues).toEqual([expect.objectContaining({ code: 'adoptColumnDuplicate', input: 'Risker', row: 0, column: 5, severity: 'warning' })]);
  });

  test('sheets that are not registers are left out, and one sheet is one table', () => {
    const notes: SheetSnapshot = {
      name: 'Anteckningar',
      values: [
        ['Nr', 'Ansvarig'],
        [1, 'Anna'],
      ],
    };
    const recs: SheetSnapshot = {
      name: 'Revisionen',
      values: [
        ['Rekommendation', 'Mottagare', 'Status', 'Granskning'],
        ['Ta fram rutiner', 'Kommunstyrelsen', 'Åtgärdad', 'IT-styrning'],
      ],
    };
    const { register } = adoptWorkbook(workbook([notes, recs, handMade]));
    expect(Object.keys(register.tables).sort()).toEqual(['Rekommendationer', 'Risker']);
    expect(register.tables.Rekommendationer!.rows[0].values).toMatchObject({ rekommendation: 'Ta fram rutiner', senasteBedomning: 'Åtgärdad', granskning: 'IT-styrning' });
  });

  test('lists come from their defined names', () => {
    const settings: SheetSnapshot = { name: 'Inställningar', values: [['Nämnder'], ['Kommunstyrelsen'], ['Socialnämnden'], [null]] };
    const { register, report } = adoptWorkbook(workbook([settings], { Lista_Namnder: 'Inställningar!$A$2:$A$10' }));
    expect(register.lists.namnder).toEqual(['Kommunstyrelsen', 'Socialnämnden']);
    expect(report.lists.namnder).toBe('workbook');
    expect(report.lists.frekvenser).toBe('default');
  });

  test('an empty workbook adopts to nothing without issues', () => {
    const adopted = adoptWorkbook(workbook([]));
    expect(adopted.issues).toEqual([]);
    expect(adopted.register.tables).toEqual({});
  });

  // The round trip: whatever the layout, every cell a user typed in a mapped or extra column reaches the register unchanged.
  test('property: header position, synonyms, case, extra columns and values are all kept', () => {
    const spec = tableSpec('Risker');
    const typed = spec.columns.filter((c) => c.kind !== 'computed');
    const column = fc
      .constantFrom(...typed)
      .chain((c) => fc.record({ key: fc.constant(c.key), header: fc.constantFrom(c.header, ...c.synonyms).chain((h) => fc.constantFrom(h, h.toUpperCase(), ` ${h}:`)) }));
    const value: fc.Arbitrary<CellValue> = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 9 }), fc.string({ maxLength: 8 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.uniqueArray(column, { minLength: 2, maxLength: typed.length, selector: (c) => c.key }),
        fc.array(fc.constantFrom('Kommentar', 'Extra', 'Anteckning', 'Källa'), { maxLength: 3 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.infiniteStream(value),
        (columns, extras, headerRow, rowCount, values) => {
          // Guarantee the table is recognisable: Riskbeskrivning and Sannolikhet under their own headers.
          const cols = [
            ...columns.filter((c) => c.key !== 'beskrivning' && c.key !== 'sannolikhet'),
            { key: 'beskrivning', header: 'Riskbeskrivning' },
            { key: 'sannolikhet', header: 'Sannolikhet' },
          ];
          const headers = [...cols.map((c) => c.header), ...extras];
          const rows = Array.from({ length: rowCount }, (_, r) => headers.map((_, c) => (c === 0 ? `R${r}` : values.next().value)));
          const sheetValues: CellValue[][] = [...Array.from({ length: headerRow }, (_, r) => (r === 0 ? ['Riskanalys 2026'] : [])), headers, ...rows];
          const { register } = adoptWorkbook(workbook([{ name: 'Blad1', values: sheetValues }]));
          const table = register.tables.Risker!;
          expect(table.headerRow).toBe(headerRow);
          expect(table.rows).toHaveLength(rowCount);
          table.rows.forEach((row, r) => {
            cols.forEach((c, i) => expect(row.values[c.key]).toBe(rows[r][i]));
            table.extraHeaders.forEach((h, i) => expect(row.extra[h]).toBe(rows[r][cols.length + i]));
          });
          expect(table.extraHeaders).toHaveLength(extras.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('adoptWorkbook with the user’s corrections', () => {
  test('a column can be remapped (the column that had the key is then kept as its own) or kept unmapped', () => {
    // Column F "Kommentar" is really the Ansvarig column; column C "Ansvarig nämnd" stays Nämnd.
    const remapped = adoptWorkbook(workbook([handMade]), undefined, { overrides: { Risker: { 5: 'ansvarig', 1: null } } });
    const risks = remapped.register.tables.Risker!;
    expect(risks.rows[0].values.ansvarig).toBe('Se delårsrapport');
    expect(risks.rows[0].values.beskrivning).toBeUndefined();
    expect(risks.extraHeaders).toEqual(['Risk']);
    expect(risks.rows[0].extra.Risk).toBe('Felaktiga utbetalningar');
    const taken = adoptWorkbook(workbook([handMade]), undefined, { overrides: { Risker: { 5: 'sannolikhet' } } }).register.tables.Risker!;
    expect(taken.rows[0].values.sannolikhet).toBe('Se delårsrapport');
    expect(taken.extraHeaders).toEqual(['Sannolikhet (1-4)']);
  });
});
