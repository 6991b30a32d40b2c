import { useTranslation } from 'react-i18next';
import { useReports } from '@/lib/queries/reports';
import { usePageTitle } from '@/lib/use-page-title';
import { NS } from '../i18n';
import type { ReportSummary } from '../types';
import { ReportLinks } from './report-links';
import '../reports.css';

/** The MANAGER reports grouped by round, newest round first (the server's order otherwise). */
function byRound(reports: readonly ReportSummary[]) {
  const groups = new Map<string, ReportSummary[]>();
  for (const report of reports) {
    groups.set(report.roundId, [...(groups.get(report.roundId) ?? []), report]);
  }
  const moment = (report: ReportSummary) => report.closedAt ?? report.closesAt;
  return [...groups.values()].sort((a, b) => moment(b[0]!).localeCompare(moment(a[0]!)));
}

/** /ledere: the manager's view of the leaders who report to them. */
export function LeadersPage() {
  const { t } = useTranslation(NS);
  usePageTitle(t('leaders.title'));
  const reports = useReports();
  const groups = byRound((reports.data ?? []).filter((report) => report.relation === 'MANAGER'));
  return (
    <>
      <h1>{t('leaders.title')}</h1>
      <p className="font-lead">{t('leaders.intro')}</p>
      {reports.isPending && <p aria-live="polite">{t('loading')}</p>}
      {reports.isError && (
        <p className="alert alert-error" role="alert">
          {t('loadError')}
        </p>
      )}
      {reports.data && groups.length === 0 && <p>{t('leaders.empty')}</p>}
      {groups.map((rows) => {
        const round = rows[0]!;
        return (
          <section key={round.roundId} aria-labelledby={`leaders-${round.roundId}`}>
            <h2 id={`leaders-${round.roundId}`}>{round.roundName}</h2>
            <div className="table--responsive-scroll">
              <table className="table table--zebra">
                <caption className="sr-only">{t('leaders.caption', { round: round.roundName })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.leader')}</th>
                    <th scope="col">{t('list.unit')}</th>
                    <th scope="col">{t('list.report')}</th>
                    <th scope="col">{t('leaders.plan')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.leaderId}>
                      <th scope="row">{row.leaderName}</th>
                      <td>{row.unitName ?? ''}</td>
                      <td>
                        <ReportLinks summary={row} />
                      </td>
                      <td>{row.available ? (row.hasPlan ? t('plans.written') : t('plans.notWritten')) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
