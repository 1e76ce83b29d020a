import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Tab, TabList, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import type { Adoption, WorkbookSnapshot } from '../core';
import type { WorkbookPort } from '../usecases/port/WorkbookPort';
import { lazyView } from './lazyView';
import { openReportInExcel, type OpenReport } from './openReport';
import { useWorkbook } from './useWorkbook';
import { ViewErrorBoundary } from './ViewErrorBoundary';
import { OverviewView } from './views/OverviewView';

// Every view but Översikt loads on first use (own webpack chunks), so the pane opens on Översikt fast; they
// are preloaded once the first view is on screen.
const CheckView = lazyView(() => import(/* webpackChunkName: "view-check" */ './views/CheckView').then((m) => m.CheckView));
const CreateView = lazyView(() => import(/* webpackChunkName: "view-create" */ './views/CreateView').then((m) => m.CreateView));
const ScaleView = lazyView(() => import(/* webpackChunkName: "view-scale" */ './views/ScaleView').then((m) => m.ScaleView));
const ImportView = lazyView(() => import(/* webpackChunkName: "view-import" */ './views/ImportView').then((m) => m.ImportView));
const FollowUpRoundView = lazyView(() => import(/* webpackChunkName: "view-followup" */ './views/FollowUpRoundView').then((m) => m.FollowUpRoundView));
const ResultView = lazyView(() => import(/* webpackChunkName: "view-result" */ './views/ResultView').then((m) => m.ResultView));
const ReportView = lazyView(() => import(/* webpackChunkName: "view-report" */ './views/ReportView').then((m) => m.ReportView));
const ConsolidateView = lazyView(() => import(/* webpackChunkName: "view-consolidate" */ './views/ConsolidateView').then((m) => m.ConsolidateView));
const NewYearView = lazyView(() => import(/* webpackChunkName: "view-new-year" */ './views/NewYearView').then((m) => m.NewYearView));
const HelpView = lazyView(() => import(/* webpackChunkName: "view-help" */ './views/HelpView').then((m) => m.HelpView));
const LAZY_VIEWS = [CheckView, CreateView, ScaleView, ImportView, FollowUpRoundView, ResultView, ReportView, ConsolidateView, NewYearView, HelpView];

