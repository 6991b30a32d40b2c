import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/auth/get-me';
import { useFormat } from '@/lib/format';
import { usePageTitle } from '@/lib/use-page-title';
import { useMeetingOverview } from '../api/get-overview';
import { useMeetingTrend } from '../api/get-trend';
import { useMeetings } from '../api/list-meetings';
import { NS } from '../i18n';
import type { MeetingSummary } from '../types';
import '../meetings.css';

/** /moeder: the leader's meeting evaluations, those shared with them, the trend per value; HR's counts per value. */
export function MeetingsPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('list.title'));
  const me = useCurrentUser();
  const roles = me.data?.roles ?? [];
  const leads = roles.includes('leader') || roles.includes('manager');
  const hr = roles.includes('hr');
  return (
    <>
      <h1>{t('list.title')}</h1>
      <p className="font-lead">{t('list.intro')}</p>
      {leads && (
        <p>
          <Link to="/moeder/ny" className="button button-primary">
            {t('list.new')}
          </Link>
        </p>
      )}
      <Lists />
      {leads && <Trends />}
      {hr && <Overview />}
    </>
  );
}

function Lists() {
  const { t } = useTranslation(NS);
  const meetings = useMeetings();
  if (meetings.isPending) return <p aria-live="polite">{t('loading')}</p>;
  if (meetings.isError) return <p role="alert">{t('loadError')}</p>;
  return (
    <>
      <h2>{t('list.own')}</h2>
      {meetings.data.own.length === 0 ? <p>{t('list.ownEmpty')}</p> : <MeetingTable meetings={meetings.data.own} caption={t('list.own')} />}
      <h2>{t('list.shared')}</h2>
      {meetings.data.shared.length === 0 ? (
        <p>{t('list.sharedEmpty')}</p>
      ) : (
        <MeetingTable meetings={meetings.data.shared} caption={t('list.shared')} withLeader />
      )}
    </>
  );
}

function MeetingTable({ meetings, caption, withLeader = false }: { meetings: MeetingSummary[]; caption: string; withLeader?: boolean }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.meeting')}</th>
            <th scope="col">{t('list.date')}</th>
            <th scope="col">{t('list.value')}</th>
            {withLeader && <th scope="col">{t('list.leader')}</th>}
            <th scope="col">{t('list.status')}</th>
            <th scope="col">{t('list.result')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                <Link to={`/moeder/${m.id}`}>{m.name}</Link>
              </th>
              <td>{format.localDate(m.meetingDate)}</td>
              <td>{m.valueTitle}</td>
              {withLeader && <td>{m.leaderName}</td>}
              <td>{m.open ? t('list.open') : t('list.closed')}</td>
              <td>
                {m.mean != null && m.answers != null
                  ? t('list.resultShort', { mean: format.decimal(m.mean), answers: format.integer(m.answers) })
                  : t('list.noResult')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Trends() {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const trend = useMeetingTrend(true);
  return (
    <>
      <h2>{t('trend.title')}</h2>
      <p>{t('trend.intro')}</p>
      {trend.isPending && <p aria-live="polite">{t('loading')}</p>}
      {trend.isError && <p role="alert">{t('loadError')}</p>}
      {trend.data?.length === 0 && <p>{t('trend.empty')}</p>}
      {trend.data?.map((value) => (
        <div className="table--responsive-scroll" key={`${value.frameworkId}/${value.valueTitle}`}>
          <table className="table table--compact">
            <caption>{t('trend.caption', { value: value.valueTitle })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('list.meeting')}</th>
                <th scope="col">{t('list.date')}</th>
                <th scope="col">{t('trend.mean')}</th>
                <th scope="col">{t('trend.answers')}</th>
              </tr>
            </thead>
            <tbody>
              {value.points.map((point) => (
                <tr key={point.meetingId}>
                  <th scope="row">
                    <Link to={`/moeder/${point.meetingId}`}>{point.name}</Link>
                  </th>
                  <td>{format.localDate(point.meetingDate)}</td>
                  <td>
                    <span className="meeting-bar" style={{ width: `${(point.mean ?? 0) * 2}em` }} aria-hidden="true" />
                    {format.decimal(point.mean)}
                  </td>
                  <td>{format.integer(point.answers)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

function Overview() {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const overview = useMeetingOverview(true);
  return (
    <>
      <h2>{t('overview.title')}</h2>
      <p>{t('overview.intro')}</p>
      {overview.isPending && <p aria-live="polite">{t('loading')}</p>}
      {overview.isError && <p role="alert">{t('loadError')}</p>}
      {overview.data?.length === 0 && <p>{t('overview.empty')}</p>}
      {overview.data && overview.data.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--zebra">
            <caption className="sr-only">{t('overview.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('overview.value')}</th>
                <th scope="col">{t('overview.meetings')}</th>
                <th scope="col">{t('overview.meetingsShown')}</th>
                <th scope="col">{t('overview.answers')}</th>
                <th scope="col">{t('overview.mean')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.data.map((row) => (
                <tr key={`${row.frameworkId}/${row.valueTitle}`}>
                  <th scope="row">{row.valueTitle}</th>
                  <td>{format.integer(row.meetings)}</td>
                  <td>{format.integer(row.meetingsShown)}</td>
                  <td>{format.integer(row.answers)}</td>
                  <td>{format.decimal(row.mean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
