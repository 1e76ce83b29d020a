import { idKey, type TableRecords } from '../../../../src/core';
import { consolidateMessages as M, PER_NAMND_HEADER, SCALE_HEADERS, SOURCE_HEADERS, type SourceRegister } from '../../../../src/usecases/consolidate';
import { assembleRegister } from '../../../../src/usecases/consolidate/steps/assembleRegister';
import { BUN, KS, namndRecords, NAMNDER, SN, TODAY } from '../_lib/kommun';
import { kommunSources, sourceOf, stepsOn } from './_lib/pipeline';

const options = { today: TODAY, namnder: NAMNDER };
const SOURCE = [SOURCE_HEADERS.file, SOURCE_HEADERS.sheet, SOURCE_HEADERS.row, SOURCE_HEADERS.namnd];
const assembled = (sources: readonly SourceRegister[]) => {
  const s = stepsOn(sources, options);
  return { ...s, register: assembleRegister(s.prepared, s.rows, s.recs.granskningar, s.recIds, s.recRows) };
};

describe('assembleRegister', () => {
  const sources = kommunSources();
  const { register, rows, recIds, recRows } = assembled(sources);

  test("the rows of the earlier steps as the schema's tables, on the first file's scale with the kommun's nämnder", () => {
    expect(register.scale).toBe(sources[0].register.scale);
    expect(register.lists.namnder).toEqual(NAMNDER);
    expect(register.tables.Risker!.rows.map((r) => r.values)).toEqual(rows.risks.map((r) => r.values));
    expect(register.tables.Kontroller!.rows.map((r) => r.values.id)).toEqual(rows.controls.map((r) => r.values.id));
    expect(register.tables.Rekommendationer!.rows.map((r) => r.values)).toEqual(recRows.rows.map((r) => r.values));
    expect(register.tables.Granskningar!.rows.map((r) => r.values.id)).toEqual(recIds.granskningar);
    // Rows are laid out under the schema's header row, one after the other.
    const recTable = register.tables.Rekommendationer!;
    expect(recTable.rows.slice(0, 2).map((r) => r.row)).toEqual([recTable.headerRow + 1, recTable.headerRow + 2]);
  });

  test("extra columns: each file's own, then what consolidation adds, then the Källa columns", () => {
    expect(register.tables.Risker!.extraHeaders).toEqual([SCALE_HEADERS.scale, ...SOURCE]);
    expect(register.tables.Rekommendationer!.extraHeaders).toEqual([PER_NAMND_HEADER, ...SOURCE]);
    expect(register.tables.Granskningar!.extraHeaders).toEqual(SOURCE);
  });

  test("every file's rounds point at the consolidated recommendations; the counted verdicts written last", () => {
    const followUps = register.tables.Uppföljningar!.rows;
    const own = sources.reduce((n, s) => n + (s.register.tables.Uppföljningar?.rows.length ?? 0), 0);
    expect(followUps).toHaveLength(own + recRows.synthesized.length);
    expect(followUps.at(-1)!.extra[SOURCE_HEADERS.file]).toBe(M.synthesizedSource);
    expect(followUps[0].extra[SOURCE_HEADERS.file]).toBe(`${KS}.xlsx`);
  });

  test('a round of a renumbered recommendation follows it', () => {
    // Barn- och utbildningsnämnden's recommendations under other texts: those of G3 and G6 clash with Socialnämnden's ids.
    const bun = namndRecords(BUN);
    const other: TableRecords = { ...bun, Rekommendationer: bun.Rekommendationer!.map((r) => ({ ...r, rekommendation: `Införa kontroll ${String(r.id)}.` })) };
    const { register: r } = assembled([sourceOf('sn.xlsx', namndRecords(SN), [SN]), sourceOf('bun.xlsx', other, [BUN])]);
    const bunRounds = r.tables.Uppföljningar!.rows.filter((f) => f.extra[SOURCE_HEADERS.file] === 'bun.xlsx');
    expect(bunRounds.map((f) => f.values.rekommendationId)).toEqual(
      bun.Uppföljningar!.map((f) => (String(f.rekommendationId).startsWith('G4') ? f.rekommendationId : `F2-${String(f.rekommendationId)}`)),
    );
  });

  test('a granskning named only on recommendations gets a row of its title and year, placed at its first recommendation', () => {
    const sn = namndRecords(SN);
    const title = new Map(sn.Granskningar!.map((g) => [idKey(g.id), `${String(g.titel)} (${String(g.ar)})`]));
    const handMade = sourceOf(
      'sn.xlsx',
      { ...sn, Granskningar: [], Rekommendationer: sn.Rekommendationer!.map((r) => ({ ...r, granskningId: '', granskning: title.get(idKey(r.granskningId)) })) },
      [SN],
    );
    const { register: r, recs } = assembled([handMade]);
    const first = r.tables.Granskningar!.rows[0];
    expect(first.values).toEqual({ id: 'G1', titel: recs.granskningar[0].title, ar: recs.granskningar[0].year });
    expect(first.extra).toEqual({
      [SOURCE_HEADERS.file]: 'sn.xlsx',
      [SOURCE_HEADERS.sheet]: 'Rekommendationer',
      [SOURCE_HEADERS.row]: handMade.register.tables.Rekommendationer!.rows[0].row + 1,
      [SOURCE_HEADERS.namnd]: SN,
    });
  });

  test('a consolidated register consolidated again keeps its old Källa columns, renamed', () => {
    const again = assembled([{ file: 'kommun.xlsx', register }, sources[1]]).register;
    // Its Skala column is its own now: the two files are on one scale.
    expect(again.tables.Risker!.extraHeaders).toEqual([SCALE_HEADERS.scale, ...SOURCE.map((h) => `${h} (tidigare)`), ...SOURCE]);
    expect(again.tables.Risker!.rows[0].extra[`${SOURCE_HEADERS.file} (tidigare)`]).toBe(`${KS}.xlsx`);
    expect(again.tables.Risker!.rows[0].extra[SOURCE_HEADERS.file]).toBe('kommun.xlsx');
  });

  test('lists are merged, each value once in its first spelling', () => {
    const [ks, bun] = sources;
    const withMethods = (s: SourceRegister, methods: string[]) => ({ ...s, register: { ...s.register, lists: { ...s.register.lists, kontrollmetoder: methods } } });
    const r = assembled([withMethods(ks, ['Stickprov', 'Egen granskning']), withMethods(bun, ['stickprov ', 'Intervju'])]).register;
    expect(r.lists.kontrollmetoder).toEqual(['Stickprov', 'Egen granskning', 'Intervju']);
  });
});
