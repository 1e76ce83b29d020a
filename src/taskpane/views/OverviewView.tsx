import { Body1 } from '@fluentui/react-components';
import { useMemo } from 'react';
import { FOLLOW_UP_STATUSES, tableSpec, type Adoption } from '../../core';
import { overviewRegister } from '../../usecases/overviewRegister';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { AnswersDueSection } from './overview/AnswersDueSection';
import { ItemSection } from './overview/ItemList';
import { MatrixSection } from './overview/MatrixSection';
import { NextStep } from './overview/NextStep';
import { OverviewFacts } from './overview/OverviewFacts';
import { useOverviewStyles } from './overview/overviewStyles';
import { PartsTable } from './overview/PartsTable';
import { RecommendationsSection } from './overview/RecommendationsSection';
import { useGoTo } from './overview/useGoTo';
import { useYearSoFar } from './overview/useYearSoFar';

export interface OverviewViewProps {
  adoption: Adoption;
  today: number;
  port: WorkbookPort;
  /** Opens another view: the next step for an empty or foreign workbook. */
  go: (view: string) => void;
}

/** Översikt: how the work stands, counted with the same use cases as the CLI (matrix, summary, check). */
export function OverviewView({ adoption, today, port, go }: OverviewViewProps) {
  const styles = useOverviewStyles();
  const isUppsikt = adoption.report.tables.some((t) => t.foundBy === 'table');
  const own = adoption.report.tables.filter((t) => t.foundBy === 'headers');
  const hasRegister = isUppsikt || own.length > 0;
  // Counted (the full check included) only when there is something to count: a workbook without any of
  // Uppsikt's parts shows only the next step.
  const o = useMemo(() => (hasRegister ? overviewRegister(adoption.register, today) : undefined), [hasRegister, adoption.register, today]);
  const year = useYearSoFar(hasRegister ? adoption.register : undefined);
  const { goTo, goError } = useGoTo(port);

  if (!o) {
    return (
      <div className={styles.root}>
        <NextStep onGo={() => go('skapa')} label="Gå till Skapa" primary>
          Arbetsboken har ingen Uppsikt-struktur ännu, och inga flikar som liknar en riskanalys eller ett register. Börja med Skapa: en tom struktur, eller exempeldata att pröva
          med.
        </NextStep>
      </div>
    );
  }

  const risks = adoption.register.tables.Risker?.rows.length ?? 0;
  const top = o.risksPerLevel[o.risksPerLevel.length - 1];
  const recommendations = FOLLOW_UP_STATUSES.reduce((n, s) => n + o.recommendationsPerStatus[s], 0) + o.recommendationsUnknownStatus;
  return (
    <div className={styles.root}>
      {!isUppsikt ? (
        <NextStep onGo={() => go('skapa')} label="Gå till Skapa" primary>
          Siffrorna nedan är från dina egna flikar ({own.map((t) => `${t.sheet} som ${tableSpec(t.table).sheet}`).join(', ')}). Nästa steg: Skapa kopierar in dem i Uppsikts
          struktur, med formler, riskmatris och sammanställning. Dina flikar ändras inte.
        </NextStep>
      ) : o.empty ? (
        <NextStep onGo={() => go('importera')} label="Gå till Importera">
          Strukturen finns men är tom. Fyll i risker i Riskanalys, eller hämta revisionens rekommendationer ur en rapport med Importera.
        </NextStep>
      ) : null}

      <OverviewFacts overview={o} risks={risks} recommendations={recommendations} year={year} go={go} />
      {goError ? <Body1 role="alert">{goError}</Body1> : null}

      {risks > 0 ? <MatrixSection overview={o} scale={adoption.register.scale} go={goTo} /> : null}
      <AnswersDueSection answersDue={o.answersDue} go={goTo} />
      <ItemSection id="oversikt-forsenade" title={`Försenade åtgärder (${o.overdueActions.length})`} label="Försenade åtgärder" items={o.overdueActions} go={goTo} />
      <ItemSection id="oversikt-ej-genomforda" title={`Kontroller ej genomförda (${year?.red.length ?? 0})`} label="Kontroller ej genomförda" items={year?.red ?? []} go={goTo} />
      <ItemSection
        id="oversikt-utan-kontroll"
        title={`Risker på nivå ${top?.name ?? 'högsta'} utan kontroll (${o.highRisksWithoutControl.length})`}
        label="Risker utan kontroll"
        items={o.highRisksWithoutControl}
        go={goTo}
      />
      {recommendations > 0 ? <RecommendationsSection overview={o} /> : null}
      <PartsTable parts={o.parts} />
    </div>
  );
}
