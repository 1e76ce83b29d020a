import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { uppsiktSchema } from '../../core';
import { swedishFunctions } from '../swedishFunctions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * Hjälp, for the controller: the year's work step by step, what each sheet is for, the functions and the law.
 * In file mode (a browser, no grid) it says what is done here and what in Excel or LibreOffice, and how the
 * file is saved, instead of the add-in's ribbon.
 */
export function HelpView({ fileMode = false }: { fileMode?: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.section}>
      {fileMode ? (
        <>
          <Subtitle2 as="h2">I webbläsaren</Subtitle2>
          <Body1>
            Här arbetar du med en kopia av filen i webbläsaren, utan Excel. Allt som görs i vyerna (skapa, skala, importera, uppföljning med bedömningar och kommentarer, rapporter)
            ändrar kopian; <strong>Spara</strong> skriver tillbaka filen. Filen lämnar aldrig datorn.
          </Body1>
          <Body1>
            Det finns inget rutnät här: risker och kontrollmoment skriver du i filen i Excel eller LibreOffice, och <strong>Gå till</strong> säger vilken flik, rad och cell det
            gäller i stället för att markera den.
          </Body1>
        </>
      ) : null}
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
            Fyll i risker i <strong>Riskanalys</strong> och kontrollmoment i <strong>Internkontrollplan</strong> {fileMode ? 'i Excel eller LibreOffice' : 'direkt i Excel'};
            riskvärde, risknivå och riskmatris räknas ut av sig själva.
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>Importera</strong> revisionens rekommendationer ur rapportens text.
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>Uppföljning</strong>: starta en ny omgång när revisionen följer upp, och välj deras bedömning per rekommendation i listan där (eller skriv den i fliken
            Uppföljning).
          </Body1>
        </li>
        <li>
          <Body1>
            <strong>Kontrollera</strong> innan ni rapporterar: saknade uppgifter, ogiltiga värden och försenade åtgärder, med en knapp till varje cell.
          </Body1>
        </li>
      </ol>
      <Body1>
        Översikt visar läget: riskmatrisen, försenade åtgärder, höga risker utan kontroll och hur långt omgången har kommit.{' '}
        {fileMode
          ? 'Varje ändring beskrivs innan den görs; vill du gå tillbaka, öppna filen igen utan att spara.'
          : 'Excels Ångra kan inte ta tillbaka ändringar som Uppsikt gör; varje sådan ändring beskrivs innan den görs.'}
      </Body1>
      <Body1>
        <strong>Rapport</strong> bygger en arbetsbok per nämnd{fileMode ? ' som laddas ned' : ''}. En PDF får du genom att skriva ut rapporten till PDF (Arkiv → Skriv ut →
        Microsoft Print to PDF eller Spara som PDF), eller med kommandot <span className={styles.mono}>npx uppsikt exportera arbetsbok.xlsx -o rapport.xlsx --pdf</span>.
      </Body1>
      <Subtitle2 as="h2">Varför</Subtitle2>
      <Body1>
        Enligt kommunallagen (6 kap. 6 §) ska nämnderna se till att den interna kontrollen är tillräcklig. Uppsikt samlar riskanalysen, internkontrollplanen och uppföljningen av
        revisionens rekommendationer i arbetsboken, så att kontrollerna kan härledas ur riskerna och sammanställningarna stämmer mot detaljraderna.
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
      <Body1>
        Uppsikts funktioner kan skrivas i vilken cell som helst, som Excels egna
        {fileMode ? ', när filen är öppen i Excel med tillägget; utan det visar cellerna de värden Uppsikt senast räknade ut.' : '.'}
      </Body1>
      <ul className={styles.list} aria-label="Funktioner">
        {swedishFunctions().map((f) => (
          <li key={f.id}>
            <Body1 className={styles.mono}>{f.name}</Body1> <Body1>{f.description}</Body1>
          </li>
        ))}
      </ul>
      {fileMode ? (
        <>
          <Subtitle2 as="h2">Spara</Subtitle2>
          <Body1>Spara skriver filen du öppnade (eller laddar ned den under samma namn om webbläsaren inte kan skriva till filen). Dina egna flikar i filen ändras aldrig.</Body1>
        </>
      ) : (
        <>
          <Subtitle2 as="h2">Om tillägget saknas</Subtitle2>
          <Body1>
            Knappen Uppsikt finns på fliken Start. Saknas den på en annan dator: be den som ansvarar för era Office-tillägg att lägga till Uppsikt, eller leta under Start →
            Tillägg.
          </Body1>
        </>
      )}
    </div>
  );
}
