import { parseReport } from '../../../src/core/report';
import { reportText } from './_fixtures';

describe('parseReport on the fixture reports', () => {
  test('Helsingborg: the 7 recommendations to kommunstyrelsen, listed three times, each once', () => {
    const { recommendations, issues, metadata } = parseReport(reportText('helsingborg'));
    expect(recommendations.map((r) => r.nr)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(recommendations.every((r) => r.addressees.join() === 'Kommunstyrelsen')).toBe(true);
    expect(recommendations.map((r) => r.occurrences)).toEqual([3, 3, 3, 3, 3, 3, 3]);
    expect(recommendations[0].text).toBe('Etablera styrande dokument avseende stadens it-styrning och digitalisering.');
    expect(recommendations[1].text).toBe('Tydliggöra ansvars- och gränsdragning mellan digitaliseringsavdelningen och förvaltningarna.');
    expect(recommendations[6].text).toBe(
      'Tydliggöra i styrande dokument hur uppföljning av det övergripande digitaliseringsarbetet ska genomföras tillsammans med krav på hur enskilda digitaliseringsprojekt följs upp för att säkerställa att dessa leder till förväntad effekt och nytta.',
    );
    expect(issues).toEqual([]);
    expect(metadata).toEqual({ title: 'Granskning av styrning av it och digitalisering', date: '2023-11-27', year: 2023, firm: 'KPMG', answerBy: '2024-03-01' });
  });

  test('Huddinge: 5 recommendations to nämnderna, items broken over blank lines, the variant of number 5 reported', () => {
    const { recommendations, issues } = parseReport(reportText('huddinge'));
    expect(recommendations).toHaveLength(5);
    expect(recommendations.every((r) => r.addressees.join() === 'Nämnderna')).toBe(true);
    expect(recommendations[0].text).toBe(
      'I sina verksamhetsplaner för 2022 implementerar specifika, mätbara, rimliga och tidsatta mål för digitaliseringsarbetet i stödjande förvaltningar.',
    );
    expect(recommendations[1].text).toBe(
      'Förvaltningarna förses med tillräckliga resurser och kompetens för att i enlighet med PM3-modellen driva verksamhetsutveckling i samverkan med digitaliseringsenheten inom KSF.',
    );
    expect(recommendations[4].text).toBe(
      'Förvaltningarna förses med tillräckliga resurser och kompetens för att samverka med SKR och med andra kommuner för att utveckla och införa Nya arbetssätt för digital utveckling i Huddinge kommun',
    );
    // The answer repeats all five between its own paragraphs, the fifth in other words.
    expect(recommendations.map((r) => r.occurrences)).toEqual([2, 2, 2, 2, 2]);
    expect(recommendations[4].variants).toEqual([
      {
        text: 'Förvaltningarna förses med tillräckliga resurser och kompetens för att samverka med SKR och med andra kommuner för att utveckla och införa digitalisering på nya områden.',
        line: 227,
      },
    ]);
    expect(recommendations.slice(0, 4).every((r) => r.variants.length === 0)).toBe(true);
    expect(issues.map((i) => i.code)).toEqual(['reportVariant']);
    expect(issues[0].message).toMatch(/^Rekommendation 5 står med annan lydelse på rad 227/);
  });

  test('Haninge (a follow-up with a table per recommendation) has no lead-in lists: nothing is invented', () => {
    const { recommendations, issues } = parseReport(reportText('haninge'));
    expect(recommendations).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['reportNoRecommendations']);
  });
});

