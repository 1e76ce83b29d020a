import { controlOverview, idKey } from '../../../src/core';
import { buildFollowUpReport, yearPicture } from '../../../src/usecases/yearClose';
import { yearRegister } from './_fixture';

describe('yearPicture', () => {
  const register = yearRegister();
  const picture = yearPicture(register, 2026);

  test('each control at each point is what controlOverview gives with that point as the period', () => {
    expect(picture.overview.points.map((p) => p.period)).toEqual(['T1 2026', 'T2 2026', 'T3 2026']);
    picture.overview.points.forEach((point, i) => {
      for (const s of controlOverview(register, { period: point.period }).value!.controls) expect([s.id, picture.perPoint.get(idKey(s.id))![i]]).toEqual([s.id, s.lage]);
    });
    expect(picture.perPoint.get('k1')).toEqual(['Genomförd', 'Avvikelse', 'Avvikelse']);
  });

  test('a nämnd report from the shared picture counts as controlOverview for the nämnd', () => {
    for (const namnd of ['Socialnämnden', 'kulturnämnden ', 'Tekniska nämnden']) {
      const model = buildFollowUpReport(register, { year: 2026, per: 46430, namnd }, picture);
      const own = controlOverview(register, { period: '2026', namnd }).value!.total;
      const { avvikelserPerGrad, ...counts } = model.counts;
      expect(counts).toEqual({
        kontroller: own.kontroller,
        genomforda: own.genomforda,
        ejGenomforda: own.ejGenomforda,
        medAvvikelse: own.medAvvikelse,
        vasentliga: own.vasentliga,
        tillfallen: own.tillfallen,
        genomfordaTillfallen: own.genomfordaTillfallen,
        atgarderKlara: own.atgarderKlara,
        atgarderOppna: own.atgarderOppna,
      });
      expect(avvikelserPerGrad.mindre + avvikelserPerGrad.vasentlig + avvikelserPerGrad.ograderad).toBe(model.deviations.length);
    }
  });

  test('the proposal is shown with its reasons and never fills in the nämnd decision', () => {
    const soc = buildFollowUpReport(register, { year: 2026, per: 46430, namnd: 'Socialnämnden' }, picture);
    expect(soc.proposal.text).toBe('Förslag: Inte helt tillräcklig. Nämnden beslutar själv om sin helhetsbedömning.');
    expect(soc.proposal.reasons[0]).toBe('2 av 4 kontroller genomförda');
    const kultur = buildFollowUpReport(register, { year: 2026, per: 46430, namnd: 'Kulturnämnden' }, picture);
    expect(kultur.assessment).toBeNull();
    expect(kultur.proposal.level).toBe('I allt väsentligt tillräcklig');
  });
});
