import { Badge, Body1, Button, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Adoption, Finding } from '../../core';
import { checkFindings } from '../../usecases/checkFindings';
import { findingSummary } from '../../usecases/findingSummary';
import type { WorkbookPort } from '../../usecases/port/WorkbookPort';
import { errorText } from '../useAction';
import { useListStyles } from './listStyles';

/** Kontrollera: findings grouped by sheet, each one click from its cell. */
export function CheckView({ adoption, today, port, onRefresh }: { adoption: Adoption; today: number; port: WorkbookPort; onRefresh: () => void }) {
  const list = useListStyles();
  const [goError, setGoError] = useState<string>();
  // The full check runs once per read of the workbook, not on every render (a click on Gå till re-renders).
  const findings = useMemo(() => checkFindings(adoption, today), [adoption, today]);
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  const go = (f: Finding) =>
    port.select(f.sheet, f.cell).then(
      () => setGoError(undefined),
      (e: unknown) => setGoError(errorText(e)),
    );
  return (
    <div className={list.list}>
      <div className={list.row}>
        <Body1>{findingSummary(findings).text}</Body1>
        <Button size="small" onClick={onRefresh}>
          Kontrollera igen
        </Button>
      </div>
      {goError ? <Body1 role="alert">{goError}</Body1> : null}
      {sheets.map((sheet) => (
        <section key={sheet} aria-label={sheet || 'Arbetsboken'}>
          <Subtitle2 as="h2">{sheet || 'Arbetsboken'}</Subtitle2>
          <ul className={list.list}>
            {findings
              .filter((f) => f.sheet === sheet)
              .map((f, i) => (
                <li key={`${f.cell}-${i}`} className={list.item}>
                  <div className={list.row}>
                    <Badge color={f.severity === 'error' ? 'danger' : 'warning'}>{f.severity === 'error' ? 'Fel' : 'Varning'}</Badge>
                    <Caption1>{f.cell}</Caption1>
                    {f.cell ? (
                      <Button appearance="outline" onClick={() => void go(f)} aria-label={`Gå till ${sheet}!${f.cell}`}>
                        Gå till
                      </Button>
                    ) : null}
                  </div>
                  <Body1>{f.message}</Body1>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
