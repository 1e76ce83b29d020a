import { Body1, Title2, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    overflowWrap: 'anywhere',
  },
  text: { margin: 0 },
});

/** Shown when the page is opened outside Excel, e.g. straight from the dev server in a browser. */
export function OpenFromExcel() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.text}>
        Uppsikt måste öppnas från Excel
      </Title2>
      <Body1 as="p" className={styles.text}>
        Läs in manifest.xml i Excel: kör npm start (Excel för Windows eller Mac) eller välj Infoga → Tillägg →
        Ladda upp mitt tillägg i Excel på webben.
      </Body1>
    </main>
  );
}
