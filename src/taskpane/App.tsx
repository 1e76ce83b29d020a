import { Body1, Caption1, Subtitle2, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { swedishFunctions } from './swedishFunctions';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    // The pane can be 320 px wide; long function names must wrap rather than scroll sideways.
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0 },
  text: { margin: 0 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  name: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  formula: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
});

export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        Uppsikt
      </Title2>
      <Body1 as="p" className={styles.text}>
        Uppsikt gör arbetsboken till nämndens internkontrollplan: riskanalys med riskvärde (sannolikhet ×
        konsekvens) och riskmatris, kontrollmoment kopplade till riskerna och uppföljning av revisionens
        rekommendationer med sammanställningar per granskning eller nämnd.
      </Body1>
      <Subtitle2 as="h2" className={styles.heading}>
        Funktioner
      </Subtitle2>
      <Body1 as="p" className={styles.text}>
        Skriv dem i en cell, till exempel <span className={styles.formula}>=IK.RISKVÄRDE(3;4)</span>.
      </Body1>
      <ul className={styles.list} aria-label="Funktioner">
        {swedishFunctions().map((f) => (
          <li key={f.id} className={styles.item}>
            <Body1 className={styles.name}>{f.name}</Body1>
            <Caption1>{f.description}</Caption1>
          </li>
        ))}
      </ul>
    </main>
  );
}
