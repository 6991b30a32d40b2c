import { useTranslation } from 'react-i18next';
import { useProgress } from '../api/get-progress';
import { NS } from '../i18n';
import type { GroupProgress, LeaderStatus, Progress, RoundStatus, UnitProgress } from '../types';

type Row = Pick<UnitProgress, 'invited' | 'submitted'>;

function percent(row: Row): number | undefined {
  const invited = row.invited ?? 0;
  return invited > 0 && row.submitted !== undefined && row.submitted !== null ? Math.round((row.submitted * 100) / invited) : undefined;
}

/**
 * The round's answers: per leader whether the threshold is reached, then per unit and group. Employee counts below k
 * (and counts that could be subtracted to give one) never come from the server; the table says "færre end k".
 */
export function ProgressTable({ roundId, status }: { roundId: string; status: RoundStatus }) {
  const { t } = useTranslation(NS);
  const progress = useProgress(roundId, status);
  const closed = status === 'CLOSED';
  return (
    <section aria-labelledby="round-progress-heading">
      <h2 id="round-progress-heading">{closed ? t('progress.headingClosed') : t('progress.heading')}</h2>
      <p>{t('progress.intro')}</p>
      {progress.isPending && <p aria-live="polite">{t('loading')}</p>}
      {progress.isError && (
        <p className="alert alert-error" role="alert">
          {t('progress.loadError')}
        </p>
      )}
      {progress.data &&
        (progress.data.units.length === 0 ? (
          <p>{t('progress.empty')}</p>
        ) : (
          <>
            <LeaderTable progress={progress.data} closed={closed} />
            <UnitTable progress={progress.data} />
          </>
        ))}
    </section>
  );
}

function LeaderTable({ progress, closed }: { progress: Progress; closed: boolean }) {
  const { t } = useTranslation(NS);
  const k = progress.k ?? 5;
  const reached = progress.leaders.filter((leader) => leader.thresholdReached).length;
  const labels = { unit: t('progress.unit'), invited: t('progress.employeesInvited'), threshold: t('progress.threshold', { count: k }) };
  const state = (leader: LeaderStatus) =>
    leader.thresholdReached
      ? t('progress.reached', { count: leader.submitted ?? k })
      : closed
        ? t('progress.notReachedClosed', { count: k })
        : t('progress.notReached', { count: k });
  return (
    <>
      <h3>{t('progress.leadersHeading')}</h3>
      <p>{t(closed ? 'progress.leadersSummaryClosed' : 'progress.leadersSummary', { reached, total: progress.leaders.length, k })}</p>
      <table className="table table--compact table--responsive-headers round-leaders-progress">
        <caption className="sr-only">{t('progress.leadersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.leader')}</th>
            <th scope="col">{labels.unit}</th>
            <th scope="col">{labels.invited}</th>
            <th scope="col">{labels.threshold}</th>
          </tr>
        </thead>
        <tbody>
          {progress.leaders.map((leader) => (
            <tr key={leader.leaderId}>
              <th scope="row">{leader.name}</th>
              <td data-title={labels.unit}>{leader.unit ?? t('progress.noUnit')}</td>
              <td data-title={labels.invited}>{leader.invited ?? 0}</td>
              <td data-title={labels.threshold}>
                <span className={leader.thresholdReached ? 'round-threshold round-threshold--reached' : 'round-threshold'}>{state(leader)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function UnitTable({ progress }: { progress: Progress }) {
  const { t } = useTranslation(NS);
  const k = progress.k ?? 5;
  const submitted = (row: Row) => (row.submitted === undefined || row.submitted === null ? t('progress.hidden', { count: k }) : row.submitted);
  const rate = (row: Row) => {
    const value = percent(row);
    if (value === undefined) return t('progress.none');
    return (
      <span className="round-rate">
        <span className="round-bar" aria-hidden="true">
          <span className="round-bar-fill" style={{ width: `${value}%` }} />
        </span>
        <span>{t('progress.percent', { value })}</span>
      </span>
    );
  };
  const labels = { group: t('progress.group'), invited: t('progress.invited'), submitted: t('progress.submitted'), rate: t('progress.rate') };
  return (
    <>
      <h3>{t('progress.unitsHeading')}</h3>
      <table className="table table--zebra table--compact table--responsive-headers round-progress">
        <caption className="sr-only">{t('progress.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress.unit')}</th>
            <th scope="col">{labels.group}</th>
            <th scope="col">{labels.invited}</th>
            <th scope="col">{labels.submitted}</th>
            <th scope="col">{labels.rate}</th>
          </tr>
        </thead>
        <tbody>
          {progress.units.map((row) => (
            <tr key={`${row.unit ?? ''}-${row.group}`}>
              <th scope="row">{row.unit ?? t('progress.noUnit')}</th>
              <td data-title={labels.group}>{t(`groups.${row.group}`)}</td>
              <td data-title={labels.invited}>{row.invited ?? 0}</td>
              <td data-title={labels.submitted}>{submitted(row)}</td>
              <td data-title={labels.rate}>{rate(row)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {progress.totals.map((row: GroupProgress) => (
            <tr key={row.group}>
              <th scope="row">{t('progress.total')}</th>
              <td data-title={labels.group}>{t(`groups.${row.group}`)}</td>
              <td data-title={labels.invited}>{row.invited ?? 0}</td>
              <td data-title={labels.submitted}>{submitted(row)}</td>
              <td data-title={labels.rate}>{rate(row)}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </>
  );
}
