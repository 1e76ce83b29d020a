import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { uppsiktSchema } from '../../core';
import { swedishFunctions } from '../swedishFunctions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** Hjälp: what each sheet is for, the legal anchor, the functions and how to load the add-in. */
export function HelpView() {
  const styles = useStyles();
  return (
    <div className={styles.section}>
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
      <ul className={styles.list} aria-label="Funktioner">
        {swedishFunctions().map((f) => (
          <li key={f.id}>
            <Body1 className={styles.mono}>{f.name}</Body1> <Body1>{f.description}</Body1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h2">Läsa in tillägget</Subtitle2>
      <Body1>
        I Excel på webben: Infoga → Tillägg → Ladda upp mitt tillägg och välj manifest.xml. I Excel för Windows och Mac läser{' '}
        <span className={styles.mono}>npm start</span> in tillägget. Mer i <span className={styles.mono}>docs/sideload.md</span> i projektet.
      </Body1>
    </div>
  );
}
