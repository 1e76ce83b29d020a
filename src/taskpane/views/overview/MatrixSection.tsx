import { Body1, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { RiskScale } from '../../../core';
import { flowMessagesSv as M } from '../../../usecases/messages.sv';
import type { OverviewItem, OverviewMatrixCell, RegisterOverview } from '../../../usecases/overviewRegister';
import { plural } from './countTexts';
import { CountTable } from './CountTable';
import { ItemList } from './ItemList';
import { useOverviewStyles } from './overviewStyles';
import { RiskMatrix } from './RiskMatrix';

/** Riskmatris: the matrix, the risks of the cell the user picked, and the count per risknivå. */
export function MatrixSection({ overview: o, scale, go }: { overview: RegisterOverview; scale: RiskScale; go: (item: OverviewItem) => void }) {
  const styles = useOverviewStyles();
  const [cell, setCell] = useState<OverviewMatrixCell>();
  return (
    <section className={styles.section} aria-labelledby="oversikt-matris">
      <Subtitle2 as="h2" id="oversikt-matris" className={styles.heading}>
        Riskmatris
      </Subtitle2>
      <RiskMatrix matrix={o.matrix} scale={scale} selected={cell} onSelect={setCell} />
      <Caption1>{M.matrixOrientation} Välj en ruta för att se dess risker.</Caption1>
      {cell ? (
        <section className={styles.section} aria-label={`Risker med sannolikhet ${cell.likelihood} och konsekvens ${cell.consequence}`}>
          <Body1>
            <strong>
              Sannolikhet {cell.likelihood}, konsekvens {cell.consequence}
              {cell.band ? ` (${cell.band.name})` : ''}: {plural(cell.count, 'risk', 'risker')}
            </strong>
          </Body1>
          <ItemList label="Riskerna i rutan" items={cell.risks} go={go} />
        </section>
      ) : null}
      <CountTable
        label="Risker per risknivå"
        rows={o.risksPerLevel.map((l) => ({
          key: l.name,
          label: (
            <>
              <span className={styles.swatch} style={{ backgroundColor: l.color }} aria-hidden />
              {l.name}
            </>
          ),
          count: l.count,
        }))}
      />
      {o.risksNotScored > 0 ? <Caption1>{plural(o.risksNotScored, 'risk saknar', 'risker saknar')} giltig sannolikhet eller konsekvens.</Caption1> : null}
    </section>
  );
}