/** Loads every lazy view now (the pane does so once the first view shows; tests before they start). */
export function preloadViews(): Promise<unknown> {
  return Promise.all(LAZY_VIEWS.map((view) => view.preload()));
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    // The pane can be 320 px wide: everything wraps rather than scrolls sideways, and only words too long
    // for a whole line break inside (never "San/nolik/het").
    minWidth: 0,
    overflowWrap: 'break-word',
  },
  heading: { margin: 0 },
  // The views in the order of the work, three to a row: 320–500 px hold them without wrapping mid-label.
  tabs: { display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalXXS },
  tab: { justifyContent: 'flex-start', minWidth: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

/** What every view may use: the port, today and navigation. */
export interface PaneContext {
  port: WorkbookPort;
  today: number;
  /** Re-reads the workbook (after a write). */
  refresh: () => void;
  /** Opens another view (Översikt's next steps). */
  go: (view: string) => void;
  /** How a built workbook (report, Samla) is opened: a new Excel workbook, else a download. */
  openReport: OpenReport;
  /** The pane runs on a file in a browser (no grid, no Excel): Hjälp and Rapport say so. */
  fileMode: boolean;
}

/** …and, once the workbook has been read, its snapshot and adoption. */
export interface ViewContext extends PaneContext {
  adoption: Adoption;
  snapshot: WorkbookSnapshot;
}

type ViewDef = { value: string; label: string } & (
  | { needsWorkbook: true; render: (c: ViewContext) => ReactNode }
  // Hjälp (and views over other files) need no read of the open workbook.
  | { needsWorkbook: false; render: (c: PaneContext) => ReactNode }
);

/** The views in the order of the work: create → scale → (risks and plan in Excel) → import → follow up → check → report, samla. */
export const VIEWS: readonly ViewDef[] = [
  { value: 'oversikt', label: 'Översikt', needsWorkbook: true, render: (c) => <OverviewView adoption={c.adoption} today={c.today} port={c.port} go={c.go} /> },
  { value: 'skapa', label: 'Skapa', needsWorkbook: true, render: (c) => <CreateView port={c.port} snapshot={c.snapshot} onDone={c.refresh} /> },
  { value: 'skala', label: 'Skala', needsWorkbook: true, render: (c) => <ScaleView port={c.port} register={c.adoption.register} onSaved={c.refresh} /> },
  { value: 'importera', label: 'Importera', needsWorkbook: true, render: (c) => <ImportView port={c.port} register={c.adoption.register} onDone={c.refresh} /> },
  {
    value: 'uppfoljning',
    label: 'Uppföljning',
    needsWorkbook: true,
    render: (c) => <FollowUpRoundView port={c.port} register={c.adoption.register} today={c.today} onDone={c.refresh} />,
  },
  { value: 'utfall', label: 'Utfall', needsWorkbook: true, render: (c) => <ResultView port={c.port} register={c.adoption.register} today={c.today} onDone={c.refresh} /> },
  { value: 'kontrollera', label: 'Kontrollera', needsWorkbook: true, render: (c) => <CheckView adoption={c.adoption} today={c.today} port={c.port} onRefresh={c.refresh} /> },
  {
    value: 'rapport',
    label: 'Rapport',
    needsWorkbook: true,
    render: (c) => <ReportView register={c.adoption.register} today={c.today} openReport={c.openReport} fileMode={c.fileMode} />,
  },
  { value: 'samla', label: 'Samla', needsWorkbook: false, render: (c) => <ConsolidateView today={c.today} openReport={c.openReport} /> },
  { value: 'nyttar', label: 'Nytt år', needsWorkbook: true, render: (c) => <NewYearView register={c.adoption.register} today={c.today} openReport={c.openReport} /> },
  { value: 'hjalp', label: 'Hjälp', needsWorkbook: false, render: (c) => <HelpView fileMode={c.fileMode} /> },
];

export interface AppProps {
  port: WorkbookPort;
  /** Today as an Excel date serial (injected so tests do not depend on the calendar). */
  today: () => number;
  /** How a built workbook (report, Samla) is opened: a new Excel workbook, else a download; tests pass a double. */
  openReport?: OpenReport;
  /** Shown under the heading: file mode's bar (file name, unsaved changes, Spara); nothing in Excel. */
  bar?: ReactNode;
  /** The workbook as read before the pane was rendered (Excel's start): the first render shows the view at once. */
  initialSnapshot?: WorkbookSnapshot;
  /** …or the start's read still under way: the pane shows its spinner and awaits it instead of reading again. */
  firstRead?: Promise<WorkbookSnapshot>;
  /** File mode: the pane over a file in a plain browser. */
  fileMode?: boolean;
}

/** The task pane: one view at a time over the open workbook, through the WorkbookPort only. */
export function App({ port, today, openReport = openReportInExcel, bar, initialSnapshot, firstRead, fileMode = false }: AppProps) {
  const styles = useStyles();
  const [view, setView] = useState('oversikt');
  const workbook = useWorkbook(port, { initial: initialSnapshot, firstRead });
  const { adoption, snapshot } = workbook;
  const current = VIEWS.find((v) => v.value === view) ?? VIEWS[0];
  const ready = adoption !== undefined;
  useEffect(() => {
    // Once the first view shows, fetch the others, so a click on a tab never waits for the network.
    // A chunk that fails here is fetched again when its tab is clicked, and fails visibly there.
    if (ready) preloadViews().catch(() => undefined);
  }, [ready]);
  const base: PaneContext = { port, today: today(), refresh: () => void workbook.reload(), go: setView, openReport, fileMode };
  const context: ViewContext | undefined = adoption && snapshot ? { ...base, adoption, snapshot } : undefined;

  return (
    <main className={styles.root}>
      <Title2 as="h1" className={styles.heading}>
        Uppsikt
      </Title2>
      {bar}
      <nav aria-label="Vyer">
        <TabList className={styles.tabs} size="small" selectedValue={current.value} onTabSelect={(_e, d) => setView(String(d.value))}>
          {VIEWS.map((v) => (
            <Tab key={v.value} value={v.value} className={styles.tab}>
              {v.label}
            </Tab>
          ))}
        </TabList>
      </nav>
      {workbook.error ? (
        <MessageBar intent="error">
          <MessageBarBody>{workbook.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {workbook.listenError ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{workbook.listenError}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void workbook.reload()}>
              Läs in igen
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {/* data-ready: the view shows the workbook (the benchmark's "first view"), not a spinner. */}
      <section role="tabpanel" aria-label={current.label} data-ready={context !== undefined || !current.needsWorkbook}>
        <ViewErrorBoundary view={current.value}>
          <Suspense fallback={<Spinner label="Öppnar vyn…" />}>
            {!current.needsWorkbook ? current.render(base) : context ? current.render(context) : <Spinner label="Läser arbetsboken…" />}
          </Suspense>
        </ViewErrorBoundary>
      </section>
    </main>
  );
}
