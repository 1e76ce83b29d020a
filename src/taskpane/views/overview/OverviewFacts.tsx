import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { formatRoundProgress } from '../../../core';
import type { RegisterOverview } from '../../../usecases/overviewRegister';
import type { YearSoFar } from '../../../usecases/recordResult/yearSoFar';
import { plural, statusLine } from './countTexts';
import { useListStyles } from '../listStyles';
import { useOverviewStyles } from './overviewStyles';

export interface OverviewFactsProps {
  overview: RegisterOverview;
  /** Rows of Riskanalys. */
  risks: number;
  /** Recommendations counted, unknown statuses included. */
  recommendations: number;
  year?: YearSoFar;
  go: (view: string) => void;
}

/** Läget: one line each for risks, recommendations, the round, the year's controls, overdue actions and the check. */
export function OverviewFacts({ overview: o, risks, recommendations, year, go }: OverviewFactsProps) {
  const styles = useOverviewStyles();
  const list = useListStyles();
  const top = o.risksPerLevel[o.risksPerLevel.length - 1];
  return (
    <section className={styles.section} aria-labelledby="oversikt-laget">
      <Subtitle2 as="h2" id="oversikt-laget" className={styles.heading}>
        Läget
      </Subtitle2>
      <ul className={styles.facts}>
        <li>
          <Body1>
            {plural(risks, 'risk', 'risker')}
            {top && risks > 0 ? `, ${top.count} med risknivå ${top.name}` : ''}
            {o.highRisksWithoutControl.length > 0 ? `, ${o.highRisksWithoutControl.length} av dem utan kontroll` : ''}
          </Body1>
        </li>
        <li>
          <Body1>
            {plural(recommendations, 'rekommendation', 'rekommendationer')}
            {recommendations > 0 ? `: ${statusLine(o.recommendationsPerStatus)}` : ''}
            {o.recommendationsUnknownStatus > 0 ? `, ${o.recommendationsUnknownStatus} med okänd status` : ''}
          </Body1>
        </li>
        {o.currentRound ? (
          <li>
            <Body1>{formatRoundProgress(o.currentRound)}</Body1>
          </li>
        ) : null}
        {year ? (
          <li>
            <div className={list.row}>
              <Body1>{year.sentence}</Body1>
              <Button size="small" appearance="subtle" onClick={() => go('utfall')}>
                Visa i Utfall
              </Button>
            </div>
          </li>
        ) : null}
        <li>
          <Body1>Försenade åtgärder: {o.overdue}</Body1>
        </li>
        <li>
          <div className={list.row}>
            <Body1>
              Kontrollen hittar {o.errors} fel och {plural(o.warnings, 'varning', 'varningar')}.
            </Body1>
            {o.errors + o.warnings > 0 ? (
              <Button appearance="outline" onClick={() => go('kontrollera')}>
                Visa i Kontrollera
              </Button>
            ) : null}
          </div>
        </li>
      </ul>
    </section>
  );
}