describe('parseReport on the hazards of PDF-pasted text', () => {
  const texts = (text: string) => parseReport(text).recommendations.map((r) => r.text);

  test.each([
    ['•', '• '],
    ['U+F0A7', '\uf0a7 '],
    ['U+F084', '\uf084 '],
    ['dash', '- '],
    ['en dash', '– '],
    ['number', '1. '],
  ])('bullet glyph %s', (_name, glyph) => {
    expect(texts(`Vi rekommenderar kommunstyrelsen att:\n${glyph}Ta fram en plan.\n${glyph}Följa upp planen.\n`)).toEqual(['Ta fram en plan.', 'Följa upp planen.']);
  });

  test('lost bullets: items start with a space and a capitalised verb', () => {
    expect(
      texts('rekommenderar vi socialnämnden att:\n Säkerställa att rutinen följs\n Utarbetar en plan för\nuppföljning.\n Tillse att kontrollerna dokumenteras.\n\nBakgrund\nText.'),
    ).toEqual(['Säkerställa att rutinen följs', 'Utarbetar en plan för uppföljning.', 'Tillse att kontrollerna dokumenteras.']);
  });

  test('hyphenation at line ends is undone; real hyphens and shortened compounds stay', () => {
    expect(texts('Vi rekommenderar kommunstyrelsen att:\n- Ta fram en nytto-\nkalkyl för PM3-\nmodellen och kultur-\noch fritidsnämnden, samt FUT-\nhandläggarna.')).toEqual([
      'Ta fram en nyttokalkyl för PM3-modellen och kultur- och fritidsnämnden, samt FUT-handläggarna.',
    ]);
  });

  test('footnote digits glued to words are removed, years and codes kept', () => {
    expect(texts('Vi rekommenderar kommunstyrelsen att:\n- Följa upp digitaliseringen3 enligt ISO27001 före 2025.\n- Revidera riktlinjen12.')).toEqual([
      'Följa upp digitaliseringen enligt ISO27001 före 2025.',
      'Revidera riktlinjen.',
    ]);
  });

  test('an item broken across a page break and blank lines, Windows line endings and non-breaking spaces', () => {
    expect(texts('Vi rekommenderar kommunstyrelsen att:\r\n-\u00a0Säkerställa att rutinerna\r\n\f\r\n\r\nför attest följs.\r\n\r\nNästa stycke.')).toEqual([
      'Säkerställa att rutinerna för attest följs.',
    ]);
  });

  test('sub-bullets belong to the item above', () => {
    expect(texts('Vi rekommenderar kommunstyrelsen att:\n• Ta fram rutiner för\no attest\no avstämning\n• Följa upp.')).toEqual([
      'Ta fram rutiner för attest avstämning',
      'Följa upp.',
    ]);
  });

  test('addressees as written: group addressees, several bodies, shortened compounds', () => {
    const parse = (leadIn: string) => parseReport(`${leadIn}\n- Göra något.`).recommendations[0].addressees;
    expect(parse('Vi rekommenderar övriga nämnder att:')).toEqual(['Övriga nämnder']);
    expect(parse('Utifrån granskningen rekommenderar vi samtliga nämnder att:')).toEqual(['Samtliga nämnder']);
    expect(parse('Revisionsgrupp 2 rekommenderar att nämnderna i enlighet med kommunens\nmålstruktur säkerställer att:')).toEqual(['Nämnderna']);
    expect(parse('Vi rekommenderar kommunstyrelsen och kultur- och fritidsnämnden att:')).toEqual(['Kommunstyrelsen', 'Kultur- och fritidsnämnden']);
    expect(parse('Vi rekommenderar att:')).toEqual([]);
  });

  test('the same recommendation to two addressees in two lists is one recommendation with both', () => {
    const { recommendations } = parseReport('Vi rekommenderar kommunstyrelsen att:\n- Göra A.\n- Göra B.\n\nVi rekommenderar övriga nämnder att:\n- Göra B.\n- Göra C.');
    expect(recommendations.map((r) => [r.nr, r.text, r.addressees])).toEqual([
      [1, 'Göra A.', ['Kommunstyrelsen']],
      [2, 'Göra B.', ['Kommunstyrelsen', 'Övriga nämnder']],
      [3, 'Göra C.', ['Övriga nämnder']],
    ]);
  });

  test('a missing addressee is reported with its line', () => {
    const { issues } = parseReport('Text.\n\nVi rekommenderar att:\n- Göra A.');
    expect(issues.map((i) => [i.code, i.index, i.message])).toEqual([
      ['reportNoAddressee', 3, 'Rekommendation 1 (rad 4) har ingen mottagare i texten; ange mottagare innan du infogar.'],
    ]);
  });

  test('a list ends at a heading or an ordinary paragraph', () => {
    expect(texts('Vi rekommenderar kommunstyrelsen att:\n- Göra A.\n## 2 Bakgrund\n- Inte en rekommendation.')).toEqual(['Göra A.']);
    expect(texts('Vi rekommenderar kommunstyrelsen att:\n- Göra A.\n\nRevisorerna önskar svar.\n- Inte heller.')).toEqual(['Göra A.']);
  });
});
