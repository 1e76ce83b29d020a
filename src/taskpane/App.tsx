import { MessageBar, MessageBarBody, Spinner, Tab, TabList, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookPort } from '../workbook/WorkbookPort';
import { useWorkbook } from './useWorkbook';
import { CheckView } from './views/CheckView';
import { ConsolidateView } from './views/ConsolidateView';
import { CreateView } from './views/CreateView';
import { FollowUpRoundView } from './views/FollowUpRoundView';
import { HelpView } from './views/HelpView';
import { ImportView } from './views/ImportView';
import { OverviewView } from './views/OverviewView';
import { ReportView } from './views/ReportView';
import { openReportInExcel, type OpenReport } from './openReport';
import { ScaleView } from './views/ScaleView';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    // The pane can be 320 px wide: everything wraps rather than scrolls sideways.
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  heading: { margin: 0 },
  tabs: { flexWrap: 'wrap' },
});

type View = 'oversikt' | 'skapa' | 'skala' | 'importera' | 'uppfoljning' | 'rapport' | 'kontrollera' | 'samla' | 'hjalp';
const TABS: [View, string][] = [
  ['oversikt', 'Översikt'],
  ['skapa', 'Skapa / uppgradera'],
  ['skala', 'Skala'],
  ['importera', 'Importera'],
  ['uppfoljning', 'Uppföljning'],
  ['rapport', 'Rapport'],
  ['kontrollera', 'Kontrollera'],
  ['samla', 'Samla'],
  ['hjalp', 'Hjälp'],
];

export interface AppProps {
  port: WorkbookPort;
  /** Today as an Excel date serial (injected so tests do not depend on the calendar). */
  today: () => number;
  /** How a built workbook (report, Samla) is opened: a new Excel workbook, else a download; tests pass a double. */
  openReport?: OpenReport;
}

/** The task pane: one view at a time over the open workbook, through the WorkbookPort only. */
export function App({ port, today, openReport = openReportInExcel }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState<View>('oversikt');
  const workbook = useWorkbook(port);
  const { adoption, snapshot } = workbook;
  const refresh = () => void workbook.reload();

  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        Uppsikt
      </Title2>
      <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_e, d) => setView(d.value as View)}>
        {TABS.map(([value, label]) => (
          <Tab key={value} value={value}>
            {label}
          </Tab>
        ))}
      </TabList>
      {workbook.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{workbook.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {view === 'hjalp' ? (
        <HelpView />
      ) : view === 'samla' ? (
        <ConsolidateView today={today()} openReport={openReport} />
      ) : !adoption || !snapshot ? (
        <Spinner label="Läser arbetsboken…" />
      ) : view === 'oversikt' ? (
        <OverviewView register={adoption.register} today={today()} />
      ) : view === 'skapa' ? (
        <CreateView port={port} snapshot={snapshot} onDone={refresh} />
      ) : view === 'skala' ? (
        <ScaleView port={port} initial={adoption.register.scale} onSaved={refresh} />
      ) : view === 'importera' ? (
        <ImportView port={port} register={adoption.register} onDone={refresh} />
      ) : view === 'uppfoljning' ? (
        <FollowUpRoundView port={port} register={adoption.register} today={today()} onDone={refresh} />
      ) : view === 'rapport' ? (
        <ReportView register={adoption.register} today={today()} openReport={openReport} />
      ) : (
        <CheckView adoption={adoption} today={today()} port={port} onRefresh={refresh} />
      )}
    </main>
  );
}
