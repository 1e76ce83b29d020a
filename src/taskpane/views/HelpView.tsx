import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { uppsiktSchema } from '../../core';
import { swedishFunctions } from '../swedishFunctions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** Hjälp, for the controller: the year's work step by step, what each sheet is for, the functions and the law. */
export function HelpView() {
  const styles = useStyles();
  return (
    <div className={styles.section}>
      <Subtitle2 as="h2">Arbetsgången</Subtitle2>
      <ol className={styles.list} aria-label="Arbetsgången">
        <li>
          <Body1>
            <strong>Skapa</strong> strukturen: tom, med exempeldata, eller från era egna flikar (de kopieras, originalen ändras inte).
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>Skala</strong>: bestäm antal nivåer för sannolikhet och konsekvens och var gränserna för låg, medel och hög risk går.
          </Body1>
        </li>
        <li>
          <Body1>
            Fyll i risker i <strong>Riskanalys</strong> och kontrollmoment i <strong>Internkontrollplan</strong> direkt i Excel; riskvärde, risknivå och
            riskmatris räknas ut av sig själva.
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>Importera</strong> revisionens rekommendationer ur rapportens text.
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>Uppföljning</strong>: starta en ny omgång när revisionen följer upp, och fyll i deras bedömning per rad.
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>Kontrollera</strong> innan ni rapporterar: saknade uppgifter, ogiltiga värden och försenade åtgärder, med en knapp till varje cell.
          </Body1>
        </li>
      </ol>
      <Body1>
        Översikt visar läget: riskmatrisen, försenade åtgärder, höga risker utan kontroll och hur långt omgången har kommit. Excels Ångra kan inte ta tillbaka
        ändringar som Uppsikt gör; varje sådan ändring beskrivs innan den görs.
      </Body1>
      <Subtitle2 as="h2">Varför</Subtitle2>
      <Body1>
        Enligt kommunallagen (6 kap. 6 §) ska nämnderna se till att den interna kontrollen är tillräcklig. Uppsikt samlar riskanalysen,
        internkontrollplanen och uppföljningen av revisionens rekommendationer i arbetsboken, så att kontrollerna kan härledas ur riskerna
        och sammanställningarna stämmer mot detaljraderna.
      </Body1>
      <Subtitle2 as="h2">Flikarna</Subtitle2>
      <ul className={styles.list} aria-label="Flikarna">
        {uppsiktSchema.sheets.map((s) => (
          <li key={s.name}>
            <Body1>
              <strong>{s.name}</strong>: {s.description}
            </Body1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h2">Funktioner</Subtitle2>
      <Body1>Uppsikts funktioner kan skrivas i vilken cell som helst, som Excels egna.</Body1>
      <ul className={styles.list} aria-label="Funktioner">
        {swedishFunctions().map((f) => (
          <li key={f.id}>
            <Body1 className={styles.mono}>{f.name}</Body1> <Body1>{f.description}</Body1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h2">Om tillägget saknas</Subtitle2>
      <Body1>
        Knappen Uppsikt finns på fliken Start. Saknas den på en annan dator: be den som ansvarar för era Office-tillägg att lägga till Uppsikt, eller
        leta under Start → Tillägg.
      </Body1>
    </div>
  );
}
