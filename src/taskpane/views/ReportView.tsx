import { Body1, Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { controlResults, isoFromSerial, latestResultPeriod, parseDate, type RegisterData } from '../../core';
import { flowMessagesSv as M } from '../../usecases/messages.sv';
import { buildReport } from '../../usecases/report/buildReport';
import { reportFileNames } from '../../usecases/report/reportFileNames';
import { reportNamnder } from '../../usecases/report/reportNamnder';
import { reportRounds } from '../../usecases/report/reportRounds';
import { buildFollowUpReport, parsePlanYear, yearCloseMessagesSv as Y, yearPicture, type YearPicture } from '../../usecases/yearClose';
import { reportToBuffer } from '../../workbook/xlsx/report';
import { followUpReportToBuffer } from '../../workbook/xlsx/followUpReport';
import type { OpenReport } from '../openReport';
import { useAction } from '../useAction';
import { paneMessagesSv as P } from '../messages.sv';
import { YttrandeSection } from './YttrandeSection';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM }, list: { display: 'flex', flexDirection: 'column' } });

const KOMMUN = '__kommun__';
export interface ReportViewProps {
  register: RegisterData;
  today: number;
  openReport: OpenReport;
  /** In a browser the report is downloaded, not opened in Excel. */
  fileMode?: boolean;
}

/**
 * Rapport: the report a nämnd receives, built here by the same code as `uppsikt export` and opened as a
 * new workbook (or downloaded); the open workbook is not changed.
 */
export function ReportView({ register, today, openReport, fileMode = false }: ReportViewProps) {
  const styles = useStyles();
  const namnder = reportNamnder(register);
  const rounds = reportRounds(register);
  const [chosen, setChosen] = useState<string[]>([]);
  const [per, setPer] = useState(isoFromSerial(today));
  const [round, setRound] = useState('');
  const [progress, setProgress] = useState<string>();
  // Which report: the nämnd report, or the year's Uppföljning av intern kontroll (the latest year with results).
  const [kind, setKind] = useState<'rapport' | 'uppfoljning'>('rapport');
  const [year, setYear] = useState(String(latestResultPeriod(controlResults(register))?.year ?? Number(isoFromSerial(today).slice(0, 4))));
  const followUpYear = parsePlanYear(year);
  const { busy, error, run } = useAction();
  const perSerial = parseDate(per);
  const perValid = perSerial !== null && !Number.isNaN(perSerial);

  const reportBytes = async (namnd: string | undefined) => {
    const model = buildReport(register, { ...(namnd ? { namnd } : {}), per: perSerial!, ...(round ? { omgang: round } : {}) });
    return { scope: model.scope, bytes: await reportToBuffer(model) };
  };
  const followUpBytes = async (namnd: string | undefined, picture: YearPicture) => {
    const model = buildFollowUpReport(register, { year: followUpYear!, per: perSerial!, ...(namnd ? { namnd } : {}) }, picture);
    return { scope: model.scope, bytes: await followUpReportToBuffer(model) };
  };
  const toggle = (value: string, on: boolean) => setChosen((c) => (on ? [...c, value] : c.filter((x) => x !== value)));
  const create = () =>
    run(async () => {
      const opened: string[] = [];
      let downloads = 0;
      const scopes = chosen.map((value) => (value === KOMMUN ? undefined : value));
      const names = reportFileNames(scopes);
      let picture: YearPicture | undefined;
      for (const [i, namnd] of scopes.entries()) {
        setProgress(P.buildingReport({ index: i + 1, count: chosen.length, scope: namnd ?? P.wholeKommun }));
        const { scope, bytes } = kind === 'uppfoljning' ? await followUpBytes(namnd, (picture ??= yearPicture(register, followUpYear!))) : await reportBytes(namnd);
        const how = await openReport(bytes, names[i]);
        if (how === 'download') downloads++;
        opened.push(scope);
      }
      setProgress(P.reportsOpened({ scopes: opened, downloads }));
    });

  return (
    <div className={styles.root}>
      <Body1>
        Rapporten till nämnden: sammanfattning, riskmatris, internkontrollplan och revisionens rekommendationer, som rena värden på A4.{' '}
        {fileMode ? P.reportDownloaded : P.reportOpened}
      </Body1>
      <Field label="Rapport">
        <Select value={kind} onChange={(_e, d) => setKind(d.value === 'uppfoljning' ? 'uppfoljning' : 'rapport')}>
          <option value="rapport">Rapport till nämnden</option>
          <option value="uppfoljning">Uppföljning av intern kontroll {followUpYear ?? ''}</option>
        </Select>
      </Field>
      {kind === 'uppfoljning' ? (
        <Field label="År" validationMessage={followUpYear === undefined ? Y.yearNotYear({ value: year }) : undefined}>
          <Input value={year} inputMode="numeric" onChange={(_e, d) => setYear(d.value)} />
        </Field>
      ) : null}
      <Body1>{P.reportPdf}</Body1>
      <div className={styles.list} role="group" aria-label="Rapporter">
        <Checkbox label="Hela kommunen (varje rekommendation en gång)" checked={chosen.includes(KOMMUN)} onChange={(_e, d) => toggle(KOMMUN, d.checked === true)} />
        {namnder.map((n) => (
          <Checkbox key={n} label={n} checked={chosen.includes(n)} onChange={(_e, d) => toggle(n, d.checked === true)} />
        ))}
      </div>
      {namnder.length > 0 ? (
        <Button size="small" onClick={() => setChosen(namnder)}>
          Välj alla nämnder
        </Button>
      ) : (
        <Body1>{M.noNamnder}; fyll i listan Nämnder på Inställningar för en rapport per nämnd.</Body1>
      )}
      <Field label="Per (datum)" validationMessage={perValid ? undefined : P.reportDateInvalid}>
        <Input value={per} onChange={(_e, d) => setPer(d.value)} />
      </Field>
      <Field label="Uppföljningsomgång" hidden={kind === 'uppfoljning'}>
        <Select value={round} onChange={(_e, d) => setRound(d.value)}>
          <option value="">Senaste{rounds.length > 0 ? ` (${rounds[rounds.length - 1]})` : ''}</option>
          {rounds.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </Select>
      </Field>
      <Button
        appearance="primary"
        disabled={busy || chosen.length === 0 || !perValid || (kind === 'uppfoljning' && followUpYear === undefined)}
        aria-describedby={chosen.length === 0 ? 'report-why-disabled' : undefined}
        onClick={() => void create()}
      >
        {busy ? 'Skapar…' : chosen.length > 1 ? `Skapa ${chosen.length} rapporter` : 'Skapa rapport'}
      </Button>
      {chosen.length === 0 ? <Body1 id="report-why-disabled">{P.reportChooseFirst}</Body1> : null}
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {progress ? <Body1 role="status">{progress}</Body1> : null}
      <YttrandeSection register={register} />
    </div>
  );
}
